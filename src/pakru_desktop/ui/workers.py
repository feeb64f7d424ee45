"""Everything slow runs here, off the UI thread: searches, loading lists, imports.

Two threads, each with its own library connection. Searches run on their own thread with a
read-only connection that nothing else uses: typing interrupts (sqlite3 `interrupt()`) only
the search it made stale, never an import or a list being loaded, which run in order on the
background thread with a connection of their own. Searches carry an increasing request id: a
request older than the newest is skipped, so stale results never reach the screen (as
calibre's FTS search does with its query id and abort flag). The background thread also
notices when another program (`pakru import`) changed the library, and reloads the lists.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from ..db.safe_db import explain
from ..db.schema import LibraryError
from ..knowledge.library import Library
from ..knowledge.topics import Topic, find_topic
from ..model import SearchResult
from ..pipeline.importing import ImportCancelled, import_paths
from ..search.engine import SearchEngine
from ..search.variants import Variants
from . import i18n
from .sidebar import article_rows


def _source_filter(source: str) -> str | None:
    """The engine's source filter for a pane's key: None for all, "" for the unknown one."""
    if not source:
        return None
    return "" if source == i18n.UNKNOWN_SOURCE_KEY else source


class _Worker(QObject):
    """A thread's own library connection and search engine, opened on first use."""

    _library: Library | None = None
    _engine: SearchEngine | None = None

    @Slot()
    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
            self._engine = None


class _Searcher(_Worker):
    """Searches only, on their own thread and read-only connection."""

    searchDone = Signal(int, object)  # request id, SearchResult

    def __init__(self, library_path: Path, variants: Variants, topics: list[Topic]) -> None:
        super().__init__()
        self.library_path = library_path
        self.variants = variants
        self.topics = topics
        self.latest = 0
        self._lock = threading.Lock()
        self._running = False

    def interrupt(self) -> None:
        """Stop the search now running, if one is (called from the UI thread)."""
        with self._lock:
            if self._running and self._engine is not None:
                self._engine.interrupt()

    @Slot(int, str, str, str, object)
    def search(self, request_id: int, text: str, source: str, topic: str, order: dict) -> None:
        if request_id < self.latest:
            return  # the user has typed on; nobody wants this answer
        try:
            if self._engine is None:
                self._library = Library(self.library_path, read_only=True)
                self._engine = SearchEngine(self._library.conn, self.variants)
            with self._lock:
                self._running = True
            chosen = find_topic(self.topics, topic) if topic else None
            result = self._engine.search(
                text, source=_source_filter(source), topic=chosen, live=True, **order
            )
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                return  # a newer request arrived
            notice = i18n.arg(self.tr("The search failed: %1"), explain(error))
            result = SearchResult(text, 0, [], notice=notice)
        except (sqlite3.DatabaseError, LibraryError) as error:
            reason = explain(error) if isinstance(error, sqlite3.Error) else str(error)
            notice = i18n.arg(self.tr("The library cannot be searched: %1"), reason)
            result = SearchResult(text, 0, [], notice=notice)
        finally:
            with self._lock:
                self._running = False
        if request_id >= self.latest:
            self.searchDone.emit(request_id, result)


