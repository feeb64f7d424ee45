"""A story topic's words must meet in an article: a report on another matter that names the
story once, apart, in passing stays off the story's sheet; a short report naming the story's
words in separate paragraphs is on it. Imported the way a user imports (fictional wire)."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.config import KnowledgeConfig
from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import build_sheet
from pakru_desktop.paths import resources_dir
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine

TOPIC = """---
slug: tarvia-dockers
title: Tarvia dockers' strike
order: 1
keywords: [dockers, "dockers' strike", Tarvia, Tarvian]
---
The dockers' strike in Tarvia.
"""
STORY = {
    "strike.md": ("TARVIAN DOCKERS STRIKE", "1991-05-02",
                  "Tarvian dockers began a national strike for a 50 pct pay rise, their union "
                  "said.\n\nThe strike closed the port of Vell."),
    # The lead names none of the story's words; they stand in two paragraphs of three.
    "idle.md": ("PORT OF VELL IDLE", "1991-05-09",
                "Ships waited outside the port of Vell on Monday, harbour officials said.\n\n"
                "The dockers' strike entered its second week.\n\n"
                "Tarvia's government said it would not negotiate under pressure."),
}  # fmt: skip
# Tarvia on another matter: its lead is Tarvia's bankworkers; the dockers once, apart.
NEAR_MISS = {
    "banks.md": ("TARVIA'S BANKWORKERS LAUNCH STRIKE", "1991-05-10",
                 "Most of Tarvia's 90,000 bankworkers began a national strike, union leaders "
                 "said.\n\nThe dockers' strike which began on May 2 is still continuing.\n\n"
                 "The bankworkers want a 40 pct pay rise.\n\nBanks in the capital were "
                 "closed.\n\nTarvia's prices rose 20 pct this year, official figures show."),
}  # fmt: skip


def cited_on_sheet(folder: Path, topic: str, articles: dict[str, tuple[str, str, str]],
                   slug: str) -> set[str]:  # fmt: skip
    """Import the articles and the topic file as a user would; the files the topic's sheet
    cites."""
    sheet = sheet_of(folder, topic, articles, slug)
    return {Path(c["source_file"]).name for f in sheet["facts"] + sheet["commentary"]
            for c in f["citations"]}  # fmt: skip


def sheet_of(folder: Path, topic: str, articles: dict[str, tuple[str, str, str]],
             slug: str) -> dict:  # fmt: skip
    """Import the articles and the topic file as a user would; the topic's sheet (JSON)."""
    (folder / "articles").mkdir(parents=True)
    for name, (title, date, body) in articles.items():
        (folder / "articles" / name).write_text(
            f'---\ntitle: "{title}"\ndate: {date}\nsource: Wire\n---\n{body}\n', encoding="utf-8"
        )
    (folder / f"{slug}.md").write_text(topic, encoding="utf-8")
    config = KnowledgeConfig.load(resources_dir(), [folder / f"{slug}.md"])
    with Library(folder / "library.sqlite3", knowledge=config) as library:
        import_paths(library, [folder / "articles"])
        library.ensure_facts()
        found = config.topic(slug)
        assert found is not None
        engine = SearchEngine(library.conn, config.variants)
        return build_sheet(library.conn, config, found, engine.topic_expression(found)).to_json()


def test_a_report_naming_the_story_once_apart_stays_off_its_sheet(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, TOPIC, STORY | NEAR_MISS, "tarvia-dockers")
    assert "banks.md" not in cited
    # The story's own reports, a short one with its words in separate paragraphs too.
    assert cited == {"strike.md", "idle.md"}


BID_TOPIC = """---
slug: kessel-norland
title: Kessel's takeover of Norland
order: 1
keywords: [Kessel, Norland, takeover, merger]
---
Kessel buys Norland.
"""
BID = {
    # The lead names both companies: of the story without any event word.
    "date.md": ("KESSEL SETS NORLAND TARGET DATE", "1991-06-01",
                "Kessel Corp said it expects to complete its purchase of Norland Inc by "
                "August 1.\n\nKessel said Norland holders would vote in July."),
    # The lead names one company; the body speaks of the takeover.
    "board.md": ("NORLAND BOARD MEETS", "1991-06-03",
                 "Norland Inc's board met on Tuesday, a spokesman said.\n\n"
                 "The directors studied Kessel's takeover proposal of 45 dlrs a share."),
    # Norland on its own matter; Kessel named beside it, the takeover never.
    "labour.md": ("NORLAND TO RESUME LABOR TALKS", "1991-06-04",
                  "Norland Inc said it will resume talks with the truck workers' union.\n\n"
                  "The talks cover a contract to build Kessel's trucks at Norland's Ohio "
                  "plant.\n\nNorland's president said the union must honour its commitments."),
}  # fmt: skip


def test_a_lead_about_one_party_alone_needs_the_storys_event(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, BID_TOPIC, BID, "kessel-norland")
    assert "labour.md" not in cited
    assert cited == {"date.md", "board.md"}
