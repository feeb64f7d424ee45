"""Disagreements only between reports of one measure, at one time, beyond their precision:
each rule on sentences written for it (no article of any corpus)."""

from __future__ import annotations

from itertools import count

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.disagreements import conflicts
from pakru_desktop.knowledge.facts import Citation, DateRef, StoredFact, content_stems
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.measures import agree

_IDS = count(1)


def _told(text: str, article: str, day: str, *, mode: str = "happened",
          dated: str = "", paragraph: int = 1) -> StoredFact:  # fmt: skip
    """A sentence as the extractor stores it, from an article of `day`."""
    dates = [DateRef(dated, dated, "day" if len(dated) == 10 else "year", False)] if dated else []
    return StoredFact(
        fact_id=next(_IDS), text=text, kind="figure", dates=dates, figures=find_figures(text),
        entities=[], events=[], topics=["deal"],
        citation=Citation(article, f"{article}.md", paragraph, text, article_date=day),
        mode=mode, stems=content_stems(text),
    )  # fmt: skip


def _lines(*facts: StoredFact) -> list[tuple[str, ...]]:
    return [tuple(c.value for c in line.claims) for line in conflicts(group(list(facts)))]


def test_one_block_purchase_told_with_two_counts_on_one_day_disagrees() -> None:
    lines = _lines(
        _told("Harbor Holdings said it bought 1,215,000 shares of Mirren Corp on Friday.",
              "a", "2031-05-09", dated="2031-05-09"),
        _told("Harbor Holdings said it had bought 1,251,000 shares of Mirren Corp on Friday.",
              "b", "2031-05-10", dated="2031-05-09"),
    )  # fmt: skip
    assert lines == [("1,215,000 shares", "1,251,000 shares")]


def test_one_price_misreported_among_many_is_the_one_disagreement() -> None:
    said = "Harbor Holdings said its tender offer of {} a share for Mirren stays open."
    facts = [_told(said.format("60.25 dlrs"), f"s{n}", f"2031-05-{n:02d}") for n in (5, 8, 12)]
    facts.append(_told(said.format("62.25 dlrs"), "odd", "2031-05-09"))
    (line,) = _lines(*facts)
    assert line == ("60.25 dlrs", "62.25 dlrs")  # most reported first, each pair once


def test_a_value_that_moves_over_the_days_is_a_change_not_a_disagreement() -> None:
    said = "The union said {} trawlers were idle in the ports because of the strike."
    assert _lines(_told(said.format("190"), "a", "2031-03-11"),
                  _told(said.format("126"), "b", "2031-03-18"),
                  _told(said.format("80"), "c", "2031-03-25")) == []  # fmt: skip


def test_a_plan_and_a_result_never_disagree() -> None:
    assert (
        _lines(
            _told("The bakers will demand a 40 pct pay rise.", "a", "2031-03-11", mode="planned"),
            _told("The bakers won a 32 pct pay rise.", "b", "2031-03-11"),
        )
        == []
    )


def test_other_owners_or_other_things_never_disagree() -> None:
    # Two bidders' offers, and a loan against a repair cost, in the same currency on one day.
    assert (
        _lines(
            _told("Harbor's offer is worth 384 mln dlrs.", "a", "2031-05-09"),
            _told("Quayside's offer is worth 398 mln dlrs.", "b", "2031-05-09"),
        )
        == []
    )
    assert (
        _lines(
            _told("The bank lent the town 11.7 mln dlrs.", "a", "2031-05-09"),
            _told("Repairing the bridge will cost about 150 mln dlrs.", "b", "2031-05-09"),
        )
        == []
    )
    # A price per share is not the offer's total.
    assert (
        _lines(
            _told("Harbor's offer for Mirren is 60 dlrs a share.", "a", "2031-05-09"),
            _told("Harbor's offer for Mirren is 70 dlrs.", "b", "2031-05-09"),
        )
        == []
    )


