"""The library sidebar: articles (date, title; estimated dates marked ≈), topics and sources
with counts, in three tabs, filtered as you type.

List models of our own over Python tuples, shown in QListViews with uniform item sizes: a
tree of 100,000 QStandardItems took seconds to lay out (and crashed PySide6 6.12 in a
refcount bug); these load a library of any size in one reset and lay out only what is seen.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLineEdit, QListView, QTabWidget, QVBoxLayout, QWidget

from ..model import ArticleSummary
from . import i18n
from .safe_text import plain_tip

KEY_ROLE = Qt.ItemDataRole.UserRole + 11
Index = QModelIndex | QPersistentModelIndex
Row = tuple[str, str, str, str]  # key, text shown, tooltip, folded text the filter searches
translate = QCoreApplication.translate  # rows are built on the background thread, no QObject


def date_text(summary: ArticleSummary, undated: str = "") -> str:
    """The date in the interface's language, marked as every view marks an estimate."""
    if not summary.date:
        return undated or translate("Sidebar", "undated")
    return i18n.article_date_text(summary.date, summary.date_estimated)


def make_row(key: str, text: str, tooltip: str) -> Row:
    """A row of any tab: the filter searches what is shown and what the tip says."""
    return (key, text, tooltip, f"{text}\n{tooltip}".casefold())


def article_rows(summaries: list[ArticleSummary]) -> list[Row]:
    """The article list's rows (plain Python: the background thread builds them)."""
    # The words every row shares, translated once: 100,000 rows are built in about a second.
    undated = translate("Sidebar", "undated")
    estimated = " " + translate("Sidebar", "(date estimated from the text)")
    unknown = i18n.source_name("")
    rows = []
    for s in summaries:
        date = date_text(s, undated)
        tip = f"{s.title} — {s.source or unknown}, {date}"
        if s.date_estimated:
            tip += estimated
        rows.append(make_row(s.article_id, f"{date}  {s.title}", tip))
    return rows


class RowsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.shown: list[int] = []
        self.needle = ""

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self.needle = text.casefold().strip()
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        needle = self.needle
        if not needle:
            self.shown = list(range(len(self.rows)))
        else:
            self.shown = [i for i, row in enumerate(self.rows) if needle in row[3]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self.shown):
            return None  # a view asking about a row of the model before a reset
        key, text, tooltip, _folded = self.rows[self.shown[row]]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(tooltip)  # a title is a stranger's text, never markup
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tooltip
        if role == KEY_ROLE:
            return key
        return None

    def row_of(self, key: str) -> int:
        return next((n for n, i in enumerate(self.shown) if self.rows[i][0] == key), -1)


