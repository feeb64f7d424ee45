"""The main window: wires sidebar, search, reader and the background worker together."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from .. import __version__, render
from ..bootstrap import load_topics
from ..knowledge.topics import Topic, find_topic
from ..library import Library
from ..model import ImportReport
from ..search import SearchEngine
from ..variants import Variants
from . import plurals, printing, theme, window_state
from .accessibility import WindowAccessibility
from .actions import window_action
from .dialogs import TextDialog, about_html
from .factsheet_pane import FactSheetPane
from .history import History, Place
from .import_flow import ImportFlow
from .knowledge_views import KnowledgeViews
from .reader_pane import ReaderPane
from .search_pane import SearchPane
from .sidebar import Sidebar
from .timeline_pane import TimelinePane
from .verify_action import add_verify_action
from .workers import BackgroundWork


class MainWindow(QMainWindow):
    articleShown = Signal(str, int)  # article id, paragraph
    importFinished = Signal(object)  # ImportReport, or None when cancelled or failed
    topicShown = Signal(str, int)  # slug, number of facts on its sheet
    libraryLoaded = Signal()

    def __init__(self, library: Library, variants: Variants, settings: QSettings,
                 topics: list[Topic] | None = None) -> None:  # fmt: skip
        super().__init__()
        plurals.install(QApplication.instance())
        self.library = library
        self.settings = settings
        self.topics = load_topics() if topics is None else topics
        self.engine = SearchEngine(library.conn, variants)  # highlights in the reader
        self.work = BackgroundWork(library.path, variants, self.topics)
        self.history = History()
        self.imports = ImportFlow(self.work, self)
        self.theme_name = str(settings.value("theme", "system"))
        self.setWindowTitle("pakru-desktop")
        self.setAcceptDrops(True)

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
        self.search_field = QLineEdit(placeholderText="Search  (Ctrl+K)")
        self.search_field.setAccessibleName("Search the library")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.hit_label = QLabel("")
        self.hit_label.setAccessibleName("Hit position")
        self._build_actions()
        self._build_menus_and_toolbar()
        self.statusBar().showMessage("Ready")

        self.search_field.textChanged.connect(self.search_pane.set_query)
        self.search_field.returnPressed.connect(self._search_entered)
        self.search_pane.openArticleRequested.connect(self.open_article)
        self.search_pane.suggestionChosen.connect(self.search_field.setText)
        self.search_pane.resultsShown.connect(self._results_shown)
        self.sidebar.articleRequested.connect(
            lambda article_id: self.open_article(article_id, 1, "")
        )
        self.sidebar.sourceRequested.connect(self._filter_source)
        self.sidebar.topicRequested.connect(self.open_topic)
        for pane in (self.factsheet, self.timeline):
            pane.articleRequested.connect(lambda a, p, q: self.open_article(a, p, "", quote=q))
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
        self.reader.set_zoom(int(settings.value("zoom", 0)))
        window_state.restore_layout(self, self.settings)
        self.work.load_summaries()
        last = str(settings.value("last_article", ""))
        if last and self.library.article(last) is not None:
            self.open_article(last, int(settings.value("last_paragraph", 1)), "")

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        A, K = partial(window_action, self), QKeySequence.StandardKey  # noqa: N806
        self.act_import_files = A("&Import Files…", self.imports.choose_files, ["Ctrl+O"])
        self.act_import_folder = A("Import &Folder…", self.imports.choose_folder, ["Ctrl+Shift+O"])
        self.act_export_pdf = A("&Export Article as PDF…", self.export_pdf_dialog, ["Ctrl+Shift+E"])
        self.act_print = A("&Print…", self.print_dialog, [K.Print])
        self.act_export_sheet = A(
            "Export Fact &Sheet…", self.knowledge.export_sheet_dialog, ["Ctrl+Shift+S"]
        )
        self.act_timeline = A("&Timeline", lambda: self.open_timeline(""), ["Ctrl+T"])
        self.act_quit = A("&Quit", self.close, [K.Quit, "Ctrl+Q"])
        self.act_copy = A("&Copy", self.reader.copy, [K.Copy])
        self.act_copy_citation = A("Copy C&itation", self.copy_citation, ["Ctrl+Shift+C"])
        self.act_find = A("&Find in Library", self.focus_search, ["Ctrl+K", K.Find])
        self.act_zoom_in = A("Zoom &In", lambda: self.zoom(+1), ["Ctrl+=", "Ctrl++", K.ZoomIn])
        self.act_zoom_out = A("Zoom &Out", lambda: self.zoom(-1), ["Ctrl+-", K.ZoomOut])
        self.act_zoom_reset = A("&Reset Zoom", lambda: self.zoom(None), ["Ctrl+0"])
        self.act_next_hit = A("&Next Hit", lambda: self.reader.next_hit(+1), ["F3", K.FindNext])
        self.act_prev_hit = A("Pre&vious Hit", lambda: self.reader.next_hit(-1),
                              ["Shift+F3", K.FindPrevious])  # fmt: skip
        self.act_clear = A("C&lear Highlights", self.clear_highlights, ["Esc"])
        self.act_back = A("&Back", self.go_back, ["Alt+Left", K.Back])
        self.act_forward = A("&Forward", self.go_forward, ["Alt+Right", K.Forward])
        self.act_about = A("&About pakru-desktop", self.show_about)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for name in theme.THEMES:
            action = QAction(name.title(), self, checkable=True)
            action.setChecked(name == self.theme_name)
            action.triggered.connect(lambda _checked, n=name: self.apply_theme(n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self._update_history_actions()

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.act_import_files, self.act_import_folder, None, self.act_export_pdf,
                       self.act_export_sheet, self.act_print, None, self.act_quit):  # fmt: skip
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = bar.addMenu("&Edit")
        for action in (self.act_copy, self.act_copy_citation, None, self.act_find):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, None,
                       self.act_next_hit, self.act_prev_hit, self.act_clear, None):  # fmt: skip
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        theme_menu = view_menu.addMenu("&Theme")
        for action in self.theme_actions.values():
            theme_menu.addAction(action)
        go_menu = bar.addMenu("&Go")
        go_menu.addAction(self.act_back)
        go_menu.addAction(self.act_forward)
        go_menu.addSeparator()
        go_menu.addAction(self.act_timeline)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_about)
        self.verifier = add_verify_action(self, help_menu, self.library.path)
        toolbar = QToolBar("Navigation")
        toolbar.setObjectName("navigation-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.act_back)
        toolbar.addAction(self.act_forward)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)
        toolbar.addSeparator()
        toolbar.addAction(self.act_prev_hit)
        toolbar.addAction(self.act_next_hit)
        toolbar.addWidget(self.hit_label)
        self.addToolBar(toolbar)

    # -- navigation ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_entered(self) -> None:
        hit = self.search_pane.current_hit()
        if hit is not None:
            self.open_article(hit.article_id, hit.paragraph, self.search_field.text())

    def open_article(self, article_id: str, paragraph: int, query: str,
                     record: bool = True, quote: str = "") -> bool:  # fmt: skip
        """Show an article at a paragraph, with a search's hits or a cited quote marked."""
        article = self.library.article(article_id)
        if article is None:
            self.statusBar().showMessage("That article is no longer in the library.", 5000)
            return False
        if quote:
            marked = render.quote_marks(article, paragraph, quote)
        else:
            marked = self.engine.highlight(article, query) if query.strip() else {}
        self.right.setCurrentWidget(self.reader)
        self.reader.show_article(article, paragraph, marked)  # announces its hits
        self._record(Place(article_id, paragraph, query, quote=quote), record)
        self.sidebar.select_article(article_id)
        self.setWindowTitle(f"{article.title} — pakru-desktop")
        self.articleShown.emit(article_id, paragraph)
        return True

    def open_topic(self, slug: str, record: bool = True) -> bool:
        """Show a topic's fact sheet; it is built on the background thread."""
        topic = find_topic(self.topics, slug)
        if topic is None:
            return False
        self.right.setCurrentWidget(self.factsheet)
        self._hit_changed(0, 0)  # hits belong to the reader, hidden behind the sheet
        self.knowledge.load_sheet(topic)
        self._record(Place(topic=slug), record)
        self.setWindowTitle(f"{topic.title} — pakru-desktop")
        return True

    def open_timeline(self, slug: str = "", record: bool = True) -> None:
        """The timeline of every dated fact, or of one topic's."""
        self.right.setCurrentWidget(self.timeline)
        self._hit_changed(0, 0)
        self.knowledge.load_timeline(slug if isinstance(slug, str) else "")
        self._record(Place(topic=slug, timeline=True), record)
        self.setWindowTitle("Timeline — pakru-desktop")

    def _record(self, place: Place, record: bool) -> None:
        if record:
            self.history.push(place)
            self._update_history_actions()

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def _go(self, place: Place | None) -> None:
        if place is not None and place.timeline:
            self.open_timeline(place.topic, record=False)
        elif place is not None and place.topic:
            self.open_topic(place.topic, record=False)
        elif place is not None:
            self.open_article(place.article_id, place.paragraph, place.query, record=False,
                              quote=place.quote)  # fmt: skip
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.act_back.setEnabled(self.history.can_go_back())
        self.act_forward.setEnabled(self.history.can_go_forward())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonPress and self.isActiveWindow():
            button = event.button()  # type: ignore[attr-defined]
            if button == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if button == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def clear_highlights(self) -> None:
        if self.search_field.hasFocus() and self.search_field.text():
            self.search_field.clear()
        else:
            self.reader.clear_hits()

    def _hit_changed(self, current: int, count: int) -> None:
        self.hit_label.setText(f" {current} of {count} hits " if count else "")
        self.act_next_hit.setEnabled(count > 0)
        self.act_prev_hit.setEnabled(count > 0)

    def _results_shown(self, result) -> None:  # type: ignore[no-untyped-def]
        self.statusBar().showMessage(
            f"{result.total:,} article(s) for “{result.query}”" if result.query else "Ready"
        )

    def _filter_source(self, source: str) -> None:
        index = self.search_pane.source_filter.findData(source)
        if index >= 0:
            self.search_pane.source_filter.setCurrentIndex(index)
        self.focus_search()

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

    def zoom(self, step: int | None) -> None:
        self.reader.set_zoom(0 if step is None else self.reader.zoom + step)
        self.settings.setValue("zoom", self.reader.zoom)

    def apply_theme(self, name: str) -> None:
        self.theme_name = name
        app = QApplication.instance()
        colours = theme.apply_theme(app, name) if isinstance(app, QApplication) else theme.LIGHT
        css = theme.reader_css(colours)
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
            self.statusBar().showMessage(f"Copied: {citation}", 5000)
        return citation

    # -- import ----------------------------------------------------------------------------

    def import_paths(self, paths: list[Path]) -> None:
        """Import off the UI thread with a cancellable progress dialog."""
        self.imports.start(paths)

    def _import_finished(self, report: ImportReport | None) -> None:
        if report is not None:
            self.work.load_summaries()
            self.knowledge.reload()  # the import found new facts
            self.search_pane.set_query(self.search_field.text())
        self.importFinished.emit(report)

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
        return printing.export_pdf(self.reader, path, self.reader.article.title)

    def export_pdf_dialog(self) -> None:
        printing.export_pdf_dialog(self.reader, self.statusBar().showMessage)

    def print_dialog(self) -> None:
        if self.reader.article is not None:
            printing.print_document(self.reader, self)

    def show_about(self) -> None:
        self.about_dialog = TextDialog(
            f"About pakru-desktop {__version__}", about_html(self.library), self
        )
        self.about_dialog.show()

    # -- settings --------------------------------------------------------------------------

    def save_settings(self) -> None:
        window_state.save(self, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_settings()
        self.work.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