def test_another_workforce_s_demand_is_not_this_one_s() -> None:
    assert (
        _lines(
            _told("The bankworkers are striking for a 110 pct pay rise.", "a", "2031-03-11"),
            _told("A spokesman said the dockers had won a 120 pct pay rise.", "b", "2031-03-11"),
        )
        == []
    )


def test_values_within_their_stated_precision_agree() -> None:
    said = "Harbor's offer for Mirren is worth {}."
    assert _lines(_told(said.format("384 mln dlrs"), "a", "2031-05-09"),
                  _told(said.format("about 388 mln dlrs"), "b", "2031-05-09")) == []  # fmt: skip
    assert _lines(_told(said.format("about 2.2 billion dlrs"), "a", "2031-05-09"),
                  _told(said.format("about 2.3 billion dlrs"), "b", "2031-05-09")) == []  # fmt: skip


def test_about_widens_a_figure_less_the_more_digits_it_gives() -> None:
    (about_388,) = find_figures("about 388 mln dlrs")
    (exact_384,) = find_figures("384 mln dlrs")
    (about_9_8,) = find_figures("about 9.8 pct")
    (exact_9_4,) = find_figures("9.4 pct")
    (about_count,) = find_figures("about 2,445,000 shares")
    (exact_count,) = find_figures("2,455,000 shares")
    assert agree(about_388, exact_384)
    assert not agree(about_9_8, exact_9_4)
    assert not agree(about_count, exact_count)


def test_figures_many_times_apart_are_other_quantities() -> None:
    said = "Harbor Holdings said it bought {} shares of Mirren Corp on Friday."
    assert _lines(_told(said.format("353"), "a", "2031-05-09", dated="2031-05-09"),
                  _told(said.format("5.4 mln"), "b", "2031-05-09", dated="2031-05-09")) == []  # fmt: skip


def test_one_article_alone_is_not_two_sources_at_odds() -> None:
    # One report gives the month's billings, and further down the bookings the trade
    # expected: two things, never a dispute; told by two articles, the same pair would be.
    billed = "The three-month average billings of Orbis chipmakers totalled 751.3 mln dlrs."
    booked = "The three-month average bookings of Orbis chipmakers were 800 mln dlrs."
    assert _lines(_told(billed, "a", "2031-05-09"),
                  _told(booked, "a", "2031-05-09", paragraph=4)) == []  # fmt: skip
    said = "The three-month average billings of Orbis chipmakers totalled {}."
    assert _lines(_told(said.format("751.3 mln dlrs"), "a", "2031-05-09"),
                  _told(said.format("800 mln dlrs"), "b", "2031-05-09")) == [
        ("751.3 mln dlrs", "800 mln dlrs")]  # fmt: skip


def test_the_same_parties_named_are_one_owner_whatever_opens_the_clause() -> None:
    # "it bought" and "As of Friday, … had acquired": the buyer and the shares are named in
    # both clauses, so the two counts of one block purchase disagree.
    lines = _lines(
        _told("<Harbor Holdings> said it bought about 1,215,000 Mirren Corp common shares.",
              "a", "2031-05-09", dated="2031-05-09"),
        _told("As of Friday, <Harbor Holdings> had acquired 1,251,000 Mirren shares.",
              "b", "2031-05-10", dated="2031-05-09"),
    )  # fmt: skip
    assert lines == [("about 1,215,000 Mirren Corp common shares", "1,251,000 Mirren shares")]
    # Another buyer named beside the same shares is another purchase.
    assert _lines(
        _told("<Harbor Holdings> said it bought about 1,215,000 Mirren Corp common shares.",
              "a", "2031-05-09", dated="2031-05-09"),
        _told("As of Friday, <Quayside Capital> had acquired 1,251,000 Mirren shares.",
              "b", "2031-05-10", dated="2031-05-09"),
    ) == []  # fmt: skip
