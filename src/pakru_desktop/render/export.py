"""A fact sheet as a file (Markdown, HTML, JSON or PDF): one way for the CLI and the app.

Exports cite in text ([S2 ¶7] and the numbered article list): app links mean nothing outside
the app. Files appear whole or not at all."""

from __future__ import annotations

import json
import sys
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


def write_sheet(sheet: FactSheet, path: Path, kind: str, *, show_commentary: bool = False,
                language: str = "en") -> None:  # fmt: skip
    if kind == "pdf":
        page = sheet_html_page(sheet, show_commentary=show_commentary, language=language)
        write_pdf(page, path, sheet.topic.title)
        return
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(sheet_text(sheet, kind, show_commentary=show_commentary,
                                    language=language), encoding="utf-8")  # fmt: skip
    temporary.replace(path)


def _is_bundled_cli() -> bool:
    # The bundle's `pakru` carries no Qt (its PySide6 files belong to pakru-desktop and
    # cannot be imported from it); everywhere else Qt can be loaded in this process.
    return bool(getattr(sys, "frozen", False)) and Path(sys.executable).stem == "pakru"


def write_pdf(html_text: str, path: Path, title: str) -> None:
    """PDF through Qt's text engine; from the bundled CLI, the `pakru-desktop` beside it
    does the writing (offscreen, nothing shown)."""
    if not _is_bundled_cli():
        from ..ui.pdf import html_to_pdf  # Qt is loaded for PDF output only

        html_to_pdf(html_text, path, title)
        return
    import os
    import subprocess
    import tempfile

    suffix = ".exe" if sys.platform == "win32" else ""
    program = Path(sys.executable).with_name(f"pakru-desktop{suffix}")
    with tempfile.TemporaryDirectory(prefix="pakru-pdf-") as folder:
        source = Path(folder) / "sheet.html"
        source.write_text(html_text, encoding="utf-8")
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([str(program), "--html-to-pdf", str(source), str(path.resolve()), title],
                              env=environment, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0 or not path.is_file():
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ExportError(f"could not write the PDF ({reason})")
