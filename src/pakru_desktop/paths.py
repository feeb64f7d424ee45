"""Where things live: bundled resources and seeds, and the user's data (dev, frozen, --data-dir)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "pakru-desktop"
LIBRARY_FILE = "library.sqlite3"
DATA_DIR_ENV = "PAKRU_DATA_DIR"
CATALOG_NAME = "catalog.toml"  # curated metadata beside a folder of articles


def install_root() -> Path:
    """The folder holding `resources/` and `seeds/`: the checkout in development, the bundle
    folder when frozen by PyInstaller (its layout mirrors the source layout)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2]


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


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: --data-dir, then $PAKRU_DATA_DIR, then the platform's default."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def library_path(data_dir: Path) -> Path:
    return data_dir / LIBRARY_FILE
