"""One line per measure (issue 18): reports of one quantity sit together, whatever clause
form they are written in; sentences written for the test."""

from __future__ import annotations

from pakru_desktop.knowledge.corroborate import Fact
from pakru_desktop.knowledge.facts import Citation
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.measures import measures


def _fact(text: str, article: str) -> Fact:
    citation = Citation(article, f"{article}.md", 1, text)
    return Fact(text, "figure", [], find_figures(text), [], [], [], [citation])


def _lines(*facts: Fact) -> list[set[str]]:
    return [{r.value for r in m.reports} for m in measures(list(facts))]


def test_a_figure_in_a_which_clause_measures_what_the_clause_is_about() -> None:
    lines = _lines(
        _fact("Mirren has about 4.1 mln shares outstanding.", "a"),
        _fact("Orbis bought 54 pct of Mirren's 4.3 mln shares outstanding on Monday.", "b"),
        _fact(
            "Quayside ended its bid for all outstanding Mirren common stock, which total "
            "some 5.4 mln shares.",
            "c",
        ),  # fmt: skip
        _fact(
            "Quayside ended its bid for all outstanding Mirren common stock, which total "
            "some 5.4 mln shares, said Orbis.",
            "d",
        ),  # fmt: skip
    )
    shares = next(line for line in lines if "some 5.4 mln shares" in line)
    assert shares == {"about 4.1 mln shares", "4.3 mln shares", "some 5.4 mln shares"}


def test_one_value_rounded_two_ways_is_one_line_when_nearly_spans_both() -> None:
    # "2.23" and "2.3" are each told twice in words that differ from report to report; the
    # "nearly" of one spans both, and "offer" and "worth" are said around each.
    lines = _lines(
        _fact("The offer is worth 2.23 billion dlrs.", "a"),
        _fact(
            "Norland has 22.3 mln shares, making the value of the offer about 2.23 billion dlrs.",
            "b",
        ),  # fmt: skip
        _fact(
            "Tarvia began a cash tender offer for Norland, a concern that is worth nearly 2.3 "
            "billion dlrs.",
            "c",
        ),  # fmt: skip
        _fact("Norland fought off the hostile 2.3 billion dlr tender offer.", "d"),
        _fact("Tarvia said it would take its 2.3 billion dlr bid to the courts.", "e"),
    )
    assert {"2.23 billion dlrs", "nearly 2.3 billion dlrs", "2.3 billion dlr"} <= lines[0]
    # Other words around agreeing values are another measure: a loan is not a purchase.
    assert _lines(
        _fact("Orbis lent the port 2.23 billion dlrs.", "a"),
        _fact("Orbis lent the port 2.23 billion dlrs in May.", "b"),
        _fact("Tarvia spent nearly 2.3 billion dlrs on ships.", "c"),
        _fact("Tarvia spent 2.3 billion dlrs on ships.", "d"),
    ) == [{"2.23 billion dlrs"}, {"nearly 2.3 billion dlrs", "2.3 billion dlrs"}]


def test_two_lengths_whose_roundings_only_touch_stay_two_lines() -> None:
    # 25 and 26 miles meet only at 25.5: a damaged stretch is not the new link.
    lines = _lines(
        _fact("The quake damaged 40 km of the Orbis pipeline to the coast.", "a"),
        _fact("Damage to 25 miles of pipeline halted the exports.", "b"),
        _fact("Repairs to 25 miles of pipeline will take months.", "e"),
        _fact("Norland is building a 26 mile Orbis pipeline link.", "c"),
        _fact("A new 43 km pipeline link to Norland should be finished in May.", "d"),
    )
    damage = next(line for line in lines if "40 km" in line)
    assert "26 mile" not in damage


def test_one_sentence_giving_two_values_gives_two_measures() -> None:
    # This year's sales and last year's, in one sentence, are not one line.
    lines = _lines(
        _fact(
            "Orbis had sales of 1.5 billion dlrs in 2030, against sales of 1.4 billion "
            "dlrs in 2029.",
            "a",
        ),  # fmt: skip
        _fact("Orbis had sales of 1.5 billion dlrs in 2030.", "b"),
    )
    assert lines == [{"1.5 billion dlrs"}]


def test_a_value_only_about_could_stretch_to_needs_a_word_in_common() -> None:
    lines = _lines(
        _fact("Harbor's offer for Mirren is worth 384 mln dlrs.", "a"),
        _fact("Harbor's offer for Mirren is worth 384 mln dlrs, the bank said.", "b"),
        _fact("Quayside's sweetened bid totals about 398 mln dlrs.", "c"),
    )
    assert lines == [{"384 mln dlrs"}]
