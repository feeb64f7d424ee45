"""Markdown (with optional YAML-style front matter) → blocks, through the `markdown` package and
then our HTML reader: one way to turn markup into blocks, and no hand-written inline regexes
(they mangled `file_name_here`, kept `[1]: https://…` definitions, and were quadratic).

The `markdown` package scans from every `[` to its `]` (and from `](` to its `)`), character by
character: `[` × 16,000 took 358 s. Before converting we therefore set aside, in one linear
pass, the brackets that cannot form a link (unmatched, or nested deeper than an image in a
link) as private-use stand-ins, and put them back in the text afterwards: every scan then ends
at its partner, and no character of the text is changed.
"""

from __future__ import annotations

import re
import threading

from ..text.frontmatter import parse_front_matter
from .draft import Draft
from .html_reader import read_blocks
from .plaintext import read_plaintext

# Tables and fenced code as people write them; nothing that loads or links remote content.
_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
_STAND_IN = {"[": "\ue010", "]": "\ue011", "(": "\ue012", ")": "\ue013", "<": "\ue014"}
_RESTORE = str.maketrans({v: k for k, v in _STAND_IN.items()})
_MAX_DEPTH = 2  # [![image](src)](href) is the deepest nesting a link needs
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CONVERTERS = threading.local()  # one converter per thread, reset per file: building one
# (its extensions and patterns) cost as much as converting a news article


def _convert(body: str) -> str:
    import markdown  # lazily, like every reader: start-up never needs it

    converter = getattr(_CONVERTERS, "markdown", None)
    if converter is None:
        converter = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
        _CONVERTERS.markdown = converter
    return converter.reset().convert(body)


# What "<…>" may be in Markdown: an HTML tag or comment, or an autolink. Anything else is
# text: newswire marks names and tickers so ("<Dixons Group PLC>", "<DXNS.L>",
# "<Audio/Video Affiliates Inc>" — whose first word is a tag's name, so a tag needs its
# name in one case and attributes as HTML writes them, up to its ">"). Tickers are
# capitals and some are tags' names (DuPont's "<DD>", Sears' "<S>"): a tag in capitals
# counts only with its closing tag in the same paragraph.
_HTML_TAGS = (
    "a abbr address article aside audio b bdi bdo blockquote body br button caption cite code "
    "col colgroup dd del details dfn div dl dt em figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 head header hr html i iframe img input ins kbd label legend li link main mark meta nav "
    "noscript object ol p picture pre q s samp script section small source span strong style "
    "sub summary sup table tbody td template textarea tfoot th thead time title tr u ul var "
    "video wbr center font"
)
_TAG_NAME = "|".join(_HTML_TAGS.split() + _HTML_TAGS.upper().split())
_CAPITALS_TAG = re.compile(r"<([A-Z][A-Z0-9]*)")
_CAPITALS_CLOSING = re.compile(r"</([A-Z][A-Z0-9]*)")
_ATTRIBUTE = r"""\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?"""
_TAG_OR_LINK = re.compile(
    rf"<(?:!--.*|(?:{_TAG_NAME})(?:{_ATTRIBUTE})*\s*/?>|/(?:{_TAG_NAME})\s*>"
    r"|[a-z][\w+.-]*:.*|[^\s>@]+@.*)",
    re.DOTALL,
)


def _matched(text: str, opening: str, closing: str) -> tuple[set[int], set[int]]:
    """Positions of the openings never closed, and of both ends of the pairs nested deeper
    than _MAX_DEPTH among the matched pairs (unclosed ones do not count towards the depth)."""
    stack: list[int] = []
    partner: dict[int, int] = {}
    escaped = False
    for pos, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == opening:
            stack.append(pos)
        elif char == closing and stack:
            partner[stack.pop()] = pos
    deep: set[int] = set()
    open_ends: list[int] = []
    for start in sorted(partner):
        while open_ends and open_ends[-1] < start:
            open_ends.pop()
        if len(open_ends) >= _MAX_DEPTH:
            deep.update((start, partner[start]))
        open_ends.append(partner[start])
    return set(stack), deep


def _defuse(paragraph: str) -> str:
    chars = list(paragraph)
    unclosed, deep = _matched(paragraph, "[", "]")
    for pos in unclosed | deep:
        chars[pos] = _STAND_IN[chars[pos]]
    # A link target "(…" is scanned to its ")": set aside those with no ")" to end at.
    for pos in _matched(paragraph, "(", ")")[0]:
        if pos and paragraph[pos - 1] == "]":
            chars[pos] = _STAND_IN["("]
    # A "<" not closed by a ">" before the next "<" is no tag or autolink, but the package's
    # HTML and autolink scans would each run on to the end.
    # The tag is read up to that ">" only, so each "<" costs its own stretch of text.
    closed_at = -1
    closings = set(_CAPITALS_CLOSING.findall(paragraph)) if "</" in paragraph else set()
    for pos in range(len(paragraph) - 1, -1, -1):
        if paragraph[pos] == ">":
            closed_at = pos
        elif paragraph[pos] == "<":
            if (
                closed_at < 0
                or not _TAG_OR_LINK.fullmatch(paragraph, pos, closed_at + 1)
                or (capitals := _CAPITALS_TAG.match(paragraph, pos))
                and capitals[1] not in closings
            ):
                chars[pos] = _STAND_IN["<"]
            closed_at = -1
    return "".join(chars)


def read_markdown(text: str) -> Draft:
    """Markdown text → a Draft: the front matter's metadata, headings, paragraphs, items."""
    meta, body = parse_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    body = "\n\n".join(_defuse(paragraph) for paragraph in _BLANK_LINE.split(body))
    try:
        html = _convert(body)
    except RecursionError:  # lists or quotes nested thousands deep: read it as plain text
        draft = read_plaintext(body.translate(_RESTORE))
        draft.title_from_first_line = True
        return draft
    draft = read_blocks(html)
    draft.blocks = [(kind, words.translate(_RESTORE)) for kind, words in draft.blocks]
    draft.title = meta.get("title", "") or draft.title.translate(_RESTORE)
    draft.source = meta.get("source", "") or meta.get("publisher", "")
    draft.author = meta.get("author", "") or meta.get("authors", "")
    draft.date = meta.get("date", "")
    draft.section = meta.get("section", "")
    draft.title_from_first_line = not draft.title and bool(draft.blocks)
    return draft
