"""Figures as newswire writes them — fractions ("13/16 pct", "7-1/2 years") and small numbers
in words before a percentage ("a five pct tax") — read whole, each exact to what it states,
and one measure's reports on one line (sentences of our own making)."""

from __future__ import annotations

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.disagreements import conflicts
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.measures import agree, measures

from .test_knowledge_disagree_readings import _told


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, round(f.value, 4), f.unit) for f in find_figures(text)]


def test_a_fraction_is_read_whole_not_as_its_last_part() -> None:
    assert _read("The banks offered a margin of 13/16 pct over Libor.") == [
        ("13/16 pct", 0.8125, "%")
    ]
    assert _read("The loan has a grace period of 7-1/2 years.") == [("7-1/2 years", 7.5, "year")]
    assert _read("Holders of 66-2/3 pct of the stock must agree.") == [("66-2/3 pct", 66.6667, "%")]


def test_a_fraction_is_exact_to_its_own_part() -> None:
    (sixteenths,) = find_figures("a margin of 13/16 pct")
    (eighths,) = find_figures("a margin of 7/8 pct")
    (decimal,) = find_figures("a margin of 0.875 pct")
    assert not agree(sixteenths, eighths)  # a sixteenth apart: two margins
    assert agree(eighths, decimal)


def test_a_small_number_in_words_before_a_percentage_is_a_figure() -> None:
    assert _read("Opposition grew to the proposed five pct sales tax.") == [("five pct", 5.0, "%")]
    assert _read("Critics of the five-pct tax met today.") == [("five-pct", 5.0, "%")]
    assert _read("Growth is targeted at four per cent this year.") == [("four per cent", 4.0, "%")]


def test_one_rate_written_in_words_and_digits_is_one_measure_line() -> None:
    lines = measures(group([
        _told("Parliament debated the proposed five pct sales tax on Monday.", "a"),
        _told("Opposition parties fought the proposed 5 pct sales tax.", "b"),
    ]))  # fmt: skip
    assert [sorted(r.value for r in line.reports) for line in lines] == [["5 pct", "five pct"]]


def test_margins_a_sixteenth_apart_told_of_one_loan_disagree() -> None:
    said = "Bankers said the margin on the Mirren loan is {} over Libor."
    lines = conflicts(group([_told(said.format("13/16 pct"), "a"),
                             _told(said.format("7/8 pct"), "b")]))  # fmt: skip
    assert [tuple(c.value for c in line.claims) for line in lines] == [("13/16 pct", "7/8 pct")]


def test_a_currency_named_by_its_nation_or_its_own_word_is_money() -> None:
    assert _read("The blaze caused 12 mln Canadian dlrs in damage.") == [
        ("12 mln Canadian dlrs", 12e6, "CAD")
    ]
    assert _read("The ministry pays a 15 mln guilder annual subsidy.") == [
        ("15 mln guilder", 15e6, "NLG")
    ]
    assert _read("The floor is 1,400 Special Drawing Rights a tonne.") == [
        ("1,400 Special Drawing Rights", 1400.0, "SDR")
    ]


def test_dollars_of_one_value_share_a_line_but_never_disagree_across_nations() -> None:
    facts = group([
        _told("Harbor said the blaze caused 12 mln Canadian dlrs in damage at the plant.", "a"),
        _told("Harbor said the blaze caused 12 mln dlrs in damage at the plant.", "b"),
    ])  # fmt: skip
    assert [sorted(r.value for r in line.reports) for line in measures(facts)] == [
        ["12 mln Canadian dlrs", "12 mln dlrs"]
    ]
    told = "Harbor said the blaze caused {} in damage at the plant."
    assert conflicts(group([_told(told.format("12 mln Canadian dlrs"), "a"),
                            _told(told.format("14 mln dlrs"), "b")])) == []  # fmt: skip


def test_two_prices_told_each_with_the_same_stake_share_one_line() -> None:
    facts = group([
        _told("Orbis said it agreed to sell a 15 pct interest in Kessel for 420 mln dlrs.", "a"),
        _told("Orbis said it agreed to sell a 15 pct interest in Kessel for 420 mln dlrs.", "b"),
        _told("Harbor Life will receive 15 pct of Kessel for roughly 420 mln dlrs.", "c"),
        _told("Harbor Life will receive 15 pct of Kessel for 427 mln dlrs.", "d"),
    ])  # fmt: skip
    (price,) = [m for m in measures(facts) if m.unit == "USD"]
    assert {r.value for r in price.reports} == {
        "420 mln dlrs", "roughly 420 mln dlrs", "427 mln dlrs"
    }  # fmt: skip
