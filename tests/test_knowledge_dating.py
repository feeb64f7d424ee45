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
