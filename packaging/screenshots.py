"""Screenshots of the real app (xcb under Xvfb), for looking at it and for the README.

Run by `make screenshots`, which starts Xvfb; PNGs go to screenshots/ (not committed).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from pakru_desktop.pipeline.bootstrap import load_variants, open_user_library
from pakru_desktop.ui import i18n
from pakru_desktop.ui.application import install_language, make_application, make_settings
from pakru_desktop.ui.article_admin import choose_update
from pakru_desktop.ui.main_window import MainWindow
from pakru_desktop.ui.self_test import click

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
URDU_ARTICLE = Path(__file__).resolve().parents[1] / "tests/data/i18n/ur_wheat_trade.md"


def wait(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window: MainWindow, name: str, crop: bool = False) -> None:
    wait()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    top = app.activeModalWidget() or app.activeWindow() or window
    screen = window.screen()
    size = window.frameGeometry().size() if crop else screen.size()
    pixmap = screen.grabWindow(0, 0, 0, size.width(), size.height())
    if pixmap.isNull():
        pixmap = top.grab()
    path = OUT / f"{name}.png"
    pixmap.save(str(path))
    print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    make_application()
    data = Path(tempfile.mkdtemp(prefix="pakru-shots-"))
    library = open_user_library(data)
    window = MainWindow(library, load_variants(), make_settings(str(data)))
    window.apply_theme("light")
    window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    shoot(window, "01-start")

    window.search_field.setText("Shahbaz pipeline")
    wait(900)
    shoot(window, "02-live-results")

    window.search_field.setText("pipeline OR LNG")
    wait(900)
    window.search_pane.open_current()
    window.reader.next_hit()
    shoot(window, "03-article-hits")

    loop = QEventLoop()
    window.topicShown.connect(lambda _slug, _count: loop.quit())
    window.open_topic("energy")
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    shoot(window, "04-topic-sheet")
    window.factsheet.verticalScrollBar().setValue(
        window.factsheet.verticalScrollBar().maximum() // 2
    )
    shoot(window, "04b-topic-sheet-middle")

    loop = QEventLoop()
    window.knowledge.timelineShown.connect(lambda _slug, _count: loop.quit())
    window.open_timeline("")
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    shoot(window, "07-timeline")
    first = window.timeline.chart.entries[0].citations[0]
    window.open_article(first.article_id, first.paragraph, "", quote=first.quote)
    shoot(window, "08-citation-opened")

    window.open_topic("energy")
    window.apply_theme("dark")
    wait(600)
    shoot(window, "09-topic-sheet-dark")
    window.apply_theme("light")
    window.navigation.back()
    window.apply_theme("dark")
    shoot(window, "05-dark-theme")
    window.apply_theme("light")

    folder = data / "to-import"
    folder.mkdir()
    (folder / "rail-link.md").write_text(
        "# Rail link to Uzbekistan planned\n\nA rail link through Afghanistan was discussed.\n"
    )
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    loop = QEventLoop()
    window.importFinished.connect(lambda _report: loop.quit())
    window.import_paths([folder])
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    shoot(window, "06-import-summary")
    window.imports.summary_dialog.close()

    # The Topics tab, a sheet opened from it by a click on its row.
    sidebar = window.sidebar
    sidebar.tabs.setCurrentIndex(1)
    view = sidebar.views["topic"]
    index = view.model().index(2, 0)
    loop = QEventLoop()
    window.topicShown.connect(lambda _slug, _count: loop.quit())
    QTimer.singleShot(10_000, loop.quit)
    click(view.viewport(), view.visualRect(index).center())
    loop.exec()
    shoot(window, "10-topics-tab-sheet")

    # Go → Topic…, filtered by typing.
    switcher = window.navigation.quick_switch("topic")
    switcher.field.setText("tra")
    shoot(window, "11-quick-switcher")
    switcher.reject()

    # Dark theme: results and an article with its current hit.
    window.apply_theme("dark")
    window.search_field.setText("Pakistan Russia")
    wait(900)
    window.search_pane.list.setCurrentIndex(window.search_pane.model.index(1, 0))
    window.search_pane.open_current()
    window.reader.next_hit()
    shoot(window, "12-dark-results-current-hit")
    window.apply_theme("light")

    # A 1024×600 screen's worth of window.
    window.resize(1024, 600)
    shoot(window, "13-window-1024x600", crop=True)
    window.close()
    library.close()
    interface_languages(data)
    return 0


_installed: list[i18n.Translators] = []


def start_in(language: str, data: Path) -> MainWindow:
    """A window started as pakru-desktop starts one with `language` chosen in View."""
    settings = make_settings(str(data))
    settings.setValue(i18n.SETTING, language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # The previous window's translators out first, as a restart does (application.run):
    # left in, Qt's Russian buttons showed in the Urdu screenshots (Qt has no Urdu of its own).
    for translators in _installed:
        translators.install("en")
    _installed[:] = [install_language(app, settings)]
    window = MainWindow(open_user_library(data), load_variants(), settings)
    window.apply_theme("light")
    window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    wait(900)
    return window


def interface_languages(data: Path) -> None:
    """The interface in Russian, in Urdu (mirrored), and an Urdu article in the reader."""
    window = start_in("ru", data)
    window.search_field.setText("pipeline")
    wait(900)
    window.search_pane.open_current()
    shoot(window, "14-interface-russian")
    window.close()

    window = start_in("ur", data)
    loop = QEventLoop()
    window.importFinished.connect(lambda _report: loop.quit())
    window.import_paths([URDU_ARTICLE])
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    window.imports.summary_dialog.close()
    window.search_field.setText("گندم")
    wait(900)
    shoot(window, "15-interface-urdu-results")
    window.search_pane.open_current()
    shoot(window, "16-urdu-article-reader")
    window.search_field.setText("pipeline")
    wait(900)
    window.search_pane.open_current()
    shoot(window, "17-interface-urdu-english-article")
    choose_update(window)  # File → Apply Update…: Qt's own file dialog, in our Urdu
    wait(900)
    shoot(window, "18-urdu-file-dialog")
    window.update_dialog.reject()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
