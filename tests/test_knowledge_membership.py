"""Which articles a story topic (one that requires no entity) holds: a near-miss — the same
company or country on another matter — stays off the story's sheet, even when its headline
names the company; the story's own reports are on it. Imported the way a user imports."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.config import KnowledgeConfig
from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import build_sheet
from pakru_desktop.model import Topic
from pakru_desktop.paths import resources_dir
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine

TOPIC = """---
slug: norland-bid
title: Norland takeover bid
order: 1
keywords: [Norland, "Kessel Mining", Kessel]
---
The bid for Norland.
"""
ARTICLES = {
    "bid.md": ("KESSEL BIDS FOR NORLAND", "1991-05-02",
               "Kessel Mining Corp said it started a tender offer for all shares of Norland Inc "
               "at 45 dlrs a share.\n\nNorland said its board would study the offer.\n\n"
               "Kessel said the offer expires on June 3."),
    "raise.md": ("KESSEL RAISES NORLAND BID", "1991-05-20",
                 "Kessel Mining Corp said it raised its offer for Norland Inc to 50 dlrs a share."
                 "\n\nNorland shares rose 2 dlrs to 51 dlrs.\n\n"
                 "Holders have tendered 1.2 mln shares so far, the bidder said."),
    # Near-misses: Norland on other matters.
    "plant.md": ("NORLAND TO BUILD 40 MLN DLR PLANT", "1991-05-10",
                 "Norland Inc said it will build a 40 mln dlr packaging plant in Ohio.\n\n"
                 "Norland said the plant would employ 300 people when it opens in 1993."),
    "profit.md": ("NORLAND FIRST QUARTER PROFIT RISES", "1991-05-12",
                  "Norland Inc said its first quarter net profit rose 12 pct to 8.1 mln dlrs."),
}  # fmt: skip


def _write(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for name, (title, date, body) in ARTICLES.items():
        (articles / name).write_text(
            f'---\ntitle: "{title}"\ndate: {date}\nsource: Wire\n---\n{body}\n', encoding="utf-8"
        )
    (folder / "norland-bid.md").write_text(TOPIC, encoding="utf-8")
    return articles


def test_a_near_miss_article_stays_off_the_story_sheet(tmp_path: Path) -> None:
    articles = _write(tmp_path)
    config = KnowledgeConfig.load(resources_dir(), [tmp_path / "norland-bid.md"])
    with Library(tmp_path / "library.sqlite3", knowledge=config) as library:
        import_paths(library, [articles])
        library.ensure_facts()
        topic = config.topic("norland-bid")
        assert topic is not None
        engine = SearchEngine(library.conn, config.variants)
        sheet = build_sheet(library.conn, config, topic, engine.topic_expression(topic)).to_json()
    cited = {Path(c["source_file"]).name for f in sheet["facts"] + sheet["commentary"]
             for c in f["citations"]}  # fmt: skip
    assert cited == {"bid.md", "raise.md"}
    # A report's sentences tell of the story without naming it again: they are on its sheet.
    assert any("Holders have tendered 1.2 mln shares" in f["text"] for f in sheet["facts"])


def test_two_of_the_topics_words_must_run_through_an_article() -> None:
    topic = Topic("s", "Strike", 1, ("dockers", '"dockers\' strike"', "Tarvia", "Tarvian"), "")
    story = "Tarvian dockers struck today.\nThe dockers' strike closed the port of Vell."
    assert topic.holds(story, set(), "TARVIA DOCKERS STRIKE")
    # One word of the topic, even in the headline: another matter.
    assert not topic.holds("Tarvia's central bank cut its rate.\nTarvia's inflation fell.",
                           set(), "TARVIA CUTS RATE")  # fmt: skip
    # "dockers" and "dockers' strike" are one word of the topic, as are Tarvia and Tarvian.
    assert not topic.holds("The dockers' strike ended.\nThe dockers went back.", set())
    # A long piece naming the story in one paragraph of ten is about something else.
    piece = "\n".join(["Tarvia's debt talks resumed."] + ["The bankers met again."] * 8
                      + ["The dockers' strike hurt exports."])  # fmt: skip
    assert not topic.holds(piece, set(), "TARVIA'S DEBT TALKS")


def test_a_topic_of_one_word_needs_that_word_only() -> None:
    topic = Topic("rail", "Railways", 1, ("rail", "railway"), "")
    assert topic.holds("The railway to the port opened.", set(), "Rail link")


def test_a_party_under_its_full_and_short_name_is_one_party() -> None:
    topic = Topic("s", "Norland takeover", 1,
                  ("Norland", '"J.P. Vantreck"', "Vantreck", "takeover"), "",
                  party_events=(("takeover", 2),))  # fmt: skip
    # The financier alone, under both its names, in another takeover: another deal.
    rumour = ("J.P. Vantreck Group shares rose on speculation of a takeover offer for the "
              "firm, traders said.\nVantreck declined comment on the takeover talk.")  # fmt: skip
    assert not topic.holds(rumour, set(), "TAKEOVER TALK LIFTS VANTRECK")
    # The story's deal: the target and the financier of its suitor.
    story = ("J.P. Vantreck said it will finance the takeover of Norland Inc.\n"
             "Norland said its board would study the takeover offer.")  # fmt: skip
    assert topic.holds(story, set(), "VANTRECK TO FINANCE NORLAND TAKEOVER")
