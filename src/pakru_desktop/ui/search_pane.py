"""Live results: debounced as-you-type search in the background, ranked hits with snippets,
hit count, source filter, how the query was read, and "did you mean"."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import render
from ..model import Hit, SearchResult
from . import i18n
from .html_delegate import HTML_ROLE, HtmlDelegate
from .theme import qt_marks
from .workers import BackgroundWork

DEBOUNCE_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole + 2


class ResultList(QListView):
    """Enter opens the current hit, as a click does."""

    activatedByKey = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activatedByKey.emit()
            return
        super().keyPressEvent(event)


class SearchPane(QWidget):
    openArticleRequested = Signal(str, int, str)  # article id, paragraph, query
    resultsShown = Signal(object)  # SearchResult, after it is on screen
    suggestionChosen = Signal(str)

    def __init__(self, work: BackgroundWork, css: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.query = ""
        self.last_result: SearchResult | None = None
        self.status = QLabel(self.tr("Type to search the library."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.linkActivated.connect(self._link)
        # "Did you mean" without a mouse: Down from the field reaches it, Enter takes it.
        self.suggestion = QPushButton()
        self.suggestion.setAutoDefault(True)  # Enter presses it, as Space does
        self.suggestion.setFlat(True)
        self.suggestion.hide()
        self.suggestion.clicked.connect(
            lambda: self.last_result and self.suggestionChosen.emit(self.last_result.suggestion)
        )
        self.source_filter = QComboBox()
        self.source_filter.setAccessibleName(self.tr("Filter by source"))
        self.source_filter.setToolTip(self.tr("Only show results from one source"))
        self.source_filter.addItem(self.tr("All sources"), "")
        self.source_filter.currentIndexChanged.connect(lambda _i: self.run_now())
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName(self.tr("Filter by topic"))
        self.topic_filter.setToolTip(self.tr("Only show results about one topic"))
        self.topic_filter.addItem(self.tr("All topics"), "")
        self.topic_filter.currentIndexChanged.connect(lambda _i: self.run_now())
        # The filters in force, said in words with a one-click clear: a search that finds
        # nothing because of a filter chosen long ago says so.
        self.chip = QLabel()
        self.chip.setAccessibleName(self.tr("Filters in force"))
        self.chip_clear = QToolButton(text=self.tr("✕ &Show all"))
        self.chip_clear.setToolTip(self.tr("Clear the source and topic filters"))
        self.chip_clear.clicked.connect(self.clear_filters)
        for combo in (self.source_filter, self.topic_filter):
            combo.currentIndexChanged.connect(lambda _i: self._update_chip())
        self.model = QStandardItemModel(self)
        self.list = ResultList()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.delegate = HtmlDelegate(self.list, css)
        self.list.setItemDelegate(self.delegate)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.clicked.connect(lambda _index: self.open_current())
        self.list.activatedByKey.connect(self.open_current)
        filters = QHBoxLayout()
        filters.addWidget(self.source_filter, 1)
        filters.addWidget(self.topic_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        chip = QHBoxLayout()
        chip.addWidget(self.chip, 1)
        chip.addWidget(self.chip_clear)
        layout.addLayout(chip)
        layout.addWidget(self.status)
        layout.addWidget(self.suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.list, 1)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_now)
        self._pending = 0
        work.searchDone.connect(self._show)
        self._update_chip()

    def _update_chip(self) -> None:
        chosen = [combo.currentText() for combo in (self.source_filter, self.topic_filter)
                  if combo.currentIndex() > 0]  # fmt: skip
        self.chip.setText(i18n.arg(self.tr("Only: %1"), " · ".join(chosen)))
        self.chip.setVisible(bool(chosen))
        self.chip_clear.setVisible(bool(chosen))

    def set_filter(self, kind: str, key: str) -> None:
        """Only results from one source or about one topic (a sidebar choice)."""
        combo = self.source_filter if kind == "source" else self.topic_filter
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)

    def clear_filters(self) -> None:
        for combo in (self.source_filter, self.topic_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._update_chip()
        self.run_now()

    def set_sources(self, sources: list[tuple[str, int]]) -> None:
        _refill(self.source_filter, self.tr("All sources"),
                [(name, _counted(i18n.source_name(name), count)) for name, count in sources])  # fmt: skip

    def set_topics(self, topics: list[tuple[str, str, int]]) -> None:
        _refill(self.topic_filter, self.tr("All topics"),
                [(slug, _counted(title, count)) for slug, title, count in topics])  # fmt: skip

    def set_query(self, text: str) -> None:
        """Called on every keystroke: wait for a pause, then search."""
        self.query = text
        self._debounce.start()

    def run_now(self) -> None:
        self._debounce.stop()
        if not self.query.strip():
            self.model.clear()
            self.status.setText(self.tr("Type to search the library."))
            self.suggestion.hide()
            self.last_result = None
            return
        self._pending = self.work.search(
            self.query,
            self.source_filter.currentData() or "",
            self.topic_filter.currentData() or "",
        )

    def _show(self, request_id: int, result: SearchResult) -> None:
        if request_id != self._pending:
            return
        self.last_result = result
        self.model.clear()
        for hit in result.hits:
            item = QStandardItem()
            item.setData(self._row_html(hit), HTML_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setData(
                i18n.arg(self.tr("%1, paragraph %2"), hit.title, i18n.number(hit.paragraph)),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            item.setEditable(False)
            self.model.appendRow(item)
        self.status.setText(self._status_html(result))
        if result.suggestion:
            self.suggestion.setText(i18n.arg(self.tr("Use “%1” (↓ then Enter)"), result.suggestion))
        self.suggestion.setVisible(bool(result.suggestion))
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.resultsShown.emit(result)

    def _row_html(self, hit: Hit) -> str:
        """Title, detail line and snippet, each a block with its own direction: an Urdu title
        is laid out right-to-left, and the detail line (the interface's words) keeps its own
        order rather than being reordered inside the Urdu paragraph."""
        more = self.tr("%Ln more in this article", "", hit.more_hits) if hit.more_hits else ""
        detail = " · ".join(part for part in (f"¶{i18n.number(hit.paragraph)}", more) if part)
        title = render.text_language(hit.title)
        snippet = render.markup_language(hit.snippet, title)
        return (
            f"<div{render.language_attributes(title)}><b>{qt_marks(hit.title_html)}</b></div>"
            f"<div class='meta' dir='{i18n.row_direction()}'>{detail}</div>"
            f"<div{render.language_attributes(snippet)}>{qt_marks(hit.snippet)}</div>"
        )

    def _status_html(self, result: SearchResult) -> str:
        count = i18n.number(result.total)
        text = (self.tr("about <b>%1</b> article(s)", "", result.total) if result.total_is_estimate
                else self.tr("<b>%1</b> article(s)", "", result.total))  # fmt: skip
        parts = [i18n.arg(text, count)]
        if result.notice:
            parts.append(f"<span class='meta'>{html.escape(result.notice)}</span>")
        if result.suggestion:
            suggestion = html.escape(result.suggestion)
            link = f"<a href='suggest:{suggestion}'>{suggestion}</a>"
            parts.append(i18n.arg(self.tr("Did you mean %1?"), link))
        return "<br>".join(parts)

    def _link(self, href: str) -> None:
        if href.startswith("suggest:"):
            self.suggestionChosen.emit(href.removeprefix("suggest:"))

    def set_zoom(self, level: int) -> None:
        """The results' text follows the reader's zoom, a point per step."""
        font = QApplication.font()
        font.setPointSizeF(max(5.0, font.pointSizeF() + level))
        self.list.setFont(font)
        self.list.doItemsLayout()  # rows are as tall as their text

    def focus_results(self) -> None:
        if not self.model.rowCount():
            if self.suggestion.isVisible():
                self.suggestion.setFocus(Qt.FocusReason.TabFocusReason)
            return
        self.list.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def current_hit(self) -> Hit | None:
        index = self.list.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.openArticleRequested.emit(hit.article_id, hit.paragraph, self.query)


def _counted(name: str, count: int) -> str:
    return f"{name} ({i18n.number(count)})"


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace a filter's choices, keeping the current one, without firing a search."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for key, label in items:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
