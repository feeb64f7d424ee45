"""Counts of things read whole when a company's name says whose they are (issue 18)."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.measures import measures

from .test_knowledge_disagree_readings import _told


@pytest.mark.parametrize(("text", "written", "value", "unit"), [
    ("Harbor said it bought about 1,215,000 Mirren Corp common shares on Friday.",
     "about 1,215,000 Mirren Corp common shares", 1_215_000, "share"),
    ("Orbis sold 12 Norland Air jets.", "12 Norland Air jets", 12, "jet"),
    ("Tarvia hired 40 Orbis engineers.", "40 Orbis engineers", 40, "engineer"),
])  # fmt: skip
def test_a_count_may_name_whose_things_they_are(text: str, written: str, value: float,
                                                unit: str) -> None:  # fmt: skip
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.unit) == (written, value, unit)


def test_a_year_before_a_name_is_no_count() -> None:
    assert find_figures("In 1998 Norland Air pilots struck.") == []


@pytest.mark.parametrize(("text", "written", "low", "high"), [
    ("Norland was pumping between 45,000 bpd and 48,000 bpd before the fire.",
     "between 45,000 bpd and 48,000 bpd", 45_000, 48_000),
    ("Orbis will spend between 5 mln dlrs and 7 mln dlrs on the plant.",
     "between 5 mln dlrs and 7 mln dlrs", 5e6, 7e6),
])  # fmt: skip
def test_a_range_repeating_its_unit_is_one_figure(text: str, written: str, low: float,
                                                  high: float) -> None:  # fmt: skip
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.high) == (written, low, high)


def test_two_quantities_after_between_stay_two() -> None:
    # The low end's words are not the high end's unit: two lengths, not a range.
    figures = find_figures("Tarvia repaired between 40 km of road and 50 km of rail.")
    assert [(f.text, f.high) for f in figures] == [("40 km", 0.0), ("50 km", 0.0)]


@pytest.mark.parametrize(("text", "written", "unit"), [
    ("Norland's ferries cross the 24-mile strait.", "24-mile", "miles"),
    ("Orbis repaired a 25 mile stretch of road.", "25 mile", "miles"),
    ("A 162,046-ton Tarvia tanker was hit.", "162,046-ton", "tonnes"),
])  # fmt: skip
def test_a_quantity_made_an_adjective_keeps_its_unit(text: str, written: str, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.text, figure.unit) == (written, unit)


def test_a_scaled_number_without_its_currency_takes_the_sentence_s() -> None:
    figures = find_figures("Orbis sales were 1.5 billion dlrs in 2030, up from 1.2 billion.")
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("1.5 billion dlrs", 1.5e9, "USD"), ("1.2 billion", 1.2e9, "USD")]  # fmt: skip
    loan = find_figures("Norland has a one billion dlr credit line and a 1.25 billion loan.")
    assert [(f.text, f.unit) for f in loan][-1] == ("1.25 billion", "USD")


def test_a_scaled_number_before_a_name_or_a_plural_counts_something_else() -> None:
    for text in ("Orbis paid 5 mln dlrs for 22.3 mln NorCorp shares.",
                 "Orbis paid 5 mln dlrs; Tarvia has 4.1 mln outstanding."):  # fmt: skip
        assert [f.text for f in find_figures(text)] == ["5 mln dlrs"]


@pytest.mark.parametrize(("text", "written", "unit"), [
    ("The Norland ferry sank with 512 people on board.", "512 people", "people"),
    ("Rescuers brought 40 men to the surface.", "40 men", "men"),
    ("The mill will shed 900 staff by June.", "900 staff", "staff"),
    ("About 35 children were rescued.", "About 35 children", "children"),
])  # fmt: skip
def test_a_count_of_people_in_an_irregular_plural_is_read(text: str, written: str,
                                                          unit: str) -> None:  # fmt: skip
    (figure,) = find_figures(text)
    assert (figure.text, figure.unit) == (written, unit)


def test_counts_of_people_from_two_sources_are_one_line() -> None:
    found = measures(group([
        _told("The Norland ferry was carrying 512 people when it capsized.", "a"),
        _told("Owners said the Norland ferry was carrying about 510 people when it capsized.",
              "b"),
    ]))  # fmt: skip
    assert [sorted(r.value for r in m.reports) for m in found] == [
        ["512 people", "about 510 people"]
    ]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("The fund approved a 1.3-billion-dlr standby loan for Norland.", "1.3-billion-dlr", 1.3e9),
    ("Orbis plans a five-mln-dlr share offering.", "five-mln-dlr", 5e6),
    ("Tarvia won a 7.7-billion-dollar order.", "7.7-billion-dollar", 7.7e9),
])  # fmt: skip
def test_a_sum_made_an_adjective_keeps_its_scale(text: str, written: str, value: float) -> None:
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.unit) == (written, value, "USD")


def test_a_hyphenated_sum_shares_the_line_of_the_same_sum_written_apart() -> None:
    found = measures(group([
        _told("The fund approved a 1.3-billion-dlr standby loan for Norland in May.", "a"),
        _told("Norland's standby loan of 1.3 billion dlrs from the fund was approved.", "b"),
    ]))  # fmt: skip
    assert [sorted(r.value for r in m.reports) for m in found] == [
        ["1.3 billion dlrs", "1.3-billion-dlr"]
    ]


@pytest.mark.parametrize(("text", "written", "unit"), [
    ("Norland wrote to its 640 bank creditors on Monday.", "640 bank creditors", "creditor"),
    ("Orbis owes money to 350 foreign bank creditors.", "350 foreign bank creditors", "creditor"),
    ("The loan is backed by 420 creditor banks.", "420 creditor banks", "bank"),
])  # fmt: skip
def test_a_noun_may_say_what_kind_of_thing_is_counted(text: str, written: str, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.text, figure.unit) == (written, unit)


def test_words_that_name_no_kind_are_no_part_of_a_count() -> None:
    assert find_figures("Orbis sold 10 and others sold more.") == []
    assert find_figures("Output in 1986 oil terms fell.") == []
    assert find_figures("The spread was 5/8 percentage points.") == []
