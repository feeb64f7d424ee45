"""Generators of hostile collections and files, for tests/test_hostile.py and
benchmarks/fault_bench.py. Each one is something a stranger can hand over on a USB stick."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

# A trigger that ran leaves this table behind (if it could write) and says so on stderr.
MARKER = "evil_trigger_ran"
SPIN = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"


def _raw(path: Path) -> sqlite3.Connection:
    """A plain connection as an attacker's tool would use (triggers on, schema writable)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    return conn


def _trigger_on_meta(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TABLE {MARKER} (at TEXT)")
    conn.execute(f"CREATE TRIGGER evil AFTER DELETE ON meta BEGIN INSERT INTO {MARKER} "
                 "VALUES ('EVIL TRIGGER RAN on DELETE meta'); END")  # fmt: skip


def _spinning_trigger(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TRIGGER spin BEFORE INSERT ON words BEGIN {SPIN}; END")


def _memory_trigger(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TRIGGER eat AFTER INSERT ON articles BEGIN "
                 "SELECT length(zeroblob(900000000)) FROM articles; END")  # fmt: skip


def _spinning_view(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE VIEW spin_view AS {SPIN}")


def _altered_trigger(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER articles_ad")
    conn.execute(f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN {SPIN}; END")


def _extra_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE extra (x)")


def _fts_elsewhere(conn: sqlite3.Connection) -> None:
    # Point the index at another table, whatever content= our schema names today.
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    spoiled = re.sub(r"content=(\[\w+\]|'\w+'|\w+)", "content=[meta]", sql, count=1)
    assert spoiled != sql, "the schema names no content table to spoil"
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'articles_fts'", (spoiled,))


def _rank_function(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE articles_fts_config SET v = 'snippet(1)' WHERE k = 'rank'")


def _injected_id(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE articles SET article_id = '\"><img src=file:///etc/passwd>' "
                 "WHERE id = 1")  # fmt: skip


def _future_version(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA user_version = 99")


def _nested_manifest(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE meta SET value = ? WHERE key = 'manifest'", ("[" * 200_000,))


def _garbage_docsize(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE articles_fts_docsize SET sz = x'ffffffffff' WHERE id % 2 = 1")


def forge(conn: sqlite3.Connection) -> None:
    """Alter a text, then recompute its hash and the manifest: only a signature can tell."""
    from pakru_desktop.ingest.cleanup import content_hash
    from pakru_desktop.model import blocks_of
    from pakru_desktop.pipeline.collection import write_manifest

    conn.execute("UPDATE articles SET body = replace(body, 'Russia', 'Prussia')")
    for aid, title, body, kinds in conn.execute(
        "SELECT article_id, title, body, kinds FROM articles"
    ).fetchall():
        conn.execute("UPDATE articles SET content_hash = ? WHERE article_id = ?",
                     (content_hash(title, blocks_of(body, kinds)), aid))  # fmt: skip
    write_manifest(conn)


# name → how the collection is spoiled, and the words its refusal must contain
COLLECTIONS: dict[str, tuple[Callable[[sqlite3.Connection], None], str]] = {
    "trigger": (_trigger_on_meta, "unknown"),
    "spinning-trigger": (_spinning_trigger, "unknown trigger 'spin'"),
    "memory-trigger": (_memory_trigger, "unknown trigger 'eat'"),
    "spinning-view": (_spinning_view, "unknown view 'spin_view'"),
    "altered-trigger": (_altered_trigger, "trigger 'articles_ad' differs"),
    "extra-table": (_extra_table, "unknown table 'extra'"),
    "fts-elsewhere": (_fts_elsewhere, "table 'articles_fts' differs"),
    "rank-function": (_rank_function, "search index's settings differ"),
    "injected-id": (_injected_id, "is not one pakru makes"),
    "future-version": (_future_version, "newer version of pakru"),
    "nested-manifest": (_nested_manifest, "manifest: damaged"),
    "garbage-docsize": (_garbage_docsize, "search"),
    "forged": (forge, "signature does not match"),
}


def make_collection(base: Path, folder: Path, name: str) -> Path:
    """A copy of the collection `base`, spoiled as `name` says."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite3"
    shutil.copy(base, path)
    conn = _raw(path)
    try:
        COLLECTIONS[name][0](conn)
    finally:
        conn.close()
    return path


def hostile_folder(folder: Path, outside: Path) -> dict[str, str]:
    """A folder of articles laid out by a stranger; returns file name → the reason its
    skip or failure must give. `outside` holds a secret no import may read."""
    folder.mkdir(parents=True)
    outside.mkdir(parents=True)
    secret = outside / "secret.txt"
    secret.write_text("SECRET outside the folder\n\nNever to be imported.\n")
    (folder / "good.txt").write_text("A good article on wheat\n\nPakistan bought wheat.\n")
    os.symlink(secret, folder / "notes.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.mkfifo(folder / "pipe.txt")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 9 MB on paper, nothing on disk
        handle.truncate(9 * 1024 * 1024)
    name = os.fsdecode(b"caf\xe9 ru\xdf.txt")  # Latin-1 bytes: not a UTF-8 name
    (folder / name).write_text("A name in Latin-1\n\nThe text itself is plain UTF-8.\n")
    return {
        "notes.txt": "a link to a file outside the folder",
        "zero.txt": "a link to a file outside the folder",
        "pipe.txt": "not a regular file (a named pipe)",
        "huge.txt": "file too large",
    }
