"""Printing and PDF export of what the reader shows (QtPrintSupport, loaded only when used)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextBrowser, QWidget

from . import i18n

if TYPE_CHECKING:
    from .reader_pane import ReaderPane

translate = QCoreApplication.translate  # lupdate reads translate("Printing", …)


def export_pdf(document: QTextDocument, path: Path, title: str) -> bool:
    """Write a document to a PDF file; True when the file was written."""
    from PySide6.QtPrintSupport import QPrinter  # printing is rare: not at start-up

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    document.print_(printer)
    return Path(path).is_file()


def print_document(browser: QTextBrowser, parent: QWidget) -> None:
    """The platform's print dialog, then print if the user agrees."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec():
        browser.document().print_(printer)


def ask_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Where to save a PDF, or None when the user cancels."""
    suggested = str(Path.home() / suggested_name)
    title = translate("Printing", "Export as PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(path) if path else None


def file_name(title: str, fallback: str) -> str:
    """A file name a person recognises: the title, without characters file systems refuse."""
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", title)
    name = " ".join(name.split())[:80].rstrip(" .")
    return f"{name or fallback}.pdf"


def export_pdf_dialog(reader: ReaderPane, tell: Callable[[str, int], None]) -> None:
    """Ask where (suggesting the title), whether to keep the search highlights when there
    are any, then write the article as a PDF; `tell` reports how it went."""
    article = reader.article
    if article is None:
        tell(translate("Printing", "Open an article first."), 4000)
        return
    path = ask_pdf_path(reader, file_name(article.title, article.article_id))
    if path is None:
        return
    keep = True
    if reader.hit_count:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(reader, translate("Printing", "Export as PDF"),
                                      translate("Printing", "Keep the search highlights in the PDF?"),
                                      buttons, QMessageBox.StandardButton.Yes)  # fmt: skip
        keep = answer == QMessageBox.StandardButton.Yes
    ok = export_pdf(reader.printable(keep), path, article.title)
    saved = i18n.arg(translate("Printing", "Saved %1"), path)
    tell(saved if ok else translate("Printing", "Could not write the PDF"), 5000)
