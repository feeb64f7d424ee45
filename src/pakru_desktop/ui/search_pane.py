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
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Hit, SearchResult
from ..render import article as render
from ..search.order import DATE, RELEVANCE
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
        self.chip_clear.setToolTip(self.tr("Clear the source, topic and date filters"))
        self.chip_clear.clicked.connect(self.clear_filters)
        for combo in (self.source_filter, self.topic_filter):
            combo.currentIndexChanged.connect(lambda _i: self._update_chip())
        # Order and dates: best match or newest first, and only articles dated in a range
        # (a year, month or day at either end; an estimated date counts by its estimate).
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort results"))
        self.sort.setToolTip(self.tr("Best match first, or the newest articles first"))
        self.sort.addItem(self.tr("Best match"), RELEVANCE)
        self.sort.addItem(self.tr("Newest first"), DATE)
        self.sort.currentIndexChanged.connect(lambda _i: self.run_now())
        # On a small screen the sort box elides its choice rather than squeeze the dates.
        self.sort.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sort.setMinimumContentsLength(6)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for edit, name, hint in (
            (self.date_from, self.tr("Results dated from"), self.tr("from year")),
            (self.date_to, self.tr("Results dated up to"), self.tr("to year")),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(hint)
            edit.setToolTip(self.tr("A year, month or day: 2024, 2024-10 or 2024-10-07"))
            edit.setClearButtonEnabled(True)
            edit.setMaxLength(10)
            # The hint ("до года") is never cut, however narrow the pane (the sort box gives
            # way instead); room for a whole date and the clear button when there is more.
            metrics = edit.fontMetrics()
            edit.setMinimumWidth(metrics.horizontalAdvance(hint) + 18)
            widest = max(metrics.horizontalAdvance(text) for text in (hint, "0000-00-00"))
            edit.setMaximumWidth(widest + 40)
            edit.textChanged.connect(lambda _t: (self._update_chip(), self._debounce.start()))
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
        order = QHBoxLayout()
        order.addWidget(self.sort, 1)
        order.addWidget(self.date_from)
        order.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(order)
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
        start, end = self.date_from.text().strip(), self.date_to.text().strip()
        if start and end:
            chosen.append(i18n.arg(self.tr("dated %1–%2"), start, end))
        elif start or end:
            chosen.append(i18n.arg(self.tr("dated from %1") if start else self.tr("dated up to %1"),
                                   start or end))  # fmt: skip
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
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self._update_chip()
        self.run_now()

    def set_sources(self, sources: list[tuple[str, int]]) -> None:
        # Articles naming no publisher are one source ("Unknown publisher"), kept apart from
        # "All sources" (whose data is "") by a key of their own.
        _refill(self.source_filter, self.tr("All sources"),
                [(name or i18n.UNKNOWN_SOURCE_KEY, _counted(i18n.source_name(name), count))
                 for name, count in sources])  # fmt: skip

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
            self.order(),
        )

    def order(self) -> dict[str, str]:
        """The sort and date range chosen, as SearchEngine.search takes them."""
        return {"sort": self.sort.currentData() or RELEVANCE,
                "date_from": self.date_from.text().strip(),
                "date_to": self.date_to.text().strip()}  # fmt: skip

    def set_order(self, sort: str, date_from: str, date_to: str) -> None:
        """Restore a remembered order (no search: the window has no query yet)."""
        widgets = (self.sort, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.sort.setCurrentIndex(max(0, self.sort.findData(sort)))
        self.date_from.setText(date_from)
        self.date_to.setText(date_to)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_chip()

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
        # Publisher and date as the sidebar shows them (one date format per language).
        source = html.escape(i18n.source_name(hit.source))
        date = html.escape(i18n.article_date_text(hit.date, hit.date_estimated)) if hit.date else ""
        parts = (source, date, f"¶{i18n.number(hit.paragraph)}", more)
        detail = " · ".join(part for part in parts if part)
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
            parts.append(f"<span class='meta'>{html.escape(i18n.core_text(result.notice))}</span>")
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
