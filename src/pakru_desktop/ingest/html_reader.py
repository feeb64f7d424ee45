"""HTML → blocks: the article found by a content-scoring library, then our streaming reader.

trafilatura picks the article's HTML out of the page (measured against readability-lxml on
trafilatura's evaluation set: benchmarks/RESULTS.md, "Ingest benchmark"); our reader turns
that HTML into headings, paragraphs and list items, so paragraph citations work as for every
other format. When the library finds nothing we read the whole page ourselves.

Our reader uses the standard library's tokenizer rather than a tree builder: HTML5 tree
builders (lexbor, modest) took 25–30 s on a document nested 100,000 levels deep, this takes
< 1 s and never recurses. Nothing referenced by the page (images, scripts, styles) is fetched.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from ..model import BlockKind
from .bylines import byline_in, reporter_in
from .draft import MAX_BLOCKS, Draft
from .errors import IngestError
from .metadata import MetaCollector, PageMeta, site_suffix

# Elements whose whole content is site furniture, not article text.
_SKIP_TAGS = {
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
    "svg", "iframe", "button", "select", "textarea", "object", "embed", "canvas", "menu",
    "dialog", "figure",
}  # fmt: skip
# Whole words of class/id/role values (split at spaces, - and _): a substring match dropped
# pages whose <body> said "one-sidebar" or "subType-unsubscribed".
_SKIP_HINTS = re.compile(
    r"(?:^|[\s_-])(?:comments?|share|sharing|social|related|navbar|nav|menu|sidebar|footer|"
    r"adverts?|advertisement|ads?|newsletter|subscribe|cookies?|breadcrumbs?|popup|promo|"
    r"sponsored?)(?=$|[\s_-])",
    re.IGNORECASE,
)
# A container that also says it holds the article is never skipped, nor are these elements.
_KEEP_HINTS = re.compile(r"article|body|content|post|story", re.IGNORECASE)
_NEVER_SKIPPED = {"html", "body", "main", "article", "p"} | {"h1", "h2", "h3", "h4", "h5", "h6"}
# Our blocks replace the library's when they cover this share of its text (see _in_found_order).
_COVERED = 0.6
_SHORT_BLOCK = 40
_PREFIX_REACH = 300
_MAX_LIBRARY_DEPTH = 1000
# The largest saved news page of our corpora has ~19,000 tags; the tokenizer reads ~20,000-
# 50,000 a second on a busy 2-core machine, so 8 MB of bare tags (1.6 million `<div>`) would
# take a minute or more: a page with more than ten times that many is refused instead (a
# page nested 100,000 levels deep, 200,000 tags, is still read).
MAX_TAGS = 250_000
_MAX_LIBRARY_ATTRIBUTES = 1000  # real pages: a few dozen on the busiest tag
_BR = "\ue000"  # stands for <br> until a block is flushed
_BR_PARAGRAPH = re.compile(f"{_BR}[^\\S{_BR}]*(?:{_BR}[^\\S{_BR}]*)+")
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}  # fmt: skip
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "td", "th", "dd", "dt",
           "table", "tr", "body", "ul", "ol", "dl", "center"}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.draft = Draft()
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.text: list[str] = []
        self.kind = "paragraph"
        self.in_title = False
        self.page_title: list[str] = []
        self.collector = MetaCollector()
        self.depth = 0  # the deepest nesting seen
        self.widest = 0  # the most attributes on one tag
        # How many of each tag are open: a stray end tag is known in O(1), not by searching
        # the stack (`<div>` × 900 then `</span>` × 100,000 took 18 s per MB).
        self.open: Counter[str] = Counter()

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.widest = max(self.widest, len(attrs))
        values = dict(attrs)
        self.collector.start(tag, values)
        if tag == "br":
            self.text.append(_BR)
            return
        if tag in _VOID:
            return
        hint = f"{values.get('class') or ''} {values.get('id') or ''} {values.get('role') or ''}"
        skip = (
            self.skipping
            or tag in _SKIP_TAGS
            or (
                tag not in _NEVER_SKIPPED
                and bool(_SKIP_HINTS.search(hint))
                and not _KEEP_HINTS.search(hint)
            )
            or values.get("hidden") is not None
            or values.get("aria-hidden") == "true"
        )
        if tag == "title" and not self.stack_has("body"):
            self.in_title = True
        if not skip and (tag in _BLOCKS or tag in _HEADINGS or tag == "li"):
            self._flush()
            self.kind = "heading" if tag in _HEADINGS else "item" if tag == "li" else "paragraph"
            if tag == "h1":
                self.kind = "h1"
        self.stack.append((tag, skip))
        self.open[tag] += 1
        self.depth = max(self.depth, len(self.stack))

    def parse_html_declaration(self, i: int) -> int:
        # HTML5 (and every browser, and lxml under the library) ends "<![" at the first ">",
        # as a bogus comment: a stray "<![endif]-->" closes there. The standard library's
        # tokenizer (before Python 3.13.4) follows SGML and waits for "]>", so one such line in
        # a page's <head> swallowed its whole body (a Danish news page came out empty).
        if self.rawdata.startswith("<![", i):
            end = self.rawdata.find(">", i + 3)
            return end + 1 if end >= 0 else -1
        return super().parse_html_declaration(i)

    def stack_has(self, tag: str) -> bool:
        return any(name == tag for name, _ in self.stack[-50:])

    def handle_endtag(self, tag: str) -> None:
        self.collector.end(tag)
        if tag == "title":
            self.in_title = False
        if not self.open[tag]:
            return  # a stray end tag closes nothing
        while self.stack:
            name, skip = self.stack.pop()
            self.open[name] -= 1
            if not skip and (name in _BLOCKS or name in _HEADINGS or name == "li"):
                self._flush()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        self.collector.data(data)
        if self.in_title:
            self.page_title.append(data)
        elif not self.skipping and not self.stack_has("head"):
            self.text.append(data)

    def _flush(self) -> None:
        if not self.text:
            self.kind = "paragraph"
            return
        # <br><br> separates paragraphs inside one element; a single <br> is a line break.
        pieces = _BR_PARAGRAPH.split("".join(self.text))
        self.text.clear()
        for piece in pieces:
            joined = re.sub(r"\s+", " ", piece.replace(_BR, " ")).strip()
            if not joined:
                continue
            if self.kind == "h1" and not self.draft.title:
                self.draft.title = joined
            else:
                self.draft.blocks.append(("heading" if self.kind == "h1" else self.kind, joined))
        self.kind = "paragraph"


def inert_tail(html: str) -> str:
    """The page with every "<" after its last ">" written as "&lt;".

    No tag can start there (none is ever closed), and the tokenizer reads them as text anyway,
    but only after re-scanning to the end for each one: `<a ` × 8,000 took 137 s.
    """
    last = html.rfind(">")
    if "<" not in html[last + 1 :]:
        return html
    return html[: last + 1] + html[last + 1 :].replace("<", "&lt;")


def read_blocks(html: str) -> Draft:
    """Our own reader: every block of the given HTML outside page furniture."""
    return _read(html)[0]


def _read(html: str) -> tuple[Draft, PageMeta, bool]:
    """Blocks, declared metadata, and whether the page is too odd for the library (nested
    too deep, a tag with too many attributes, too many blocks), in one pass of the tokenizer."""
    tags = html.count("<")  # an upper bound, counted at C speed before the tokenizer runs
    if tags > MAX_TAGS:
        raise IngestError(f"too many tags for an article page ({tags:,}; at most {MAX_TAGS:,})")
    extractor = _Extractor()
    extractor.feed(inert_tail(html))
    extractor.close()
    extractor._flush()
    draft = extractor.draft
    if not draft.title:
        draft.title = re.sub(r"\s+", " ", "".join(extractor.page_title)).strip()
    lines = [text for _, text in draft.blocks[:40]]
    odd = (extractor.depth > _MAX_LIBRARY_DEPTH or extractor.widest > _MAX_LIBRARY_ATTRIBUTES
           or len(draft.blocks) > MAX_BLOCKS)  # fmt: skip
    return draft, extractor.collector.result(lines), odd


def _import_library():  # noqa: ANN202 (the module)
    """trafilatura, imported on the first web page (~1 s of imports start-up never needs).

    Its URL helpers import urllib3, which probes for IPv6 by creating a socket at import time;
    we never use them, and with IPv6 reported absent during the import no socket is made
    (tests/test_ingest_formats.py guards socket creation while importing every format).
    """
    import socket

    saved = socket.has_ipv6
    socket.has_ipv6 = False
    try:
        import trafilatura
    finally:
        socket.has_ipv6 = saved
    return trafilatura


def main_content(html: str) -> str | None:
    """The article's HTML as trafilatura finds it, or None when it finds nothing."""
    try:
        trafilatura = _import_library()
    except Exception:  # noqa: BLE001 - missing library, data or settings (configparser)
        return None  # a bundle missing the library or its data: our reader still reads pages
    try:
        return trafilatura.extract(
            html, output_format="html", include_comments=False, include_tables=True,
            include_images=False, include_links=False, include_formatting=False,
            deduplicate=False, with_metadata=False,
        )  # fmt: skip
    except Exception:  # noqa: BLE001 - a third-party parser on a hostile page may raise anything
        return None  # a page the library cannot parse is read by our own reader


