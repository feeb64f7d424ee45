"""Counts of things read whole when a company's name says whose they are (issue 18)."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.figures import find_figures


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
