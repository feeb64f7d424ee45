"""Right-click menus (results, sidebar rows, reader text, sheet lines), the reader's notes
among the search results, and recent searches in the search field's drop-down.

Menus pop up without blocking (QMenu.popup): the keyboard's Menu key opens the same ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QStringListModel, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QMenu, QTextBrowser, QWidget

from ..model import Hit, SearchResult
from ..render import article as render
from ..search.notes import find_notes
from .factsheet_pane import parse_citation_url
from .html_delegate import HTML_ROLE
from .search_pane import HIT_ROLE
from .sidebar import KEY_ROLE
from .workbench_text import paragraph_of

if TYPE_CHECKING:
    from .workbench import Workbench

translate = QCoreApplication.translate
RECENT_KEY, RECENT_LIMIT = "recent_searches", 20


def install_context_menus(bench: Workbench) -> None:
    w = bench.window
    pairs: list[tuple[QWidget, object]] = [
        (w.reader, lambda pos: reader_menu(bench, pos)),
        (w.search_pane.list, lambda pos: result_menu(bench, pos)),
        (w.factsheet, lambda pos: sheet_menu(bench, pos)),
    ]
    pairs += [(view, lambda pos, k=kind: sidebar_menu(bench, k, pos))
              for kind, view in w.sidebar.views.items()]  # fmt: skip
    for widget, handler in pairs:
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(handler)
    bench.recent = RecentSearches(bench)
    w.search_pane.resultsShown.connect(lambda result: show_own_notes(bench, result))


def _popup(bench: Workbench, menu: QMenu, widget: QWidget, pos: QPoint) -> QMenu:
    menu.setAccessibleName(translate("Workbench", "Context menu"))
    bench.menu = menu
    target = widget.viewport() if isinstance(widget, QAbstractItemView | QTextBrowser) else widget
    menu.popup(target.mapToGlobal(pos))
    return menu


def reader_menu(bench: Workbench, pos: QPoint) -> QMenu:
    w = bench.window
    reader = w.reader
    if not reader.textCursor().hasSelection():  # the paragraph clicked is the one meant
        reader.paragraph = paragraph_of(reader.cursorForPosition(pos)) or reader.paragraph
    menu = QMenu(reader)
    menu.addAction(w.act_copy)
    menu.addAction(w.act_copy_citation)
    menu.addSeparator()
    menu.addAction(bench.act_bookmark)
    menu.addAction(bench.act_bookmark_article)
    menu.addAction(bench.act_highlight)
    colours = menu.addMenu(translate("Workbench", "Highlight &Colour"))
    for action in bench.colour_actions.values():
        colours.addAction(action)
    menu.addAction(bench.act_note)
    return _popup(bench, menu, reader, pos)


def result_menu(bench: Workbench, pos: QPoint) -> QMenu | None:
    view = bench.window.search_pane.list
    index = view.indexAt(pos)
    hit = index.data(HIT_ROLE) if index.isValid() else None
    if hit is None:
        return None
    view.setCurrentIndex(index)
    menu = QMenu(view)
    menu.addAction(translate("Workbench", "&Open"), bench.window.search_pane.open_current)
    menu.addAction(
        translate("Workbench", "Copy C&itation"),
        lambda: bench.copy_citation_of(hit.article_id, hit.paragraph),
    )
    menu.addAction(
        translate("Workbench", "&Bookmark Paragraph"),
        lambda: bookmark_place(bench, hit.article_id, hit.paragraph),
    )
    return _popup(bench, menu, view, pos)


def bookmark_place(bench: Workbench, article_id: str, paragraph: int) -> None:
    article = bench.window.library.article(article_id)
    if article is not None and bench._new_mark("bookmark", article, paragraph):  # noqa: SLF001
        bench._done(translate("Workbench", "Bookmarked paragraph %1"), paragraph)  # noqa: SLF001


def sidebar_menu(bench: Workbench, kind: str, pos: QPoint) -> QMenu | None:
    sidebar = bench.window.sidebar
    view = sidebar.views[kind]
    index = view.indexAt(pos)
    key = index.data(KEY_ROLE) if index.isValid() else None
    if not key:
        return None
    view.setCurrentIndex(index)
    menu = QMenu(view)
    if kind == "article":
        menu.addAction(
            translate("Workbench", "&Open"), lambda: bench.window.open_article(key, 1, "")
        )
        menu.addAction(
            translate("Workbench", "Copy C&itation"), lambda: bench.copy_citation_of(key, 1)
        )
        menu.addAction(
            translate("Workbench", "&Bookmark Article"), lambda: bookmark_place(bench, key, 0)
        )
    elif kind == "topic":
        menu.addAction(
            translate("Workbench", "&Open Fact Sheet"), lambda: bench.window.open_topic(key)
        )
        menu.addAction(translate("Workbench", "Briefing &Pack…"), bench.open_briefing)
    elif kind == "source":
        menu.addAction(
            translate("Workbench", "&Show Its Articles"), lambda: sidebar.sourceRequested.emit(key)
        )
    else:
        mark = bench.store.get(int(key))
        if mark is None:
            return None
        menu.addAction(translate("Workbench", "&Open"), lambda: bench.open_mark(mark.id))
        if mark.article_id:
            menu.addAction(translate("Workbench", "Copy C&itation"),
                           lambda: bench.copy_citation_of(mark.article_id, mark.paragraph))  # fmt: skip
        edit = menu.addAction(
            translate("Workbench", "&Edit Note…"), lambda: bench.edit_note(mark.id)
        )
        edit.setShortcut(Qt.Key.Key_F2)
        remove = menu.addAction(translate("Workbench", "&Remove"), lambda: bench.remove(mark.id))
        remove.setShortcut(Qt.Key.Key_Delete)
    return _popup(bench, menu, view, pos)


def sheet_menu(bench: Workbench, pos: QPoint) -> QMenu | None:
    pane = bench.window.factsheet
    if pane.topic is None:
        return None
    block = pane.cursorForPosition(pos).block()
    line = block.text().strip()
    cited: tuple[str, int, str] | None = None
    iterator = block.begin()
    while not iterator.atEnd() and cited is None:
        fragment = iterator.fragment()
        if fragment.isValid() and fragment.charFormat().isAnchor():
            from PySide6.QtCore import QUrl

            cited = parse_citation_url(QUrl(fragment.charFormat().anchorHref()))
        iterator += 1
    menu = QMenu(pane)
    article_id, paragraph = (cited[0], cited[1]) if cited else ("", 0)
    if line:
        menu.addAction(translate("Workbench", "Add &Note on This Line…"),
                       lambda: bench.note_on_sheet_line(line, article_id, paragraph))  # fmt: skip
    menu.addAction(translate("Workbench", "&Copy"), pane.copy).setEnabled(
        pane.textCursor().hasSelection()
    )
    if cited is not None:
        menu.addAction(translate("Workbench", "&Open Cited Article"),
                       lambda: bench.window.open_article(article_id, paragraph, "", quote=cited[2]))  # fmt: skip
        menu.addAction(
            translate("Workbench", "Copy C&itation"),
            lambda: bench.copy_citation_of(article_id, paragraph),
        )
        menu.addAction(translate("Workbench", "&Bookmark Cited Paragraph"),
                       lambda: bookmark_place(bench, article_id, paragraph))  # fmt: skip
    menu.addAction(bench.act_briefing)
    return _popup(bench, menu, pane, pos)


def show_own_notes(bench: Workbench, result: SearchResult) -> None:
    """The reader's notes that hold the query's words, first in the results and marked as
    theirs ("Your note"); opening one opens its paragraph."""
    found = find_notes([m for m in bench.store.all() if m.article_id], result.query)
    pane = bench.window.search_pane
    label = translate("Workbench", "Your note")
    for row, mark in enumerate(found):
        words = mark.body or mark.quote
        language = render.text_language(words)
        snippet = render.escape_markdown(words).replace("\\", "")[:300]
        title = f"✎ {label} · {render.escape_markdown(mark.title).replace(chr(92), '')}"
        # title_html is what the row is called aloud (accessibility.result_row_text).
        hit = Hit(mark.article_id, mark.title, "", max(1, mark.paragraph), snippet, 0.0,
                  title_html=title)  # fmt: skip
        item = QStandardItem()
        item.setData(
            f"<div><b>{title}</b></div>"
            f"<div{render.language_attributes(language)}>{snippet}</div>", HTML_ROLE)  # fmt: skip
        item.setData(hit, HIT_ROLE)
        item.setData(f"{label}: {words}", Qt.ItemDataRole.AccessibleTextRole)
        item.setEditable(False)
        pane.model.insertRow(row, item)


class RecentSearches(QObject):
    """The searches a reader ran (Enter, or a result opened), newest first, offered by the
    search field's drop-down as they type; Down in an empty field shows them all."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        settings = bench.window.settings
        stored = settings.value(RECENT_KEY, [])
        self.items = [stored] if isinstance(stored, str) else [str(s) for s in stored or []]
        self.model = QStringListModel(self.items, self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.popup().setAccessibleName(translate("Workbench", "Recent searches"))
        field = bench.window.search_field
        field.setCompleter(self.completer)
        field.returnPressed.connect(lambda: self.remember(field.text()))
        bench.window.search_pane.openArticleRequested.connect(
            lambda _a, _p, query: self.remember(query))  # fmt: skip
        field.installEventFilter(self)

    def remember(self, query: str) -> None:
        query = " ".join(query.split())
        if not query:
            return
        self.items = [query, *[q for q in self.items if q != query]][:RECENT_LIMIT]
        self.model.setStringList(self.items)
        self.bench.window.settings.setValue(RECENT_KEY, self.items)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        field = self.bench.window.search_field
        if (event.type() == QEvent.Type.KeyPress and watched is field and not field.text()
                and event.key() == Qt.Key.Key_Down and self.items):  # type: ignore[attr-defined]  # fmt: skip
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            return True
        return super().eventFilter(watched, event)
