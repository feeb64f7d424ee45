"""Opening SQLite files that may come from a stranger: a collection on a USB stick, a library
someone edited. Nothing stored in the file gets to run.

- `PRAGMA trusted_schema = OFF` and SQLite's defensive mode (no writes to sqlite_schema or to
  the FTS shadow tables through SQL);
- the file's schema is compared with the exact objects our migrations create (derived by
  running them on an in-memory database, so a new migration is covered without a list to keep
  up to date): an unknown table, trigger or view, or one of ours altered, refuses the file;
- an authorizer denies statements and functions pakru never uses (ATTACH, schema changes after
  the migrations, zeroblob, printf, load_extension …);
- a progress handler aborts a statement past its deadline or when the user cancels.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .schema import MIGRATIONS, SCHEMA_VERSION, LibraryError

# Our article ids: the first 16 hex digits of a SHA-256 (ingest/cleanup.identity_of).
_ARTICLE_ID = re.compile(r"[0-9a-f]{16}\Z")
PROGRESS_STEPS = 20_000  # VM instructions between two calls of the progress handler
OPEN_SECONDS = 20.0  # a schema check or verify step that takes longer is hostile
_DEFENSIVE = 1010  # SQLITE_DBCONFIG_DEFENSIVE


def is_article_id(value: object) -> bool:
    """True for an id in our own form (16 lower-case hex digits) and nothing else."""
    return isinstance(value, str) and _ARTICLE_ID.match(value) is not None


class Guard:
    """The connection's progress handler: aborts the running statement once a deadline set
    with `limit()` has passed, or when `cancel()` says so (an import the user cancelled)."""

    def __init__(self) -> None:
        self.deadline: float | None = None
        self.cancel: Callable[[], bool] | None = None
        self.tripped = ""

    def __call__(self) -> int:
        if self.deadline is not None and time.monotonic() > self.deadline:
            self.tripped = "deadline"
            return 1
        if self.cancel is not None and self.cancel():
            self.tripped = "cancel"
            return 1
        return 0

    @contextmanager
    def limit(self, seconds: float = OPEN_SECONDS) -> Iterator[None]:
        previous = self.deadline
        self.deadline = time.monotonic() + seconds
        try:
            yield
        finally:
            self.deadline = previous

    @contextmanager
    def cancelled_by(self, cancel: Callable[[], bool] | None) -> Iterator[None]:
        previous, self.cancel = self.cancel, cancel
        try:
            yield
        finally:
            self.cancel = previous


def harden(conn: sqlite3.Connection) -> Guard:
    """Settings every connection to a library gets before it reads anything from the file."""
    conn.execute("PRAGMA trusted_schema = OFF")
    set_defensive(conn)
    guard = Guard()
    conn.set_progress_handler(guard, PROGRESS_STEPS)
    return guard


def set_defensive(conn: sqlite3.Connection) -> bool:
    """SQLite's defensive mode; True when it is on. Python 3.12 has `setconfig`; on 3.11 the
    handle is reached through ctypes, and only used after it proves to be this connection's."""
    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:
        setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", _DEFENSIVE), True)
        return True
    try:
        import _sqlite3

        sqlite = ctypes.CDLL(_sqlite3.__file__)
        # pysqlite_Connection starts with PyObject_HEAD, then `sqlite3 *db`.
        handle = ctypes.c_void_p.from_address(id(conn) + 2 * ctypes.sizeof(ctypes.c_void_p))
        sqlite.sqlite3_db_filename.restype = ctypes.c_char_p
        sqlite.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        sqlite.sqlite3_db_handle.restype = ctypes.c_void_p
        sqlite.sqlite3_db_handle.argtypes = [ctypes.c_void_p]
        # The handle is this connection's when its file name is the one SQLite reports.
        expected = conn.execute("PRAGMA database_list").fetchone()[2]
        if sqlite.sqlite3_db_filename(handle, b"main") != expected.encode():
            return False
        state = ctypes.c_int(-1)
        sqlite.sqlite3_db_config(handle, ctypes.c_int(_DEFENSIVE), ctypes.c_int(1),
                                 ctypes.byref(state))  # fmt: skip
        return state.value == 1
    except (OSError, AttributeError, ValueError, TypeError):
        return False


# -- the authorizer -------------------------------------------------------------------------

# Functions pakru's SQL (and SQLite's FTS5 internals) use; anything else is refused.
ALLOWED_FUNCTIONS = frozenset("""
    abs avg bm25 char coalesce match count glob group_concat hex highlight ifnull iif instr
    json json_array json_extract json_group_array json_object julianday date datetime strftime
    length like lower ltrim max min nullif quote replace round rtrim snippet substr substring
    sum total trim typeof unicode upper unlikely likely row_number rank dense_rank fts5
    fts5_source_id sqlite_version
""".split())  # fmt: skip
_PRAGMAS = frozenset("""
    busy_timeout cache_size data_version database_list foreign_key_list foreign_keys
    freelist_count index_info index_list index_xinfo integrity_check journal_mode page_count
    page_size query_only quick_check schema_version synchronous table_info table_xinfo
    table_list temp_store trusted_schema user_version wal_checkpoint optimize compile_options
""".split())  # fmt: skip
_ALWAYS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_INSERT,
           sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE, sqlite3.SQLITE_TRANSACTION,
           sqlite3.SQLITE_SAVEPOINT}  # fmt: skip