class Sidebar(QWidget):
    articleRequested = Signal(str)
    sourceRequested = Signal(str)
    topicRequested = Signal(str)
    markRequested = Signal(str)  # a row of a tab added with add_list (bookmarks, notes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText=self.tr("Filter the library…"))
        self.filter.setAccessibleName(self.tr("Filter the library"))
        self.filter.setClearButtonEnabled(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Library"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # three tabs always fit, their labels elided
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QListView] = {}
        for kind, signal in (("article", self.articleRequested), ("topic", self.topicRequested),
                             ("source", self.sourceRequested)):  # fmt: skip
            model = RowsModel()
            view = QListView()
            view.setModel(model)
            view.setUniformItemSizes(True)  # what makes 100,000 rows cheap
            view.setLayoutMode(QListView.LayoutMode.Batched)  # … laid out a slice per event
            view.setTextElideMode(Qt.TextElideMode.ElideRight)  # long titles end in …
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setBatchSize(2000)
            if kind == "article":  # Ctrl/Shift-click: several articles for Remove Article…
                view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
            view.setAccessibleName({"article": self.tr("Articles"), "topic": self.tr("Topics"),
                                    "source": self.tr("Sources")}[kind])  # fmt: skip
            view.activated.connect(lambda index, s=signal: s.emit(index.data(KEY_ROLE)))
            view.clicked.connect(lambda index, s=signal: s.emit(index.data(KEY_ROLE)))
            self.models[kind] = model
            self.views[kind] = view
            self.tabs.addTab(view, "")
        # At 100,000 articles one filtering pass takes ~20 ms: wait for a pause in typing.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self._filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        self.labels = [("article", self.tr("Articles")), ("topic", self.tr("Topics")),
                       ("source", self.tr("Sources"))]  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tabs, 1)
        self._relabel()

    def set_articles(self, rows: list[Row]) -> None:
        """Rows from article_rows(), built off the UI thread for large libraries."""
        self.models["article"].set_rows(rows)
        self._relabel()

    def set_sources(self, sources: list[tuple[str, int]]) -> None:
        rows = []
        for name, count in sources:
            shown = i18n.source_name(name)
            tip = i18n.arg(self.tr("%Ln article(s) from %1", "", count), shown)
            key = name or i18n.UNKNOWN_SOURCE_KEY  # the search pane's filter key for it
            rows.append(make_row(key, f"{shown} ({i18n.number(count)})", tip))
        self.models["source"].set_rows(rows)
        self._relabel()

    def set_topics(self, topics: list[tuple[str, str, int]]) -> None:
        """(slug, title, article count) for each topic."""
        rows = []
        for slug, title, count in topics:
            # The topic first: a screen-reader user scans rows by their first letters.
            tip = self.tr("%1 — %Ln article(s): open its fact sheet", "", count)
            rows.append(make_row(slug, f"{title} ({i18n.number(count)})", i18n.arg(tip, title)))
        self.models["topic"].set_rows(rows)
        self._relabel()

    def add_list(self, kind: str, label: str) -> QListView:
        """A further tab of rows (the reader's bookmarks, notes); its rows emit markRequested."""
        model = RowsModel()
        view = QListView()
        view.setModel(model)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAccessibleName(label)
        view.activated.connect(lambda index: self.markRequested.emit(index.data(KEY_ROLE)))
        view.clicked.connect(lambda index: self.markRequested.emit(index.data(KEY_ROLE)))
        self.models[kind] = model
        self.views[kind] = view
        self.labels.append((kind, label))
        # More tabs than fit a narrow sidebar: scroll buttons, not a wider minimum width.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(view, "")
        self._relabel()
        return view

    def set_rows(self, kind: str, rows: list[Row]) -> None:
        self.models[kind].set_rows(rows)
        self._relabel()

    def _relabel(self) -> None:
        for position, (kind, label) in enumerate(self.labels):
            model = self.models[kind]
            shown, total = i18n.number(len(model.shown)), i18n.number(len(model.rows))
            count = shown if not model.needle else f"{shown}/{total}"
            self.tabs.setTabText(position, f"{label} ({count})")
            self.tabs.setTabToolTip(position, f"{label} ({count})")  # an elided tab in full

    def _filter(self, text: str) -> None:
        for model in self.models.values():
            model.set_filter(text)
        self._relabel()

    def section_size(self, kind: str) -> int:
        return len(self.models[kind].shown)

    def selected_articles(self) -> list[str]:
        """The ids of the article rows selected, in list order."""
        rows = sorted(i.row() for i in self.views["article"].selectionModel().selectedIndexes())
        return [self.models["article"].index(row, 0).data(KEY_ROLE) for row in rows]

    def select_article(self, article_id: str) -> None:
        row = self.models["article"].row_of(article_id)
        if row >= 0:
            index = self.models["article"].index(row, 0)
            selection = self.views["article"].selectionModel()
            # A row Ctrl-clicked into a selection of several opens, and the selection stays.
            kept = selection.isSelected(index) and len(selection.selectedIndexes()) > 1
            flags = QItemSelectionModel.SelectionFlag
            selection.setCurrentIndex(index, flags.NoUpdate if kept else flags.ClearAndSelect)
