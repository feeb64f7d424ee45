"""Search: query tree → FTS5 MATCH with variants and prefixes, ranked, with paragraph snippets.

Speed by design (see benchmarks/RESULTS.md): prefixes are completed from the `words` table
(most frequent completions first) instead of FTS5 scanning every term; the hit set is sized from
document frequencies before ranking, and a huge one is ranked among its most recent
CANDIDATES articles only; snippets come from a scratch in-memory index holding just the
paragraphs of the articles shown.

Languages (English, Russian, Urdu) and FTS5: SQLite's unicode61 tokenizer folds Latin
diacritics only, cuts Arabic-script words at their harakat, and porter stems English only; a
custom tokenizer would have to be C (Python's sqlite3 cannot register one), so every connection
and tool opening the file would need it. Instead the index reads a view (`articles_indexed`)
whose text we produce in Python — text.fold.index_text: one token per word of the original,
folded (NFKC, case, diacritics, ё→е, hamza forms, ی/ک/ہ, digits → ASCII, joiners and tatweel
out) and Russian words stemmed (languages.index_form, Snowball) — stored in
`articles_folded` only for articles with words beyond ASCII (an English library stores nothing
twice and indexes as before). Queries get the same folding and stemming word by word, prefixes
complete from the `words` table (same folding, not stemmed) before stemming, and FTS5's
highlights on the folded text are carried back to the original text word by word
(text.fold.restore_marks). FTS5 stays the only index: bm25 ranking, phrases, NOT, its
integrity-check and 'rebuild' work unchanged, with no SQL function to register.
"""

from __future__ import annotations

import sqlite3

from ..model import Article, Hit, SearchResult, Topic
from ..text.fold import restore_marks
from .compiler import Compiled, QueryCompiler, quote
from .order import (
    DATE,
    RELEVANCE,
    RERANK_POOL,
    DateRangeError,
    date_range,
    narrowed,
    newest_ids,
    reranked,
)
from .query import parse
from .snippets import CLOSE as _CLOSE
from .snippets import OPEN as _OPEN
from .snippets import distinct_hits, mark_blocks, marked_html, restore_blocks, scratch_index, window
from .suggest import respelled
from .variants import Variants

RANK_ALL_LIMIT = 4000  # estimated hits up to which every hit is scored
CANDIDATES = 2000  # hits scored when the hit set is larger than that
EXACT_COUNT_LIMIT = 50_000  # estimated hits above which the total is reported as an estimate


class SearchIndexDamaged(sqlite3.DatabaseError):
    """The search index cannot answer (damaged, or not the articles' index): one line why.
    A DatabaseError, so the app and the CLI report it as they report any unusable library."""


_QUERY_ERRORS = ("fts5: syntax error", "no such column", "unknown special query")


