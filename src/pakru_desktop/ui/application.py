"""Starting the app: QApplication, fonts, settings beside the data, the window, --self-test."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..db.notes import NOTES_FILE, NotesError, NotesStore
from ..db.schema import LibraryError
from ..logs import setup_logging
from ..pipeline.bootstrap import OpenedLibrary, load_variants, open_user_library
from ..pipeline.swap import Interrupted
from . import i18n, plurals
from .crash import install_crash_handler
from .main_window import MainWindow
from .rebuild import rebuild_at_start, tell_interrupted
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


def self_test_settings(data_dir: str | None, folder: Path) -> QSettings:
    """The self-test's own settings: a copy of the ones it would use (their language is
    tested too), in `folder`, so the window size and last article it leaves behind never
    reach the user's next start."""
    mine = folder / "settings.ini"
    chosen = Path(make_settings(data_dir).fileName())
    if chosen.is_file():
        shutil.copyfile(chosen, mine)
    return QSettings(str(mine), QSettings.Format.IniFormat)


def open_notes(data_dir: str | None) -> tuple[NotesStore, str]:
    """The reader's notes file; one that cannot be used is said so, and the session keeps
    its marks in memory rather than refusing to start (the library is still readable)."""
    try:
        return NotesStore(paths.user_data_dir(data_dir) / NOTES_FILE), ""
    except NotesError as error:
        text = QCoreApplication.translate("Application", "Your notes cannot be opened; marks "
                                          "made now are not kept:")  # fmt: skip
        return NotesStore(Path(":memory:")), f"{text} {error}"


def run(args: argparse.Namespace) -> int:
    # Without a display server (a Linux CI or a server), the self-test runs offscreen. Windows
    # and macOS always have their native plugin, and their self-test must prove it loads.
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if args.self_test and headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not args.self_test:
        return _claimed(args, make_settings(args.data_dir))
    with tempfile.TemporaryDirectory(prefix="pakru-self-test-") as folder:
        if paths.explicit_data_dir(args.data_dir) is None:  # never the user's own library
            args.data_dir = str(Path(folder) / "data")
        return _claimed(args, self_test_settings(args.data_dir, Path(folder)))


def _claimed(args: argparse.Namespace, settings: QSettings) -> int:
    """One instance per user and data folder: a later launch hands its file to the first."""
    app = make_application(getattr(args, "qt_args", ()))
    files = [Path(args.file)] if getattr(args, "file", None) else []
    server = None
    if not args.self_test:  # a self-test is its own short-lived instance
        server = claim(args.data_dir, files)
        if server is None:
            return 0  # the running window took the file (or came to the front)
    try:
        return _start(app, args, settings, files, server)
    finally:
        if server is not None:
            server.close()


def _start(app: QApplication, args: argparse.Namespace, settings: QSettings,
           files: list[Path], server: InstanceServer | None) -> int:  # fmt: skip
    log_file = setup_logging(args.data_dir)
    install_crash_handler(log_file)
    notices: list[Interrupted] = []
    try:
        translators = install_language(app, settings)  # they belong to the app (Qt parent)
        library = (OpenedLibrary(files[0]) if files
                   else open_user_library(args.data_dir, told=notices.append))  # fmt: skip
    except (LibraryError, OSError) as error:
        if args.self_test:
            print(f"self-test failed: {error}", file=sys.stderr)
            return 2
        if files:  # someone else's file: said, never rebuilt
            print(f"pakru-desktop: {error}", file=sys.stderr)
            warn_unopened(files[0], str(error))
            return 2
        if isinstance(error, LibraryError) and rebuild_at_start(error, args.data_dir):
            return _start(app, args, settings, files, server)  # the rebuilt (or restored) one
        text = QCoreApplication.translate("Application", "The library cannot be opened.")
        QMessageBox.critical(None, "pakru-desktop", f"{text}\n\n{error}")
        return 2
    notes, problem = open_notes(args.data_dir)
    session = Session(settings, load_variants(), args.data_dir, notes=notes, window_type=MainWindow)
    if files:
        remember(settings, files[0].expanduser().resolve())
    window = session.show(library)
    if problem:
        window.statusBar().showMessage(problem)
    for notice in notices:
        tell_interrupted(window, notice)
    if server is not None:
        server.filesReceived.connect(session.receive)
    if args.self_test:
        return self_test(app, window)
    code = app.exec()
    if session.window is not None:
        session.window.library.close()
    if app.property(i18n.RESTART):  # View → Language → Restart Now: the same process again
        app.setProperty(i18n.RESTART, False)
        translators.install("en")  # this start's translators out; the next installs its own
        if session.window is not None:
            session.window.deleteLater()
        return _start(app, args, settings, files, server)
    return code
