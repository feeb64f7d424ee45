"""Search: query tree → FTS5 MATCH with variants and prefixes, ranked, with paragraph snippets.

Speed by design (see benchmarks/RESULTS.md): prefixes are completed from the `words` table
(most frequent completions first) instead of FTS5 scanning every term; the hit set is sized from
document frequencies before ranking, and a huge one is ranked among its most recent
CANDIDATES articles only; snippets come from a scratch in-memory index holding just the
paragraphs of the articles shown.
"""

from __future__ import annotations

import difflib
import html
import sqlite3
from dataclasses import dataclass, field

from .knowledge.topics import Topic
from .model import Article, Hit, SearchResult
from .query import Node, Query, Term, parse
from .schema import TOKENIZE
from .variants import Variants

MAX_COMPLETIONS = 24  # prefix completions searched, the most frequent first
LIVE_COMPLETIONS = {1: 4, 2: 8, 3: 12}  # fewer for the first letters typed
RANK_ALL_LIMIT = 4000  # estimated hits up to which every hit is scored
CANDIDATES = 2000  # hits scored when the hit set is larger than that
EXACT_COUNT_LIMIT = 50_000  # estimated hits above which the total is reported as an estimate
SNIPPET_TOKENS = 24
_OPEN, _CLOSE = "\x01", "\x02"  # hit markers, bound as SQL parameters and never in stored text


@dataclass
class Compiled:
    """A query tree in FTS5 syntax, every user word inside double quotes."""

    expression: str
    positive: list[str] = field(default_factory=list)  # leaves to highlight in paragraphs
    estimate: int = 0
    notices: list[str] = field(default_factory=list)
    plain_words: list[str] = field(default_factory=list)  # for "did you mean"


def quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class SearchEngine:
    """Answers queries against one library connection (use one engine per thread)."""

    def __init__(self, conn: sqlite3.Connection, variants: Variants | None = None) -> None:
        self.conn = conn
        self.variants = variants or Variants([])
        self._topic_filter: str | None = None
        self._scratch = sqlite3.connect(":memory:", check_same_thread=False)
        self._scratch.execute(f"CREATE VIRTUAL TABLE para USING fts5(text, tokenize='{TOKENIZE}')")

    def interrupt(self) -> None:
        """Abandon a running query (called from another thread when the user typed on)."""
        self.conn.interrupt()

    # -- compiling -------------------------------------------------------------------------

    def compile(self, tree: Query) -> Compiled:
        compiled = Compiled("")
        compiled.expression, compiled.estimate = self._compile(tree, compiled)
        return compiled

    def _compile(self, node: Query, out: Compiled) -> tuple[str, int]:
        if isinstance(node, Term):
            return self._term(node, out)
        if node.op == "or":
            parts = [self._compile(child, out) for child in node.children]
            return "(" + " OR ".join(p[0] for p in parts) + ")", sum(p[1] for p in parts)
        if node.op == "not":  # only reached inside an AND, handled there
            return self._compile(node.children[0], Compiled(""))
        positives: list[tuple[str, int]] = []
        negatives: list[str] = []
        children = self._merge_variant_runs(node.children)
        for child in children:
            if _barely_started(child) and len(children) > 1:
                # "shehbaz s": one or two letters typed after a word narrow nothing yet, and
                # ANDing every word they could start is what makes FTS5 slow. Wait for more.
                continue
            if isinstance(child, Node) and child.op == "not":
                negatives.append(self._compile(child.children[0], Compiled(""))[0])
            else:
                positives.append(self._compile(child, out))
        expression = " AND ".join(p[0] for p in positives)
        if negatives:
            expression = f"({expression}) NOT ({' OR '.join(negatives)})"
        return f"({expression})", min(p[1] for p in positives)

    def _merge_variant_runs(self, children: list[Query]) -> list[Query]:
        """Consecutive plain words that spell a multi-word name become one phrase term, so
        `Shehbaz Sharif` also finds `Shahbaz Sharif`."""
        merged: list[Query] = []
        i = 0
        while i < len(children):
            run: list[str] = []
            j = i
            while j < len(children):
                child = children[j]
                if not (isinstance(child, Term) and len(child.words) == 1 and not child.quoted
                        and not child.prefix):  # fmt: skip
                    break
                run.append(child.words[0])
                j += 1
            found = self.variants.match_at(tuple(run), 0) if len(run) > 1 else None
            if found and found[0] > 1:
                merged.append(Term(tuple(run[: found[0]])))
                i += found[0]
            else:
                merged.append(children[i])
                i += 1
        return merged

    def _term(self, term: Term, out: Compiled) -> tuple[str, int]:
        if term.prefix and len(term.words) == 1:
            return self._prefix(term.words[0], term, out)
        alternatives = self.variants.phrase_alternatives(term.words) or [term.words]
        star = " *" if term.prefix else ""
        parts = [quote(" ".join(words)) + star for words in alternatives]
        if len(term.words) == 1 and not term.quoted:
            out.plain_words.append(term.words[0])
        out.positive.extend(parts)
        estimate = sum(min(self._df(w) for w in words) for words in alternatives)
        expression = parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
        return expression, estimate

    def _prefix(self, stem: str, term: Term, out: Compiled) -> tuple[str, int]:
        # While typing, a short prefix gets few completions: the user is not done, and each
        # completion of a very common start costs a whole doclist.
        wanted = (
            MAX_COMPLETIONS if not term.live else LIVE_COMPLETIONS.get(len(stem), MAX_COMPLETIONS)
        )
        rows = self.conn.execute(
            "SELECT word, df FROM words WHERE word >= ? AND word < ? ORDER BY df DESC LIMIT ?",
            (stem, stem + "\U0010ffff", wanted + 1),
        ).fetchall()
        if not rows:
            out.positive.append(quote(stem) + " *")
            return quote(stem) + " *", 0
        if len(rows) > wanted:
            rows = rows[:wanted]
            if not term.live:
                out.notices.append(
                    f"“{stem}*” matches many words; searched the {MAX_COMPLETIONS} most frequent."
                )
        words = [word for word, _ in rows]
        for word in list(words):
            group = self.variants.group_of((word,))
            if group is not None:
                words.extend(" ".join(form) for form in group.forms)
        parts = [quote(w) for w in dict.fromkeys(words)]
        out.positive.extend(parts)
        expression = parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
        return expression, sum(df for _, df in rows)

    def _df(self, word: str) -> int:
        row = self.conn.execute("SELECT df FROM words WHERE word = ?", (word,)).fetchone()
        return row[0] if row else 0

    # -- searching -------------------------------------------------------------------------

    def topic_expression(self, topic: Topic) -> str:
        """A topic's keywords as one FTS5 expression (an OR of them)."""
        parsed = parse(topic.query)
        return self.compile(parsed.tree).expression if parsed.tree is not None else '""'

    def search(self, text: str, *, limit: int = 20, source: str | None = None,
               topic: Topic | None = None, live: bool = False) -> SearchResult:  # fmt: skip
        """Ranked hits for what the user typed. Never raises on user input."""
        self._topic_filter = self.topic_expression(topic) if topic is not None else None
        parsed = parse(text, live=live)
        if parsed.tree is None:
            return SearchResult(text, 0, [], notice=parsed.notice)
        compiled = self.compile(parsed.tree)
        notices = [n for n in [parsed.notice, *compiled.notices] if n]
        try:
            total, exact, rowids = self._ranked(compiled, max(1, limit), source)
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise
            # Our expressions quote every word, so this is not expected; stay useful anyway.
            plain = parse(" ".join(w for w in text.replace('"', " ").split()), live=False)
            if plain.tree is None or plain.tree == parsed.tree:
                return SearchResult(text, 0, [], notice="The query could not be searched.")
            compiled = self.compile(plain.tree)
            total, exact, rowids = self._ranked(compiled, max(1, limit), source)
            notices.append("Searched as plain words.")
        hits = self._hits(rowids, compiled)
        suggestion = self._suggest(text, compiled) if total == 0 else None
        if not exact:
            notices.append(f"About {total:,} articles match; showing the best of the most recent.")
        return SearchResult(
            query=text, total=total, hits=hits, suggestion=suggestion,
            notice=" ".join(notices) or None, total_is_estimate=not exact,
        )  # fmt: skip

    def _ranked(
        self, compiled: Compiled, limit: int, source: str | None
    ) -> tuple[int, bool, list[tuple]]:
        """Top hits as (rowid, rank, marked title, marked body), the total, and whether the
        total is exact."""
        where = "articles_fts MATCH ?"
        params: list[object] = [compiled.expression]
        if source:
            where += " AND rowid IN (SELECT id FROM articles WHERE source = ?)"
            params.append(source)
        if self._topic_filter:
            # A separate MATCH, so the topic's keywords are not highlighted as hits.
            where += " AND rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            params.append(self._topic_filter)
        floor = None
        if compiled.estimate > RANK_ALL_LIMIT:
            # Scoring every hit of a huge set is what makes FTS5 slow (~1.3 µs a hit): score
            # only the most recent CANDIDATES, found cheaply in rowid order.
            row = self.conn.execute(
                f"SELECT rowid FROM articles_fts WHERE {where} ORDER BY rowid DESC"
                " LIMIT 1 OFFSET ?",
                (*params, CANDIDATES - 1),
            ).fetchone()
            floor = row[0] if row else None
        ranked_where = where + (" AND rowid >= ?" if floor is not None else "")
        ranked_params = [*params, floor] if floor is not None else params
        # highlight() in the same SELECT as ORDER BY rank runs for the returned rows only.
        rows = self.conn.execute(
            "SELECT rowid, rank, highlight(articles_fts, 0, ?, ?),"
            " highlight(articles_fts, 2, ?, ?)"
            f" FROM articles_fts WHERE {ranked_where} ORDER BY rank LIMIT ?",
            (_OPEN, _CLOSE, _OPEN, _CLOSE, *ranked_params, limit),
        ).fetchall()
        if floor is not None and compiled.estimate > EXACT_COUNT_LIMIT:
            return min(compiled.estimate, self._article_count()), False, rows
        total = self.conn.execute(
            f"SELECT count(*) FROM articles_fts WHERE {where}", params
        ).fetchone()[0]
        return total, True, rows

    def _article_count(self) -> int:
        return self.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0

    def _hits(self, ranked: list[tuple], compiled: Compiled) -> list[Hit]:
        if not ranked:
            return []
        ids = [row[0] for row in ranked]
        marks = ",".join("?" * len(ids))
        details = {
            r[0]: r[1:]
            for r in self.conn.execute(
                f"SELECT id, article_id, source_file, kinds FROM articles WHERE id IN ({marks})",
                ids,
            )
        }
        hits = []
        for rowid, score, marked_title, marked_body in ranked:
            article_id, source_file, kinds = details[rowid]
            blocks = marked_body.split("\n")
            counts = [block.count(_OPEN) for block in blocks]
            matching = [i for i, count in enumerate(counts) if count]
            if matching:
                # The paragraph with the most different matched terms, then the most hits;
                # a heading only when nothing else matched.
                best = max(
                    matching,
                    key=lambda i: (
                        kinds[i : i + 1] != "h",
                        _distinct_hits(blocks[i]),
                        counts[i],
                        -i,
                    ),
                )
                paragraph, snippet = best + 1, _window(blocks[best])
            else:
                paragraph, snippet = 1, _window(blocks[0] if blocks else "")
            hits.append(
                Hit(
                    article_id=article_id,
                    title=marked_title.replace(_OPEN, "").replace(_CLOSE, ""),
                    source_file=source_file,
                    paragraph=paragraph,
                    snippet=marked_html(snippet),
                    score=round(-score, 6),
                    title_html=marked_html(marked_title),
                    more_hits=max(0, len(matching) - 1),
                    hit_paragraphs=tuple(i + 1 for i in matching),
                )
            )
        return hits

    def highlight(self, article: Article, text: str) -> dict[int, str]:
        """Every block of an article that matches the query, as text with \\x01…\\x02
        around each hit (render.py escapes it and turns the markers into <mark>)."""
        parsed = parse(text)
        if parsed.tree is None:
            return {}
        compiled = self.compile(parsed.tree)
        scratch = self._scratch
        scratch.execute("DELETE FROM para")
        scratch.executemany(
            "INSERT INTO para (rowid, text) VALUES (?, ?)",
            [(block.number, block.text) for block in article.blocks],
        )
        query = " OR ".join(dict.fromkeys(compiled.positive)) or '""'
        try:
            rows = scratch.execute(
                "SELECT rowid, highlight(para, 0, ?, ?) FROM para WHERE para MATCH ?",
                (_OPEN, _CLOSE, query),
            ).fetchall()
        except sqlite3.OperationalError:
            return {}
        return {number: marked for number, marked in rows if _OPEN in marked}

    def _suggest(self, text: str, compiled: Compiled) -> str | None:
        """For a query with no hits: the same query with unknown words replaced by the
        closest words of the library's own vocabulary, if that finds something."""
        suggestion = " ".join(text.split())
        changed = False
        for word in compiled.plain_words:
            if self._df(word) > 0 or len(word) < 3:
                continue
            candidates = self.conn.execute(
                "SELECT word, df FROM words WHERE word >= ? AND word < ?"
                " AND length(word) BETWEEN ? AND ?",
                (word[0], word[0] + "\U0010ffff", len(word) - 2, len(word) + 2),
            ).fetchall()
            frequency = dict(candidates)
            close = difflib.get_close_matches(word, list(frequency), n=5, cutoff=0.75)
            if not close:
                continue
            close.sort(key=lambda w: (-difflib.SequenceMatcher(None, word, w).ratio(),
                                      -frequency[w]))  # fmt: skip
            suggestion = _replace_word(suggestion, word, close[0])
            changed = True
        if not changed:
            return None
        check = parse(suggestion)
        if check.tree is None:
            return None
        recompiled = self.compile(check.tree)
        found = self.conn.execute(
            "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1",
            (recompiled.expression,),
        ).fetchone()
        return suggestion if found else None


