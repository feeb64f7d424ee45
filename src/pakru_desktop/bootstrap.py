"""Opening the user's library: the one place that knows which file, and when seeds are added."""

from __future__ import annotations

import os

from . import paths
from .knowledge.topics import Topic
from .knowledge.topics import load_topics as _load_topics
from .library import Library
from .variants import Variants


def open_user_library(data_dir: str | os.PathLike[str] | None = None) -> Library:
    """The library in the user's data folder, built from the bundled seeds on first use.

    Later starts only add seeds the library has not seen (an upgraded install), never
    re-reading the ones it has; user imports are untouched.
    """
    folder = paths.user_data_dir(data_dir)
    library = Library(paths.library_path(folder))
    library.sync_seeds(paths.seeds_dir())
    return library


def load_variants() -> Variants:
    return Variants.load(paths.resources_dir() / "entities.toml")


def load_topics() -> list[Topic]:
    return _load_topics(paths.resources_dir() / "topics")
