"""A fact sheet as a file (Markdown, HTML, JSON or PDF): one way for the CLI and the app.

Exports cite in text ([S2 ¶7] and the numbered article list): app links mean nothing outside
the app. Files appear whole or not at all."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..knowledge.sheet import FactSheet
from .sheet import sheet_html_page, sheet_markdown


class ExportError(Exception):
    """The file could not be written; the message says why in one line."""


def sheet_text(sheet: FactSheet, kind: str, *, show_commentary: bool = False,
               language: str = "en") -> str:  # fmt: skip
    """The sheet as Markdown, HTML or JSON text (JSON always holds the commentary, and is
    English: a contract, not reading)."""
    if kind == "json":
        return json.dumps(sheet.to_json(), ensure_ascii=False, indent=2) + "\n"
    if kind == "md":
        return sheet_markdown(sheet, links=False, show_commentary=show_commentary,
                              language=language)  # fmt: skip
    return sheet_html_page(sheet, show_commentary=show_commentary, language=language)


PdfWriter = Callable[[str, Path, str], None]
"""Writes HTML as a PDF file (html, path, title); given by the shell: the app's Qt text
engine, or for the CLI a child `pakru-desktop --html-to-pdf` (the core never loads Qt)."""


def write_sheet(sheet: FactSheet, path: Path, kind: str, *, show_commentary: bool = False,
                language: str = "en", pdf_writer: PdfWriter | None = None) -> None:  # fmt: skip
    """Write the sheet whole or not at all; a PDF needs the shell's `pdf_writer`."""
    if kind == "pdf":
        if pdf_writer is None:
            raise ExportError("no PDF writer is available here")
        page = sheet_html_page(sheet, show_commentary=show_commentary, language=language)
        pdf_writer(page, path, sheet.topic.title)
        return
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(sheet_text(sheet, kind, show_commentary=show_commentary,
                                    language=language), encoding="utf-8")  # fmt: skip
    temporary.replace(path)
