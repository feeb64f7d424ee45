"""Opening the user's library: the one place that knows which file, and when seeds are added."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .. import paths
from ..db.library import Library
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
    sync_seeds(library, paths.seeds_dir())
    return library


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
