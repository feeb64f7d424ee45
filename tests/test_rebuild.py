"""Rebuild the Library as one step a crash cannot split (issue 20: D4, D5, D10, D11)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline import swap
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.pipeline.recovery import RebuildCancelled, rebuild_library

from .conftest import run_cli
from .test_i18n import start_window  # noqa: F401 - the fixture: a window started in a language
from .test_library import _articles_folder

STEPS = ["salvaged", "built", "marked", "linked", "unlinked", "swapped"]
BEFORE_ANY_CHANGE = {"salvaged", "built"}
UNDONE = {"marked", "linked"}


def _ids(data: Path) -> list[str]:
    result = run_cli("articles", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return sorted(a["article_id"] for a in json.loads(result.stdout))


@pytest.fixture
def grown(library: Library, tmp_path: Path) -> Path:
    """The seeded library plus 40 of the user's own imports, closed; its folder."""
    import_paths(library, [_articles_folder(tmp_path / "mine", 40, size=600)])
    library.close()
    return library.path.parent


@pytest.mark.parametrize("step", STEPS)
def test_a_rebuild_killed_at_any_step_loses_nothing_and_the_next_start_says_so(
    grown: Path, step: str
) -> None:
    before = _ids(grown)
    env = {**os.environ, swap.STEP_HOOK_ENV: f"{step}:kill"}
    killed = run_cli("rebuild", data_dir=grown, env=env)
    assert killed.returncode == -9, killed.stderr
    after = run_cli("articles", "--json", data_dir=grown)
    assert after.returncode == 0 and "Traceback" not in after.stderr
    assert sorted(a["article_id"] for a in json.loads(after.stdout)) == before
    names = [p.name for p in grown.iterdir()]
    assert not [n for n in names if ".rebuild." in n or n.endswith(".swap.json")], names
    kept = [n for n in names if ".damaged-" in n and not n.endswith(swap.SIDE_FILES)]
    if step in BEFORE_ANY_CHANGE:
        assert after.stderr == "" and kept == []
    elif step in UNDONE:
        assert "interrupted before it changed anything" in after.stderr and kept == []
    else:
        assert "was being rebuilt when pakru stopped" in after.stderr
        assert kept and kept[0] in after.stderr and "pakru rebuild --restore" in after.stderr
        assert run_cli("verify", data_dir=grown).returncode == 0
        restored = run_cli("rebuild", "--restore", data_dir=grown)
        assert restored.returncode == 0 and restored.stdout.startswith("Restored the library")
        assert _ids(grown) == before
    assert run_cli("articles", data_dir=grown).stderr == ""  # told once


def test_a_missing_library_beside_a_kept_copy_is_never_replaced_by_the_seeds(grown: Path) -> None:
    before = _ids(grown)
    kept = grown / "library.sqlite3.damaged-20260101-000000"
    os.replace(grown / "library.sqlite3", kept)  # as the old rebuild left it after a crash
    refused = run_cli("articles", data_dir=grown)
    assert refused.returncode == 1 and str(kept) in refused.stderr
    assert "pakru rebuild --restore" in refused.stderr and "Traceback" not in refused.stderr
    assert not (grown / "library.sqlite3").exists()
    assert run_cli("rebuild", "--restore", data_dir=grown).returncode == 0
    assert _ids(grown) == before and not kept.exists()


