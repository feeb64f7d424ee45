"""The main window: wires sidebar, search, reader and the background worker together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from .. import __version__
from ..db.notes import NotesStore, notes_path_for
from ..knowledge.library import Library
from ..knowledge.topics import Topic, find_topic
from ..model import ImportReport
from ..render import article as render
from ..search.engine import SearchEngine
from ..search.variants import Variants
from . import i18n, plurals, printing, theme, window_state
from .accessibility import WindowAccessibility
from .actions import build_actions, build_menus_and_toolbar
from .dialogs import TextDialog, about_html
from .factsheet_pane import FactSheetPane
from .history import Place
from .import_flow import ImportFlow
from .knowledge_views import KnowledgeViews
from .navigation import Navigation
from .reader_pane import ReaderPane
from .search_pane import SearchPane
from .session import Session, describe_opened, show_opened_state
from .sidebar import Sidebar
from .timeline_pane import TimelinePane
from .workbench import Workbench
from .workers import BackgroundWork


class MainWindow(QMainWindow):
    articleShown = Signal(str, int)  # article id, paragraph
    importFinished = Signal(object)  # ImportReport, or None when cancelled or failed
    topicShown = Signal(str, int)  # slug, number of facts on its sheet
    libraryLoaded = Signal()

    def __init__(self, library: Library, variants: Variants, settings: QSettings,
                 topics: list[Topic] | None = None, session: Session | None = None,
                 notes: NotesStore | None = None) -> None:  # fmt: skip
        super().__init__()
        plurals.install(QApplication.instance())
        self.library = library
        # The reader's own marks: a file of their own beside the user's library, whatever
        # library or collection is open (db/notes.py).
        self.notes = notes if notes is not None else NotesStore(notes_path_for(library.path))
        self.settings = settings
        self.session = session or Session(settings, variants, notes=self.notes)
        self.session.adopt(self)
        # A library opened from a file is read as it is: its name and signature are shown.
        self.opened = describe_opened(library)
        self.topics = library.knowledge.topics if topics is None else topics
        self.engine = SearchEngine(library.conn, variants)  # highlights in the reader
        self.work = BackgroundWork(library.path, variants, self.topics)
        self.navigation = Navigation(self)  # Back, Forward, Go → Article/Topic
        self.imports = ImportFlow(self.work, self)
        self.theme_name = str(settings.value("theme", "system"))
        self.setWindowTitle(self.app_title)
        self.setAcceptDrops(self.opened is None)

        self.sidebar = Sidebar()
        self.search_pane = SearchPane(self.work, "")
        self.reader = ReaderPane()
        self.factsheet = FactSheetPane()
        self.timeline = TimelinePane()
        self.right = QStackedWidget()
        for pane in (self.reader, self.factsheet, self.timeline):
            self.right.addWidget(pane)
        self.knowledge = KnowledgeViews(self.work, self.topics, self.factsheet, self.timeline, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        for pane in (self.sidebar, self.search_pane, self.right):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([300, 360, 620])
        self.setCentralWidget(self.splitter)
        self.search_field = QLineEdit(placeholderText=self.tr("Search  (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search the library"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(220)  # room for the hit counter at 700 px wide
        self.hit_label = QLabel("")
        self.hit_label.setAccessibleName(self.tr("Hit position"))
        build_actions(self)
        build_menus_and_toolbar(self)
        self.workbench = Workbench(self)  # bookmarks, highlights, notes, briefing pack
        self.statusBar().showMessage(self.tr("Ready"))
        show_opened_state(self)

        self.search_field.textChanged.connect(self.search_pane.set_query)
        self.search_field.returnPressed.connect(self._search_entered)
        self.search_pane.openArticleRequested.connect(self.open_result)
        self.search_pane.suggestionChosen.connect(self.search_field.setText)
        self.search_pane.resultsShown.connect(self._results_shown)
        self.sidebar.articleRequested.connect(
            lambda article_id: self.open_article(article_id, 1, "")
        )
        self.sidebar.sourceRequested.connect(self._filter_source)
        self.sidebar.topicRequested.connect(self._topic_chosen)
        for pane in (self.factsheet, self.timeline):
            pane.articleRequested.connect(lambda a, p, q: self.open_article(a, p, "", quote=q))
        for browser in (self.factsheet, self.timeline.list):
            browser.title_of = self._title_of
        self.factsheet.timelineRequested.connect(self.open_timeline)
        self.knowledge.sheetShown.connect(self.topicShown)
        self.knowledge.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.reader.hitChanged.connect(self._hit_changed)
        self.work.summariesLoaded.connect(self._summaries_loaded)
        self.imports.finished.connect(self._import_finished)
        self.imports.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # mouse back/forward buttons anywhere in the window
        self.accessibility = WindowAccessibility(self)  # names, announcements, F6
        self.apply_theme(self.theme_name)
        self.zoom(int(settings.value("zoom", 0)), absolute=True)
        self.act_numbers.setChecked(str(settings.value("paragraph_numbers", "false")) == "true")
        window_state.restore_layout(self, self.settings)
        self.work.load_summaries()
        last = str(settings.value("last_article", ""))
        if last and self.library.article(last) is not None:
            self.open_article(last, int(settings.value("last_paragraph", 1)), "")

    @property
    def app_title(self) -> str:
        """The title bar's last part: the app, or the opened collection and its state."""
        return "pakru-desktop" if self.opened is None else f"{self.opened.title} — pakru-desktop"

    # -- navigation ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_entered(self) -> None:
        hit = self.search_pane.current_hit()
        if hit is not None:
            self.open_result(hit.article_id, hit.paragraph, self.search_field.text())

    def open_article(self, article_id: str, paragraph: int, query: str,
                     record: bool = True, quote: str = "") -> bool:  # fmt: skip
        """Show an article at a paragraph, with a search's hits or a cited quote marked."""
        article = self.library.article(article_id)
        if article is None:
            self.statusBar().showMessage(self.tr("That article is no longer in the library."), 5000)
            return False
        self.navigation.leaving(record)
        if quote:
            marked = render.quote_marks(article, paragraph, quote)
        else:
            marked = self.engine.highlight(article, query) if query.strip() else {}
        self.right.setCurrentWidget(self.reader)
        self.reader.show_article(article, paragraph, marked, query=query, quote=quote)
        self.navigation.record(Place(article_id, paragraph, query, quote=quote), record)
        self.sidebar.select_article(article_id)
        self.setWindowTitle(f"{article.title} — {self.app_title}")
        self.articleShown.emit(article_id, paragraph)
        return True

    def open_topic(self, slug: str, record: bool = True) -> bool:
        """Show a topic's fact sheet; it is built on the background thread."""
        topic = find_topic(self.topics, slug)
        if topic is None:
            return False
        self.navigation.leaving(record)
        self.right.setCurrentWidget(self.factsheet)
        self._hit_changed(0, 0)  # hits belong to the reader, hidden behind the sheet
        self.knowledge.load_sheet(topic)
        self.navigation.record(Place(topic=slug), record)
        self.setWindowTitle(f"{topic.title} — {self.app_title}")
        return True

    def open_timeline(self, slug: str = "", record: bool = True) -> None:
        """The timeline of every dated fact, or of one topic's."""
        self.navigation.leaving(record)
        self.right.setCurrentWidget(self.timeline)
        self._hit_changed(0, 0)
        self.knowledge.load_timeline(slug if isinstance(slug, str) else "")
        self.navigation.record(Place(topic=slug, timeline=True), record)
        self.setWindowTitle(self.tr("Timeline") + f" — {self.app_title}")

    def _title_of(self, article_id: str) -> str:
        summary = self.library.article(article_id)
        return summary.title if summary is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        down = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
        # Down leaves a field with a query for its results; in an empty field it opens the
        # recent searches (ui/workbench_menus.RecentSearches).
        if (down and watched is self.search_field and self.search_field.text()
                and self.search_pane.last_result is not None):  # fmt: skip
            self.search_pane.focus_results()  # Down leaves the field for the results
            return True
        if event.type() == QEvent.Type.MouseButtonPress and self.isActiveWindow():
            button = event.button()  # type: ignore[attr-defined]
            if button == Qt.MouseButton.BackButton:
                self.navigation.back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.navigation.forward()
                return True
        return super().eventFilter(watched, event)

    def clear_highlights(self) -> None:
        """Esc: the highlights go first, then (in the search field) the query."""
        if self.reader.marked and self.right.currentWidget() is self.reader:
            self.reader.clear_hits()
        elif self.search_field.hasFocus() and self.search_field.text():
            self.search_field.clear()

    def _hit_changed(self, current: int, count: int) -> None:
        if current:
            text = i18n.arg(self.tr("%1 of %n hit(s)", "", count), i18n.number(current))
        else:  # marked but not yet visited (a new query over the open article): no "0 of"
            text = self.tr("%n hit(s)", "", count)
        self.hit_label.setText(f" {text} " if count else "")
        self.act_next_hit.setEnabled(count > 0)
        self.act_prev_hit.setEnabled(count > 0)

    def _results_shown(self, result) -> None:  # type: ignore[no-untyped-def]
        query = result.query.strip()
        # A phrase keeps its own quotes; the others are the language's own (« » in Russian).
        quoted = query if '"' in query else i18n.arg(self.tr("“%1”", "a query quoted"), query)
        text = i18n.arg(self.tr("%Ln article(s) for %1", "", result.total), quoted)
        self.statusBar().showMessage(text if query else self.tr("Ready"))
        article = self.reader.article
        if article is not None and self.reader.query != result.query:
            # The open article's highlights follow the current query, so F3 walks its hits
            # (a cited quote's mark gives way too: the counter never speaks of old marks).
            marks = self.engine.highlight(article, result.query) if query else {}
            self.reader.set_marks(marks, result.query)

    def open_result(self, article_id: str, paragraph: int, query: str) -> None:
        """A result opened from the list or the field: reading starts, so the keyboard goes
        to the reader (README, keys)."""
        if self.open_article(article_id, paragraph, query):
            self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter_source(self, source: str) -> None:
        self.search_pane.set_filter("source", source)
        self.focus_search()

    def _topic_chosen(self, slug: str) -> None:
        """A topic in the sidebar: its sheet, and results narrowed to it (the filter is
        set first: a search starting interrupts the worker, and must not stop the sheet)."""
        self.search_pane.set_filter("topic", slug)
        self.open_topic(slug)

    def _summaries_loaded(self, rows, sources, topics) -> None:  # type: ignore[no-untyped-def]
        if self.reader.article is None:
            self.reader.show_welcome(len(rows), len(sources))
        self.sidebar.set_articles(rows)
        self.sidebar.set_sources(sources)
        self.sidebar.set_topics(topics)
        self.search_pane.set_sources(sources)
        self.search_pane.set_topics(topics)
        self.libraryLoaded.emit()

    # -- view ------------------------------------------------------------------------------

    def zoom(self, step: int | None, absolute: bool = False) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: every text pane, from the desktop's own font size."""
        level = 0 if step is None else step if absolute else self.reader.zoom + step
        for pane in (self.reader, self.factsheet, self.timeline.list):
            pane.set_zoom(level)
        self.search_pane.set_zoom(self.reader.zoom)
        self.settings.setValue("zoom", self.reader.zoom)

    def show_paragraph_numbers(self, on: bool) -> None:
        self.reader.show_numbers(on)
        self.settings.setValue("paragraph_numbers", "true" if on else "false")

    def apply_theme(self, name: str) -> None:
        self.theme_name = name
        app = QApplication.instance()
        colours = theme.apply_theme(app, name) if isinstance(app, QApplication) else theme.LIGHT
        css = theme.reader_css(colours)
        self.search_field.setStyleSheet(theme.field_css(colours))
        self.reader.set_css(css)
        self.factsheet.set_css(css)
        self.knowledge.css = css
        self.search_pane.delegate.css = css
        self.search_pane.list.viewport().update()
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        self.settings.setValue("theme", name)

    def copy_citation(self) -> str:
        citation = self.reader.citation()
        if citation:
            QGuiApplication.clipboard().setText(citation)
            self.statusBar().showMessage(i18n.arg(self.tr("Copied: %1"), citation), 5000)
        return citation

    # -- import ----------------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> None:
        """Import off the UI thread with a cancellable progress dialog."""
        self.imports.start(paths)

    def _import_finished(self, report: ImportReport | None) -> None:
        if report is not None:
            self.library_changed()  # the import found new facts
        self.importFinished.emit(report)

    def library_changed(self) -> None:
        """Articles were added, removed or corrected: results, lists and sheets follow."""
        # The search first: starting a search interrupts whatever runs on the worker's
        # connection, and a sheet being rebuilt must not be what it interrupts.
        self.search_pane.set_query(self.search_field.text())
        self.search_pane.run_now()
        self.work.load_summaries()
        self.knowledge.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- printing --------------------------------------------------------------------------

    def export_pdf(self, path: Path) -> bool:
        if self.reader.article is None:
            return False
        return printing.export_pdf(self.reader.document(), path, self.reader.article.title)

    def export_pdf_dialog(self) -> None:
        printing.export_pdf_dialog(self.reader, self.statusBar().showMessage)

    def print_dialog(self) -> None:
        if self.reader.article is not None:
            printing.print_document(self.reader, self)

    def show_about(self) -> None:
        title = i18n.arg(self.tr("About pakru-desktop %1"), __version__)
        self.about_dialog = TextDialog(title, about_html(self.library), self)
        self.about_dialog.show()

    # -- settings --------------------------------------------------------------------------

    def save_settings(self) -> None:
        window_state.save(self, self.settings)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        window_state.fit_screen(self)  # the frame is known once shown
        if not event.spontaneous() and not self.search_field.text():
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)  # typing searches

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_settings()
        self.work.shutdown()  # the notes store stays open: a closed window may be shown again
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
