"""Text from articles and collections is never markup, and documents load nothing but ours.

A title like `<img src="file:///dev/zero"> Zero` is a stranger's string: shown as rich text
(tool tips are rich text whenever they look like it), Qt would read the named file, and
/dev/zero exhausts memory. Every document we show refuses every resource it names: Qt's own
fallback in QTextDocument::loadResource reads local files and decodes data: URIs whenever the
override returns nothing, so the override returns a blank image instead of nothing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QCursor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip

from ..render.article import UNKNOWN_SOURCE
from . import i18n

__all__ = ["UNKNOWN_SOURCE", "SafeBrowser", "SafeDocument", "plain_tip", "refused"]

ZOOM_LIMIT = 8
_BLANK = QImage(1, 1, QImage.Format.Format_ARGB32)
_BLANK.fill(0)


def plain_tip(text: str) -> str:
    """A tool tip that shows `text` literally: escaped inside rich text, so nothing in it is
    read as a tag (a plain-text tip would be sniffed and rendered as HTML)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


def refused(kind: int, url: QUrl | str) -> object:
    """What a document gets for any resource it names: nothing from disk, data: or the net."""
    if int(kind) == QTextDocument.ResourceType.StyleSheetResource.value:
        return " "  # not "": PySide passes an empty string on as "no answer"
    return _BLANK


class SafeDocument(QTextDocument):
    """A QTextDocument for item delegates and PDFs that loads no resource at all."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt's name
        return refused(kind, url)


class SafeBrowser(QTextBrowser):
    """Every document pane (reader, fact sheet, timeline list, dialogs): links are ours to
    handle, and no resource a page names is ever fetched."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        # The document refuses too: a style sheet's @import of a URL an image also names
        # reached Qt's own file reading past the browser's override.
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)  # we decide what a link does; nothing ever leaves the app
        self.setOpenExternalLinks(False)
        self.zoom = 0  # steps from the desktop's font size (Ctrl+= / Ctrl+-)
        self.pending_scroll = -1  # where to scroll once the page being loaded arrives
        self.title_of: Callable[[str], str] | None = None  # names a cited article on hover
        self.highlighted.connect(self._hovered)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt's name
        return refused(kind, url)

    def _hovered(self, url: QUrl) -> None:
        """Hovering a citation like [S2 ¶7] names the article it points to."""
        if self.title_of is None or url.scheme() != "pakru" or url.host() != "article":
            QToolTip.hideText()
            return
        title = self.title_of(url.path().strip("/"))
        fragment = url.fragment()
        if _PARAGRAPH_FRAGMENT.fullmatch(fragment):  # the context is this class's, any pane
            text = QCoreApplication.translate("SafeBrowser", "%1, paragraph %2")
            title = i18n.arg(text, title, i18n.number(paragraph_number(fragment))) if title else ""
        if title:
            QToolTip.showText(QCursor.pos(), plain_tip(title), self)

    def scroll_when_shown(self, value: int) -> None:
        """Back/Forward: scroll there now, and again when a page still loading arrives."""
        self.pending_scroll = value
        self.verticalScrollBar().setValue(value)

    def take_pending_scroll(self, default: int) -> int:
        value, self.pending_scroll = self.pending_scroll, -1
        return value if value >= 0 else default

    def set_zoom(self, level: int) -> None:
        level = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, level))
        step = level - self.zoom
        if step > 0:
            self.zoomIn(step)
        elif step < 0:
            self.zoomOut(-step)
        self.zoom = level


_PARAGRAPH_FRAGMENT = re.compile(r"p([1-9][0-9]{0,5})")  # ¶1 … ¶999999: Qt's int holds it


def paragraph_number(fragment: str) -> int:
    """The paragraph a link's `#pN` names; 1 for anything else (a hostile page's
    `#p99999999999999999999` would overflow the int a Qt signal carries)."""
    found = _PARAGRAPH_FRAGMENT.fullmatch(fragment)
    return int(found.group(1)) if found else 1
