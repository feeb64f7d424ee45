"""`pakru-desktop --self-test`: the bundle smoke test walks the paths a person takes first —
a search and its top hit, a topic chosen in the sidebar, a citation clicked on its sheet,
the timeline — with real mouse events, and reports in one line."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QPoint, QPointF, Qt, QTimer, SignalInstance
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from .main_window import MainWindow

SELF_TEST_QUERY = "pipeline"


def link_position(browser: QTextBrowser, prefix: str) -> QPoint | None:
    """Where the first link whose href starts with `prefix` is drawn (scrolled into view)."""
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().startswith(prefix) and fragment.length():
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    return None


def click(widget: QWidget, point: QPoint) -> None:
    """A left click as the window system delivers it (QtTest is not in the bundle)."""
    local, screen = QPointF(point), QPointF(widget.mapToGlobal(point))
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):  # fmt: skip
        QApplication.sendEvent(widget, QMouseEvent(kind, local, screen, left, buttons, none))


def wait_for(signal: SignalInstance, action: Callable[[], object], ms: int = 20_000) -> list:
    """Do `action` and wait (at most `ms`) for `signal`; its arguments, or [] on time-out."""
    loop = QEventLoop()
    got: list = []

    def done(*args: object) -> None:
        got.extend(args or [True])
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(ms, loop.quit)
    action()
    if not got:
        loop.exec()
    signal.disconnect(done)
    return got


def self_test(app: QApplication, window: MainWindow) -> int:
    def fail(why: str) -> int:
        print(f"self-test failed: {why}", file=sys.stderr)
        window.close()
        return 1

    wait_for(window.libraryLoaded, lambda: None, 10_000)
    shown = wait_for(window.search_pane.resultsShown,
                     lambda: window.search_field.setText(SELF_TEST_QUERY))  # fmt: skip
    if not shown or not shown[0].hits:
        return fail(f"no results for {SELF_TEST_QUERY!r}")
    result, hit = shown[0], shown[0].hits[0]
    window.search_pane.list.setFocus()
    window.search_pane.open_current()
    app.processEvents()
    article = window.reader.article
    if article is None or article.article_id != hit.article_id or not window.reader.hit_count:
        return fail(f"the top hit {hit.article_id} did not open with its hits")
    hits = window.reader.hit_count
    view = window.sidebar.views["topic"]
    window.sidebar.tabs.setCurrentWidget(view)
    if view.model().rowCount() == 0:
        return fail("the Topics tab is empty")
    index = view.model().index(0, 0)
    opened = wait_for(window.topicShown,
                      lambda: click(view.viewport(), view.visualRect(index).center()))  # fmt: skip
    if not opened or not opened[1]:
        return fail("a topic chosen in the sidebar showed no fact sheet")
    point = link_position(window.factsheet, "pakru://article/")
    if point is None:
        return fail(f"the {opened[0]} sheet has no citation to click")
    cited = wait_for(window.articleShown, lambda: click(window.factsheet.viewport(), point))
    if not cited:
        return fail("clicking a citation opened no article")
    timeline = wait_for(window.knowledge.timelineShown, window.act_timeline.trigger)
    if not timeline or not timeline[1]:
        return fail("the timeline showed no dated facts")
    print(
        f"self-test ok: {result.total} result(s) for {SELF_TEST_QUERY!r}; opened "
        f"{hit.article_id} at paragraph {hit.paragraph} with {hits} "
        f"hit(s) highlighted; topic {opened[0]} from the sidebar ({opened[1]} facts); citation "
        f"opened {cited[0]} ¶{cited[1]}; timeline of {timeline[1]} dated facts; platform "
        f"{app.platformName()}"
    )
    window.close()
    return 0
