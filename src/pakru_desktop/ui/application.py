"""Starting the app: QApplication, fonts, settings beside the data, the window, --self-test."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..bootstrap import load_variants, open_user_library
from ..schema import LibraryError
from . import plurals
from .main_window import MainWindow
from .theme import load_bundled_fonts

SELF_TEST_QUERY = "pipeline"


def make_settings(data_dir: str | None) -> QSettings:
    """Settings live with the user data when --data-dir (or PAKRU_DATA_DIR) is given or the
    install is portable, so a library folder carries its layout, zoom and theme along (and a
    portable install writes nothing to the home folder)."""
    folder = paths.explicit_data_dir(data_dir)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     paths.APP_NAME, paths.APP_NAME)  # fmt: skip


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    plurals.install(app)
    families = load_bundled_fonts()
    if "DejaVu Sans" in families:
        app.setFont(QFont("DejaVu Sans", 10))
    return app


def run(args: argparse.Namespace) -> int:
    if args.self_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    try:
        library = open_user_library(args.data_dir)
    except (LibraryError, OSError) as error:
        if args.self_test:
            print(f"self-test failed: {error}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, "pakru-desktop", f"The library cannot be opened.\n\n{error}")
        return 2
    window = MainWindow(library, load_variants(), make_settings(args.data_dir))
    window.show()
    window.activateWindow()  # keyboard focus (and its AT-SPI events) even with no window manager
    if args.self_test:
        return self_test(app, window)
    code = app.exec()
    library.close()
    return code


def self_test(app: QApplication, window: MainWindow) -> int:
    """Search, open the top hit at its paragraph, report in one line (the bundle smoke test)."""
    loop = QEventLoop()
    results: list[object] = []
    window.search_pane.resultsShown.connect(lambda result: (results.append(result), loop.quit()))
    QTimer.singleShot(20_000, loop.quit)
    window.search_field.setText(SELF_TEST_QUERY)
    loop.exec()
    if not results or not results[0].hits:  # type: ignore[attr-defined]
        print(f"self-test failed: no results for {SELF_TEST_QUERY!r}", file=sys.stderr)
        window.close()
        return 1
    hit = results[0].hits[0]  # type: ignore[attr-defined]
    window.open_article(hit.article_id, hit.paragraph, SELF_TEST_QUERY)
    app.processEvents()
    shown = window.reader.article
    ok = shown is not None and shown.article_id == hit.article_id and window.reader.hit_count > 0
    print(
        f"self-test {'ok' if ok else 'failed'}: {results[0].total} result(s) for "  # type: ignore[attr-defined]
        f"{SELF_TEST_QUERY!r}; opened {hit.article_id} at paragraph {hit.paragraph} with "
        f"{window.reader.hit_count} hit(s) highlighted; platform {app.platformName()}"
    )
    window.close()
    return 0 if ok else 1
