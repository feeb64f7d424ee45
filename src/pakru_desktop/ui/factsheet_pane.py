"""The fact-sheet pane: a topic's sheet (built off the UI thread) with citation links that
open the article at the cited paragraph, the quoted sentence highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import parse_qs, unquote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QWidget

from ..knowledge.topics import Topic
from . import i18n, theme
from .safe_text import SafeBrowser, paragraph_number


def parse_citation_url(url: QUrl) -> tuple[str, int, str] | None:
    """pakru://article/ID?q=QUOTE#pN → (id, N, quote); None for any other link."""
    if url.scheme() != "pakru" or url.host() != "article":
        return None
    fragment = url.fragment()
    paragraph = paragraph_number(fragment)
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
        self.show_commentary = False
        self.decorate: Callable[[str, Topic], str] | None = None  # the reader's notes on lines

    def set_show_commentary(self, on: bool) -> None:
        """Show or hide the commentary section; the open sheet is drawn again at once."""
        self.show_commentary = on
        if self.topic is not None and self.sheet is not None:
            self.show_sheet(self.topic, self.sheet, "")

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
        """`sheet_html`: the sheet as the background worker rendered it (no commentary);
        with commentary asked for (or no HTML given) the pane renders the sheet itself."""
        position = self.verticalScrollBar().value() if self.sheet is not None else 0
        if self.show_commentary or not sheet_html:
            from ..render.sheet import markdown_to_html, sheet_markdown

            sheet_html = markdown_to_html(
                sheet_markdown(
                    sheet,
                    show_commentary=self.show_commentary,  # type: ignore[arg-type]
                    language=i18n.language(),
                )
            )
        self.topic = topic
        self.sheet = sheet
        link = self.tr("Open this topic's timeline as a picture")
        timeline_link = f"<p class='meta'><a href='pakru://timeline/{topic.slug}'>{link}</a></p>"
        body = sheet_html.replace("</h1>", "</h1>" + timeline_link, 1)
        if self.decorate is not None:
            body = self.decorate(body, topic)
        self.document().setDefaultStyleSheet(self.css)
        self.setHtml(theme.qt_marks(body))
        self.verticalScrollBar().setValue(self.take_pending_scroll(position))

    def redraw(self) -> None:
        """Draw the open sheet again (a note was added to one of its lines)."""
        if self.topic is not None and self.sheet is not None:
            position = self.verticalScrollBar().value()
            self.show_sheet(self.topic, self.sheet, "")
            self.verticalScrollBar().setValue(position)

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "pakru" and url.host() == "timeline":
            self.timelineRequested.emit(url.path().strip("/"))
            return
        cited = parse_citation_url(url)
        if cited is not None:
            self.articleRequested.emit(*cited)
