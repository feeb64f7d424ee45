"""Every `pakru` command the README shows runs as written, from a checkout, after the
README's `. .venv/bin/activate` (here: this interpreter's bin folder first on PATH)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [line for block in re.findall(r"```sh\n(.*?)```", README, re.S)
            for line in block.splitlines() if line.startswith("pakru ")]  # fmt: skip


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout's top folder (its seeds and resources linked, so nothing is written into
    the real one) and a home of its own, shared by the commands in README order."""
    folder = tmp_path_factory.mktemp("checkout")
    for name in ("seeds", "resources", "README.md"):
        (folder / name).symlink_to(ROOT / name)
    (folder / "home").mkdir()
    return folder


def test_the_readme_shows_commands_and_how_to_get_them_on_path() -> None:
    assert len(COMMANDS) >= 10
    assert "\n. .venv/bin/activate " in README
    assert (Path(sys.executable).parent / "pakru").is_file()  # what activate puts on PATH


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_command_runs_as_written(command: str, checkout: Path) -> None:
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
           "HOME": str(checkout / "home"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": os.environ.get("LANG", "C.UTF-8")}  # fmt: skip
    result = subprocess.run(["bash", "-c", command], cwd=checkout, env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
    assert result.stdout.strip(), command
    assert "Traceback" not in result.stderr
