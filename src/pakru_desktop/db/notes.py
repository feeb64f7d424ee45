"""The reader's own data: bookmarks, highlights and notes, in a file of their own.

Kept apart from the library (`notes.sqlite3` in the user's data folder): an update pack, a
rebuilt library or a collection opened from a USB stick never touches it, and no collection
ever carries it. Each mark names the library it was made in, the article (its id) and the
paragraph, and keeps the paragraph's text and a hash of it, so the mark finds its paragraph
again by text after the article changes (db/anchoring.py).

The file is opened like a library: trusted_schema off, defensive mode, its schema compared
with exactly what our migrations create, one upgrade step per PRAGMA user_version.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path

from .safe_db import explain, harden, is_article_id

NOTES_FILE = "notes.sqlite3"
NOTES_VERSION = 1
EXPORT_FORMAT = "pakru-notes"
KINDS = ("bookmark", "highlight", "note")
COLOURS = ("yellow", "green", "blue", "pink")
MAX_IMPORT_BYTES = 32 * 1024 * 1024  # a notes file is text a person typed: this is plenty
MAX_TEXT = 100_000  # characters in one field of an imported mark


class NotesError(Exception):
    """The notes file or an import cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class Mark:
    """A bookmark, a highlight or a note. `paragraph` 0 is the whole article; a note on a
    fact-sheet line has `topic` set and `quote` holding the line."""

    kind: str
    article_id: str = ""
    paragraph: int = 0
    paragraph_text: str = ""
    paragraph_hash: str = ""
    quote: str = ""
    colour: str = ""
    body: str = ""
    topic: str = ""
    title: str = ""  # the article's (or topic's) title when the mark was made
    library: str = ""
    created: str = ""
    updated: str = ""
    id: int = 0


_COLUMNS = [f.name for f in fields(Mark) if f.name != "id"]


def notes_path_for(library_path: Path) -> Path:
    """Where the reader's notes live when only the library is known: beside the user's own
    library (its data folder), else in the user's data folder; never inside a collection."""
    from ..paths import LIBRARY_FILE, user_data_dir

    if library_path.name == LIBRARY_FILE:
        return library_path.parent / NOTES_FILE
    return user_data_dir() / NOTES_FILE


