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
