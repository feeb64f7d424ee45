"""Alt+letter reaches one item: in every interface language, no two visible items of a menu
(or of the menu bar) underline the same letter. A clash makes Alt+letter only highlight the
first item, so a keyboard user cannot pick the second one at all."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from pakru_desktop.ui.main_window import MainWindow

from .test_i18n import start_window  # noqa: F401 - the fixture: a window started in a language
from .ui_helpers import painted

_ACCELERATOR = re.compile(r"&([^&\s])")  # "&&" is a literal ampersand, not an accelerator
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def accelerator(action: QAction) -> str:
    found = _ACCELERATOR.search(action.text().replace("&&", ""))
    return found[1].casefold() if found else ""


def clashes(where: str, actions: list[QAction]) -> list[str]:
    """'menu: letter → item, item' for each letter two visible items of one menu share."""
    items: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isVisible() and not action.isSeparator() and accelerator(action):
            items[accelerator(action)].append(action.text())
    return [f"{where}: {letter} → {', '.join(texts)}" for letter, texts in items.items()
            if len(texts) > 1]  # fmt: skip


def submenu_clashes(qtbot, menu: QMenu, where: str, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """The submenus of an open menu, each shown (its items filled on showing) and checked."""
    found: list[str] = []
    for item in menu.actions():
        submenu = item.menu()
        if submenu is None or not item.isVisible():
            continue
        submenu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(submenu.isVisible)
        painted(submenu)
        found += clashes(f"{where} → {item.text()}", submenu.actions())
        submenu.hide()
        found += submenu_clashes(qtbot, submenu, f"{where} → {item.text()}", window)
    return found


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_no_two_items_of_a_menu_share_an_alt_letter(
    qtbot,  # type: ignore[no-untyped-def]
    start_window: Callable[[str], MainWindow],  # noqa: F811 - the imported fixture
    language: str,
) -> None:
    window = start_window(language)
    bar = window.menuBar()
    menus = [a for a in bar.actions() if a.isVisible() and a.menu() is not None]
    assert len(menus) >= 6  # File, Edit, View, Go, Notes, Help
    found = clashes("menu bar", bar.actions())
    for action in menus:
        # Opened from the menu bar by a click, as a person does.
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
        menu = action.menu()
        assert isinstance(menu, QMenu)
        qtbot.waitUntil(menu.isVisible)
        painted(menu)
        found += clashes(action.text(), menu.actions())
        menu.hide()
        found += submenu_clashes(qtbot, menu, action.text(), window)
    assert not found, "\n".join(found)
