"""Sorting by date and narrowing to a date range (issue 9, defect 17) in the Qt-free core:
the seeds' dates (estimated from their texts: 2024-10, 2025-07, 2025-09-02, 2026-02-27,
2026-02-28) against the catalog, never a hard-coded hit list."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.order import DateRangeError, date_bound, date_range


def _dates(library: Library) -> dict[str, str]:
    return {s.source_file: s.date for s in library.summaries()}


def _overlaps(date: str, start: str, end: str) -> bool:
    """The range's rule said plainly: as many characters as both dates have are compared."""
    if not date:
        return False
    after = not start or date >= start[: len(date)]
    before = not end or date[: len(end)] <= end
    return after and before


def test_newest_first_orders_hits_by_article_date(engine: SearchEngine, library: Library) -> None:
    by_rank = engine.search("Russia", limit=10)
    by_date = engine.search("Russia", limit=10, sort="date")
    assert by_date.total == by_rank.total >= 4
    assert {h.article_id for h in by_date.hits} == {h.article_id for h in by_rank.hits}
    dates = [h.date for h in by_date.hits]
    assert dates == sorted(dates, reverse=True)
    assert [h.date for h in by_rank.hits] != dates  # the orders differ on the seeds
    assert all(h.date == _dates(library)[h.source_file] for h in by_date.hits)
    assert all(h.date_estimated for h in by_date.hits)  # the seeds' dates are all estimates


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2025", "2025"),
        ("2025-08", ""),
        ("", "2024"),
        ("2024-10-15", "2025-07-01"),
        ("2026-02-28", ""),
        ("1990", "1999"),
        ("2025-9", "2026"),
    ],  # fmt: skip
)
def test_a_date_range_keeps_exactly_the_articles_dated_in_it(
    engine: SearchEngine, library: Library, start: str, end: str
) -> None:
    iso_start, iso_end = date_range(start, end)
    expected = {f for f, d in _dates(library).items() if _overlaps(d, iso_start, iso_end)}
    everything = engine.search("Russia OR Pakistan", limit=10, date_from=start, date_to=end)
    assert {h.source_file for h in everything.hits} == expected
    assert everything.total == len(expected)
    newest = engine.search("Russia OR Pakistan", limit=10, sort="date", date_from=start,
                           date_to=end)  # fmt: skip
    assert {h.source_file for h in newest.hits} == expected


def test_a_month_article_is_inside_a_range_that_starts_or_ends_within_its_month(
    engine: SearchEngine, library: Library
) -> None:
    month = next(f for f, d in _dates(library).items() if len(d) == 7)  # "2024-10"
    date = _dates(library)[month]
    for start, end in ((f"{date}-15", ""), ("", f"{date}-02"), (date[:4], date[:4])):
        found = engine.search("Russia OR Pakistan", date_from=start, date_to=end)
        assert month in {h.source_file for h in found.hits}, (start, end)


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("2025-13", "", "not a real date"),
        ("spring", "", "not a year"),
        ("2026", "2025", "ends (2025) before it starts (2026)"),
        ("", "20251", "not a year"),
    ],  # fmt: skip
)
def test_a_bad_range_is_said_in_one_line_and_searches_nothing(
    engine: SearchEngine, start: str, end: str, said: str
) -> None:
    result = engine.search("Russia", date_from=start, date_to=end)
    assert result.total == 0 and not result.hits
    assert result.notice is not None and said in result.notice and "\n" not in result.notice
    with pytest.raises(DateRangeError, match=said.split(" (")[0]):
        date_range(start, end)


def test_bounds_are_read_as_year_month_or_day() -> None:
    assert [date_bound(t) for t in ("2025", "2025-7", "2025-07-3", " 2024-10 ", "")] == [
        "2025", "2025-07", "2025-07-03", "2024-10", ""]  # fmt: skip
