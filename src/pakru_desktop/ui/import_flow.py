"""Importing from the window: file dialogs, a cancellable progress dialog while the background
thread imports (one transaction: cancelled means unchanged), then a summary of every file.

Cancel works until the import starts saving; from then on the dialog says it is too late (the
Cancel button goes), and a cancel pressed in that moment is answered truthfully."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..ingest.formats import BINARY_SUFFIXES, TEXT_SUFFIXES
from ..model import ImportReport
from ..text.printable import printable
from . import i18n
from .dialogs import TextDialog, import_summary_html
from .workers import BackgroundWork

# Every format the readers take (ingest/formats.py), named in the file dialog's filter.
ARTICLE_PATTERNS = " ".join(f"*{suffix}" for suffix in TEXT_SUFFIXES + BINARY_SUFFIXES)


def article_files() -> str:
    """The file dialog's filter, its names in the interface language."""
    translate = QCoreApplication.translate
    articles = translate("ImportFlow", "Articles (%1)")
    everything = translate("ImportFlow", "All files (*)")
    return f"{i18n.arg(articles, ARTICLE_PATTERNS)};;{everything}"


class ImportFlow(QObject):
    finished = Signal(object)  # ImportReport, or None when cancelled or failed
    message = Signal(str)  # one line for the status bar

    def __init__(self, work: BackgroundWork, parent: QWidget) -> None:
        super().__init__(parent)
        self.work = work
        self.window = parent
        self.progress: QProgressDialog | None = None
        self.summary_dialog: TextDialog | None = None
        self.committing = False
        self.cancel_requested = False
        work.importProgress.connect(self._progress)
        work.importCommitting.connect(self._committing)
        work.importDone.connect(self._done)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), str(Path.home()), article_files()
        )
        if files:
            self.start([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder of articles")
        )
        if folder:
            self.start([Path(folder)])

    def start(self, paths: list[Path]) -> None:
        self.committing = self.cancel_requested = False
        self.progress = QProgressDialog(self.tr("Importing articles…"), self.tr("Cancel"), 0, 0,
                                        self.window)  # fmt: skip
        self.progress.setObjectName("import-progress")
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoReset(False)  # the dialog closes when the import is done, not before
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._cancel)
        self.work.import_paths(paths)

    def _cancel(self) -> None:
        self.cancel_requested = True
        self.work.cancel_import()

    def _progress(self, done: int, total: int, path: str) -> None:
        # A local: setValue() may process events, and with them the end of the import.
        dialog = self.progress
        if dialog is None or self.committing:
            return
        shown = done + 1 if done < total else done
        text = i18n.arg(self.tr("Importing %1 of %2…"), i18n.number(shown), i18n.number(total))
        dialog.setLabelText(f"{text}\n{printable(Path(path).name)}")
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def _committing(self) -> None:
        self.committing = True
        dialog = self.progress
        if dialog is not None:
            dialog.setLabelText(self.tr("Saving the import… it is too late to cancel."))
            dialog.setCancelButton(None)  # type: ignore[arg-type]

    def _done(self, report: ImportReport | None, error: str) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        if report is None:
            self.message.emit(
                i18n.arg(self.tr("The import failed and was undone: %1"), error)
                if error
                else self.tr("The import was cancelled; the library is as it was.")
            )
            self.finished.emit(None)
            return
        if self.cancel_requested:
            self.message.emit(self.tr("Cancel came too late: the import was already being "
                                      "saved, and it is complete."))  # fmt: skip
        self.summary_dialog = TextDialog(self.tr("Import summary"), import_summary_html(report),
                                         self.window)  # fmt: skip
        self.summary_dialog.setObjectName("import-summary")
        self.summary_dialog.show()
        self.finished.emit(report)
