"""Small helpers the workbench's lists, menus and window share: what a mark's paragraph
became, in words, and which paragraph a reader position is in."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from ..db.anchoring import ARTICLE_GONE, CHANGED, GONE, Placement

translate = QCoreApplication.translate
_PARAGRAPH = re.compile(r"p(\d+)")


def status_line(placement: Placement) -> str:
    """How the paragraph a mark was made on changed, in the interface's language."""
    return {
        CHANGED: translate("Workbench", "The paragraph changed since this was written."),
        GONE: translate(
            "Workbench", "The paragraph this was written on is no longer in the article."
        ),  # fmt: skip
        ARTICLE_GONE: translate("Workbench", "The article is no longer in the library."),
    }.get(placement.status, "")


def paragraph_of(cursor: QTextCursor) -> int:
    """The paragraph (its `pN` anchor) a position in the reader belongs to; 0 for none."""
    block = cursor.block()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            for name in fragment.charFormat().anchorNames() if fragment.isValid() else []:
                found = _PARAGRAPH.fullmatch(name)
                if found:
                    return int(found[1])
            iterator += 1
        block = block.previous()
    return 0
