"""A librarian's changes to a library's own topics and names (`pakru topics add|remove`,
`pakru entities add`, the topic editor, build-collection's `topics/` and `entities.toml`).

Each change is one transaction that also finds every fact again with the new topics and
names, so the sheets are current the moment it commits (or nothing changed)."""

from __future__ import annotations

from pathlib import Path

from ..db import knowledge_files as files
from ..db.schema import LibraryError
from ..knowledge.library import Library
from ..paths import resources_dir

TOPICS_FOLDER = "topics"  # beside a collection's articles
ENTITIES_FILE = "entities.toml"


class CurationError(LibraryError):
    """A topic or names file cannot be added or removed; one line saying why."""


def _changed(library: Library, change) -> None:  # type: ignore[no-untyped-def]
    with library.transaction() as conn:
        files.store_defaults(conn, resources_dir())
        change(conn)
        library.forget_knowledge()
        library.facts().rebuild()  # with the new topics and names, in the same transaction
    library.forget_knowledge()


def add_topic_text(library: Library, name: str, text: str) -> str:
    """Store (or replace) a topic from its file's text; returns its slug."""
    try:
        stored = files.check_topic(name, text)
    except files.KnowledgeFileError as error:
        raise CurationError(str(error)) from None
    _changed(library, lambda conn: files.put(conn, files.TOPIC, stored, text))
    slug = stored.removesuffix(".md")
    if library.knowledge.topic(slug) is None:  # stored, but the topic reader refused it
        raise CurationError(f"{name}: stored, but not readable as a topic (front matter?)")
    return slug


def add_topic(library: Library, path: Path) -> str:
    try:
        return add_topic_text(library, path.name, files.read_text(path))
    except files.KnowledgeFileError as error:
        raise CurationError(str(error)) from None


def remove_topic(library: Library, slug: str) -> None:
    if library.knowledge.topic(slug) is None:
        known = ", ".join(t.slug for t in library.knowledge.topics) or "none"
        raise CurationError(f"no topic {slug!r} in this library (topics: {known})")
    removed: list[bool] = []
    _changed(library, lambda conn: removed.append(files.remove(conn, files.TOPIC, f"{slug}.md")))
    if not removed[0]:  # its file is named otherwise: find it by the slug it declares
        raise CurationError(f"the topic {slug!r} is stored under another file name")


def add_entities(library: Library, path: Path) -> int:
    """Add a names file ([[person]], [[organisation]], [[place]]); returns the entities known."""
    try:
        text = files.read_text(path)
        files.check_entities(path.name, text)
    except files.KnowledgeFileError as error:
        raise CurationError(str(error)) from None
    name = path.name if path.name != files.BASE_ENTITIES else f"added-{path.name}"
    _changed(library, lambda conn: files.put(conn, files.ENTITIES, name, text))
    return len(library.knowledge.entities)


def store_folder_knowledge(library: Library, folder: Path) -> None:
    """A collection's topics and names: `topics/*.md` and `entities.toml` beside its articles
    (the installation's when it has none), stored before its articles are read."""
    topics = sorted((folder / TOPICS_FOLDER).glob("*.md"))
    entities = folder / ENTITIES_FILE
    try:
        checked = [(files.check_topic(p.name, files.read_text(p)), files.read_text(p))
                   for p in topics]  # fmt: skip
        extra = files.read_text(entities) if entities.is_file() else None
        if extra is not None:
            files.check_entities(str(entities), extra)
    except files.KnowledgeFileError as error:
        raise CurationError(str(error)) from None
    with library.transaction() as conn:
        files.store_defaults(conn, resources_dir())
        if checked:  # the librarian's topics replace the installation's
            for name, _text in [
                (n, t) for _k, n, t in files.stored_files(conn) if _k == files.TOPIC
            ]:
                files.remove(conn, files.TOPIC, name)
            for name, text in checked:
                files.put(conn, files.TOPIC, name, text)
        if extra is not None:
            files.put(conn, files.ENTITIES, ENTITIES_FILE.replace(".toml", "-collection.toml"),
                      extra)  # fmt: skip
    library.forget_knowledge()


def is_knowledge_file(folder: Path, path: Path) -> bool:
    """Files of a collection's folder that are its topics and names, not articles."""
    try:
        relative = path.relative_to(folder)
    except ValueError:
        return False
    return relative.parts[:1] == (TOPICS_FOLDER,) or relative == Path(ENTITIES_FILE)
