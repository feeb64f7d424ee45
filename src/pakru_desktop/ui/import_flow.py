"""Importing from the window: file dialogs, a cancellable progress dialog while the background
thread imports (one transaction: cancelled means unchanged), then a summary of every file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..ingest.formats import FILE_DIALOG_FILTER as ARTICLE_FILES
from ..model import ImportReport
from .dialogs import TextDialog, import_summary_html
from .workers import BackgroundWork


class ImportFlow(QObject):
    finished = Signal(object)  # ImportReport, or None when cancelled or failed
    message = Signal(str)  # one line for the status bar

    def __init__(self, work: BackgroundWork, parent: QWidget) -> None:
        super().__init__(parent)
        self.work = work
        self.window = parent
        self.progress: QProgressDialog | None = None
        self.summary_dialog: TextDialog | None = None
        work.importProgress.connect(self._progress)
        work.importDone.connect(self._done)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, "Import articles", str(Path.home()), ARTICLE_FILES
        )
        if files:
            self.start([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Import a folder of articles")
        if folder:
            self.start([Path(folder)])

    def start(self, paths: list[Path]) -> None:
        self.progress = QProgressDialog("Importing articles…", "Cancel", 0, 0, self.window)
        self.progress.setWindowTitle("Import")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.work.cancel_import)
        self.work.import_paths(paths)

    def _progress(self, done: int, total: int, path: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            shown = done + 1 if done < total else done
            self.progress.setLabelText(f"Importing {shown} of {total}…\n{Path(path).name}")

    def _done(self, report: ImportReport | None, error: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if report is None:
            self.message.emit(
                f"The import failed and was undone: {error}"
                if error
                else "The import was cancelled; the library is as it was."
            )
            self.finished.emit(None)
            return
        self.summary_dialog = TextDialog("Import summary", import_summary_html(report), self.window)
        self.summary_dialog.setObjectName("import-summary")
        self.summary_dialog.show()
        self.finished.emit(report)
