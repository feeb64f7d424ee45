"""The library sidebar: articles (title, source, date; estimated dates marked), topics and
sources with counts, filtered as you type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ..model import ArticleSummary

KIND_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11


def date_text(summary: ArticleSummary) -> str:
    if not summary.date:
        return "undated"
    return f"≈ {summary.date}" if summary.date_estimated else summary.date


class Sidebar(QWidget):
    articleRequested = Signal(str)
    sourceRequested = Signal(str)
    topicRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(placeholderText="Filter the library…")
        self.filter.setAccessibleName("Filter the library")
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        self.tree = QTreeView()
        self.tree.setAccessibleName("Library")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)  # two-line article rows
        self.tree.setWordWrap(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.articles_root = self._root("Articles")
        self.topics_root = self._root("Topics")
        self.sources_root = self._root("Sources")
        self.set_topics([])

    def _root(self, label: str) -> QStandardItem:
        item = QStandardItem(label)
        item.setData(label, Qt.ItemDataRole.ToolTipRole)
        item.setSelectable(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.model.appendRow(item)
        return item

    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        self.articles_root.removeRows(0, self.articles_root.rowCount())
        for summary in summaries:
            item = QStandardItem(f"{summary.title}\n{date_text(summary)} · {summary.source}")
            tip = f"{summary.title} — {summary.source}, {date_text(summary)}"
            if summary.date_estimated:
                tip += " (date estimated from the text)"
            item.setData(tip, Qt.ItemDataRole.ToolTipRole)
            item.setData("article", KIND_ROLE)
            item.setData(summary.article_id, KEY_ROLE)
            self.articles_root.appendRow(item)
        self.articles_root.setText(f"Articles ({len(summaries)})")
        self.tree.expand(self.proxy.mapFromSource(self.articles_root.index()))

    def set_sources(self, sources: list[tuple[str, int]]) -> None:
        self._fill(self.sources_root, "Sources", "source",
                   [(name, f"{name or 'Unknown'} ({count})") for name, count in sources])  # fmt: skip

    def set_topics(self, topics: list[tuple[str, str, int]]) -> None:
        """(slug, title, article count) for each topic."""
        self._fill(self.topics_root, "Topics", "topic",
                   [(slug, f"{title} ({count})") for slug, title, count in topics])  # fmt: skip

    def _fill(self, root: QStandardItem, label: str, kind: str,
              rows: list[tuple[str, str]]) -> None:  # fmt: skip
        root.removeRows(0, root.rowCount())
        for key, text in rows:
            item = QStandardItem(text)
            item.setData(text, Qt.ItemDataRole.ToolTipRole)
            item.setData(kind, KIND_ROLE)
            item.setData(key, KEY_ROLE)
            root.appendRow(item)
        root.setText(f"{label} ({len(rows)})")
        self.tree.setRowHidden(root.row(), QModelIndex(), not rows)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _activated(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        key = index.data(KEY_ROLE)
        if kind == "article":
            self.articleRequested.emit(key)
        elif kind == "source":
            self.sourceRequested.emit(key)
        elif kind == "topic":
            self.topicRequested.emit(key)

    def select_article(self, article_id: str) -> None:
        for row in range(self.articles_root.rowCount()):
            item = self.articles_root.child(row)
            if item.data(KEY_ROLE) == article_id:
                self.tree.setCurrentIndex(self.proxy.mapFromSource(item.index()))
                return
