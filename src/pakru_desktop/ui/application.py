"""Starting the app: QApplication, fonts, settings beside the data, the window, --self-test."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..bootstrap import load_variants, open_user_library
from ..schema import LibraryError
from . import i18n, plurals
from .main_window import MainWindow
from .self_test import self_test
from .theme import load_bundled_fonts


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
        # Our font, at the size the desktop asks for (large-print settings are honoured).
        size = app.font().pointSizeF()
        app.setFont(QFont("DejaVu Sans", round(size) if size > 0 else 10))
    return app


def install_language(app: QApplication, settings: QSettings) -> i18n.Translators:
    """The chosen (or the system's) language, before any window exists: every pane is then
    built with its text, layout direction and number formats in that language."""
    translators = i18n.Translators(app)
    translators.install(i18n.resolve(settings.value(i18n.SETTING)))
    return translators


def run(args: argparse.Namespace) -> int:
    if args.self_test and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    try:
        settings = make_settings(args.data_dir)
        install_language(app, settings)  # its translators belong to the app (Qt parent)
        library = open_user_library(args.data_dir)
    except (LibraryError, OSError) as error:
        if args.self_test:
            print(f"self-test failed: {error}", file=sys.stderr)
            return 2
        text = QCoreApplication.translate("Application", "The library cannot be opened.")
        QMessageBox.critical(None, "pakru-desktop", f"{text}\n\n{error}")
        return 2
    window = MainWindow(library, load_variants(), settings)
    window.show()
    window.activateWindow()  # keyboard focus (and its AT-SPI events) even with no window manager
    if args.self_test:
        return self_test(app, window)
    code = app.exec()
    library.close()
    return code
