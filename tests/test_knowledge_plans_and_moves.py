"""Plans, hearsay and market moves (issue 18, session 7): "will <act>" is a plan even when the
lists name the act with its "will"; a speaker's own "may" and "he would" are plans; a decision
taken for later or under a condition is a plan; a belief said in the passive is hearsay
whoever holds it; a market's move is an event whoever reports it. Sentences written for the
test."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.dates import ArticleDate
from pakru_desktop.knowledge.entities import Entity, EntityMatcher
from pakru_desktop.knowledge.extract import extract
from pakru_desktop.knowledge.statements import StatementRules
from pakru_desktop.model import Block

from .conftest import ROOT

RULES = StatementRules.load(ROOT / "resources" / "statements.toml")
NAMES = EntityMatcher([Entity("Norland", "organisation", "", ())])


def _modes(paragraph: str) -> list[str]:
    return [f.mode for f in extract([Block(1, "paragraph", paragraph)],
                                    ArticleDate("1991-05-17"), NAMES, RULES).facts]  # fmt: skip


@pytest.mark.parametrize("sentence", [
    "The new fund will begin operations on June 3 with 40 mln dlrs, the director said.",
    "Moody's Investors Service said it may downgrade Norland's 300 mln dlrs of debt.",
    "Trade Minister Ivo Berg said he would review the 12 pct duty in the light of objections.",
    "The two parties agreed to reopen talks on the 1992 budget when the committee meets next "
    "Tuesday, an official said.",
    "The employers have decided to restart the 400 redundancies within a week, their "
    "spokesman told reporters.",
    "The minister also agreed to drop the 5 pct tax entirely if the council fails to agree.",
])  # fmt: skip
def test_plans_told_or_decided_for_later_are_planned(sentence: str) -> None:
    assert _modes(sentence) == ["planned"]


@pytest.mark.parametrize("sentence", [
    "Norland, set on buying the plastics unit, is believed by analysts to be preparing a 40 "
    "dlr offer.",
    "The plan to sell 10 pct of the unit is believed to be a prelude to a public offering, "
    "analysts said.",
])  # fmt: skip
def test_a_belief_in_the_passive_is_reported(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


@pytest.mark.parametrize("sentence", [
    "Tin prices rallied today, moving over 6.00 dlrs a kilo because of heavy buying, "
    "analysts said.",
    "Near July in London fell below 900 stg in early trading, traders said.",
])  # fmt: skip
def test_a_market_move_is_an_event_whoever_reports_it(sentence: str) -> None:
    assert _modes(sentence) == ["happened"]


def test_a_move_on_rumours_stays_hearsay() -> None:
    sentence = ("Norland climbed 2-1/2 to 40-1/8 on rumors the company was about to sell "
                "its 10 pct stake, traders said.")  # fmt: skip
    assert "happened" not in _modes(sentence)


def test_a_deal_agreed_is_no_plan_for_later() -> None:
    assert _modes("Norland agreed to buy the Vell mill for 20 mln dlrs on Tuesday.") == ["happened"]


@pytest.mark.parametrize("sentence", [
    "The minister said no member country was exceeding the quotas allocated by the group.",
    "Central bank director Ana Roth said the creditor banks were divided on the request.",
])  # fmt: skip
def test_a_speaker_telling_of_others_reports_a_claim(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


@pytest.mark.parametrize("sentence", [
    "Norland chairman Tom Vell said the company is turning around and is back on track.",
    "Finance Minister Ivo Berg said the time has come for the big nations to act together.",
    "The chairman of Norland said its workers are confident of a good year.",
])  # fmt: skip
def test_a_speaker_telling_of_itself_or_the_times_gives_a_view(sentence: str) -> None:
    assert _modes(sentence) == ["commentary"]


@pytest.mark.parametrize("sentence", [
    "Norland Inc said it is deferring about 3 mln dlrs of interest payments due May 1.",
    "Moody's said it placed Norland's 40 mln dlrs of debt under review because of the "
    "company's recapitalization plans and its intention to sell two units.",
])  # fmt: skip
def test_an_act_under_way_or_a_plan_named_as_a_noun_is_no_plan(sentence: str) -> None:
    assert _modes(sentence) == ["happened"]


def test_according_to_a_person_opening_the_sentence_reports_a_claim() -> None:
    sentence = 'According to Ana Roth, the 12 creditor banks "agreed on the need for a solution."'
    assert _modes(sentence) == ["reported"]


def test_a_belief_denied_is_a_view() -> None:
    sentence = "He said he did not believe any of the 17 men taken to hospital were badly hurt."
    assert _modes(sentence) == ["commentary"]


def test_a_view_goes_on_when_they_add() -> None:
    paragraph = ("Ministers were unlikely to take a decision on the 12 pct tax today, diplomats "
                 "said. But the talks should show that neither plan has a chance of passing "
                 "when it comes up later this month, they added.")  # fmt: skip
    assert _modes(paragraph) == ["commentary", "commentary"]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Norland claimed such purchases possibly violated the officers' duties.", "reported"),
    ("Delegates speculated Tarvia's money problems have increased pressure on the country.",
     "reported"),
    ("British economists say the use of such countermeasures would hurt Britain more.",
     "commentary"),
    ("Some arbitragers, however, believe the low price offers a buying opportunity.",
     "commentary"),
])  # fmt: skip
def test_claims_and_views_with_nothing_to_count_are_still_lines(sentence: str, mode: str) -> None:
    assert _modes(sentence) == [mode]


@pytest.mark.parametrize("sentence", [
    "The new 40 mln dlr fund is unlikely to do more than slow the fall in tin prices, "
    "delegates and trade sources said.",
    "Governor Ana Roth said the 10 billion dlr package she negotiated was better than Tarvia's.",
    "The central banks lost their credibility this week as the dollar fell 2 pct, dealers said.",
    "In any event, the general belief now is that the 5 pct tax is dead but that another tax "
    "will be introduced by the party.",
])  # fmt: skip
def test_a_judgement_is_a_view_whoever_tells_it(sentence: str) -> None:
    assert _modes(sentence) == ["commentary"]


def test_a_schedule_told_in_the_present_is_planned_for_the_coming_day() -> None:
    facts = extract([Block(1, "paragraph", "Trade minister Ivo Berg leaves for Tarvia on "
                           "Saturday.")], ArticleDate("1991-05-15"), NAMES, RULES).facts  # fmt: skip
    assert [(f.mode, [d.iso for d in f.dates]) for f in facts] == [("planned", ["1991-05-18"])]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Governor Ana Roth will meet 12 creditor banks here today, bankers said.", "planned"),
    ("Norland said it proposed setting up a 75 mln dlr fund for its retired workers.",
     "planned"),
    ("Sosnoff said Gluck had again refused, on April 8, to meet him over the 28 dlr offer.",
     "reported"),
])  # fmt: skip
def test_plans_told_by_the_meetings_group_proposals_and_anothers_refusal(
    sentence: str, mode: str
) -> None:
    assert _modes(sentence) == [mode]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Norland told securities analysts at a meeting today that any settlement offers would now "
     "be far less than what it offered before, according to analysts who attended the "
     "meeting.", "reported"),
    ("A withholding scheme can take a further 120,000 tonnes off the market if the council "
     "decides, according to the agreement.", "commentary"),
])  # fmt: skip
def test_according_to_a_source_at_the_end_reports_not_according_to_terms(
    sentence: str, mode: str
) -> None:
    assert _modes(sentence) == [mode]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Norland Corp may place its 40 mln dlrs of loans to Tarvia on nonaccrual status if "
     "Tarvia goes on deferring interest, the bank holding company said in a filing.", "planned"),
    ("Vell Mills Inc is pursuing a 20 pct link with an American broker, a company spokesman "
     "said.", "planned"),
    ("The proposed 12 pct duty also violates the bindings agreed between the two states, he "
     "said.", "reported"),
])  # fmt: skip
def test_a_partys_own_may_told_by_its_side_is_planned_an_alleged_breach_reported(
    sentence: str, mode: str
) -> None:
    assert _modes(sentence) == [mode]


def test_a_tender_to_begin_on_a_weekday_is_planned_for_the_coming_one() -> None:
    facts = extract([Block(1, "paragraph", "Norland said its unit is paying 35 dlrs a share "
                           "for 83 pct of Vell Mills in a tender offer to begin Thursday.")],
                    ArticleDate("1991-05-13"), NAMES, RULES).facts  # fmt: skip
    assert [(f.mode, [d.iso for d in f.dates]) for f in facts] == [("planned", ["1991-05-16"])]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("If the merger goes ahead, the statement said, Vell holders will receive 2 Norland "
     "shares for each of theirs.", "planned"),
    ("If the talks fail, prices would fall by 10 pct, dealers said.", "commentary"),
])  # fmt: skip
def test_a_deals_terms_under_its_condition_are_planned_a_conditional_view_is_not(
    sentence: str, mode: str
) -> None:
    assert _modes(sentence) == [mode]