_SCHEMA_CHANGES = {
    sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_VIEW, sqlite3.SQLITE_CREATE_TEMP_INDEX,
    sqlite3.SQLITE_CREATE_TEMP_TABLE, sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
    sqlite3.SQLITE_CREATE_TEMP_VIEW, sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_TABLE,
    sqlite3.SQLITE_DROP_TRIGGER, sqlite3.SQLITE_DROP_VIEW, sqlite3.SQLITE_DROP_TEMP_INDEX,
    sqlite3.SQLITE_DROP_TEMP_TABLE, sqlite3.SQLITE_DROP_TEMP_TRIGGER,
    sqlite3.SQLITE_DROP_TEMP_VIEW, sqlite3.SQLITE_ALTER_TABLE, sqlite3.SQLITE_CREATE_VTABLE,
    sqlite3.SQLITE_DROP_VTABLE, sqlite3.SQLITE_REINDEX, sqlite3.SQLITE_ANALYZE,
}  # fmt: skip


def _authorizer(action: int, arg1: str | None, arg2: str | None, _db: str | None,
                _source: str | None) -> int:  # fmt: skip
    if action in _ALWAYS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in ALLOWED_FUNCTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _PRAGMAS:
        return sqlite3.SQLITE_OK
    if action in _SCHEMA_CHANGES and (arg2 == "temp" or _db == "temp"):
        return sqlite3.SQLITE_OK  # scratch tables of a connection, never in the file
    return sqlite3.SQLITE_DENY


def authorize(conn: sqlite3.Connection) -> None:
    """From here on the connection runs only the statements and functions pakru uses."""
    conn.set_authorizer(_authorizer)


# -- the schema check -----------------------------------------------------------------------


def _normal(sql: str | None) -> str:
    """SQL compared without its quoting style or spacing (sqlite-utils quotes with [ ])."""
    return re.sub(r"[\s\[\]\"`]+", "", sql or "").lower()


@lru_cache(maxsize=8)
def expected_objects(version: int) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """The schema objects and FTS settings our migrations create up to `version`, found by
    running them on an in-memory database. Running them imports sqlite-utils (~120 ms), so the
    result is kept in the user's cache, keyed by the migrations' own code and the versions of
    everything that shapes their output: a changed or added step is run again."""
    key = _migrations_key(version)
    cached = _read_cache(key)
    if cached is not None:
        return cached
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in range(1, version + 1):
            MIGRATIONS[step](conn)
        result = _objects(conn), _fts_config(conn)
    finally:
        conn.close()
    _write_cache(key, result)
    return result


def _migrations_key(version: int) -> str:
    import hashlib
    import marshal
    from importlib.util import find_spec

    from .. import __version__

    digest = hashlib.sha256(f"{version}|{__version__}|{sqlite3.sqlite_version}".encode())
    # Which sqlite-utils, without importing it: its file's path, size and time.
    spec = find_spec("sqlite_utils")
    origin = spec.origin if spec is not None and spec.origin else "?"
    try:
        info = os.stat(origin)
        digest.update(f"{origin}|{info.st_size}|{info.st_mtime_ns}".encode())
    except OSError:
        digest.update(origin.encode())
    for step in range(1, version + 1):
        digest.update(marshal.dumps(MIGRATIONS[step].__code__))
    return digest.hexdigest()


def _cache_file() -> Path:
    from ..paths import APP_NAME, portable_dir

    portable = portable_dir()  # a portable install writes nothing outside its data/ folder
    if portable is not None:
        return portable / "cache" / "schema-objects.json"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "schema-objects.json"


