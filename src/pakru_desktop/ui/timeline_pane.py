"""The timeline view: every dated fact as a picture (QPainter) and as a cited list.

Markers say how sure a date is: filled — written in full in the article; hollow — the year
was inferred from the article's date; dashed — inferred from a date that is itself an
estimate; a wide bar — a decade. Long empty stretches are cut, and the cut is drawn (//)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..knowledge.sheet import TimelineEntry
from ..knowledge.topics import Topic
from ..render.sheet import Sources
from . import i18n
from .factsheet_pane import parse_citation_url
from .safe_text import SafeBrowser

COLUMN = 150
MARGIN = 24
AXIS_Y = 104
CHART_HEIGHT = 280
GAP_YEARS = 4  # a jump longer than this between neighbours is drawn as a cut


class TimelineChart(QWidget):
    entryActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self.sources = Sources(False)  # S-numbers as the list's (the library's numbers)
        self.selected = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline picture"))
        self.setFixedHeight(CHART_HEIGHT)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.sources = Sources(False)
        self.selected = 0 if entries else -1
        self.setMinimumWidth(self.sizeHint().width())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(MARGIN * 2 + max(1, len(self.entries)) * COLUMN, CHART_HEIGHT)

    def mirrored(self, x: float) -> float:
        """An x of the left-to-right drawing as drawn: in a right-to-left interface (Urdu)
        time runs from right to left, as the reader's eye does."""
        return self.width() - x if self.isRightToLeft() else x

    def column_at(self, x: float) -> int:
        index = int((self.mirrored(x) - MARGIN) // COLUMN)
        return index if 0 <= index < len(self.entries) else -1

    def centre(self, index: int) -> QPointF:
        return QPointF(self.mirrored(MARGIN + index * COLUMN + COLUMN / 2), AXIS_Y)

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        accent = palette.link().color()  # the highlight colour is too pale to draw with
        muted = QColor(text)
        muted.setAlphaF(0.55)
        painter.fillRect(self.rect(), palette.base())
        if not self.entries:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated facts."))
            return
        self._draw_legend(painter, text, accent)
        painter.setPen(QPen(muted, 2))
        painter.drawLine(
            QPointF(self.mirrored(MARGIN), AXIS_Y),
            QPointF(self.mirrored(MARGIN + len(self.entries) * COLUMN), AXIS_Y),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for index, entry in enumerate(self.entries):
            centre = self.centre(index)
            if index and _year(entry.date) - _year(self.entries[index - 1].date) > GAP_YEARS:
                between = centre.x() + (COLUMN / 2 if self.isRightToLeft() else -COLUMN / 2)
                self._draw_cut(painter, between, palette.base().color(), muted)
            self._draw_marker(painter, entry, centre, accent)
            painter.setPen(text)
            painter.setFont(bold)
            label = i18n.date_text(entry.date, entry.precision)
            painter.drawText(QRectF(centre.x() - COLUMN / 2 + 4, AXIS_Y - 44, COLUMN - 8, 20),
                             Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
            painter.setFont(self.font())
            painter.setPen(muted if not (entry.inferred or entry.estimated) else accent)
            note = _marker_note(entry)
            if note:
                painter.drawText(QRectF(centre.x() - COLUMN / 2, AXIS_Y - 26, COLUMN, 16),
                                 Qt.AlignmentFlag.AlignCenter, note)  # fmt: skip
            painter.setPen(text)
            box = QRectF(centre.x() - COLUMN / 2 + 6, AXIS_Y + 18, COLUMN - 12,
                         CHART_HEIGHT - AXIS_Y - 24)  # fmt: skip
            painter.drawText(box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop
                             | Qt.AlignmentFlag.AlignHCenter, _short(entry.text))  # fmt: skip
            if index == self.selected and self.hasFocus():
                painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
                painter.drawRect(QRectF(centre.x() - COLUMN / 2 + 2, 30, COLUMN - 4,
                                        CHART_HEIGHT - 34))  # fmt: skip
        painter.end()

    def _draw_marker(self, painter: QPainter, entry: TimelineEntry, centre: QPointF,
                     accent: QColor, width: float = COLUMN - 20, radius: float = 7) -> None:  # fmt: skip
        """Filled: date in the text; hollow: inferred; dashed: inferred from an estimated
        article date; a rounded bar `width` wide: a decade; a diamond: planned or expected,
        not (yet) something that happened."""
        pen = QPen(accent, 2.5 if radius > 5 else 2)
        if entry.estimated:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if entry.precision == "decade":
            fill = QColor(accent)
            fill.setAlphaF(0.3)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(centre.x() - width / 2, centre.y() - radius, width,
                                           2 * radius), radius, radius)  # fmt: skip
        elif entry.planned:
            painter.setBrush(Qt.BrushStyle.NoBrush if entry.inferred else accent)
            r = radius * 1.25
            painter.drawPolygon(QPolygonF([QPointF(centre.x(), centre.y() - r),
                                           QPointF(centre.x() + r, centre.y()),
                                           QPointF(centre.x(), centre.y() + r),
                                           QPointF(centre.x() - r, centre.y())]))  # fmt: skip
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush if entry.inferred else accent)
            painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_cut(self, painter: QPainter, x: float, background: QColor, muted: QColor) -> None:
        painter.fillRect(QRectF(x - 6, AXIS_Y - 6, 12, 12), background)
        painter.setPen(QPen(muted, 1.5))
        for dx in (-4, 2):
            painter.drawLine(QPointF(x + dx - 3, AXIS_Y + 6), QPointF(x + dx + 3, AXIS_Y - 6))

    def _draw_legend(self, painter: QPainter, text: QColor, accent: QColor) -> None:
        x, y = MARGIN, 16
        items = ((self.tr("date in the text"), False, False, False, "happened"),
                 (self.tr("year inferred"), True, False, False, "happened"),
                 (self.tr("inferred from an estimated date"), True, True, False, "happened"),
                 (self.tr("decade"), False, False, True, "happened"),
                 (self.tr("planned or expected"), False, False, False, "planned"))  # fmt: skip
        for label, inferred, estimated, decade, mode in items:
            probe = TimelineEntry("", "", "decade" if decade else "day", inferred, estimated,
                                  "", [], [], mode)  # fmt: skip
            width = 34 if decade else 16
            self._draw_marker(painter, probe, QPointF(self.mirrored(x + width / 2), y), accent,
                              width, 5)  # fmt: skip
            painter.setPen(text)
            advance = painter.fontMetrics().horizontalAdvance(label)
            start = self.mirrored(x + width + 6) - (advance if self.isRightToLeft() else 0)
            painter.drawText(QPointF(start, y + 5), label)
            x += width + 16 + advance

    # -- interaction -----------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.column_at(event.position().x())
        if index < 0:
            self.setToolTip("")
            return
        entry = self.entries[index]
        label = i18n.date_text(entry.date, entry.precision)
        if entry.inferred:
            label = i18n.arg(self.tr("%1 (inferred, article date estimated)") if entry.estimated
                             else self.tr("%1 (inferred)"), label)  # fmt: skip
        if entry.planned:
            label = f"{label} — {_marker_note(entry)}"
        places = {c.place: c for c in entry.citations}.values()  # each paragraph once
        sources = "<br>".join(
            f"[{html.escape(self.sources.label(c))}] {html.escape(c.title or c.source_file)}"
            for c in places
        )
        self.setToolTip(f"<b>{html.escape(label)}</b><br>{html.escape(entry.text)}"
                        f"<br><i>{sources}</i>")  # fmt: skip

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.column_at(event.position().x())
        if index >= 0:
            self.selected = index
            self.update()
            self.entryActivated.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and self.entries:
            later = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
            step = 1 if key == later else -1
            self.selected = max(0, min(len(self.entries) - 1, self.selected + step))
            self.selectedMoved()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.selected >= 0:
            self.entryActivated.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def selectedMoved(self) -> None:  # noqa: N802 - matches Qt's naming around it
        self.update()
        parent = self.parent()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parent()
        if isinstance(parent, QScrollArea):
            centre = self.centre(self.selected)
            parent.ensureVisible(int(centre.x()), int(centre.y()), COLUMN, 0)


def _marker_note(entry: TimelineEntry) -> str:
    """The word under a marker's date: what kind of date or event it is."""
    if entry.planned:
        return QCoreApplication.translate("TimelineChart", "planned")
    if entry.inferred:
        if entry.estimated:
            return QCoreApplication.translate("TimelineChart", "estimated")
        return QCoreApplication.translate("TimelineChart", "inferred")
    return ""


def _year(date: str) -> int:
    return int(date[:4]) if date[:4].isdigit() else 0


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


class TimelinePane(QWidget):
    """Topic filter, the picture, and the same entries as a list with citation links."""

    articleRequested = Signal(str, int, str)
    topicChosen = Signal(str)  # "" for every topic

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.title = QLabel(f"<b>{html.escape(self.accessibleName())}</b>")
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName(self.tr("Timeline topic"))
        self.topic_filter.addItem(self.tr("All topics"), "")
        self.topic_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic_filter.setMinimumContentsLength(10)
        self.count_label = QLabel("")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count_label)
        header.addWidget(self.topic_filter)
        self.chart = TimelineChart()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.chart)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        frame = 2 * self.scroll.frameWidth()
        scrollbar = self.scroll.horizontalScrollBar().sizeHint().height()
        # At most the picture's height; less on a small screen (it scrolls), so the window
        # fits 1024×600 and 2× scaling on 1400×900.
        self.scroll.setMaximumHeight(CHART_HEIGHT + scrollbar + frame)
        self.scroll.setMinimumHeight(80)
        self.list = SafeBrowser()
        self.list.setAccessibleName(self.tr("Timeline list"))
        self.list.document().setDocumentMargin(14)
        self.list.anchorClicked.connect(self._anchor)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.scroll)
        split.addWidget(self.list)
        # The picture whole (captions too) before the list grows: the list scrolls well at
        # any height, a picture cut below its axis loses its captions (1024×600).
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([self.scroll.maximumHeight(), 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addLayout(header)
        layout.addWidget(split, 1)
        self.slug = ""
        self.topic_filter.currentIndexChanged.connect(
            lambda _: self.topicChosen.emit(str(self.topic_filter.currentData()))
        )
        self.chart.entryActivated.connect(self._open_entry)

    def set_topics(self, topics: list[Topic]) -> None:
        current = self.slug
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("All topics"), "")
        for topic in topics:
            self.topic_filter.addItem(topic.title, topic.slug)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(current)))
        self.topic_filter.blockSignals(False)

    def show_loading(self, slug: str) -> None:
        self.slug = slug
        self.topic_filter.blockSignals(True)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(slug)))
        self.topic_filter.blockSignals(False)
        self.count_label.setText(self.tr("Gathering dated facts…"))

    def show_entries(self, slug: str, entries: list[TimelineEntry], list_html: str,
                     css: str) -> None:  # fmt: skip
        self.slug = slug
        self.chart.set_entries(entries)
        self.count_label.setText(self.tr("%n dated fact(s)", "", len(entries)) + "  ")
        self.list.document().setDefaultStyleSheet(css)
        self.list.setHtml(list_html)
        self.list.verticalScrollBar().setValue(self.list.take_pending_scroll(0))

    def _open_entry(self, index: int) -> None:
        entry = self.chart.entries[index]
        if entry.citations:
            first = entry.citations[0]
            self.articleRequested.emit(first.article_id, first.paragraph, first.quote)

    def _anchor(self, url: QUrl) -> None:
        cited = parse_citation_url(url)
        if cited is not None:
            self.articleRequested.emit(*cited)
