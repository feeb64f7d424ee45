"""Results and dates as a person sees them (issue 9, defects 7, 11, 17): estimated dates
marked alike in every pane, sorting and a date range from the search pane's own controls,
and the timeline's article key; typed and clicked on the visible widgets."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QToolTip

from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui import i18n
from pakru_desktop.ui.html_delegate import HTML_ROLE
from pakru_desktop.ui.main_window import MainWindow

from .ui_helpers import LEFT, click_row, click_tab, open_window, painted

# What the offscreen platform cannot do (raise a window, grab the keyboard for a combo's
# list) is said as a warning; it is the test platform's, not the app's.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
TIMEOUT = 15_000


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
    # The result row writes the date as the sidebar does (one format per language).
    assert "≈ 27 Feb 2026" in row_html(window, row)
    painted(window.search_pane.list)
    click_tab(qtbot, window.sidebar.tabs, 0)
    view = window.sidebar.views["article"]
    texts = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    # The sidebar writes dates in the interface's language (27 Feb 2026), with the same mark.
    assert any(text.startswith("≈ ") and "2026" in text and "27" in text for text in texts)
    assert all(text.startswith("≈ ") for text in texts)  # every seed's date is an estimate
    painted(view)
    with qtbot.waitSignal(window.articleShown, timeout=TIMEOUT):
        click_row(qtbot, window.search_pane.list, row)
    painted(window.reader)
    assert "≈ 27 February 2026" in window.reader.toPlainText()  # the interface's date format
    assert "(estimated)" not in window.reader.toPlainText()


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open a combo box with a click and click the wanted entry of its list."""
    qtbot.mouseClick(combo, LEFT)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    # A combo's list takes no click sooner than a double-click after it opened, as a person's.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    row = next(r for r in range(combo.count()) if combo.itemText(r) == text)
    click_row(qtbot, popup, row)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert combo.currentText() == text


