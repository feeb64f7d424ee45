"""Article → Markdown → HTML (the `markdown` package). All article text is escaped first, so
nothing in an article can inject markup, scripts or remote images."""

from __future__ import annotations

import html
import re

from ..model import Article
from ..text.languages import is_right_to_left, language_of

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
_LINE_START = re.compile(r"^(#|>|[-+]\s|\d+[.)]\s)")


def escape_markdown(text: str) -> str:
    """Make text literal in Markdown: no emphasis, links, HTML or block syntax."""
    return markdown_literal(html.escape(text, quote=False))


def markdown_literal(text: str) -> str:
    """Backslash-escape what Markdown would read as syntax (no HTML escaping: callers that
    must stop HTML escape it first, or escape '<' themselves)."""
    return _LINE_START.sub(r"\\\1", _MD_SPECIAL.sub(r"\\\1", text))


UNKNOWN_SOURCE = "Unknown publisher"  # one name for a missing source, as the seeds spell it


_SAVED_FROM = re.compile(r"^saved from (https?://\S+) \(")


def page_address(article: Article) -> str:
    """The address a saved page gave as its own (the importer keeps it as a note), or ""."""
    for note in article.notes:
        match = _SAVED_FROM.match(note)
        if match:
            return match[1]
    return ""


ESTIMATED = "≈"  # an estimated date: one mark in the reader, results, sidebar, sheets, CLI


def article_date(date: str, estimated: bool) -> str:
    """An article's date as every view shows it: `≈ 2026-02` when estimated from the text."""
    if not date:
        return "undated"
    return f"{ESTIMATED} {date}" if estimated else date


def date_label(article: Article) -> str:
    return article_date(article.date, article.date_estimated)


def metadata_line(article: Article) -> str:
    parts = [article.source or UNKNOWN_SOURCE]
    if article.author:
        parts.append(f"by {article.author}")
    parts.append(date_label(article))
    if article.section:
        parts.append(article.section)
    return " · ".join(parts)


HIT_OPEN, HIT_CLOSE = "\x01", "\x02"  # the search engine's hit markers

_TAG = re.compile(r"<[^>]*>|&\w+;")
_BLOCK_START = re.compile(r'<(p|h2|li)><a name="p(\d+)"')


def text_language(text: str, default: str = "en") -> str:
    """The language a title or paragraph is written in, by the script most of its letters
    are in; `default` when it has no letters (a figure, a date)."""
    language = language_of(text)  # the one detector the index and the layout share
    return default if language == "und" else language


def markup_language(fragment: str, default: str = "en") -> str:
    """text_language of an HTML fragment's text (its tags are Latin letters too)."""
    return text_language(_TAG.sub(" ", fragment), default)


def direction(language: str) -> str:
    return "rtl" if is_right_to_left(language) else "ltr"


def language_attributes(language: str) -> str:
    """` lang="ur" dir="rtl"`: set on every block, as Qt's rich text (which ignores the
    attributes of unknown elements such as <article>) lays out each block by its own `dir`."""
    return f' lang="{language}" dir="{direction(language)}"'


def article_language(article: Article) -> str:
    return text_language(" ".join([article.title, *(block.text for block in article.blocks)]))


def article_markdown(
    article: Article, *, anchors: bool = True, marked: dict[int, str] | None = None
) -> str:
    """The article as Markdown; with `anchors`, each block starts with an anchor named p1,
    p2, … (inline HTML, the one markup we add: the article's own text is escaped)."""
    lines = [
        f"# {escape_markdown(article.title)}",
        "",
        f"*{escape_markdown(metadata_line(article))}*",
        "",
    ]
    if page_address(article):  # where a reader finds the page again (never opened here)
        lines += [f"Address: {escape_markdown(page_address(article))}", ""]
    if article.truncated:
        lines += ["> **Note:** the source text ends mid-sentence; the article is incomplete.", ""]
    previous = ""
    for block in article.blocks:
        anchor = f'<a name="p{block.number}" id="p{block.number}"></a>' if anchors else ""
        source = (marked or {}).get(block.number, block.text)
        text = anchor + escape_markdown(source).replace(HIT_OPEN, "<mark>").replace(
            HIT_CLOSE, "</mark>"
        )
        if block.kind == "heading":
            lines += ["", f"## {text}", ""]
        elif block.kind == "item":
            if previous != "item":
                lines.append("")
            lines.append(f"- {text}")
        else:
            lines += ["", text, ""]
        previous = block.kind
    return "\n".join(lines).replace("\n\n\n", "\n\n").strip() + "\n"


def article_html(article: Article, marked: dict[int, str] | None = None) -> str:
    """An HTML fragment of the article with paragraph anchors; `marked` blocks (from
    SearchEngine.highlight) carry <mark> around their hits."""
    import markdown as markdown_lib  # ~11 ms to import: not on the start-up path

    language = article_language(article)
    languages = {block.number: text_language(block.text, language) for block in article.blocks}
    body = markdown_lib.markdown(article_markdown(article, marked=marked))
    # Each block says its own language and direction: an English quotation in an Urdu
    # article stays left-to-right, and the reverse.
    body = body.replace(
        "<h1>", f"<h1{language_attributes(text_language(article.title, language))}>", 1
    )
    body = body.replace("<p><em>", '<p dir="auto"><em>', 1)  # publisher, author, date
    body = _BLOCK_START.sub(
        lambda m: (
            f'<{m[1]}{language_attributes(languages.get(int(m[2]), language))}><a name="p{m[2]}"'
        ),
        body,
    )
    return f"<article{language_attributes(language)}>\n{body}\n</article>\n"


def article_page(article: Article) -> str:
    """A whole HTML page of the article, in its language and direction."""
    return html_page(article.title, article_html(article), article_language(article))


def article_text(article: Article) -> str:
    """Plain text, paragraphs numbered as citations number them."""
    lines = [article.title, metadata_line(article), ""]
    if page_address(article):
        lines[2:2] = [f"Address: {page_address(article)}"]
    if article.truncated:
        lines += ["[The source text ends mid-sentence; the article is incomplete.]", ""]
    for block in article.blocks:
        marker = "• " if block.kind == "item" else ""
        lines.append(f"[{block.number}] {marker}{block.text}")
        if block.kind != "item":
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def html_page(title: str, fragment: str, language: str = "") -> str:
    opening = f"<html{language_attributes(language)}>" if language else "<html>"
    return (
        f'<!DOCTYPE html>\n{opening}<head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{fragment}</body></html>\n"
    )


def quote_marks(article: Article, paragraph: int, quote: str) -> dict[int, str]:
    """The paragraph with the quoted span marked (as search hits are), so a citation opens
    on exactly what it cites; nothing marked when the quote is not in that paragraph."""
    for block in article.blocks:
        if block.number == paragraph and quote and quote in block.text:
            start = block.text.index(quote)
            end = start + len(quote)
            text = block.text
            return {paragraph: f"{text[:start]}{HIT_OPEN}{text[start:end]}{HIT_CLOSE}{text[end:]}"}
    return {}
