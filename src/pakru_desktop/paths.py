"""Where things live: bundled resources, seeds and prebuilt library, and the user's data
(dev, frozen, portable, --data-dir)."""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "pakru-desktop"
DESKTOP_ID = "org.pakru.PakruDesktop"  # the .desktop file's and AppStream's id
LIBRARY_FILE = "library.sqlite3"
DATA_DIR_ENV = "PAKRU_DATA_DIR"
CATALOG_NAME = "catalog.toml"  # curated metadata beside a folder of articles
PORTABLE_MARKER = "portable"  # a file of this name beside the executable: portable mode
PORTABLE_DATA = "data"  # … and the folder that then holds all user data and settings
PREBUILT_DIR = "prebuilt"  # the bundle's library built from its seeds at bundle time
# What an install cannot work without: search, topics and fact sheets read them at start.
REQUIRED_RESOURCES = ("entities.toml", "topics")


class ResourcesMissing(RuntimeError):
    """The install lacks its data files (topics, entities, fonts): a broken install, never a
    reason to open an empty library. The message says where it looked and what to do."""


def install_root() -> Path:
    """The folder holding `resources/` and `seeds/`, found in one of three layouts:

    - frozen by PyInstaller: the bundle's contents folder (its layout mirrors the source);
    - installed from the wheel: the package folder itself (the build maps the top-level
      `resources/` and `seeds/` into it, see pyproject.toml), found with importlib.resources;
    - a source checkout (also an editable install): the checkout, beside `src/`.

    Raises ResourcesMissing when none of them has `resources/`.
    """
    if getattr(sys, "frozen", False):
        frozen = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return _checked(frozen, [frozen])
    package = files(__package__ or "pakru_desktop")
    if not isinstance(package, Path):  # e.g. a zip import: Qt and SQLite need real files
        raise ResourcesMissing(f"{APP_NAME} must be installed as files, not imported from "
                               f"{package}: reinstall it with pip")  # fmt: skip
    checkout = package.resolve().parents[1]
    candidates = [package]
    if (checkout / "pyproject.toml").is_file():
        candidates.append(checkout)
    for root in candidates:
        if (root / "resources").is_dir():
            return _checked(root, candidates)
    return _checked(package, candidates)


def _checked(root: Path, looked_in: list[Path]) -> Path:
    if all((root / "resources" / name).exists() for name in REQUIRED_RESOURCES):
        return root
    where = " or ".join(str(p / "resources") for p in looked_in)
    raise ResourcesMissing(f"{APP_NAME} is incomplete: no {', '.join(REQUIRED_RESOURCES)} in "
                           f"{where}; reinstall it")  # fmt: skip


def resources_dir() -> Path:
    return install_root() / "resources"


def seeds_dir() -> Path:
    return install_root() / "seeds"


def resource_path(relative: str) -> Path:
    """A file under resources/, refusing paths that would climb out of it."""
    base = resources_dir().resolve()
    candidate = (base / relative).resolve()
    if base != candidate and base not in candidate.parents:
        raise ValueError(f"resource path escapes the resources folder: {relative!r}")
    return candidate


def prebuilt_library() -> Path:
    """The library the bundle carries, built from its seeds; absent in a source checkout."""
    return install_root() / PREBUILT_DIR / LIBRARY_FILE


def portable_dir(executable_dir: Path | None = None) -> Path | None:
    """`data/` beside the executable when the install is portable, else None.

    Portable means a file named `portable` or a `data/` folder beside the executable; only a
    frozen bundle has an executable of its own (in a checkout it would be Python's folder).
    """
    if executable_dir is None:
        if not getattr(sys, "frozen", False):
            return None
        executable_dir = Path(sys.executable).resolve().parent
    data = executable_dir / PORTABLE_DATA
    if (executable_dir / PORTABLE_MARKER).is_file() or data.is_dir():
        return data
    return None


def explicit_data_dir(override: str | os.PathLike[str] | None = None) -> Path | None:
    """The data folder the user chose (--data-dir, $PAKRU_DATA_DIR, portable mode), if any;
    settings then live in it too, so the folder carries everything along."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return portable_dir()


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: --data-dir, then $PAKRU_DATA_DIR, then the portable `data/`
    folder, then the platform's default."""
    chosen = explicit_data_dir(override)
    if chosen is not None:
        return chosen
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def library_path(data_dir: Path) -> Path:
    return data_dir / LIBRARY_FILE
