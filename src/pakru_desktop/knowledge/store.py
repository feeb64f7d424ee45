"""Facts, topic links and entity mentions kept in the library file, updated with each import.

Extraction runs inside the import's transaction, so the fact sheets are current the moment
an import commits (and an interrupted import leaves no facts behind). When the topics or
entities files change, the next import or fact-sheet request finds every fact again.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator

from ..db.schema import TOKENIZE
from ..text.fold import index_text
from .config import KnowledgeConfig
from .dates import ArticleDate
from .extract import FactDraft, extract
from .topics import Topic

BATCH = 400  # articles per classification round: bounded memory at any library size
FINGERPRINT_KEY = "knowledge"

Progress = Callable[[int, int], None]


class TopicClassifier:
    """Places sentences in topics with the topics' own search expressions, run by FTS5 over
    an in-memory table of the batch's sentences: a fact is in a topic exactly when a search
    of that topic's keywords would find its sentence. The expressions are compiled against
    the library (its words table expands prefixes) just as the topic search compiles them:
    FTS5's own prefix query would let `narrative*` (stemmed `narr*`) match "narrowly"."""

    def __init__(self, config: KnowledgeConfig, library: sqlite3.Connection) -> None:
        from ..search.engine import SearchEngine

        self._db = sqlite3.connect(":memory:")
        self._db.execute(f"CREATE VIRTUAL TABLE s USING fts5(text, tokenize='{TOKENIZE}')")
        engine = SearchEngine(library, config.variants)
        self._expressions = [(t.slug, engine.topic_expression(t)) for t in config.topics]

    def classify(self, sentences: list[str]) -> list[list[str]]:
        self._db.execute("DELETE FROM s")
        # The sentences are indexed as the library indexes its articles (folded and stemmed
        # beyond ASCII), so the compiled expressions meet the same tokens there and here.
        self._db.executemany(
            "INSERT INTO s (rowid, text) VALUES (?, ?)",
            ((row, index_text(text) or text) for row, text in enumerate(sentences)),
        )
        found: list[list[str]] = [[] for _ in sentences]
        for slug, expression in self._expressions:
            for (row,) in self._db.execute("SELECT rowid FROM s WHERE s MATCH ?", (expression,)):
                found[row].append(slug)
        return found


