"""Whose voice a sentence is (issue 18, ninth round): what a party is reported, said or
rumoured to have or do in the passive is hearsay, whatever it tells. Sentences written for
the test."""

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
FRIDAY = ArticleDate("1991-05-17")  # a Friday


def _modes(paragraph: str) -> list[str]:
    return [f.mode for f in extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES,
                                    RULES).facts]  # fmt: skip


@pytest.mark.parametrize("sentence", [
    "A group led by Anna Vell has been reported as owning about 20 pct of Norland stock.",
    "Orbis was reported to have sold its Tarvian unit for 40 mln dlrs.",
    "Norland is rumoured to be preparing a 300 mln dlr bid for Orbis.",
])  # fmt: skip
def test_what_a_party_is_reported_to_hold_or_do_is_hearsay(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


def test_a_party_reporting_its_own_results_is_its_act() -> None:
    assert _modes("Norland has reported a profit of 3 mln dlrs for the year.") == ["happened"]
