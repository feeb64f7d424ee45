"""The SQLite library: open (with migrations), write rows, read, verify. Importing files is
pipeline/importing.py's work.

The article readers (ingest/) are imported where files are read, not at start-up: opening
and searching a library does not need them (~25 ms of the app's cold start)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from ..model import Article, ArticleSummary, blocks_of, encode_blocks
from .indexing import WordCounter
from .safe_db import (
    READ_ONLY,
    authorize,
    explain,
    harden,
    is_article_id,
    is_disk_error,
    refuse_unknown_schema,
)
from .schema import SCHEMA_VERSION, LibraryError, migrate

INSERT_ARTICLE = (
    "INSERT INTO articles (article_id, title, source, author, date, date_precision,"
    " date_estimated, section, truncated, source_file, content_hash, origin,"
    " imported_at, notes, headings, body, kinds)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class Library:
    """One library file: its rows, index and checks. Pass it to whoever needs it; there is no
    global instance. knowledge.library.Library adds the facts found in it."""

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        migrate: bool = True,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.read_only_reason = READ_ONLY  # why nothing can be written, when it cannot
        self.migrate = migrate  # False for a collection: checked as it is, never upgraded
        self.conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        """Open, check and (for the user's own library) migrate; the file's schema is checked
        against ours before anything of it is used, and a newer file is refused before it is
        touched (no WAL switch, no migration)."""
        if not self.read_only and _cannot_write(self.path):
            self.read_only = True  # read-only media or file: still open it for reading
        try:
            return self._connect_checked()
        except LibraryError as error:
            cause = error.__cause__ or error.__context__
            if self.read_only or cause is None or not is_disk_error(cause):
                raise
        # A full (or failing) disk: what only reads still works. Writes say why they cannot.
        self.read_only = True
        self.read_only_reason = explain(cause, self.path.parent)
        return self._connect_checked()

    def _connect_checked(self) -> sqlite3.Connection:
        try:
            conn = self._open_file()
            self.guard = harden(conn)
            with self.guard.limit():
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise LibraryError(
                        f"the library was written by a newer version of pakru (schema "
                        f"{version}); update the application to open it"
                    )
                refuse_unknown_schema(
                    conn, version, self.path, upgrading=self.migrate and not self.read_only
                )
                conn.execute("PRAGMA busy_timeout = 5000")
                if not self.read_only and self.migrate:
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.execute("PRAGMA synchronous = NORMAL")
                    migrate(conn)
                elif version == 0:
                    raise LibraryError(f"{self.path} is empty, not a pakru library")
                conn.execute("SELECT count(*) FROM articles").fetchone()
        except (LibraryError, sqlite3.DatabaseError, OSError) as error:
            with suppress(NameError, sqlite3.Error):
                conn.close()  # a refused file is not kept open (and can be renamed on Windows)
            if isinstance(error, LibraryError):
                raise
            reason = explain(error, self.path.parent)
            raise LibraryError(f"cannot open library {self.path}: {reason}") from error
        authorize(conn)
        return conn

    def _open_file(self) -> sqlite3.Connection:
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        if not self.path.is_file():
            raise LibraryError(f"no library file at {self.path}")
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.OperationalError:
            # A WAL library on read-only media has no -shm to share: read it as immutable.
            conn.close()
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1",
                                   uri=True, isolation_level=None, check_same_thread=False)  # fmt: skip
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: the library is as before or fully updated."""
        if self.read_only:
            raise LibraryError(f"{self.read_only_reason}: nothing was changed")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            # SQLite may already have rolled back (disk full, I/O error): the error to report
            # is the one that got us here, never "cannot rollback - no transaction is active".
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,))
        return row.fetchone() is not None

    def _insert(self, article: Article, origin: str, words: WordCounter) -> None:
        row = article_row(article, origin, now_stamp())
        self.conn.execute(INSERT_ARTICLE, row)
        words.add(f"{article.title}\n{row[-2]}")

    def _last_id(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]

    def checkpoint(self) -> None:
        """Copy the committed import from the -wal file into the library file itself, so the
        library is whole even if the -wal file is lost (best effort: a reader may hold it)."""
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def optimize(self) -> None:
        """Merge FTS segments after a bulk load (a few % faster queries)."""
        self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def summaries(self) -> list[ArticleSummary]:
        rows = self.conn.execute(
            "SELECT article_id, title, source, source_file, date, date_precision,"
            " date_estimated, length(kinds) FROM articles ORDER BY date DESC, title"
        )
        return [ArticleSummary(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in rows]

    def sources(self) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            "SELECT source, count(*) FROM articles GROUP BY source ORDER BY count(*) DESC, source"
        )
        return [(r[0], r[1]) for r in rows]

    def article(self, article_id: str) -> Article | None:
        if not is_article_id(article_id):
            return None  # nothing else can be in the library (checked on open and insert)
        row = self.conn.execute(
            "SELECT article_id, title, source, author, date, date_precision, date_estimated,"
            " section, truncated, source_file, content_hash, notes, body, kinds"
            " FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return Article(
            article_id=row[0], title=row[1], source=row[2], author=row[3], date=row[4],
            date_precision=row[5], date_estimated=bool(row[6]), section=row[7],
            truncated=bool(row[8]), source_file=row[9], content_hash=row[10],
            notes=json.loads(row[11] or "[]"), blocks=blocks_of(row[12], row[13]),
        )  # fmt: skip

    def resolve_id(self, prefix: str) -> str | None:
        """A full article id from an id or an unambiguous prefix of one (as the CLI accepts)."""
        rows = self.conn.execute(
            "SELECT article_id FROM articles WHERE article_id >= ? AND article_id < ? LIMIT 2",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    # -- checking --------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems found, in words; an empty list means the library is sound."""
        from .checks import verify_library

        return verify_library(self)


def now_stamp() -> str:
    """When an article was imported, as the articles table stores it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_row(article: Article, origin: str, imported_at: str) -> tuple:
    """The articles-table row of an Article (INSERT_ARTICLE's parameters)."""
    if not is_article_id(article.article_id):  # ids are ours alone: links are built of them
        raise ValueError(f"not an article id: {article.article_id!r}")
    return (
        article.article_id, article.title, article.source, article.author,
        article.date, article.date_precision, int(article.date_estimated),
        article.section, int(article.truncated), article.source_file,
        article.content_hash, origin, imported_at, json.dumps(article.notes),
        "\n".join(article.headings), *encode_blocks(article.blocks),
    )  # fmt: skip


def _cannot_write(path: Path) -> bool:
    """The library exists but this user cannot write it or its folder (where the journal
    goes): a read-only file, folder or medium. It is then opened for reading."""
    if not path.is_file():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
