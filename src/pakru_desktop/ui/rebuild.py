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

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
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
from . import i18n
from .dialogs import TextDialog

translate = QCoreApplication.translate  # lupdate reads translate("RebuildLibrary", …)


def question() -> str:
    """Asked before a rebuild; a function, so that it is translated when shown (a module
    constant would be read before the translator is installed)."""
    return translate("RebuildLibrary", "Rebuild the library? Every article that can still be "
                     "read is copied into a fresh file and indexed again; your own imports are "
                     "kept, and the damaged file is kept beside it.")  # fmt: skip


def title() -> str:
    return translate("RebuildLibrary", "Rebuild the Library")


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
        self.confirm(i18n.arg(translate("RebuildLibrary", "The library cannot be read: %1"),
                              i18n.core_text(reason)))  # fmt: skip

    def confirm(self, reason: str = "") -> None:
        asked = question()
        self.question = QMessageBox(QMessageBox.Icon.Warning, title(),
                                    f"{reason}\n\n{asked}" if reason else asked,
                                    QMessageBox.StandardButton.Cancel, self.window)  # fmt: skip
        self.question.setObjectName("rebuild-question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        button = self.question.addButton(translate("RebuildLibrary", "&Rebuild"),
                                         QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        button.setObjectName("rebuild-confirm")
        button.clicked.connect(self.start)
        self.question.open()

    def start(self) -> None:
        if self.job is not None:
            return
        path: Path = self.window.library.path  # type: ignore[attr-defined]
        self.progress = QProgressDialog(translate("RebuildLibrary", "Rebuilding the library…"),
                                        translate("RebuildLibrary", "Cancel"), 0, 0, self.window)  # fmt: skip
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
        # self.tr: lupdate reads plural forms only from it (context RebuildLibrary, as above)
        if total:  # the plural follows the total: "2 of 21 articles"
            read = i18n.arg(self.tr("Rebuilding the library… %1 of %Ln article(s) read", "",
                                    total), i18n.number(done))  # fmt: skip
        else:
            read = self.tr("Rebuilding the library… %Ln article(s) read", "", done)
        dialog.setLabelText(read)
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
            heading = translate("RebuildLibrary", "The library could not be rebuilt")
            detail = error
        else:
            reopen(self.window)
            heading = translate("RebuildLibrary", "The library was rebuilt")
            detail = salvage.summary()
        text = f"<h3>{html.escape(heading)}</h3><p>{html.escape(i18n.core_text(detail))}</p>"
        self.dialog = TextDialog(title(), text, self.window)
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
    box = QMessageBox(QMessageBox.Icon.Information, title(), i18n.core_text(notice.message),
                      QMessageBox.StandardButton.Close, window)  # fmt: skip
    box.setObjectName("rebuild-notice")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if notice.previous is not None:
        button = box.addButton(translate("RebuildLibrary", "Re&store"),
                               QMessageBox.ButtonRole.ActionRole)  # fmt: skip
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
    if failed:
        text = i18n.arg(translate("RebuildLibrary", "The library could not be restored: %1"),
                        i18n.core_text(failed[0]))  # fmt: skip
    else:
        text = restored(previous)
    box = QMessageBox(QMessageBox.Icon.Information, title(), text,
                      QMessageBox.StandardButton.Close, window)  # fmt: skip
    box.setObjectName("restore-report")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def restored(previous: Path) -> str:
    return i18n.arg(translate("RebuildLibrary", "The library was restored from %1."),
                    previous.name)  # fmt: skip


def add_rebuild_action(window: QMainWindow, menu: QMenu) -> RebuildLibrary:
    """Help → Rebuild the Library…; also offered when the lists cannot be read and from the
    Verify Library page when it found problems."""
    rebuilder = RebuildLibrary(window)
    action = QAction(translate("RebuildLibrary", "&Rebuild the Library…"), window)
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
        button = box.addButton(translate("RebuildLibrary", "&Rebuild the Library…"),
                               QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        button.setObjectName("rebuild-from-report")
        button.clicked.connect(requested.emit)


def rebuild_at_start(error: LibraryError, data_dir: str | None) -> bool:
    """The library cannot be opened at start: offer to rebuild it, or to restore the copy a
    rebuild kept when the library itself is missing (True when done)."""
    target = paths.library_path(paths.user_data_dir(data_dir))
    missing = isinstance(error, LibraryMissing)
    if not (target.is_file() or missing) or not os.access(target.parent, os.W_OK):
        return False
    asked = "" if missing else f"\n\n{question()}"
    cannot = translate("RebuildLibrary", "The library cannot be opened.")
    box = QMessageBox(QMessageBox.Icon.Critical, "pakru-desktop",
                      f"{cannot}\n\n{i18n.core_text(str(error))}{asked}",
                      QMessageBox.StandardButton.Cancel)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    act = box.addButton(translate("RebuildLibrary", "Re&store") if missing
                        else translate("RebuildLibrary", "&Rebuild"),
                        QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    box.exec()
    if box.clickedButton() is not act:
        return False
    try:
        if isinstance(error, LibraryMissing):
            restore_previous(target, error.previous)
            QMessageBox.information(None, "pakru-desktop", restored(error.previous))
            return True
        salvage = rebuild_library(target)
    except (LibraryError, OSError) as failure:
        failed = translate("RebuildLibrary", "The library could not be rebuilt")
        QMessageBox.critical(None, "pakru-desktop", f"{failed}\n\n{i18n.core_text(str(failure))}")
        return False
    QMessageBox.information(None, "pakru-desktop", i18n.core_text(salvage.summary()))
    return True
