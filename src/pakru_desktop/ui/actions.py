"""Window actions with their shortcuts, made one way for the whole window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = str | QKeySequence.StandardKey


def window_action(owner: QWidget, text: str, slot: Callable[[], object],
                  shortcuts: Sequence[Shortcut] = (), tip: str = "") -> QAction:  # fmt: skip
    """An action of the whole window (works from any pane), added to `owner`."""
    action = QAction(text, owner)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:  # standard keys may mean nothing on a platform: skip those
        found = (
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
        sequences += [s for s in found if not s.isEmpty() and s not in sequences]
    action.setShortcuts(sequences)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(tip or text.replace("&", ""))
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
