"""Managing articles: `pakru remove ID…` and `pakru edit ID --title … --source … --date …
--author …` (in subprocesses), and in the app Delete with a confirmation and Edit Article
Details…; search, word list and fact sheets follow, and nothing else is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from pakru_desktop.ui.sidebar import KEY_ROLE

from .conftest import run_cli
from .ui_helpers import click_row, menu_click, open_window, row_point

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
FIRST = "a3c8f102629beb66"  # PM Shehbaz’s Moscow visit (seeds/000_…)


def _articles(data: Path) -> dict[str, dict]:
    result = run_cli("articles", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return {a["article_id"]: a for a in json.loads(result.stdout)}


def _total(data: Path, query: str) -> int:
    return json.loads(run_cli("search", query, "--json", data_dir=data).stdout)["total"]


def test_remove_takes_articles_out_of_search_and_sheets(tmp_path: Path) -> None:
    data = tmp_path / "data"
    before = _articles(data)
    assert len(before) == 5 and _total(data, "Overchuk") >= 1
    second = next(a for a in before if a != FIRST)
    result = run_cli("remove", FIRST[:6], second, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "2 removed; 3 article(s) in the library" in result.stdout
    after = _articles(data)
    assert set(after) == set(before) - {FIRST, second}
    sheet = run_cli("factsheet", "energy", "--format", "json", data_dir=data)
    assert sheet.returncode == 0 and '"article_id"' in sheet.stdout  # still cites the others
    assert FIRST not in sheet.stdout and second not in sheet.stdout
    assert run_cli("verify", data_dir=data).returncode == 0  # index and texts still sound
    again = run_cli("remove", FIRST, data_dir=data)
    assert again.returncode == 2 and "no article" in again.stderr
    # A removed built-in article is not brought back at the next start.
    assert len(_articles(data)) == 3


def test_edit_corrects_details_and_search_finds_the_new_title(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli("edit", FIRST, "--title", "Gwadar talks corrected", "--source", "Dawn",
                     "--date", "2025-03-04", "--author", "A. Writer", data_dir=data)  # fmt: skip
    assert result.returncode == 0, result.stderr
    article = _articles(data)[FIRST]
    assert (article["title"], article["source"], article["date"]) == (
        "Gwadar talks corrected", "Dawn", "2025-03-04")  # fmt: skip
    assert _total(data, "corrected") == 1 and _total(data, "Gwadar talks") >= 1
    shown = run_cli("show", FIRST, "--format", "md", data_dir=data).stdout
    assert "A. Writer" in shown
    assert run_cli("verify", data_dir=data).returncode == 0
    for bad in (["--date", "2025-13"], ["--title", ""], []):
        wrong = run_cli("edit", FIRST, *bad, data_dir=data)
        assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1, bad


def _press_yes_when_asked(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next question Yes; the list gets the question asked."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        asked.append(box.text())
        yes = box.button(QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
    return asked


@pytest.fixture
def reading(qtbot, library, variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window on the user's library, reading the first seed article."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, library, variants, settings)
    window.open_article(FIRST, 1, "")
    return window


def test_delete_in_the_app_asks_then_removes_the_article_read(qtbot, reading, library) -> None:  # type: ignore[no-untyped-def]
    window = reading
    window.reader.setFocus()
    _press_yes_when_asked(qtbot)
    with qtbot.waitSignal(window.work.summariesLoaded, timeout=15_000) as loaded:
        qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert len(loaded.args[0]) == 4 and library.article(FIRST) is None
    assert "Removed" in window.statusBar().currentMessage()
    window.grab()


def test_edit_article_details_dialog_corrects_the_article(qtbot, reading, library) -> None:  # type: ignore[no-untyped-def]
    window = reading
    menu_click(qtbot, window, "File", "Edit Article Details…")
    dialog = window.edit_dialog
    qtbot.waitUntil(dialog.isVisible)
    source = dialog.findChild(QLineEdit, "edit-source")
    source.selectAll()
    qtbot.keyClicks(source, "Dawn")
    date = dialog.findChild(QLineEdit, "edit-date")
    date.selectAll()
    qtbot.keyClicks(date, "2024-11")
    dialog.grab()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(window.articleShown, timeout=15_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    article = library.article(FIRST)
    assert (article.source, article.date) == ("Dawn", "2024-11")
    assert "Dawn" in window.reader.toPlainText()


def test_delete_removes_the_articles_selected_in_the_list(qtbot, reading, library) -> None:  # type: ignore[no-untyped-def]
    window = reading
    view = window.sidebar.views["article"]
    window.sidebar.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model().rowCount() == 5)
    first, second = (view.model().index(row, 0).data(KEY_ROLE) for row in (1, 3))
    click_row(qtbot, view, 1)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, ctrl, row_point(view, 3))
    assert window.sidebar.selected_articles() == [first, second]
    view.grab()
    asked = _press_yes_when_asked(qtbot)
    with qtbot.waitSignal(window.work.summariesLoaded, timeout=15_000) as loaded:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "2 articles" in asked[0]  # one question, naming the count
    assert len(loaded.args[0]) == 3 and library.count() == 3
    assert library.article(first) is None and library.article(second) is None
    assert "Removed 2 articles" in window.statusBar().currentMessage()
