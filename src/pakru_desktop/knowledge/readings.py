"""How a figure is read beyond its unit: the whole a part is counted against, one thing told
in two states (the present pact and the new one), a value a source tells as superseded, a
value offered only under a condition. The words are data a librarian extends
(resources/measures.toml); with the file missing, no figure is read so.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from ..paths import resources_dir
from .figures import Figure, singular
from .word_lists import phrase_pattern, strings

_FEW_WORDS = r"(?:\W+\w+){0,6}?\W+"  # `...` in a phrase: a few words between


def _pattern(phrases: list[str], *, tail: str = "") -> re.Pattern[str] | None:
    """The phrases as one pattern, word-bounded (`...`: a few words between)."""
    parts = [_FEW_WORDS.join(phrase_pattern(p) for p in phrase.split("...") if p.strip())
             for phrase in phrases]  # fmt: skip
    parts = [p for p in parts if p]
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b" + tail, re.I)


@dataclass(frozen=True)
class Readings:
    whole_after: re.Pattern[str] | None
    whole_before: re.Pattern[str] | None
    opposed: tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]
    superseded: re.Pattern[str] | None
    ready: re.Pattern[str] | None
    stances: tuple[tuple[str, re.Pattern[str] | None], ...] = ()

    @classmethod
    def from_data(cls, data: dict) -> Readings:
        whole = data.get("whole", {})
        whole = whole if isinstance(whole, dict) else {}
        pairs = []
        for entry in data.get("opposed", []) if isinstance(data.get("opposed"), list) else []:
            if isinstance(entry, list) and len(entry) == 2:
                pairs.append((_pattern(strings(entry[0])), _pattern(strings(entry[1]))))
        stance = data.get("stance", {})
        stance = stance if isinstance(stance, dict) else {}
        return cls(
            _pattern(strings(whole.get("after"))),
            # The phrase ends at most three words before the figure ("pct of the company's").
            _pattern(strings(whole.get("before")), tail=r"(?:\W+[\w'’]+){0,3}\W*\Z"),
            tuple(pairs),
            _pattern(strings(data.get("superseded"))),
            _pattern(strings(data.get("ready")), tail=r"[^.;]*\Z"),
            tuple(
                (str(name), _pattern(strings(words))) for name, words in stance.items()
            ),  # fmt: skip
        )


@cache
def readings() -> Readings:
    path = resources_dir() / "measures.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        data = {}
    return Readings.from_data(data)


def whole(text: str, figure: Figure) -> bool:
    """Is the figure the whole a part is counted against ("13.6 pct of the company's 30 mln
    shares outstanding", "a total of 57 miners")?"""
    rules = readings()
    at = text.find(figure.text)
    if at < 0:
        return False
    end = at + len(figure.text)
    gap = len(text) - end - len(text[end:].lstrip())
    if rules.whole_after is not None and (
        rules.whole_after.search(figure.text) or rules.whole_after.match(text, end + gap)
    ):
        return True
    head = text[max(0, at - 60) : at]
    return rules.whole_before is not None and rules.whole_before.search(head) is not None


def _sides(text: str) -> frozenset[tuple[int, int]]:
    """(pair, side) of every opposed pair whose one side only the text says."""
    found = set()
    for n, (first, second) in enumerate(readings().opposed):
        one = first is not None and first.search(text) is not None
        two = second is not None and second.search(text) is not None
        if one != two:
            found.add((n, 0 if one else 1))
    return frozenset(found)


def opposed(a: str, b: str) -> bool:
    """Do two sentences tell one thing in two states ("the present pact" and "the new pact";
    "enter into force provisionally" and "definitively")?"""
    sides_a, sides_b = _sides(a), _sides(b)
    return any((n, 1 - side) in sides_b for n, side in sides_a)


def superseded(text: str) -> bool:
    """Does the sentence tell its value as an earlier word since revised ("Earlier, the
    company had said 44 miners were trapped")?"""
    pattern = readings().superseded
    return pattern is not None and pattern.search(text) is not None


def offered(text: str, at: int) -> bool:
    """Is the value at `at` offered only under a condition ("is prepared to raise its bid
    to 33 dlrs")?"""
    pattern = readings().ready
    return pattern is not None and pattern.search(text, max(0, at - 80), at) is not None


# How far from the figure a stance word still speaks of it: its clause, most often ("Most
# market expectations called for the Chancellor to announce a PSBR of about 5.5 billion").
_STANCE_BEFORE, _STANCE_AFTER = 90, 25


_CLAUSE_TURN = re.compile(r"[,;:()]|\b(?:and|but|above|below|over|under|against|than|from|to)\b")


def stance(text: str, at: int, end: int, stops: tuple[int, ...] = ()) -> str:
    """How a value is told: as a target, a forecast or expectation, or ("") as an outcome.
    A target, a forecast and an outcome are three measures, never a disagreement. The
    nearest stance word before the figure in its sentence decides (then one just after it:
    "a 4.0 billion stg target"); `stops` are where figures of other units stand: a stance
    word before one of them speaks of it ("an expected five months as a result of damage to
    25 miles": the months are expected, the miles are not)."""
    head = max([max(0, at - _STANCE_BEFORE)] + [s for s in stops if s < at])
    tail = min([end + _STANCE_AFTER] + [s for s in stops if s >= end])
    cut = _CLAUSE_TURN.search(text, end, tail)  # "16 mln bpd, above its ceiling": not after
    tail = cut.start() if cut else tail
    best: tuple[int, str] | None = None
    for name, pattern in readings().stances:
        if pattern is None:
            continue
        for m in pattern.finditer(text, head, at):
            if best is None or at - m.end() < best[0]:
                best = (at - m.end(), name)
        after = pattern.search(text, end, tail)
        if after is not None and (best is None or after.start() - end < best[0]):
            best = (after.start() - end, name)
    return best[1] if best else ""


_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()  # fmt: skip
_COUNTED = re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS) + r"|\d[\d,]*)\s+([a-z]{3,})\b", re.I)


def others(text: str, at: int) -> str:
    """What "N others" counts: the thing the sentence counted before it ("killed one miner
    and trapped 44 others" → "miner"), or "" when nothing was counted before."""
    nouns = [m.group(1).lower() for m in _COUNTED.finditer(text, 0, at)]
    nouns = [n for n in nouns if n not in ("others", "other", "mln", "million", "pct")]
    return singular(nouns[-1]) if nouns else ""
