"""Who tells it (issue 18, fourth round): a third party named at a sentence's end, a denial,
a vow or a proposal's terms decide the kind of the statement, on sentences written for the
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
NAMES = EntityMatcher([Entity("Norland", "organisation", "", ()),
                       Entity("Orbis", "organisation", "", ()),
                       Entity("Tarvia", "place", "", ())])  # fmt: skip


def _facts(paragraph: str) -> list[tuple[str, str]]:
    knowledge = extract([Block(1, "paragraph", paragraph)], ArticleDate("1991-05-14"), NAMES,
                        RULES)  # fmt: skip
    return [(f.text, f.mode) for f in knowledge.facts]


def _modes(paragraph: str) -> list[str]:
    return [mode for _, mode in _facts(paragraph)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarvia has moved 40 tanks to the border and has shelled two villages, a Western "
        "military source in the region said.",
        "The freighter Orbis Star, 42,000 tonnes, was hit by a rocket on May 3, the Baltic "
        "shipping information service reported.",
        "Norland has agreed to sell its mills to Orbis for 300 mln dlrs, the Daily Courier said.",
        "Orbis closed its two smelters last week, state radio said.",
    ],
)
def test_a_third_party_named_at_the_end_reports_what_others_did(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


def test_a_party_named_at_the_end_telling_of_its_own_act_is_still_the_act() -> None:
    assert _modes("Norland sold its mills to Orbis for 300 mln dlrs, the company said.") == [
        "happened"
    ]


def test_according_to_a_report_makes_the_sentence_that_reports() -> None:
    assert _modes(
        "Orbis has raised its offer for Norland to 7.2 bln dlrs from 6 bln, according to a "
        "report in the Evening Ledger."
    ) == ["reported"]


def test_a_denial_is_the_deniers_act_and_not_the_report_it_denies() -> None:
    assert _modes("Orbis denied as unfounded reports that it would close 12 mills.") == ["happened"]
    assert _modes("Norland on Monday denied press reports that it sold 3 mln Orbis shares.") == [
        "happened"
    ]


def test_refusing_to_confirm_or_deny_a_report_is_no_denial() -> None:
    assert _modes(
        "Norland officials would neither confirm nor deny reports that Orbis will buy 40 pct "
        "of its mills."
    ) == ["reported"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarvia vowed to keep up the blockade of the three ports.",
        "Orbis pledged to reopen its 2 smelters.",
        "Norland is considering a takeover bid for Orbis, its chairman said.",
        "Tarvia is considering the request to transfer 12 Orbis ships to its flag.",
    ],
)
def test_a_vow_or_a_plan_considered_is_planned(sentence: str) -> None:
    assert _modes(sentence) == ["planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orbis proposal would pay Norland's lenders 2.4 bln dlrs in cash.",
        "Under the offer, Norland shareholders would own 35 pct of the new company.",
    ],
)
def test_a_proposals_terms_in_the_conditional_are_planned(sentence: str) -> None:
    assert _modes(sentence) == ["planned"]


def test_an_offer_compared_in_the_conditional_is_no_term() -> None:
    modes = _modes("The higher offer would exceed the 55 dlrs a share Orbis paid in May.")
    assert "planned" not in modes


def test_officials_of_a_party_the_sentence_does_not_name_report_what_others_did() -> None:
    assert _modes(
        "Tarvia has asked 3 countries for the use of their ports, Orbis Ministry officials said."
    ) == ["reported"]


def test_a_partys_own_officials_tell_its_own_act() -> None:
    assert _modes("Norland sold 3 mln Orbis shares last week, Norland officials said.") == [
        "happened"
    ]
