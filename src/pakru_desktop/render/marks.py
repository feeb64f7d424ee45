"""The reader's own marks drawn into a rendered article or sheet: highlights in their colour,
a bookmarked paragraph starred, each note as a block right after its paragraph (so a screen
reader reads it in order with the paragraph), in the direction it was typed in.

Works on the HTML render/article.py writes (a paragraph anchor `pN` opens each block); the
text is escaped here as everywhere, so a note cannot inject markup."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..db.anchoring import GONE, Placement
from ..db.notes import Mark
from .article import language_attributes, text_language

# Light backgrounds with dark text: readable in the light and the dark theme alike.
COLOUR_CSS = {"yellow": "#fff176", "green": "#b9f6ca", "blue": "#b3e5fc", "pink": "#f8bbd0"}
NOTE_CSS = (
    "background-color:#fff8d6; color:#222; margin-left:18px; margin-right:18px;"
    " margin-top:0px; margin-bottom:0px"
)
_BLOCK = r'<(p|h2|li)([^>]*)><a name="p{n}" id="p{n}"></a>(.*?)</\1>'


@dataclass(frozen=True)
class Labels:
    """The interface's words (the shell translates them)."""

    note: str = "Your note:"
    bookmark: str = "Bookmarked"
    gone_heading: str = "Your notes whose paragraph is gone"


def _note_block(mark: Mark, status: str, labels: Labels) -> str:
    """The note as blocks right after its paragraph: each line its own block, laid out in
    the direction it was typed in (an Urdu line right-to-left, a Russian one left-to-right)."""
    lines = [line for line in mark.body.splitlines() if line.strip()] or [""]
    blocks = []
    for number, line in enumerate(lines):
        attributes = language_attributes(text_language(line))
        label = (f'<a name="note-{mark.id}"></a>✎ <b>{html.escape(labels.note)}</b> '
                 if number == 0 else "")  # fmt: skip
        blocks.append(f'<p class="own-note"{attributes} style="{NOTE_CSS}">{label}'
                      f"{html.escape(line, quote=False)}</p>")  # fmt: skip
    if status:
        blocks.append(f'<p class="own-note" style="{NOTE_CSS}"><i>'
                      f"{html.escape(status, quote=False)}</i></p>")  # fmt: skip
    return "".join(blocks)


def _highlighted(inner: str, quote: str, colour: str) -> str:
    escaped = html.escape(quote.strip(), quote=False)
    if not escaped or escaped not in inner:
        return inner
    style = f"background-color:{COLOUR_CSS.get(colour, COLOUR_CSS['yellow'])}; color:#111"
    return inner.replace(escaped, f'<span style="{style}">{escaped}</span>', 1)


def decorate_article(fragment: str, placed: list[tuple[Mark, Placement, str]],
                     labels: Labels | None = None) -> str:  # fmt: skip
    """`placed`: each mark of the article with where it sits now and the line saying how it
    changed (empty when it did not)."""
    labels = labels or Labels()
    by_paragraph: dict[int, list[tuple[Mark, str]]] = {}
    gone: list[tuple[Mark, str]] = []
    for mark, placement, status in placed:
        if placement.status == GONE or (placement.paragraph == 0 and mark.kind == "note"):
            gone.append((mark, status))
        elif placement.paragraph > 0:
            by_paragraph.setdefault(placement.paragraph, []).append((mark, status))
    for number, marks in by_paragraph.items():
        pattern = re.compile(_BLOCK.format(n=number), re.DOTALL)

        def draw(
            match: re.Match[str], marks: list[tuple[Mark, str]] = marks, number: int = number
        ) -> str:
            tag, attributes, inner = match[1], match[2], match[3]
            notes = ""
            for mark, status in marks:
                if mark.kind == "highlight":
                    inner = _highlighted(inner, mark.quote, mark.colour)
                elif mark.kind == "note":
                    notes += _note_block(mark, status, labels)
            star = ""
            if any(mark.kind == "bookmark" for mark, _s in marks):
                star = f'<span title="{html.escape(labels.bookmark)}">★ </span>'
            anchor = f'<a name="p{number}" id="p{number}"></a>'
            if tag == "li" and notes:  # a block inside a list item stays in the list
                return f"<{tag}{attributes}>{anchor}{star}{inner}{notes}</{tag}>"
            return f"<{tag}{attributes}>{anchor}{star}{inner}</{tag}>{notes}"

        fragment = pattern.sub(draw, fragment, count=1)
    if gone:
        blocks = "".join(_note_block(mark, status, labels) for mark, status in gone)
        heading = f"<h2>{html.escape(labels.gone_heading)}</h2>"
        fragment = fragment.replace("</article>", f"{heading}{blocks}</article>", 1)
    return fragment


def _plain_with_offsets(markup: str) -> tuple[str, list[int]]:
    """The text of an HTML fragment as a reader sees it, and where each character ends in
    the markup (a sheet line's figures are in <strong>: its text is not in the markup as is)."""
    plain: list[str] = []
    ends: list[int] = []
    for token in re.finditer(r"<[^>]*>|&#?\w+;|.", markup, re.DOTALL):
        text = token.group()
        if text.startswith("<"):
            continue
        plain.append(" " if text.isspace() else html.unescape(text))
        ends.append(token.end())
    return "".join(plain), ends


def decorate_sheet(sheet_html: str, notes: list[Mark], labels: Labels | None = None) -> str:
    """Notes on fact-sheet lines, each after the line it was written on (found by its text)."""
    labels = labels or Labels()
    for mark in notes:
        probe = " ".join(mark.quote.split())[:60]
        plain, ends = _plain_with_offsets(sheet_html)
        start = plain.find(probe) if probe else -1
        if start < 0:
            continue
        after = ends[start + len(probe) - 1]
        closing = [found for found in (sheet_html.find("</li>", after), sheet_html.find("</p>", after))
                   if found >= 0]  # fmt: skip
        if not closing:
            continue
        end = min(closing)
        sheet_html = sheet_html[:end] + _note_block(mark, "", labels) + sheet_html[end:]
    return sheet_html
