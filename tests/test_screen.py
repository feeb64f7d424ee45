"""What the window shows: filter chips, themes, sizes and zoom (issue 9, defects 8, 13, 14),
driven through the visible widgets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.main_window import MainWindow

from .ui_helpers import LEFT, click_row, click_tab, open_window, painted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TIMEOUT = 15_000


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(qtbot, library, variants, settings)
    yield win
    win.close()


def test_a_source_chosen_in_the_sidebar_shows_a_chip_that_clears_in_one_click(
    qtbot, window: MainWindow
) -> None:
    pane = window.search_pane
    assert not pane.chip.isVisible()
    click_tab(qtbot, window.sidebar.tabs, 2)
    view = window.sidebar.views["source"]
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data().startswith("Abb Takk News"))  # fmt: skip
    click_row(qtbot, view, row)
    assert pane.chip.isVisible() and "Abb Takk News" in pane.chip.text()
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as narrowed:
        qtbot.keyClicks(window.search_field, "Russia")
    painted(pane)
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as widened:
        qtbot.mouseClick(pane.chip_clear, LEFT)
    assert not pane.chip.isVisible() and pane.source_filter.currentIndex() == 0
    assert widened.args[0].total > narrowed.args[0].total
    # A topic chosen in the sidebar narrows the results the same visible way.
    click_tab(qtbot, window.sidebar.tabs, 1)
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT):
        click_row(qtbot, window.sidebar.views["topic"], 0)
    assert pane.chip.isVisible() and pane.topic_filter.currentText() in pane.chip.text()
    painted(pane)


def test_a_missing_source_has_one_name_everywhere(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    nameless = tmp_path / "nameless.txt"
    nameless.write_text("A sourceless note\n\nGas talks went on in Moscow.\n")
    with qtbot.waitSignal(window.importFinished, timeout=30_000):
        window.import_paths([nameless])
    qtbot.waitUntil(lambda: window.sidebar.section_size("article") == 6)
    view = window.sidebar.views["article"]
    rows = [view.model().index(r, 0) for r in range(view.model().rowCount())]
    index = next(i for i in rows if "sourceless" in i.data())
    tip = index.data(Qt.ItemDataRole.AccessibleTextRole)
    with qtbot.waitSignal(window.articleShown):
        click_row(qtbot, view, index.row())
    shown = window.reader.toPlainText() + window.copy_citation() + tip
    shown += " ".join(window.search_pane.source_filter.itemText(i)
                      for i in range(window.search_pane.source_filter.count()))  # fmt: skip
    assert "Unknown publisher" in window.reader.toPlainText() and "Unknown publisher" in tip
    assert "Unknown source" not in shown and "Unknown (" not in shown
    QApplication.processEvents()


def test_dark_theme_reaches_aa_contrast_and_marks_the_current_hit_by_more_than_colour(
    qtbot, window: MainWindow
) -> None:
    from pakru_desktop.ui import theme

    window.theme_actions["dark"].trigger()  # View → Theme → Dark
    dark = theme.DARK
    assert theme.contrast(dark.hit_text, dark.current_back) >= 4.5
    assert theme.contrast(dark.muted, dark.highlight) >= 4.5  # selected result's detail line
    assert theme.contrast(dark.hit_text, dark.hit_back) >= 4.5
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT):
        qtbot.keyClicks(window.search_field, "Pakistan")
    painted(window.search_pane.list)
    with qtbot.waitSignal(window.articleShown):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.reader.current_hit == 1
    styles = re.findall(r'style="([^"]*)"', window.reader.toHtml())
    current = [s for s in styles if dark.current_back in s]
    others = [s for s in styles if dark.hit_back in s]
    assert current and all("underline" in s and "font-weight:700" in s for s in current)
    assert others and not any("underline" in s for s in others)
    painted(window.reader)
    # The search field's frame stands out from the toolbar around it (3:1 for controls).
    image = window.search_field.grab().toImage()
    frame = image.pixelColor(image.width() // 2, 0).name()
    outside = window.search_field.parentWidget().grab().toImage().pixelColor(2, 2).name()
    assert theme.contrast(frame, outside) >= 3, (frame, outside)


@pytest.mark.parametrize("size", [(1024, 600), (700, 450)])  # 1400×900 at 2× scaling
def test_small_screens_keep_every_pane_counter_and_status_bar_on_screen(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT):
        qtbot.keyClicks(window.search_field, "Pakistan")
    with qtbot.waitSignal(window.articleShown):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert window.width() <= size[0] and window.height() <= size[1]
    inside = window.rect()
    for widget in (window.sidebar, window.search_pane, window.reader, window.hit_label,
                   window.statusBar(), window.search_field):  # fmt: skip
        assert widget.isVisible(), widget
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert inside.contains(widget.mapTo(window, widget.rect().topLeft())), widget
        assert inside.contains(corner), (widget, corner, inside)
        assert widget.width() >= 40, widget
    assert window.hit_label.text().strip().startswith("1 of")
    painted(window)


def test_the_window_never_opens_larger_than_the_screen(
    qtbot, library: Library, variants: Variants, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    huge = MainWindow(library, variants, settings)
    qtbot.addWidget(huge)
    huge.resize(5000, 4000)
    huge.save_settings()
    huge.close()
    again = MainWindow(library, variants, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    free = again.screen().availableGeometry()
    assert again.frameGeometry().width() <= free.width()
    assert again.frameGeometry().height() <= free.height()
    again.close()


def test_zoom_reaches_results_sheet_and_timeline_list(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT):
        qtbot.keyClicks(window.search_field, "pipeline")
    before = window.search_pane.list.font().pointSizeF()
    row = window.search_pane.list.visualRect(window.search_pane.model.index(0, 0)).height()
    sheet = window.factsheet.font().pointSizeF()
    timeline = window.timeline.list.font().pointSizeF()
    for _ in range(2):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.search_pane.list.font().pointSizeF() == before + 2
    qtbot.waitUntil(lambda: window.search_pane.list.visualRect(
        window.search_pane.model.index(0, 0)).height() > row)  # fmt: skip
    assert window.factsheet.font().pointSizeF() > sheet
    assert window.timeline.list.font().pointSizeF() > timeline
    painted(window.search_pane.list)
    qtbot.keyClick(window.search_field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.search_pane.list.font().pointSizeF() == before
