"""A PDF's first page as a cataloguer reads it: the title is the largest text (or the document's
/Title when that text is really on the page), the authors are the name lines under it, the date
is the one the page prints (a cover's "2004-08", a conference's "June 15–20, 2009"), and the
title and the name lines are not repeated as the first paragraph.

The file's /CreationDate is when someone pressed "Save as PDF": it is used only when the page
prints no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bylines import clean_byline
from .dates import parse_date

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # fmt: skip
# "June 15–20, 2009" / "June 15, 2009" / "15 June 2009" / "June 2009" / "2004-08(-13)"
_PRINTED_DATE = re.compile(
    rf"\b({_MONTHS})\s+(\d{{1,2}})(?:\s*[–-]\s*\d{{1,2}})?,?\s+((?:19|20)\d{{2}})\b"
    rf"|\b(\d{{1,2}})\s+({_MONTHS})\s+((?:19|20)\d{{2}})\b"
    rf"|\b({_MONTHS})\s+((?:19|20)\d{{2}})\b"
    r"|\b((?:19|20)\d{2})\s*-\s*(0[1-9]|1[0-2])(?:\s*-\s*(0[1-9]|[12]\d|3[01]))?\b",
    re.I,
)
_YEAR_IN_PARENS = re.compile(r"\(((?:19|20)\d{2})\)")
_TRAILING_DATE = re.compile(r"\s*\b(?:19|20)\d{2}(?:\s*-\s*\d{2}){0,2}\s*$")
_MARKS = re.compile(r"[∗*†‡§¶#$+\d]+(?=,|\s|$)")
_ORGANISATION = re.compile(
    r"\b(?:universit\w*|corporation|institut\w*|inc|ltd|department|college|laborator\w*|school|"
    r"cent(?:er|re)|faculty|gmbh|company|research|usa|canada|uk)\b|@|\{",
    re.I,
)
_ABSTRACT = re.compile(r"^(?:abstract|summary|résumé|аннотация|реферат)\W{0,2}$", re.I)
_JUNK_TITLE = re.compile(r"^(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|tex|dvi|rtf))$", re.I)
_JUNK_AUTHOR = re.compile(r"^(?:ARRAY\(0x[0-9a-f]+\)|[\W\d_]*|\w+\d+)$", re.I)


@dataclass
class FrontPage:
    title: str = ""
    authors: str = ""
    date: str = ""
    header: list[str] = field(default_factory=list)  # name and affiliation lines
    skip: int = 0  # leading lines of the page taken as title or header


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def largest_text(spans: list[tuple[float, str]]) -> str:
    """The first run of the page's largest text (its title), with its pieces joined."""
    sizes = sorted(size for size, text in spans if len(text.strip()) > 1)
    if not sizes or sizes[-1] < 1.15 * sizes[len(sizes) // 2]:
        return ""  # no text stands out from the body: no title by size
    top = sizes[-1]
    run: list[str] = []
    for size, text in spans:
        if abs(size - top) < 0.5:
            run.append(text.strip())
        elif run and text.strip():
            break
    return " ".join(" ".join(run).split())


def printed_date(text: str) -> str:
    """The first date the page prints, as ISO at the precision printed, or ""."""
    match = _PRINTED_DATE.search(text)
    if match:
        groups = match.groups()
        if groups[0]:
            # A range of days ("June 15–20, 2009") is the month it falls in.
            ranged = "–" in match[0] or re.search(r"\d\s*-\s*\d", match[0])
            value = (
                f"{groups[0]} {groups[2]}" if ranged else f"{groups[0]} {groups[1]}, {groups[2]}"
            )
        elif groups[3]:
            value = f"{groups[3]} {groups[4]} {groups[5]}"
        elif groups[6]:
            value = f"{groups[6]} {groups[7]}"
        else:
            value = "-".join(g for g in groups[8:11] if g)
        iso = parse_date(value)[0]
        if iso:
            return iso
    year = _YEAR_IN_PARENS.search(text)
    return year[1] if year else ""


def read_front(lines: list[str], spans: list[tuple[float, str]], meta_title: str,
               meta_author: str) -> FrontPage:  # fmt: skip
    """Title, authors, printed date and the lines they take, from page 1's lines and its
    (size, text) spans, with the document's /Title and /Author weighed against them."""
    front = FrontPage()
    page_text = _fold(" ".join(lines))
    meta_title = " ".join(meta_title.split())
    largest = full = largest_text(spans)
    trailing = _TRAILING_DATE.search(largest)
    if trailing and len(largest) - len(trailing[0]) > 10:  # "… Edition 1.0 2004-08"
        front.date = parse_date(re.sub(r"\s+", "", trailing[0]))[0]
        largest = largest[: trailing.start()].strip()
    usable = meta_title and not _JUNK_TITLE.match(meta_title) and _fold(meta_title) in page_text
    front.title = meta_title if usable else largest
    # The title's lines (wherever they begin), then the name lines under it, until "Abstract"
    # or the first line that is neither a name nor an affiliation.
    title_words = f"{_fold(front.title)} {_fold(full)}"
    index = 0
    while index < min(len(lines), 12):
        if lines[index] and _fold(lines[index]) and _fold(lines[index]) in title_words:
            front.skip = index + 1
        elif front.skip:
            break
        index += 1
    names: list[str] = []
    collecting = True  # name lines come first; the first affiliation ends them
    for line in lines[front.skip : front.skip + 12]:
        if _ABSTRACT.match(line) or len(line) > 120 or line.endswith("."):
            break
        organisation = bool(_ORGANISATION.search(line))
        people = "" if organisation else clean_byline(_MARKS.sub("", line))
        if not (people or organisation) or (
            people and len(people.split()) > 3 * (people.count(",") + 1)
        ):
            break  # a line of text, not of names or affiliations
        front.header.append(line)
        collecting = collecting and bool(people)
        if collecting:
            names.append(people)
    front.skip += len(front.header)
    author = " ".join(meta_author.split())
    front.authors = author if author and not _JUNK_AUTHOR.match(author) else ", ".join(names)
    front.date = front.date or printed_date(" ".join(lines))
    return front
