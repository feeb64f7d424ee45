"""Rebuild the Library: a damaged library is never a dead end.

Every article row that can still be read is copied into a fresh file, checked field by field
(ids in our form, blocks that fit their kinds), re-indexed, and the damaged file is kept
beside it under another name (pipeline/swap.py: one rename, no moment without a library).
The user's own imports are rows like any other: they are kept. The damaged file is only read,
with the hardened settings (safe_db), and only its `articles` table, in rowid order: a damaged
page loses the rows on it, not the rest; when even the schema cannot be read, the rows are
looked for page by page (pipeline/pages.py).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..db.safe_db import READ_ONLY, authorize, explain, harden, is_article_id, is_disk_error
from ..db.schema import LibraryError
from .swap import fresh_name, kept_name, remove_files, settle, step, swap_in

COLUMNS = ("article_id", "title", "source", "author", "date", "date_precision",
           "date_estimated", "section", "truncated", "source_file", "content_hash", "origin",
           "imported_at", "notes", "headings", "body", "kinds")  # fmt: skip
CHUNK = 64  # rows read at once; a failing chunk is read again row by row
SALVAGE_SECONDS = 600.0
MAX_BODY_CHARS = 16 * 1024 * 1024  # twice the largest text file an import reads


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


def rebuild_library(path: Path, progress: Callable[[int, int], None] | None = None,
                    should_cancel: Callable[[], bool] | None = None) -> Salvage:  # fmt: skip
    """Salvage every readable article of `path` into a fresh library that replaces it in one
    rename (pipeline/swap.py); the old file is kept beside it. Cancelling (or any failure)
    before the swap leaves the library untouched. `progress(done, total)` counts rows read
    (`total` 0 when unknown)."""
    from ..db.library import WordCounter
    from ..knowledge.library import Library

    path = Path(path)
    if path.is_file() and not os.access(path.parent, os.W_OK):
        raise LibraryError(f"{READ_ONLY}: a rebuild writes a new file beside it; copy the "
                           f"folder to a writable disk and rebuild it there; {UNCHANGED}")  # fmt: skip
    settle(path)  # a swap a crash interrupted is finished (or undone) first
    if not path.is_file():
        raise LibraryError(f"no library file at {path}")
    fresh = fresh_name(path)
    remove_files(fresh)
    try:
        rows, lost, seeds = _salvage(path, progress, should_cancel)
        step("salvaged", should_cancel)
        altered = 0
        with Library(fresh) as library:
            words = WordCounter()
            try:
                with library.guard.cancelled_by(should_cancel), library.transaction():
                    for row in rows:
                        altered += _insert(library.conn, row, words)
                    # Seeds already read stay known, so the next start does not read them again.
                    kept_ids = {row["article_id"] for row in rows}
                    library.conn.executemany(
                        "INSERT OR REPLACE INTO seed_files (name, article_id) VALUES (?, ?)",
                        [(n, a) for n, a in seeds if a in kept_ids and isinstance(n, str)],
                    )
                    library.index_added(0, words, bool(rows))
            except sqlite3.DatabaseError as error:
                raise _failed(error, library.guard.tripped, path.parent) from None
            finally:
                words.finish()
            library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            library.conn.execute("PRAGMA journal_mode = DELETE")
        step("built")
        _stop_if(should_cancel)
        kept = kept_name(path)
        swap_in(fresh, path, kept)
    except (OSError, sqlite3.DatabaseError) as error:
        raise LibraryError(f"{explain(error, path.parent)}; {UNCHANGED}") from None
    except LibraryError as error:  # the fresh file could not be made (a full disk)
        cause = error.__cause__
        if cause is not None and is_disk_error(cause):
            raise LibraryError(f"{explain(cause, path.parent)}; {UNCHANGED}") from None
        raise
    finally:
        remove_files(fresh)
    user = sum(1 for row in rows if row["origin"] == "user")
    return Salvage(len(rows), lost, user, altered, kept)


UNCHANGED = "the library was not changed"


class RebuildCancelled(LibraryError):
    """The user stopped a rebuild; the library is as it was."""

    def __init__(self) -> None:
        super().__init__(f"the rebuild was cancelled; {UNCHANGED}")


def _stop_if(should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel is not None and should_cancel():
        raise RebuildCancelled()


def _failed(error: sqlite3.DatabaseError, tripped: str, folder: Path) -> LibraryError:
    if tripped == "cancel":
        return RebuildCancelled()
    if tripped == "deadline":
        return LibraryError(f"the rebuild took longer than {SALVAGE_SECONDS:.0f} s and was "
                            f"stopped; {UNCHANGED}")  # fmt: skip
    return LibraryError(f"{explain(error, folder)}; {UNCHANGED}")


def _salvage(path: Path, progress: Callable[[int, int], None] | None,
             should_cancel: Callable[[], bool] | None = None
             ) -> tuple[list[dict], int, list[tuple[str, str]]]:  # fmt: skip
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise LibraryError(f"the file cannot be opened at all: {explain(error)}") from None
    guard = harden(conn)
    try:
        authorize(conn)
        with guard.limit(SALVAGE_SECONDS), guard.cancelled_by(should_cancel):
            if not _is_table(conn):
                return _salvage_pages(path, progress, should_cancel)
            expected = _expected_rows(conn)
            rows: dict[str, dict] = {}
            bad = 0
            for row in _read_rows(conn, expected, progress):
                _stop_if(should_cancel)
                if row is None or not _sound(row):
                    bad += 1
                elif row["article_id"] not in rows:
                    rows[row["article_id"]] = row
            bad = max(bad, expected - len(rows))  # rows on pages that could not be read
            seeds = _seed_files(conn)
    except sqlite3.DatabaseError as error:
        if guard.tripped or not _is_damage(error):
            raise _failed(error, guard.tripped, path.parent) from None
        raise LibraryError(f"nothing can be read from the file: {error}") from None
    finally:
        conn.close()
    return list(rows.values()), bad, seeds


def _salvage_pages(path: Path, progress: Callable[[int, int], None] | None,
                   should_cancel: Callable[[], bool] | None
                   ) -> tuple[list[dict], int, list[tuple[str, str]]]:  # fmt: skip
    """The schema cannot be read: article rows are looked for page by page."""
    from .pages import article_records

    rows: dict[str, dict] = {}
    bad = 0
    try:
        for values in article_records(path, progress, should_cancel):
            row = dict(zip(COLUMNS, values[1:], strict=True))
            if not _sound(row):
                bad += 1
            elif row["article_id"] not in rows:
                rows[row["article_id"]] = row
    except OSError as error:
        raise LibraryError(f"the file cannot be read: {explain(error)}") from None
    if should_cancel is not None and should_cancel():
        raise RebuildCancelled()
    if not rows:
        raise LibraryError("no article can be read from the file: nothing to recover")
    return list(rows.values()), bad, []


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """Damage in the file (worth salvaging around), not a disk, lock or memory problem."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_ERROR")) or not name


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
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            raise  # a full disk or a lock is not "nothing to recover"
        return False
    return row is not None


