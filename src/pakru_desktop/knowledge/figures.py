"""Figures written in a sentence: money, percentages, quantities with a unit, counts of things.

Each figure keeps how it was written and a comparable value, so two sources reporting the same
thing can be matched ("around 90 companies" = "90 companies") or set side by side ("more than
100 companies" ≠ "90 companies").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .currencies import _CURRENCY_AFTER, _CURRENCY_BEFORE, _NATION, MONEY_UNITS, _currency_after
from .figures_scripts import _DECIMAL_COMMA, _NOT_LATIN, _RU_UR_PATTERNS, _RU_UR_SCALES, _prefixed
from .scan import any_in
from .word_lists import ascii_twin, plain_ascii

_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9,
           "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "k": 1e3, "crore": 1e7,
           "lakh": 1e5, "lakhs": 1e5, "crores": 1e7}  # fmt: skip
# Newswire writes small numbers of a scale in words ("five mln barrels", "two billion
# dlrs"): a number word counts only before its scale.
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split(), start=1)}  # fmt: skip
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                      "eighty": 80, "ninety": 90})  # fmt: skip
_SCALED_WORD = (r"(?i:" + "|".join(_NUMBER_WORDS) + r")"
                r"(?=[\s-]+(?i:mln|million|bln|billion|trillion|pct|per\s?cent)\b)")  # fmt: skip
# Newswire writes fractions ("5/8 pct", "7-1/2 years", "66-2/3 pct"): read whole (a plain
# number would take their last part, "8 pct"), as a number's tail tried only after its digits.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:-\d+/\d+(?!\d)|/\d+(?!\d)|\.\d+)?"
_NUMBER = r"(?P<number>" + _DIGITS + ")"
# The patterns with numbers in words are other expressions, tried only in a sentence that
# has one: an alternation of words in every pattern slows the reading of every figure.
_NUMBER_OR_WORD = r"(?P<number>" + _DIGITS + "|" + _SCALED_WORD + ")"
# Written out ("100 mln", "5 million") or stuck to the number ("$5m", "£3bn", "40k"); the scale
# and the unit after it may be joined by hyphens, as newswire writes an adjective ("a 2.2
# billion-dlr offer", "a 1.3-billion-dlr loan", "the 43-km link").
_SCALE = (
    r"(?:(?:\s*|-)(?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|crores?|lakhs?)\b"
    r"|(?P<short>m|bn|k|tn)\b)?"
)
# "between 65.75 and 91.00 dlrs", "45 to 50 institutions", "10-12 bcm": the low end is
# read by the patterns below, the high end after it. After "between" the low end may repeat
# the unit ("between 245,000 bpd and 250,000 bpd"): still one range, not two figures (looked
# for only where "between" is: the words after the low end cost a search at each place).
_RANGE_HEAD = re.compile(
    r"(?:\b(?P<between>between|from)\s+)?\b(?P<low>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<unit>)\s*(?:-|–|to|and)\s*$",
    re.I,
)
_RANGE_BETWEEN = re.compile(
    r"\b(?P<between>between)\s+(?P<low>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<unit>(?:\s+[^\W\d][\w%./]*){1,3})\s*(?:-|–|to|and)\s*$",
    re.I,
)
_UNITS = {
    "metric tons": "tonnes", "metric tonnes": "tonnes", "tons": "tonnes", "tonnes": "tonnes",
    "barrels": "barrels", "km": "km", "kilometres": "km", "kilometers": "km", "mw": "MW",
    "megawatts": "MW", "gw": "GW", "bcm": "bcm", "cubic metres": "m³", "cubic meters": "m³",
    "mmcfd": "mmcfd", "mmbtu": "MMBtu", "kg": "kg", "bpd": "bpd", "b/d": "bpd",
    "barrels per day": "bpd", "barrels a day": "bpd", "miles": "miles", "hectares": "hectares",
    # A quantity made an adjective takes the singular ("the 24-mile strait", "a 162,046-ton
    # tanker", "a 25 mile stretch"): the same unit.
    "mile": "miles", "ton": "tonnes", "tonne": "tonnes", "kilometre": "km", "kilometer": "km",
    "barrel": "barrels", "hectare": "hectares", "megawatt": "MW",
}  # fmt: skip
_QUALIFIERS = {
    "more than": ">", "over": ">", "above": ">", "at least": ">", "in excess of": ">",
    "exceeding": ">", "around": "~", "about": "~", "approximately": "~", "nearly": "~",
    "almost": "~", "some": "~", "roughly": "~", "close to": "~", "an estimated": "~",
    "just over": ">", "just under": "<", "slightly more than": ">", "well over": ">",
    "upwards of": ">", "an additional": "+", "another": "+",
    "up to": "<", "less than": "<", "under": "<", "fewer than": "<", "below": "<",
}  # fmt: skip
_QUALIFIER_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+$", re.I
)
_DIGIT = re.compile(r"\d")
_NOT_COUNTED = {"is", "was", "has", "this", "its", "his", "as", "us", "bus", "plus",
                "thus", "less", "yes", "times", "series", "status", "news"}  # fmt: skip

_MONEY_BEFORE = re.compile(
    r"(?P<currency>US\$|\$|€|£|₽|\b(?:USD|EUR|PKR|RUB|Rs\.?)\s?)" + _NUMBER + _SCALE, re.I
)


def _money_after(number: str) -> re.Pattern[str]:
    return re.compile(
        r"\b"
        + number
        + _SCALE
        + r"(?:\s+|-)"
        + _NATION
        + r"(?P<currency>"
        + "|".join(_CURRENCY_AFTER)
        + r")\b",
        re.I,
    )


_MONEY_AFTER, _MONEY_AFTER_WORDS = _money_after(_NUMBER), _money_after(_NUMBER_OR_WORD)


def _percent(number: str) -> re.Pattern[str]:
    return re.compile(r"\b" + number + r"(?:\s?|-)(?:%|per\s?cent\b|pct\b)", re.I)


_PERCENT, _PERCENT_IN_WORDS = _percent(_NUMBER), _percent(_NUMBER_OR_WORD)


def _quantity(number: str) -> re.Pattern[str]:
    return re.compile(
        r"\b" + number + _SCALE + r"(?:\s+|-)(?P<unit>"
        + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + r")\b", re.I
    )  # fmt: skip


# "90 companies", "100 Pakistani companies", "60 businesspersons", "463 people", "40 men": a
# number, at most one describing word, and a plural noun. A company's name of two words may come first, as
# newswire names whose shares they are ("2,445,000 Cyclops Corp common shares").
def _count(number: str) -> re.Pattern[str]:
    return re.compile(
        r"\b" + number + _SCALE
        + r"\s+(?:(?:[A-Z][a-z]+\s+){2}(?=[a-z]))?"
        r"(?:(?P<adjective>[A-Z][a-z]+|[a-z]+-[a-z]+|new|more|major|small|large|foreign|"
        r"private|public|local|joint|bilateral|additional|key|outstanding|common|preferred|"
        r"ordinary)\s+)?"
        # a noun naming what kind ("700 bank creditors", "400 creditor banks")
        r"(?:(?!(?:and|or|the|for|but|are|was|were|per|from|with|into|than|that|who|its|his|"
        r"her|their|our|new|other|more|less|percentage)\b)[a-z]{3,}(?<!s)\s+(?=[a-z]{3,}s\b))?"
        r"(?P<noun>[a-z]{3,}s|[a-z]*(?:people|men|children|staff|personnel))\b"
    )  # fmt: skip


_QUANTITY, _QUANTITY_WORDS = _quantity(_NUMBER), _quantity(_NUMBER_OR_WORD)
_COUNT, _COUNT_WORDS = _count(_NUMBER), _count(_NUMBER_OR_WORD)


_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), start=1)}  # fmt: skip
# "his fifth meeting with President Putin", "the ninth session of the Commission": how many
# times something has happened is a figure too (at most two words between). What an ordinal
# counts is looked for first, as substrings (C speed): the alternation of twenty ordinal
# words, which has no first letter to skip ahead to, took 7% of all the reading of a story.
_ORDINAL_COUNTED = ("meeting", "summit", "session", "round", "visit", "forum", "conference",
                    "edition", "dialogue", "consultation", "exercise")  # fmt: skip
_ORDINAL = re.compile(
    r"\b(?P<ordinal>" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?P<noun>" + "|".join(_ORDINAL_COUNTED) + r")s?\b",
    re.I,
)


# Nouns that count the same thing: "his fifth meeting" is "the fifth major summit".
_ORDINAL_NOUNS = {"summit": "meeting", "round": "meeting", "consultation": "meeting"}

# Case-folded text searched without re.I: Python's regex engine is several times faster so.
_ORDINAL_HINT = re.compile("|".join(_ORDINALS) + r"|\d(?:st|nd|rd|th)\b")


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # USD, PKR, %, tonnes, km, … or the counted noun, singular ("company")
    qualifier: str  # "=" exact, ">" more than, "<" up to, "~" about
    text: str  # as written, qualifier included
    start: int
    end: int
    high: float = 0.0  # a range's upper end ("45 to 50 institutions"); 0: no range

    @property
    def key(self) -> tuple[str, float]:
        """What two reports must share to be telling the same figure ("about 90" = "90")."""
        return (self.unit, self.value)

    @property
    def claim(self) -> tuple[str, float, str]:
        """What sets two reports apart: "more than 100" differs from "100"."""
        return (self.unit, self.value, "=" if self.qualifier == "~" else self.qualifier)


# Words one of which a pattern's match must hold: a pattern is run only where one is (each
# costs a pass over the sentence, and most sentences hold no money, percentage or unit).
_MONEY_SIGNS = ("$", "€", "£", "₽", "usd", "eur", "pkr", "rub")
# "Rs" is a currency only right before its number ("Rs. 500"): "rs" alone is in most
# sentences ("years", "others").
_RUPEES = re.compile(r"rs\.?\s?\d")
_MONEY_WORDS = ("dollar", "dlr", "euro", "rupee", "rouble", "ruble", "pound", "cts", "cent", "yen",
                "stg", "sterling", "mark", "franc", "peso", "sucre", "bolivar",
                "cruzado", "guilder", "ecus", "ecu ", "crown", "sdr", "drawing right")  # fmt: skip
_PERCENT_WORDS = ("%", "cent", "pct")
_UNIT_WORDS = ("ton", "barrel", "km", "kilomet", "mw", "megawatt", "gw", "bcm", "cubic",
               "mmcfd", "mmbtu", "kg", "bpd", "b/d", "mile", "hectare")  # fmt: skip


_SCALE_AFTER_WORD = re.compile(r"[ -](?:mln|million|bln|billion|pct|per cent|percent)\b")


def _scaled_word(lowered: str) -> bool:
    """Does a sentence write a number of a scale in words ("five mln", "five pct")? The scale
    words are looked for first, then the word before each."""
    for match in _SCALE_AFTER_WORD.finditer(lowered):
        at = match.start()
        if lowered[lowered.rfind(" ", 0, at) + 1 : at] in _NUMBER_WORDS:
            return True
    return False


def find_figures(text: str, taken: list[tuple[int, int]] | None = None,
                 lowered: str | None = None) -> list[Figure]:  # fmt: skip
    """Every figure of a sentence, left to right; spans in `taken` (dates) are skipped
    (`lowered`: the sentence in lower case, when the caller has it)."""
    lowered = text.lower() if lowered is None else lowered
    worded = ("mln" in lowered or "illion" in lowered or "bln" in lowered or "pct" in lowered
              or "per" in lowered) and _scaled_word(lowered)  # fmt: skip
    digit = worded or _DIGIT.search(text) is not None
    ordinal = any_in(_ORDINAL_COUNTED, lowered) and (_ORDINAL_HINT.search(lowered) is not None)
    if not digit and not ordinal:
        return []  # figures are written with digits, or are ordinals of a meeting
    occupied = list(taken or [])
    figures: list[Figure] = []
    if plain_ascii(text):
        patterns = _PATTERNS_ASCII
    else:
        script = _RU_UR_PATTERNS if _NOT_LATIN.search(text) else ()
        patterns = [*_PATTERNS[:-1], *script, _PATTERNS[-1]]
    for pattern, in_words, unit_of, needs in patterns:
        if worded and in_words is not None:
            pattern = in_words
        if needs is None:  # a number with digits (or in words before its scale)
            if not digit:
                continue
        elif needs == ():  # an ordinal
            if not ordinal:
                continue
        elif not any_in(needs, lowered) and not (needs is _MONEY_SIGNS and _RUPEES.search(lowered)):
            continue
        for match in pattern.finditer(text):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in occupied):
                continue
            unit = unit_of(match)
            value = _value(match)
            if not unit or value is None:
                continue
            low, high, begin = _range(text, span[0], value, match)
            if high:  # the range's low end, read alone before, is part of it
                figures = [f for f in figures if not begin <= f.start < span[0]]
            start, qualifier = _qualifier(text, begin)
            figures.append(
                Figure(low, unit, qualifier, text[start : span[1]], start, span[1], high)
            )
            occupied.append((begin, span[1]))
    if ("mln" in lowered or "illion" in lowered or "bln" in lowered) and (  # a scale word
            lowered.count(" mln") + lowered.count("illion") + lowered.count(" bln")  # unread
            > sum(f.value >= 1e6 for f in figures)):  # fmt: skip
        figures += _elided(text, figures, occupied)
    return sorted(figures, key=lambda f: f.start)


_MONEY_UNITS = MONEY_UNITS
# "up from 1.2 billion", "a 1.25 billion loan": newswire leaves out the currency it has just
# written. A bare scaled number before a clause's end, a small word or a singular noun is
# money in the nearest currency; before a name, a plural or a participle it counts things.
_BARE_SCALED = re.compile(r"\b" + _NUMBER + r"\s+(?P<scale>mln|million|bln|billion|trillion)\b"
                          r"(?![-\w])\s*(?P<next>[A-Za-z][\w'-]*)?")  # fmt: skip
_SMALL_NEXT = {"from", "to", "in", "and", "or", "a", "an", "the", "on", "at", "for", "with", "of",
               "last", "this", "by", "than", "is", "was", "were", "are", "as", "up", "down",
               "earlier", "previously", "before", "after", "year", "months"}  # fmt: skip


def _elided(text: str, figures: list[Figure], occupied: list[tuple[int, int]]) -> list[Figure]:
    money, found = [f for f in figures if f.unit in _MONEY_UNITS], []
    for match in _BARE_SCALED.finditer(text) if money else ():
        start, end = match.start(), match.end("scale")
        if any(start < e and s < end for s, e in occupied):
            continue
        after = match["next"] or ""
        if after and after.lower() not in _SMALL_NEXT and (
                not after.islower() or after.endswith(("s", "ing", "ed"))):  # fmt: skip
            continue
        nearest = min(money, key=lambda f: abs(f.start - start))
        value = float(match["number"].replace(",", "")) * _SCALES[match["scale"].lower()]
        begin, qualifier = _qualifier(text, start)
        found.append(Figure(value, nearest.unit, qualifier, text[begin:end], begin, end))
    return found


def _value(match: re.Match[str]) -> float | None:
    if "ordinal" in match.groupdict():
        ordinal = match["ordinal"].lower()
        return float(_ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal)))
    try:
        value = parse_number(match["number"], decimal_comma=match.re in _DECIMAL_COMMA)
    except (ValueError, ZeroDivisionError):
        return None
    groups = match.groupdict()
    scale = (groups.get("scale") or groups.get("short") or "").lower()
    if scale and scale not in _SCALES:
        return value * float(_prefixed(_RU_UR_SCALES, scale) or 1.0)
    return value * _SCALES.get(scale, 1.0)


def parse_number(written: str, decimal_comma: bool = False) -> float:
    """ "1,250.5", "five", "5/8", "7-1/2" (and "1,5" where the comma is a decimal one)."""
    if not written[:1].isdigit():
        return float(_NUMBER_WORDS[written.lower()])
    if "/" in written:
        whole, _, fraction = written.rpartition("-")
        top, bottom = fraction.split("/")
        return float(whole or 0) + float(top) / float(bottom)
    return float(written.replace(",", ".") if decimal_comma else written.replace(",", ""))


def _range(text: str, start: int, value: float,
           match: re.Match[str]) -> tuple[float, float, int]:  # fmt: skip
    """(low, high, start) when the figure ends a range ("between 65.75 and 91.00 dlrs",
    "45 to 50 institutions"), else (value, 0, start). "from 80 to 92.50 dlrs" is a change,
    not a range; "and" makes a range only after "between"."""
    before = max(0, start - 40)
    if not _DIGIT.search(text, before, start) or match.re in _DECIMAL_COMMA:
        return value, 0.0, start
    head = _RANGE_HEAD.search(text, before, start)
    if head is None and "between" in text[before:start].lower():
        head = _RANGE_BETWEEN.search(text, before, start)
    if head is None:
        return value, 0.0, start
    between = (head["between"] or "").lower()
    joiner = text[max(head.end("low"), head.end("unit")) : head.end()].strip().lower()
    ranging = text[max(0, head.start() - 12) : head.start()].lower().rstrip().endswith("ranging")
    if (between == "from" and not ranging) or (joiner == "and" and between != "between"):
        return value, 0.0, start
    if head["unit"] and not match.group().endswith(head["unit"]):
        return value, 0.0, start  # the low end's words must be the high end's unit
    written = parse_number(match["number"])
    scale = value / written if written else 1.0
    low = float(head["low"].replace(",", "")) * scale
    if low >= value:
        return value, 0.0, start
    return low, value, head.start()


def _count_unit(match: re.Match[str]) -> str:
    noun = match["noun"]
    number = match["number"]
    if noun in _NOT_COUNTED or (len(number) == 4 and number[:2] in ("18", "19", "20")):
        return ""  # "2022 floods" is a year, not 2,022 floods
    return singular(noun)


def singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


# (pattern, the same with numbers in words or None, its unit, the words one of which it
# needs: None a digit, () an ordinal), built once and tried in this order (the Russian and
# Urdu ones before the ordinals, in text in their scripts).
_PATTERNS: list[tuple[re.Pattern[str], re.Pattern[str] | None, Callable[[re.Match[str]], str],
                      tuple[str, ...] | None]] = [
    (_MONEY_BEFORE, None, lambda m: _CURRENCY_BEFORE[m["currency"].strip().lower()],
     _MONEY_SIGNS),
    (_MONEY_AFTER, _MONEY_AFTER_WORDS, _currency_after, _MONEY_WORDS),
    (_PERCENT, _PERCENT_IN_WORDS, lambda m: "%", _PERCENT_WORDS),
    (_QUANTITY, _QUANTITY_WORDS, lambda m: _UNITS[m["unit"].lower()], _UNIT_WORDS),
    (_COUNT, _COUNT_WORDS, _count_unit, None),
    (_ORDINAL, None,
     lambda m: "ordinal " + _ORDINAL_NOUNS.get(m["noun"].lower(), m["noun"].lower()), ()),
]  # fmt: skip


# The same for plain ASCII text (word_lists.ascii_twin: the same matches, a third faster).
_PATTERNS_ASCII = [(ascii_twin(pattern), in_words and ascii_twin(in_words), unit_of, needs)
                   for pattern, in_words, unit_of, needs in _PATTERNS]  # fmt: skip


def _qualifier(text: str, start: int) -> tuple[int, str]:
    match = _QUALIFIER_BEFORE.search(text[max(0, start - 24) : start])
    if match is None:
        return start, "="
    return start - (len(match.group(0))), _QUALIFIERS[match.group(1).lower()]
