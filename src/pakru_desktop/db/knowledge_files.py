"""Topics and names belong to the library: topic files (`topics/*.md`) and entity files
(`entities.toml` and a librarian's additions) are stored in the library itself, as the text
the librarian wrote, so a collection carries them, its signature covers them, and nobody edits
files inside the installed package.

A library that stores none reads the installation's own (`resources/`): that is the built-in
library's default. The first change stores the defaults, then changes them. The knowledge
layer reads topics and entities from a folder (knowledge/config.py), so the stored files are
written out once per distinct content to a cache folder and read from there; parsing stays
where it is."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
import tomllib
from pathlib import Path

TOPIC, ENTITIES = "topic", "entities"
ENTITY_KINDS = ("person", "organisation", "place")
MAX_FILE_CHARS = 4 * 1024 * 1024  # a topic or names file; far beyond any real one
BASE_ENTITIES = "entities.toml"  # the defaults' file, stored under this name


class KnowledgeFileError(ValueError):
    """A topic or entities file cannot be stored; the message says why, in one line."""


def stored_files(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(kind, name, text) of every stored file, in a fixed order; none in an older library."""
    try:
        rows = conn.execute(
            "SELECT kind, name, text FROM knowledge_files WHERE typeof(text) = 'text'"
            " AND length(text) <= ? ORDER BY kind, name",
            (MAX_FILE_CHARS,),
        ).fetchall()
    except sqlite3.OperationalError:  # a library from before schema 6
        return []
    return [(str(k), str(n), str(t)) for k, n, t in rows]


def knowledge_folder(conn: sqlite3.Connection, defaults: Path) -> Path:
    """The folder to load the library's topics and entities from: `defaults` (the install's
    resources) when it stores none, else its own files written out to a cache folder."""
    files = stored_files(conn)
    if not files:
        return defaults
    statements = defaults / "statements.toml"
    digest = hashlib.sha256(statements.read_bytes() if statements.is_file() else b"")
    for kind, name, text in files:
        digest.update(f"{kind}\0{name}\0{text}\0".encode("utf-8", "surrogatepass"))
    root = (
        Path(tempfile.gettempdir())
        / f"pakru-knowledge-{os.getuid() if hasattr(os, 'getuid') else 0}"
    )
    folder = root / digest.hexdigest()[:24]
    if folder.is_dir():
        return folder
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=root))
    (building / "topics").mkdir()
    entities = []
    for kind, name, text in files:
        if kind == TOPIC:
            (building / "topics" / Path(name).name).write_text(text, encoding="utf-8")
        elif kind == ENTITIES:
            entities.append(text)
    # Files of only [[person]] / [[organisation]] / [[place]] tables (checked when stored)
    # joined one after another are one TOML document with all their entries.
    (building / "entities.toml").write_text("\n\n".join(entities), encoding="utf-8")
    if statements.is_file():
        shutil.copyfile(statements, building / "statements.toml")
    try:
        os.replace(building, folder)
    except OSError:  # another process wrote the same folder first: theirs is the same
        shutil.rmtree(building, ignore_errors=True)
    return folder


def check_topic(name: str, text: str) -> str:
    """The stored name of a topic file (its slug + .md); raises when it is not one."""
    from ..text.frontmatter import parse_front_matter

    meta, _body = parse_front_matter(text)
    slug = str(meta.get("slug") or Path(name).stem)
    if not meta.get("keywords"):
        raise KnowledgeFileError(f"{name}: no `keywords:` in its front matter (see README)")
    if not slug.replace("-", "").isalnum() or not slug.isascii() or slug != slug.lower():
        raise KnowledgeFileError(f"{name}: the slug {slug!r} is not lower-case letters, digits "
                                 "and dashes")  # fmt: skip
    return f"{slug}.md"


def check_entities(name: str, text: str) -> None:
    """Raises unless `text` is TOML of [[person]], [[organisation]] and [[place]] entries."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise KnowledgeFileError(f"{name}: not TOML ({error})") from None
    unknown = sorted(set(data) - set(ENTITY_KINDS))
    if unknown or not all(isinstance(data[k], list) for k in data):
        raise KnowledgeFileError(f"{name}: only [[person]], [[organisation]] and [[place]] "
                                 f"entries belong here (found {', '.join(unknown) or 'a table'})")  # fmt: skip
    for kind, entries in data.items():
        for entry in entries:
            if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
                raise KnowledgeFileError(f"{name}: a [[{kind}]] entry without a name")


def read_text(path: Path) -> str:
    """A topic or entities file as text (UTF-8), bounded; one-line errors."""
    try:
        if path.stat().st_size > MAX_FILE_CHARS:
            raise KnowledgeFileError(f"{path}: too large for a topic or names file")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise KnowledgeFileError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise KnowledgeFileError(f"{path}: {error.strerror or error}") from None


def store_defaults(conn: sqlite3.Connection, defaults: Path) -> None:
    """Before the first change: the install's topics and entities become the library's own."""
    if stored_files(conn):
        return
    for path in sorted((defaults / "topics").glob("*.md")):
        put(conn, TOPIC, path.name, path.read_text(encoding="utf-8"))
    entities = defaults / "entities.toml"
    if entities.is_file():
        put(conn, ENTITIES, BASE_ENTITIES, entities.read_text(encoding="utf-8"))


def put(conn: sqlite3.Connection, kind: str, name: str, text: str) -> None:
    conn.execute("INSERT OR REPLACE INTO knowledge_files (kind, name, text) VALUES (?, ?, ?)",
                 (kind, name, text))  # fmt: skip


def remove(conn: sqlite3.Connection, kind: str, name: str) -> bool:
    cursor = conn.execute("DELETE FROM knowledge_files WHERE kind = ? AND name = ?", (kind, name))
    return cursor.rowcount > 0
