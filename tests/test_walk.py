"""The walk: everything a person can reach in the window, by mouse and by keyboard, in one
run. Any exception (pytest-qt captures those raised inside Qt's virtual methods), any Qt
warning (qt_log_level_fail) or any blank pane fails it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.main_window import MainWindow

from .ui_helpers import click_link, click_row, click_tab, hover_tip, key, open_window, painted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TIMEOUT = 15_000


@pytest.fixture
def answered_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """File dialogs answer as a person would (a path typed, a file picked); the print dialog
    is cancelled. Returns the titles of the dialogs that were asked."""
    asked: list[str] = []
    article = tmp_path / "picked" / "walked.md"
    article.parent.mkdir()
    article.write_text("# Walked in\n\nA gas pipeline article imported during the walk.\n")
    out = tmp_path / "out"
    out.mkdir()

    def save(_parent, title, suggested="", filters="", *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return str(out / Path(suggested).name), filters.split(";;")[0]

    def open_files(_parent, title, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return [str(article)], ""

    def folder(_parent, title, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(title)
        return str(article.parent)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_files)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: asked.append("Print") or 0)
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, *_a: asked.append(title) or no)
    return asked


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(qtbot, library, variants, settings)
    yield win
    win.close()


def shown_pane(window: MainWindow) -> QWidget:
    pane = window.right.currentWidget()
    painted(pane)
    painted(window.search_pane)
    painted(window.sidebar)
    return pane


def open_row(qtbot, window: MainWindow, kind: str, row: int, by_key: bool) -> None:  # type: ignore[no-untyped-def]
    view = window.sidebar.views[kind]
    signal = {"article": window.articleShown, "topic": window.topicShown}.get(kind)
    if by_key:
        view.setFocus()
        key(qtbot, Qt.Key.Key_Home)
        for _ in range(row):
            key(qtbot, Qt.Key.Key_Down)
    if signal is None:  # a source filters the results and puts the focus in the search field
        click_row(qtbot, view, row) if not by_key else key(qtbot, Qt.Key.Key_Return)
        assert window.search_pane.source_filter.currentData() == view.model().index(row, 0).data(
            Qt.ItemDataRole.UserRole + 11
        )
        return
    with qtbot.waitSignal(signal, timeout=TIMEOUT):
        click_row(qtbot, view, row) if not by_key else key(qtbot, Qt.Key.Key_Return)
    shown_pane(window)


def test_walk_everything_reachable(qtbot, window: MainWindow, answered_dialogs: list[str]) -> None:
    sidebar = window.sidebar
    # Every tab: first, middle and last row, by mouse and by keyboard; every tip hovered.
    for position, kind in enumerate(("article", "topic", "source")):
        click_tab(qtbot, sidebar.tabs, position)
        view = sidebar.views[kind]
        painted(view)
        count = view.model().rowCount()
        assert count > 0, kind
        for row in sorted({0, count // 2, count - 1}):
            assert hover_tip(view, row)
            open_row(qtbot, window, kind, row, by_key=False)
            open_row(qtbot, window, kind, row, by_key=True)
    # The sidebar filter, matching and matching nothing.
    for text in ("steel", "no such thing anywhere"):
        sidebar.filter.clear()
        qtbot.keyClicks(sidebar.filter, text)
        qtbot.waitUntil(lambda: bool(sidebar.models["article"].needle))
        for kind in sidebar.views:
            painted(sidebar.views[kind])
    sidebar.filter.clear()
    qtbot.waitUntil(lambda: not sidebar.models["article"].needle)
    # Each topic's sheet from the sidebar, and a citation in one of them.
    click_tab(qtbot, sidebar.tabs, 1)
    topics = sidebar.views["topic"]
    for row in range(topics.model().rowCount()):
        open_row(qtbot, window, "topic", row, by_key=False)
    open_row(qtbot, window, "topic", 0, by_key=False)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        click_link(qtbot, window.factsheet, "pakru://article/")
    assert shown_pane(window) is window.reader
    # The timeline: a marker by mouse, then by arrows and Enter; a citation in its list.
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT):
        window.act_timeline.trigger()
    shown_pane(window)
    chart = window.timeline.chart
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.centre(0).toPoint())
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT):
        window.act_timeline.trigger()
    chart.setFocus()
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        key(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT):
        window.act_timeline.trigger()
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        click_link(qtbot, window.timeline.list, "pakru://article/")
    # A search, opened from the results by keyboard.
    window.focus_search()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT):
        qtbot.keyClicks(window.search_field, "pipeline")
    painted(window.search_pane.list)
    window.search_pane.list.setFocus()
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        key(qtbot, Qt.Key.Key_Return)
    # Every menu action, dialogs answered; Quit last.
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT):
        window.open_topic("trade")  # so Export Fact Sheet has a sheet
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or action is window.act_quit:
                continue
            if not action.isEnabled():
                continue
            if action.objectName() == "verify-library":
                with qtbot.waitSignal(window.verifier.finished, timeout=60_000):
                    action.trigger()
            elif action in (window.act_import_files, window.act_import_folder):
                with qtbot.waitSignal(window.importFinished, timeout=60_000):
                    action.trigger()
            else:
                action.trigger()
            qtbot.wait(10)
            shown_pane(window)
        for dialog in QApplication.topLevelWidgets():
            if dialog.isVisible() and dialog is not window and dialog.inherits("QDialog"):
                painted(dialog)
                dialog.close()
    assert {"Export as PDF", "Export Fact Sheet", "Print"} <= set(answered_dialogs)
    # Back through everything visited, then forward again; every place paints.
    steps = 0
    while window.act_back.isEnabled():
        window.act_back.trigger()
        qtbot.wait(5)
        shown_pane(window)
        steps += 1
    assert steps >= 10
    while window.act_forward.isEnabled():
        window.act_forward.trigger()
        qtbot.wait(5)
        shown_pane(window)
        steps -= 1
    assert steps == 0
