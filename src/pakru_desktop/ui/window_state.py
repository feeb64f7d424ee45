"""What the window remembers between starts: geometry, docks, splitter, zoom, theme, the
results' order and date range, and the article being read (QSettings; beside the library
when a data folder is given)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
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
    wanted = settings.value(SIDE_PANES)
    try:
        widths = [max(0, int(width)) for width in wanted][:2] if isinstance(wanted, list) else []
    except (TypeError, ValueError):
        widths = []
    window.reader_half = ReaderHalf(window, widths if len(widths) == 2 else list(PANE_WIDTHS))
    fit_screen(window)


class ReaderHalf(QObject):
    """Whenever the window is resized, the reader (the right pane) keeps at least half of the
    splitter: the sidebar and the results give way, down to their own minimum widths, since
    reading is what the window is for (at 1024 px wide it used to get a third). They grow
    back to the widths they had (or the user dragged them to) when the window grows."""

    def __init__(self, window: MainWindow, wanted: list[int]) -> None:
        super().__init__(window)
        self.splitter = window.splitter
        # Widths, not the splitter's state: before the window is shown its sizes are scaled
        # to a default size that has nothing to do with the screen.
        self.wanted = wanted
        self.splitter.splitterMoved.connect(self._moved)  # a person's drag, not setSizes
        self.splitter.installEventFilter(self)  # its own resize: the window's comes first

    def _moved(self, _position: int, _index: int) -> None:
        self.wanted = self.splitter.sizes()[:2]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:  # once the splitter has laid out its panes
            QTimer.singleShot(0, self, self._apply)  # dropped if the window is gone by then
        return False

    def _apply(self) -> None:
        give_reader_half(self.splitter, self.wanted)


PANE_WIDTHS = (300, 360)  # the sidebar's and the results' widths on a large screen
SIDE_PANES = "side_panes"  # the widths the person dragged them to


def give_reader_half(splitter: QSplitter, wanted: list[int]) -> None:
    """The side panes at their wanted widths, or shrunk in proportion (down to their minimum
    widths) so that the last pane has at least half of the splitter."""
    sizes = splitter.sizes()
    total = sum(sizes)
    if len(sizes) != 3 or total <= 0 or len(wanted) != 2:
        return
    spare = min(sum(wanted), total - (total + 1) // 2)
    side, middle = wanted
    lowest = [splitter.widget(i).minimumSizeHint().width() for i in (0, 1)]
    first = 0 if side == 0 else max(lowest[0], round(spare * side / max(1, side + middle)))
    second = 0 if middle == 0 else spare - first
    if 0 < second < lowest[1]:  # the results need their minimum more than the sidebar its share
        second = lowest[1]
        first = 0 if side == 0 else max(lowest[0], spare - second)
    if [first, second] != sizes[:2]:
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
    settings.setValue(SIDE_PANES, window.reader_half.wanted)
    settings.setValue("zoom", window.reader.zoom)
    settings.setValue("theme", window.theme_name)
    for name, value in zip(ORDER, window.search_pane.order().values(), strict=True):
        settings.setValue(name, value)
    if window.reader.article is not None:
        settings.setValue("last_article", window.reader.article.article_id)
        settings.setValue("last_paragraph", window.reader.paragraph_at_top())
    settings.sync()
