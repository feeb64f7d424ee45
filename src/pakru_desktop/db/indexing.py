"""Filling the search index from article rows: the folded copy of articles with words beyond
ASCII (text.fold.index_text; why in search/engine.py's docstring), their FTS5 rows, and the word
table that prefixes and "did you mean" read."""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections import Counter
from collections.abc import Mapping

from ..text.fold import index_text, surface_words

_BATCH = 500  # rows folded at a time: a library of Russian articles need not fit in memory


def fold_articles(conn: sqlite3.Connection, after_id: int = 0) -> None:
    """Store the folded text of the articles with ids above `after_id` that need it."""
    insert = "INSERT INTO articles_folded (id, title, headings, body) VALUES (?, ?, ?, ?)"
    folded: list[tuple[int, str | None, str | None, str | None]] = []
    for rowid, *texts in conn.execute(
        "SELECT id, title, headings, body FROM articles WHERE id > ?", (after_id,)
    ):
        indexed = [index_text(text or "") for text in texts]
        if any(text is not None for text in indexed):
            folded.append((rowid, *indexed))  # type: ignore[arg-type]
        if len(folded) >= _BATCH:
            conn.executemany(insert, folded)
            folded.clear()
    conn.executemany(insert, folded)


def index_new_articles(conn: sqlite3.Connection, after_id: int) -> None:
    """Add the rows inserted after `after_id` to the search index, in one statement."""
    fold_articles(conn, after_id)
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, headings, body)"
        " SELECT id, title, headings, body FROM articles_indexed WHERE id > ?",
        (after_id,),
    )


def add_word_counts(conn: sqlite3.Connection, counts: Mapping[str, int]) -> None:
    """Add (or, with negative counts, take back) document frequencies in the word table."""
    conn.executemany(
        "INSERT INTO words (word, df) VALUES (?, ?)"
        " ON CONFLICT(word) DO UPDATE SET df = df + excluded.df",
        [(word, count) for word, count in counts.items() if count],
    )
    if any(count < 0 for count in counts.values()):
        conn.execute("DELETE FROM words WHERE df <= 0")


class WordCounter:
    """Counts each article's words on a second thread while SQLite indexes the previous one:
    sqlite3 releases the GIL while it works, so the two overlap on a 2-core machine."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="pakru-words", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (text := self._queue.get()) is not None:
            self.counts.update(surface_words(text))

    def add(self, text: str) -> None:
        self._queue.put(text)

    def finish(self) -> Counter[str]:
        self._queue.put(None)
        self._thread.join()
        return self.counts
