"""Help → Rebuild the Library: a damaged library is never a dead end.

Offered when the library cannot be opened at start, when its lists cannot be read, and from
the Verify Library page when problems were found. The salvage (pipeline/recovery.py) runs off the UI
thread; afterwards every connection of the window is opened again on the fresh file, and a
page says what was recovered and what was lost."""

from __future__ import annotations

import html
import os
import threading
from collections.abc import Callable
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
from ..db.schema import LibraryError
from ..knowledge.library import Library
from ..pipeline.recovery import Salvage, rebuild_library
from ..pipeline.swap import Interrupted, LibraryMissing, restore_previous
from .dialogs import TextDialog

QUESTION = ("Rebuild the library? Every article that can still be read is copied into a fresh "
            "file and indexed again; your own imports are kept, and the damaged file is kept "
            "beside it.")  # fmt: skip


class _Rebuild(QThread):
    done = Signal(object, str)  # Salvage or None, error text
    progressed = Signal(int, int)  # rows read, rows expected (0: unknown)

    def __init__(self, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.path = path
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            salvage = rebuild_library(self.path, self.progressed.emit, self.stop.is_set)
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
        self.progress = QProgressDialog("Rebuilding the library…", "Cancel", 0, 0, self.window)
        self.progress.setObjectName("rebuild-progress")
        # Until the swap, cancelling leaves the library as it was (the swap itself is quick).
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoReset(False)  # all rows read is not the end: indexing follows
        self.progress.setAutoClose(False)
        self.progress.setValue(0)  # starts the clock of the minimum duration
        self.job = _Rebuild(path, self)
        self.progress.canceled.connect(self._cancel)
        self.job.progressed.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.finished.connect(self.job.deleteLater)
        self.job.start()

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.stop.set()

    def _progress(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or dialog.wasCanceled():
            return
        of = f" of {total}" if total else ""
        dialog.setLabelText(f"Rebuilding the library… {done}{of} articles read")
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def _done(self, salvage: Salvage | None, error: str) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if salvage is None:
            text = f"<h3>The library could not be rebuilt</h3><p>{html.escape(error)}</p>"
        else:
            reopen(self.window)
            text = f"<h3>The library was rebuilt</h3><p>{html.escape(salvage.summary())}</p>"
        self.dialog = TextDialog("Rebuild the Library", text, self.window)
        self.dialog.setObjectName("rebuild-report")
        self.dialog.show()
        self.finished.emit(salvage)


def reopen(window: QMainWindow, between: Callable[[], object] | None = None) -> None:
    """Every connection of the window on the file now at the library's path, the old ones
    closed first (and `between` run when none is open): a connection to the replaced file
    deletes `library.sqlite3-wal` by name when it closes, which must never be the new one's."""
    old: Library = window.library  # type: ignore[attr-defined]
    window.work.close_connections()  # type: ignore[attr-defined]
    old.close()
    try:
        if between is not None:
            between()
    finally:
        fresh = Library(old.path)
        window.library = fresh  # type: ignore[attr-defined]
        window.engine.conn = fresh.conn  # type: ignore[attr-defined]
        window.work.load_summaries()  # type: ignore[attr-defined]


def tell_interrupted(window: QMainWindow, notice: Interrupted) -> QMessageBox:
    """What the start did about a rebuild that was interrupted, with Restore when a copy
    was kept."""
    box = QMessageBox(QMessageBox.Icon.Information, "Rebuild the Library", notice.message,
                      QMessageBox.StandardButton.Close, window)  # fmt: skip
    box.setObjectName("rebuild-notice")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if notice.previous is not None:
        button = box.addButton("Restore", QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("rebuild-restore")
        previous = notice.previous
        button.clicked.connect(lambda: _restore_in_window(window, previous))
    box.open()
    return box


def _restore_in_window(window: QMainWindow, previous: Path) -> None:
    path: Path = window.library.path  # type: ignore[attr-defined]
    failed: list[str] = []

    def restore() -> None:
        try:
            restore_previous(path, previous)
        except (LibraryError, OSError) as error:
            failed.append(str(error))

    reopen(window, restore)
    text = (f"The library could not be restored: {failed[0]}" if failed
            else f"The library was restored from {previous.name}.")  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Information, "Rebuild the Library", text,
                      QMessageBox.StandardButton.Close, window)  # fmt: skip
    box.setObjectName("restore-report")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


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
    """The library cannot be opened at start: offer to rebuild it, or to restore the copy a
    rebuild kept when the library itself is missing (True when done)."""
    target = paths.library_path(paths.user_data_dir(data_dir))
    missing = isinstance(error, LibraryMissing)
    if not (target.is_file() or missing) or not os.access(target.parent, os.W_OK):
        return False
    question = "" if missing else f"\n\n{QUESTION}"
    box = QMessageBox(QMessageBox.Icon.Critical, "pakru-desktop",
                      f"The library cannot be opened.\n\n{error}{question}",
                      QMessageBox.StandardButton.Cancel)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    act = box.addButton("Restore" if missing else "Rebuild", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is not act:
        return False
    try:
        if isinstance(error, LibraryMissing):
            restore_previous(target, error.previous)
            QMessageBox.information(None, "pakru-desktop",
                                    f"The library was restored from {error.previous.name}.")  # fmt: skip
            return True
        salvage = rebuild_library(target)
    except (LibraryError, OSError) as failure:
        QMessageBox.critical(
            None, "pakru-desktop", f"The library could not be rebuilt.\n\n{failure}"
        )
        return False
    QMessageBox.information(None, "pakru-desktop", salvage.summary())
    return True
