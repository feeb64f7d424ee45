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
