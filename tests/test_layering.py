"""The core never loads Qt or network code; only the Qt shell may import PySide6."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pakru_desktop

SHELL = {"pakru_desktop.app", "pakru_desktop.__main__"}


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(pakru_desktop.__path__, "pakru_desktop."):
        if info.name in SHELL or info.name.startswith("pakru_desktop.ui"):
            continue
        names.append(info.name)
    return names


def test_core_modules_are_found() -> None:
    names = core_modules()
    assert {"pakru_desktop.db.library", "pakru_desktop.search.engine", "pakru_desktop.cli"} <= set(
        names
    )
    assert "pakru_desktop.ingest.html_reader" in names


def test_importing_every_core_module_loads_neither_qt_nor_network_code() -> None:
    script = (
        "import importlib, json, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(output))
    assert not {m for m in loaded if m.startswith("PySide6")}
    assert not loaded & {"urllib.request", "http.client", "requests"}
    assert "sqlite_utils" not in loaded, "sqlite-utils belongs to migrations only (start-up cost)"


def test_source_tree_has_no_network_imports() -> None:
    banned = ("QtNetwork", "urllib.request", "import requests", "http.client", "QNetworkAccess")
    root = pakru_desktop.__path__[0]
    offenders = []
    for path in sorted(__import__("pathlib").Path(root).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {word}" for word in banned if word in text]
    assert offenders == []


def test_resource_paths_cannot_climb_out_of_resources() -> None:
    import pytest

    from pakru_desktop.paths import resource_path, resources_dir

    assert resource_path("entities.toml") == (resources_dir() / "entities.toml").resolve()
    for hostile in ("../pyproject.toml", "topics/../../seeds/catalog.toml", "/etc/passwd"):
        with pytest.raises(ValueError, match="escapes"):
            resource_path(hostile)
