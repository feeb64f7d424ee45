"""`pakru verify` and Help → Verify Library: is the library sound, and can it be searched?

Beyond SQLite's own integrity check: the schema is compared with ours, the FTS5 index is
checked *against its content* (rank 1), every article's text against its hash, and a sample of
articles is looked up by a search for their own title (an index that points at other content
or cannot be read fails here, even when its pages are intact)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..text.fold import words as folded_words
from ..text.languages import index_form
from .safe_db import bad_ids, explain, schema_problems

if TYPE_CHECKING:
    from .library import Library

SAMPLE = 200  # articles looked up by their title
VERIFY_SECONDS = 600.0  # each run; a larger library than any real one, or a hostile file


def verify_library(library: Library) -> list[str]:
    """Problems found, in words; an empty list means the library is sound. Each step runs
    under the connection's deadline, so a hostile file cannot make it hang."""
    conn = library.conn
    problems: list[str] = []
    with library.guard.limit(VERIFY_SECONDS):
        for step in (_schema, _pages, _index, _hashes, _lookups):
            try:
                problems.extend(step(conn))
            except (sqlite3.DatabaseError, RecursionError, MemoryError) as error:
                problems.append(f"{step.__doc__}: cannot be checked ({explain(error)})")
    return problems


def _schema(conn: sqlite3.Connection) -> list[str]:
    """schema"""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    found = schema_problems(conn, version) + [
        f"article id {bad} is not one pakru makes" for bad in bad_ids(conn)
    ]
    return [f"schema: {problem}" for problem in found]


def _pages(conn: sqlite3.Connection) -> list[str]:
    """database"""
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    return [] if result == ["ok"] else [f"database: {line}" for line in result[:20]]


def _index(conn: sqlite3.Connection) -> list[str]:
    """search index"""
    # rank = 1: compare the index with the articles it indexes, not only with itself.
    try:
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as error:
        name = getattr(error, "sqlite_errorname", "")
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise  # not damage: an import holds the library (said so by the caller)
        if not name.startswith("SQLITE_READONLY"):
            return [f"search index: {error} (Rebuild the Library re-indexes it)"]
        # FTS5's check is an INSERT: on read-only media (or a full disk) the counts below and
        # the title lookups of the next step check the index instead.
    indexed = conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    if indexed != stored:
        return [f"search index: {indexed} entries for {stored} articles"]
    return []


def _hashes(conn: sqlite3.Connection) -> list[str]:
    """articles"""
    from ..ingest.cleanup import content_hash
    from ..model import blocks_of

    problems = []
    rows = conn.execute("SELECT article_id, title, content_hash, body, kinds FROM articles")
    for article_id, title, stored, body, kinds in rows:
        if content_hash(title, blocks_of(body, kinds)) != stored:
            problems.append(f"article {article_id} ({title!r}): text does not match its hash")
    return problems


def _lookups(conn: sqlite3.Connection) -> list[str]:
    """search"""
    count = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    step = max(1, count // SAMPLE)
    rows = conn.execute(
        "SELECT id, article_id, title FROM articles WHERE id % ? = 0 LIMIT ?", (step, SAMPLE)
    ).fetchall()
    missing = []
    for rowid, article_id, title in rows:
        # The title's words as the index keeps them (text.fold + Russian stems): `ё`, «»,
        # dashes, harakat and joiners are folded away there, so they must be here too.
        words = [index_form(word) for word in folded_words(title)][:8]
        if not words:
            continue
        phrase = '"' + " ".join(words).replace('"', '""') + '"'
        found = conn.execute(
            "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
            (f"title : {phrase}", rowid),
        ).fetchone()
        if found is None:
            missing.append(f"search: article {article_id} ({title!r}) is not found by its title")
    if len(missing) > 3:
        return [*missing[:3], f"search: {len(missing) - 3} more of {len(rows)} sampled articles "
                "are not found by their title (Rebuild the Library re-indexes them)"]  # fmt: skip
    return missing
