"""A topic's fact sheet, the timeline and the entity index: what `pakru factsheet`,
`pakru timeline`, `pakru entities` and the fact-sheet pane show."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from ..model import ArticleSummary
from .config import KnowledgeConfig
from .corroborate import Conflict, Fact, group, link_called_off
from .disagreements import conflicts
from .facts import Citation, DateRef, called_off_facts, dated_facts, topic_facts
from .measures import Measure, measures
from .people import people_named
from .topics import Topic, topic_articles

AGREEMENT_KINDS = ("agreement", "project")
MEETING_KINDS = ("visit", "meeting")
TIMELINE_MODES = ("happened", "planned")
# Where a statement is shown in full: each fact in exactly one section.
KEY_FIGURES, AGREEMENTS, MEETINGS, STATEMENTS, TIMELINE = (
    "Key figures", "Agreements and projects", "Meetings and visits", "Other statements",
    "Timeline")  # fmt: skip
SECTIONS = (KEY_FIGURES, AGREEMENTS, MEETINGS, STATEMENTS)
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s(?:and|while|but|which|whose|who)\s")


@dataclass
class TimelineEntry:
    date: str  # ISO: YYYY, YYYY-MM, YYYY-MM-DD (a decade as its first year)
    date_text: str
    precision: str  # day | month | year | decade
    inferred: bool
    estimated: bool
    text: str
    topics: list[str]
    citations: list[Citation]
    mode: str = "happened"  # happened | planned
    section: str = ""  # the sheet section holding the whole sentence ("": the timeline)

    @property
    def planned(self) -> bool:
        """Announced, scheduled or expected: drawn and labelled as planned."""
        return self.mode == "planned"

    def to_json(self) -> dict:
        return {
            "date": self.date, "date_text": self.date_text, "precision": self.precision,
            "inferred": self.inferred, "estimated": self.estimated, "text": self.text,
            "mode": self.mode, "planned": self.planned,
            "topics": self.topics, "citations": [c.to_json() for c in self.citations],
        }  # fmt: skip


@dataclass
class EntityCount:
    name: str
    kind: str
    role: str
    mentions: int
    articles: int
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "role": self.role,
                "mentions": self.mentions, "articles": self.articles,
                "citations": [c.to_json() for c in self.citations]}  # fmt: skip


@dataclass
class FactSheet:
    """A topic's sheet. `facts` are the statements shown (happened, planned, reported);
    `commentary` the ones left out unless asked for. Each fact is in one section
    (`section_of`); the timeline lists the dated ones as well, as dated lines."""

    topic: Topic
    facts: list[Fact]
    conflicts: list[Conflict]
    timeline: list[TimelineEntry]
    people: list[EntityCount]
    organisations: list[EntityCount]
    articles: list[ArticleSummary]
    commentary: list[Fact] = field(default_factory=list)
    sections: dict[int, str] = field(default_factory=dict)  # id(fact) → section
    keys: dict[str, int] = field(default_factory=dict)  # article id → its number ("S2")
    measures: list[Measure] = field(default_factory=list)  # one line per measure

    def section_of(self, fact: Fact) -> str:
        return self.sections.get(id(fact), STATEMENTS)

    def in_section(self, name: str) -> list[Fact]:
        return _ranked([f for f in self.facts if self.section_of(f) == name])

    @property
    def key_figures(self) -> list[Fact]:
        return self.in_section(KEY_FIGURES)

    @property
    def agreements(self) -> list[Fact]:
        return self.in_section(AGREEMENTS)

    @property
    def meetings(self) -> list[Fact]:
        return self.in_section(MEETINGS)

    @property
    def statements(self) -> list[Fact]:
        return self.in_section(STATEMENTS)

    @property
    def curator_note(self) -> str:
        """The topic file's own text (Markdown), shown apart from what the library says."""
        return self.topic.introduction

    def why_here(self) -> dict[str, str]:
        """Why each article is on this sheet, for a librarian: the names the topic requires
        and the keywords its statements here hold, and how many statements."""
        texts: dict[str, list[str]] = {}
        for fact in self.facts + self.commentary:
            for member in fact.members:
                texts.setdefault(member.citation.article_id, []).append(member.text)
        headlines = {a.article_id: a.title for a in self.articles}
        why = {}
        for article_id, told in texts.items():
            count = f"{len(told)} statement{'s' if len(told) != 1 else ''}"
            reason = self.topic.why(" ".join(told), headlines.get(article_id, ""))
            why[article_id] = f"{reason}; {count}"
        return why

    def to_json(self) -> dict:
        from .summary import introduction

        lines = introduction(self)
        why = self.why_here()
        return {
            "slug": self.topic.slug, "title": self.topic.title,
            "summary": " ".join(line.text for line in lines),
            "introduction": [line.to_json() for line in lines],
            "curator_note": self.curator_note,
            "facts": [dict(f.to_json(), section=self.section_of(f)) for f in self.facts],
            "commentary": [f.to_json() for f in self.commentary],
            "conflicts": [c.to_json() for c in self.conflicts],
            "measures": [m.to_json() for m in self.measures],
            "timeline": [t.to_json() for t in self.timeline],
            "people": [p.to_json() for p in self.people],
            "organisations": [o.to_json() for o in self.organisations],
            "articles": [
                {"article_id": a.article_id, "title": a.title, "source": a.source,
                 "source_file": a.source_file, "date": a.date,
                 "date_estimated": a.date_estimated, "why": why.get(a.article_id, "")}
                for a in self.articles
            ],
        }  # fmt: skip