def test_leftovers_of_killed_rebuilds_are_removed_and_a_running_ones_kept(grown: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    for suffix in ("", "-wal", "-shm"):
        (grown / f".library.sqlite3.rebuild.{dead}{suffix}").write_bytes(b"x" * 100)
    running = grown / f".library.sqlite3.rebuild.{os.getpid()}"
    running.write_bytes(b"x")
    assert run_cli("articles", data_dir=grown).returncode == 0
    assert sorted(p.name for p in grown.glob(".library.sqlite3.rebuild.*")) == [running.name]


def test_rebuild_of_a_library_with_a_rowid_near_two_to_the_63_ends(grown: Path) -> None:
    before = _ids(grown)
    with sqlite3.connect(grown / "library.sqlite3") as conn:
        conn.execute("UPDATE articles SET id = 9223372036854775806 WHERE id = "
                     "(SELECT max(id) FROM articles)")  # fmt: skip
    result = run_cli("rebuild", data_dir=grown, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"{len(before)} article(s) recovered" in result.stdout
    assert _ids(grown) == before


def test_rebuild_reads_article_pages_when_the_schema_is_damaged(grown: Path) -> None:
    before = _ids(grown)
    path = grown / "library.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE articles (oops' "
                     "WHERE name = 'articles'")  # fmt: skip
    assert "the library file is damaged" in run_cli("articles", data_dir=grown).stderr
    result = run_cli("rebuild", data_dir=grown, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"{len(before)} article(s) recovered" in result.stdout
    assert _ids(grown) == before
    assert json.loads(run_cli("verify", "--json", data_dir=grown).stdout)["ok"] is True


def test_a_cancelled_rebuild_leaves_the_library_and_nothing_else(grown: Path) -> None:
    def files() -> list[str]:  # SQLite's own -wal/-shm of a reader may come and go
        return sorted(p.name for p in grown.iterdir() if not p.name.endswith(("-wal", "-shm")))

    before = files()
    seen: list[int] = []
    with pytest.raises(RebuildCancelled, match="the library was not changed"):
        rebuild_library(grown / "library.sqlite3", lambda done, total: seen.append(done),
                        lambda: bool(seen))  # fmt: skip
    assert seen and files() == before
    assert len(_ids(grown)) == 45


# -- in the window ------------------------------------------------------------------------------


def _window(qtbot, library: Library, variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    from .test_hostile import _window as open_window

    return open_window(qtbot, library, variants, tmp_path)


def test_the_rebuild_dialogs_cancel_stops_it_and_leaves_the_library(
    qtbot, library: Library, variants, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

    monkeypatch.setenv(swap.STEP_HOOK_ENV, "salvaged:hold")  # as a long rebuild would
    window = _window(qtbot, library, variants, tmp_path)
    window.findChild(QAction, "rebuild-library").trigger()
    question = window.findChild(QMessageBox, "rebuild-question")
    qtbot.waitUntil(question.isVisible)
    qtbot.mouseClick(question.findChild(QPushButton, "rebuild-confirm"), Qt.MouseButton.LeftButton)
    progress = window.findChild(QProgressDialog, "rebuild-progress")
    qtbot.waitUntil(progress.isVisible, timeout=10_000)
    progress.grab()
    with qtbot.waitSignal(window.rebuilder.finished, timeout=60_000) as done:
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert done.args[0] is None
    assert "the rebuild was cancelled; the library was not changed" in (
        window.rebuilder.dialog.browser.toPlainText()
    )
    # No rebuild file left behind: only the library and the reader's own notes file.
    assert sorted(p.name for p in library.path.parent.iterdir()
                  if not p.name.endswith(("-wal", "-shm"))) == ["library.sqlite3", "notes.sqlite3"]  # fmt: skip
    assert window.library.count() == 5
    window.close()


def test_the_start_after_a_killed_rebuild_says_so_and_restore_brings_the_copy_back(
    qtbot, grown: Path, variants, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from pakru_desktop.pipeline.bootstrap import open_user_library
    from pakru_desktop.ui.rebuild import tell_interrupted

    before = _ids(grown)
    with sqlite3.connect(grown / "library.sqlite3") as conn:  # the restored copy shows this
        conn.execute("UPDATE articles SET title = 'Before the rebuild' WHERE id = 1")
    env = {**os.environ, swap.STEP_HOOK_ENV: "unlinked:kill"}
    assert run_cli("rebuild", data_dir=grown, env=env).returncode == -9
    notices: list[swap.Interrupted] = []
    library = open_user_library(grown, told=notices.append)  # as the app starts
    assert library.count() == len(before) and len(notices) == 1
    window = _window(qtbot, library, variants, tmp_path)
    box = tell_interrupted(window, notices[0])
    qtbot.waitUntil(box.isVisible)
    box.grab()
    assert "was being rebuilt when pakru stopped" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "rebuild-restore"), Qt.MouseButton.LeftButton)
    report = window.findChild(QMessageBox, "restore-report")
    qtbot.waitUntil(report.isVisible)
    assert report.text().startswith("The library was restored from library.sqlite3.damaged-")
    titles = {s.title for s in window.library.summaries()}
    assert "Before the rebuild" in titles and window.library.count() == len(before)
    qtbot.waitUntil(lambda: window.sidebar.views["article"].model().rowCount() == len(before),
                    timeout=20_000)  # fmt: skip
    window.close()
    window.library.close()


def _ask_from_help_menu(qtbot, window):  # type: ignore[no-untyped-def]
    """Help → Rebuild the Library…, clicked as a person does; the question it shows."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    bar = window.menuBar()
    item = window.findChild(QAction, "rebuild-library")
    help_item = next(a for a in bar.actions() if a.menu() and item in a.menu().actions())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_item).center())
    menu = help_item.menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())
    question = window.rebuilder.question
    qtbot.waitUntil(question.isVisible)
    question.grab()
    return item, question


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize(("language", "script"), [("ru", "[а-яё]"), ("ur", "[\u0600-\u06ff]")])
def test_help_rebuild_asks_and_reports_in_the_interface_language(
    qtbot,  # type: ignore[no-untyped-def]
    start_window,  # noqa: F811 - the imported fixture
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    script: str,
) -> None:
    """Help → Rebuild the Library in Russian or Urdu, once cancelled and once to the end: the
    menu item, the question, its buttons (Qt's own Cancel and Close too, which Qt does not
    translate to Urdu), the progress and both reports are in the language, with no English
    words left (file names aside), and Urdu's dialogs run right to left."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton

    window = start_window(language)
    left = Qt.MouseButton.LeftButton
    shown: list[str] = []

    def seen(dialog) -> None:  # type: ignore[no-untyped-def]
        box = dialog.findChild(QDialogButtonBox)
        shown.extend([dialog.windowTitle(), *(b.text() for b in box.buttons())])

    monkeypatch.setenv(swap.STEP_HOOK_ENV, "salvaged:hold")  # as a long rebuild would
    item, question = _ask_from_help_menu(qtbot, window)
    seen(question)
    shown += [item.text(), question.text()]
    qtbot.mouseClick(question.findChild(QPushButton, "rebuild-confirm"), left)
    progress = window.findChild(QProgressDialog, "rebuild-progress")
    qtbot.waitUntil(lambda: progress.isVisible() and any(map(str.isdigit, progress.labelText())),
                    timeout=10_000)  # fmt: skip
    progress.grab()
    shown.append(progress.labelText())
    with qtbot.waitSignal(window.rebuilder.finished, timeout=60_000) as cancelled:
        qtbot.mouseClick(progress.findChild(QPushButton), left)
    assert cancelled.args[0] is None
    seen(window.rebuilder.dialog)
    shown.append(window.rebuilder.dialog.browser.toPlainText())
    window.rebuilder.dialog.close()

    monkeypatch.delenv(swap.STEP_HOOK_ENV)
    _, question = _ask_from_help_menu(qtbot, window)
    with qtbot.waitSignal(window.rebuilder.finished, timeout=60_000) as done:
        qtbot.mouseClick(question.findChild(QPushButton, "rebuild-confirm"), left)
    assert done.args[0] is not None
    report = window.rebuilder.dialog
    qtbot.waitUntil(report.isVisible)
    seen(report)
    shown.append(report.browser.toPlainText())
    for text in shown:
        assert re.search(script, text, re.IGNORECASE), text
        words = re.sub(r"\S*library\.sqlite3\S*", "", text)  # the kept copy's file name
        assert not re.search(r"[A-Za-z]{3,}", words), text
    rtl = Qt.LayoutDirection.RightToLeft if language == "ur" else Qt.LayoutDirection.LeftToRight
    assert question.layoutDirection() == report.layoutDirection() == rtl
    assert QApplication.layoutDirection() == rtl
    report.close()
