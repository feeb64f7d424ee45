"""What a figure is beyond its unit, on sentences written for each rule: a whole and a part of
it, one thing in two states, a value told as superseded, a value offered under a condition,
"others" counting what the sentence counted before — none of them a disagreement."""

from __future__ import annotations

from itertools import count

import pytest

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.disagreements import conflicts
from pakru_desktop.knowledge.facts import Citation, StoredFact, content_stems
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.measures import measures

_IDS = count(1)


def _told(text: str, article: str, day: str = "2031-05-09") -> StoredFact:
    return StoredFact(
        fact_id=next(_IDS), text=text, kind="figure", dates=[], figures=find_figures(text),
        entities=[], events=[], topics=["deal"],
        citation=Citation(article, f"{article}.md", 1, text, article_date=day),
        mode="happened", stems=content_stems(text),
    )  # fmt: skip


def _lines(*facts: StoredFact) -> list[tuple[str, ...]]:
    return [tuple(c.value for c in line.claims) for line in conflicts(group(list(facts)))]


def test_two_sources_at_odds_over_one_count_still_disagree() -> None:
    said = "Harbor Holdings said it now holds {} shares of Mirren Corp."
    assert _lines(_told(said.format("4.1 mln"), "a"), _told(said.format("4.6 mln"), "b")) == [
        ("4.1 mln shares", "4.6 mln shares")
    ]


def test_the_shares_outstanding_are_the_whole_not_the_shares_sought() -> None:
    assert _lines(
        _told("Harbor Holdings said it holds 3.1 mln shares, or 10.6 pct of the 29 mln Mirren "
              "Corp shares outstanding.", "a"),
        _told("Harbor Holdings said it is now seeking 27.5 mln Mirren Corp shares.", "b"),
    ) == []  # fmt: skip


def test_a_total_is_not_set_against_a_part_of_it() -> None:
    said = "The flood trapped {} workers in the tunnel of the dam, the operator said."
    assert _lines(_told(said.format("31"), "a"), _told(said.format("38"), "b")) == [
        ("31 workers", "38 workers")
    ]
    assert _lines(_told(said.format("31"), "a"), _told(said.format("a total of 38"), "b")) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one thing in two states: the present accord and the new one
        ("The present accord required that members holding 70 pct of world output ratify it.",
         "Delegates said the new accord requires that members holding 60 pct of world output "
         "ratify it."),
        # two thresholds: entry into force provisionally and definitively
        ("The accord enters into force provisionally when members holding 60 pct of world "
         "output ratify it.",
         "The accord enters into force definitively when members holding 70 pct of world "
         "output ratify it."),
        # a bid one is only prepared to make is no claim of the price
        ("Harbor Holdings said it will buy Mirren Corp shares for 41.50 dlrs a share in its "
         "offer.",
         "Harbor Holdings said it is prepared to raise its offer for Mirren Corp shares to 38 "
         "dlrs a share."),
    ],
)  # fmt: skip
def test_values_of_two_things_or_no_claim_never_disagree(first: str, second: str) -> None:
    assert _lines(_told(first, "a"), _told(second, "b")) == []


def test_a_count_told_as_the_earlier_word_is_a_revision() -> None:
    assert _lines(
        _told("The flood trapped 31 workers in the tunnel, the operator said.", "a", "2031-05-09"),
        _told("Earlier, the operator had said 31 workers were trapped in the tunnel.", "b",
              "2031-05-10"),
        _told("The operator said 38 workers were trapped in the tunnel by the flood.", "c",
              "2031-05-10"),
    ) == []  # fmt: skip


def test_others_count_what_the_sentence_counted_before() -> None:
    facts = group([
        _told("The blast killed one worker and trapped 31 others in the tunnel.", "a"),
        _told("The operator said the blast trapped 31 workers in the tunnel.", "b"),
    ])  # fmt: skip
    (line,) = measures(facts)
    assert line.unit == "worker"
    assert {r.value for r in line.reports} == {"31 others", "31 workers"}
