"""Help → Verify Library: the checks of `pakru verify`, off the UI thread, then one page that
says exactly what is wrong (or that all is well).

Verifying hashes every article's text, seconds on a large library, so it runs in its own
thread with its own connection (SQLite connections stay in the thread that made them), behind
a cancellable progress dialog."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QProgressDialog

from ..db.safe_db import explain
from ..db.schema import LibraryError
from ..knowledge.library import Library
from ..pipeline.collection import ManifestCheck, check_manifest
from . import i18n
from .dialogs import TextDialog
from .rebuild import add_rebuild_button

translate = QCoreApplication.translate  # lupdate reads translate("VerifyLibrary", …)


class _Check(QThread):
    checked = Signal(object, int, object)  # problems: list[str], article count, ManifestCheck

    def __init__(self, library_path: Path, parent: QObject, strict: bool = False) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self.strict = strict  # a collection opened from a file: checked as handed out

    def run(self) -> None:
        try:
            with Library(self.library_path) as library:
                manifest = check_manifest(library.conn, self.isInterruptionRequested, self.strict)
                # Cancel stops a long check mid-statement (the progress handler asks).
                with library.guard.cancelled_by(self.isInterruptionRequested):
                    problems = library.verify() + manifest.problems
                count = library.count()
        except (LibraryError, sqlite3.DatabaseError, OSError) as error:
            reason = explain(error) if isinstance(error, sqlite3.Error) else str(error)
            why = i18n.arg(translate("VerifyLibrary", "the library cannot be read: %1"), reason)
            self.checked.emit([why], 0, ManifestCheck(False))
            return
        except (RecursionError, MemoryError, ValueError) as error:  # a hostile file: say so, end
            why = i18n.arg(translate("VerifyLibrary", "the library cannot be checked: %1"),
                           type(error).__name__)  # fmt: skip
            self.checked.emit([why], 0, ManifestCheck(False))
            return
        self.checked.emit(problems, count, manifest)


class VerifyLibrary(QObject):
    finished = Signal(object)  # the problems found (list[str]), or None when cancelled
    rebuildRequested = Signal()  # the report's Rebuild the Library… button

    def __init__(self, window: QMainWindow, library_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.library_path = library_path
        self.check: _Check | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: TextDialog | None = None
        self.cancelled = False

    def start(self) -> None:
        if self.check is not None:
            return  # one check at a time
        self.cancelled = False
        self.progress = QProgressDialog(self.tr("Checking every article…"), self.tr("Cancel"), 0,
                                        0, self.window)  # fmt: skip
        self.progress.setWindowTitle(self.tr("Verify Library"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)
        self.check = _Check(
            self.library_path, self, getattr(self.window, "opened", None) is not None
        )
        self.check.checked.connect(self._done)
        self.check.finished.connect(self._cleanup)
        self.check.start()

    def _cancel(self) -> None:
        self.cancelled = True
        if self.check is not None:
            self.check.requestInterruption()

    def _cleanup(self) -> None:
        if self.check is not None:
            self.check.deleteLater()
            self.check = None

    def _done(self, problems: list[str], count: int, manifest: ManifestCheck) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self.cancelled:
            self.window.statusBar().showMessage(self.tr("Verification cancelled."), 5000)
            self.finished.emit(None)
            return
        self.dialog = TextDialog(self.tr("Verify Library"), self.report_html(problems, count, manifest),
                                 self.window)  # fmt: skip
        self.dialog.setObjectName("verify-report")
        if problems and not self.window.library.read_only:  # type: ignore[attr-defined]
            # (a rebuild writes a new file beside the library: never offered where it cannot)
            add_rebuild_button(self.dialog, self.rebuildRequested)
        self.dialog.show()
        self.finished.emit(problems)

    def report_html(self, problems: list[str], count: int, manifest: ManifestCheck) -> str:
        # The manifest's summary and the problems are the core's words, in English (as
        # `pakru verify` prints them).
        summary = f"<p>{html.escape(manifest.summary())}</p>"
        if not problems:
            sound, checked = (
                self.tr("The library is sound"),
                self.tr("%Ln article(s) checked.", "", count),
            )
            return f"<h3>{sound}</h3><p>{checked}</p>{summary}"
        items = "".join(f"<li>{html.escape(problem)}</li>" for problem in problems)
        found = self.tr("%Ln problem(s) found", "", len(problems))
        return f"<h3>{found}</h3><ul>{items}</ul>{summary}"


def add_verify_action(window: QMainWindow, menu: QMenu, library_path: Path) -> VerifyLibrary:
    """Put Verify Library… in `menu`; returns the flow (kept by the window, used by tests)."""
    verifier = VerifyLibrary(window, library_path)
    action = QAction(translate("VerifyLibrary", "&Verify Library…"), window)
    action.setObjectName("verify-library")
    action.setShortcut("Ctrl+Shift+V")
    action.triggered.connect(verifier.start)
    menu.addAction(action)
    return verifier
