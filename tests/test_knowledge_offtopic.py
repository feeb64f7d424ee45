"""Off-topic real news imported beside the seeds changes no fact sheet: Reuters stories of
1987 (tests/data/offtopic/) on grain, sugar, arms control and cotton name the Soviet Union or
Pakistan in passing, and must not join any Pakistan–Russia topic."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import build_sheet
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine

from .conftest import ROOT, SEEDS

OFFTOPIC = ROOT / "tests" / "data" / "offtopic"


def _sheets(folder: Path, extra: list[Path]) -> dict[str, list[tuple]]:
    with Library(folder / "library.sqlite3") as library:
        import_paths(library, [SEEDS, *extra])
        library.ensure_facts()
        engine = SearchEngine(library.conn, library.knowledge.variants)
        sheets = {}
        for topic in library.knowledge.topics:
            document = build_sheet(library.conn, library.knowledge, topic,
                                   engine.topic_expression(topic)).to_json()  # fmt: skip
            lines = [(f["text"], f["mode"], f.get("section", ""),
                      tuple((Path(c["source_file"]).name, c["paragraph"]) for c in f["citations"]))
                     for f in document["facts"] + document["commentary"]]  # fmt: skip
            lines += [("conflict", c["summary"]) for c in document["conflicts"]]
            lines += [("article", Path(a["source_file"]).name) for a in document["articles"]]
            sheets[topic.slug] = lines
        return sheets


def test_offtopic_real_news_beside_the_seeds_changes_no_sheet(tmp_path: Path) -> None:
    articles = sorted(OFFTOPIC.glob("*.md"))
    assert len(articles) >= 8 and any("Pakistan" in p.read_text() for p in articles)
    alone = _sheets(tmp_path / "seeds", [])
    beside = _sheets(tmp_path / "both", [OFFTOPIC])
    assert sum(len(lines) for lines in alone.values()) > 50
    for slug, lines in alone.items():
        assert beside[slug] == lines, slug
