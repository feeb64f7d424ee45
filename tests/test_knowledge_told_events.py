"""Events told in verbs no list names (issue 18, session 7): a speaker telling a past event
the sentence places in time or gives a doer vouches for something that took place; their
account of a state, an unplaced past, a past perfect or a noun's clause stays theirs.
Sentences written for the test."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.dates import ArticleDate
from pakru_desktop.knowledge.entities import Entity, EntityMatcher
from pakru_desktop.knowledge.extract import extract
from pakru_desktop.knowledge.referents import shown
from pakru_desktop.knowledge.statements import StatementRules
from pakru_desktop.model import Block

from .conftest import ROOT

RULES = StatementRules.load(ROOT / "resources" / "statements.toml")
NAMES = EntityMatcher([Entity("Norland", "organisation", "", ())])
FRIDAY = ArticleDate("1991-05-17")  # a Friday


def _modes(paragraph: str) -> list[str]:
    return [f.mode for f in extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES,
                                    RULES).facts]  # fmt: skip


@pytest.mark.parametrize("sentence", [
    "About 30 workers were stranded underground today by a flood in a tin mine, officials said.",
    "A plant official said the blaze broke out last night and about 12 of the workers escaped.",
    "Norland Inc said output at its Vell smelter was halted by the flood that began on Tuesday.",
    "The officials told reporters the proposal was handed over last week by the deputy minister.",
    "Twelve workers who were missing after the blast were found today, officials said.",
    "Ana Roth said Norland's board was informed of the 40 dlr offer on May nine.",
])  # fmt: skip
def test_a_placed_past_event_told_by_a_speaker_happened(sentence: str) -> None:
    assert _modes(sentence) == ["happened"]


@pytest.mark.parametrize("sentence", [
    # an unplaced past in a party's mouth: their account
    "The finance minister told reporters all 40 mln dlrs of credit lines were renewed.",
    # a past perfect told by a speaker: a claim
    "Norland said the rival group's chairman had fled the country on Tuesday with 20 mln dlrs.",
    # a state told in the past
    "The minister said on Tuesday the 12 creditor banks were divided on the 30 mln dlr request.",
])  # fmt: skip
def test_an_account_of_others_or_of_a_state_is_no_event(sentence: str) -> None:
    assert "happened" not in _modes(sentence)


def test_an_act_and_the_actors_account_of_it_are_two_lines() -> None:
    paragraph = ("Norland Inc filed for protection under Chapter 11 of the bankruptcy code "
                 "today, saying it had no choice because of its lenders' refusal to talk.")  # fmt: skip
    facts = extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES, RULES).facts
    act, told = facts
    assert act.mode == "happened" and act.text.endswith("today")
    assert told.text.startswith("saying it had no choice") and told.mode != "happened"
    assert paragraph.find(act.text) == 0 and paragraph.find(told.text) > 0  # exact quotes
    assert shown(told.text, told.referent) == f"[Norland Inc] {told.text}"


def test_a_short_act_keeps_its_account_in_one_line() -> None:
    paragraph = "Norland left, saying the 20 mln dlr offer was too low."
    assert len(extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES, RULES).facts) == 1


def test_a_dated_event_in_a_nouns_clause_is_a_line_of_its_own() -> None:
    paragraph = ("The tin pact conference, which resumed today under the auspices of the "
                 "United Nations, is scheduled to last until May 31.")  # fmt: skip
    facts = extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES, RULES).facts
    clause = [f for f in facts if f.text.endswith("United Nations")]
    assert [(f.mode, [d.iso for d in f.dates]) for f in clause] == [("happened", ["1991-05-17"])]
    assert any(f.text == paragraph and f.mode == "planned" for f in facts)  # the sentence whole