def _flat(text: str) -> str:
    return " ".join(text.split())


def _in_found_order(whole: Draft, found: Draft) -> list[tuple[BlockKind, str]]:
    """Our reader's blocks that the library also kept, in the library's order.

    Our blocks keep <br><br> paragraphs and list items apart where the library merges them;
    a short block (a menu label, "Home") only counts when it comes right after the previous
    kept block, so the same word elsewhere in the article does not bring it back. Long blocks
    are found anywhere: a teaser repeating a later paragraph must not make us skip ahead.
    """
    target = _flat(" ".join(text for _, text in found.blocks))
    kept: list[tuple[BlockKind, str]] = []
    title = _flat(whole.title)
    cursor = covered = len(title) + 1 if title and target.startswith(title) else 0
    for kind, text in whole.blocks:
        flat = _flat(text)
        # A long block is distinctive wherever it is; a short one must follow the last kept one.
        at, length = target.find(flat, 0 if len(flat) >= _SHORT_BLOCK else cursor), len(flat)
        if at < 0 and len(flat) > _SHORT_BLOCK:
            # The library may drop inline code or split a paragraph at it: its opening words
            # right after the last kept block still make it ours.
            length = _SHORT_BLOCK
            at = target.find(flat[:length], cursor, cursor + _PREFIX_REACH)
        if at < 0 or (len(flat) < _SHORT_BLOCK and at - cursor > 2):
            continue
        kept.append((kind, text))
        cursor, covered = at + length, covered + length
    return kept if covered >= _COVERED * len(target) else found.blocks


def read_html(text: str) -> Draft:
    """A saved web page → its article's blocks and the metadata the page declares."""
    text = inert_tail(text)
    whole, page, odd = _read(text)
    # The library's parser gives up on pages nested this deep, after seconds of trying, and
    # is worse than quadratic in attributes (40,000 on one tag: 180 s) and blocks.
    article = main_content(text) if not odd else None
    draft = read_blocks(article) if article else Draft()
    if draft.blocks:
        draft.blocks = _in_found_order(whole, draft)
    else:
        draft = whole  # the library found nothing: keep what our reader finds
    draft.title, draft.source = site_suffix(page.title or whole.title or draft.title, page.source)
    # A byline the page prints but does not declare: among the lines before the article, or
    # a blog's "Posted by …" closing it (often in the article's <footer>, which we skip).
    draft.author = (
        page.author
        or byline_in([t for _, t in whole.blocks[:15]], draft.source)
        or byline_in(page.sign_offs, draft.source, closing=True)
        or reporter_in([t for _, t in draft.blocks[:3]])
    )
    draft.date = page.date
    draft.section = page.section
    draft.url = page.url
    return draft
