"""Driving the window as a person does: clicks on rows, tabs and links where they are drawn,
keys to the focused widget, tool tips by hovering, and every touched pane painted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QToolTip,
    QWidget,
)

from pakru_desktop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def row_point(view: QAbstractItemView, row: int) -> QPoint:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    return view.visualRect(index).center()


def click_row(qtbot, view: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), LEFT, pos=row_point(view, row))


def click_tab(qtbot, tabs: QTabWidget, position: int) -> None:  # type: ignore[no-untyped-def]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(position).center())
    assert tabs.currentIndex() == position


def hover_tip(view: QAbstractItemView, row: int) -> str:
    """What a person sees hovering over a row: the tool tip is shown, and painted."""
    point = row_point(view, row)
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    text = QToolTip.text()
    for widget in QApplication.topLevelWidgets():
        if widget.inherits("QTipLabel") and widget.isVisible():
            painted(widget)
    QToolTip.hideText()
    return text


def painted(widget: QWidget) -> None:
    """Paint the widget (models' data() and delegates' paint() run) and fail when the
    picture is one flat colour: a pane that shows nothing."""
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 0, widget
    step_x, step_y = max(1, image.width() // 60), max(1, image.height() // 60)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    }
    assert len(colours) > 1, f"{widget.accessibleName() or widget} is blank"


def link_point(browser: QTextBrowser, wanted: str) -> QPoint:
    """Where a link whose href starts with `wanted` is drawn, scrolled into view."""
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith(wanted) and fragment.length() > 0:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                return rect.center()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link {wanted!r} in {browser.accessibleName()}")


def click_link(qtbot, browser: QTextBrowser, wanted: str) -> QUrl:  # type: ignore[no-untyped-def]
    """Click a link as a person does; returns the URL the browser reported."""
    point = link_point(browser, wanted)
    clicked: list[QUrl] = []
    browser.anchorClicked.connect(clicked.append)
    try:
        qtbot.mouseClick(browser.viewport(), LEFT, pos=point)
    finally:
        browser.anchorClicked.disconnect(clicked.append)
    assert clicked, f"clicking at {point} opened no link {wanted!r}"
    return clicked[0]


def key(qtbot, key_code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key press to whatever has the keyboard focus, as a person types."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key_code, modifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type any script, key by key, as a keyboard layout delivers it (QTest's keyClicks knows
    ASCII only): a press and a release carrying each character."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def open_window(qtbot, library, variants, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window shown on `library`, its lists loaded and the window active."""
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.libraryLoaded, timeout=15_000):
        win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def menu_click(qtbot, window: MainWindow, *labels: str) -> None:  # type: ignore[no-untyped-def]
    """Click through the menu bar as a person does: the menu's title, then each item."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.text().replace("&", "") == labels[0])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible)
    for label in labels[1:]:
        item = next(a for a in menu.actions()  # a recent file: by its number and name, or path
                    if a.text().replace("&", "").endswith(label) or a.data() == label)  # fmt: skip
        if item.menu() is not None:
            qtbot.mouseMove(menu, menu.actionGeometry(item).center())
            qtbot.mouseClick(
                menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center()
            )
            menu = item.menu()
            qtbot.waitUntil(menu.isVisible)
        else:
            qtbot.mouseClick(
                menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center()
            )


def answer_file_dialog(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    """When the file dialog comes up, type the file's path into it and press Enter."""

    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QFileDialog) and w.isVisible()]  # fmt: skip
        if not shown:
            QTimer.singleShot(50, answer)
            return
        dialog = shown[-1]
        field = dialog.findChild(QLineEdit, "fileNameEdit") or dialog.findChild(QLineEdit)
        field.clear()
        qtbot.keyClicks(field, str(path))
        accept = dialog.findChild(QDialogButtonBox).buttons()[0]  # Open (its accept button)
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
