"""The SQLite library: open (with migrations), import in one transaction, read, verify.

The article readers (ingest/) are imported where files are read, not at start-up: opening
and searching a library does not need them (~25 ms of the app's cold start)."""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Article, ArticleSummary, Block, ImportOutcome, ImportReport
from .paths import CATALOG_NAME, resources_dir
from .schema import LibraryError, migrate
from .textfold import index_text, surface_words

if TYPE_CHECKING:
    from .knowledge.config import KnowledgeConfig
    from .knowledge.store import FactIndex

_KIND_LETTER = {"paragraph": "p", "heading": "h", "item": "i"}
_LETTER_KIND = {v: k for k, v in _KIND_LETTER.items()}

ProgressCallback = Callable[[int, int, str], None]


class ImportCancelled(Exception):
    """The user cancelled an import; the library was left as it was before."""


class WordCounter:
    """Counts each article's words on a second thread while SQLite indexes the previous one:
    sqlite3 releases the GIL while it works, so the two overlap on a 2-core machine."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="pakru-words", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (text := self._queue.get()) is not None:
            self.counts.update(surface_words(text))

    def add(self, text: str) -> None:
        self._queue.put(text)

    def finish(self) -> Counter[str]:
        self._queue.put(None)
        self._thread.join()
        return self.counts


class Library:
    """One library file. Pass it to whoever needs it; there is no global instance."""

    def __init__(
        self, path: Path, *, read_only: bool = False, knowledge: KnowledgeConfig | None = None
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._knowledge = knowledge
        self.conn = self._connect()

    @property
    def knowledge(self) -> KnowledgeConfig:
        """Topics and entities facts are found with: the bundled ones unless given."""
        if self._knowledge is None:
            from .knowledge.config import KnowledgeConfig

            self._knowledge = KnowledgeConfig.load(resources_dir())
        return self._knowledge

    def facts(self) -> FactIndex:
        from .knowledge.store import FactIndex

        return FactIndex(self.conn, self.knowledge)

    def ensure_facts(self, progress: Callable[[int, int], None] | None = None) -> bool:
        """Find the facts again if the topics or entities changed since they were found;
        True when they are current (a read-only library cannot be brought up to date)."""
        index = self.facts()
        if index.is_current():
            return True
        if self.read_only:
            return False
        with self.transaction():
            index.rebuild(progress)
        return True

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.read_only:
                uri = f"file:{self.path}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 5000")
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
            conn.execute("SELECT count(*) FROM articles").fetchone()
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"cannot open library {self.path}: {error}") from None
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: the library is as before or fully updated."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,))
        return row.fetchone() is not None

    def _insert(self, article: Article, origin: str, words: WordCounter) -> None:
        headings = "\n".join(article.headings)
        body = "\n".join(block.text for block in article.blocks)
        kinds = "".join(_KIND_LETTER[block.kind] for block in article.blocks)
        self.conn.execute(
            "INSERT INTO articles (article_id, title, source, author, date, date_precision,"
            " date_estimated, section, truncated, source_file, content_hash, origin,"
            " imported_at, notes, headings, body, kinds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.article_id, article.title, article.source, article.author,
                article.date, article.date_precision, int(article.date_estimated),
                article.section, int(article.truncated), article.source_file,
                article.content_hash, origin, datetime.now(UTC).isoformat(timespec="seconds"),
                json.dumps(article.notes), headings, body, kinds,
            ),
        )  # fmt: skip
        words.add(f"{article.title}\n{body}")

    def _last_id(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]

    def _index_new(self, after_id: int) -> None:
        """Add the rows inserted by this transaction to the search index, in one statement;
        the text of those with words beyond ASCII is folded first (textfold.index_text)."""
        folded = []
        for rowid, *texts in self.conn.execute(
            "SELECT id, title, headings, body FROM articles WHERE id > ?", (after_id,)
        ):
            indexed = [index_text(text or "") for text in texts]
            if any(text is not None for text in indexed):
                folded.append((rowid, *indexed))
        self.conn.executemany(
            "INSERT INTO articles_folded (id, title, headings, body) VALUES (?, ?, ?, ?)", folded
        )
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, headings, body)"
            " SELECT id, title, headings, body FROM articles_indexed WHERE id > ?",
            (after_id,),
        )

    def _add_word_counts(self, words: Counter[str]) -> None:
        self.conn.executemany(
            "INSERT INTO words (word, df) VALUES (?, ?)"
            " ON CONFLICT(word) DO UPDATE SET df = df + excluded.df",
            words.items(),
        )

    def add_articles(self, articles: Iterable[Article], origin: str = "user") -> int:
        """Store already-read articles in one transaction; duplicates are ignored. Returns the
        number added."""
        added = 0
        words = WordCounter()
        try:
            with self.transaction():
                last_id = self._last_id()
                for article in articles:
                    if self.has_article(article.article_id):
                        continue  # also a duplicate within this batch: it was inserted above
                    self._insert(article, origin, words)
                    added += 1
                self._index_new(last_id)
                self._add_word_counts(words.finish())
                if added:
                    self.facts().index_new(last_id)
        finally:
            words.finish()
        return added

    def import_paths(
        self,
        paths: Iterable[Path],
        *,
        origin: str = "user",
        progress: ProgressCallback | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files and folders (recursively) in one transaction.

        Each file gets an outcome; a bad file never stops the batch. Cancelling rolls back.
        """
        files = list(expand_paths(paths))
        report = ImportReport()
        words = WordCounter()
        catalogs: dict[Path, dict[str, dict]] = {}
        try:
            self._import_files(files, origin, report, words, catalogs, progress, should_cancel)
        finally:
            words.finish()
        if progress is not None:
            progress(len(files), len(files), "")
        return report

    def _import_files(self, files: list[Path], origin: str, report: ImportReport,
                      words: WordCounter, catalogs: dict[Path, dict[str, dict]],
                      progress: ProgressCallback | None,
                      should_cancel: Callable[[], bool] | None) -> None:  # fmt: skip
        with self.transaction():
            last_id = self._last_id()
            for done, path in enumerate(files):
                if should_cancel is not None and should_cancel():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, len(files), str(path))
                outcome = self._import_one(path, origin, words, catalogs)
                report.add(outcome)
                if outcome.status == "imported" and origin == "seed":
                    self.conn.execute(
                        "INSERT OR REPLACE INTO seed_files (name, article_id) VALUES (?, ?)",
                        (path.name, outcome.article_id),
                    )
            self._index_new(last_id)
            self._add_word_counts(words.finish())
            if report.imported:
                self.facts().index_new(last_id)

    def _import_one(self, path: Path, origin: str, words: WordCounter,
                    catalogs: dict[Path, dict[str, dict]]) -> ImportOutcome:  # fmt: skip
        from .ingest import SUPPORTED_SUFFIXES, IngestError, load_catalog, read_file

        shown = str(path)
        if not path.exists():
            return ImportOutcome(shown, "failed", reason="no such file or folder")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            kind = path.suffix or "no extension"
            return ImportOutcome(shown, "skipped", reason=f"unsupported format ({kind})")
        try:
            folder = path.parent
            if folder not in catalogs:
                catalogs[folder] = load_catalog(folder)
            article = read_file(path, catalogs[folder].get(path.name))
        except IngestError as error:
            status = "skipped" if str(error) == "empty file" else "failed"
            return ImportOutcome(shown, status, reason=str(error))
        except (RecursionError, MemoryError, ValueError) as error:  # hostile input
            return ImportOutcome(shown, "failed", reason=f"cannot parse: {type(error).__name__}")
        existing = self.conn.execute(
            "SELECT title FROM articles WHERE article_id = ?", (article.article_id,)
        ).fetchone()
        if existing:
            return ImportOutcome(
                shown, "skipped", article.article_id, article.title,
                reason=f"duplicate of an article already in the library: {existing[0]!r}",
            )  # fmt: skip
        self._insert(article, origin, words)
        return ImportOutcome(shown, "imported", article.article_id, article.title)

    def sync_seeds(self, seeds: Path) -> ImportReport | None:
        """Add bundled seeds that this library has not seen; None when nothing is new.

        Only file names are compared, so unchanged seeds are never read again, and the user's
        own imports are never touched.
        """
        if not seeds.is_dir():
            return None
        known = {row[0] for row in self.conn.execute("SELECT name FROM seed_files")}
        new = [p for p in expand_paths([seeds]) if p.name not in known]
        if not new or self.read_only:
            return None
        return self.import_paths(new, origin="seed")

    def optimize(self) -> None:
        """Merge FTS segments after a bulk load (a few % faster queries)."""
        self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def summaries(self) -> list[ArticleSummary]:
        rows = self.conn.execute(
            "SELECT article_id, title, source, source_file, date, date_precision,"
            " date_estimated, length(kinds) FROM articles ORDER BY date DESC, title"
        )
        return [ArticleSummary(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in rows]

    def sources(self) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            "SELECT source, count(*) FROM articles GROUP BY source ORDER BY count(*) DESC, source"
        )
        return [(r[0], r[1]) for r in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT article_id, title, source, author, date, date_precision, date_estimated,"
            " section, truncated, source_file, content_hash, notes, body, kinds"
            " FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return Article(
            article_id=row[0], title=row[1], source=row[2], author=row[3], date=row[4],
            date_precision=row[5], date_estimated=bool(row[6]), section=row[7],
            truncated=bool(row[8]), source_file=row[9], content_hash=row[10],
            notes=json.loads(row[11] or "[]"), blocks=blocks_of(row[12], row[13]),
        )  # fmt: skip

    def resolve_id(self, prefix: str) -> str | None:
        """A full article id from an id or an unambiguous prefix of one (as the CLI accepts)."""
        rows = self.conn.execute(
            "SELECT article_id FROM articles WHERE article_id >= ? AND article_id < ? LIMIT 2",
            (prefix, prefix + "\uffff"),
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    # -- checking --------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems found, in words; an empty list means the library is sound."""
        from .ingest.cleanup import content_hash

        problems: list[str] = []
        try:
            result = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.extend(f"database: {line}" for line in result[:20])
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"search index: {error}")
        try:
            rows = self.conn.execute(
                "SELECT article_id, title, content_hash, body, kinds FROM articles"
            )
            for article_id, title, stored, body, kinds in rows:
                if content_hash(title, blocks_of(body, kinds)) != stored:
                    problems.append(
                        f"article {article_id} ({title!r}): text does not match its hash"
                    )
        except sqlite3.DatabaseError as error:
            problems.append(f"articles: {error}")
        return problems


def blocks_of(body: str, kinds: str) -> list[Block]:
    texts = body.split("\n") if body else []
    return [
        Block(number=i + 1, kind=_LETTER_KIND.get(letter, "paragraph"), text=text)  # type: ignore[arg-type]
        for i, (letter, text) in enumerate(zip(kinds, texts, strict=False))
    ]


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import: the files given, and every file under the folders given (sorted),
    leaving out hidden files and catalogs."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name != CATALOG_NAME and not _hidden(child, path):
                    yield child
        else:
            yield path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