class _Backend(_Worker):
    # sidebar rows of the articles, list[(source, count)], list[(slug, title, article count)]
    summariesLoaded = Signal(object, object, object)
    loadFailed = Signal(str)  # the library cannot be read: one line, for the rebuild dialog
    topicLoaded = Signal(str, object, str)  # slug, FactSheet, its HTML
    timelineLoaded = Signal(str, object, str)  # topic slug or "", list[TimelineEntry], HTML
    importProgress = Signal(int, int, str)
    importCommitting = Signal()  # from here on the import is saved; cancelling is too late
    importDone = Signal(object, str)  # ImportReport or None when cancelled, error text

    def __init__(self, library_path: Path, variants: Variants, topics: list[Topic]) -> None:
        super().__init__()
        self.library_path = library_path
        self.variants = variants
        self.topics = topics
        self.cancel_import = threading.Event()
        self._data_version: int | None = None

    def _open(self) -> tuple[Library, SearchEngine]:
        if self._library is None or self._engine is None:
            self._library = Library(self.library_path)
            self._engine = SearchEngine(self._library.conn, self.variants)
        return self._library, self._engine

    @Slot()
    def load_summaries(self) -> None:
        try:
            library, engine = self._open()
            counts = []
            for topic in self.topics:
                expression = engine.topic_expression(topic)
                count = library.conn.execute(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expression,)
                ).fetchone()[0]
                counts.append((topic.slug, topic.title, count))
            summaries = library.summaries()
            sources = library.sources()
            self._data_version = _data_version(library)
        except (sqlite3.DatabaseError, LibraryError) as error:
            self._failed(error)
            return
        self.summariesLoaded.emit(article_rows(summaries), sources, counts)

    def _failed(self, error: Exception) -> None:
        self.loadFailed.emit(explain(error) if isinstance(error, sqlite3.Error) else str(error))

    @Slot()
    def poll(self) -> None:
        """Reload the lists when another program (the CLI) committed to the library."""
        if self._library is None or self._data_version is None:
            return
        try:
            changed = _data_version(self._library) != self._data_version
        except sqlite3.Error:
            return
        if changed:
            self.load_summaries()

    @Slot(str)
    def load_topic(self, slug: str) -> None:
        from ..knowledge.sheet import build_sheet
        from ..render.sheet import markdown_to_html, sheet_markdown

        topic = find_topic(self.topics, slug)
        if topic is None:
            return
        try:
            library, engine = self._open()
            library.ensure_facts()
            expression = engine.topic_expression(topic)
            sheet = build_sheet(library.conn, library.knowledge, topic, expression)
        except (sqlite3.DatabaseError, LibraryError) as error:
            self._failed(error)
            return
        page = sheet_markdown(sheet, language=i18n.language())
        self.topicLoaded.emit(slug, sheet, markdown_to_html(page))

    @Slot(str)
    def load_timeline(self, slug: str) -> None:
        from ..knowledge.sheet import corpus_timeline
        from ..render.sheet import markdown_to_html, timeline_markdown

        try:
            library, _ = self._open()
            library.ensure_facts()
            entries = corpus_timeline(library.conn, slug or None)
        except (sqlite3.DatabaseError, LibraryError) as error:
            self._failed(error)
            return
        topic = find_topic(self.topics, slug) if slug else None
        title = (i18n.arg(self.tr("Timeline: %1"), topic.title) if topic
                 else self.tr("Timeline of the library"))  # fmt: skip
        page = timeline_markdown(entries, title, language=i18n.language())
        self.timelineLoaded.emit(slug, entries, markdown_to_html(page))

    @Slot(object)
    def import_paths(self, paths: list[Path]) -> None:
        try:
            library, _ = self._open()
            report = import_paths(
                library,
                paths,
                progress=lambda done, total, path: self.importProgress.emit(done, total, path),
                should_cancel=self.cancel_import.is_set,
                on_commit=self.importCommitting.emit,
            )
        except ImportCancelled:
            self.importDone.emit(None, "")
            return
        except LibraryError as error:  # ImportFailed: its true reason, already in words
            self.importDone.emit(None, str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, library rolled back
            self.importDone.emit(None, f"{type(error).__name__}: {error}")
            return
        self._data_version = _data_version(library)
        self.importDone.emit(report, "")


def _data_version(library: Library) -> int:
    return library.conn.execute("PRAGMA data_version").fetchone()[0]


class BackgroundWork(QObject):
    """The UI's handle on the background and search threads."""

    POLL_MS = 2000  # how often the library is checked for another program's imports

    searchDone = Signal(int, object)
    summariesLoaded = Signal(object, object, object)
    loadFailed = Signal(str)
    topicLoaded = Signal(str, object, str)
    timelineLoaded = Signal(str, object, str)
    importProgress = Signal(int, int, str)
    importCommitting = Signal()
    importDone = Signal(object, str)
    _search = Signal(int, str, str, str, object)
    _load = Signal()
    _poll = Signal()
    _load_topic = Signal(str)
    _load_timeline = Signal(str)
    _import = Signal(object)
    _close = Signal()
    _close_search = Signal()

    def __init__(self, library_path: Path, variants: Variants, topics: list[Topic]) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("pakru-background")
        self._search_thread = QThread()
        self._search_thread.setObjectName("pakru-search")
        self._backend = _Backend(library_path, variants, topics)
        self._backend.moveToThread(self._thread)
        self._searcher = _Searcher(library_path, variants, topics)
        self._searcher.moveToThread(self._search_thread)
        self._search.connect(self._searcher.search)
        self._close_search.connect(self._searcher.close)
        self._searcher.searchDone.connect(self._deliver)
        self._load.connect(self._backend.load_summaries)
        self._poll.connect(self._backend.poll)
        self._load_topic.connect(self._backend.load_topic)
        self._backend.topicLoaded.connect(self.topicLoaded)
        self._load_timeline.connect(self._backend.load_timeline)
        self._backend.timelineLoaded.connect(self.timelineLoaded)
        self._import.connect(self._backend.import_paths)
        self._close.connect(self._backend.close)
        self._backend.summariesLoaded.connect(self.summariesLoaded)
        self._backend.loadFailed.connect(self.loadFailed)
        self._backend.importProgress.connect(self.importProgress)
        self._backend.importCommitting.connect(self.importCommitting)
        self._backend.importDone.connect(self.importDone)
        self._next_id = 0
        self._thread.start()
        self._search_thread.start()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self.POLL_MS)
        self._poll_timer.timeout.connect(self._poll.emit)
        self._poll_timer.start()

    def search(self, text: str, source: str = "", topic: str = "",
               order: dict | None = None) -> int:  # fmt: skip
        """`order`: SearchEngine.search's sort, date_from and date_to, as the user chose."""
        self._next_id += 1
        self._searcher.latest = self._next_id
        self._searcher.interrupt()  # only ever a search: no other work uses its connection
        self._search.emit(self._next_id, text, source, topic, dict(order or {}))
        return self._next_id

    def _deliver(self, request_id: int, result: object) -> None:
        if request_id == self._next_id:
            self.searchDone.emit(request_id, result)

    def load_summaries(self) -> None:
        self._load.emit()

    def load_topic(self, slug: str) -> None:
        self._load_topic.emit(slug)

    def load_timeline(self, slug: str = "") -> None:
        self._load_timeline.emit(slug)

    def import_paths(self, paths: list[Path]) -> None:
        # Cleared here, not in the thread: a cancel that comes before the job starts counts.
        self._backend.cancel_import.clear()
        self._import.emit(list(paths))

    def cancel_import(self) -> None:
        self._backend.cancel_import.set()

    def reopen(self) -> None:
        """Both threads drop their connections and open the library file again on their next
        job (after Rebuild the Library replaced the file)."""
        self._close.emit()
        self._close_search.emit()

    def close_connections(self) -> None:
        """Both threads close their connections now (each waits for its thread's current job;
        a search is interrupted first); they open the file again on their next job."""
        self._searcher.interrupt()
        for worker in (self._backend, self._searcher):
            QMetaObject.invokeMethod(worker, "close", Qt.ConnectionType.BlockingQueuedConnection)

    def shutdown(self) -> None:
        self._poll_timer.stop()
        self._backend.cancel_import.set()
        self._searcher.interrupt()
        self._close.emit()
        self._close_search.emit()
        for thread in (self._thread, self._search_thread):
            thread.quit()
            thread.wait(5000)
