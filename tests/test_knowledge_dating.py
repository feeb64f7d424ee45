"""The dates of statements on a fact sheet (issue 18, seventh round): years a noun covers in
the day's lead, a week named by its first day, a month that modifies a noun, a market move
told with no date, a weekday far after its 'will'. Sentences written for the test."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.dates import ArticleDate, find_dates
from pakru_desktop.knowledge.entities import Entity, EntityMatcher
from pakru_desktop.knowledge.extract import extract
from pakru_desktop.knowledge.statements import StatementRules
from pakru_desktop.model import Block

from .conftest import ROOT

RULES = StatementRules.load(ROOT / "resources" / "statements.toml")
NAMES = EntityMatcher([Entity("Norland", "organisation", "", ())])
MONDAY = ArticleDate("1991-06-10")  # a Monday


def _facts(*paragraphs: str, article: ArticleDate = MONDAY) -> list:
    blocks = [Block(n, "paragraph", text) for n, text in enumerate(paragraphs, start=1)]
    return extract(blocks, article, NAMES, RULES).facts


def _dates(*paragraphs: str, article: ArticleDate = MONDAY) -> list[str]:
    """The dates of the last paragraph's statement."""
    return [d.iso for d in _facts(*paragraphs, article=article)[-1].dates]


def test_a_lead_naming_the_years_two_programmes_cover_is_still_the_days_news() -> None:
    lead = ("Commitments to Norland's financing package for 1991 and 1992 have reached 80 pct "
            "of the 2.1 billion dlrs in new loans, the two banks said in a statement.")  # fmt: skip
    assert _dates(lead)[0] == "1991-06-10"


@pytest.mark.parametrize(("text", "iso", "precision"), [
    ("The report will be filed around the week of July 22.", "1991-07", "month"),
    ("Output in the first few days of June ran at 90,000 bpd.", "1991-06", "month"),
    ("Sales fell by the end of May.", "1991-05", "month"),
    ("As of June six, few shares had been tendered.", "1991-06-06", "day"),
    ("Norland was an architect of the January accord, under which prices rose.", "1991-01",
     "month"),
    ("Norland kept to its February currency pact.", "1991-02", "month"),
])  # fmt: skip
def test_a_week_a_part_of_a_month_and_a_month_naming_an_event_are_dates(
        text: str, iso: str, precision: str) -> None:  # fmt: skip
    (found,) = find_dates(text, MONDAY)
    assert (found.iso, found.precision) == (iso, precision)


@pytest.mark.parametrize("text", [
    "Norland bought ten cargoes of May crude.",  # a contract month, no event
    "The May Department Stores unit sold its mills.",  # a name
    "Prices rose during the November to May period.",  # a span, not an event
])  # fmt: skip
def test_a_month_that_names_no_event_or_time_is_no_date(text: str) -> None:
    assert find_dates(text, MONDAY) == []


def test_what_is_planned_just_before_a_dated_meeting_is_dated_to_its_month() -> None:
    text = ("Norland said it wishes to attend a meeting of lenders expected just before the "
            "annual conference in Geneva starting on July 9.")  # fmt: skip
    assert _dates(text) == ["1991-07"]


def test_what_was_so_before_a_dated_event_is_not_dated_by_it() -> None:
    text = "Immediately before the March quake Norland's output was 250,000 bpd."
    assert "1991-03" not in _dates(text)


def test_a_price_move_in_a_market_report_is_the_days_trading() -> None:
    lead = "Norland said today it agreed to a buyout at 24.60 dlrs per share."
    assert _dates(lead, "Its stock rose 8-5/8 to 24 in active trading.") == ["1991-06-10"]
    move = "Near July in London fell below 900 stg in early trading, traders said."
    assert _dates(lead, move) == ["1991-06-10"]


def test_a_price_move_told_with_its_own_date_keeps_it() -> None:
    lead = "Norland said today it agreed to a buyout at 24.60 dlrs per share."
    move = "Its stock fell 3-1/8 to 19-3/8 last Friday."
    assert _dates(lead, move) == ["1991-06-07"]


@pytest.mark.parametrize(("text", "iso"), [
    ("The chairman will draw up what delegates called a compromise and present it to the "
     "working group of the council at 1130 hrs GMT Tuesday.", "1991-06-11"),
    ("The chairman will say the deal, which the board had approved before the talks with the "
     "lenders of the group, was struck with Norland Friday.", "1991-06-07"),
])  # fmt: skip
def test_a_will_far_back_looks_ahead_unless_a_past_verb_comes_between(text: str,
                                                                      iso: str) -> None:  # fmt: skip
    assert [d.iso for d in find_dates(text, MONDAY)] == [iso]


def test_an_event_a_day_named_is_that_days_when_named_again() -> None:
    lead = "Norland's plan cost its party seats in Sunday's local elections, analysts said."
    again = "In the city assembly elections, the party has so far lost 12 of its 90 seats."
    assert _dates(lead, again) == ["1991-06-09"]


def test_an_event_no_day_named_lends_no_date() -> None:
    lead = "Norland's plan cost its party seats in local elections, analysts said."
    again = "In the city assembly elections, the party has so far lost 12 of its 90 seats."
    assert _dates(lead, again) == []