def _expected_rows(conn: sqlite3.Connection) -> int:
    """How many rows the file says it has (0 when no count can be read)."""
    for sql in ("SELECT count(*) FROM articles", "SELECT count(*) FROM articles_fts_docsize"):
        try:
            value = conn.execute(sql).fetchone()[0]
            if isinstance(value, int):
                return value
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise
    return 0


def _read_rows(conn: sqlite3.Connection, expected: int,
               progress: Callable[[int, int], None] | None) -> Iterator[dict | None]:  # fmt: skip
    """Rows in rowid order, a chunk at a time (`rowid > last`: the number of queries follows
    the rows, never the size of the ids). A chunk that fails is read one row at a time; a
    row that cannot be read is stepped over, further and further (1, 2, 4 … ids) until a
    readable one is found, then back to the first readable one: a damaged page loses its
    own rows only, and a huge gap costs ~60 queries, not 2⁶³."""
    select = f"SELECT id, {', '.join(COLUMNS)} FROM articles"
    last, done = -(2**63), 0
    while True:
        chunk = _fetch(conn, f"{select} WHERE id > ? ORDER BY id LIMIT ?", (last, CHUNK))
        if chunk is None:
            chunk = _fetch(conn, f"{select} WHERE id > ? ORDER BY id LIMIT 1", (last,))
            if chunk is None:
                yield None
                last = _skip_damage(conn, last)
                if last is None:
                    return
                continue
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(COLUMNS, row[1:], strict=True))
        last, done = chunk[-1][0], done + len(chunk)
        if progress is not None:
            progress(done, expected)


def _fetch(conn: sqlite3.Connection, sql: str, args: tuple) -> list | None:
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.DatabaseError as error:
        if not _is_damage(error) or getattr(error, "sqlite_errorname", "") == "SQLITE_INTERRUPT":
            raise
        return None


def _skip_damage(conn: sqlite3.Connection, last: int) -> int | None:
    """The id after which rows can be read again (None when none can, to the end)."""
    probe = "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT 1"
    failed, jump = last, 1
    while True:
        beyond = last + jump
        if beyond >= 2**63 - 1:
            return None
        found = _fetch(conn, probe, (beyond,))
        if found is not None:
            break
        failed, jump = beyond, jump * 2
    good = beyond  # `id > good` reads; `id > failed` does not: narrow it down
    while good - failed > 1:
        middle = (good + failed) // 2
        if _fetch(conn, probe, (middle,)) is None:
            failed = middle
        else:
            good = middle
    return good


def _sound(row: dict) -> bool:
    """A row worth keeping: our id, text fields that are text, one kind letter per block."""
    if not is_article_id(row["article_id"]):
        return False
    if not all(isinstance(row[name], str) for name in ("title", "body", "kinds")):
        return False
    if not row["title"].strip() or set(row["kinds"]) - set("phi"):
        return False
    if len(row["body"]) > MAX_BODY_CHARS:  # no import stores one; indexing it would take minutes
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