def _ranked(facts: list[Fact]) -> list[Fact]:
    """Most corroborated first, then in the order found (oldest report first)."""
    return sorted(facts, key=lambda f: -f.article_count)


REPEATED = 3  # facts giving one figure before it is the story's background ("40,000 seamen")


def repeated_figures(facts: list[Fact]) -> dict[int, set]:
    """For each fact, the figures it repeats from a more reported fact: a figure told in
    `REPEATED` facts or more is a key figure once (in the most reported of them); the
    others are filed by what else they tell."""
    holders: dict[object, list[Fact]] = {}
    for fact in facts:
        for claim in {f.claim for f in fact.figures if not f.unit.startswith("ordinal ")}:
            holders.setdefault(claim, []).append(fact)
    repeats: dict[int, set] = {}
    for claim, told in holders.items():
        if len(told) >= REPEATED:
            for fact in _ranked(told)[1:]:
                repeats.setdefault(id(fact), set()).add(claim)
    return repeats


def section_for(fact: Fact, topic: Topic | None = None, repeats: set | None = None) -> str:
    """The one section a fact is shown in. A figure is a key figure of a topic only when
    the clause holding it speaks of the topic ("bilateral trade had reached US$1 billion"
    is no key figure of the Afghanistan sheet, though its sentence names Afghanistan), and
    is not a figure a more reported fact gives (`repeats`)."""
    counted = [f for f in fact.figures if not f.unit.startswith("ordinal ")
               and f.claim not in (repeats or ())]  # fmt: skip
    if counted and (topic is None or any(_clause_speaks_of(fact.text, f, topic) for f in counted)):
        return KEY_FIGURES
    if fact.kind in AGREEMENT_KINDS:
        return AGREEMENTS
    if fact.kind in MEETING_KINDS:
        return MEETINGS
    if fact.dates and fact.is_event:
        return TIMELINE
    return STATEMENTS


def _clause_speaks_of(text: str, figure: object, topic: Topic) -> bool:
    at = text.find(figure.text)  # type: ignore[attr-defined]
    if at < 0:
        return True
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    start = max(b for b in breaks if b <= at)
    end = min((b for b in breaks if b > at + len(figure.text)), default=len(text))  # type: ignore[attr-defined]
    return topic.pattern.search(text, start, end) is not None


def timeline_of(facts: list[Fact], sections: dict[int, str] | None = None) -> list[TimelineEntry]:
    """One entry per fact that happened or is planned, at the date of its act (`act_date`);
    reported claims and commentary are not events. With the sheet's `sections`, an entry
    says where its sentence is written in full ("": on this entry)."""
    entries = []
    for fact in facts:
        if not fact.is_event or not fact.dates:
            continue
        home = "" if sections is None else sections.get(id(fact), STATEMENTS)
        d = act_date(fact)
        entries.append(TimelineEntry(
            d.iso, d.text, d.precision, d.inferred, d.inferred and fact.estimated,
            fact.text, fact.topics, fact.citations, fact.mode, home.replace(TIMELINE, ""),
        ))  # fmt: skip
    return sorted(entries, key=lambda e: (e.date, e.citations[0].article_date))


_PRECISION = ("day", "month", "year", "decade")


def act_date(fact: Fact) -> DateRef:
    """The date of what the sentence tells, among the dates it names: what happened is told
    on or before its article's day, a plan after it ("said on March 6 it extended the
    offer, which expires March 20" happened on March 6); the most precise such date, the
    first written of those."""
    told = fact.citations[0].article_date[:10] if fact.citations else ""

    def fits(d: DateRef) -> bool:
        if not told:
            return True
        return d.iso[: len(told)] >= told[: len(d.iso)] if fact.planned else \
            d.iso[: len(told)] <= told  # fmt: skip

    pool = [d for d in fact.dates if fits(d)] or fact.dates
    return min(pool, key=lambda d: _PRECISION.index(d.precision) if d.precision in _PRECISION
               else len(_PRECISION))  # fmt: skip


def build_sheet(conn: sqlite3.Connection, config: KnowledgeConfig, topic: Topic,
                expression: str) -> FactSheet:  # fmt: skip
    """The sheet of a topic; `expression` is the topic's compiled search expression (its
    articles are the ones a topic search finds)."""
    grouped = group(topic_facts(conn, topic.slug))
    facts = [f for f in grouped if f.mode != "commentary"]
    link_called_off(facts, group(called_off_facts(conn)))
    background = repeated_figures(facts)
    sections = {id(f): section_for(f, topic, background.get(id(f), set())) for f in facts}
    named = facts_by_entity(facts, config)
    # The articles the sheet draws on: the topic's search finds them and they gave it facts.
    told = {c.article_id for f in grouped for c in f.citations}
    articles = [a for a in topic_articles(conn, expression) if a.article_id in told]
    return FactSheet(
        topic=topic,
        facts=facts,
        conflicts=conflicts(facts, config.statements.synonyms),
        timeline=timeline_of([f for f in facts if f.dates], sections),
        people=[e for e in named if e.kind == "person"] + offices_named(grouped, config),
        organisations=[e for e in named if e.kind == "organisation"],
        articles=articles,
        commentary=[f for f in grouped if f.mode == "commentary"],
        sections=sections,
        keys=article_keys(conn, [a.article_id for a in articles]),
        measures=measures(facts, config.statements.synonyms),
    )


