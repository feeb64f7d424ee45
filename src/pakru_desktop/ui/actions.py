"""Window actions with their shortcuts, made one way for the whole window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from . import i18n, theme
from .article_admin import choose_update, edit_current, remove_current
from .rebuild import add_rebuild_action
from .topic_editor import edit_topics
from .verify_action import add_verify_action

if TYPE_CHECKING:
    from .main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey
translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …)


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
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(self.act_open_library)
    self.recent_menu = file_menu.addMenu(translate("MainWindow", "&Recent Libraries"))
    self.recent_menu.setObjectName("recent-libraries")
    self.recent_menu.aboutToShow.connect(lambda: self.session.fill_recent_menu(self.recent_menu))
    self.session.fill_recent_menu(self.recent_menu)
    file_menu.addSeparator()
    for action in (self.act_import_files, self.act_import_folder, self.act_apply_update,
                   self.act_edit_article, self.act_remove_article, self.act_edit_topics, None,
                   self.act_export_pdf,
                   self.act_export_sheet, self.act_print, None, self.act_quit):  # fmt: skip
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    for action in (self.act_copy, self.act_copy_citation, None, self.act_find):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset, None,
                   self.act_next_hit, self.act_prev_hit, self.act_clear, None,
                   self.act_next_pane, self.act_prev_pane, None, self.act_numbers,
                   self.act_commentary):  # fmt: skip
        view_menu.addSeparator() if action is None else view_menu.addAction(action)
    theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
    for action in self.theme_actions.values():
        theme_menu.addAction(action)
    self.language_group = i18n.add_language_menu(self, view_menu, self.settings)
    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    go_menu.addAction(self.act_back)
    go_menu.addAction(self.act_forward)
    go_menu.addSeparator()
    go_menu.addAction(self.act_timeline)
    go_menu.addAction(self.act_go_topic)
    go_menu.addAction(self.act_go_article)
    self.edit_menu, self.go_menu = edit_menu, go_menu  # the workbench adds its own items
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(self.act_about)
    self.verifier = add_verify_action(self, help_menu, self.library.path)
    self.rebuilder = add_rebuild_action(self, help_menu)
    toolbar = QToolBar(translate("MainWindow", "Navigation"))
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


def build_actions(self: MainWindow) -> None:
    """Every action of the window, with its shortcuts (menus and toolbar use them)."""
    A, K = partial(window_action, self), QKeySequence.StandardKey  # noqa: N806
    self.act_open_library = A(
        translate("MainWindow", "Open &Library…"), self.session.choose_file, ["Ctrl+Alt+O"]
    )
    self.act_apply_update = A(translate("MainWindow", "Apply &Update…"),
                              lambda: choose_update(self), ["Ctrl+U"])  # fmt: skip
    self.act_edit_topics = A(translate("MainWindow", "Edit &Topics…"),
                             lambda: edit_topics(self), ["Ctrl+Shift+T"])  # fmt: skip
    self.act_edit_article = A(translate("MainWindow", "Edit Article &Details…"),
                              lambda: edit_current(self), ["Ctrl+E"])  # fmt: skip
    self.act_remove_article = A(translate("MainWindow", "Re&move Article…"),
                                lambda: remove_current(self), ["Delete"])  # fmt: skip
    self.act_import_files = A(
        translate("MainWindow", "&Import Files…"), self.imports.choose_files, ["Ctrl+O"]
    )
    self.act_import_folder = A(
        translate("MainWindow", "Import &Folder…"), self.imports.choose_folder, ["Ctrl+Shift+O"]
    )
    self.act_export_pdf = A(
        translate("MainWindow", "&Export Article as PDF…"), self.export_pdf_dialog, ["Ctrl+Shift+E"]
    )
    self.act_print = A(translate("MainWindow", "&Print…"), self.print_dialog, [K.Print])
    self.act_export_sheet = A(
        translate("MainWindow", "Export Fact &Sheet…"),
        self.knowledge.export_sheet_dialog,
        ["Ctrl+Shift+S"],
    )
    self.act_timeline = A(
        translate("MainWindow", "&Timeline"), lambda: self.open_timeline(""), ["Ctrl+T"]
    )
    self.act_quit = A(translate("MainWindow", "&Quit"), self.close, [K.Quit, "Ctrl+Q"])
    self.act_copy = A(translate("MainWindow", "&Copy"), self.reader.copy, [K.Copy])
    self.act_copy_citation = A(
        translate("MainWindow", "Copy C&itation"), self.copy_citation, ["Ctrl+Shift+C"]
    )
    self.act_find = A(
        translate("MainWindow", "&Find in Library"), self.focus_search, ["Ctrl+K", K.Find]
    )
    self.act_zoom_in = A(
        translate("MainWindow", "Zoom &In"), lambda: self.zoom(+1), ["Ctrl+=", "Ctrl++", K.ZoomIn]
    )
    self.act_zoom_out = A(
        translate("MainWindow", "Zoom &Out"), lambda: self.zoom(-1), ["Ctrl+-", K.ZoomOut]
    )
    self.act_zoom_reset = A(
        translate("MainWindow", "&Reset Zoom"), lambda: self.zoom(None), ["Ctrl+0"]
    )
    self.act_next_hit = A(
        translate("MainWindow", "&Next Hit"), lambda: self.reader.next_hit(+1), ["F3", K.FindNext]
    )
    self.act_prev_hit = A(translate("MainWindow", "Pre&vious Hit"), lambda: self.reader.next_hit(-1),
                          ["Shift+F3", K.FindPrevious])  # fmt: skip
    self.act_clear = A(translate("MainWindow", "Clear &Highlights"), self.clear_highlights, ["Esc"])
    self.act_numbers = A(
        translate("MainWindow", "Paragraph N&umbers"), lambda: None, ["Ctrl+Shift+N"]
    )
    self.act_numbers.setCheckable(True)
    self.act_numbers.toggled.connect(self.show_paragraph_numbers)
    self.act_commentary = A(translate("MainWindow", "Show &Commentary on Sheets"), lambda: None,
                            ["Ctrl+Shift+M"])  # fmt: skip
    self.act_commentary.setCheckable(True)
    self.act_commentary.setChecked(str(self.settings.value("show_commentary", "false")) == "true")
    self.knowledge.set_show_commentary(self.act_commentary.isChecked())
    self.act_commentary.toggled.connect(self.knowledge.set_show_commentary)
    self.act_next_pane = A(
        translate("MainWindow", "Next &Pane"), lambda: next_pane(self, +1), ["F6"]
    )
    self.act_prev_pane = A(translate("MainWindow", "Previous P&ane"), lambda: next_pane(self, -1),
                           ["Shift+F6"])  # fmt: skip
    self.act_back = A(translate("MainWindow", "&Back"), self.navigation.back, ["Alt+Left", K.Back])
    self.act_forward = A(
        translate("MainWindow", "&Forward"), self.navigation.forward, ["Alt+Right", K.Forward]
    )
    self.act_go_article = A(translate("MainWindow", "&Article…"), lambda: self.navigation.quick_switch("article"),
                            ["Ctrl+J"])  # fmt: skip
    self.act_go_topic = A(translate("MainWindow", "To&pic…"), lambda: self.navigation.quick_switch("topic"),
                          ["Ctrl+Shift+J"])  # fmt: skip
    self.act_about = A(translate("MainWindow", "&About pakru-desktop"), self.show_about)
    self.theme_group = QActionGroup(self)
    self.theme_actions = {}
    names = {"system": translate("MainWindow", "&System"),
             "light": translate("MainWindow", "&Light"), "dark": translate("MainWindow", "&Dark")}  # fmt: skip
    for name in theme.THEMES:
        action = QAction(names.get(name, name.title()), self, checkable=True)
        action.setChecked(name == self.theme_name)
        action.triggered.connect(lambda _checked, n=name: self.apply_theme(n))
        self.theme_group.addAction(action)
        self.theme_actions[name] = action
    self.navigation.update_actions()


def next_pane(self: MainWindow, step: int) -> None:
    """F6 / Shift+F6: the keyboard goes round the panes the splitter holds (sidebar list,
    results, page shown), as in a browser; no mouse is needed to reach any of them."""
    sidebar = self.sidebar.tabs.currentWidget()
    page = self.right.currentWidget()
    # The timeline's picture repeats its list, which carries the citations: the list is the stop.
    panes = [sidebar, self.search_pane.list, self.timeline.list if page is self.timeline else page]
    focused = QApplication.focusWidget()
    current = next((n for n, pane in enumerate(panes) if pane is focused), -1)
    target = panes[(current + step) % len(panes)] if current >= 0 or step > 0 else panes[-1]
    target.setFocus(Qt.FocusReason.TabFocusReason)
