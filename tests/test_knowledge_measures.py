"""Figures read whole, measures grouped by what they measure, dates anchored to the article,
hearsay told apart from what happened: the units of issue 18."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.corroborate import Fact
from pakru_desktop.knowledge.dates import ArticleDate, find_dates
from pakru_desktop.knowledge.entities import EntityMatcher
from pakru_desktop.knowledge.extract import extract
from pakru_desktop.knowledge.facts import Citation
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.measures import agree, measures
from pakru_desktop.knowledge.statements import StatementRules
from pakru_desktop.model import Block

from .conftest import ROOT


@pytest.mark.parametrize(("text", "value", "unit", "qualifier", "high"), [
    ("is willing to pay 124.4 mln dlrs for the assets", 124.4e6, "USD", "=", 0.0),
    ("a $5m loan", 5e6, "USD", "=", 0.0),
    ("a £3bn deal", 3e9, "GBP", "=", 0.0),
    ("Rs 5 crore for the mill", 5e7, "PKR", "=", 0.0),
    ("just over 54 pct of the shares", 54.0, "%", ">", 0.0),
    ("about 45 to 50 institutions", 45.0, "institution", "~", 50.0),
    ("prices ranging from 65.75 to 91.00 dlrs a share", 65.75, "USD", "=", 91.0),
    ("1,5 млрд долларов", 1.5e9, "USD", "=", 0.0),
    ("5 ارب روپے", 5e9, "PKR", "=", 0.0),
])  # fmt: skip
def test_figures_are_read_whole(text: str, value: float, unit: str, qualifier: str,
                                high: float) -> None:  # fmt: skip
    figure = find_figures(text)[-1]
    assert (figure.value, figure.unit, figure.qualifier, figure.high) == (
        pytest.approx(value),
        unit,
        qualifier,
        high,
    )


def test_a_change_from_one_price_to_another_is_no_range() -> None:
    figures = find_figures("raised its offer to 92.50 dlrs from 80 dlrs a share")
    assert [(f.value, f.high) for f in figures] == [(92.5, 0.0), (80.0, 0.0)]


def test_values_agree_within_their_stated_precision() -> None:
    def one(text: str):  # noqa: ANN202
        return find_figures(text)[0]

    assert agree(one("about 22 pct"), one("21.7 pct"))
    assert agree(one("about 110 mln dlrs"), one("111.6 mln dlrs"))
    assert agree(one("160 ships"), one("158 ships"))
    assert not agree(one("54 pct"), one("56 pct"))
    assert not agree(one("100 pct"), one("120 pct"))


def _fact(text: str, article: str) -> Fact:
    citation = Citation(article, f"{article}.md", 1, text)
    return Fact(text, "figure", [], find_figures(text), [], [], [], [citation])


def test_one_line_per_measure_with_every_report_most_reported_first() -> None:
    facts = [
        _fact("Alleghany agreed to pay 111.6 mln dlrs for the steel businesses.", "a"),
        _fact("Alleghany will pay 111.6 mln dlrs for the steel businesses.", "b"),
        _fact("Alleghany agreed to pay about 110 mln dlrs for the steel units.", "c"),
        _fact("Dixons bought 852,000 shares, or just over 20 pct, of the company.", "d"),
        _fact("Dixons said about 852,000 shares were tendered.", "e"),
    ]
    lines = measures(facts)
    price = next(m for m in lines if m.unit == "USD")
    assert [r.value for r in price.reports] == ["111.6 mln dlrs", "about 110 mln dlrs"]
    shares = next(m for m in lines if m.unit == "share")
    assert {r.value for r in shares.reports} == {"852,000 shares", "about 852,000 shares"}
    # "or just over 20 pct" is the share of the total, another measure (reported once here).
    assert not any(m.unit == "%" for m in lines)


def test_a_conversion_restates_its_figure_and_a_count_or_a_total_is_another_measure() -> None:
    facts = [
        _fact("The fund paid $10m (£8m) for the stake in Orbis.", "a"),
        _fact("The fund paid $10m for its Orbis stake.", "b"),
        _fact("Kessel Mining owns 9.8 pct, or 1,200,000 shares, of Orbis.", "c"),
        _fact("Kessel Mining holds 1,200,000 common shares, or about 9.8 pct, of Orbis.", "d"),
        _fact("Orbis took a 45 dlr or 300 mln dlr offer from Kessel Mining.", "e"),
        _fact("Kessel Mining made its 300 mln dlr offer for Orbis.", "f"),
    ]
    lines = [{r.value for r in m.reports} for m in measures(facts)]
    assert {"$10m (£8m)", "$10m"} in lines
    assert {"9.8 pct", "about 9.8 pct"} in lines
    assert {"1,200,000 shares", "1,200,000 common shares"} in lines
    # The price and the total of one offer are two measures: the total has its own line.
    assert {"300 mln dlr"} in lines


@pytest.mark.parametrize(("text", "iso"), [
    ("talks which began last Friday", "1987-02-27"),
    ("held pay talks today", "1987-03-05"),
    ("late yesterday two firms settled", "1987-03-04"),
    ("offered their resignations on Wednesday", "1987-03-04"),
    ("will meet next month", "1987-04"),
    ("in December", "1986-12"),
    ("last week", "1987-02"),  # Mon 23 Feb - Sun 1 Mar: mostly February
    ("next week", "1987-03"),
])  # fmt: skip
def test_relative_dates_are_anchored_to_the_article_date(text: str, iso: str) -> None:
    assert find_dates(text, ArticleDate("1987-03-05"))[0].iso == iso


def test_relative_dates_need_an_article_date() -> None:
    assert find_dates("talks which began last Friday", ArticleDate("")) == []


RULES = StatementRules.load(ROOT / "resources" / "statements.toml")


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Cyacq Corp said it extended its 80 dlr a share tender offer for Cyclops Corp to March 20.",
     "happened"),
    ("Dixons said a Cyclops shareholder had agreed on March 17 to withdraw a motion.",
     "reported"),
    ("Reports said the company had sold 20 pct of the plant to a rival group.", "reported"),
    ("It is also believed that the bank paid 40 mln dlrs for the stake.", "reported"),
    ("Yesterday marines and police occupied one ship, the Docemarte, seamen's leaders said.",
     "reported"),
    ("Cyacq said it would raise its offer to 92.50 dlrs a share if certain conditions were met.",
     "planned"),
    ('Dixons today called the higher 92.50 dlr a share offer "highly conditional."',
     "commentary"),
    ('"It casts doubt on the strength of their 92.50 dlr offer," said Dixons.',
     "commentary"),
])  # fmt: skip
def test_hearsay_and_quoted_opinion_are_not_what_happened(sentence: str, mode: str) -> None:
    knowledge = extract([Block(1, "paragraph", sentence)], ArticleDate("1987-03-20"),
                        EntityMatcher([]), RULES)  # fmt: skip
    assert [f.mode for f in knowledge.facts] == [mode]


def test_an_act_before_a_speakers_joined_words_is_what_happened() -> None:
    # the union leaders' words after ", but" are a line of their own (knowledge/joins.py)
    sentence = ("Two small shipping companies reached a pay deal with striking seamen late "
                "yesterday, but union leaders said most of Brazil's 40,000 seamen were still on "
                "strike.")  # fmt: skip
    knowledge = extract([Block(1, "paragraph", sentence)], ArticleDate("1987-03-20"),
                        EntityMatcher([]), RULES)  # fmt: skip
    assert [f.mode for f in knowledge.facts] == ["happened", "reported"]


def test_a_length_in_miles_and_in_km_is_one_measure() -> None:
    facts = [_fact("The link pipeline will be 40 km long, officials said.", "a"),
             _fact("The link pipeline will be about 25 miles long.", "b")]  # fmt: skip
    (line,) = measures(facts)
    assert line.unit == "km" and {r.value for r in line.reports} == {"40 km", "about 25 miles"}


def test_analysts_views_are_commentary() -> None:
    knowledge = extract([Block(1, "paragraph", "Analysts said the bid of 100 dlrs a share "
                                               "undervalued the company.")],
                        ArticleDate("1987-03-20"), EntityMatcher([]), RULES)  # fmt: skip
    assert [f.mode for f in knowledge.facts] == ["commentary"]


def test_disagreeing_reports_of_one_measure_share_its_line_and_other_quantities_do_not() -> None:
    facts = [
        _fact("The flood destroyed 40 km of the coast road, the governor said.", "a"),
        _fact("The flood destroyed 50 km of the coast road, officials said.", "b"),
        _fact("Officials said 40 km of the coast road had been destroyed by the flood.", "c"),
        _fact("A convoy drove 400 km along the coast road to the port.", "d"),
        _fact("A convoy drove 400 km to the port on the coast road.", "e"),
    ]
    lines = [{r.value for r in m.reports} for m in measures(facts)]
    assert {"40 km", "50 km"} in lines  # one measure, two values: both shown on one line
    assert {"400 km"} in lines  # ten times longer: another quantity
