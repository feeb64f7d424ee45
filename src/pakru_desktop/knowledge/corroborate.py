"""Agreement and disagreement across articles.

Agreement: sentences from several articles telling the same fact (the same figures and dates,
about the same thing) become one fact with all their citations. Disagreement: reports of one
measure at one time whose values cannot both be true (`disagreements`); figures that differ
are never merged, and when in doubt no disagreement is shown (a false one misleads).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .facts import Citation, DateRef, StoredFact
from .referents import shown
from .speakers import denial

# Entities in more than this share of the facts (Pakistan, Russia) say nothing about which
# event a sentence is about.
UBIQUITOUS_SHARE = 0.25
SAME_VALUES_SIMILARITY = 0.12  # same figures and dates: little else needs to match
NO_VALUES_SIMILARITY = 0.18  # same named event, no figures: the wording must overlap more
MAX_CANDIDATES = 40  # clusters compared per fact: bounded work on a huge library


@dataclass
class Fact:
    """One fact, told by one or more sentences (its citations)."""

    text: str
    kind: str
    dates: list[DateRef]
    figures: list
    entities: list[str]
    events: list[str]
    topics: list[str]
    citations: list[Citation]
    estimated: bool = False  # an inferred date resting on an estimated article date
    members: list[StoredFact] = field(default_factory=list, repr=False)
    mode: str = "happened"  # happened | planned | called off | reported | commentary
    called_off: list[Citation] = field(default_factory=list)  # reports that call it off
    referent: str = ""  # whom an opening pronoun speaks of ("It" → "the bank")

    @property
    def planned(self) -> bool:
        return self.mode == "planned"

    @property
    def is_event(self) -> bool:
        """On the timeline: it happened, or is planned and nothing reports it called off."""
        return self.mode == "happened" or (self.planned and not self.called_off)

    @property
    def date(self) -> DateRef | None:
        return self.dates[0] if self.dates else None

    @property
    def article_count(self) -> int:
        return len({c.article_id for c in self.citations})

    def to_json(self) -> dict:
        date = self.date
        return {
            "text": self.text, "kind": self.kind, "mode": self.mode,
            "referent": self.referent, "shown": shown(self.text, self.referent),
            "called_off": [c.to_json() for c in self.called_off],
            "date": date.iso if date else None,
            "dates": [d.iso for d in self.dates],
            "date_text": date.text if date else None,
            "precision": date.precision if date else None,
            "inferred": date.inferred if date else False,
            "figures": [f.text for f in self.figures],
            "entities": self.entities, "topics": self.topics,
            "citations": [c.to_json() for c in self.citations],
        }  # fmt: skip


@dataclass
class Claim:
    value: str
    text: str
    citations: list[Citation]

    def to_json(self) -> dict:
        return {"value": self.value, "text": self.text,
                "citations": [c.to_json() for c in self.citations]}  # fmt: skip


@dataclass
class Conflict:
    about: str
    claims: list[Claim]

    @property
    def summary(self) -> str:
        """ "around 90 vs more than 100" """
        return " vs ".join(c.value for c in self.claims)

    def to_json(self) -> dict:
        return {"about": self.about, "summary": self.summary,
                "claims": [c.to_json() for c in self.claims]}  # fmt: skip


def _values(fact: StoredFact) -> frozenset:
    return frozenset([("fig", *f.claim) for f in fact.figures]
                     + [("date", d.iso) for d in fact.dates])  # fmt: skip


def _tense(fact: StoredFact) -> str:
    return fact.mode if fact.mode in ("planned", "called off", "commentary") else "told"


def _similarity(a: StoredFact, b: StoredFact) -> float:
    if not a.stems or not b.stems:
        return 0.0
    return len(a.stems & b.stems) / len(a.stems | b.stems)


class _Grouper:
    def __init__(self, facts: list[StoredFact]) -> None:
        counts = Counter(name for f in facts for name in set(f.entities))
        limit = max(2, UBIQUITOUS_SHARE * len(facts))
        self.ubiquitous = {name for name, n in counts.items() if n > limit}
        # A denial never corroborates the report it denies (nor a report a denial).
        self.denials = {id(f) for f in facts if denial(f.text)}

    def rare(self, fact: StoredFact) -> set[str]:
        return set(fact.entities) - self.ubiquitous

    def same_subject(self, a: StoredFact, b: StoredFact) -> bool:
        return bool(set(a.events) & set(b.events) or self.rare(a) & self.rare(b))

    def same_fact(self, a: StoredFact, b: StoredFact) -> bool:
        if _tense(a) != _tense(b):
            return False  # a visit announced and a visit made are two statements; an
            # opinion about an agreement is not the agreement
        if self.denials and (id(a) in self.denials) != (id(b) in self.denials):
            return False
        values = _values(a)
        if values != _values(b):
            return False
        if values:
            return self.same_subject(a, b) and _similarity(a, b) >= SAME_VALUES_SIMILARITY
        # Without figures or dates, one article's sentences about the same event say different
        # things about it; only another article can corroborate one.
        return (a.citation.article_id != b.citation.article_id
                and bool(set(a.events) & set(b.events))
                and _similarity(a, b) >= NO_VALUES_SIMILARITY)  # fmt: skip


def group(facts: list[StoredFact]) -> list[Fact]:
    """Merge the sentences that tell the same fact; the earliest report gives the wording."""
    grouper = _Grouper(facts)
    clusters: list[list[StoredFact]] = []
    by_values: dict[frozenset, list[int]] = defaultdict(list)
    by_event: dict[str, list[int]] = defaultdict(list)
    seen_text: dict[str, int] = {}
    for fact in facts:
        exact = seen_text.get(fact.text)
        if exact is not None:  # the same sentence again (syndicated copies)
            clusters[exact].append(fact)
            continue
        values = _values(fact)
        pool = by_values[values] if values else [i for e in fact.events for i in by_event[e]]
        home = next(
            (i for i in list(dict.fromkeys(pool))[-MAX_CANDIDATES:]
             if grouper.same_fact(clusters[i][0], fact)),
            None,
        )  # fmt: skip
        if home is None:
            home = len(clusters)
            clusters.append([])
            if values:
                by_values[values].append(home)
            for event in fact.events:
                by_event[event].append(home)
        clusters[home].append(fact)
        seen_text.setdefault(fact.text, home)
    return [_merged(members) for members in clusters]


def _merged(members: list[StoredFact]) -> Fact:
    first = members[0]
    citations = list(dict.fromkeys(m.citation for m in members))
    topics = list(dict.fromkeys(t for m in members for t in m.topics))
    entities = list(dict.fromkeys(e for m in members for e in m.entities))
    estimated = any(d.inferred for d in first.dates) and first.article_estimated
    # The strongest telling stands for the fact: what happened over what is reported.
    mode = min((m.mode for m in members), key=_MODE_RANK.index)
    return Fact(first.text, first.kind, first.dates, first.figures, entities, first.events,
                topics, citations, estimated, members, mode, referent=first.referent)  # fmt: skip


_MODE_RANK = ("happened", "planned", "called off", "reported", "commentary")


def link_called_off(facts: list[Fact], offs: list[Fact] | None = None) -> None:
    """Mark each plan that a report calls off (`offs`: the library's reports, by default the
    ones among `facts`): the same day, or the same named event or rare entity, told by an
    article no older than the plan's."""
    plans = [f for f in facts if f.planned]
    offs = [f for f in (facts if offs is None else offs) if f.mode == "called off"]
    if not plans or not offs:
        return
    grouper = _Grouper([m for f in facts + offs for m in f.members])
    for off in offs:
        days = {d.iso for d in off.dates if d.precision == "day"}
        for plan in plans:
            if plan.citations[0].article_date > off.citations[0].article_date:
                continue
            a, b = plan.members[0], off.members[0]
            if days & {d.iso for d in plan.dates} or grouper.same_subject(a, b):
                plan.called_off.extend(c for c in off.citations if c not in plan.called_off)
