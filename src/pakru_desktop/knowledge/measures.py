"""Measures: what a figure measures (the thing counted or priced, from the words around it),
and one line per measure with every report of it, most reported first.

Two reports are one measure when they have the same unit (a price per share is not an amount)
and values that agree within their stated precision ("about 110 mln" and "111.6 mln", "160
ships" and "158 vessels", "just over 54 pct" and "54 pct"), and either the same value or the
same words around the figure, and no two periods named (`periods`: the PSBR of 1986/87 is
not that of 1987/88). Values that differ beyond their precision are never merged:
whether they disagree is for `corroborate.conflicts`, which asks much more.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .facts import Citation, content_stems
from .figures import Figure, singular
from .labels import MEASURING, content_word, measure_label
from .periods import apart, article_year, period_of, stops
from .precision import agree, bounds
from .readings import others, stance

if TYPE_CHECKING:
    from .corroborate import Fact

_PER = re.compile(r"\s*(?:a|per|each)\s+(share|barrel|ton|tonne|tonnes|day|year|month|unit)\b"
                  r"|\s*(each)\b", re.I)  # fmt: skip
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 4


@dataclass
class Report:
    """One report of a measure's value: the figure as written and where it is said."""

    value: str
    figure: Figure
    text: str
    citations: list[Citation]

    def to_json(self) -> dict:
        return {"value": self.value, "figure": self.figure.text, "text": self.text,
                "count": len(self.articles),
                "citations": [c.to_json() for c in self.citations]}  # fmt: skip

    @property
    def articles(self) -> set[str]:
        return {c.article_id for c in self.citations}


@dataclass
class Measure:
    """One measure and its reports (one per value as written), most reported first."""

    label: str
    unit: str
    reports: list[Report] = field(default_factory=list)

    @property
    def article_count(self) -> int:
        return len({a for r in self.reports for a in r.articles})

    def to_json(self) -> dict:
        return {"measure": self.label, "unit": self.unit, "articles": self.article_count,
                "reports": [r.to_json() for r in self.reports]}  # fmt: skip


# Units that measure the same thing in another scale: compared in the first ("40 km" and
# "25 miles" are one length).
_CONVERT = {"miles": ("km", 1.609344), "US cents": ("USD", 0.01), "barrels a day": ("bpd", 1.0),
            "tonnes": ("tonnes", 1.0)}  # fmt: skip


def canonical(figure: Figure) -> Figure:
    """The figure in its unit's first scale ("25 miles" as 40.2 km), text as written."""
    unit, factor = _CONVERT.get(figure.unit, (figure.unit, 1.0))
    if figure.unit.endswith(" cents") and unit == figure.unit:  # "Malaysian/Singapore cents"
        unit, factor = figure.unit[: -len("cents")] + "dollars", 0.01
    if factor == 1.0 and unit == figure.unit:
        return figure
    return replace(figure, unit=unit, value=figure.value * factor, high=figure.high * factor)


_DOLLARS = {"USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD"}


def _dollars(unit: str) -> str:
    """Dollars of any nation share a measure's line: newswire writes a Canadian company's
    "10 mln dlrs" where another report says "10 mln Canadian dlrs" (never a disagreement:
    `disagreements` keeps the nations apart)."""
    base, per, rest = unit.partition(" per ")
    if base in _DOLLARS or base.endswith(" dollars"):
        return "dollars" + per + rest
    return unit


def unit_of(text: str, figure: Figure, synonyms: dict[str, str] | None = None) -> str:
    """The figure's unit with what it is per ("USD per share"); counted nouns through their
    synonyms ("vessel" → "ship")."""
    unit = (synonyms or {}).get(figure.unit, figure.unit)
    at = text.find(figure.text)
    if unit == "other" and at >= 0:  # "killed one miner and trapped 44 others": miners
        counted = others(text, at) or unit
        unit = (synonyms or {}).get(counted, counted)
    if at >= 0:
        per = _PER.match(text, at + len(figure.text))
        if per is not None:
            unit += " per " + singular((per.group(1) or "share").lower())
    return unit


_WHICH = re.compile(r",\s*which\s+(?:total(?:s|led|ed)?|amounts? to|number(?:s|ed)?|are|were)"
                    r"\s*\Z", re.I)  # fmt: skip