class FactIndex:
    """The facts of one library connection, for one knowledge configuration."""

    def __init__(self, conn: sqlite3.Connection, config: KnowledgeConfig) -> None:
        self.conn = conn
        self.config = config
        self._classifier: TopicClassifier | None = None

    def is_current(self) -> bool:
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = ?", (FINGERPRINT_KEY,)
        ).fetchone()
        return row is not None and row[0] == self.config.fingerprint

    def index_new(self, after_id: int, progress: Progress | None = None) -> None:
        """Facts of the articles stored after `after_id` (call inside the import's
        transaction); everything again when the stored facts are out of date."""
        if self.is_current():
            self._index_articles(after_id, progress)
        else:
            self.rebuild(progress)

    def rebuild(self, progress: Progress | None = None) -> None:
        """Every fact again (call inside a transaction)."""
        for table in ("facts", "fact_topics", "mentions"):
            self.conn.execute(f"DELETE FROM {table}")
        self._index_articles(0, progress)
        self.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (FINGERPRINT_KEY, self.config.fingerprint),
        )

    def _index_articles(self, after_id: int, progress: Progress | None) -> None:
        total = self.conn.execute("SELECT count(*) FROM articles WHERE id > ?", (after_id,))
        total_count = total.fetchone()[0]
        next_fact = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM facts").fetchone()[0]
        done = 0
        for batch in self._batches(after_id):
            next_fact = self._store_batch(batch, next_fact)
            done += len(batch)
            if progress is not None:
                progress(done, total_count)

    def _batches(self, after_id: int) -> Iterator[list[tuple]]:
        last = after_id
        while True:
            rows = self.conn.execute(
                "SELECT id, date, date_estimated, body, kinds, title FROM articles WHERE id > ?"
                " ORDER BY id LIMIT ?",
                (last, BATCH),
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def _store_batch(self, rows: list[tuple], next_fact: int) -> int:
        from ..db.library import blocks_of

        matcher = self.config.matcher
        rules = self.config.statements
        drafts: list[tuple[int, FactDraft]] = []
        members: dict[int, set[str]] = {}  # article → the topics it is about
        mentions: list[tuple[str, str, int, int, int]] = []
        kinds = {e.name: e.kind for e in self.config.entities}
        subjects: dict[int, dict[str, re.Pattern[str]]] = {}  # article → topic → its subject
        for article, date, estimated, body, block_kinds, title in rows:
            knowledge = extract(
                blocks_of(body, block_kinds),
                ArticleDate(date or "", bool(estimated)),
                matcher,
                rules,
            )
            drafts.extend((article, fact) for fact in knowledge.facts)
            named = self.config.required_in(f"{title}\n{body}")
            members[article] = {t.slug for t in self.config.topics if t.holds(body, named)}
            subjects[article] = {
                t.slug: pattern for t in self.config.topics if t.slug in members[article]
                and (pattern := title_subject(title or "", t)) is not None
            }  # fmt: skip
            mentions.extend(
                (name, kinds.get(name, "place"), article, paragraph, count)
                for (name, paragraph), count in knowledge.mentions.items()
            )
            mentions.extend(
                (name, "candidate", article, paragraph, count)
                for (name, paragraph), count in knowledge.candidates.items()
            )
        if self._classifier is None:
            self._classifier = TopicClassifier(self.config, self.conn)
        topics = self._classifier.classify([fact.text for _, fact in drafts])
        fact_rows, topic_rows = [], []
        for offset, ((article, fact), slugs) in enumerate(zip(drafts, topics, strict=True)):
            fact_id = next_fact + offset
            # A sentence joins a topic only in an article about the topic: an article on
            # something else naming Russia, or the story's company in passing, adds nothing.
            slugs = [slug for slug in slugs if slug in members[article]]
            # In an article whose headline is the topic's, a sentence naming the headline's
            # subject ("Dixons now holds a total of 56 pct") is of the topic too.
            slugs += [slug for slug, pattern in subjects[article].items()
                      if slug not in slugs and pattern.search(fact.text)]  # fmt: skip
            fact_rows.append(_fact_row(fact_id, article, fact, slugs))
            topic_rows.extend((slug, fact_id) for slug in slugs)
        self.conn.executemany(
            "INSERT INTO facts (id, article, paragraph, text, kind, date, date_text, precision,"
            " inferred, dates, figures, entities, events, topics)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            fact_rows,
        )
        self.conn.executemany("INSERT INTO fact_topics (topic, fact) VALUES (?, ?)", topic_rows)
        self.conn.executemany(
            "INSERT INTO mentions (entity, kind, article, paragraph, count) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET count = count + excluded.count",
            mentions,
        )
        return next_fact + len(drafts)


_TITLE_NAME = re.compile(r"[A-Za-z][A-Za-z/&'-]{3,}")


def title_subject(title: str, topic: Topic) -> re.Pattern[str] | None:
    """The names of a headline that is the topic's (it holds one of the topic's keywords):
    its words that are part of the topic's keywords ("DIXONS HAS 56 PCT OF CYCLOPS" →
    Dixons, Cyclops), written with a capital in the text. None when the headline is not
    the topic's."""
    if not topic.pattern.search(title):
        return None
    keyword_words = {w.lower().strip('"*') for k in topic.keywords for w in k.split()}
    required = {r.lower() for r in topic.requires}
    names = {w.lower() for w in _TITLE_NAME.findall(title)} & keyword_words - required
    if not names:
        return None
    # Capitalised in the sentence: the name, not the common word ("cyclops" the myth).
    return re.compile(r"\b(?:" + "|".join(re.escape(n.capitalize()) for n in sorted(names))
                      + r")\b")  # fmt: skip


def _fact_row(fact_id: int, article: int, fact: FactDraft, topics: list[str]) -> tuple:
    date = fact.date
    return (
        # The kind column holds "kind mode" ("visit planned"): the statement's kind of
        # telling rides with its kind, so the schema stays as it is.
        fact_id, article, fact.paragraph, fact.text, f"{fact.kind} {fact.mode}",
        date.iso if date else None, date.text if date else None,
        date.precision if date else None, int(date.inferred) if date else 0,
        json.dumps([[d.iso, d.text, d.precision, d.inferred] for d in fact.dates]),
        json.dumps([[f.value, f.unit, f.qualifier, f.text, f.high] for f in fact.figures]),
        json.dumps(fact.entities, ensure_ascii=False),
        # A referent rides with the events (no column of its own: the schema stays).
        json.dumps({"events": fact.events, "referent": fact.referent} if fact.referent
                   else fact.events, ensure_ascii=False),
        " ".join(topics),
    )  # fmt: skip
