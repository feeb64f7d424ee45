"""What the window remembers between starts: geometry, docks, splitter, zoom, theme, the
results' order and date range, and the article being read (QSettings; beside the library
when a data folder is given)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from .main_window import MainWindow

ORDER = ("sort", "date_from", "date_to")  # the results' order and date range, remembered


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
    window.search_pane.set_order(*(str(settings.value(name, "")) for name in ORDER))
    window.reader_half = ReaderHalf(window)
    fit_screen(window)


class ReaderHalf(QObject):
    """Whenever the window is resized, the reader (the right pane) keeps at least half of the
    splitter: the sidebar and the results give way, down to their own minimum widths, since
    reading is what the window is for (at 1024 px wide it used to get a third)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.splitter = window.splitter
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            give_reader_half(self.splitter)
        return False


def give_reader_half(splitter: QSplitter) -> None:
    """Sizes with the last pane at least half the width, the others shrunk in proportion."""
    sizes = splitter.sizes()
    total = sum(sizes)
    if len(sizes) != 3 or total <= 0 or sizes[2] * 2 >= total:
        return
    spare = total - (total + 1) // 2
    side, middle = sizes[0], sizes[1]
    lowest = [splitter.widget(i).minimumSizeHint().width() for i in (0, 1)]
    first = 0 if side == 0 else max(lowest[0], round(spare * side / (side + middle)))
    second = 0 if middle == 0 else spare - first
    if 0 < second < lowest[1]:  # the results need their minimum more than the sidebar its share
        second = lowest[1]
        first = 0 if side == 0 else max(lowest[0], spare - second)
    splitter.setSizes([first, second, max(0, total - first - second)])


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
    for name, value in zip(ORDER, window.search_pane.order().values(), strict=True):
        settings.setValue(name, value)
    if window.reader.article is not None:
        settings.setValue("last_article", window.reader.article.article_id)
        settings.setValue("last_paragraph", window.reader.paragraph_at_top())
    settings.sync()
