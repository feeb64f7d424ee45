"""Driving the workbench as a person: select words in the reader with the mouse, right-click,
choose from the menu that pops up, type into the dialog that opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser, QWidget

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


def block_of(browser: QTextBrowser, anchor: str):  # type: ignore[no-untyped-def]
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and anchor in fragment.charFormat().anchorNames():
                return block
            iterator += 1
        block = block.next()
    raise AssertionError(f"no anchor {anchor}")


def point_at(browser: QTextBrowser, position: int) -> QPoint:
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    return browser.cursorRect(cursor).center()


def select_with_mouse(qtbot, browser: QTextBrowser, paragraph: int, start: int,  # type: ignore[no-untyped-def]
                      end: int) -> str:  # fmt: skip
    """Press at character `start` of paragraph N, drag to `end`, release: the words between."""
    block = block_of(browser, f"p{paragraph}")
    cursor = QTextCursor(block)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()  # scrolled to, as a reader scrolls to what they read
    text = block.text()
    first, last = block.position() + start, block.position() + end
    viewport = browser.viewport()
    begin, finish = point_at(browser, first), point_at(browser, last)
    begin.setX(begin.x() - 1)  # the press lands just before the first letter
    qtbot.mousePress(viewport, LEFT, pos=begin)
    qtbot.mouseMove(viewport, pos=QPoint((begin.x() + finish.x()) // 2, finish.y()))
    qtbot.mouseMove(viewport, pos=finish)
    qtbot.mouseRelease(viewport, LEFT, pos=finish)
    assert browser.textCursor().hasSelection(), "the drag selected nothing"
    return text[start:end]


def right_click(qtbot, widget: QWidget, pos: QPoint) -> QMenu:  # type: ignore[no-untyped-def]
    """A right click where a person clicks; returns the menu that popped up."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    qtbot.mousePress(target, RIGHT, pos=pos)
    if QApplication.activePopupWidget() is None:  # QTest's press does not make the platform's
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos))
        QApplication.sendEvent(target, event)  # … context-menu event: sent as it would be
    else:
        qtbot.mouseRelease(target, RIGHT, pos=pos)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "no menu popped up"
    qtbot.waitExposed(menu)
    return menu


def choose(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the menu entry whose text (without &) starts with `text`, opening submenus."""
    for action in menu.actions():
        label = action.text().replace("&", "")
        if label.startswith(text):
            assert action.isEnabled(), f"{label} is disabled"
            qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
            return
    labels = [a.text() for a in menu.actions()]
    raise AssertionError(f"no {text!r} in {labels}")
