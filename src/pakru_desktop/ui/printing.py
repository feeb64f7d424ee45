"""Printing and PDF export of what the reader shows (QtPrintSupport, loaded only when used)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QTextBrowser, QWidget

from . import i18n

translate = QCoreApplication.translate  # lupdate reads translate("Printing", …)


def export_pdf(browser: QTextBrowser, path: Path, title: str) -> bool:
    """Write the browser's document to a PDF file; True when the file was written."""
    from PySide6.QtPrintSupport import QPrinter  # printing is rare: not at start-up

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    browser.document().print_(printer)
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


def export_pdf_dialog(browser: QTextBrowser, tell: Callable[[str, int], None]) -> None:
    """Ask where, then write the article shown as a PDF; `tell` reports how it went."""
    article = getattr(browser, "article", None)
    if article is None:
        tell(translate("Printing", "Open an article first."), 4000)
        return
    path = ask_pdf_path(browser, f"{article.article_id}.pdf")
    if path is not None:
        ok = export_pdf(browser, path, article.title)
        saved = i18n.arg(translate("Printing", "Saved %1"), path)
        tell(saved if ok else translate("Printing", "Could not write the PDF"), 5000)
