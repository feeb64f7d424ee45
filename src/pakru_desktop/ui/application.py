"""Starting the app: QApplication, fonts, settings beside the data, the window, --self-test."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..db.schema import LibraryError
from ..pipeline.bootstrap import OpenedLibrary, load_variants, open_user_library
from . import i18n, plurals
from .rebuild import rebuild_at_start
from .self_test import self_test
from .session import Session, remember, warn_unopened
from .single_instance import InstanceServer, claim
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


def make_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication, given Qt's own command-line options (app.split_qt_args)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(paths.APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # Wayland compositors match a window to its .desktop file (icon, name) by this id.
    QGuiApplication.setDesktopFileName(paths.DESKTOP_ID)
    app = QApplication([sys.argv[0] if sys.argv else paths.APP_NAME, *qt_args])
    plurals.install(app)
    families = load_bundled_fonts()
    if "DejaVu Sans" in families:
        # Our font, at the size the desktop asks for (large-print settings are honoured);
        # DejaVu lacks Urdu's ہ ے ۔: they come from the bundled Naskh, never a system font or a box.
        size = app.font().pointSizeF()
        chosen = [f for f in ("DejaVu Sans", "Noto Naskh Arabic") if f in families]
        app.setFont(QFont(chosen, round(size) if size > 0 else 10))
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
    app = make_application(getattr(args, "qt_args", ()))
    files = [Path(args.file)] if getattr(args, "file", None) else []
    server = None
    if not args.self_test:  # a self-test is its own short-lived instance
        server = claim(args.data_dir, files)
        if server is None:
            return 0  # the running window took the file (or came to the front)
    try:
        return _start(app, args, files, server)
    finally:
        if server is not None:
            server.close()


def _start(app: QApplication, args: argparse.Namespace, files: list[Path],
           server: InstanceServer | None) -> int:  # fmt: skip
    try:
        settings = make_settings(args.data_dir)
        install_language(app, settings)  # its translators belong to the app (Qt parent)
        library = OpenedLibrary(files[0]) if files else open_user_library(args.data_dir)
    except (LibraryError, OSError) as error:
        if args.self_test:
            print(f"self-test failed: {error}", file=sys.stderr)
            return 2
        if files:  # someone else's file: said, never rebuilt
            print(f"pakru-desktop: {error}", file=sys.stderr)
            warn_unopened(files[0], str(error))
            return 2
        if isinstance(error, LibraryError) and rebuild_at_start(error, args.data_dir):
            return _start(app, args, files, server)  # the rebuilt library
        text = QCoreApplication.translate("Application", "The library cannot be opened.")
        QMessageBox.critical(None, "pakru-desktop", f"{text}\n\n{error}")
        return 2
    session = Session(settings, load_variants(), args.data_dir)
    if files:
        remember(settings, files[0].expanduser().resolve())
    window = session.show(library)
    if server is not None:
        server.filesReceived.connect(session.receive)
    if args.self_test:
        return self_test(app, window)
    code = app.exec()
    if session.window is not None:
        session.window.library.close()
    return code
