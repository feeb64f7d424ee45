"""Disagreements: reports of ONE measure whose values cannot both be true.

A false disagreement misleads a delegate more than a missed one, so every test here leans to
silence. Two reports are one measure only when they give the same quantity (the same unit,
per share or in total) of the same thing (the words around the figure agree, and no other
owner is named beside one of them), told the same way (a plan is never set against a
result, nor a target or a forecast against an outcome: `readings.stance`), of the same period
(fiscal 1986/87 is not 1987/88: `periods`), at the same time (the same day, or one value told throughout the days the other was
told: a value that moves from day to day is a change, not a dispute). Their values must
differ beyond what each states ("about", rounding, ranges) but stay near each other: figures
many times apart are other quantities, not two readings of one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .corroborate import Claim, Conflict, Fact
from .facts import content_stems
from .figures import Figure
from .measures import _UNIT_STEMS, _conversions, agree, canonical, unit_of
from .periods import apart, article_year, period_of, same_time, stops
from .readings import offered, opposed, stance, superseded, whole

# Two readings of one quantity differ by less than a third (2,445,000 and 2,455,000 shares;
# 90.25 and 92.25 dlrs; 4.1 and 5.4 mln shares): farther apart they are other quantities.
SPREAD = 1.35
MAX_CLAIMS = 3
SIMILAR = 0.1  # share of two sentences' content words: they speak of one thing
_BEFORE, _AFTER = 8, 3
# A clause ends at these: words beyond them speak of something else.
_CLAUSE_END = re.compile(r"[,;:()]|\b(?:and|but|while|or|after|against|compared|vs)\b", re.I)
_NAME = re.compile(r"\b[A-Z][A-Za-z'&.-]+")
_NUMBERISH = re.compile(r"^[\d.,/-]+$")
_POSSESSIVE = re.compile(r"(?<=\w)(?:'s|s'|')(?=\W|$)")


@dataclass
class _Told:
    """One report of a figure: what it measures, by whom, when, and how it is told."""

    fact: Fact
    figure: Figure
    unit: str
    words: frozenset[str]  # content words of its clause around the figure
    names: frozenset[str]  # proper names in that clause: whose it is
    mentions: frozenset[str]  # proper names anywhere in its sentence
    sentence: frozenset[str]  # the content words of its sentence
    opening: str  # the first content word of its clause: most often who has the figure
    days: frozenset[str]
    tense: str
    whole: bool = False  # the whole a part is counted against ("30 mln shares outstanding")
    period: dict[str, str] = field(default_factory=dict)  # "1987/88", "the first quarter"
    stance: str = ""  # told as a target or a forecast, or ("") as an outcome


@dataclass
class _Value:
    """Reports of one measure that agree: one claim of a disagreement."""

    items: list[_Told] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {c.article_id for t in self.items for c in t.fact.citations}

    @property
    def places(self) -> set[tuple[str, int]]:
        return {c.place for t in self.items for c in t.fact.citations}

    @property
    def days(self) -> set[str]:
        return {d for t in self.items for d in t.days}


def _window(text: str, figure: Figure) -> tuple[str, str]:
    """The figure's own clause: a few words before and after it, up to a clause boundary."""
    at = text.find(figure.text)
    if at < 0:
        return "", ""
    before = text[:at]
    cut = list(_CLAUSE_END.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    after = text[at + len(figure.text) :]
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    words_before = before.split()[-_BEFORE:]
    # The sentence's first word is capitalised as a sentence, not as a name, unless it owns
    # something ("Harbor's offer") or opens a name ("Harbor Holdings").
    if words_before and at - len(before) == 0 and before.split()[:1] == words_before[:1]:
        first, rest = words_before[0], words_before[1:]
        if not (first.endswith("'s") or (rest and rest[0][:1].isupper())):
            words_before = [first.lower()] + rest
    inner = re.sub(r"[\d.,]+", " ", figure.text)
    return " ".join(words_before + [inner]), " ".join(after.split()[:_AFTER])


def _told(fact: Fact, figure: Figure, synonyms: dict[str, str] | None) -> _Told:
    before, after = _window(fact.text, figure)
    clause = _POSSESSIVE.sub("", f"{before} {after}")
    # Five letters: "Dixons" and "Dixon's", "offer" and "offered" meet.
    words = frozenset(w[:5] for w in content_stems(clause) - _UNIT_STEMS
                      if not _NUMBERISH.match(w))  # fmt: skip
    names = _names(clause)
    days = {d.iso for d in fact.dates}  # the time it names ("in 2025", "on March 27")
    if not days:  # or else the day of its article
        days = {c.article_date[:10] for c in fact.citations if c.article_date}
    tense = "told" if fact.mode in ("happened", "reported") else fact.mode
    same = canonical(figure)
    mentions = frozenset(_name(n) for n in _NAME.findall(_POSSESSIVE.sub("", fact.text)))
    sentence = frozenset(w[:5] for w in content_stems(fact.text))
    opening = _subject(fact.text, figure)
    at = max(fact.text.find(figure.text), 0)
    end = at + len(figure.text)
    year = article_year([c.article_date for c in fact.citations])
    others = stops(fact, figure)
    return _Told(fact, same, unit_of(fact.text, same, synonyms), words, names, mentions,
                 sentence, opening, frozenset(days), tense, whole(fact.text, figure),
                 period_of(fact.text, at, end, year, others), stance(fact.text, at, end, others))  # fmt: skip


_SPEECH = re.compile(r"\b(?:said|says|say|told|that|reported)\b", re.I)


def _subject(text: str, figure: Figure) -> str:
    """The first content word of what is told ("A spokesman said the dockers had won 120
    pct" → "docke"), most often whose figure it is."""
    at = text.find(figure.text)
    head = text[: max(at, 0)]
    speech = list(_SPEECH.finditer(head))
    head = head[speech[-1].end() :] if speech else head
    return next((s[:5] for w in head.split() for s in content_stems(_POSSESSIVE.sub("", w))), "")


# Capitalised words that name a time, not whose figure it is ("Qatar's February output" and
# "OPEC output for the whole of February" share no owner).
_TIME_WORDS = frozenset("janua febru march april may june july augus septe octob novem decem "
                        "monda tuesd wedne thurs frida satur sunda the".split())  # fmt: skip


def _name(word: str) -> str:
    return word.rstrip(".").lower()[:5]


def _names(text: str) -> frozenset[str]:
    return frozenset(_name(n) for n in _NAME.findall(text)) - _TIME_WORDS


def _units_meet(a: str, b: str) -> bool:
    """One unit, or one told per share and the other without saying so ("90.25 dlrs")."""
    base_a, base_b = a.split(" per ")[0], b.split(" per ")[0]
    return a == b or (base_a == base_b and (a == base_a or b == base_b))


def _same_thing(a: _Told, others: list[_Told]) -> bool:
    """The same quantity of the same thing as these reports: one unit, two words around the
    figure in common (one, in a sentence about the same named event), and no owner named
    beside it that none of them names."""
    # One unit: a price per share is never set against an amount, though one report of a
    # price may leave "a share" unsaid (it joined its value by `_same_value`).
    if a.unit not in {b.unit for b in others} or any(a.tense != b.tense for b in others):
        return False
    mentioned = frozenset().union(*(b.mentions for b in others))
    if a.names and not a.names & mentioned:
        return False  # Dixons' offer is not Cyacq's: its owner is not in the others' news
    shared = len(a.words & frozenset().union(*(b.words for b in others)))
    events = set(a.fact.events) & {e for b in others for e in b.fact.events}
    return shared >= 2 or (shared >= 1 and bool(events))


def _same_value(a: _Told, b: _Told) -> bool:
    return _units_meet(a.unit, b.unit) and (a.tense, a.figure.value, a.figure.high) == \
        (b.tense, b.figure.value, b.figure.high)  # fmt: skip


def _near(a: _Value, b: _Value) -> bool:
    values = [v for t in a.items + b.items for v in (t.figure.value, t.figure.high) if v > 0]
    return bool(values) and max(values) <= SPREAD * min(values)


def _same_time(a: _Value, b: _Value) -> bool:
    return same_time(a.days, b.days)


# A value told as a possibility or a condition ("could reach", "would consider a 43 dlr
# offer", "if …"): no source claims it is so.
_POSSIBLE = re.compile(r"\b(?:could|might|may|would|if|unless)\b[^.;]*\Z")


def _values(facts: list[Fact], synonyms: dict[str, str] | None) -> list[_Value]:
    items = []
    for fact in facts:
        if fact.mode == "commentary":
            continue
        converted = _conversions(fact)
        for n, figure in enumerate(fact.figures):
            if figure.unit.startswith("ordinal ") or figure.qualifier == "+" or n in converted:
                continue  # an occasion's number, a difference, a figure restated
            at = fact.text.find(figure.text)
            if at > 0 and (_POSSIBLE.search(fact.text, max(0, at - 60), at)
                           or offered(fact.text, at)):  # fmt: skip
                continue  # "purchases could reach 75,000 tonnes": a possibility, no claim
            items.append(_told(fact, figure, synonyms))
    values: list[_Value] = []
    for item in sorted(items, key=lambda t: -len(t.fact.citations)):
        # The very value in the same unit, told the same way, is one claim however worded;
        # an agreeing value joins only reports of the same thing.
        home = next((v for v in values
                     if all(agree(item.figure, o.figure) for o in v.items)
                     and (_same_value(item, v.items[0])
                          or (item.days & v.days and _same_thing(item, v.items)))), None)  # fmt: skip
        if home is None:
            values.append(_Value([item]))
        else:
            home.items.append(item)
    return values


def _disagree(a: _Value, b: _Value) -> bool:
    if any(agree(x.figure, y.figure) for x in a.items for y in b.items):
        return False
    x, y = a.items[0].figure, b.items[0].figure
    if x.unit == y.unit == "%" and abs(x.value + y.value - 100) <= 2:
        return False  # a stake and the rest ("its 55 pct", "the 45 pct it does not own")
    if a.places & b.places:
        return False  # one paragraph giving both speaks of two things
    if any(t.whole for t in a.items) != any(t.whole for t in b.items):
        return False  # a whole and a part of it ("30 mln shares outstanding", "29.1 mln sought")
    if any(apart(x.period, y.period) or x.stance != y.stance for x in a.items for y in b.items):
        return False  # two periods (1986/87, 1987/88), or a target against an expectation
    if any(superseded(t.fact.text) for t in a.items + b.items):
        return False  # a value a source tells as its earlier word: revised, not disputed
    if any(opposed(x.fact.text, y.fact.text) for x in a.items for y in b.items):
        return False  # one thing in two states: the present pact and the new one
    if len(a.articles | b.articles) < 2:
        # A disagreement is two sources at odds: one article alone giving two values (billings
        # in one paragraph, the bookings forecast in another) speaks of two things.
        return False
    if not _near(a, b) or not _same_time(a, b):
        return False
    # Every report of the less reported value speaks of what the other's reports speak of,
    # in a sentence much like one of theirs (the bankworkers' pay rise is not the seamen's).
    few, many = sorted((a, b), key=lambda v: len(v.items))
    return all(_same_thing(item, many.items) and _same_subject(item, many.items)
               for item in few.items)  # fmt: skip


def _same_subject(item: _Told, others: list[_Told]) -> bool:
    """Whose figure it is, named in the other's sentence ("The bankworkers are striking for
    110 pct" is not "the dockers had won 120 pct"), or the same named event; and sentences
    alike enough to speak of one thing."""
    return any((item.opening in o.sentence or o.opening in item.sentence
                or _same_owners(item, o) or bool(set(item.fact.events) & set(o.fact.events)))
               and _overlap(item.sentence, o.sentence) >= SIMILAR for o in others)  # fmt: skip


def _same_owners(a: _Told, b: _Told) -> bool:
    """Both clauses name whose figure it is, and one names all the other does ("Dixons Group
    bought about 2,445,000 Cyclops Corp shares", "Dixons Group had acquired 2,455,000 Cyclops
    shares"): the same parties, when a pronoun or a date opens what is told ("it bought",
    "As of Friday")."""
    return bool(a.names and b.names) and (a.names <= b.names or b.names <= a.names)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / (len(a | b) or 1)


def conflicts(facts: list[Fact], synonyms: dict[str, str] | None = None) -> list[Conflict]:
    """One line per measure whose reports disagree (at the same time, values that cannot both
    be true), each claim once, most reported first. Ordinals never disagree: the ninth and
    the tenth session are two."""
    values = _values(facts, synonyms)
    parent = list(range(len(values)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if _disagree(values[i], values[j]):
                parent[root(j)] = root(i)
    lines: dict[int, list[_Value]] = defaultdict(list)
    for i in range(len(values)):
        lines[root(i)].append(values[i])
    found = []
    for members in lines.values():
        # Many values of "one" quantity are many quantities; so are values linked only through
        # a middle one (9.4 bln sought, 10.3 bln agreed, 13.2 bln with trade credits): every
        # two of a line's values must disagree.
        if 1 < len(members) <= MAX_CLAIMS and all(
                _disagree(a, b) for n, a in enumerate(members) for b in members[n + 1 :]):  # fmt: skip
            found.append(_line(members))
    return found


def _line(members: list[_Value]) -> Conflict:
    claims = []
    for value in sorted(members, key=lambda v: -len(v.articles)):
        first = value.items[0]
        citations = list(dict.fromkeys(c for t in value.items for c in t.fact.citations))
        claims.append(Claim(first.figure.text, first.fact.text, citations))
    items = [t for v in members for t in v.items]
    # The words most reports put around the figure name the measure ("bilateral trade").
    counts = Counter(w for t in items for w in t.words | t.names)
    shared = {w for w, n in counts.items() if n * 2 >= len(items) and n > 1}
    return Conflict(_label(items[0], shared), claims)


def _label(item: _Told, stems: set[str]) -> str:
    """The shared words as the first report writes them, in its order, and the unit:
    "Dixons offer (USD per share)", "bilateral trade (USD)"."""
    before, after = _window(_POSSESSIVE.sub("", item.fact.text), item.figure)
    written = [w.strip("'\".,<>()") for w in f"{before} {after}".split()]
    chosen = [w for w in written if _NAME.fullmatch(w) and _name(w) in stems
              or {s[:5] for s in content_stems(w)} & stems]  # fmt: skip
    kept = " ".join(dict.fromkeys(chosen))
    return f"{kept} ({item.unit})" if kept else item.unit
