"""The one writer of an import: articles written in chunks inside the import's transaction,
each chunk with its search-index rows and its facts, and the topics placed once at the end.

Everything a chunk needs arrives with its articles (facts and words were found by the reader
workers on the Article in hand), so nothing is read back but the ids SQLite gave the rows.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from ..db.indexing import add_word_counts, index_new_articles
from ..db.library import INSERT_ARTICLE, article_row, now_stamp
from ..knowledge.library import Library
from ..knowledge.store import FactIndex
from ..model import Article, encode_blocks
from .editing import index_triggers, remove_rows
from .readers import Extraction, Read

CHUNK = 500  # articles per executemany and index pass: big enough to be cheap, small in memory


@dataclass
class BatchWriter:
    """Adds the articles of one import to `library` (call inside its transaction)."""

    library: Library
    origin: str
    _pending: list[Read] = field(default_factory=list)
    _titles: dict[str, str] = field(default_factory=dict)  # article id → title, this import
    _words: Counter[str] = field(default_factory=Counter)
    _facts: FactIndex | None = None
    _after: int = 0  # the largest article row id before the pending chunk
    _first_fact: int = 0
    _next_fact: int = 0
    _replaced: dict[str, None] = field(default_factory=dict)  # earlier versions, removed at the end

    def __post_init__(self) -> None:
        conn = self.library.conn
        self._after = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        self._before = self._after  # rows above this one are this import's own
        self._facts = self.library.facts()
        # Facts found with other topics or entities (or none yet) are found again first, for
        # the articles stored now (read back: they are not in hand); all are placed in their
        # topics at the end, as the import's own.
        self._refound = not self._facts.is_current()
        if self._refound:
            self._facts.refind_unplaced()
        self._first_fact = 1 if self._refound else self._facts.next_fact_id()
        self._next_fact = self._facts.next_fact_id()
        self._stamp = now_stamp()

    def extraction(self) -> Extraction:
        """What the reader workers need to find facts."""
        config = self.library.knowledge
        return Extraction(config.matcher, config.statements)

    def duplicate_of(self, article: Article) -> str | None:
        """The title of the article already in the library (or this import) with this id."""
        if article.article_id in self._titles:
            return self._titles[article.article_id]
        row = self.library.conn.execute(
            "SELECT title FROM articles WHERE article_id = ?", (article.article_id,)
        ).fetchone()
        return None if row is None else row[0]

    def earlier_versions(self, article: Article) -> list[str]:
        """The ids of the articles, stored before this import with the same origin, that this
        one is a new version of: the same file name and title, or the same page address."""
        address = next((n for n in article.notes if n.startswith("saved from ")), "")
        rows = self.library.conn.execute(
            "SELECT article_id FROM articles WHERE id <= ? AND origin = ? AND article_id <> ?"
            " AND ((source_file <> '' AND source_file = ? AND title = ?)"
            " OR (? <> '' AND instr(notes, ?) > 0))",
            (self._before, self.origin, article.article_id, article.source_file, article.title,
             address, json.dumps(address)),
        )  # fmt: skip
        return [row[0] for row in rows]

    def replace(self, article_ids: list[str], read: Read) -> None:
        """Add `read` in the place of the articles `article_ids`."""
        self._replaced.update(dict.fromkeys(article_ids))
        self.add(read)

    def add(self, read: Read) -> None:
        assert read.article is not None
        self._titles[read.article.article_id] = read.article.title
        self._words.update(read.words or ())
        self._pending.append(read)
        if len(self._pending) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        """Write the pending chunk: rows, search index, facts."""
        if not self._pending:
            return
        conn = self.library.conn
        conn.executemany(INSERT_ARTICLE,
                         [article_row(r.article, self.origin, self._stamp)  # type: ignore[arg-type]
                          for r in self._pending])  # fmt: skip
        ids = [row[0] for row in conn.execute(
            "SELECT id FROM articles WHERE id > ? ORDER BY id", (self._after,))]  # fmt: skip
        index_new_articles(conn, self._after)
        found = [(i, r.knowledge, r.article.title, encode_blocks(r.article.blocks)[0])  # type: ignore[union-attr]
                 for i, r in zip(ids, self._pending, strict=True)]  # fmt: skip
        self._next_fact = self._facts.store_found(found, self._next_fact)  # type: ignore[union-attr,arg-type]
        self._after = ids[-1]
        self._pending.clear()

    def finish(self) -> None:
        """The end of the import: the last chunk, the word table, the facts' topics."""
        self.flush()
        if self._replaced:
            # Removed only now: SQLite may give a deleted row's id to the next new row, and
            # flush() finds the new rows as those above the largest id it saw.
            with index_triggers(self.library.conn):
                remove_rows(self.library.conn, list(self._replaced))
        add_word_counts(self.library.conn, self._words)
        assert self._facts is not None
        if self._titles or self._refound:
            self._facts.classify_from(self._first_fact)
        if self._refound:
            self._facts.mark_current()
