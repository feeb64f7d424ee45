"""Off-topic real news imported beside the seeds changes no fact sheet: Reuters stories of
1987 (tests/data/offtopic/) on grain, sugar, arms control and cotton name the Soviet Union or
Pakistan in passing, and real saved web pages on other subjects (tests/data/real_pages/: maps,
Turkey's Wikipedia ban, Nicaragua's protests, WebAssembly, a Twitter feed) come as a person
saves them; none may join any Pakistan–Russia topic."""

from __future__ import annotations

import gzip
from pathlib import Path

from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import build_sheet
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine

from .conftest import ROOT, SEEDS

OFFTOPIC = ROOT / "tests" / "data" / "offtopic"
SAVED_PAGES = ROOT / "tests" / "data" / "real_pages"


def _saved_pages(folder: Path) -> Path:
    """The real saved pages unpacked, as they were saved from the browser."""
    folder.mkdir()
    for packed in SAVED_PAGES.glob("*.html.gz"):
        (folder / packed.name.removesuffix(".gz")).write_bytes(gzip.decompress(packed.read_bytes()))
    return folder


def _sheets(folder: Path, extra: list[Path]) -> tuple[dict[str, list[tuple]], int]:
    """Every topic's sheet as comparable lines, and how many articles the library holds."""
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
        return sheets, library.count()


def test_offtopic_real_news_beside_the_seeds_changes_no_sheet(tmp_path: Path) -> None:
    articles = sorted(OFFTOPIC.glob("*.md"))
    assert len(articles) >= 8 and any("Pakistan" in p.read_text() for p in articles)
    alone, seeds = _sheets(tmp_path / "seeds", [])
    pages = _saved_pages(tmp_path / "pages")
    saved = list(pages.glob("*.html"))
    assert len(saved) >= 5
    beside, everything = _sheets(tmp_path / "both", [OFFTOPIC, pages])
    assert everything == seeds + len(articles) + len(saved)  # every page imported
    assert sum(len(lines) for lines in alone.values()) > 50
    for slug, lines in alone.items():
        assert beside[slug] == lines, slug
