"""Dates a statement takes from the story it is told in, not from its own words."""

from __future__ import annotations

import re

from .dates import DateMention

# "Its stock rose 8-5/8 to 24", "American Express fell 3-1/8 to 77-3/8": a price quoted in
# a market report moved in the trading the story reports, on its day.
_MARKET_MOVE = re.compile(
    r"\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|declined|jumped|slid|"
    r"(?:was|were|closed)\s+(?:up|down|off))\s+(?:\d+-)?\d+(?:/\d+)?\s+to\s+\d"
    # "Near May fell below one dlr in early trading": the session's trading is the day's
    r"|\bin\s+(?:early|late|active|heavy|light|thin|quiet|morning|afternoon)\s+trading\b"
)


# What a move's quote needs ("to" and a figure): the expression above, opening on a word's
# edge, is tried at every character; this one skips at C speed to a "to".
_TO_FIGURE = re.compile(r"to\s+\d")


def market_move(text: str) -> bool:
    """Does the sentence quote a price's move in the day's trading?"""
    return ("trading" in text or ("to " in text and _TO_FIGURE.search(text) is not None)) and (
        _MARKET_MOVE.search(text) is not None
    )


# "Sunday's local elections", "yesterday's board meeting": an event the date names.
_DAYS_EVENT = re.compile(
    r"\b(?:today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"'s\s+(?:[a-z-]+\s+){0,2}(?P<noun>election|meeting|talk|session|summit|vote|poll)s?\b"
)
_EVENT_WORDS = ("election", "meeting", "talk", "session", "summit", "vote", "poll")


def dated_events(text: str, dates: list[DateMention]) -> dict[str, DateMention]:
    """The events a sentence dates by naming them ("in Sunday's local elections"), by noun."""
    if "'s " not in text or ("day's" not in text and "night's" not in text):
        return {}  # (every day the expression names ends in "day" or "night")
    found = {}
    for match in _DAYS_EVENT.finditer(text):
        mention = next((d for d in dates if d.start == match.start()), None)
        if mention is not None:
            found[match.group("noun")] = mention
    return found


def event_date(text: str, events: dict[str, DateMention]) -> DateMention | None:
    """The date of an event told before that the sentence names again with 'the' ("In the
    prefectural assembly elections, the party has so far lost 92 seats")."""
    for noun, mention in events.items():
        if noun in text and re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,3}}{noun}s?\b", text):
            return DateMention(mention.iso, "", mention.precision, True, 0, 0)
    return None


# "just before the meeting starting on April 9", "immediately before the March quake": the
# date is a bound the act falls before, not the act's day.
_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:"
    r"[^,.;]{0,60}?\b(?:starting|beginning|opening|due|scheduled)\s+(?:on\s+)?)?\Z"
)


def bound(text: str, mention: DateMention) -> DateMention | None:
    """A date of the thing an act comes before is no date of the act: what is planned before
    it is planned for about then (its month); anything else is not dated by it."""
    if _BEFORE.search(text, max(0, mention.start - 90), mention.start) is None:
        return mention
    if mention.precision != "day" or not _FUTURE_WORD.search(text, 0, mention.start):
        return None
    return DateMention(mention.iso[:7], mention.text, "month", mention.inferred, mention.start,
                       mention.end)  # fmt: skip


_FUTURE_WORD = re.compile(r"\b(?:will|would|expected|due|plans?|planned|wishes|hopes)\b")
