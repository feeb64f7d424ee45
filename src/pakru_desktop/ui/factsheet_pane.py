"""The fact-sheet pane: a topic's sheet (built off the UI thread) with citation links that
open the article at the cited paragraph, the quoted sentence highlighted."""

from __future__ import annotations

import html
from urllib.parse import parse_qs, unquote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QWidget

from ..knowledge.topics import Topic
from . import theme
from .safe_text import SafeBrowser


def parse_citation_url(url: QUrl) -> tuple[str, int, str] | None:
    """pakru://article/ID?q=QUOTE#pN → (id, N, quote); None for any other link."""
    if url.scheme() != "pakru" or url.host() != "article":
        return None
    fragment = url.fragment()
    paragraph = int(fragment[1:]) if fragment[1:].isdigit() else 1
    query = parse_qs(url.query(QUrl.ComponentFormattingOption.FullyEncoded))
    quote = unquote(query.get("q", [""])[0]) if "q" in query else ""
    return url.path().strip("/"), paragraph, quote


class FactSheetPane(SafeBrowser):
    articleRequested = Signal(str, int, str)  # article id, paragraph, quoted sentence
    timelineRequested = Signal(str)  # topic slug

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Topic fact sheet"))
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._anchor)
        self.topic: Topic | None = None
        self.sheet: object | None = None  # the FactSheet shown, once loaded
        self.css = ""

    def set_css(self, css: str) -> None:
        self.css = css
        self.document().setDefaultStyleSheet(css)

    def show_loading(self, topic: Topic) -> None:
        self.topic = topic
        self.sheet = None
        self.document().setDefaultStyleSheet(self.css)
        gathering = self.tr("Gathering the facts…")
        self.setHtml(f"<h1>{html.escape(topic.title)}</h1><p class='meta'>{gathering}</p>")

    def show_sheet(self, topic: Topic, sheet: object, sheet_html: str) -> None:
        position = self.verticalScrollBar().value() if self.sheet is not None else 0
        self.topic = topic
        self.sheet = sheet
        link = self.tr("Open this topic's timeline as a picture")
        timeline_link = f"<p class='meta'><a href='pakru://timeline/{topic.slug}'>{link}</a></p>"
        body = sheet_html.replace("</h1>", "</h1>" + timeline_link, 1)
        self.document().setDefaultStyleSheet(self.css)
        self.setHtml(theme.qt_marks(body))
        self.verticalScrollBar().setValue(self.take_pending_scroll(position))

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "pakru" and url.host() == "timeline":
            self.timelineRequested.emit(url.path().strip("/"))
            return
        cited = parse_citation_url(url)
        if cited is not None:
            self.articleRequested.emit(*cited)