def _distinct_hits(marked: str) -> int:
    return len({part.split(_CLOSE, 1)[0].casefold() for part in marked.split(_OPEN)[1:]})


def _barely_started(node: Query) -> bool:
    return isinstance(node, Term) and node.live and len(node.words) == 1 and len(node.words[0]) < 3


def _replace_word(text: str, old: str, new: str) -> str:
    from .query import fold

    out = []
    for token in text.split(" "):
        out.append(new if fold(token.strip('"()')) == old else token)
    return " ".join(out)


def _window(text: str, size: int = SNIPPET_TOKENS) -> str:
    """About `size` words of a paragraph around its first hit, with markers kept balanced."""
    words = text.split()
    first = next((i for i, word in enumerate(words) if _OPEN in word), 0)
    start = max(0, min(first - size // 3, len(words) - size))
    piece = words[start : start + size]
    window = " ".join(piece)
    first_close, first_open = window.find(_CLOSE), window.find(_OPEN)
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        window = _OPEN + window  # a marked phrase began before the window
    if window.count(_OPEN) > window.count(_CLOSE):
        window += _CLOSE  # … or runs past its end
    return ("…" if start > 0 else "") + window + ("…" if start + size < len(words) else "")


def marked_html(text: str) -> str:
    """Text with \\x01…\\x02 hit markers → safe HTML with <mark> tags."""
    escaped = html.escape(text, quote=False)
    return escaped.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


__all__ = ["SearchEngine", "Compiled", "marked_html", "quote"]
