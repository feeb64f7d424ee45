"""HTML → PDF with Qt's text engine, for `pakru factsheet --format pdf` and the File menu.

Works without a display: the CLI gets an offscreen QGuiApplication of its own."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from .safe_text import SafeDocument


def html_to_pdf(html_text: str, path: Path, title: str) -> None:
    """Write an A4 PDF of the HTML; the file appears whole or not at all."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        from .theme import load_bundled_fonts

        load_bundled_fonts()
        app.setApplicationName("pakru")
    temporary = Path(path).with_name(Path(path).name + ".part")
    writer = QPdfWriter(str(temporary))
    writer.setTitle(title)
    writer.setCreator("pakru-desktop")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))  # fmt: skip
    document = SafeDocument()  # an exported page embeds nothing it names
    document.setDefaultStyleSheet(
        "body { font-family: 'DejaVu Sans'; } mark { background: #ffe98f; }"
    )
    document.setHtml(html_text)
    document.print_(writer)
    del writer  # closes and flushes the file
    temporary.replace(path)
