"""A measure's "when" and "what", on sentences written for each rule: a figure of one period is
not the same thing in another, a target or a forecast is not an outcome, and two exact values
whose roundings only touch are two values — none of them a disagreement, none one line."""

from __future__ import annotations

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.facts import StoredFact
from pakru_desktop.knowledge.measures import measures
from pakru_desktop.knowledge.periods import apart, period_of, stops
from pakru_desktop.knowledge.readings import stance

from .test_knowledge_disagree_readings import _lines, _told


def _period(text: str, figure: str, year: int | None = 2031) -> dict[str, str]:
    at = text.index(figure)
    return period_of(text, at, at + len(figure), year)


def test_each_figure_takes_the_year_told_next_to_it() -> None:
    text = "Exports of timber were 1.5 bln crowns in 2029, against 1.4 bln crowns in 2028."
    assert _period(text, "1.5 bln crowns") == {"year": "2029"}
    assert _period(text, "1.4 bln crowns") == {"year": "2028"}


def test_fiscal_years_and_relative_years_are_read() -> None:
    assert _period("The deficit for fiscal 2030/31 was put at 7.1 bln crowns.", "7.1 bln") == {
        "fiscal": "2030"
    }
    last = _period("Net profit was 40 mln crowns last year.", "40 mln", year=2031)
    assert last == {"year": "2030"}
    first = _period("Output in the first half of 2031 rose to 5 mln tonnes.", "5 mln")
    assert first == {"part": "h1", "year": "2031"}
    # a figure's own digits are no year: "2000 tonnes"
    assert _period("Stocks rose by 2000 tonnes.", "2000 tonnes") == {}
    # "for six months" is a duration, not the half year the figure is of
    assert _period("Prices stayed above 231 cents for six months.", "231 cents") == {}
    assert apart({"fiscal": "2030"}, {"fiscal": "2031"})
    assert not apart({"fiscal": "2030"}, {})  # a report that names no period may be either


def test_the_one_period_a_sentence_opens_with_holds_for_its_far_figures() -> None:
    text = ("The 2031/32 budget of Norland contained a two-point cut in the basic rate of tax, "
            "and a three bln crown reduction in public borrowing, to 4.0 bln crowns.")  # fmt: skip
    at = text.index("4.0 bln")
    assert period_of(text, at, at + 7, 2031, (text.index("two"),)) == {"fiscal": "2031"}
    # Two periods named far before it: the figure's own is not known.
    text = (
        "Exports of 2030 rose and those of 2029 fell, said the ministry, which added in its "
        "long yearly report to parliament on Tuesday that the fleet had grown to 90 ships."
    )
    at = text.index("90 ships")
    assert period_of(text, at, at + 8, 2031) == {}


def test_a_deadline_is_not_the_period_a_figure_is_of() -> None:
    assert _period("The group will keep at least 40 pct of the mill until 2040.", "40 pct") == {}


def test_a_period_beyond_another_quantity_is_that_quantitys() -> None:
    text = "The yard plans 600 redundancies from its 3,000 workforce, starting with 200 this year."
    fact = group([_told(text, "a")])[0]
    figure = next(f for f in fact.figures if f.text.startswith("600"))
    at = text.index(figure.text)
    assert period_of(text, at, at + len(figure.text), 2031) == {"year": "2031"}
    assert period_of(text, at, at + len(figure.text), 2031, stops(fact, figure)) == {}


def test_a_stance_word_speaks_of_the_quantity_after_it() -> None:
    def told(text: str, figure: str) -> str:
        at = text.index(figure)
        return stance(text, at, at + len(figure))

    assert told("The earlier target of 7.0 bln crowns was cut.", "7.0 bln") == "target"
    assert told("Most forecasts called for a deficit of about 5.5 bln crowns.", "5.5 bln") == (
        "forecast"
    )
    assert told("The mill closed after a fire destroyed 12 kilns.", "12 kilns") == ""
    assert told("The guild set a 4.0 bln crown target.", "4.0 bln crown") == "target"
    assert told("The guild produced 16 mln tonnes, above its ceiling.", "16 mln tonnes") == ""
    text = "Exports stop for an expected six weeks after damage to 30 km of the canal."
    at = text.index("30 km")
    assert stance(text, at, at + 5, (text.index("six"),)) == ""


def test_values_of_two_fiscal_years_never_disagree() -> None:
    assert _lines(
        _told("The treasury cut the 2030/31 borrowing requirement of Norland from an original "
              "7.1 bln crowns, officials said.", "a"),
        _told("A cut in the 2031/32 borrowing requirement of Norland to 6.0 bln crowns was "
              "announced by officials.", "b"),
    ) == []  # fmt: skip


def test_a_target_is_not_set_against_an_expectation() -> None:
    target = "The treasury met its earlier borrowing target of 7.0 bln crowns for Norland."
    expected = "Market expectations called for Norland borrowing of about 5.9 bln crowns."
    assert _lines(_told(target, "a"), _told(expected, "b")) == []


def test_two_reports_of_one_period_told_alike_still_disagree() -> None:
    said = "The Norland treasury put borrowing for fiscal 2030/31 at {} crowns, officials said."
    assert _lines(_told(said.format("7.0 bln"), "a"), _told(said.format("6.2 bln"), "b")) == [
        ("7.0 bln crowns", "6.2 bln crowns")
    ]


def _values(*facts: StoredFact) -> list[list[str]]:
    return sorted(sorted(r.value for r in m.reports) for m in measures(group(list(facts))))


def test_one_value_of_two_fiscal_years_is_two_lines() -> None:
    found = measures(group([
        _told("Borrowing for fiscal 2030/31 overshot the original 7.1 bln crowns plan.", "a"),
        _told("The 2030/31 borrowing plan of 7.1 bln crowns was overshot, the treasury said.", "b"),
        _told("The 2031/32 borrowing plan was set at 7.1 bln crowns, the treasury said.", "c"),
        _told("The plan of 7.1 bln crowns for fiscal 2031/32 was approved.", "d"),
    ]))  # fmt: skip
    articles = sorted(sorted({a for r in m.reports for a in r.articles}) for m in found)
    assert articles == [["a", "b"], ["c", "d"]]


def test_exact_rates_whose_roundings_only_touch_are_two_lines() -> None:
    lines = _values(
        _told("Norland banks cut their base rates to 10.5 pct from 11 pct today.", "a"),
        _told("Norland base rates stood at 11 pct last week, dealers said.", "b"),
        _told("Norland base rates are now 10.5 pct, dealers said.", "c"),
    )
    assert lines == [["10.5 pct"], ["11 pct"]]
