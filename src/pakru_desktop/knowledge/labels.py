"""A measure's name from the words its reports write around the figure: the noun phrase it
qualifies ("a 275 pct pay rise" → "pay rise"), else the one just before it ("bilateral trade
reached $1.1 billion"), with its owner when a name owns it ("Dixons' 90.25 dlrs a share
offer" → "Dixons' offer"). Never a bag of the words nearby."""

from __future__ import annotations

import re
from collections import Counter

from .facts import content_stems

_WORD = re.compile(r"[A-Za-z][\w'-]*")
# What follows a figure without naming what it measures: what it is per, units and scales.
_SKIP_AFTER = re.compile(r"\s*(?:(?:a|per|each)\s+(?:share|barrel|ton|tonne|day|year)\b"
                         r"|each\b|-)", re.I)  # fmt: skip
_UNIT_WORDS = {"pct", "dlrs", "dlr", "mln", "bln", "million", "billion", "per", "cent",
               "percent", "dollars", "share", "shares", "bpd", "barrels", "barrel", "stg",
               "day", "days", "km", "miles", "mile", "year", "years", "tonnes", "tons"}  # fmt: skip
# Words that name no measure whatever stands around them: currencies and units written after
# the number ("4.0 billion stg", "200 cents", "600 mln crowns"), number words, and adverbs,
# conjunctions and verbs a figure often stands next to ("already holds", "although", "buy").
_NOT_LABEL = frozenset(
    """
stg yen cents cent sdrs sdr ecus ecu crowns crown guilders guilder francs franc marks lire
pesos peso cruzados rupees roubles rubles acres points bags tonne ton ounces usd gbp eur jpy
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred thousand half quarter
already besides although though much many over via now ago far towards toward together past
until about around nearly almost some more less than also still just only since after before
into from with while when which who whose both each either every such
make makes made buy buys bought sell sells sold acquire acquires receive receives provide
provides reach reaches reduce reduces raise raises own owns give gives gave rose fell lose loses
lost stood sought seek seeks set worth usd
""".split()
)
# Units that measure rather than count: "50,000 bpd" is named by its words, not by "bpd".
MEASURING = {"bpd", "km", "miles", "barrels", "tonnes", "year", "day", "month", "week", "MW",
             "GW", "bcm", "m³", "kg", "hectares", "mmcfd", "MMBtu"}  # fmt: skip
_OWNER = re.compile(r"\b([A-Z][\w&.-]*(?:'s|s'|'))(?=\s)")
_PHRASE = 3


def content_word(word: str) -> bool:
    """A word of what is measured: not a unit, not a name (names own, see `_OWNER`)."""
    lower = word.lower()
    if _ACRONYM.fullmatch(word):
        return lower not in _NOT_LABEL  # "PSBR", "GDP", "M0": a measure's own name
    return bool(content_stems(word)) and lower not in _UNIT_WORDS and not word[0].isupper() \
        and not lower.endswith(_NOT_NOUN) and lower not in _NOT_LABEL  # fmt: skip


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,4}")
_AUXILIARY = frozenset("was were is are be been being has have had".split())


def _written(word: str) -> str:
    """A label's word in lower case, an acronym as written ("PSBR")."""
    return word if _ACRONYM.fullmatch(word) else word.lower()


# Endings of verbs and adverbs ("damaged", "pumping", "currently"): a label is a noun phrase.
_NOT_NOUN = ("ed", "ing", "ly")


def _after(text: str, end: int) -> str:
    """The content words right after the figure, up to the first word that is not one."""
    skip = _SKIP_AFTER.match(text, end)
    rest = text[skip.end() if skip else end :]
    words, at = [], 0
    for match in _WORD.finditer(rest):
        if rest[at : match.start()].strip(" -") or not content_word(match.group()):
            break
        words.append(_written(match.group()))
        at = match.end()
        if len(words) == _PHRASE:
            break
    return " ".join(words)


def _before(text: str, start: int) -> str:
    """The content words right before the figure (skipping "at", "of", "to"), as written."""
    words = _WORD.findall(text[:start])
    if words and text.startswith(words[0]) and not words[0].endswith("'s"):
        words[0] = words[0].lower()  # capitalised as the sentence's first word, not a name
    words = words[-6:]
    while words and not content_word(words[-1]):
        words.pop()
    if len(words) > 1 and words[-2].lower() in _AUXILIARY:
        words = words[:-2]  # "rates were cut to 10 pct": "cut" is the verb, not the measure
        while words and not content_word(words[-1]):
            words.pop()
    phrase: list[str] = []
    while words and content_word(words[-1]) and len(phrase) < _PHRASE - 1:
        phrase.insert(0, _written(words.pop()))
    return " ".join(phrase)


def measure_label(reports: list[tuple[str, str]], unit_noun: str = "") -> str:
    """The label most reports support, from (sentence, figure as written) pairs; "" when
    they name nothing."""
    phrases: Counter[str] = Counter()
    owners: Counter[str] = Counter()
    for text, figure in reports:
        at = text.find(figure)
        if at < 0:
            continue
        # A count names what it counts ("40,000 seamen"); a sum or a share the noun
        # after it ("a 275 pct pay rise"), else before it.
        after = unit_noun or _after(text, at + len(figure))
        words = (after or _before(text, at)).split()
        if after:
            # Each opening of the phrase counts: "offer" stands for "offer expires" and
            # "offer was extended", the longest opening most reports share names the measure.
            phrases.update(" ".join(words[: n + 1]) for n in range(len(words)))
        else:
            # Before the figure the noun that names it ends the phrase ("base lending rates
            # were cut to", "the base rate at"): each ending counts.
            phrases.update(" ".join(words[n:]) for n in range(len(words)))
        window = text[max(0, at - 40) : at + len(figure) + 40]
        owners.update({m.group(1) for m in _OWNER.finditer(window)})
    owner = next((o for o, n in owners.most_common(1) if n * 2 >= len(reports)), "")
    shared = [p for p, n in phrases.items() if n * 2 > len(reports)] or list(phrases)[:1]
    phrase = max(shared, key=lambda p: (len(p.split()), phrases[p]), default="")
    return f"{owner} {phrase}".strip() if phrase else ""
