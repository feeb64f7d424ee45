"""The period a figure is told of: the fiscal year ("the 1987/88 PSBR"), the calendar year
("in 1986", "this year", "last year"), the quarter or the half year ("in the first
quarter", "the first half"). A figure of one period is not the same measure as the same thing
in another: two values told of different periods never disagree and never share a line.

Only what both reports say is compared: a figure told of "1987" and one told of no year at all
may still be one measure (most reports leave the period to the article's date).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .corroborate import Fact
    from .figures import Figure

# Each mention names one kind of period and its value; "1987/88" is the fiscal year that
# starts in 1987, "fiscal 1987" is read the same way (newswire writes both for one budget).
_FISCAL = re.compile(r"\b(?:(?:fiscal|financial)\s+(?:year\s+)?)?((?:19|20)\d\d)\s*/\s*(?:19|20)?\d\d\b"
                     r"|\b(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d\d)\b", re.I)  # fmt: skip
_YEAR = re.compile(r"(?<![/\d])(?:19[4-9]\d|20[0-4]\d)(?![/\d])")
_RELATIVE = re.compile(r"\b(this|last|next|previous|current)\s+year\b", re.I)
_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4}  # fmt: skip
_QUARTER = re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|final)[\s-]+quarter\b"
                      r"|\bQ([1-4])\b", re.I)  # fmt: skip
# Halves of a year ("six months" is as often a duration as a half: not read).
_PART = re.compile(r"\b(first|second)[\s-]+half\b", re.I)
_PART_NAMES = {"first": "h1", "second": "h2"}


def _mentions(text: str, year: int | None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, value) of every period the sentence names."""
    found: list[tuple[int, int, str, str]] = []
    fiscal_spans = []
    for m in _FISCAL.finditer(text):
        found.append((m.start(), m.end(), "fiscal", m.group(1) or m.group(2)))
        fiscal_spans.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        if not any(s <= m.start() < e for s, e in fiscal_spans):
            found.append((m.start(), m.end(), "year", m.group(0)))
    if year is not None:
        for m in _RELATIVE.finditer(text):
            found.append((m.start(), m.end(), "year", str(year + _SHIFT[m.group(1).lower()])))
    for m in _QUARTER.finditer(text):
        q = _ORDINAL[m.group(1).lower()] if m.group(1) else int(m.group(2))
        found.append((m.start(), m.end(), "quarter", f"q{q}"))
    for m in _PART.finditer(text):
        found.append((m.start(), m.end(), "part", _PART_NAMES[m.group(1).lower()]))
    return found


# A period named farther than this from the figure speaks of another clause's figure.
_REACH = 90


# A time after these words bounds a commitment or a plan ("a minimum of 40 pct until 1999",
# "800 redundancies by 1990"): it is not the period the figure is of.
_BOUND = re.compile(r"\b(?:until|till|through|by|before|after|since|from|to)\s+(?:the\s+)?(?:end\s+"
                    r"of\s+)?(?:[A-Z][a-z]+,?\s+)?\Z")  # fmt: skip


# A period right after another number and a word or two ("13.1 billion in 1985", "15.7 billion
# dlrs in 1986") is that number's; a figure farther off does not take it.
_OWNED = re.compile(r"\d(?:[\d.,/]*\d)?(?:\s+[A-Za-z]+){0,2}\s+(?:in|for|during|of)\s+"
                    r"(?:the\s+)?(?:fiscal\s+|financial\s+)?\Z")  # fmt: skip
# After a figure, what follows a comparison is the compared value's ("4.5 billion dlrs, against
# a 1985 deficit of 900 mln"; "7.1 billion dlrs, against a 4.3 billion deficit in 1985").
_COMPARED = re.compile(r"\b(?:against|compared|versus|vs)\b", re.I)