def _read_cache(key: str) -> tuple[dict[tuple[str, str], str], dict[str, str]] | None:
    try:
        entry = json.loads(_cache_file().read_text(encoding="utf-8"))[key]
        objects = {(str(kind), str(name)): str(sig) for kind, name, sig in entry["objects"]}
        return objects, {str(k): str(v) for k, v in entry["config"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def _write_cache(key: str, result: tuple[dict[tuple[str, str], str], dict[str, str]]) -> None:
    """Best effort: a read-only or missing home only means the migrations run again."""
    path = _cache_file()
    entry = {"objects": [[k, n, sig] for (k, n), sig in result[0].items()], "config": result[1]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(json.dumps({key: entry}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        return


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    return {(kind, name): f"{table}:{_normal(sql)}" for kind, name, table, sql in rows
            if name not in _SQLITE_OWN}  # fmt: skip


_SQLITE_OWN = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def _fts_config(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT k, v FROM articles_fts_config")}
    except sqlite3.OperationalError:
        return {}


def schema_problems(conn: sqlite3.Connection, version: int, upgrading: bool = False) -> list[str]:
    """What in the file differs from the objects our migrations create at its version, in
    words; empty when it is exactly ours. Reads the schema and FTS settings only.

    `upgrading`: objects of the next step are accepted too (a migration step interrupted
    half-way is run again), but still only exactly as that step creates them."""
    expected, expected_config = expected_objects(version)
    allowed, configs = dict(expected), [expected_config]
    required = set(expected)
    if upgrading and version < _latest():
        following, following_config = expected_objects(version + 1)
        allowed.update(following)
        configs.append(following_config)
        required &= set(following)
    found = _objects(conn)
    problems = []
    for kind, name in sorted(found.keys() - allowed.keys()):
        problems.append(f"unknown {kind} {name!r} (pakru never creates it)")
    for kind, name in sorted(required - found.keys()):
        problems.append(f"{kind} {name!r} is missing")
    for key in sorted(found.keys() & allowed.keys()):
        if found[key] not in (expected.get(key), allowed[key]):
            problems.append(f"{key[0]} {key[1]!r} differs from the one pakru creates")
    if not problems and _fts_config(conn) not in configs:
        problems.append("the search index's settings differ from the ones pakru writes")
    return problems


def _latest() -> int:
    return SCHEMA_VERSION


def bad_ids(conn: sqlite3.Connection, limit: int = 3) -> list[str]:
    """Article ids that are not in our form (read from the id index alone)."""
    rows = conn.execute(
        "SELECT article_id FROM articles WHERE typeof(article_id) != 'text'"
        " OR length(article_id) != 16 OR article_id GLOB '*[^0-9a-f]*' LIMIT ?",
        (limit,),
    )
    return [repr(row[0])[:40] for row in rows]


# -- errors in words ------------------------------------------------------------------------

_REASONS = {
    "SQLITE_FULL": "the disk is full (free some space and try again)",
    "SQLITE_BUSY": "another import is running: try again when it ends",
    "SQLITE_LOCKED": "another import is running: try again when it ends",
    "SQLITE_READONLY": "the library is read-only here (read-only file, folder or medium)",
    "SQLITE_CORRUPT": "the library file is damaged (Help → Rebuild the Library, or "
    "`pakru rebuild`)",
    "SQLITE_NOTADB": "the file is not a pakru library (not an SQLite database)",
    "SQLITE_CANTOPEN": "the library file cannot be opened (missing folder or no permission)",
    "SQLITE_IOERR": "the disk could not be read or written (check the disk or medium)",
    "SQLITE_AUTH": "the library asked for a statement pakru never runs; refused",
    "SQLITE_INTERRUPT": "stopped before it finished",
    "SQLITE_NOMEM": "out of memory",
    "SQLITE_TOOBIG": "a value in the library is too large",
}


READ_ONLY = _REASONS["SQLITE_READONLY"]


def is_disk_error(error: BaseException) -> bool:
    """A full or failing disk (not damage, not a lock): reading may still work."""
    import errno

    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")):
        return True
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT)


def disk_full(folder: Path) -> bool:
    """Is the disk holding `folder` (all but) full? SQLite often reports a full disk as an
    I/O error (a -shm it cannot grow), so the reason is checked here."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def explain(error: BaseException, folder: Path | None = None) -> str:
    """The true one-line reason for an SQLite or OS error, as a user can act on it; with
    `folder`, an I/O error on a full disk is called a full disk."""
    if folder is not None and is_disk_error(error) and disk_full(folder):
        return _REASONS["SQLITE_FULL"]
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, reason in _REASONS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return reason
    if isinstance(error, OSError):
        import errno

        if error.errno == errno.ENOSPC:
            return _REASONS["SQLITE_FULL"]
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _REASONS["SQLITE_READONLY"]
        return f"{error.strerror or error}"
    text = str(error)
    if "locked" in text:
        return _REASONS["SQLITE_BUSY"]
    return f"the library cannot be used: {text}"


def refuse_unknown_schema(conn: sqlite3.Connection, version: int, path: object,
                          upgrading: bool = False) -> None:  # fmt: skip
    """Refuse a file whose schema is not exactly what our migrations create, or whose article
    ids are not ours, before any of its objects is used: nothing stored in it gets to run."""
    problems = schema_problems(conn, version, upgrading)
    if not problems and version >= 1:
        problems = [f"article id {bad} is not one pakru makes" for bad in bad_ids(conn)]
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        advice = ("Rebuild the Library (Help menu, or `pakru rebuild`) copies its articles "
                  "into a fresh file" if upgrading else "Ask its librarian for a sound copy")  # fmt: skip
        raise LibraryError(f"{path} is not a library pakru can trust: {problems[0]}{more}; "
                           f"nothing in it was run. {advice}")  # fmt: skip
