"""Dialogs: import summary and About."""

from __future__ import annotations

import html
import sqlite3

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from .. import __version__
from ..library import Library
from ..model import ImportReport
from .safe_text import SafeBrowser


class TextDialog(QDialog):
    """A read-only rich-text page with a Close button."""

    def __init__(self, title: str, body_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = SafeBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setHtml(body_html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 460)


def import_summary_html(report: ImportReport) -> str:
    def section(title: str, rows: list[str]) -> str:
        if not rows:
            return ""
        items = "".join(f"<li>{row}</li>" for row in rows)
        return f"<h3>{title} ({len(rows)})</h3><ul>{items}</ul>"

    name = html.escape
    return (
        f"<p><b>{len(report.imported)}</b> imported, <b>{len(report.skipped)}</b> skipped, "
        f"<b>{len(report.failed)}</b> failed.</p>"
        + section("Imported", [f"{name(o.title)} <small>({name(o.path)})</small>"
                               for o in report.imported])
        + section("Skipped", [f"{name(o.path)}: {name(o.reason)}" for o in report.skipped])
        + section("Failed", [f"{name(o.path)}: {name(o.reason)}" for o in report.failed])
    )  # fmt: skip


def about_html(library: Library) -> str:
    articles = library.count()
    sources = len(library.sources())
    paragraphs = library.conn.execute("SELECT coalesce(sum(length(kinds)), 0) FROM articles")
    return f"""
    <h2>pakru-desktop {__version__}</h2>
    <p>An offline reference library on Pakistan–Russia relations. Nothing in it reaches the
    network.</p>
    <p><b>Library:</b> {articles} articles, {paragraphs.fetchone()[0]} paragraphs,
    {sources} sources<br><small>{html.escape(str(library.path))}</small></p>
    <h3>Licences of what we ship</h3>
    <ul>
    <li><b>Qt {qVersion()}</b> and <b>Qt for Python (PySide6) {pyside_version}</b>: GNU LGPL
    version 3. Qt's libraries are shipped as separate shared libraries that you may replace.
    Source: qt.io and code.qt.io.</li>
    <li><b>SQLite {sqlite3.sqlite_version}</b>: public domain.</li>
    <li><b>sqlite-utils</b>: Apache License 2.0. <b>Python-Markdown</b>: BSD licence.
    <b>platformdirs</b>: MIT licence. <b>charset-normalizer</b>: MIT licence.</li>
    <li><b>Python</b>: PSF License.</li>
    <li><b>DejaVu fonts</b>: Bitstream Vera licence (free to use and redistribute); see
    resources/fonts/LICENSE-DejaVu.txt.</li>
    </ul>
    <p>Articles in the library belong to their publishers; they are quoted for reference.</p>
    """


__all__ = ["TextDialog", "import_summary_html", "about_html"]
