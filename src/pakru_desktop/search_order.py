"""How results are ordered (by relevance or newest first) and narrowed to a date range.

Dates are the articles' own (`articles.date`: "2025", "2025-07" or "2025-07-10"); an article
whose date was estimated from its text counts by its estimate. A range bound is a year, a
month or a day, and an article counts when its date and the range overlap: an article of
"2025" is inside a range from "2025-07-01", one of "2025-07" inside a range to "2025-07-02".
Undated articles are left out of any range, and come last when sorting by date.
"""

from __future__ import annotations

import re
from datetime import date

RELEVANCE, DATE = "relevance", "date"
SORTS = (RELEVANCE, DATE)
_BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class DateRangeError(ValueError):
    """A range bound that is not a year, month or day, or a range that ends before it
    starts: one line, for the CLI's error and the search pane's status."""


def date_bound(text: str, name: str = "date") -> str:
    """`2025`, `2025-7`, `2025-07-10` → the ISO form the library stores ("" stays "")."""
    text = text.strip()
    if not text:
        return ""
    found = _BOUND.fullmatch(text)
    if found is None:
        raise DateRangeError(
            f"{name} {text!r} is not a year, year-month or date (2025, 2025-07, 2025-07-10)"
        )
    year, month, day = found.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise DateRangeError(f"{name} {text!r} is not a real date") from None
    return "-".join([year, *(f"{int(part):02d}" for part in (month, day) if part)])


def date_range(date_from: str = "", date_to: str = "") -> tuple[str, str]:
    """Both bounds checked and in ISO form; a range that ends before it starts is refused."""
    start, end = date_bound(date_from, "from"), date_bound(date_to, "to")
    if start and end and start[: len(end)] > end:
        raise DateRangeError(f"the range ends ({end}) before it starts ({start})")
    return start, end


def range_filter(date_from: str, date_to: str) -> tuple[str, list[object]]:
    """An SQL condition on the FTS rowid for the range, with its parameters ("" for none).
    Each side compares as many characters as both dates have, so the dates overlap."""
    conditions, params = [], []
    if date_from:
        conditions.append("date >= substr(?, 1, length(date))")
        params.append(date_from)
    if date_to:
        conditions.append("substr(date, 1, ?) <= ?")
        params += [len(date_to), date_to]
    if not conditions:
        return "", []
    where = " AND ".join(["date != ''", *conditions])
    return f" AND rowid IN (SELECT id FROM articles WHERE {where})", params


def order_by(sort: str) -> str:
    """The ORDER BY of the ranked query: bm25 rank, or the article's date newest first
    (undated last), the rank breaking ties."""
    if sort == DATE:
        return (
            "coalesce(nullif((SELECT date FROM articles WHERE id = articles_fts.rowid), ''),"
            " '0') DESC, rank"
        )
    return "rank"