def context(text: str, figure: Figure) -> frozenset[str]:
    """The content words around a figure: what it measures ("stake", "holds", "tender")."""
    at = text.find(figure.text)
    if at < 0:
        return frozenset()
    head = text[:at]
    which = _WHICH.search(head)
    if which is not None:  # "all Cyclops common stock, which total 5.4 mln shares": the
        head = head[: which.start()]  # figure measures the thing the clause is about
    before = head.split()[-_WINDOW_BEFORE:]
    after = text[at + len(figure.text) :].split()[:_WINDOW_AFTER]
    return content_stems(_SPELLING.sub("dgment", " ".join(before + after)))


# One word in two spellings ("judgement", "judgment"; "acknowledgement"): one stem.
_SPELLING = re.compile(r"(?<=[a-z])dgement", re.I)


def _companions(fact: Fact, figure: Figure) -> frozenset[str]:
    """The sentence's other figures, as words: two prices told each with the same stake ("a
    13 pct interest for 530 mln dlrs", "13 pct of Shearson for 538 mln dlrs") are the price
    of one thing."""
    return frozenset(f"#{f.unit}:{f.value:g}" for f in fact.figures
                     if f is not figure and f.unit != figure.unit)  # fmt: skip


@dataclass
class _Seen:
    unit: str
    figure: Figure
    stems: frozenset[str]
    fact: Fact
    written: str = ""  # the figure as written, with a conversion after it
    period: dict[str, str] = field(default_factory=dict)  # "1987/88", "the first quarter"
    stance: str = ""  # told as a target or a forecast, or ("") as an outcome

    @property
    def key(self) -> str:
        """The unit a line compares: dollars of any nation are one (`_dollars`)."""
        return _dollars(self.unit)


_CONVERSION = re.compile(r"\s*(?:,\s*)?(?:or|\(|i\.e\.|equivalent to)\s*\Z|\s*\(\s*\Z", re.I)


def _conversions(fact: Fact) -> dict[int, Figure]:
    """The figures that restate the one before them ("852,000 shares, or just over 20 pct",
    "$10m (£8m)"): index → the figure they convert; they are that report, not another."""
    figures = fact.figures
    found: dict[int, Figure] = {}
    for n in range(1, len(figures)):
        a, b = figures[n - 1], figures[n]
        start, end = fact.text.find(a.text), fact.text.find(b.text)
        # A price per share and a total ("90.25 dlrs a share or 384 mln dlrs", "90.25 dlr
        # or 384 mln dlr") are two measures of one offer, not one figure written twice: a
        # restatement is in another unit, or agrees.
        per = _PER.match(fact.text, start + len(a.text)) if start >= 0 else None
        other = _dimension(a) == _dimension(b) and (a.unit != b.unit or agree(a, b))
        if 0 <= start and start + len(a.text) <= end and per is None and other and (
                _CONVERSION.match(fact.text[start + len(a.text) : end])):  # fmt: skip
            found[n] = a
    return found


# Units of one dimension: "$10m (£8m)" and "40 km (25 miles)" restate one figure, while
# "852,000 shares, or just over 20 pct" gives a count and a share of the total, two measures.
_MONEY = {"USD", "GBP", "EUR", "PKR", "RUB", "JPY", "DEM", "FRF", "US cents", "peso", "sucre",
          "bolivar", "cruzado", "NLG", "ECU", "crown", "SDR", "CAD", "AUD", "HKD", "NZD", "SGD",
          "TWD"}  # fmt: skip


def _dimension(figure: Figure) -> str:
    if figure.unit in _MONEY:
        return "money"
    return canonical(figure).unit


def _joins(a: _Seen, b: _Seen) -> bool:
    if a.fact is b.fact and a.figure.value != b.figure.value:
        return False  # one sentence giving two values speaks of two things (`_one_sentence`)
    if apart(a.period, b.period):
        return False  # the PSBR of 1986/87 is not the PSBR of 1987/88, even at 7.1 billion
    if a.key.split(" per ")[0] != b.key.split(" per ")[0] or \
            not agree(a.figure, b.figure, loose=True):  # fmt: skip
        return False
    if a.figure.high or b.figure.high:  # a range joins only the same range
        return (a.figure.value, a.figure.high) == (b.figure.value, b.figure.high)
    if a.figure.value == b.figure.value:
        return True  # the same value of the same unit ("90.25 dlrs each" = "90.25 dlrs a share")
    if a.key != b.key:
        return False
    if (a.figure.qualifier, b.figure.qualifier) == ("=", "=") and not _within(a.figure, b.figure):
        return False  # "10 pct" and "11 pct", "10 pct" and "10.5 pct": roundings only touch
    # Agreeing values with the same words around them, or where one is approximate or
    # rounded ("160 ships" for 158).
    rough = "~" in (a.figure.qualifier, b.figure.qualifier) or _rounded(a.figure) or \
        _rounded(b.figure)  # fmt: skip
    if not agree(a.figure, b.figure):
        # Only what "about" could stretch to ("about 398 mln" and "407.5 mln"): without a
        # word in common that is another quantity near it.
        return bool(a.stems & b.stems)
    return bool(a.stems & b.stems) or rough


