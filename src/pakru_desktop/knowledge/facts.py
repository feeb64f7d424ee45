"""Facts as the sheets show them: read from the library, with their citations."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field

from .figures import Figure

_STEM_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class Citation:
    article_id: str
    source_file: str
    paragraph: int
    quote: str
    title: str = ""
    source: str = ""
    article_date: str = ""
    key: int = 0  # the article's number in the library: "S2" wherever it is cited
    article_estimated: bool = False

    @property
    def place(self) -> tuple[str, int]:
        """Where it points: one line never cites the same paragraph twice."""
        return (self.article_id, self.paragraph)

    def to_json(self) -> dict:
        return {"article_id": self.article_id, "source_file": self.source_file,
                "paragraph": self.paragraph, "quote": self.quote}  # fmt: skip


@dataclass(frozen=True)
class DateRef:
    iso: str
    text: str
    precision: str
    inferred: bool


@dataclass
class StoredFact:
    """One sentence's fact, as stored."""

    fact_id: int
    text: str
    kind: str
    dates: list[DateRef]
    figures: list[Figure]
    entities: list[str]
    events: list[str]
    topics: list[str]
    citation: Citation
    article_estimated: bool = False
    mode: str = "happened"  # happened | planned | reported | commentary
    stems: frozenset[str] = field(default_factory=frozenset)
    referent: str = ""  # whom an opening pronoun speaks of


_COLUMNS = (
    "f.id, f.text, f.kind, f.dates, f.figures, f.entities, f.events, f.topics, f.paragraph,"
    " a.article_id, a.source_file, a.title, a.source, a.date, a.date_estimated, a.id"
)
_ORDER = " ORDER BY a.date, a.article_id, f.paragraph, f.id"


def topic_facts(conn: sqlite3.Connection, slug: str | None) -> list[StoredFact]:
    """A topic's facts (all facts when `slug` is None), oldest article first."""
    if slug is None:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM facts f JOIN articles a ON a.id = f.article" + _ORDER
        )
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM fact_topics t JOIN facts f ON f.id = t.fact"
            " JOIN articles a ON a.id = f.article WHERE t.topic = ?" + _ORDER,
            (slug,),
        )
    return [_stored(row) for row in rows]


def dated_facts(conn: sqlite3.Connection, slug: str | None) -> list[StoredFact]:
    """Facts with at least one date, for the timeline."""
    topic_filter = (
        "" if slug is None else " AND f.id IN (SELECT fact FROM fact_topics WHERE topic = ?)"
    )
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM facts f JOIN articles a ON a.id = f.article"
        " WHERE f.date IS NOT NULL" + topic_filter + _ORDER,
        () if slug is None else (slug,),
    )
    return [_stored(row) for row in rows]


def called_off_facts(conn: sqlite3.Connection) -> list[StoredFact]:
    """Every statement of the library calling a plan off (few: read whole for any sheet)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM facts f JOIN articles a ON a.id = f.article"
        " WHERE f.kind LIKE '% called off'" + _ORDER
    )
    return [_stored(row) for row in rows]


def _stored(row: tuple) -> StoredFact:
    (fact_id, text, kind, dates, figures, entities, events, topics, paragraph,
     article_id, source_file, title, source, article_date, estimated, key) = row  # fmt: skip
    kind, _, mode = kind.partition(" ")
    told = json.loads(events or "[]")
    told = told if isinstance(told, dict) else {"events": told}
    return StoredFact(
        fact_id=fact_id,
        text=text,
        kind=kind,
        mode=mode or "happened",
        dates=[DateRef(d[0], d[1], d[2], bool(d[3])) for d in json.loads(dates or "[]")],
        figures=[
            Figure(f[0], f[1], f[2], f[3], 0, 0, *f[4:5]) for f in json.loads(figures or "[]")
        ],
        entities=json.loads(entities or "[]"),
        events=told.get("events", []),
        referent=told.get("referent", ""),
        topics=(topics or "").split(),
        citation=Citation(
            article_id,
            source_file,
            paragraph,
            text,
            title,
            source,
            article_date,
            key,
            bool(estimated),
        ),
        article_estimated=bool(estimated),
        stems=content_stems(text),
    )


def content_stems(text: str) -> frozenset[str]:
    """The sentence's content words, cut to six letters: a crude stem that lets
    "participating"/"participation" and "companies"/"company" meet."""
    from .extract import CONTENT_STOPWORDS

    return frozenset(
        w[:6] for w in (m.lower() for m in _STEM_WORD.findall(text)) if w not in CONTENT_STOPWORDS
    )
