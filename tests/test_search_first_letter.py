"""One letter typed into the search field on a large library: the newest articles with a word
it starts, never a bm25 ranking of every article (what made single letters the slowest
keystroke at 100,000 articles). A second letter is ranked as before."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.ingest import read_text
from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.engine import RANK_ALL_LIMIT, SearchEngine


def _library(path: Path, count: int) -> Library:
    library = Library(path)
    # Every article says "pipeline"; one in seven says it three times (bm25 would put those
    # first), so the newest-first answer is told apart from a ranked one.
    articles = [
        read_text(
            f"Report {i}\n\nThe pipeline talks, round {i}." + " Pipeline." * (2 * (i % 7 == 0))
        )
        for i in range(count)
    ]
    library.add_articles(articles)
    return library


def test_one_letter_on_a_large_library_shows_the_newest_articles_unranked(tmp_path: Path) -> None:
    with _library(tmp_path / "library.sqlite3", RANK_ALL_LIMIT + 500) as library:
        engine = SearchEngine(library.conn)
        newest = [
            row[0]
            for row in library.conn.execute(
                "SELECT article_id FROM articles ORDER BY id DESC LIMIT 20"
            )
        ]
        letter = engine.search("p", live=True)
        assert [hit.article_id for hit in letter.hits] == newest
        assert letter.total_is_estimate and "showing the most recent" in (letter.notice or "")
        assert all("<mark>" in hit.title_html or "<mark>" in hit.snippet for hit in letter.hits)
        ranked = engine.search("pi", live=True)
        assert [hit.article_id for hit in ranked.hits] != newest  # two letters: ranked by bm25
        typed_whole = engine.search("p*")  # a prefix asked for, not typed live: ranked
        assert [hit.article_id for hit in typed_whole.hits] != newest
