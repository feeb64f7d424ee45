"""The Qt binding must not leak or drop references on every call: a session makes millions."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel()
    item = QStandardItem()
    calls = [
        qapp.processEvents,
        lambda: label.setText("x"),
        lambda: item.setData("x", Qt.ItemDataRole.UserRole),
    ]
    for call in calls:
        before = sys.getrefcount(None)
        for _ in range(500):
            call()
        # PySide6 6.12.0 on Python 3.11 loses one reference per call and crashes later.
        assert abs(sys.getrefcount(None) - before) < 50
