"""Test set-up: offscreen Qt, private data dirs, and a library built from the real seeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Before anything imports Qt: no display is needed or wanted.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ENTITIES = ROOT / "resources" / "entities.toml"

from pakru_desktop.knowledge.library import Library  # noqa: E402
from pakru_desktop.pipeline.importing import sync_seeds  # noqa: E402
from pakru_desktop.search.engine import SearchEngine  # noqa: E402
from pakru_desktop.search.variants import Variants  # noqa: E402


@pytest.fixture(autouse=True)
def _private_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's data or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    runtime = home / ".run"  # the single-instance lock lives here (private, as XDG asks)
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.delenv("PAKRU_DATA_DIR", raising=False)


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    with Library(folder / "library.sqlite3") as library:
        sync_seeds(library, SEEDS)
    return folder / "library.sqlite3"


@pytest.fixture
def library(tmp_path: Path, _seeded_template: Path) -> Library:
    """A fresh copy of the library built from the bundled seeds."""
    path = tmp_path / "data" / "library.sqlite3"
    path.parent.mkdir()
    shutil.copy(_seeded_template, path)
    lib = Library(path)
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def variants() -> Variants:
    return Variants.load(ENTITIES)


@pytest.fixture
def engine(library: Library, variants: Variants) -> SearchEngine:
    return SearchEngine(library.conn, variants)


def run_cli(*args: str, data_dir: Path | None = None, timeout: float = 60,
            **kwargs: object) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """The real `pakru` command in a subprocess."""
    command = [sys.executable, "-m", "pakru_desktop.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=timeout, **kwargs
    )  # type: ignore[call-overload]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Core and GUI tests apart: `pytest -m core` runs what needs no Qt, `-m gui` the rest."""
    for item in items:
        module = vars(getattr(item, "module", None) or object)
        uses_qt = "qtbot" in getattr(item, "fixturenames", ()) or any(
            str(getattr(value, "__module__", None) or getattr(value, "__name__", "")).startswith(
                ("PySide6", "pakru_desktop.ui")
            )
            for value in module.values()
        )
        item.add_marker(pytest.mark.gui if uses_qt else pytest.mark.core)


# tests/test_bundle.py runs against a built bundle: `make test-bundle` builds it and sets this.
collect_ignore = [] if os.environ.get("PAKRU_BUNDLE_DIR") else ["test_bundle.py"]