def _owned(text: str, start: int, at: int, end: int) -> bool:
    """Does the period mention at `start` belong to another number than the figure at
    text[at:end]: one written right before the mention, or a compared value after the
    figure?"""
    other = _OWNED.search(text, max(0, start - 40), start)
    if other is not None and not at <= other.start() < end:
        return True
    return end <= start and _COMPARED.search(text, end, start) is not None


def period_of(text: str, at: int, end: int, year: int | None = None,
              stops: tuple[int, ...] = ()) -> dict[str, str]:  # fmt: skip
    """The period the figure at text[at:end] is told of: for each kind, the nearest mention
    in its sentence (within a clause's reach). "sales of 1.5 bln in 1986 against 1.4 bln in
    1985" gives each figure its own year; a mention with another quantity between it and the
    figure (`stops`) is that quantity's ("800 redundancies ... starting with 350 this year")."""
    best: dict[str, tuple[int, str]] = {}
    mentions = [m for m in _mentions(text, year)
                if not _BOUND.search(text, max(0, m[0] - 30), m[0])]  # fmt: skip
    for start, stop, kind, value in mentions:
        if start < end and at < stop:
            continue  # the figure's own digits ("2000 tonnes"), not a year it is of
        distance = at - stop if stop <= at else start - end
        if distance > _REACH:
            continue
        low, high = (stop, at) if stop <= at else (end, start)
        if any(low <= s < high for s in stops) or _owned(text, start, at, end):
            continue
        if kind not in best or distance < best[kind][0]:
            best[kind] = (distance, value)
    found = {kind: value for kind, (_, value) in best.items()}
    # The one period a sentence names before the figure holds for all it tells ("The
    # 1987/88 budget contained a two-penny cut in ..., and a three billion stg reduction in
    # the PSBR, to 4.0 billion stg"); a sentence naming two leaves the far figures unread.
    for kind in {m[2] for m in mentions} - found.keys():
        values = {m[3] for m in mentions if m[2] == kind}
        if len(values) == 1 and any(m[2] == kind and m[1] <= at for m in mentions):  # before it
            found[kind] = values.pop()
    return found


def article_year(dates: list[str]) -> int | None:
    """The year of the article a figure is cited from (for "this year", "last year")."""
    years = {d[:4] for d in dates if d[:4].isdigit()}
    return int(years.pop()) if len(years) == 1 else None


def apart(a: dict[str, str], b: dict[str, str]) -> bool:
    """Are two figures told of different periods (a kind both name, with different values)?"""
    return any(kind in b and b[kind] != value for kind, value in a.items())


def same_time(da: set[str] | frozenset[str], db: set[str] | frozenset[str]) -> bool:
    """Are two values told at one time: the same day, or one value told within the days the
    other was told over? One value told until the day the other is first told is a change
    (100 pct offered, then 120 pct agreed; base rates at 11 pct, then cut to 10.5 pct), not
    one measure at odds with itself."""
    if not da or not db:
        return not da and not db  # both undated: nothing says they differ in time
    if da == db and len(da) == 1:
        return True
    first, then = sorted((sorted(da), sorted(db)))
    if first[-1] <= then[0] and first[-1] < then[-1]:
        return False  # one after the other: it began and ended earlier
    return (min(db) <= min(da) and max(da) <= max(db)) or \
        (min(da) <= min(db) and max(db) <= max(da))  # fmt: skip


_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"fifteen|twenty|thirty|fifty|hundred|dozen)\b", re.I)  # fmt: skip


def stops(fact: Fact, figure: Figure) -> tuple[int, ...]:
    """Where the sentence's other quantities stand, all but figures of this one's unit ("to
    4.0 billion stg from 7.1 billion" is one target told twice): a stance word before one of
    them speaks of it."""
    same = [(at, at + len(f.text)) for f in fact.figures if f.unit == figure.unit
            for at in [fact.text.find(f.text)] if at >= 0]  # fmt: skip
    return tuple(m.start() for m in _NUMBER.finditer(fact.text)
                 if not any(a <= m.start() < b for a, b in same))  # fmt: skip