def _rounded(figure: Figure) -> bool:
    number = re.search(r"\d[\d,]*(?:\.\d+)?", figure.text)
    return number is not None and "." not in number.group(0) and number.group(0).endswith("0")


def measures(facts: list[Fact], synonyms: dict[str, str] | None = None) -> list[Measure]:
    """Every measure the facts report, each with its reports, most reported first. Groups
    join only when every report of one agrees with every report of the other (no chains:
    "54 pct", "just over 54 pct" and "56 pct" are not one value)."""
    seen: list[_Seen] = []
    for fact in facts:
        converted = _conversions(fact)
        year = article_year([c.article_date for c in fact.citations])
        for n, figure in enumerate(fact.figures):
            if figure.unit.startswith("ordinal ") or n in converted:
                continue  # an ordinal counts occasions
            written = figure.text
            if n + 1 in converted:
                start = fact.text.find(figure.text)
                other = fact.figures[n + 1].text
                end = fact.text.find(other, start) + len(other)
                end += fact.text.startswith(")", end)  # "$10m (£8m)": the bracket closed
                written = fact.text[start:end]
            same = canonical(figure)
            at = max(fact.text.find(figure.text), 0)
            end = at + len(figure.text)
            others = stops(fact, figure)
            told = period_of(fact.text, at, end, year, others), stance(fact.text, at, end, others)
            if figure.qualifier == "+":  # "an additional 5.1 mln dlrs": a difference, the
                told = told[0], "more"  # same value's line, never another level's
            seen.append(_Seen(unit_of(fact.text, same, synonyms), same,
                              context(fact.text, figure) | _companions(fact, figure), fact,
                              written, *told))  # fmt: skip
    groups: list[list[_Seen]] = []
    exact = [s for s in seen if s.figure.qualifier == "="]

    def strict(item: _Seen) -> bool:
        """Within an exact report's precision ("about 388" of "384"), not only loosely
        ("about 398"): such reports find their line first."""
        return any(e.key == item.key and agree(e.figure, item.figure) for e in exact)

    order = sorted(seen, key=lambda s: (s.figure.qualifier != "=", not strict(s),
                                        -len(s.fact.citations)))  # fmt: skip
    for item in order:
        # The group it fits best: one with its very value, then the most words in common.
        fits = [g for g in groups if all(_joins(item, other) for other in g)]
        home = max(fits, key=lambda g: (any(o.figure.value == item.figure.value for o in g),
                                        max(len(o.stems & item.stems) for o in g)),
                   default=None)  # fmt: skip
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    groups = _merged(groups)
    found = [_measure(members) for members in groups]
    found = [m for m in found if m.article_count > 1 or len(m.reports) > 1]
    return sorted(found, key=lambda m: -m.article_count)


def _merged(groups: list[list[_Seen]]) -> list[list[_Seen]]:
    """Groups of one unit told in the same words are one measure whose sources give
    different values ("damaged 40 km of the pipeline", "50 km of the main pipeline had been
    damaged"): one line with every value, most reported first. The words must be the same
    thing's — at least two in common, said around most reports of each (a price per share
    is not a total; "quota" alone is not "the quota Ecuador asked for")."""
    merged: list[list[_Seen]] = []
    signatures: list[frozenset[str]] = []
    for group in sorted(groups, key=lambda g: -len({a for s in g for a in s.fact.citations})):
        signature = _signature(group)
        home = next((n for n, other in enumerate(merged)
                     if other[0].key == group[0].key and not _one_sentence(other, group)
                     and _one_time(other, group)
                     and (_loosely_one(other, group) or (
                         len(signatures[n] & signature) >= 2 and _near(other + group)))),
                    None)  # fmt: skip
        if home is None:
            merged.append(list(group))
            signatures.append(signature)
        else:
            merged[home].extend(group)
            signatures[home] &= signature | _signature(merged[home])
    return merged


