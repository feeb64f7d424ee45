"""Go → Topic… and Go → Article…: a quick switcher (type to filter, Enter opens), so sheets
and articles are reachable without the sidebar or the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from .sidebar import KEY_ROLE, Row, RowsModel


class QuickSwitcher(QDialog):
    chosen = Signal(str)  # the key of the row opened

    def __init__(self, title: str, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.field = QLineEdit(placeholderText=self.tr("Type to filter, Enter opens"))
        self.field.setAccessibleName(self.tr("Filter"))
        self.model = RowsModel()
        self.model.set_rows(rows)
        self.list = QListView()
        self.list.setAccessibleName(title)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self.field, self.list, self.count):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._filter)
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        self.list.activated.connect(lambda _index: self._open_current())
        self._filter("")
        self.resize(560, 320)
        self.field.setFocus()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.count.setText(self.tr("%n match(es)", "", self.model.rowCount()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Up and Down move through the list while typing goes on in the field.
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == \
                QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # fmt: skip
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.model.rowCount() - 1, self.list.currentIndex().row() + step))
            self.list.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.accept()  # first, so the focus given by what opens stays where it is put
            self.chosen.emit(index.data(KEY_ROLE))
