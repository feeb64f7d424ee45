"""When the act itself happened, not some other date the sentence names (issue 18, third
round): a new deadline is the extended thing's date, "next/last" + month counts from the
article's month, a weekday set after a date is that date, a weekday in a clause looking ahead
is the next one. Sentences written for the test."""

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
FRIDAY = ArticleDate("1991-05-17")  # a Friday


def _act_date(sentence: str, article: ArticleDate = FRIDAY) -> str | None:
    (fact,) = extract([Block(1, "paragraph", sentence)], article, NAMES, RULES).facts
    return fact.date.iso if fact.date else None


@pytest.mark.parametrize("sentence", [
    "Norland said it extended its 12 dlr a share offer for Vell Mills to June 2 from today.",
    "Norland said it has extended the offer until June nine, from May 24.",
    "Norland said it reopened its 12 dlr a share offer until May 29.",
])  # fmt: skip
def test_a_new_deadline_is_the_things_date_the_act_is_the_articles_day(sentence: str) -> None:
    assert _act_date(sentence) == "1991-05-17"


@pytest.mark.parametrize(("text", "article", "iso"), [
    ("Output will reach 90,000 bpd next January.", "1991-06-10", "1992-01"),
    ("Output will reach 90,000 bpd next September.", "1991-06-10", "1991-09"),
    ("Output fell to 70,000 bpd last November.", "1991-06-10", "1990-11"),
    ("Output fell to 70,000 bpd last February.", "1991-06-10", "1991-02"),
    ("The mill was sold last August.", "1991-03-02", "1990-08"),
])  # fmt: skip
def test_next_and_last_month_count_from_the_articles_month(text: str, article: str,
                                                           iso: str) -> None:  # fmt: skip
    assert [d.iso for d in find_dates(text, ArticleDate(article))] == [iso]


def test_a_weekday_after_a_date_is_that_date_not_another() -> None:
    found = find_dates("On Friday, Norland agreed to keep its offer open until May 22, Wednesday.",
                       ArticleDate("1991-05-20"))  # fmt: skip
    assert [d.iso for d in found] == ["1991-05-17", "1991-05-22"]


@pytest.mark.parametrize(("text", "iso"), [
    ("The board will meet Wednesday to vote on the offer.", "1991-05-22"),
    ("The vote is due to be held Tuesday.", "1991-05-21"),
    ("The board met Wednesday to vote on the offer.", "1991-05-15"),
    ("Norland said it would vote on the offer on Monday.", "1991-05-20"),
    ("The deal would end the stoppage, which began on Monday.", "1991-05-13"),
    ("Tarvia will sign its 7.7 billion dlr bank loan on Monday.", "1991-05-20"),
    ("The board met Monday. It will vote on the 2.5 dlr offer later.", "1991-05-13"),
    ("The regulator had rejected in July the merger of the two railways.", "1990-07"),
    ("The talks will resume in July.", "1991-07"),
])  # fmt: skip
def test_a_bare_weekday_looks_ahead_only_in_a_clause_that_does(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, FRIDAY)] == [iso]


@pytest.mark.parametrize("sentence", [
    "Norland said the two directors named last week by Vell Mills had resigned.",
    "Norland said the kiln damaged on Monday by a fire will cost 2 mln dlrs to mend.",
])  # fmt: skip
def test_the_date_of_a_participle_describing_a_noun_is_not_the_acts(sentence: str) -> None:
    assert _act_date(sentence, ArticleDate("1991-05-22")) is None


def test_a_passive_act_keeps_its_date() -> None:
    sentence = "The mill was shut last week by the owners after a fire."
    assert _act_date(sentence, ArticleDate("1991-05-22")) == "1991-05"


def test_an_extension_told_with_no_speaker_is_the_news_of_the_articles_day() -> None:
    assert _act_date("Norland extended its 12 dlr a share offer for Vell Mills to June 2.") == (
        "1991-05-17"
    )
