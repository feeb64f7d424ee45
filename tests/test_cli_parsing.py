"""Both programs parse their command lines strictly: a wrong option is usage and exit 2,
`--help` and `--version` answer without opening anything, Qt's own options reach Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop import __version__
from pakru_desktop.app import split_qt_args

from .conftest import ROOT, run_cli


def run_app(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real `pakru-desktop` (python -m pakru_desktop) in a subprocess."""
    return subprocess.run([sys.executable, "-m", "pakru_desktop", *args],
                          capture_output=True, text=True, timeout=timeout)  # fmt: skip


def assert_usage_error(result: subprocess.CompletedProcess[str], prog: str, message: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"usage: {prog}"), result.stderr
    assert lines[-1].startswith(f"{prog.split()[0]}: error: ") and message in lines[-1]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "prog", "message"),
    [
        (["--frob", "topics"], "pakru", "unrecognized arguments: --frob"),
        (["frobnicate"], "pakru", "invalid choice: 'frobnicate'"),
        (["search", "x", "--limit", "many"], "pakru search", "invalid int value: 'many'"),
        (["search"], "pakru search", "required: query"),
        (["topics", "--jsn"], "pakru", "unrecognized arguments: --jsn"),
        (["--data=somewhere", "topics"], "pakru", "unrecognized arguments: --data=somewhere"),
    ],
)
def test_pakru_wrong_command_lines_print_usage_and_exit_2(
    args: list[str], prog: str, message: str, tmp_path: Path
) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert_usage_error(result, prog, message)
    assert list(tmp_path.iterdir()) == []  # nothing was opened or created


def test_pakru_help_and_version_exit_0() -> None:
    helped = run_cli("--help")
    assert helped.returncode == 0 and helped.stdout.startswith("usage: pakru")
    assert "factsheet" in helped.stdout and helped.stderr == ""
    assert run_cli("--version").stdout == f"pakru {__version__}\n"


def test_pakru_runtime_failure_exits_1_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").write_bytes(b"not a library, just some bytes" * 100)
    result = run_cli("topics", data_dir=tmp_path)
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("pakru: ")


def test_desktop_version_and_help_open_no_window(tmp_path: Path) -> None:
    version = run_app("--version", "--data-dir", str(tmp_path / "d"))
    assert version.returncode == 0 and version.stdout == f"pakru-desktop {__version__}\n"
    helped = run_app("--help")
    assert helped.returncode == 0 and helped.stdout.startswith("usage: pakru-desktop")
    assert "--data-dir DIR" in helped.stdout and "-platform" in helped.stdout  # Qt's too
    assert not (tmp_path / "d").exists()  # no library was opened


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # /media/usb is taken for the FILE to open; the misspelt option is still refused
        (["--data-dri", "/media/usb"], "unrecognized arguments: --data-dri"),
        (["--selftest"], "unrecognized arguments: --selftest"),
        (["--data"], "unrecognized arguments: --data"),  # no abbreviations either
        (["--data-dir"], "argument --data-dir: expected one argument"),
        (["one.pakru", "stray"], "unrecognized arguments: stray"),  # one FILE at most
    ],
)
def test_desktop_wrong_options_print_usage_and_exit_2(args: list[str], message: str) -> None:
    assert_usage_error(run_app(*args), "pakru-desktop", message)


def test_qt_options_reach_qt_and_ours_still_work(tmp_path: Path) -> None:
    """-platform minimal (Qt's, in both spellings) wins over the offscreen default that
    --self-test picks without a display: the self-test reports the platform Qt used."""
    for platform in (["-platform", "minimal"], ["--platform=minimal"]):
        result = run_app("--self-test", *platform, "-reverse", "--data-dir", str(tmp_path / "d"))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("self-test ok") and "platform minimal" in result.stdout


def test_qt_options_are_told_apart_from_ours() -> None:
    argv = ["-style", "fusion", "--data-dir", "d", "-platform=offscreen", "--reverse",
            "--self-test", "-qwindowgeometry", "800x600", "--", "-style"]  # fmt: skip
    ours, qt = split_qt_args(argv)
    assert ours == ["--data-dir", "d", "--self-test", "--", "-style"]
    assert qt == ["-style", "fusion", "-platform", "offscreen", "--reverse", "-qwindowgeometry",
                  "800x600"]  # fmt: skip


def test_the_app_names_its_desktop_file_for_wayland() -> None:
    """Compositors match windows to `<id>.desktop` by the desktop file name Qt reports."""
    script = ("from PySide6.QtGui import QGuiApplication\n"
              "from pakru_desktop.ui.application import make_application\n"
              "app = make_application(['-platform', 'minimal'])\n"
              "print(QGuiApplication.desktopFileName(), app.platformName())\n")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    name, platform = result.stdout.split()
    assert (ROOT / "packaging/linux" / f"{name}.desktop").is_file(), name
    assert platform == "minimal"  # Qt's own option reached Qt
