"""A sale of a business has a seller and a buyer: a lead about the seller selling a unit, or
about the buyer announcing its takeover in a piece that names the seller too, is of a story
of the seller's asset sales; the buyer buying something of its own is not. Imported the way
a user imports (fictional wire)."""

from __future__ import annotations

from pathlib import Path

from .test_knowledge_membership_meet import cited_on_sheet, sheet_of

SALES = """---
slug: varnet-sales
title: Varnet restructures and sells units to Ostrand
order: 1
keywords: [Varnet, Ostrand, restructuring, "asset sales"]
---
Varnet's restructuring and its asset sales.
"""
SALES_STORY = {
    "plan.md": ("VARNET PROPOSES RESTRUCTURING", "1992-02-03",
                "Varnet Corp proposed a restructuring that includes asset sales of 200 mln "
                "dlrs.\n\nVarnet said Ostrand AB was among the bidders."),
    # The seller alone in the lead, selling a unit: the asset sales in other words.
    "unit.md": ("VARNET SELLS DUTCH UNIT", "1992-02-10",
                "Varnet Corp said it has sold its Dutch pump unit to private investors.\n\n"
                "The unit makes valves for ships."),
    # The buyer alone in the lead announcing a takeover; the seller named further down.
    "buyer.md": ("OSTRAND TO ANNOUNCE FOREIGN TAKEOVER", "1992-02-12",
                 "Ostrand AB said it will announce a major foreign takeover on Monday.\n\n"
                 "Analysts expected Ostrand to name Varnet Corp as the seller."),
}  # fmt: skip
SALES_NEAR_MISS = {
    # The buyer buying for itself, the seller nowhere: Ostrand's own matter.
    "mine.md": ("OSTRAND ACQUIRES DANISH MINE", "1992-02-14",
                "Ostrand AB said it acquired a Danish zinc mine for 40 mln crowns.\n\n"
                "Ostrand said the mine would lift its output."),
    # The seller on another matter: a new product, nothing sold but goods.
    "pumps.md": ("VARNET SHOWS NEW PUMP", "1992-02-15",
                 "Varnet Corp said it sold the first of its new ship pumps to a Greek owner.\n\n"
                 "Varnet said orders were good."),
}  # fmt: skip


def test_a_sale_told_by_its_seller_or_its_buyer_is_of_the_story(tmp_path: Path) -> None:
    cited = cited_on_sheet(tmp_path, SALES, SALES_STORY | SALES_NEAR_MISS, "varnet-sales")
    assert cited == {"plan.md", "unit.md", "buyer.md"}


def test_why_here_names_the_side_the_sale_is_told_from(tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, SALES, SALES_STORY, "varnet-sales")
    why = {Path(a["source_file"]).name: a["why"] for a in sheet["articles"]}
    assert "tells of a sale of a business: sells … unit" in why["unit.md"]
    assert "tells of a purchase of a business: takeover" in why["buyer.md"]
