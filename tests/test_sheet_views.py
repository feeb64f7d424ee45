"""Fact sheets and the timeline as a reader uses them: planned events told apart, commentary on
request, and links that name impossible paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QToolTip

from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.topics import load_topics
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.main_window import MainWindow
from pakru_desktop.ui.sidebar import KEY_ROLE

from .conftest import ROOT
from .ui_helpers import click_link, click_row, click_tab, painted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TOPICS = load_topics(ROOT / "resources" / "topics")
RHETORIC = "If the goals of the business forum are to be implemented"


def _window(qtbot, library: Library, variants: Variants, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    win = MainWindow(library, variants, settings, TOPICS)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.libraryLoaded, timeout=10_000):
        win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = _window(qtbot, library, variants, tmp_path / "settings.ini")
    yield win
    win.close()


def _open_topic_from_sidebar(qtbot, window: MainWindow, slug: str) -> None:  # type: ignore[no-untyped-def]
    click_tab(qtbot, window.sidebar.tabs, 1)
    view = window.sidebar.views["topic"]
    rows = [view.model().index(r, 0) for r in range(view.model().rowCount())]
    row = next(i for i, index in enumerate(rows) if index.data(KEY_ROLE) == slug)
    with qtbot.waitSignal(window.topicShown, timeout=10_000):
        click_row(qtbot, view, row)


def _hover_column(qtbot, window: MainWindow, index: int) -> str:  # type: ignore[no-untyped-def]
    chart = window.timeline.chart
    point = chart.centre(index).toPoint() + QPoint(0, 40)
    window.timeline.scroll.ensureVisible(point.x(), point.y())  # as the scroll bar would
    before = chart.toolTip()
    qtbot.mouseMove(chart, point)
    qtbot.waitUntil(lambda: chart.toolTip() not in ("", before))
    return chart.toolTip()


def test_a_planned_event_is_labelled_planned_on_the_timeline(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    chart = window.timeline.chart
    painted(chart)
    planned = [i for i, entry in enumerate(chart.entries) if entry.planned]
    happened = [i for i, entry in enumerate(chart.entries) if not entry.planned]
    assert planned and happened, "the seeds hold plans (LNG terminals operational by 2026)"
    assert "planned" in _hover_column(qtbot, window, planned[0])
    nearest = min(happened, key=lambda i: abs(i - planned[0]))  # in view without scrolling
    assert "planned" not in _hover_column(qtbot, window, nearest)
    QToolTip.hideText()


def test_commentary_shows_on_request_and_the_choice_is_remembered(
    qtbot, library: Library, variants: Variants, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    window = _window(qtbot, library, variants, settings_file)
    _open_topic_from_sidebar(qtbot, window, "visas")
    assert RHETORIC not in window.factsheet.toPlainText()
    assert not window.act_commentary.isChecked()
    window.act_commentary.trigger()  # View → Show Commentary on Sheets
    assert RHETORIC in window.factsheet.toPlainText()
    painted(window.factsheet)
    target = tmp_path / "visas.md"
    assert window.knowledge.export_sheet(target, "md")
    assert RHETORIC in target.read_text(encoding="utf-8")
    window.close()
    again = _window(qtbot, library, variants, settings_file)
    assert again.act_commentary.isChecked()
    again.close()


def test_a_link_to_an_impossible_paragraph_opens_the_article_at_its_start(
    qtbot, window: MainWindow, library: Library
) -> None:
    _open_topic_from_sidebar(qtbot, window, "energy")
    article_id = library.summaries()[0].article_id
    # A hostile sheet or page could carry such a link; the number would overflow Qt's int.
    window.factsheet.setHtml(
        f"<p><a href='pakru://article/{article_id}#p99999999999999999999'>see ¶</a></p>"
    )
    with qtbot.waitSignal(window.articleShown, timeout=10_000) as shown:
        click_link(qtbot, window.factsheet, "pakru://article/")
    assert shown.args == [article_id, 1]
    painted(window.reader)
