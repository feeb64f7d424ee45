"""The reader: an article rendered from Markdown in a QTextBrowser, with every hit of the
current query highlighted, next/previous hit, zoom, paragraph citations, and no remote loads."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from ..model import Article
from ..render import article as render
from . import i18n
from .safe_text import SafeBrowser, SafeDocument, paragraph_number

_MARK = re.compile(r"<mark>")
# Marks only a space apart are one hit to a reader ("Shehbaz Sharif", a name's two words
# marked one by one): one highlight, counted once by the hit counter and F3.
_ADJACENT = re.compile("\x02(\\s*)\x01")


def merged(marked: dict[int, str]) -> dict[int, str]:
    """Blocks marked with \\x01…\\x02, with marks only whitespace apart joined into one."""
    return {number: _ADJACENT.sub(r"\1", text) for number, text in marked.items()}


_ANCHOR = re.compile(r'<a name="p(\d+)" id="p\d+"></a>')  # render's paragraph anchors
_META = re.compile(r'<p dir="auto"><em>.*?</em></p>', re.DOTALL)  # render's metadata line
_NOTICE = re.compile(r"<blockquote>.*?</blockquote>", re.DOTALL)  # render's truncation note


class ReaderPane(SafeBrowser):
    hitChanged = Signal(int, int)  # current hit (1-based, 0 = none), hit count
    paragraphLinkActivated = Signal(str, int)  # article id, paragraph

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article reader"))
        self.anchorClicked.connect(self._anchor)
        self.article: Article | None = None
        self.marked: dict[int, str] = {}
        self.query = ""  # the search whose hits are marked
        self.numbers = False  # paragraph numbers shown, so "¶21" can be checked by eye
        self.quote = ""  # or the cited sentence marked
        self.hit_count = 0
        self.current_hit = 0
        self.paragraph = 1
        self.css = ""
        # The reader's own marks drawn into the article (ui/workbench.py sets it).
        self.decorate: Callable[[str, Article], str] | None = None
        self.document().setDocumentMargin(18)

    def show_welcome(self, articles: int, sources: int) -> None:
        """What the reader shows before any article is opened."""
        self.article = None
        self.document().setDefaultStyleSheet(self.css)
        library = i18n.arg(
            self.tr("An offline library on Pakistan–Russia relations: %1 %2. Nothing here "
                    "reaches the network."),
            self.tr("%Ln article(s)", "", articles),
            self.tr("from %Ln source(s)", "", sources),
        )  # fmt: skip
        searching = [
            self.tr("Type in the search field (<b>Ctrl+K</b>); results appear as you type."),
            self.tr('<b>"gas pipeline"</b> finds the exact phrase; <b>oil OR LNG</b> either '
                    "word; <b>Russia -India</b> leaves India out; <b>pipe*</b> any word "
                    "starting so."),
            self.tr("Spellings of one name find each other: <b>Shahbaz</b> finds "
                    "<b>Shehbaz</b>; <b>SCO</b> finds the Shanghai Cooperation Organisation."),
            self.tr("<b>Enter</b> opens the selected result at its paragraph; <b>F3</b> and "
                    "<b>Shift+F3</b> walk through the hits; <b>Esc</b> clears them."),
        ]  # fmt: skip
        reading = [
            self.tr("<b>Alt+Left</b> / <b>Alt+Right</b> go back and forward; <b>Ctrl+=</b> / "
                    "<b>Ctrl+-</b> zoom."),
            self.tr("<b>Ctrl+Shift+C</b> copies a citation of the paragraph you are reading."),
            self.tr("<b>F6</b> / <b>Shift+F6</b> move between the panes; arrow keys move the "
                    "reading position, <b>Tab</b> and <b>Enter</b> follow links."),
            self.tr("Add articles with <b>File → Import</b> or by dropping files on the "
                    "window."),
        ]  # fmt: skip
        headings = self.tr("Searching"), self.tr("Reading")
        self.setHtml(
            f"<h1>pakru-desktop</h1><p class='meta'>{library}</p>"
            f"<h2>{headings[0]}</h2><ul>{_items(searching)}</ul>"
            f"<h2>{headings[1]}</h2><ul>{_items(reading)}</ul>"
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
        self.marked = merged(marked or {})
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
        fragment = self._fragment(self.article, self.marked, self.numbers)
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

    def printable(self, highlights: bool = True) -> QTextDocument:
        """The document to print or export: as shown, or without the search highlights."""
        if highlights or self.article is None:
            return self.document()
        document = SafeDocument(self)
        document.setDefaultStyleSheet(self.css)
        document.setHtml(self._fragment(self.article, {}, self.numbers))
        return document

    def show_numbers(self, on: bool) -> None:
        """View → Paragraph Numbers: ¶N before each paragraph, the numbers citations use."""
        self.numbers = on
        if self.article is not None:
            self._render(keep_position=True)

    def _fragment(self, article: Article, marked: dict[int, str], numbers: bool = False) -> str:
        fragment = render.article_html(article, marked)
        if self.decorate is not None:
            fragment = self.decorate(fragment, article)
        if numbers:
            fragment = _ANCHOR.sub(r"\g<0><span class='pnum'>¶\1 </span>", fragment)
        # The metadata line and the truncation note in the interface's language.
        meta = html.escape(self._metadata_line(article), quote=False)
        direction = i18n.row_direction()
        fragment = _META.sub(lambda _m: f"<p class='meta' dir='{direction}'>{meta}</p>",
                             fragment, count=1)  # fmt: skip
        note = self.tr("<b>Note:</b> the source text ends mid-sentence; the article is "
                       "incomplete.")  # fmt: skip
        return _NOTICE.sub(
            lambda _m: f"<blockquote class='notice'><p dir='{direction}'>{note}</p></blockquote>",
            fragment,
            count=1,
        )

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
        self.marked, self.query, self.quote = merged(marked), query, ""
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
        return self.citation_of(self.article, self.paragraph)

    def citation_of(self, article: Article, number: int) -> str:
        """A citation of an article's paragraph (a result, a bookmark, the one read)."""
        title = i18n.arg(self.tr("“%1”", "a title quoted in a citation"), article.title)
        parts = [title, i18n.source_name(article.source)]
        if article.author:
            parts.append(article.author)
        parts.append(self._date_label(article, iso=True))  # a citation's date: unambiguous
        parts.append(i18n.arg(self.tr("paragraph %1"), i18n.number(number)))
        # The page's own address when it gave one: a reader can find it; a file name they cannot.
        where = render.page_address(article) or article.source_file or article.article_id
        return ", ".join(parts) + f". [{where}]"

    def _date_label(self, article: Article, iso: bool = False) -> str:
        if not article.date:
            return self.tr("undated")
        date = article.date if iso else i18n.date_text(article.date)
        # One mark for an estimate in every view (results, sidebar, sheets, CLI): ≈
        return f"{render.ESTIMATED} {date}" if article.date_estimated else date

    def _metadata_line(self, article: Article) -> str:
        """Publisher · by author · date · section, as render.metadata_line in English."""
        parts = [i18n.source_name(article.source)]
        if article.author:
            parts.append(i18n.arg(self.tr("by %1"), article.author))
        parts.append(self._date_label(article))
        if article.section:
            parts.append(article.section)
        return " · ".join(parts)

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "pakru" and url.host() == "article":
            target = url.path().strip("/")
            fragment = url.fragment()
            paragraph = paragraph_number(fragment)
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


def _items(lines: list[str]) -> str:
    return "".join(f"<li>{line}</li>" for line in lines)


def _anchor_names(block) -> list[str]:  # type: ignore[no-untyped-def]
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            names += fragment.charFormat().anchorNames()
        iterator += 1
    return names
