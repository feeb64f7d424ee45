"""Ranking a reader trusts: an article with the query in its title first, then hits running
through many paragraphs, and words met together, above a single passing mention.

The reported case: in the seeds library, a Russian food-blog list with one «России» in ¶32
(tests/data/passing_mention, written after the saved wday.ru page) ranked first for `Russia`,
above the five articles with Russia in the title — bm25 weighs each spelling of a name as a
word of its own, and "russia", in every article, weighed nothing."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.order import reranked

PAGE = Path(__file__).resolve().parent / "data" / "passing_mention"
OPEN, C = "\x01", "\x02"


def test_a_passing_mention_in_another_script_ranks_below_titles(
    library: Library, engine: SearchEngine
) -> None:
    import_paths(library, [PAGE])
    for live in (False, True):
        hits = engine.search("Russia", live=live).hits
        files = [hit.source_file for hit in hits]
        assert files[-1] == "ru_food_blogs.md", files
        assert all("Russia" in hit.title for hit in hits[:5])
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def _row(rowid: int, rank: float, title: str, body: list[str]) -> tuple:
    return (rowid, rank, title, "\n".join(body))


def test_hits_in_many_paragraphs_rank_above_one_passing_mention() -> None:
    once = _row(1, -5.0, "A", [f"{OPEN}gas{C} once", "nothing", "nothing", "nothing"])
    throughout = _row(
        2, -4.9, "B", [f"{OPEN}gas{C} here", f"{OPEN}gas{C}", f"more {OPEN}gas{C}", "x"]
    )
    assert [row[0] for row in reranked([once, throughout], OPEN)] == [2, 1]


def test_words_met_in_one_paragraph_rank_above_words_apart() -> None:
    apart = _row(1, -5.0, "A", [f"{OPEN}gas{C} here", f"{OPEN}pipeline{C} there"])
    together = _row(2, -4.95, "B", [f"the {OPEN}gas{C} {OPEN}pipeline{C}", "and more"])
    assert [row[0] for row in reranked([apart, together], OPEN)] == [2, 1]


def test_a_title_hit_ranks_first_whatever_bm25_says() -> None:
    body_only = _row(1, -9.0, "Cooking", [f"{OPEN}Russia{C}"] * 5)
    titled = _row(2, -0.1, f"{OPEN}Russia{C} and Pakistan", ["talks"])
    assert [row[0] for row in reranked([body_only, titled], OPEN)] == [2, 1]
