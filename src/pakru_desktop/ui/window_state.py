"""What the window remembers between starts: geometry, docks, splitter, zoom, theme and the
article being read (QSettings; beside the library when a data folder is given)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from .main_window import MainWindow


def restore_layout(window: MainWindow, settings: QSettings) -> None:
    geometry = settings.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = settings.value("window_state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = settings.value("splitter")
    if isinstance(sizes, QByteArray):
        window.splitter.restoreState(sizes)
    fit_screen(window)


def fit_screen(window: MainWindow) -> None:
    """Never larger than the screen's free area (a geometry saved on a bigger screen, or the
    default on a small one), and wholly on it."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size()
    width = min(window.width(), free.width() - frame.width())
    height = min(window.height(), free.height() - frame.height())
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), free.left()), free.right() - window.frameGeometry().width() + 1)
    y = min(max(window.y(), free.top()), free.bottom() - window.frameGeometry().height() + 1)
    window.move(max(x, free.left()), max(y, free.top()))


def save(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("window_state", window.saveState())
    settings.setValue("splitter", window.splitter.saveState())
    settings.setValue("zoom", window.reader.zoom)
    settings.setValue("theme", window.theme_name)
    if window.reader.article is not None:
        settings.setValue("last_article", window.reader.article.article_id)
        settings.setValue("last_paragraph", window.reader.paragraph_at_top())
    settings.sync()
