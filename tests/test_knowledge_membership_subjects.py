"""A story's lower-case words are of two sorts: what happens in it (an accord, an
intervention, a strike) and what it is about (the crown, the port, coffee). A lead naming
what the story is about and one party at most, or one party alone, in a piece telling none
of the story's events, is the party's or the trade's other news; with the event anywhere in
it (an accord told by where it was made), or two parties in its lead, it is of the story. Imported the way a user imports (fictional wire)."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.topics import load_topics

from .test_knowledge_membership_meet import cited_on_sheet, sheet_of

ACCORD = """---
slug: crown-accord
title: The Ostrel-Dunmark accord on the crown
order: 1
keywords: [Ostrel, "Ostrel Bank", Dunmark, "Vell accord", accord, intervention, crown*]
---
Ostrel and Dunmark hold the crown.
"""
STORY = {
    "accord.md": ("OSTREL AND DUNMARK SIGN CURRENCY ACCORD", "1993-03-01",
                  "Ostrel and Dunmark signed an accord to hold the crown near current levels, "
                  "officials said.\n\nBoth central banks will act if it moves more than 2 pct."),
    # One party and the subject in the lead; the event further down.
    "buys.md": ("OSTREL BANK BUYS CROWNS", "1993-03-04",
                "The Ostrel Bank bought crowns in Vell today, dealers said.\n\n"
                "Dealers said the intervention was the first since the pact was signed."),
    # Two parties and the subject in the lead.
    "talks.md": ("DUNMARK AND OSTREL DISCUSS THE CROWN", "1993-03-05",
                 "Dunmark's finance minister said he met his Ostrel counterpart on Tuesday to "
                 "discuss the crown.\n\nThe minister said both want a stable crown."),
    # One party alone in the lead, the accord told by where it was made.
    "minister.md": ("OSTREL MUST ACT ON CURRENCIES - MINISTER", "1993-03-08",
                    "Ostrel's finance minister said the time has come to act in line with the "
                    "agreement reached in Vell last month.\n\nThe crown fell to a record low "
                    "today, dealers said."),
}  # fmt: skip
NEAR_MISS = {
    # The central bank's money-market business in the same currency: no event of the story.
    "bills.md": ("OSTREL BANK TO SELL CROWN BILLS", "1993-03-06",
                 "The Ostrel Bank will sell 300 mln crowns of bills on Friday to drain money "
                 "from the markets, it said.\n\nThe bills mature in June."),
    # One party alone in the lead on its own matter; the subject named apart.
    "ports.md": ("DUNMARK SIGNS PORTS PACT WITH TARSO", "1993-03-09",
                 "Dunmark signed a pact with Tarso on cooperation between their ports, "
                 "officials said.\n\nTrade between them is paid in crowns, officials said."),
}  # fmt: skip


def test_a_lead_of_one_party_and_the_subject_needs_the_storys_event(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, ACCORD, STORY | NEAR_MISS, "crown-accord")
    assert cited == {"accord.md", "buys.md", "talks.md", "minister.md"}


def test_why_here_names_an_accord_told_by_where_it_was_made(tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, ACCORD, STORY, "crown-accord")
    why = {Path(a["source_file"]).name: a["why"] for a in sheet["articles"]}
    assert "tells of the Vell accord: vell … agreement" in why["minister.md"]


def test_subjects_are_the_lower_case_words_that_are_neither_acts_nor_parties(
    tmp_path: Path,
) -> None:
    (tmp_path / "t.md").write_text(
        ACCORD.replace("crown*]", 'crown*, port, "general cargo", "trade row", strike*, '
                       '"creditor banks", miners]'),
        encoding="utf-8",
    )  # fmt: skip
    (topic,) = load_topics(tmp_path)
    assert topic.subjects == ("crown*", "port", "general cargo")
