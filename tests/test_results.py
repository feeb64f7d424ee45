"""Results and dates as a person sees them (issue 9, defects 7, 11, 17): estimated dates
marked alike in every pane, sorting and a date range from the search pane's own controls,
and the timeline's article key; typed and clicked on the visible widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pakru_desktop.library import Library
from pakru_desktop.ui.html_delegate import HTML_ROLE
from pakru_desktop.ui.main_window import MainWindow
from pakru_desktop.variants import Variants

from .ui_helpers import click_row, click_tab, painted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TIMEOUT = 15_000


def open_window(qtbot, library: Library, variants: Variants, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.libraryLoaded, timeout=TIMEOUT):
        win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, settings: QSettings) -> MainWindow:
    win = open_window(qtbot, library, variants, settings)
    yield win
    win.close()


def type_query(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.keyClicks(window.search_field, text)
    return shown.args[0]


def row_html(window: MainWindow, row: int) -> str:
    return window.search_pane.model.index(row, 0).data(HTML_ROLE)


def test_an_estimated_date_is_marked_alike_in_results_sidebar_and_reader(
    qtbot, window: MainWindow
) -> None:
    """Defect 11: the seeds' dates are all estimated from the text; each pane marks them ≈."""
    result = type_query(qtbot, window, "pipeline")
    row = next(i for i, h in enumerate(result.hits) if h.source_file.startswith("000"))
    assert "≈ 2026-02-27" in row_html(window, row)
    painted(window.search_pane.list)
    click_tab(qtbot, window.sidebar.tabs, 0)
    view = window.sidebar.views["article"]
    texts = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert any(text.startswith("≈ 2026-02-27") for text in texts)
    assert all(text.startswith("≈ ") for text in texts)  # every seed's date is an estimate
    painted(view)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        click_row(qtbot, window.search_pane.list, row)
    painted(window.reader)
    assert "≈ 2026-02-27" in window.reader.toPlainText()
    assert "(estimated)" not in window.reader.toPlainText()
