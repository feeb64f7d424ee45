"""A lead about one party of a story that tells the story's event in other words is of the
story: a holder's stake or the lenders' waiver in a takeover, the company selling a unit in
its divestiture, it issuing notes in its equity offering. The same party on another matter —
its plants, its products, a service, selling a business during a takeover story, its
takeover of another company — stays off, as does another company's deal.
Imported the way a user imports (fictional wire); the topics are read from files, as the
meanings of event words come with reading them."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.topics import load_topics

from .test_knowledge_membership_meet import cited_on_sheet, sheet_of

TAKEOVER = """---
slug: kessel-norland
title: Kessel's takeover of Norland
order: 1
keywords: [Norland, Kessel, takeover, "tender offer"]
---
Kessel bids for Norland.
"""
TAKEOVER_STORY = {
    "offer.md": ("KESSEL STARTS NORLAND TENDER OFFER", "1991-05-02",
                 "Kessel Corp said it began a tender offer for all Norland Inc shares at 30 "
                 "dlrs each.\n\nNorland said its board would study the offer."),
    # One party named, the takeover told as who holds and who lends to the company.
    "holder.md": ("FUND LIFTS NORLAND HOLDING", "1991-05-09",
                  "Orrin Partners said it raised its stake in Norland Inc to 9.1 pct from 7.4 "
                  "pct.\n\nOrrin said it bought the shares for investment."),
    "lenders.md": ("NORLAND GETS MORE TIME", "1991-05-10",
                   "Norland Inc said its lenders agreed to extend a waiver of its net worth "
                   "covenants to June 30.\n\nNorland said talks on a longer extension go on."),
}  # fmt: skip
TAKEOVER_NEAR_MISS = {
    # Norland selling businesses of its own, closing a plant: not who owns Norland.
    "units.md": ("NORLAND SELLS TWO UNITS", "1991-05-11",
                 "Norland Inc said it sold its two glassware units to Brisk Holdings of "
                 "Sydney.\n\nTerms were not disclosed."),
    "plant.md": ("NORLAND TO CLOSE OHIO PLANT", "1991-05-12",
                 "Norland Inc said it will close its Ohio kettle plant by October, idling 200 "
                 "workers.\n\nNorland will make kettles in Texas."),
    # Norland owning another company, not Norland owned.
    "brisk.md": ("NORLAND SELLS BRISK STAKE", "1991-05-15",
                 "Norland Inc said it sold its 12 pct stake in Brisk Holdings to a Dutch "
                 "bank.\n\nNorland did not give a price."),
    # Kessel's takeover of another company: a takeover takes two, Norland is not one.
    "drayco.md": ("KESSEL COMPLETES DRAYCO TAKEOVER", "1991-05-14",
                  "Kessel Corp said it completed its takeover of Drayco Ltd for 80 mln dlrs."
                  "\n\nKessel said Drayco would keep its name."),
    # Another company's tender offer: the story's deal words, none of its companies.
    "other.md": ("TENDER OFFER FOR BRISK EXPIRES", "1991-05-13",
                 "Dalton Group said its tender offer for Brisk Holdings expired on Friday.\n\n"
                 "Dalton said it may renew its takeover attempt later."),
}  # fmt: skip

CAPITAL = """---
slug: corvane-capital
title: Corvane rebuilds its capital
order: 1
keywords: [Corvane, Halder, divest*, "equity offering"]
---
Corvane sells businesses and raises equity.
"""
CAPITAL_STORY = {
    "plan.md": ("CORVANE PLANS EQUITY OFFERING", "1991-06-01",
                "Corvane Corp said it plans an equity offering of 300 mln dlrs, chairman John "
                "Halder said.\n\nHalder said the bank would divest more businesses."),
    # Corvane alone in the lead, the divestiture told as selling a subsidiary.
    "sale.md": ("CORVANE TO SELL LEASING ARM", "1991-06-05",
                "Corvane Corp said it agreed to sell its French leasing subsidiary to Banco "
                "Ultra.\n\nThe sale is expected to close in the third quarter."),
    # The equity offering told as issuing notes to raise capital.
    "notes.md": ("CORVANE ASKS INVESTORS TO BUY NOTES", "1991-06-09",
                 "Corvane Corp asked pension funds to buy 200 mln dlrs of subordinated notes "
                 "it plans to issue to raise its capital.\n\nNo fund has committed yet."),
    # An equity offering is one company's own: Corvane alone is enough.
    "priced.md": ("CORVANE PRICES EQUITY OFFERING", "1991-06-12",
                  "Corvane Corp said it priced its equity offering at 21 dlrs a share.\n\n"
                  "The offering closes on June 20."),
}  # fmt: skip
CAPITAL_NEAR_MISS = {
    # A new service; a supplier selling Corvane machines ("sold", but no business sold).
    "service.md": ("CORVANE SETS NEW PAYMENT SERVICE", "1991-06-06",
                   "Corvane Corp said it introduced a telephone payment service for shops.\n\n"
                   "Customers can pay bills from home."),
    "order.md": ("ARDENT GETS CORVANE ORDER", "1991-06-07",
                 "Ardent Inc said it sold 40 cash terminals to Corvane Corp.\n\n"
                 "Deliveries have started."),
}  # fmt: skip


def test_a_takeover_told_as_a_stake_or_a_lenders_waiver_is_of_the_story(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, TAKEOVER, TAKEOVER_STORY | TAKEOVER_NEAR_MISS,
                           "kessel-norland")  # fmt: skip
    assert cited == {"offer.md", "holder.md", "lenders.md"}


def test_a_divestiture_or_offering_told_in_other_words_is_of_the_story(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, CAPITAL, CAPITAL_STORY | CAPITAL_NEAR_MISS,
                           "corvane-capital")  # fmt: skip
    assert cited == {"plan.md", "sale.md", "notes.md", "priced.md"}


def test_why_here_names_the_event_told_in_other_words(tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, TAKEOVER, TAKEOVER_STORY, "kessel-norland")
    why = {Path(a["source_file"]).name: a["why"] for a in sheet["articles"]}
    assert "tells of ownership or financing: stake" in why["holder.md"]
    assert "tells of ownership or financing: lenders" in why["lenders.md"]
    assert "tells of" not in why["offer.md"]  # its own keywords say why


def test_the_meaning_of_event_words_comes_with_the_topic_file(tmp_path: Path) -> None:
    (tmp_path / "t.md").write_text(TAKEOVER, encoding="utf-8")
    (topic,) = load_topics(tmp_path)
    assert topic.told_in("Norland's lenders agreed to a waiver.") == [
        ("takeover", "ownership or financing", "lenders")
    ]
    # A topic without a takeover word gives "stake" no meaning.
    (tmp_path / "t.md").write_text(TAKEOVER.replace('takeover, "tender offer"', "strike"),
                                   encoding="utf-8")  # fmt: skip
    (plain,) = load_topics(tmp_path)
    assert plain.told_in("Orrin raised its stake in Norland.") == []


def test_deal_words_without_the_storys_companies_are_another_deal(tmp_path: Path) -> None:
    other = TAKEOVER_NEAR_MISS["other.md"]
    (tmp_path / "t.md").write_text(TAKEOVER, encoding="utf-8")
    (story,) = load_topics(tmp_path)
    assert not story.holds(other[2], set(), other[0])
    # A topic of takeovers naming no company: every takeover is its matter.
    (tmp_path / "t.md").write_text(TAKEOVER.replace("Norland, Kessel, ", ""), encoding="utf-8")
    (deals,) = load_topics(tmp_path)
    assert deals.holds(other[2], set(), other[0])
