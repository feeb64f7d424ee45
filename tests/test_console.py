"""What reaches a terminal, a log or the user's settings (issue 20): UTF-8 on every console,
control characters shown escaped, the self-test's own settings, the log file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pakru_desktop.text.printable import printable

from .conftest import run_cli


def test_a_redirected_cp1252_console_gets_utf8_and_no_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    with open(tmp_path / "out.txt", "wb") as out:
        result = subprocess.run(
            [sys.executable, "-m", "pakru_desktop.cli", "--data-dir", str(data), "search",
             "pipeline"], stdout=out, stderr=subprocess.PIPE, env=env, timeout=120,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out.txt").read_bytes().decode("utf-8")  # strict: it is UTF-8
    assert "2 article(s) match 'pipeline'" in text and "¶" in text


def test_control_characters_in_file_names_are_escaped_in_the_import_report(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "evil\x1b[31mred\nFAILED forged\u202etxt.exe.txt"
    (folder / hostile).write_text("A title\n\nSome body text about a pipeline.\n")
    (folder / "bell\x07.bin").write_bytes(b"\x00\x01")
    result = run_cli("import", str(folder), data_dir=tmp_path / "data")
    out = result.stdout
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "evil\\x1b[31mred\\nFAILED forged\\u202etxt.exe.txt" in out
    assert "bell\\x07.bin" in out
    assert len(out.splitlines()) == 3  # imported, skipped, the counts: no forged line


def test_printable_keeps_text_and_escapes_only_what_acts() -> None:
    assert printable("Путин, شہباز — ≈ 5%\t") == "Путин, شہباز — ≈ 5%\\t"
    assert printable("a\x00b\x9bc\u2066d\u2028") == "a\\x00b\\x9bc\\u2066d\\u2028"
    assert printable("\u200fاردو\u200e") == "\u200fاردو\u200e"  # direction marks stay


def test_stored_text_is_shown_with_its_controls_escaped(tmp_path: Path) -> None:
    article = tmp_path / "esc.txt"
    article.write_text("Title \x1b[31mred\n\nBody \x1b]0;pwned\x07 and \u202e reversed.\n")
    data = tmp_path / "data"
    assert run_cli("import", str(article), data_dir=data).returncode == 0
    listed = run_cli("articles", data_dir=data).stdout
    assert "Title \\x1b[31mred" in listed and "\x1b" not in listed
    article_id = next(line.split()[0] for line in listed.splitlines() if "red" in line)
    for form in ("text", "md", "html"):
        shown = run_cli("show", article_id, "--format", form, data_dir=data).stdout
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
        assert "\\x1b" in shown and "pwned\\x07" in shown and "\n" in shown  # (md escapes ])


def test_the_self_test_leaves_the_users_settings_and_data_untouched(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    data = tmp_path / "mine"
    data.mkdir()
    settings = data / "settings.ini"
    settings.write_text("[General]\nlanguage=en\n[window]\nsize=@Size(1200 800)\n")
    before = settings.read_bytes()
    chosen = subprocess.run(
        [sys.executable, "-m", "pakru_desktop", "--data-dir", str(data), "--self-test"],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert chosen.returncode == 0, chosen.stderr
    assert settings.read_bytes() == before
    default = subprocess.run([sys.executable, "-m", "pakru_desktop", "--self-test"],
                             capture_output=True, text=True, timeout=180)  # fmt: skip
    assert default.returncode == 0, default.stderr
    assert default.stdout.startswith("self-test ok: 2 result(s)")
    left = [p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file()]
    assert not [p for p in left if "pakru" in p and "cache" not in p], left


def test_library_warnings_go_to_the_log_file_not_the_terminal(tmp_path: Path) -> None:
    script = (
        "import logging, sys, warnings\n"
        "from pakru_desktop.logs import setup_logging\n"
        f"path = setup_logging({str(tmp_path / 'data')!r})\n"
        "logging.getLogger('pypdf._cmap').warning('fontTools is required to read fonts')\n"
        "warnings.warn('a library deprecation')\n"
        "print(path)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 0 and result.stderr == ""
    log = Path(result.stdout.strip())
    assert log == tmp_path / "data" / "logs" / "pakru-desktop.log"
    text = log.read_text(encoding="utf-8")
    assert "fontTools is required" in text and "a library deprecation" in text


def test_a_cli_run_that_logs_nothing_leaves_no_log_folder(tmp_path: Path) -> None:
    assert run_cli("articles", data_dir=tmp_path / "data").returncode == 0
    assert not (tmp_path / "data" / "logs").exists()


def test_an_unexpected_error_in_the_app_goes_to_the_log_with_a_one_line_dialog(
    tmp_path: Path,
) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "from pakru_desktop.logs import setup_logging\n"
        "from pakru_desktop.ui.application import make_application\n"
        "from pakru_desktop.ui.crash import install_crash_handler\n"
        "app = make_application(['-platform', 'offscreen'])\n"
        f"install_crash_handler(setup_logging({str(tmp_path / 'data')!r}))\n"
        "def boom(): raise RuntimeError('a bug in a slot')\n"
        "def look():\n"
        "    boxes = [w for w in QApplication.topLevelWidgets()\n"
        "             if w.objectName() == 'crash-report' and w.isVisible()]\n"
        "    print(boxes[0].text() if boxes else 'no dialog'); app.quit()\n"
        "QTimer.singleShot(0, boom)\nQTimer.singleShot(300, look)\n"
        "sys.exit(app.exec())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    log = tmp_path / "data" / "logs" / "pakru-desktop.log"
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"pakru-desktop hit an unexpected error (RuntimeError: a bug in a slot); the details "
        f"are in {log}."
    )
    assert "Traceback" not in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "a bug in a slot" in text
