"""The fact-sheet pane for a topic: its introduction and its articles, each a link that opens
the article. (Key figures, agreements, disagreements and the timeline come with the
knowledge layer's facts.)"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..knowledge.topics import Topic
from ..model import ArticleSummary
from .sidebar import date_text


class FactSheetPane(QTextBrowser):
    articleRequested = Signal(str, int)  # article id, paragraph

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Topic fact sheet")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._anchor)
        self.topic: Topic | None = None
        self.css = ""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt's name
        return None  # never fetch anything a page names

    def set_css(self, css: str) -> None:
        self.css = css
        self.document().setDefaultStyleSheet(css)

    def show_topic(self, topic: Topic, articles: list[ArticleSummary] | None) -> None:
        import markdown as markdown_lib  # not on the start-up path

        self.topic = topic
        introduction = markdown_lib.markdown(html.escape(topic.introduction, quote=False))
        if articles is None:
            listing = "<p class='meta'>Finding the topic's articles…</p>"
        elif not articles:
            listing = "<p class='meta'>No article in the library is about this topic yet.</p>"
        else:
            rows = "".join(
                f"<li><a href='pakru://article/{a.article_id}#p1'>{html.escape(a.title)}</a>"
                f"<br><span class='meta'>{html.escape(a.source)} · {date_text(a)}</span></li>"
                for a in articles
            )
            listing = f"<ul>{rows}</ul>"
        count = "" if articles is None else f" ({len(articles)})"
        self.document().setDefaultStyleSheet(self.css)
        self.setHtml(
            f"<h1>{html.escape(topic.title)}</h1>{introduction}<h2>Articles{count}</h2>{listing}"
        )

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "pakru" and url.host() == "article":
            fragment = url.fragment()
            paragraph = int(fragment[1:]) if fragment[1:].isdigit() else 1
            self.articleRequested.emit(url.path().strip("/"), paragraph)
