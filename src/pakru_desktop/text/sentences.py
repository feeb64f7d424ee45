"""Sentences of a paragraph as spans, so a citation quotes the paragraph's exact characters;
and the paragraph in lower case with the same offsets, for the readers of its sentences."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … ۔ ؟ (and any closing quote or bracket) before a capital, a
# digit or, in Urdu, any letter.
# Two sources glue sentences together ("relations.In this context"): a full stop between a
# lower-case word and a capitalised one is a break too.
# Russian starts a sentence with a capital too (А-ЯЁ); Urdu has no capitals, so after its
# full stop (۔) or question mark (؟) any letter starts one; "…" ends a sentence as well.
_BREAK = re.compile(
    r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-ZА-ЯЁ0-9\u0600-\u06ff])"
    r"|(?<=[a-zа-яё]{3}[.!?])(?=[A-ZА-ЯЁ][a-zа-яё])"
)
# The same with Urdu's marks, only for text that has them (each alternative costs a pass).
_BREAK_URDU = re.compile(_BREAK.pattern + r"|(?<=[۔؟])[\"”’»)\]]*\s*(?=\S)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sr|Jr|Prof|vs|etc|Rs|approx|e\.g|i\.e)|\b[A-Z]|"
    r"\bU\.S|\bU\.K|\bU\.N|\b(?:г|гг|т\.е|т\.д|им|ул|млрд|млн|тыс|руб|долл))\.[\"”’)\]]*$"
)
# A month written short before its day ("on Feb. 25", "Sept. 3"): the date goes on ("in
# Feb. Prices rose" ends there).
_MONTH_SHORT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


_CLOSING = re.compile(r"[\"”’»)\]]*")
# Every break opens right after one of these: the breaks are tried only there (a pattern
# opening with a look-behind is tried at every character, four times slower).
_STOPS = re.compile(r"[.!?…]")
_STOPS_URDU = re.compile(r"[.!?…۔؟]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; whitespace between sentences belongs to none."""
    spans: list[tuple[int, int]] = []
    start = 0
    urdu = "۔" in text or "؟" in text
    breaks = _BREAK_URDU if urdu else _BREAK
    for stop in (_STOPS_URDU if urdu else _STOPS).finditer(text):
        # No break holds a stop, so each is tried once, in order, as finditer would.
        match = breaks.match(text, stop.end())
        if match is None:
            continue
        end = match.start()
        # Closing marks at `end` (matched in place: a copy of the rest of the text per
        # sentence was quadratic on a long paragraph).
        end = _CLOSING.match(text, end).end()  # type: ignore[union-attr] - `*` always matches
        if _ABBREVIATION.search(text[max(start, end - 12) : end]):
            continue  # "Dr. Belokrantsky", "U.S. President": not an end
        if text[match.end() : match.end() + 1].isdigit() and _MONTH_SHORT.search(
                text, max(start, end - 6), end):  # fmt: skip
            continue  # "on Feb. 25": the day follows
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def lower_case(text: str) -> str:
    """The text in lower case, offsets kept (a rare letter's lower case is longer)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[:1] for c in text)
    return lowered


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