def article_keys(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, int]:
    """Each article's number in the library (its row): S2 is the same article everywhere."""
    keys: dict[str, int] = {}
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        keys.update(conn.execute(
            f"SELECT article_id, id FROM articles WHERE article_id IN ({marks})", chunk
        ).fetchall())  # fmt: skip
    return keys


def corpus_timeline(conn: sqlite3.Connection, slug: str | None = None) -> list[TimelineEntry]:
    facts = group(dated_facts(conn, slug))
    link_called_off(facts, group(called_off_facts(conn)))
    return timeline_of(facts)


def offices_named(facts: list[Fact], config: KnowledgeConfig) -> list[EntityCount]:
    """The people the facts name with their office whom no entity file knows."""
    known = {e.name for e in config.entities}
    # A known person's surname in another spelling of the first name ("Alexey Overchuk" for
    # "Alexei Overchuk") is that person: the entity file's own line says who.
    surnames = {e.name.split()[-1] for e in config.entities if e.kind == "person" and e.name}
    return [EntityCount(p.name, "person", p.office, p.facts, p.articles, p.citations)
            for p in people_named(facts, known)
            if p.name.split()[-1] not in surnames and not config.matcher.names(p.name)]  # fmt: skip


def facts_by_entity(facts: list[Fact], config: KnowledgeConfig) -> list[EntityCount]:
    """The entities a sheet's facts name: how many facts and articles, and where."""
    known = {e.name: e for e in config.entities}
    counts: dict[str, EntityCount] = {}
    for fact in facts:
        for name in fact.entities:
            entity = known.get(name)
            if entity is None:
                continue
            count = counts.setdefault(name, EntityCount(name, entity.kind, entity.role, 0, 0))
            count.mentions += 1
            # Only the reports that name it: a merged fact's other sentences may not.
            count.citations.extend(m.citation for m in fact.members if name in m.entities)
    for count in counts.values():
        count.articles = len({c.article_id for c in count.citations})
        count.citations = list(dict.fromkeys(count.citations))
    return sorted(counts.values(), key=lambda e: (-e.mentions, -e.articles, e.name))


def entity_index(conn: sqlite3.Connection, config: KnowledgeConfig,
                 *, citations: int = 3) -> list[EntityCount]:  # fmt: skip
    """Entities with their mention counts, most mentioned first, each with a few citations.

    Mentions are counted in every paragraph of the library; candidates (capitalised names
    no entry knows) come with kind "candidate"."""
    known = {e.name: e for e in config.entities}
    rows = conn.execute(
        "SELECT m.entity, m.kind, sum(m.count), count(DISTINCT m.article) FROM mentions m"
        " GROUP BY m.entity ORDER BY sum(m.count) DESC, m.entity"
    ).fetchall()
    result = []
    for name, kind, mentions, articles in rows:
        entity = known.get(name)
        kind = entity.kind if entity is not None else (kind or "candidate")
        role = entity.role if entity is not None else ""
        result.append(EntityCount(name, kind, role, mentions, articles,
                                  _mention_citations(conn, config, name, citations)))  # fmt: skip
    return result


def _mention_citations(conn: sqlite3.Connection, config: KnowledgeConfig, name: str,
                       limit: int) -> list[Citation]:  # fmt: skip
    rows = conn.execute(
        "SELECT a.article_id, a.source_file, m.paragraph, a.title, a.source, a.date, a.body,"
        " a.id, a.date_estimated"
        " FROM mentions m JOIN articles a ON a.id = m.article WHERE m.entity = ?"
        " ORDER BY a.date DESC, m.paragraph LIMIT ?",
        (name, limit),
    )
    citations = []
    for article_id, source_file, paragraph, title, source, date, body, key, estimated in rows:
        blocks = body.split("\n")
        text = blocks[paragraph - 1] if 0 < paragraph <= len(blocks) else ""
        quote = _sentence_naming(text, name, config)
        citations.append(Citation(article_id, source_file, paragraph, quote, title, source, date,
                                  key, bool(estimated)))  # fmt: skip
    return citations


def _sentence_naming(paragraph: str, name: str, config: KnowledgeConfig) -> str:
    """The paragraph's sentence that names the entity (in any of its spellings)."""
    from ..text.sentences import sentence_spans

    at = next((s for entity, s, _ in config.matcher.find(paragraph) if entity.name == name), None)
    if at is None:
        return ""
    for start, end in sentence_spans(paragraph):
        if start <= at < end:
            return paragraph[start:end]
    return ""