class SearchEngine(QueryCompiler):
    """Answers queries against one library connection (use one engine per thread)."""

    def __init__(self, conn: sqlite3.Connection, variants: Variants | None = None) -> None:
        super().__init__(conn, variants)
        self._topic_filter: str | None = None
        self._range = ("", "")
        self._sort = RELEVANCE
        self._scratch = scratch_index()

    def interrupt(self) -> None:
        """Abandon a running query (called from another thread when the user typed on)."""
        self.conn.interrupt()

    # -- searching -------------------------------------------------------------------------

    def search(self, text: str, *, limit: int = 20, source: str | None = None,
               topic: Topic | None = None, live: bool = False, sort: str = RELEVANCE,
               date_from: str = "", date_to: str = "") -> SearchResult:  # fmt: skip
        """Ranked hits for what the user typed (sort="date": newest first), only articles
        dated in the range if one is given. Never raises on user input."""
        self._topic_filter = self.topic_expression(topic) if topic is not None else None
        try:
            self._range = date_range(date_from, date_to)
        except DateRangeError as error:
            return SearchResult(text, 0, [], notice=f"Not searched: {error}.")
        self._sort = sort
        parsed = parse(text, live=live)
        if parsed.tree is None:
            return SearchResult(text, 0, [], notice=parsed.notice)
        try:
            compiled = self.compile(parsed.tree)
            notices = [n for n in [parsed.notice, *compiled.notices] if n]
            try:
                total, exact, rowids = self._ranked(compiled, max(1, limit), source)
            except sqlite3.OperationalError as error:
                if not any(kind in str(error) for kind in _QUERY_ERRORS):
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
        except SearchIndexDamaged:
            raise
        except sqlite3.DatabaseError as error:
            if "interrupted" in str(error):
                raise  # the user typed on: not an answer anyone waits for
            raise SearchIndexDamaged(
                f"the search index is damaged ({error}); Help → Verify Library checks the library"
            ) from None
        if not exact:
            shown = "the most recent" if compiled.first_letter else "the best of the most recent"
            notices.append(f"About {total:,} articles match; showing {shown}.")
        return SearchResult(
            query=text, total=total, hits=hits, suggestion=suggestion,
            notice=" ".join(notices) or None, total_is_estimate=not exact,
        )  # fmt: skip

    def _ranked(
        self, compiled: Compiled, limit: int, source: str | None
    ) -> tuple[int, bool, list[tuple]]:
        """Top hits as (rowid, rank, marked title, marked body), the total, and whether the
        total is exact."""
        where, params = narrowed(compiled.expression, source, self._topic_filter, *self._range)
        if compiled.first_letter and compiled.estimate > RANK_ALL_LIMIT:
            return self._newest(compiled, where, params, limit)
        floor = None
        if compiled.estimate > RANK_ALL_LIMIT and self._sort != DATE:
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
        if self._sort == DATE:  # newest first: the shown hits found by date, then marked
            ids = newest_ids(self.conn, where, params, limit)
            ranked_where += f" AND rowid IN ({','.join('?' * len(ids))})"
            ranked_params = [*params, *ids]
        # highlight() in the same SELECT as ORDER BY rank runs for the returned rows only.
        pool = limit if self._sort == DATE else limit + RERANK_POOL
        rows = self.conn.execute(
            "SELECT rowid, rank, highlight(articles_fts, 0, ?, ?),"
            " highlight(articles_fts, 2, ?, ?)"
            f" FROM articles_fts WHERE {ranked_where} ORDER BY rank LIMIT ?",
            (_OPEN, _CLOSE, _OPEN, _CLOSE, *ranked_params, pool),
        ).fetchall()
        if self._sort == DATE:
            rows.sort(key=lambda row: ids.index(row[0]))
        else:
            rows = reranked(rows, _OPEN)[:limit]
        if floor is not None and compiled.estimate > EXACT_COUNT_LIMIT:
            return min(compiled.estimate, self._article_count()), False, rows
        total = self.conn.execute(
            f"SELECT count(*) FROM articles_fts WHERE {where}", params
        ).fetchone()[0]
        return total, True, rows

    def _newest(self, compiled: Compiled, where: str, params: list[object],
                limit: int) -> tuple[int, bool, list[tuple]]:  # fmt: skip
        """One letter typed, with a huge hit set: the newest articles with a word it starts.
        A letter says nothing to rank by, and ranking costs bm25 a pass over the whole doclist
        of each completion (every article, for the most frequent words): 20–45 ms at 100,000
        articles, against a walk of `limit` rows from the newest."""
        rows = self.conn.execute(
            "SELECT rowid, 0, highlight(articles_fts, 0, ?, ?), highlight(articles_fts, 2, ?, ?)"
            f" FROM articles_fts WHERE {where} ORDER BY rowid DESC LIMIT ?",
            (_OPEN, _CLOSE, _OPEN, _CLOSE, *params, limit),
        ).fetchall()
        if len(rows) < limit:  # a narrow filter: the count is the rows
            return len(rows), True, rows
        return min(compiled.estimate, self._article_count()), False, rows

    def _article_count(self) -> int:
        return self.conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0

    def _hits(self, ranked: list[tuple], compiled: Compiled) -> list[Hit]:
        if not ranked:
            return []
        ids = [row[0] for row in ranked]
        marks = ",".join("?" * len(ids))
        # Rows indexed as folded text (textfold) are highlighted on it: carry the marks back.
        details = {
            r[0]: r[1:]
            for r in self.conn.execute(
                "SELECT a.id, a.article_id, a.source_file, a.kinds, a.title, f.title IS NOT NULL,"
                " CASE WHEN f.body IS NOT NULL THEN a.body END, a.date, a.date_estimated, a.source"
                f" FROM articles a LEFT JOIN articles_folded f ON f.id = a.id WHERE a.id IN ({marks})",
                ids,
            )
        }
        hits = []
        for rowid, score, marked_title, marked_body in ranked:
            if rowid not in details or marked_title is None or marked_body is None:
                raise SearchIndexDamaged(
                    "the search index does not match the articles; Help → Verify Library "
                    "checks the library"
                )
            article_id, source_file, kinds, title, title_folded, body, *dated = details[rowid]
            if title_folded:
                marked_title = restore_marks(title, marked_title, _OPEN, _CLOSE)
            blocks = marked_body.split("\n")
            if body is not None:
                blocks = restore_blocks(body.split("\n"), blocks)
            counts = [block.count(_OPEN) for block in blocks]
            matching = [i for i, count in enumerate(counts) if count]
            if matching:
                # The paragraph with the most different matched terms, then the most hits;
                # a heading only when nothing else matched.
                best = max(
                    matching,
                    key=lambda i: (
                        kinds[i : i + 1] != "h",
                        distinct_hits(blocks[i]),
                        counts[i],
                        -i,
                    ),
                )
                paragraph, snippet = best + 1, window(blocks[best])
            else:
                paragraph, snippet = 1, window(blocks[0] if blocks else "")
            hits.append(
                Hit(
                    article_id=article_id,
                    title=title,
                    source_file=source_file,
                    paragraph=paragraph,
                    snippet=marked_html(snippet),
                    score=round(-score, 6),
                    title_html=marked_html(marked_title),
                    more_hits=max(0, len(matching) - 1),
                    hit_paragraphs=tuple(i + 1 for i in matching),
                    date=dated[0] or "",
                    date_estimated=bool(dated[1]),
                    source=dated[2] or "",
                )
            )
        return hits

    def highlight(self, article: Article, text: str) -> dict[int, str]:
        """Every block of an article that matches the query, as text with \\x01…\\x02
        around each hit (render/article.py escapes it and turns the markers into <mark>)."""
        parsed = parse(text)
        if parsed.tree is None:
            return {}
        compiled = self.compile(parsed.tree)
        return mark_blocks(self._scratch, article.blocks, compiled.positive)

    def _suggest(self, text: str, compiled: Compiled) -> str | None:
        """For a query with no hits: the same query with unknown words replaced by the
        closest words of the library's own vocabulary, if that finds something."""
        suggestion = respelled(self.conn, text, compiled.plain_words)
        if suggestion is None:
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


__all__ = ["SearchEngine", "SearchIndexDamaged", "Compiled", "marked_html", "quote"]