def test_results_sort_newest_first_narrow_to_a_date_range_and_are_remembered(
    qtbot, library: Library, variants: Variants, settings: QSettings, window: MainWindow
) -> None:
    """Defect 17, through the search pane's own controls."""
    pane = window.search_pane
    assert pane.sort.accessibleName() == "Sort results" and pane.sort.currentData() == "relevance"
    ranked = type_query(qtbot, window, "Russia")
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as shown:
        choose(qtbot, pane.sort, "Newest first")
    newest = shown.args[0]
    dates = [h.date for h in newest.hits]
    assert dates == sorted(dates, reverse=True) and newest.total == ranked.total >= 4
    assert [h.date for h in ranked.hits] != dates
    # The row says the date it is sorted by, as the sidebar writes it, and its publisher.
    first = newest.hits[0]
    assert i18n.article_date_text(first.date, first.date_estimated) in row_html(window, 0)
    assert i18n.source_name(first.source) in row_html(window, 0)
    painted(pane)
    # A date range typed in the pane's two fields: a year at one end, a month at the other.
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.keyClicks(pane.date_from, "2025")
    assert {h.date[:4] for h in shown.args[0].hits} <= {"2025", "2026"}
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.keyClicks(pane.date_to, "2025-12")
    narrowed = shown.args[0]
    expected = [d for d in dates if d.startswith("2025")]
    assert [h.date for h in narrowed.hits] == expected and narrowed.total == len(expected)
    assert pane.chip.isVisible() and "dated 2025–2025-12" in pane.chip.text()
    painted(pane)
    # A bound that is no date says so in one line and loses nothing typed.
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.keyClick(pane.date_to, Qt.Key.Key_Backspace)
        qtbot.keyClicks(pane.date_to, "9")
    assert shown.args[0].total == 0 and "not a real date" in pane.status.text()
    assert pane.date_to.text() == "2025-19" and window.search_field.text() == "Russia"
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.keyClick(pane.date_to, Qt.Key.Key_Backspace)
        qtbot.keyClicks(pane.date_to, "2")
    assert shown.args[0].total == len(expected)
    # Show all clears the range (the sort is an order, not a filter: it stays).
    with qtbot.waitSignal(pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.mouseClick(pane.chip_clear, LEFT)
    assert shown.args[0].total == ranked.total and not pane.chip.isVisible()
    assert pane.date_from.text() == pane.date_to.text() == ""
    assert pane.sort.currentText() == "Newest first"
    # Remembered: a new window starts with the same order and range.
    qtbot.keyClicks(pane.date_to, "2025")
    window.close()
    again = open_window(qtbot, library, variants, settings)
    try:
        assert again.search_pane.sort.currentData() == "date"
        assert again.search_pane.date_to.text() == "2025" and not again.search_pane.date_from.text()
        assert "dated up to 2025" in again.search_pane.chip.text()
        first = type_query(qtbot, again, "Russia")
        assert first.hits and all(h.date <= "2025-12-31" for h in first.hits)
        assert [h.date for h in first.hits] == sorted((h.date for h in first.hits), reverse=True)
        painted(again.search_pane)
    finally:
        again.close()


LISTED = re.compile(r"^S(\d+) (.+?) — (.+?), (≈ )?(\S+) · file (\S+)$", re.M)


def key_list(text: str) -> dict[str, str]:
    """S-number → file, from a page's article list (the plain text a person reads)."""
    listing = text.split("Articles (")[-1]
    rows = LISTED.findall(listing)
    assert rows, "no article list on the page"
    return {number: file for number, *_, file in rows}


def test_the_timeline_shows_its_article_key_with_the_sheets_numbers(
    qtbot, window: MainWindow, library: Library
) -> None:
    """Defect 7: every view with [S2 ¶7] citations says which article S2 is, under the same
    number as the fact sheets."""
    click_tab(qtbot, window.sidebar.tabs, 1)
    topics = window.sidebar.views["topic"]
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT):
        click_row(qtbot, topics, 0)
    painted(window.factsheet)
    sheet_keys = key_list(window.factsheet.toPlainText())
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
        )
    timeline = window.timeline
    painted(timeline.list)
    painted(timeline.chart)
    text = timeline.list.toPlainText()
    cited = set(re.findall(r"\[S(\d+) ¶\d+\]", text.split("Articles (")[0]))
    listed = key_list(text)
    assert cited and cited == set(listed)  # each article cited is listed, and only those
    assert text.index("[S2 ¶7] is paragraph 7 of article S2") < text.index("Articles (")
    shared = set(sheet_keys.values()) & set(listed.values())
    assert shared
    assert {n: f for n, f in listed.items() if f in shared} == {
        n: f for n, f in sheet_keys.items() if f in shared}  # fmt: skip
    numbers = {f: n for n, f in listed.items()}
    # Hovering a marker of the picture names its articles by the same numbers.
    chart = timeline.chart
    for index in (0, len(chart.entries) - 1):
        point = chart.centre(index).toPoint()
        timeline.scroll.ensureVisible(point.x(), point.y())  # scrolled to, as a person would
        qtbot.mouseMove(chart, point)
        event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
        QApplication.sendEvent(chart, event)
        tip = QToolTip.text()
        QToolTip.hideText()
        citation = chart.entries[index].citations[0]
        wanted = f"[S{numbers[citation.source_file]} ¶{citation.paragraph}] {citation.title}"
        assert html.unescape(re.sub("<[^>]+>", "\n", tip)).count(wanted) == 1, tip
    # A topic chosen in the timeline's own list: its key is there, with the same numbers.
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT) as narrowed:
        choose(qtbot, timeline.topic_filter, window.sidebar.views["topic"].model().index(
            0, 0).data().rsplit(" (", 1)[0])  # fmt: skip
    assert narrowed.args[1] > 0
    painted(timeline.list)
    narrowed_keys = key_list(timeline.list.toPlainText())
    assert all(numbers.get(f, n) == n for n, f in narrowed_keys.items())
    assert all(sheet_keys.get(n, f) == f for n, f in narrowed_keys.items())
