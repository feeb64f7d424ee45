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
