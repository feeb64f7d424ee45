"""Notes → Export Notes… / Import Notes…: the reader's own marks as a JSON file, the same
file `pakru notes export/import` writes and reads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..db.notes import NotesError
from . import i18n

if TYPE_CHECKING:
    from .workbench import Workbench

translate = QCoreApplication.translate


def export_notes_dialog(bench: Workbench) -> Path | None:
    title = translate("Workbench", "Export Notes")
    path, _ = QFileDialog.getSaveFileName(bench.window, title, str(Path.home() / "pakru-notes.json"),
                                          "JSON (*.json)")  # fmt: skip
    if not path:
        return None
    try:
        count = bench.store.export_file(Path(path))
    except NotesError as error:
        bench.window.statusBar().showMessage(str(error), 8000)
        return None
    message = bench.marks_written(count)
    bench.window.statusBar().showMessage(i18n.arg(message, path), 8000)
    return Path(path)


def import_notes_dialog(bench: Workbench) -> tuple[int, int] | None:
    title = translate("Workbench", "Import Notes")
    # Several files at once (one from each machine the reader keeps notes on).
    paths, _ = QFileDialog.getOpenFileNames(bench.window, title, str(Path.home()), "JSON (*.json)")
    added = skipped = 0
    for path in paths:
        try:
            more, known = bench.store.import_file(Path(path))
        except NotesError as error:
            bench.window.statusBar().showMessage(str(error), 8000)
            return None
        added, skipped = added + more, skipped + known
    if not paths:
        return None
    message = bench.marks_added(added)
    bench.window.statusBar().showMessage(i18n.arg(message, i18n.number(skipped)), 8000)
    return added, skipped
