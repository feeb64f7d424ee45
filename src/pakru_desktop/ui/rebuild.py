"""Help → Rebuild the Library: a damaged library is never a dead end.

Offered when the library cannot be opened at start, when its lists cannot be read, and from
the Verify Library page when problems were found. The salvage (pipeline/recovery.py) runs off the UI
thread; afterwards every connection of the window is opened again on the fresh file, and a
page says what was recovered and what was lost."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from .. import paths
from ..db.library import Library
from ..db.schema import LibraryError
from ..pipeline.recovery import Salvage, rebuild_library
from .dialogs import TextDialog

QUESTION = ("Rebuild the library? Every article that can still be read is copied into a fresh "
            "file and indexed again; your own imports are kept, and the damaged file is kept "
            "beside it.")  # fmt: skip


class _Rebuild(QThread):
    done = Signal(object, str)  # Salvage or None, error text

    def __init__(self, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        try:
            salvage = rebuild_library(self.path)
        except (LibraryError, OSError) as error:
            self.done.emit(None, str(error))
            return
        self.done.emit(salvage, "")


class RebuildLibrary(QObject):
    finished = Signal(object)  # Salvage, or None when declined or failed

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.question: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: TextDialog | None = None
        self.job: _Rebuild | None = None
        self.offered = False

    def offer(self, reason: str) -> None:
        """Ask once per session when the library turns out unreadable."""
        if self.offered or self.job is not None:
            return
        self.offered = True
        self.confirm(f"The library cannot be read: {reason}")

    def confirm(self, reason: str = "") -> None:
        self.question = QMessageBox(QMessageBox.Icon.Warning, "Rebuild the Library",
                                    f"{reason}\n\n{QUESTION}" if reason else QUESTION,
                                    QMessageBox.StandardButton.Cancel, self.window)  # fmt: skip
        self.question.setObjectName("rebuild-question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        button = self.question.addButton("Rebuild", QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("rebuild-confirm")
        button.clicked.connect(self.start)
        self.question.open()

    def start(self) -> None:
        if self.job is not None:
            return
        path: Path = self.window.library.path  # type: ignore[attr-defined]
        self.progress = QProgressDialog("Rebuilding the library…", "", 0, 0, self.window)
        self.progress.setCancelButton(None)  # type: ignore[arg-type] - a half-rebuild is worse
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.job = _Rebuild(path, self)
        self.job.done.connect(self._done)
        self.job.finished.connect(self.job.deleteLater)
        self.job.start()

    def _done(self, salvage: Salvage | None, error: str) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if salvage is None:
            text = f"<h3>The library could not be rebuilt</h3><p>{html.escape(error)}</p>"
        else:
            _reopen(self.window)
            text = f"<h3>The library was rebuilt</h3><p>{html.escape(salvage.summary())}</p>"
        self.dialog = TextDialog("Rebuild the Library", text, self.window)
        self.dialog.setObjectName("rebuild-report")
        self.dialog.show()
        self.finished.emit(salvage)


def _reopen(window: QMainWindow) -> None:
    """Every connection of the window on the rebuilt file: the old ones still read the
    damaged file, which was renamed under them."""
    old: Library = window.library  # type: ignore[attr-defined]
    fresh = Library(old.path)
    window.library = fresh  # type: ignore[attr-defined]
    window.engine.conn = fresh.conn  # type: ignore[attr-defined]
    old.close()
    window.work.reopen()  # type: ignore[attr-defined]
    window.work.load_summaries()  # type: ignore[attr-defined]


def add_rebuild_action(window: QMainWindow, menu: QMenu) -> RebuildLibrary:
    """Help → Rebuild the Library…; also offered when the lists cannot be read and from the
    Verify Library page when it found problems."""
    rebuilder = RebuildLibrary(window)
    action = QAction("&Rebuild the Library…", window)
    action.setObjectName("rebuild-library")
    action.setShortcut("Ctrl+Shift+R")
    action.triggered.connect(lambda: rebuilder.confirm())
    menu.addAction(action)
    window.work.loadFailed.connect(rebuilder.offer)  # type: ignore[attr-defined]
    verifier = getattr(window, "verifier", None)
    if verifier is not None:
        verifier.rebuildRequested.connect(lambda: rebuilder.confirm())
    return rebuilder


def add_rebuild_button(dialog: QWidget, requested: Signal) -> None:
    """A Rebuild the Library… button beside Close on a report page."""
    box = dialog.findChild(QDialogButtonBox)
    if box is not None:
        button = box.addButton("Rebuild the Library…", QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName("rebuild-from-report")
        button.clicked.connect(requested.emit)


def rebuild_at_start(error: LibraryError, data_dir: str | None) -> bool:
    """The library cannot be opened at start: offer to rebuild it (True when rebuilt)."""
    target = paths.library_path(paths.user_data_dir(data_dir))
    if not target.is_file() or not os.access(target.parent, os.W_OK):
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, "pakru-desktop",
                      f"The library cannot be opened.\n\n{error}\n\n{QUESTION}",
                      QMessageBox.StandardButton.Cancel)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    rebuild = box.addButton("Rebuild", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is not rebuild:
        return False
    try:
        salvage = rebuild_library(target)
    except (LibraryError, OSError) as failure:
        QMessageBox.critical(
            None, "pakru-desktop", f"The library could not be rebuilt.\n\n{failure}"
        )
        return False
    QMessageBox.information(None, "pakru-desktop", salvage.summary())
    return True
