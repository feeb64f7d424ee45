"""Dialogs: import summary and About."""

from __future__ import annotations

import html
import sqlite3

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from .. import __version__
from ..knowledge.library import Library
from ..model import ImportOutcome, ImportReport
from ..text.printable import printable
from . import i18n
from .safe_text import SafeBrowser

translate = QCoreApplication.translate  # lupdate reads translate("Dialogs", …)


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


class Dialogs(QObject):
    """Counted words of the dialogs' pages (lupdate reads plural forms from self.tr only)."""

    def counts(self, articles: int, paragraphs: int, sources: int) -> str:
        return ", ".join([
            self.tr("%Ln article(s)", "", articles),
            self.tr("%Ln paragraph(s)", "", paragraphs),
            self.tr("%Ln source(s)", "", sources),
        ])  # fmt: skip


def import_summary_html(report: ImportReport) -> str:
    def section(title: str, rows: list[str]) -> str:
        if not rows:
            return ""
        items = "".join(f"<li>{row}</li>" for row in rows)
        return f"<h3>{title} ({i18n.number(len(rows))})</h3><ul>{items}</ul>"

    def name(text: str) -> str:  # a file name is a stranger's string: shown, never acting
        return html.escape(printable(text))

    def replaced(outcome: ImportOutcome) -> str:  # the new text of an article already here
        if not outcome.replaced:
            return ""
        return " — " + html.escape(translate("Dialogs", "replaced the earlier version"))

    counts = [f"<b>{i18n.number(len(files))}</b>"
              for files in (report.imported, report.skipped, report.failed)]  # fmt: skip
    # The reasons a file was skipped or failed come from the core, in English: translated
    # here (text/messages.py) where the catalogue has them.
    return (
        "<p>" + i18n.arg(translate("Dialogs", "%1 imported, %2 skipped, %3 failed."), *counts)
        + "</p>"
        + section(translate("Dialogs", "Imported"),
                  [f"{name(o.title)} <small>({name(o.path)})</small>{replaced(o)}"
                   for o in report.imported])
        + section(translate("Dialogs", "Skipped"),
                  [f"{name(o.path)}: {name(i18n.core_text(o.reason))}" for o in report.skipped])
        + section(translate("Dialogs", "Failed"),
                  [f"{name(o.path)}: {name(i18n.core_text(o.reason))}" for o in report.failed])
    )  # fmt: skip


def about_html(library: Library) -> str:
    articles = library.count()
    sources = len(library.sources())
    paragraphs = library.conn.execute("SELECT coalesce(sum(length(kinds)), 0) FROM articles")
    counts = Dialogs().counts(articles, paragraphs.fetchone()[0], sources)
    about = translate("Dialogs", "An offline reference library on Pakistan–Russia relations. Nothing in it reaches the network.")  # fmt: skip
    library_label = translate("Dialogs", "Library:")
    licences = translate("Dialogs", "Licences of what we ship")
    belong = translate("Dialogs", "Articles in the library belong to their publishers; they are quoted for reference.")  # fmt: skip
    # The licences themselves stay in English, the language they are granted in.
    return f"""
    <h2>pakru-desktop {__version__}</h2>
    <p>{about}</p>
    <p><b>{library_label}</b> {counts}<br>
    <small>{html.escape(str(library.path))}</small></p>
    <h3>{licences}</h3>
    <ul dir="ltr">
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
    <p>{belong}</p>
    """


__all__ = ["TextDialog", "import_summary_html", "about_html"]
