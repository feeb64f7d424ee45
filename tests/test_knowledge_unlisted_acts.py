"""Statements that are no line at all unless read by their grammar (issue 18, session 9): an
act or a plan in a verb no list of statements.toml names, told by a subject that acts (a
named party, "the company", a pronoun for one named before, a group of doers), is kept as a
line; background, states, views and headlines are not. And a month written short before its
day ("on Feb. 25") ends no sentence. Sentences written for the test."""

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
FRIDAY = ArticleDate("1991-05-17")


def _lines(paragraph: str) -> list[tuple[str, str, list[str]]]:
    """(text, mode, dates) of each line of one paragraph."""
    facts = extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES, RULES).facts
    return [(f.text, f.mode, [d.iso for d in f.dates]) for f in facts]


def test_a_month_written_short_before_its_day_ends_no_sentence() -> None:
    paragraph = ("Norland shut the Vell smelter on Feb. 25 to force the union to accept the "
                 "new shifts. Talks resume next month.")  # fmt: skip
    (text, mode, dates), *_ = _lines(paragraph)
    assert text.endswith("accept the new shifts.")
    assert (mode, dates) == ("happened", ["1991-02-25"])


@pytest.mark.parametrize(("sentence", "mode"), [
    # the present perfect of a verb no list names, "the company" its subject
    ("The company has commissioned an independent audit of the Vell smelter.", "happened"),
    # a plan of a group of doers, after an opening phrase
    ("Using floating cranes, salvage teams intend to lift the barge onto the quay.", "planned"),
    # a party no entity file knows, one word: its act after ", but it"
    ("Tallinn had sought a delay in the talks, but it later abandoned the request.", "happened"),
    # a named party's simple past, in a verb no list names
    ("Norland dismantled the old kiln at the Vell smelter.", "happened"),
    # a group of doers, no name in the sentence, a verb the lists name
    ("Striking dockers blocked the entrance to the harbour for six hours.", "happened"),
    # a craft whose move is the news
    ("The damaged tanker drifted slowly towards the Vell coast.", "happened"),
    # an event whose effects are the news
    ("The blast flattened the pump house at the Vell smelter.", "happened"),
    # one person named by the office held
    ("The prime minister has dissolved the Vell town council.", "happened"),
    # a subject set off from its verb by what it is
    ("Norland, the owner of the Vell smelter, has commissioned an audit of the kiln.",
     "happened"),
    # a plan in a verb no list names, however the sentence opens ("It is …")
    ("It is due to commission a new kiln at the Vell smelter.", "planned"),
])  # fmt: skip
def test_an_act_or_a_plan_of_a_subject_that_acts_is_a_line(sentence: str, mode: str) -> None:
    assert [(text, m) for text, m, _ in _lines(sentence)] == [(sentence, mode)]


@pytest.mark.parametrize("sentence", [
    "The company has expressed concern about the length of the talks.",  # a feeling
    "Norland praised the union for its patience during the talks.",  # a judgement
    "The creditor banks were divided on the request for new loans.",  # a state
    "Norland had dismantled the old kiln before the sale.",  # background: a past before
    "Norland dismantles old kiln at Vell smelter",  # a headline
    "Tallinn gave no details of the talks with the union.",  # no act
    "The kiln dismantled last winter stood idle for a decade.",  # no subject that acts
    "It was wise of Norland to sell the kiln, its former chairman wrote.",  # who tells it
])  # fmt: skip
def test_views_states_background_and_headlines_are_no_lines(sentence: str) -> None:
    assert _lines(sentence) == []


def test_a_thing_called_a_name_in_quotation_marks_is_a_view() -> None:
    # calling a thing a name is saying it: a view, kept as commentary, not dropped
    sentence = 'Opposition leader Ana Roth called the new levy "a tax on thrift."'
    assert [(text, mode) for text, mode, _ in _lines(sentence)] == [(sentence, "commentary")]


def test_a_speakers_clause_joined_to_an_act_is_a_line_of_its_own() -> None:
    paragraph = ("Norland closed the Vell smelter on May 3 to cut its costs, and Ana Roth said "
                 "it would reopen once demand for zinc recovers.")  # fmt: skip
    act, words = _lines(paragraph)
    assert act == ("Norland closed the Vell smelter on May 3 to cut its costs", "happened",
                   ["1991-05-03"])  # fmt: skip
    assert words[0].startswith("Ana Roth said it would reopen") and words[1] == "planned"


@pytest.mark.parametrize("paragraph", [
    # the first clause tells nothing of its own: the sentence stays one line
    "Norland remained silent on the rumours of a sale, but analysts said a buyer was near.",
    # a subject of two parties, not two clauses
    "Ana Roth, chairman of the Vell union, and Norland's board said they backed the offer.",
    # the same subject goes on: no speaker of its own
    "Norland has said it would not sell the Vell smelter, but has said it would seek partners.",
])  # fmt: skip
def test_a_sentence_whose_first_clause_is_no_statement_is_not_cut(paragraph: str) -> None:
    assert [text for text, _, _ in _lines(paragraph)] in ([paragraph], [])
