"""Opening the user's library: the one place that knows which file, and when seeds are added."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .. import paths
from ..db.schema import LibraryError
from ..ingest.safe_files import expand, shown_name
from ..knowledge.library import Library
from ..knowledge.store import FINGERPRINT_KEY
from ..knowledge.topics import Topic
from ..knowledge.topics import load_topics as _load_topics
from ..search.variants import Variants
from .importing import sync_seeds
from .swap import Interrupted, settle


def open_user_library(data_dir: str | os.PathLike[str] | None = None,
                      told: Callable[[Interrupted], None] | None = None) -> Library:  # fmt: skip
    """The library in the user's data folder, built from the bundled seeds on first use.

    A rebuild a crash interrupted is finished or undone first, and `told` hears what was done;
    a library missing beside a copy a rebuild kept raises LibraryMissing (a new library is
    never made in its place).

    A bundle carries its seeds' library prebuilt: the first start copies it instead of
    indexing. Later starts only add seeds the library has not seen (an upgraded install),
    never re-reading the ones it has; user imports and settings are untouched.
    """
    folder = paths.user_data_dir(data_dir)
    target = paths.library_path(folder)
    notice = settle(target)
    if notice is not None and told is not None:
        told(notice)
    prebuilt = paths.prebuilt_library()
    if not target.exists() and prebuilt.is_file():
        _copy_atomically(prebuilt, target)
    library = Library(target)
    if _takes_builtin_seeds(library, paths.seeds_dir()):
        sync_seeds(library, paths.seeds_dir())
    return library


def _takes_builtin_seeds(library: Library, seeds: Path) -> bool:
    """Only the user's own library gets the bundled seeds: a new one, or one that already
    holds some of them (an upgraded install). A librarian's collection copied into the data
    folder (a manifest, and articles from files the install does not carry) is never added
    to: its article count is the librarian's."""
    if library.read_only or not seeds.is_dir():
        return False
    if library.count() == 0:
        return True
    names = {shown_name(c.path.name) for c in expand([seeds])}
    known = {row[0] for row in library.conn.execute("SELECT name FROM seed_files")}
    collection = library.conn.execute("SELECT 1 FROM meta WHERE key = 'manifest'").fetchone()
    return bool(names & known) and not (collection and known - names)


class OpenedLibrary(Library):
    """A library or collection the user opened (File → Open, `pakru-desktop FILE`), read
    through a private copy: the file itself is never written to (it may be on read-only
    media, or be a librarian's signed collection), nothing is added to it, and the fact
    sheets are found again from its signed text instead of being trusted from the file."""

    def __init__(self, original: Path) -> None:
        self.original = Path(original).expanduser().resolve()
        if self.original.is_dir():
            raise LibraryError(f"{original} is a folder, not a library file")
        if not self.original.is_file():
            raise LibraryError(f"no library file at {original}")
        self._folder = Path(tempfile.mkdtemp(prefix="pakru-open-"))
        copy = self._folder / paths.LIBRARY_FILE
        try:
            shutil.copyfile(self.original, copy)
            super().__init__(copy)
            # Statements are not covered by the manifest: never shown from the file, found
            # again from the articles' text on first use (Library.ensure_facts).
            with self.transaction() as conn:
                for table in ("facts", "fact_topics", "mentions"):
                    conn.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table names
                conn.execute("DELETE FROM meta WHERE key = ?", (FINGERPRINT_KEY,))
        except LibraryError as error:  # name the file the user gave, not our private copy
            self._remove_copy()
            raise LibraryError(str(error).replace(str(copy), str(self.original))) from None
        except BaseException:
            self._remove_copy()
            raise

    def _remove_copy(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)

    def close(self) -> None:
        super().close()
        self._remove_copy()


def _copy_atomically(source: Path, target: Path) -> None:
    """Copy under a temporary name, then rename: a start interrupted mid-copy leaves no
    half-copied library that the next start would take for the user's own."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.copy")
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def load_variants() -> Variants:
    return Variants.load(paths.resources_dir() / "entities.toml")


def load_topics() -> list[Topic]:
    return _load_topics(paths.resources_dir() / "topics")
