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
from ..model import Topic
from ..text.fold import index_text
from .config import KnowledgeConfig
from .dates import ArticleDate
from .extract import ArticleKnowledge, FactDraft, extract

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
        # article → (topics it is about, headline subjects): found as its facts are stored,
        # used when they are placed in topics (at once, or after the import's words are in)
        self._membership: dict[int, tuple[set[str], dict[str, re.Pattern[str]]]] = {}
        # Topics that require no entity: a story's own topic, holding whole articles.
        self._stories = {t.slug for t in config.topics if not t.requires}

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
        self.mark_current()

    def refind_unplaced(self) -> None:
        """Every fact of the articles stored now found again, their topics left for
        classify_from (an import does this when the topics or entities changed, before it
        adds the facts of its own articles)."""
        for table in ("facts", "fact_topics", "mentions"):
            self.conn.execute(f"DELETE FROM {table}")
        self._index_articles(0, None, classify=False)

    def mark_current(self) -> None:
        """The facts are now those of this configuration."""
        self.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (FINGERPRINT_KEY, self.config.fingerprint),
        )

    def _index_articles(self, after_id: int, progress: Progress | None,
                        classify: bool = True) -> None:  # fmt: skip
        total = self.conn.execute("SELECT count(*) FROM articles WHERE id > ?", (after_id,))
        total_count = total.fetchone()[0]
        next_fact = self.next_fact_id()
        done = 0
        for batch in self._batches(after_id):
            next_fact = self._store_batch(batch, next_fact, classify)
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

    def _store_batch(self, rows: list[tuple], next_fact: int, classify: bool = True) -> int:
        from ..model import blocks_of

        found = [
            (article, extract(blocks_of(body, block_kinds),
                              ArticleDate(date or "", bool(estimated)),
                              self.config.matcher, self.config.statements),
             title or "", body)
            for article, date, estimated, body, block_kinds, title in rows
        ]  # fmt: skip
        if not classify:
            return self.store_found(found, next_fact)
        topics = self._classify([fact.text for _, knowledge, _, _ in found
                                 for fact in knowledge.facts])  # fmt: skip
        return self.store_found(found, next_fact, topics)

    def _classify(self, sentences: list[str]) -> list[list[str]]:
        if self._classifier is None:
            self._classifier = TopicClassifier(self.config, self.conn)
        return self._classifier.classify(sentences)

    def next_fact_id(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM facts").fetchone()[0]

    def store_found(self, found: list[tuple[int, ArticleKnowledge, str, str]], next_fact: int,
                    topics: list[list[str]] | None = None) -> int:  # fmt: skip
        """Store the facts and mentions found in articles (library id, what was found, title,
        body text), the facts numbered from `next_fact`; without `topics` the facts wait for
        classify_from. Returns the next free fact id."""
        kinds = {e.name: e.kind for e in self.config.entities}
        for article, _, title, body in found:
            self._membership[article] = self._topics_of(title, body)
        drafts = [(article, fact) for article, knowledge, _, _ in found
                  for fact in knowledge.facts]  # fmt: skip
        mentions = [
            (name, kinds.get(name, "place"), article, paragraph, count)
            for article, knowledge, _, _ in found
            for (name, paragraph), count in knowledge.mentions.items()
        ] + [
            (name, "candidate", article, paragraph, count)
            for article, knowledge, _, _ in found
            for (name, paragraph), count in knowledge.candidates.items()
        ]  # fmt: skip
        slugs_of = topics if topics is not None else [[] for _ in drafts]
        fact_rows, topic_rows = [], []
        for offset, ((article, fact), slugs) in enumerate(zip(drafts, slugs_of, strict=True)):
            fact_id = next_fact + offset
            if topics is not None:  # else classify_from places them, once
                slugs = self._placed(article, fact.text, slugs)
            fact_rows.append(_fact_row(fact_id, article, fact, slugs))
            topic_rows.extend((slug, fact_id) for slug in slugs)
        self.conn.executemany(
            "INSERT INTO facts (id, article, paragraph, text, kind, date, date_text, precision,"
            " inferred, dates, figures, entities, events, topics)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            fact_rows,
        )
        self._store_topics(topic_rows)
        self.conn.executemany(
            "INSERT INTO mentions (entity, kind, article, paragraph, count) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET count = count + excluded.count",
            mentions,
        )
        return next_fact + len(drafts)

    def _topics_of(self, title: str, body: str) -> tuple[set[str], dict[str, re.Pattern[str]]]:
        """The topics an article is about, and for those whose headline it is, the headline's
        subject (a sentence naming it is of the topic even without a keyword)."""
        named = self.config.required_in(f"{title}\n{body}")
        members = {t.slug for t in self.config.topics if t.holds(body, named, title)}
        subjects = {
            t.slug: pattern for t in self.config.topics
            if t.slug in members and (pattern := title_subject(title, t)) is not None
        }  # fmt: skip
        return members, subjects

    def _placed(self, article: int, text: str, slugs: list[str]) -> list[str]:
        """The topics a sentence is placed in: a sentence joins a topic only in an article
        about the topic (an article on something else naming Russia, or the story's company
        in passing, adds nothing); in an article whose headline is the topic's, a sentence
        naming the headline's subject ("Dixons now holds a total of 56 pct") joins it too."""
        if article not in self._membership:
            row = self.conn.execute(
                "SELECT title, body FROM articles WHERE id = ?", (article,)
            ).fetchone()
            self._membership[article] = self._topics_of(row[0] or "", row[1] or "")
        members, subjects = self._membership[article]
        slugs = [slug for slug in slugs if slug in members]
        # A story topic (one that requires no entity) holds every statement of an article
        # about the story: a wire report's sentences tell of it without naming it again
        # ("The strikers have rejected offers of a 100 pct raise").
        slugs += [slug for slug in members if slug in self._stories and slug not in slugs]
        return slugs + [slug for slug, pattern in subjects.items()
                        if slug not in slugs and pattern.search(text)]  # fmt: skip

    def _store_topics(self, topic_rows: list[tuple[str, int]]) -> None:
        self.conn.executemany("INSERT INTO fact_topics (topic, fact) VALUES (?, ?)", topic_rows)

    def classify_from(self, first_fact: int) -> None:
        """Place the facts numbered from `first_fact` in their topics. Called once the
        import's words are in the word table: the topic expressions are compiled against it,
        so classifying earlier could miss a prefix's new word."""
        last = first_fact - 1
        while rows := self.conn.execute(
            "SELECT id, article, text FROM facts WHERE id > ? ORDER BY id LIMIT ?",
            (last, BATCH * 20),
        ).fetchall():
            found = self._classify([text for _, _, text in rows])
            placed = [(fact, self._placed(article, text, slugs))
                      for (fact, article, text), slugs in zip(rows, found, strict=True)]  # fmt: skip
            self.conn.executemany(
                "UPDATE facts SET topics = ? WHERE id = ?",
                [(" ".join(slugs), fact) for fact, slugs in placed if slugs],
            )
            self._store_topics([(slug, fact) for fact, slugs in placed for slug in slugs])
            last = rows[-1][0]


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


# One encoder for every row: json.dumps with an option builds a new encoder on each call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


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
        _ENCODE(fact.entities),
        # A referent rides with the events (no column of its own: the schema stays).
        _ENCODE({"events": fact.events, "referent": fact.referent} if fact.referent
                else fact.events),
        " ".join(topics),
    )  # fmt: skip
