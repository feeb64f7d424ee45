"""A story's lower-case words are of two sorts: what happens in it (an accord, an
intervention, a strike) and what it is about (the crown, the port, coffee). A lead naming
what the story is about and one party at most, in a piece telling none of the story's
events, is the party's or the trade's other news; with the event anywhere in it, or two
parties in its lead, it is of the story. Imported the way a user imports (fictional wire)."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.topics import load_topics

from .test_knowledge_membership_meet import cited_on_sheet

ACCORD = """---
slug: crown-accord
title: The Ostrel-Dunmark accord on the crown
order: 1
keywords: [Ostrel, "Ostrel Bank", Dunmark, accord, intervention, crown*]
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
}  # fmt: skip
NEAR_MISS = {
    # The central bank's money-market business in the same currency: no event of the story.
    "bills.md": ("OSTREL BANK TO SELL CROWN BILLS", "1993-03-06",
                 "The Ostrel Bank will sell 300 mln crowns of bills on Friday to drain money "
                 "from the markets, it said.\n\nThe bills mature in June."),
}  # fmt: skip


def test_a_lead_of_one_party_and_the_subject_needs_the_storys_event(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, ACCORD, STORY | NEAR_MISS, "crown-accord")
    assert cited == {"accord.md", "buys.md", "talks.md"}


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
