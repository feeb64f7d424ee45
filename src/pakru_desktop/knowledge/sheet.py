"""A topic's fact sheet, the timeline and the entity index: what `pakru factsheet`,
`pakru timeline`, `pakru entities` and the fact-sheet pane show."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from ..model import ArticleSummary
from .config import KnowledgeConfig
from .corroborate import Conflict, Fact, conflicts, group
from .facts import Citation, dated_facts, topic_facts
from .topics import Topic, topic_articles

AGREEMENT_KINDS = ("agreement", "project")
MEETING_KINDS = ("visit", "meeting")


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

    def to_json(self) -> dict:
        return {
            "date": self.date, "date_text": self.date_text, "precision": self.precision,
            "inferred": self.inferred, "estimated": self.estimated, "text": self.text,
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
    topic: Topic
    facts: list[Fact]
    conflicts: list[Conflict]
    timeline: list[TimelineEntry]
    people: list[EntityCount]
    organisations: list[EntityCount]
    articles: list[ArticleSummary]

    @property
    def key_figures(self) -> list[Fact]:
        return _ranked([f for f in self.facts if f.figures])

    @property
    def agreements(self) -> list[Fact]:
        return _ranked([f for f in self.facts if f.kind in AGREEMENT_KINDS])

    @property
    def meetings(self) -> list[Fact]:
        return _ranked([f for f in self.facts if f.kind in MEETING_KINDS and not f.figures])

    def to_json(self) -> dict:
        return {
            "slug": self.topic.slug, "title": self.topic.title,
            "summary": self.topic.introduction,
            "facts": [f.to_json() for f in self.facts],
            "conflicts": [c.to_json() for c in self.conflicts],
            "timeline": [t.to_json() for t in self.timeline],
            "people": [p.to_json() for p in self.people],
            "organisations": [o.to_json() for o in self.organisations],
            "articles": [
                {"article_id": a.article_id, "title": a.title, "source": a.source,
                 "source_file": a.source_file, "date": a.date,
                 "date_estimated": a.date_estimated}
                for a in self.articles
            ],
        }  # fmt: skip


def _ranked(facts: list[Fact]) -> list[Fact]:
    """Most corroborated first, then in the order found (oldest report first)."""
    return sorted(facts, key=lambda f: -f.article_count)


def timeline_of(facts: list[Fact]) -> list[TimelineEntry]:
    """One entry per date a fact names (a sentence naming 2005 and 2022 gives two)."""
    entries = [
        TimelineEntry(
            d.iso,
            d.text,
            d.precision,
            d.inferred,
            d.inferred and fact.estimated,
            fact.text,
            fact.topics,
            fact.citations,
        )  # fmt: skip
        for fact in facts
        for d in dict.fromkeys(fact.dates)
    ]
    return sorted(entries, key=lambda e: (e.date, e.citations[0].article_date))


def build_sheet(conn: sqlite3.Connection, config: KnowledgeConfig, topic: Topic,
                expression: str) -> FactSheet:  # fmt: skip
    """The sheet of a topic; `expression` is the topic's compiled search expression (its
    articles are the ones a topic search finds)."""
    facts = group(topic_facts(conn, topic.slug))
    dated = [f for f in facts if f.dates]
    named = facts_by_entity(facts, config)
    return FactSheet(
        topic=topic,
        facts=facts,
        conflicts=conflicts(facts),
        timeline=timeline_of(dated),
        people=[e for e in named if e.kind == "person"],
        organisations=[e for e in named if e.kind == "organisation"],
        articles=topic_articles(conn, expression),
    )


def corpus_timeline(conn: sqlite3.Connection, slug: str | None = None) -> list[TimelineEntry]:
    return timeline_of(group(dated_facts(conn, slug)))


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
            count.citations.extend(fact.citations)
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
        "SELECT a.article_id, a.source_file, m.paragraph, a.title, a.source, a.date, a.body"
        " FROM mentions m JOIN articles a ON a.id = m.article WHERE m.entity = ?"
        " ORDER BY a.date DESC, m.paragraph LIMIT ?",
        (name, limit),
    )
    citations = []
    for article_id, source_file, paragraph, title, source, date, body in rows:
        blocks = body.split("\n")
        text = blocks[paragraph - 1] if 0 < paragraph <= len(blocks) else ""
        quote = _sentence_naming(text, name, config)
        citations.append(Citation(article_id, source_file, paragraph, quote, title, source, date))
    return citations


def _sentence_naming(paragraph: str, name: str, config: KnowledgeConfig) -> str:
    """The paragraph's sentence that names the entity (in any of its spellings)."""
    from .sentences import sentence_spans

    at = next((s for entity, s, _ in config.matcher.find(paragraph) if entity.name == name), None)
    if at is None:
        return ""
    for start, end in sentence_spans(paragraph):
        if start <= at < end:
            return paragraph[start:end]
    return ""
