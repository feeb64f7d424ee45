"""Rebuild the Library: a damaged library is never a dead end.

Every article row that can still be read is copied into a fresh file, checked field by field
(ids in our form, blocks that fit their kinds), re-indexed, and the damaged file is kept
beside it under another name. The user's own imports are rows like any other: they are kept.
The damaged file is only read, with the hardened settings (safe_db), and only its `articles`
table, row by row: a damaged page loses the rows on it, not the rest.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..db.safe_db import authorize, harden, is_article_id
from ..db.schema import LibraryError

COLUMNS = ("article_id", "title", "source", "author", "date", "date_precision",
           "date_estimated", "section", "truncated", "source_file", "content_hash", "origin",
           "imported_at", "notes", "headings", "body", "kinds")  # fmt: skip
CHUNK = 64  # rows read at once; a failing chunk is read again row by row
SALVAGE_SECONDS = 600.0


@dataclass
class Salvage:
    """What a rebuild kept and lost."""

    recovered: int
    lost: int  # rows that were there (by id) but could not be read or were not sound
    user_articles: int  # of the recovered, the user's own imports
    altered: int  # recovered rows whose text no longer matched its hash (kept as found)
    damaged_copy: Path  # the damaged file, kept

    def summary(self) -> str:
        lost = f"{self.lost} could not be read" if self.lost else "none was lost"
        altered = f"; {self.altered} changed since import (kept as found)" if self.altered else ""
        return (f"Rebuilt the library: {self.recovered} article(s) recovered "
                f"({self.user_articles} of your own imports), {lost}{altered}. The damaged "
                f"file is kept as {self.damaged_copy.name}.")  # fmt: skip


def rebuild_library(path: Path, progress: Callable[[int, int], None] | None = None) -> Salvage:
    """Salvage every readable article of `path` into a fresh library that replaces it."""
    from ..db.library import Library, WordCounter

    path = Path(path)
    if not path.is_file():
        raise LibraryError(f"no library file at {path}")
    fresh = path.with_name(f".{path.name}.rebuild.{os.getpid()}")
    _remove(fresh)
    try:
        rows, lost, seeds = _salvage(path, progress)
        altered = 0
        with Library(fresh) as library:
            words = WordCounter()
            try:
                with library.transaction():
                    for row in rows:
                        altered += _insert(library.conn, row, words)
                    # Seeds already read stay known, so the next start does not read them again.
                    kept_ids = {row["article_id"] for row in rows}
                    library.conn.executemany(
                        "INSERT OR REPLACE INTO seed_files (name, article_id) VALUES (?, ?)",
                        [(n, a) for n, a in seeds if a in kept_ids and isinstance(n, str)],
                    )
                    library.index_added(0, words, bool(rows))
            finally:
                words.finish()
            library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            library.conn.execute("PRAGMA journal_mode = DELETE")
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm", "-journal"):  # the old journal belongs to the old file
            if Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{kept}{suffix}")
        os.replace(fresh, path)
    finally:
        _remove(fresh)
    user = sum(1 for row in rows if row["origin"] == "user")
    return Salvage(len(rows), lost, user, altered, kept)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _salvage(path: Path, progress: Callable[[int, int], None] | None
             ) -> tuple[list[dict], int, list[tuple[str, str]]]:  # fmt: skip
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise LibraryError(f"the file cannot be opened at all: {error}") from None
    try:
        guard = harden(conn)
        authorize(conn)
        with guard.limit(SALVAGE_SECONDS):
            if not _is_table(conn):
                raise LibraryError("no article table can be read: nothing to recover")
            highest = _highest_id(conn)
            rows: dict[str, dict] = {}
            bad = 0
            for row in _read_rows(conn, highest, progress):
                if row is None or not _sound(row):
                    bad += 1
                elif row["article_id"] not in rows:
                    rows[row["article_id"]] = row
            seeds = _seed_files(conn)
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"nothing can be read from the file: {error}") from None
    finally:
        conn.close()
    return list(rows.values()), bad, seeds


def _seed_files(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    try:
        return [tuple(r) for r in conn.execute("SELECT name, article_id FROM seed_files")]
    except sqlite3.DatabaseError:
        return []


def _is_table(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute(
            "SELECT type FROM sqlite_master WHERE name = 'articles' AND type = 'table'"
        ).fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None


def _highest_id(conn: sqlite3.Connection) -> int:
    for sql in ("SELECT max(id) FROM articles", "SELECT max(id) FROM articles_fts_docsize"):
        try:
            value = conn.execute(sql).fetchone()[0]
            if isinstance(value, int):
                return value
        except sqlite3.DatabaseError:
            continue
    return 0


def _read_rows(conn: sqlite3.Connection, highest: int,
               progress: Callable[[int, int], None] | None) -> Iterator[dict | None]:  # fmt: skip
    """Rows by id, a chunk at a time; a chunk that fails is read row by row, and a row that
    fails is None (counted as lost). Ids that never existed (gaps) yield nothing."""
    select = f"SELECT id, {', '.join(COLUMNS)} FROM articles"
    for start in range(1, highest + 1, CHUNK):
        end = min(start + CHUNK - 1, highest)
        try:
            found = conn.execute(f"{select} WHERE id BETWEEN ? AND ?", (start, end)).fetchall()
        except sqlite3.DatabaseError:
            found = None
        if found is not None:
            yield from (dict(zip(COLUMNS, row[1:], strict=True)) for row in found)
        else:
            for rowid in range(start, end + 1):
                try:
                    row = conn.execute(f"{select} WHERE id = ?", (rowid,)).fetchone()
                except sqlite3.DatabaseError:
                    yield None
                    continue
                if row is not None:
                    yield dict(zip(COLUMNS, row[1:], strict=True))
        if progress is not None:
            progress(end, highest)


def _sound(row: dict) -> bool:
    """A row worth keeping: our id, text fields that are text, one kind letter per block."""
    if not is_article_id(row["article_id"]):
        return False
    if not all(isinstance(row[name], str) for name in ("title", "body", "kinds")):
        return False
    if not row["title"].strip() or set(row["kinds"]) - set("phi"):
        return False
    blocks = row["body"].split("\n") if row["body"] else []
    return len(blocks) == len(row["kinds"])


def _insert(conn: sqlite3.Connection, row: dict, words: object) -> int:
    """Store one salvaged row; 1 when its text no longer matched its stored hash."""
    from ..ingest.cleanup import content_hash
    from ..model import blocks_of

    digest = content_hash(row["title"], blocks_of(row["body"], row["kinds"]))
    altered = int(digest != row["content_hash"])
    values = {**row, "content_hash": digest, "origin": row["origin"] or "user"}
    for name in COLUMNS:  # anything that is not plain text or a number is dropped
        if not isinstance(values[name], str | int | float | type(None)):
            values[name] = None
    conn.execute(
        f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        [values[name] for name in COLUMNS],
    )
    words.add(f"{row['title']}\n{row['body']}")  # type: ignore[attr-defined]
    return altered
