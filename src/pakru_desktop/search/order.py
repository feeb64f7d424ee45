"""How results are ordered (by relevance or newest first) and narrowed to a date range.

Dates are the articles' own (`articles.date`: "2025", "2025-07" or "2025-07-10"); an article
whose date was estimated from its text counts by its estimate. A range bound is a year, a
month or a day, and an article counts when its date and the range overlap: an article of
"2025" is inside a range from "2025-07-01", one of "2025-07" inside a range to "2025-07-02".
Undated articles are left out of any range, and come last when sorting by date.
"""

from __future__ import annotations

import math
import re
import sqlite3
from datetime import date

RELEVANCE, DATE = "relevance", "date"
# Relevance is FTS5's bm25 (title 10×, headings 4×, body 1×), then the best (and RERANK_POOL
# more) re-ordered as a reader ranks: an article with a query word in its
# title first, then by bm25 (scaled to the best of the pool) plus the spread of its hits over
# paragraphs and how many different query words meet in one paragraph. bm25 alone is fooled
# by a name's rarer spelling: each variant is a term of its own, and in a library where
# "Russia" is in every article its weight falls to nothing while a page with one «России»
# gets the full weight of a rare word. Tuned on the tune half of
# benchmarks/ranking_queries.toml (benchmarks/RESULTS.md, "Ranking").
RERANK_POOL = 0  # rows beyond those shown: each costs its highlight (A/B: +26% at 10)
TITLE_FIRST = True  # a title hit before any body-only hit
SPREAD = 0.25  # weight of log(1 + paragraphs with a hit), scaled to the pool's most
TOGETHER = 0.15  # weight of each further different word met in the best paragraph
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


def narrowed(
    expression: str, source: str | None, topic: str | None, date_from: str, date_to: str
) -> tuple[str, list[object]]:
    """The WHERE of a search on articles_fts and its parameters: the query's MATCH, narrowed
    to a source, a topic (its own MATCH, so its keywords are not highlighted as hits) and a
    date range (ISO bounds from date_range; as many characters as both dates have are
    compared, so an article counts when its date and the range overlap).

    Each filter is `+rowid IN (…)`: the `+` keeps SQLite from handing it to FTS5 as rowid
    lookups, which run the whole MATCH once per article of the filter (on 10,000 articles a
    topic took 1.4–12 s, a source 0.2–1.6 s, a date range 0.8–5 s; 20–60 ms with the `+`)."""
    where, params = "articles_fts MATCH ?", [expression]
    if source is not None:  # "" is a filter too: the articles naming no publisher
        where += " AND +rowid IN (SELECT id FROM articles WHERE source = ?)"
        params.append(source)
    if topic:
        where += " AND +rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(topic)
    dated = ["date != ''"]
    if date_from:
        dated.append("date >= substr(?, 1, length(date))")
        params.append(date_from)
    if date_to:
        dated.append("substr(date, 1, ?) <= ?")
        params += [len(date_to), date_to]
    if len(dated) > 1:
        where += f" AND +rowid IN (SELECT id FROM articles WHERE {' AND '.join(dated)})"
    return where, params


def newest_ids(conn: sqlite3.Connection, where: str, params: list[object], limit: int) -> list[int]:
    """The newest `limit` hits (undated last): the article list's date index walked newest
    first against the hit set, so only the hits shown are scored and highlighted (ordering
    the FTS query itself by date highlighted every hit: 10× slower on 10,000 articles)."""
    rows = conn.execute(
        f"SELECT id FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE {where})"
        " ORDER BY date DESC, id DESC LIMIT ?",
        (*params, limit),
    )
    return [row[0] for row in rows]


def reranked(rows: list[tuple], open_mark: str) -> list[tuple]:
    """(rowid, rank, marked title, marked body) rows, best first (see RERANK_POOL); the rank
    they carry out is the order's score, negated as FTS5's is (lower is better)."""
    from .snippets import distinct_hits  # a leaf module; kept local, order stays importable

    if not rows:
        return rows
    best = max(-row[1] for row in rows) or 1.0
    spreads, togethers = [], []
    for row in rows:
        blocks = [block for block in (row[3] or "").split("\n") if open_mark in block]
        spreads.append(math.log1p(len(blocks)))
        togethers.append(min(max((distinct_hits(b) for b in blocks), default=1), 4) - 1)
    widest = max(spreads) or 1.0
    scored = []
    for row, spread, together in zip(rows, spreads, togethers, strict=True):
        score = -row[1] / best + SPREAD * spread / widest + TOGETHER * together
        titled = TITLE_FIRST and open_mark in (row[2] or "")
        scored.append(((titled, score), row))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [(row[0], -(key[1] + key[0]), *row[2:]) for key, row in scored]
