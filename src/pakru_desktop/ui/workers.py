"""Everything slow runs here, off the UI thread: searches, loading lists, imports.

One background thread owns its own library connection and runs jobs in order. Searches carry
an increasing request id: a request older than the newest is skipped, and a running one is
interrupted (sqlite3 `interrupt()`), so stale results never reach the screen (as calibre's FTS
search does with its query id and abort flag).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..knowledge.topics import Topic, find_topic
from ..library import ImportCancelled, Library
from ..model import SearchResult
from ..search import SearchEngine
from ..variants import Variants
from . import i18n
from .sidebar import article_rows


class _Backend(QObject):
    searchDone = Signal(int, object)  # request id, SearchResult
    # sidebar rows of the articles, list[(source, count)], list[(slug, title, article count)]
    summariesLoaded = Signal(object, object, object)
    topicLoaded = Signal(str, object, str)  # slug, FactSheet, its HTML
    timelineLoaded = Signal(str, object, str)  # topic slug or "", list[TimelineEntry], HTML
    importProgress = Signal(int, int, str)
    importDone = Signal(object, str)  # ImportReport or None when cancelled, error text

    def __init__(self, library_path: Path, variants: Variants, topics: list[Topic]) -> None:
        super().__init__()
        self.library_path = library_path
        self.variants = variants
        self.topics = topics
        self.latest = 0
        self.cancel_import = threading.Event()
        self._library: Library | None = None
        self._engine: SearchEngine | None = None

    def _open(self) -> tuple[Library, SearchEngine]:
        if self._library is None or self._engine is None:
            self._library = Library(self.library_path)
            self._engine = SearchEngine(self._library.conn, self.variants)
        return self._library, self._engine

    @Slot(int, str, str, str)
    def search(self, request_id: int, text: str, source: str, topic: str) -> None:
        if request_id < self.latest:
            return  # the user has typed on; nobody wants this answer
        _, engine = self._open()
        try:
            chosen = find_topic(self.topics, topic) if topic else None
            result = engine.search(text, source=source or None, topic=chosen, live=True)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                return  # a newer request arrived
            notice = i18n.arg(self.tr("The search failed: %1"), error)
            result = SearchResult(text, 0, [], notice=notice)
        except sqlite3.DatabaseError as error:
            notice = i18n.arg(self.tr("The library cannot be searched: %1"), error)
            result = SearchResult(text, 0, [], notice=notice)
        if request_id >= self.latest:
            self.searchDone.emit(request_id, result)

    @Slot()
    def load_summaries(self) -> None:
        library, engine = self._open()
        counts = []
        for topic in self.topics:
            expression = engine.topic_expression(topic)
            count = library.conn.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expression,)
            ).fetchone()[0]
            counts.append((topic.slug, topic.title, count))
        summaries = library.summaries()
        self.summariesLoaded.emit(article_rows(summaries), library.sources(), counts)

    @Slot(str)
    def load_topic(self, slug: str) -> None:
        from ..knowledge.sheet import build_sheet
        from ..sheet_render import markdown_to_html, sheet_markdown

        library, engine = self._open()
        topic = find_topic(self.topics, slug)
        if topic is None:
            return
        library.ensure_facts()
        sheet = build_sheet(library.conn, library.knowledge, topic, engine.topic_expression(topic))
        self.topicLoaded.emit(slug, sheet, markdown_to_html(sheet_markdown(sheet)))

    @Slot(str)
    def load_timeline(self, slug: str) -> None:
        from ..knowledge.sheet import corpus_timeline
        from ..sheet_render import markdown_to_html, timeline_markdown

        library, _ = self._open()
        library.ensure_facts()
        entries = corpus_timeline(library.conn, slug or None)
        topic = find_topic(self.topics, slug) if slug else None
        title = (i18n.arg(self.tr("Timeline: %1"), topic.title) if topic
                 else self.tr("Timeline of the library"))  # fmt: skip
        self.timelineLoaded.emit(slug, entries, markdown_to_html(timeline_markdown(entries, title)))

    @Slot(object)
    def import_paths(self, paths: list[Path]) -> None:
        library, _ = self._open()
        try:
            report = library.import_paths(
                paths,
                progress=lambda done, total, path: self.importProgress.emit(done, total, path),
                should_cancel=self.cancel_import.is_set,
            )
        except ImportCancelled:
            self.importDone.emit(None, "")
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, library rolled back
            self.importDone.emit(None, f"{type(error).__name__}: {error}")
            return
        self.importDone.emit(report, "")

    @Slot()
    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class BackgroundWork(QObject):
    """The UI's handle on the background thread."""

    searchDone = Signal(int, object)
    summariesLoaded = Signal(object, object, object)
    topicLoaded = Signal(str, object, str)
    timelineLoaded = Signal(str, object, str)
    importProgress = Signal(int, int, str)
    importDone = Signal(object, str)
    _search = Signal(int, str, str, str)
    _load = Signal()
    _load_topic = Signal(str)
    _load_timeline = Signal(str)
    _import = Signal(object)
    _close = Signal()

    def __init__(self, library_path: Path, variants: Variants, topics: list[Topic]) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("pakru-background")
        self._backend = _Backend(library_path, variants, topics)
        self._backend.moveToThread(self._thread)
        self._search.connect(self._backend.search)
        self._load.connect(self._backend.load_summaries)
        self._load_topic.connect(self._backend.load_topic)
        self._backend.topicLoaded.connect(self.topicLoaded)
        self._load_timeline.connect(self._backend.load_timeline)
        self._backend.timelineLoaded.connect(self.timelineLoaded)
        self._import.connect(self._backend.import_paths)
        self._close.connect(self._backend.close)
        self._backend.searchDone.connect(self._deliver)
        self._backend.summariesLoaded.connect(self.summariesLoaded)
        self._backend.importProgress.connect(self.importProgress)
        self._backend.importDone.connect(self.importDone)
        self._next_id = 0
        self._thread.start()

    def search(self, text: str, source: str = "", topic: str = "") -> int:
        self._next_id += 1
        self._backend.latest = self._next_id
        engine = self._backend._engine
        if engine is not None:
            engine.interrupt()  # safe from any thread; stops the query now running, if any
        self._search.emit(self._next_id, text, source, topic)
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

    def shutdown(self) -> None:
        self._backend.cancel_import.set()
        self._close.emit()
        self._thread.quit()
        self._thread.wait(5000)
