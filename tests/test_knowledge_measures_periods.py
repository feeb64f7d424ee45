"""Whose period a year is: a year written right after another number ("13.1 bln in 2029") is
that number's, and what follows a comparison after a figure ("4.5 bln, against a 2029
deficit") is the compared value's — a figure never takes another's year, so two figures of
different years are not set against each other, and one year's figure keeps to its line. One
word in two spellings ("judgement", "judgment") is one word of what a figure measures."""

from __future__ import annotations

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.measures import measures
from pakru_desktop.knowledge.periods import period_of

from .test_knowledge_disagree_readings import _lines, _told


def _period(text: str, figure: str, year: int | None = 2031) -> dict[str, str]:
    at = text.index(figure)
    return period_of(text, at, at + len(figure), year)


def test_a_year_after_a_comparison_is_the_compared_values() -> None:
    text = ("2030 was the first year Norland had a trade surplus - 4.5 bln crowns, against a "
            "2029 deficit of 900 mln crowns.")  # fmt: skip
    assert _period(text, "4.5 bln crowns") == {"year": "2030"}
    text = ("Norland ran a surplus last year, mostly a surplus with Osland of 7.1 bln crowns, "
            "against a 4.3 bln deficit in 2029.")  # fmt: skip
    assert _period(text, "7.1 bln crowns") == {"year": "2030"}
    assert _period(text, "4.3 bln") == {"year": "2029"}


def test_a_year_right_after_another_number_is_that_numbers() -> None:
    text = ("Exports to Osland rose to 15.7 bln crowns in 2030 from 13.1 bln in 2029, while "
            "imports from Osland grew to 7.1 bln from 4.8 bln.")  # fmt: skip
    assert _period(text, "13.1 bln") == {"year": "2029"}
    assert _period(text, "15.7 bln crowns") == {"year": "2030"}
    assert _period(text, "7.1 bln") == {}  # 2029 is 13.1 bln's, not the imports'
    # One period opening the sentence still holds for all it tells.
    text = "In 2030 exports rose to 15.7 bln crowns and imports to 7.1 bln."
    assert _period(text, "7.1 bln") == {"year": "2030"}


def test_figures_of_two_years_never_disagree() -> None:
    assert _lines(
        _told("Officials said 2030 was the first year Norland had a trade surplus - 4.5 bln "
              "crowns, against a 2029 deficit of 900 mln crowns.", "a"),
        _told("Officials said the Norland trade surplus rose to 4.8 bln crowns in 2029.", "b"),
    ) == []  # fmt: skip


def test_one_word_in_two_spellings_is_one_word_of_the_measure() -> None:
    found = measures(group([
        _told("Harbor paid the 10.3 bln crown judgement in full to its rival.", "a"),
        _told("Courts upheld an 11.1 bln crown judgment in full on Monday.", "b"),
    ]))  # fmt: skip
    assert [sorted(r.value for r in m.reports) for m in found] == [
        ["10.3 bln crown", "11.1 bln crown"]
    ]


def test_a_difference_is_a_measure_of_its_own() -> None:
    """'An additional 5.1 mln' tells what a step adds: the same sum told plainly by another
    source is its line; a level near it ('5.0 mln dlrs' paid in all) is another measure."""
    found = measures(group([
        _told("Each extra point over LIBOR means an additional 5.1 mln dlrs in yearly interest "
              "for Norland.", "a"),
        _told("An extra point over LIBOR would cost Norland just 5.1 mln dlrs in yearly "
              "interest.", "b"),
        _told("Norland paid 5.4 mln dlrs in yearly interest over LIBOR in all.", "c"),
        _told("Norland paid yearly interest over LIBOR of 5.4 mln dlrs in all.", "d"),
    ]))  # fmt: skip
    assert sorted(sorted(r.value for r in m.reports) for m in found) == [
        ["5.1 mln dlrs", "an additional 5.1 mln dlrs"],
        ["5.4 mln dlrs"],
    ]
