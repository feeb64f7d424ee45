"""A list delegate that paints each row as rich text (title, snippet with highlighted hits)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .safe_text import SafeDocument

HTML_ROLE = Qt.ItemDataRole.UserRole + 1


class HtmlDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, css: str = "") -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.css = css

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = SafeDocument()  # a row's HTML names no file Qt may read
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(self.css)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(50, self._width(option) - 12))
        return document

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        viewport = widget.viewport().width() if widget is not None else 0  # type: ignore[attr-defined]
        return viewport or option.rect.width()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        colour_group = QPalette.ColorGroup.Normal
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(colour_group, role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        clip = QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 8)
        painter.setClipRect(clip)
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(self._width(option), int(document.size().height()) + 8)