def text_hash(text: str) -> str:
    """The hash a paragraph is recognised by: whitespace runs count as one space."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


def _step_1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE marks (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, article_id TEXT NOT NULL,"
        " paragraph INTEGER NOT NULL, paragraph_text TEXT NOT NULL, paragraph_hash TEXT NOT NULL,"
        " quote TEXT NOT NULL, colour TEXT NOT NULL, body TEXT NOT NULL, topic TEXT NOT NULL,"
        " title TEXT NOT NULL, library TEXT NOT NULL, created TEXT NOT NULL,"
        " updated TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX marks_article ON marks (article_id, paragraph)")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _step_1}


def _objects(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    return {(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows}


def _expected(version: int) -> set[tuple[str, str, str]]:
    memory = sqlite3.connect(":memory:")
    try:
        for step in range(1, version + 1):
            MIGRATIONS[step](memory)
        return _objects(memory)
    finally:
        memory.close()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class NotesStore:
    """One notes file. Pass it to whoever needs it; there is no global instance."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._open()
        except (sqlite3.DatabaseError, OSError) as error:
            raise NotesError(f"cannot open your notes {self.path}: {explain(error)}") from None

    def _open(self) -> None:
        guard = harden(self.conn)
        with guard.limit():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > NOTES_VERSION:
                raise NotesError(f"your notes {self.path} were written by a newer version of "
                                 f"pakru (schema {version}); update the application")  # fmt: skip
            if _objects(self.conn) != _expected(version):
                raise NotesError(f"{self.path} is not a pakru notes file (its tables differ)")
            self.conn.execute("PRAGMA busy_timeout = 5000")
            for step in range(version + 1, NOTES_VERSION + 1):
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    MIGRATIONS[step](self.conn)
                    self.conn.execute(f"PRAGMA user_version = {step}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add(self, mark: Mark) -> Mark:
        """Store a new mark; returns it with its id and times."""
        stamp = now()
        mark = replace(mark, created=mark.created or stamp, updated=stamp,
                       paragraph_hash=mark.paragraph_hash or text_hash(mark.paragraph_text))  # fmt: skip
        _check(mark)
        values = [getattr(mark, name) for name in _COLUMNS]
        cursor = self.conn.execute(
            f"INSERT INTO marks ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
            values,
        )
        return replace(mark, id=int(cursor.lastrowid or 0))

    def update(self, mark_id: int, *, body: str | None = None, colour: str | None = None) -> None:
        current = self.get(mark_id)
        if current is None:
            return
        changed = replace(current, body=current.body if body is None else body,
                          colour=current.colour if colour is None else colour)  # fmt: skip
        _check(changed)
        self.conn.execute("UPDATE marks SET body = ?, colour = ?, updated = ? WHERE id = ?",
                          (changed.body, changed.colour, now(), mark_id))  # fmt: skip

    def remove(self, mark_id: int) -> None:
        self.conn.execute("DELETE FROM marks WHERE id = ?", (mark_id,))

    def move_to_article(self, mark_id: int, article_id: str) -> None:
        """The mark's article is now this one (its text, and so its id, changed); the
        paragraph text it was made on stays, so it is still placed by that text."""
        self.conn.execute("UPDATE marks SET article_id = ?, updated = ? WHERE id = ?",
                          (article_id, now(), mark_id))  # fmt: skip

    # -- reading ---------------------------------------------------------------------------

    def _select(self, where: str = "", params: Iterable[object] = ()) -> list[Mark]:
        rows = self.conn.execute(
            f"SELECT id, {', '.join(_COLUMNS)} FROM marks {where} ORDER BY id", tuple(params)
        )
        return [Mark(id=row[0], **dict(zip(_COLUMNS, row[1:], strict=True))) for row in rows]

    def get(self, mark_id: int) -> Mark | None:
        found = self._select("WHERE id = ?", (mark_id,))
        return found[0] if found else None

    def all(self, kind: str = "") -> list[Mark]:
        return self._select("WHERE kind = ?", (kind,)) if kind else self._select()

    def of_article(self, article_id: str) -> list[Mark]:
        return self._select("WHERE article_id = ? AND topic = ''", (article_id,))

    def of_topic(self, slug: str) -> list[Mark]:
        return self._select("WHERE topic = ?", (slug,))

    # -- export and import -----------------------------------------------------------------

    def export_json(self) -> str:
        document = {"format": EXPORT_FORMAT, "version": NOTES_VERSION,
                    "marks": [_public(m) for m in self.all()]}  # fmt: skip
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def export_file(self, path: Path) -> int:
        """Write every mark to a JSON file (whole or not at all); returns how many."""
        text = self.export_json()
        temporary = path.with_name(path.name + ".part")
        try:
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(path)
        except OSError as error:
            raise NotesError(f"cannot write {path}: {explain(error)}") from None
        return len(self.all())

    def import_file(self, path: Path) -> tuple[int, int]:
        """Add the marks of an exported file, all or none; a mark already here is skipped.
        Returns (added, skipped)."""
        marks = read_export(path)
        known = {_identity(m) for m in self.all()}
        added = skipped = 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for mark in marks:
                if _identity(mark) in known:
                    skipped += 1
                    continue
                known.add(_identity(mark))
                self.add(mark)
                added += 1
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return added, skipped


def _public(mark: Mark) -> dict[str, object]:
    data = asdict(mark)
    data.pop("id")
    return data


def _identity(mark: Mark) -> tuple[object, ...]:
    return (mark.kind, mark.article_id, mark.topic, mark.paragraph_hash, mark.quote, mark.body,
            mark.created)  # fmt: skip


def _check(mark: Mark) -> None:
    """A mark we would write ourselves, or NotesError saying what is wrong with it."""
    if mark.kind not in KINDS:
        raise NotesError(f"unknown kind of mark {mark.kind[:20]!r}")
    if mark.article_id and not is_article_id(mark.article_id):
        raise NotesError(f"not an article id: {mark.article_id[:40]!r}")
    if not mark.article_id and not mark.topic:
        raise NotesError("a mark names neither an article nor a topic")
    if mark.kind == "highlight" and mark.colour not in COLOURS:
        raise NotesError(f"unknown highlight colour {mark.colour[:20]!r}")
    if not 0 <= mark.paragraph < 1_000_000:
        raise NotesError(f"paragraph number out of range: {mark.paragraph}")


def read_export(path: Path) -> list[Mark]:
    """The marks of a `pakru notes export` file, checked; NotesError in one line if not."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise NotesError(f"{path} is too large for a notes file")
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise NotesError(f"cannot read {path}: {explain(error)}") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotesError(f"{path} is not a pakru notes file (not JSON)") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise NotesError(f'{path} is not a pakru notes file (no "format": "{EXPORT_FORMAT}")')
    if not isinstance(document.get("version"), int) or document["version"] > NOTES_VERSION:
        raise NotesError(f"{path} was written by a newer version of pakru")
    records = document.get("marks")
    if not isinstance(records, list):
        raise NotesError(f"{path} has no list of marks")
    marks = []
    for number, record in enumerate(records, 1):
        try:
            marks.append(_mark_of(record))
        except NotesError as error:
            raise NotesError(f"{path}: mark {number}: {error}") from None
    return marks


def _mark_of(record: object) -> Mark:
    if not isinstance(record, dict):
        raise NotesError("not an object")
    values: dict[str, object] = {}
    for field in fields(Mark):
        if field.name == "id":
            continue
        value = record.get(field.name, 0 if field.name == "paragraph" else "")
        wanted = int if field.name == "paragraph" else str
        if type(value) is not wanted:
            raise NotesError(f"{field.name} must be {'a number' if wanted is int else 'text'}")
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise NotesError(f"{field.name} is too long")
        values[field.name] = value
    mark = Mark(**values)  # type: ignore[arg-type]
    if mark.paragraph_text and mark.paragraph_hash != text_hash(mark.paragraph_text):
        mark = replace(mark, paragraph_hash=text_hash(mark.paragraph_text))
    _check(mark)
    return mark
