"""The reader: an article rendered from Markdown in a QTextBrowser, with every hit of the
current query highlighted, next/previous hit, zoom, paragraph citations, and no remote loads."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtWidgets import QWidget

from .. import render
from ..model import Article
from .safe_text import UNKNOWN_SOURCE, SafeBrowser

_MARK = re.compile(r"<mark>")


class ReaderPane(SafeBrowser):
    hitChanged = Signal(int, int)  # current hit (1-based, 0 = none), hit count
    paragraphLinkActivated = Signal(str, int)  # article id, paragraph

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article reader")
        self.anchorClicked.connect(self._anchor)
        self.article: Article | None = None
        self.marked: dict[int, str] = {}
        self.query = ""  # the search whose hits are marked
        self.quote = ""  # or the cited sentence marked
        self.hit_count = 0
        self.current_hit = 0
        self.paragraph = 1
        self.css = ""
        self.document().setDocumentMargin(18)

    def show_welcome(self, articles: int, sources: int) -> None:
        """What the reader shows before any article is opened."""
        self.article = None
        self.document().setDefaultStyleSheet(self.css)
        self.setHtml(
            "<h1>pakru-desktop</h1>"
            f"<p class='meta'>An offline library on Pakistan–Russia relations: {articles} "
            f"articles from {sources} sources. Nothing here reaches the network.</p>"
            "<h2>Searching</h2><ul>"
            "<li>Type in the search field (<b>Ctrl+K</b>); results appear as you type.</li>"
            '<li><b>"gas pipeline"</b> finds the exact phrase; <b>oil OR LNG</b> either word; '
            "<b>Russia -India</b> leaves India out; <b>pipe*</b> any word starting so.</li>"
            "<li>Spellings of one name find each other: <b>Shahbaz</b> finds "
            "<b>Shehbaz</b>; <b>SCO</b> finds the Shanghai Cooperation Organisation.</li>"
            "<li><b>Enter</b> opens the selected result at its paragraph; <b>F3</b> and "
            "<b>Shift+F3</b> walk through the hits; <b>Esc</b> clears them.</li></ul>"
            "<h2>Reading</h2><ul>"
            "<li><b>Alt+Left</b> / <b>Alt+Right</b> go back and forward; <b>Ctrl+=</b> / "
            "<b>Ctrl+-</b> zoom.</li>"
            "<li><b>Ctrl+Shift+C</b> copies a citation of the paragraph you are reading.</li>"
            "<li>Add articles with <b>File → Import</b> or by dropping files on the window."
            "</li></ul>"
        )

    def set_css(self, css: str) -> None:
        self.css = css
        self.document().setDefaultStyleSheet(css)
        if self.article is not None:
            self._render(keep_position=True)

    def show_article(self, article: Article, paragraph: int = 1,
                     marked: dict[int, str] | None = None, query: str = "",
                     quote: str = "") -> None:  # fmt: skip
        """Show an article at a paragraph; `marked` blocks carry the query's hits."""
        self.article = article
        self.query, self.quote = query, quote
        self.marked = marked or {}
        self.paragraph = max(1, paragraph)
        self.current_hit = 0
        self._render()
        if self.marked:
            first_in_paragraph = self._first_hit_at_or_after(self.paragraph)
            self.current_hit = first_in_paragraph
            self._render()
        self._scroll_to(f"p{self.paragraph}")
        self.hitChanged.emit(self.current_hit, self.hit_count)

    def _first_hit_at_or_after(self, paragraph: int) -> int:
        count = 0
        for number in sorted(self.marked):
            hits_here = self.marked[number].count("\x01")
            if number >= paragraph:
                return count + 1
            count += hits_here
        return 1

    def _render(self, keep_position: bool = False) -> None:
        assert self.article is not None
        position = self.verticalScrollBar().value()
        fragment = render.article_html(self.article, self.marked)
        fragment = fragment.replace(
            f"<p><em>{html.escape(render.metadata_line(self.article), quote=False)}</em></p>",
            f"<p class='meta'>{html.escape(render.metadata_line(self.article), quote=False)}</p>",
        )
        fragment = fragment.replace("<blockquote>", "<blockquote class='notice'>")
        counter = iter(range(1, 1_000_000))

        def numbered(_match: re.Match[str]) -> str:
            number = next(counter)
            css_class = "current" if number == self.current_hit else "hit"
            return f'<a name="hit-{number}"></a><span class="{css_class}">'

        fragment = _MARK.sub(numbered, fragment).replace("</mark>", "</span>")
        self.hit_count = next(counter) - 1
        self.document().setDefaultStyleSheet(self.css)
        self.setHtml(fragment)
        if keep_position:
            self.verticalScrollBar().setValue(position)

    def next_hit(self, step: int = 1) -> None:
        """F3 / Shift+F3: walk the hits across the article, wrapping at the ends."""
        if self.hit_count == 0:
            return
        self.current_hit = (self.current_hit - 1 + step) % self.hit_count + 1
        self.paragraph = self._paragraph_of_hit(self.current_hit)
        self._render(keep_position=True)
        self._scroll_to(f"hit-{self.current_hit}")
        self.hitChanged.emit(self.current_hit, self.hit_count)

    def _scroll_to(self, anchor: str) -> None:
        """Bring an anchor into view a little below the top edge, so its line and the one
        before it are both readable."""
        self.scrollToAnchor(anchor)
        bar = self.verticalScrollBar()
        if bar.value() < bar.maximum():
            bar.setValue(max(0, bar.value() - bar.pageStep() // 6))

    def _paragraph_of_hit(self, hit: int) -> int:
        count = 0
        for number in sorted(self.marked):
            count += self.marked[number].count("\x01")
            if count >= hit:
                return number
        return self.paragraph

    def set_marks(self, marked: dict[int, str], query: str) -> None:
        """Another query's hits in the article shown, where the reader is."""
        self.marked, self.query, self.quote = marked, query, ""
        self.current_hit = 0
        self._render(keep_position=True)
        self.hitChanged.emit(0, self.hit_count)

    def clear_hits(self) -> None:
        if self.article is None or not self.marked:
            return
        self.marked = {}
        self.current_hit = 0
        self._render(keep_position=True)
        self.hitChanged.emit(0, 0)

    def paragraph_at_top(self) -> int:
        """The paragraph a reader is looking at: the first one visible in the viewport."""
        cursor = self.cursorForPosition(QPoint(8, 8))
        block = cursor.block()
        while block.isValid():
            for name in _anchor_names(block):
                if re.fullmatch(r"p\d+", name):
                    return int(name[1:])
            block = block.previous()
        return self.paragraph

    def citation(self) -> str:
        """A citation of the current paragraph, as a reader would paste it."""
        if self.article is None:
            return ""
        article = self.article
        number = self.paragraph
        parts = [f"“{article.title}”", article.source or UNKNOWN_SOURCE]
        if article.author:
            parts.append(article.author)
        parts.append(render.date_label(article))
        parts.append(f"paragraph {number}")
        return ", ".join(parts) + f". [{article.source_file or article.article_id}]"

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "pakru" and url.host() == "article":
            target = url.path().strip("/")
            fragment = url.fragment()
            paragraph = int(fragment[1:]) if re.fullmatch(r"p\d+", fragment) else 1
            self.paragraphLinkActivated.emit(target, paragraph)
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().mouseReleaseEvent(event)
        cursor = self.cursorForPosition(event.position().toPoint())
        block = cursor.block()
        while block.isValid():
            names = [n for n in _anchor_names(block) if re.fullmatch(r"p\d+", n)]
            if names:
                self.paragraph = int(names[0][1:])
                return
            block = block.previous()


def _anchor_names(block) -> list[str]:  # type: ignore[no-untyped-def]
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            names += fragment.charFormat().anchorNames()
        iterator += 1
    return names
