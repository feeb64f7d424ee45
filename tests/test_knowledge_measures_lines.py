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
