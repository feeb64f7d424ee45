"""Window actions with their shortcuts, made one way for the whole window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from .verify_action import add_verify_action

if TYPE_CHECKING:
    from .main_window import MainWindow

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


def build_menus_and_toolbar(self: MainWindow) -> None:
    """The menu bar and the navigation toolbar, from the window's actions."""
    bar = self.menuBar()
    file_menu = bar.addMenu("&File")
    for action in (self.act_import_files, self.act_import_folder, None, self.act_export_pdf,
                   self.act_export_sheet, self.act_print, None, self.act_quit):  # fmt: skip
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu("&Edit")
    for action in (self.act_copy, self.act_copy_citation, None, self.act_find):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    view_menu = bar.addMenu("&View")
    for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, None,
                   self.act_next_hit, self.act_prev_hit, self.act_clear, None):  # fmt: skip
        view_menu.addSeparator() if action is None else view_menu.addAction(action)
    theme_menu = view_menu.addMenu("&Theme")
    for action in self.theme_actions.values():
        theme_menu.addAction(action)
    go_menu = bar.addMenu("&Go")
    go_menu.addAction(self.act_back)
    go_menu.addAction(self.act_forward)
    go_menu.addSeparator()
    go_menu.addAction(self.act_timeline)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(self.act_about)
    self.verifier = add_verify_action(self, help_menu, self.library.path)
    toolbar = QToolBar("Navigation")
    toolbar.setObjectName("navigation-toolbar")
    toolbar.setMovable(False)
    toolbar.addAction(self.act_back)
    toolbar.addAction(self.act_forward)
    toolbar.addSeparator()
    toolbar.addWidget(self.search_field)
    toolbar.addSeparator()
    toolbar.addAction(self.act_prev_hit)
    toolbar.addAction(self.act_next_hit)
    toolbar.addWidget(self.hit_label)
    self.addToolBar(toolbar)
