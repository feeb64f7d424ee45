"""Compiling: a parsed query tree → one FTS5 MATCH expression, every user word quoted, with
its variants (other spellings and scripts of a name), prefix completions from the `words`
table, and the leaves to highlight. Why the words are folded and stemmed so: engine.py's
docstring."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from ..model import Topic
from ..text.languages import index_form
from .query import Node, Query, Term, parse
from .variants import Variants

MAX_COMPLETIONS = 24  # prefix completions searched, the most frequent first
LIVE_COMPLETIONS = {1: 4, 2: 8, 3: 12}  # fewer for the first letters typed


@dataclass
class Compiled:
    """A query tree in FTS5 syntax, every user word inside double quotes."""

    expression: str
    positive: list[str] = field(default_factory=list)  # leaves to highlight in paragraphs
    estimate: int = 0
    notices: list[str] = field(default_factory=list)
    plain_words: list[str] = field(default_factory=list)  # for "did you mean"
    first_letter: bool = False  # one letter typed, nothing else: see SearchEngine._ranked


def quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class QueryCompiler:
    """Query trees into FTS5 expressions for one library connection; SearchEngine runs them."""

    def __init__(self, conn: sqlite3.Connection, variants: Variants | None = None) -> None:
        self.conn = conn
        self.variants = variants or Variants([])

    def compile(self, tree: Query) -> Compiled:
        compiled = Compiled("")
        compiled.expression, compiled.estimate = self._compile(tree, compiled)
        compiled.first_letter = _barely_started(tree) and len(tree.words[0]) == 1  # type: ignore[union-attr]
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
        settled = any(not _barely_started(c) and not _is_not(c) for c in children)
        for child in children:
            if _barely_started(child) and settled:
                # "shehbaz s": one or two letters typed after a word narrow nothing yet, and
                # ANDing every word they could start is what makes FTS5 slow. Wait for more.
                continue
            if _is_not(child):
                negatives.append(self._compile(child.children[0], Compiled(""))[0])
            else:
                positives.append(self._compile(child, out))
        expression = " AND ".join(p[0] for p in positives)
        if negatives:
            expression = f"({expression}) NOT ({' OR '.join(negatives)})"
        return f"({expression})", min(p[1] for p in positives)

    def _merge_variant_runs(self, children: list[Query]) -> list[Query]:
        """Consecutive plain words that spell a multi-word name become one phrase term, so
        `Shehbaz Sharif` also finds `Shahbaz Sharif` (and `Шахбаз Шариф`); while typing, the
        last word of the name may still be growing (a prefix of the phrase)."""
        merged: list[Query] = []
        i = 0
        while i < len(children):
            run: list[str] = []
            j = i
            while j < len(children):
                child = children[j]
                if not (isinstance(child, Term) and len(child.words) == 1 and not child.quoted
                        and (not child.prefix or child.live)
                        and not (child.after_and and j > i)):  # fmt: skip
                    break
                run.append(index_form(child.words[0]))
                j += 1
                if child.live:
                    break
            found = self.variants.match_at(tuple(run), 0) if len(run) > 1 else None
            if found and found[0] > 1:
                taken = children[i : i + found[0]]
                words = tuple(c.words[0] for c in taken)  # type: ignore[union-attr]
                live = any(isinstance(c, Term) and c.live for c in taken)
                merged.append(Term(words, prefix=live, live=live))
                i += found[0]
            else:
                merged.append(children[i])
                i += 1
        return merged

    def _term(self, term: Term, out: Compiled) -> tuple[str, int]:
        if term.prefix and len(term.words) == 1:
            return self._prefix(term.words[0], term, out)
        keys = tuple(index_form(word) for word in term.words)
        alternatives = self.variants.phrase_alternatives(keys) or [keys]
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
        if len(rows) > wanted:
            rows = rows[:wanted]
            if not term.live:
                out.notices.append(
                    f"“{stem}*” matches many words; searched the {MAX_COMPLETIONS} most frequent."
                )
        # Completions are words as written (folded); the index keeps Russian ones stemmed. A
        # whole inflected word the library has in other forms only (`Путина`) adds its stem.
        words = [index_form(word) for word, _ in rows]
        whole = index_form(stem)
        if whole != stem and stem not in (word for word, _ in rows):
            words.append(whole)
        # The word typed so far may already be a whole name the library spells only in
        # another script (`Путин`, `شہباز` over English articles): its variants are searched
        # now, as the finished query would search them, not after a space.
        named = self.variants.group_of((whole,)) is not None
        for word in [whole, *words] if named else list(words):
            group = self.variants.group_of((word,))
            if group is not None:
                words.extend(" ".join(form) for form in group.forms)
        parts = [quote(w) for w in dict.fromkeys(words)]
        if not rows:
            parts.insert(0, quote(stem) + " *")
            # No word starts so (`pipline` while typing): "did you mean" respells it as it
            # would a whole word, rather than waiting for a space.
            out.plain_words.append(stem)
        out.positive.extend(parts)
        expression = parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
        return expression, sum(df for _, df in rows)

    def _df(self, word: str) -> int:
        row = self.conn.execute("SELECT df FROM words WHERE word = ?", (word,)).fetchone()
        return row[0] if row else 0

    def topic_expression(self, topic: Topic) -> str:
        """A topic's keywords as one FTS5 expression (an OR of them)."""
        parsed = parse(topic.query)
        return self.compile(parsed.tree).expression if parsed.tree is not None else '""'


def _is_not(node: Query) -> bool:
    return isinstance(node, Node) and node.op == "not"


def _barely_started(node: Query) -> bool:
    return isinstance(node, Term) and node.live and len(node.words) == 1 and len(node.words[0]) < 3
