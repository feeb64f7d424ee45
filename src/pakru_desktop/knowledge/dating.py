"""Dates a statement takes from the story it is told in, not from its own words."""

from __future__ import annotations

import re

# "Its stock rose 8-5/8 to 24", "American Express fell 3-1/8 to 77-3/8": a price quoted in
# a market report moved in the trading the story reports, on its day.
_MARKET_MOVE = re.compile(
    r"\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|declined|jumped|slid|"
    r"(?:was|were|closed)\s+(?:up|down|off))\s+(?:\d+-)?\d+(?:/\d+)?\s+to\s+\d"
)


def market_move(text: str) -> bool:
    """Does the sentence quote a price's move in the day's trading?"""
    return ("to " in text) and _MARKET_MOVE.search(text) is not None
