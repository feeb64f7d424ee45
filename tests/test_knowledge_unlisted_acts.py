"""Statements that are no line at all unless read by their grammar (issue 18, session 9): an
act or a plan in a verb no list of statements.toml names, told by a subject that acts (a
named party, "the company", a pronoun for one named before, a group of doers), is kept as a
line; background, states, views and headlines are not. And a month written short before its
day ("on Feb. 25") ends no sentence. Sentences written for the test."""

from __future__ import annotations

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
