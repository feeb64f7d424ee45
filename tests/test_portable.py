"""Portable mode: a `portable` file or a `data/` folder beside the executable keeps every
piece of user data and settings there. (tests/test_bundle.py checks the real bundle too.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop import paths

from .conftest import ROOT


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process looks like a bundle whose executable sits in tmp_path/app."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "pakru-desktop"))
    monkeypatch.setattr(sys, "_MEIPASS", str(ROOT), raising=False)
    return app


@pytest.mark.parametrize("marker", ["file", "folder"])
def test_a_portable_file_or_data_folder_beside_the_executable_holds_the_data(
    frozen: Path, marker: str
) -> None:
    if marker == "file":
        (frozen / "portable").write_text("")
    else:
        (frozen / "data").mkdir()
    assert paths.portable_dir() == frozen / "data"
    assert paths.user_data_dir() == frozen / "data"


def test_without_a_marker_the_platform_folder_is_used(frozen: Path) -> None:
    assert paths.portable_dir() is None
    assert paths.user_data_dir() == Path(os.environ["XDG_DATA_HOME"]) / "pakru-desktop"


def test_a_checkout_is_never_portable(tmp_path: Path) -> None:
    assert getattr(sys, "frozen", False) is False
    assert paths.portable_dir() is None  # even if someone left a `portable` beside Python
    (tmp_path / "portable").write_text("")
    assert paths.portable_dir(tmp_path) == tmp_path / "data"


def test_an_explicit_data_dir_wins_over_portable_mode(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen / "portable").write_text("")
    assert paths.user_data_dir(tmp_path / "chosen") == tmp_path / "chosen"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.user_data_dir() == tmp_path / "env"


def test_portable_settings_are_an_ini_file_in_the_data_folder(frozen: Path) -> None:
    from pakru_desktop.ui.application import make_settings

    (frozen / "portable").write_text("")
    settings = make_settings(None)
    settings.setValue("zoom", 3)
    settings.sync()
    assert Path(settings.fileName()) == frozen / "data" / "settings.ini"
    assert "zoom=3" in (frozen / "data" / "settings.ini").read_text()


def test_the_cli_in_portable_mode_writes_nothing_to_the_home_folder(tmp_path: Path) -> None:
    app, home = tmp_path / "app", tmp_path / "home"
    app.mkdir()
    home.mkdir()
    (app / "portable").write_text("")
    # The real `pakru` in a subprocess, made to believe it is the bundle's executable.
    script = (
        "import sys\n"
        f"sys.frozen, sys.executable, sys._MEIPASS = True, {str(app / 'pakru')!r}, {str(ROOT)!r}\n"
        "from pakru_desktop.cli import main\n"
        "sys.exit(main(['search', 'pipeline', '--json']))\n"
    )
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"total": 2' in result.stdout
    assert _files(home) == []
    assert "data/library.sqlite3" in _files(app)


# -- where resources come from (one resolver: checkout, wheel, bundle) ------------------


def test_a_checkout_finds_its_resources_beside_src() -> None:
    assert paths.install_root() == ROOT
    assert (paths.resources_dir() / "entities.toml").is_file()
    assert paths.seeds_dir() == ROOT / "seeds"


def test_a_bundle_finds_resources_in_its_contents_folder(frozen: Path) -> None:
    assert paths.resources_dir() == ROOT / "resources"  # _MEIPASS is ROOT in this fixture


def test_a_bundle_without_resources_is_an_error_naming_where_it_looked(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contents = tmp_path / "_internal"
    (contents / "resources").mkdir(parents=True)  # present, but empty: no topics, entities
    monkeypatch.setattr(sys, "_MEIPASS", str(contents))
    with pytest.raises(paths.ResourcesMissing, match="is incomplete") as error:
        paths.resources_dir()
    assert str(contents / "resources") in str(error.value)
    assert "entities.toml" in str(error.value)
