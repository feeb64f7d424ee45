"""Strangers' strings stay text and documents load nothing (issue 15, S1), proven through the
window: hovering and opening rows, with a FIFO that notices any process opening it."""

from __future__ import annotations

import base64
import ctypes
import os
import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QStandardItem, QTextDocument

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.dialogs import TextDialog
from pakru_desktop.ui.html_delegate import HTML_ROLE
from pakru_desktop.ui.main_window import MainWindow

from .ui_helpers import click_row, hover_tip, painted

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)
IN_OPEN = 0x20


class OpenTrace:
    """Counts every open of one file by anyone (Linux inotify): the file-open trace that
    proves nothing outside our resources is read."""

    def __init__(self, path: Path) -> None:
        path.write_bytes(PNG)  # a real image: were it read, it would show
        self.path = path
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK)
        assert self._fd >= 0, "inotify is not available"
        watch = self._libc.inotify_add_watch(self._fd, str(path).encode(), IN_OPEN)
        assert watch >= 0, os.strerror(ctypes.get_errno())

    def opens(self) -> int:
        count = 0
        while True:
            try:
                data = os.read(self._fd, 4096)
            except BlockingIOError:
                return count
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                count += bool(mask & IN_OPEN)
                offset += 16 + length

    def close(self) -> None:
        os.close(self._fd)


@pytest.fixture
def trap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "outside"
    folder.mkdir()
    monkeypatch.chdir(folder)  # where Qt would look for a relative path
    trace = OpenTrace(folder / "trap.png")
    yield trace
    trace.close()


def hostile_html(trap: Path) -> str:
    return (
        f'<h1><img src="file://{trap}"> Zero</h1><p><img src="trap.png"> relative '
        f'<img src="qrc:{trap}"> qrc <img src=":{trap}"> resource '
        f'<img src="data:image/png;base64,{base64.b64encode(PNG).decode()}"> data '
        f'<a href="file://{trap}">link</a></p><style>@import url(file://{trap});</style>'
    )


def test_a_hostile_title_is_plain_text_in_rows_tips_results_and_title(
    qtbot, library: Library, variants: Variants, tmp_path: Path, trap: OpenTrace
) -> None:
    title = f'<img src="file://{trap.path}"> Zero title'
    article = tmp_path / "zero.txt"
    article.write_text(f'{title}\n\nZero gas <img src="trap.png"> ![x](file://{trap.path}).\n')
    assert import_paths(library, [article]).imported
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, variants, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.libraryLoaded, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    view = window.sidebar.views["article"]
    rows = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    row = next(n for n, text in enumerate(rows) if "Zero title" in text)
    assert title in rows[row]  # the row shows the string as it is
    tip = hover_tip(view, row)
    assert "&lt;img" in tip and "<img" not in tip
    with qtbot.waitSignal(window.articleShown):
        click_row(qtbot, view, row)
    painted(window.reader)
    assert window.windowTitle().startswith(title)
    assert title in window.reader.toPlainText()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000):
        qtbot.keyClicks(window.search_field, "zero")
    results = window.search_pane.list
    painted(results)
    hover_tip(results, 0)
    click_row(qtbot, results, 0)
    painted(window.reader)
    window.close()
    assert trap.opens() == 0, "a title made Qt open a file"


def test_every_document_pane_refuses_every_resource_it_names(
    qtbot, library: Library, variants: Variants, tmp_path: Path, trap: OpenTrace
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, variants, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = hostile_html(trap.path)
    dialog = TextDialog("Hostile", page, window)
    qtbot.addWidget(dialog)
    dialog.show()
    panes = [(window.reader, window.reader), (window.factsheet, window.factsheet),
             (window.timeline.list, window.timeline), (dialog.browser, None)]  # fmt: skip
    for pane, page_of_window in panes:
        if page_of_window is not None:
            window.right.setCurrentWidget(page_of_window)
        pane.setHtml(page)
        painted(pane)
        for url in (f"file://{trap.path}", "trap.png", f"qrc:{trap.path}", "data:,x"):
            blank = pane.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
            assert blank.width() == 1 and blank.pixelColor(0, 0).alpha() == 0
    # The results list paints rich text through its delegate's own documents.
    item = QStandardItem()
    item.setData(page, HTML_ROLE)
    window.search_pane.model.appendRow(item)
    painted(window.search_pane.list)
    dialog.close()
    window.close()
    assert trap.opens() == 0, "a document pane made Qt open a file"
