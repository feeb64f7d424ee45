"""The wheel as a packager builds it and a user installs it: `python -m build` (the sdist, then
the wheel from the sdist), `pip install` of that wheel into a fresh venv, and both programs run
from there, far from the checkout: resources and seeds come from inside the installed package.

The build and the venv are made once per session (about half a minute; pip's cache keeps the
dependencies from being downloaded again)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from pakru_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
# Captured at import, before conftest points HOME at a temporary folder for each test.
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pip"
)
TOPIC_COUNT = len(list((ROOT / "resources/topics").glob("*.md")))
SEED_COUNT = len(list((ROOT / "seeds").glob("*.txt")))


def _tool_env() -> dict[str, str]:
    return {**os.environ, "PIP_CACHE_DIR": PIP_CACHE, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, sdist) from `python -m build`, which builds the wheel from the sdist."""
    out = tmp_path_factory.mktemp("wheel-build")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True, env=_tool_env(), timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("pakru_desktop-*.whl")
    (sdist,) = out.glob("pakru_desktop-*.tar.gz")
    return wheel, sdist


@pytest.fixture(scope="session")
def venv(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel and its dependencies installed."""
    folder = tmp_path_factory.mktemp("fresh") / "venv"
    # Without pip of its own (this pip installs into it: quicker, and nothing extra in it)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True,
                   timeout=120)  # fmt: skip
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", folder / "bin/python",
                                "install", "-q", "--no-compile", built[0]],
                               capture_output=True, text=True, env=_tool_env(), timeout=900)  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]
    return folder


def run_in(venv: Path, *command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """A program of the venv with a bare environment: no PYTHONPATH, nothing of the checkout."""
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(cwd),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    return subprocess.run([venv / "bin" / command[0], *command[1:]], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=180)  # fmt: skip


def test_wheel_carries_resources_seeds_and_licences(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    assert wheel.name == f"pakru_desktop-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"pakru_desktop-{__version__}.dist-info/METADATA")
    package = "pakru_desktop/"
    assert f"{package}resources/entities.toml" in names
    assert len([n for n in names if n.startswith(f"{package}resources/topics/")]) == TOPIC_COUNT
    assert f"{package}resources/fonts/DejaVuSans.ttf" in names
    assert len([n for n in names if n.startswith(f"{package}seeds/") and n.endswith(".txt")]) \
        == SEED_COUNT  # fmt: skip
    licences = f"pakru_desktop-{__version__}.dist-info/licenses/"
    assert {f"{licences}LICENSE", f"{licences}THIRD-PARTY-NOTICES.md"} <= names
    assert b"License-Expression: MIT" in metadata
    top = f"pakru_desktop-{__version__}/"
    with tarfile.open(sdist) as archive:
        members = set(archive.getnames())
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.md", "resources/entities.toml",
                 "seeds/catalog.toml", "src/pakru_desktop/paths.py"):  # fmt: skip
        assert top + name in members, name


def test_installed_wheel_searches_shows_topics_and_passes_the_gui_self_test(
    venv: Path, tmp_path: Path
) -> None:
    where = run_in(venv, "python", "-c",
                   "from pakru_desktop import paths; print(paths.resources_dir())", cwd=tmp_path)  # fmt: skip
    resources = Path(where.stdout.strip())
    assert venv in resources.parents and resources.name == "resources", where.stdout + where.stderr

    topics = run_in(venv, "pakru", "topics", "--json", cwd=tmp_path)
    assert topics.returncode == 0, topics.stderr
    listed = json.loads(topics.stdout)
    assert len(listed) == TOPIC_COUNT and sum(t["fact_count"] for t in listed) > 0

    found = run_in(venv, "pakru", "search", "pipeline", "--json", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 2

    articles = run_in(venv, "pakru", "articles", "--json", cwd=tmp_path)
    assert len(json.loads(articles.stdout)) == SEED_COUNT

    shown = run_in(venv, "pakru-desktop", "--self-test", cwd=tmp_path)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert shown.stdout.startswith("self-test ok: 2 result(s)"), shown.stdout
    assert run_in(venv, "pakru-desktop", "--version", cwd=tmp_path).stdout.strip() == (
        f"pakru-desktop {__version__}"
    )


def test_an_install_without_its_resources_says_so_and_exits_1(venv: Path, tmp_path: Path) -> None:
    """Never an empty library that says nothing: each program names what is missing."""
    (package,) = venv.glob("lib/python3*/site-packages/pakru_desktop")
    resources = package / "resources"
    moved = package / "resources.moved"
    resources.rename(moved)
    try:
        for command in (("pakru", "topics", "--json"), ("pakru", "articles", "--json"),
                        ("pakru", "search", "pipeline"), ("pakru-desktop", "--self-test")):  # fmt: skip
            result = run_in(venv, *command, cwd=tmp_path)
            assert result.returncode == 1, (command, result.stdout, result.stderr)
            assert result.stdout == "", command
            message = result.stderr.strip()
            assert "\n" not in message and "Traceback" not in message, message
            assert "is incomplete" in message and str(resources) in message, message
    finally:
        moved.rename(resources)