def _one_time(a: list[_Seen], b: list[_Seen]) -> bool:
    """Values told at one time, of one period and the same way: a target, a forecast and an
    outcome, or a figure of 1986/87 and one of 1987/88, are other measures."""
    return all(not apart(x.period, y.period) and x.stance == y.stance for x in a for y in b)


def _one_sentence(a: list[_Seen], b: list[_Seen]) -> bool:
    """A sentence giving a value in each: two things ("sales of 1.5 billion in 1986, against
    1.4 billion in 1985")."""
    facts = {id(x.fact) for x in a}
    return any(id(y.fact) in facts for y in b)


def _loosely_one(a: list[_Seen], b: list[_Seen]) -> bool:
    """Groups split only because exact values came first ("2.23 billion dlrs", "2.3 billion
    dlr"), joined by a report that "nearly"/"about" stretches over both, and told with at
    least two of the same words: one measure rounded two ways, not two measures."""
    if not any(_within(x.figure, y.figure) for x in a for y in b):
        return False
    words = frozenset().union(*(x.stems for x in a)) & frozenset().union(*(y.stems for y in b))
    return len(words - _UNIT_STEMS) >= 2


def _within(a: Figure, b: Figure) -> bool:
    """Agree loosely through a stretched value ("nearly 2.3" over "2.23"), or one exact value
    is a rounding of the other ("46 pct", "46.2 pct"); two exact values whose roundings only
    touch ("25 miles", "26 mile") are two."""
    if (a.qualifier, b.qualifier) != ("=", "="):
        return agree(a, b, loose=True)
    (la, ha), (lb, hb) = bounds(a), bounds(b)
    return la < b.value < ha or lb < a.value < hb


# Reports of one measure that disagree still differ by less than a third ("40 km" and "50 km",
# "100 mln" and "150 mln dlrs"); values many times apart are other quantities ("a first
# cargo of 300,000 barrels", "a loan of 12.5 mln barrels").
_SPREAD = 1.35


def _near(items: list[_Seen]) -> bool:
    values = [v for item in items for v in (item.figure.value, item.figure.high) if v > 0]
    return bool(values) and max(values) <= _SPREAD * min(values)


def _signature(group: list[_Seen]) -> frozenset[str]:
    """The words around most of a group's figures (all of them for one or two reports)."""
    counts = Counter(stem for item in group for stem in item.stems)
    need = max(1, (len(group) + 1) // 2)
    return frozenset(stem for stem, n in counts.items() if n >= need) - _UNIT_STEMS


def _measure(members: list[_Seen]) -> Measure:
    reports: dict[str, Report] = {}
    for item in members:
        key = " ".join(item.written.lower().split())
        report = reports.get(key)
        if report is None:
            report = reports[key] = Report(item.written, item.figure, item.fact.text, [])
        report.citations.extend(c for c in item.fact.citations if c not in report.citations)
    last = members[0].figure.text.split()[-1]
    counted = last.isalpha() and content_word(last) and members[0].figure.unit not in MEASURING
    noun = last if counted else ""
    label = measure_label([(m.fact.text, m.figure.text) for m in members], noun)
    if not label:
        words = Counter(w for item in members for w in dict.fromkeys(_words_before(item)))
        common = [w for w, n in words.most_common(3) if n > 1 or len(members) == 1]
        label = " ".join(common or _words_before(members[0])[-3:]) or members[0].unit
    ordered = sorted(reports.values(), key=lambda r: -len(r.articles))
    units = {m.unit for m in members}
    return Measure(label, members[0].unit if len(units) == 1 else members[0].key, ordered)


def _words_before(item: _Seen) -> list[str]:
    """Content words written around the figure (three before, three after), for the line's
    label: "pay rise", "stake", "offer"."""
    text = item.fact.text
    at = text.find(item.figure.text)
    if at < 0:
        return []
    before = re.findall(r"[A-Za-z][\w'-]{2,}", text[:at])[-3:]
    after = re.findall(r"[A-Za-z][\w'-]{2,}", text[at + len(item.figure.text) :])[:3]
    return [w.lower() for w in before + after if content_word(w)]


# Words of units and scales, which say nothing of what is measured.
_UNIT_WORDS = {"pct", "dlrs", "dlr", "mln", "bln", "million", "billion", "per", "cent",
               "percent", "dollars", "share", "shares"}  # fmt: skip

_UNIT_STEMS = frozenset(w[:6] for w in _UNIT_WORDS) | {"barrel", "day", "bpd", "km", "miles"}
