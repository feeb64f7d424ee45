"""Moving between the window's pages: Back and Forward over the places the reader has been,
each page's scroll kept, and Go → Article… / Topic…. The pages themselves are opened by
MainWindow.open_article, open_topic and open_timeline, which record each place here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .history import History, Place
from .switcher import QuickSwitcher

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …)


class Navigation:
    """The window's history and the moves through it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.history = History()

    def record(self, place: Place, record: bool) -> None:
        if record:
            self.history.push(place)
            self.update_actions()

    def leaving(self, record: bool = True) -> None:
        """Keep the scroll position of the page being left, for Back and Forward."""
        if record:
            self.history.remember_scroll(self._browser().verticalScrollBar().value())

    def back(self) -> None:
        self.leaving()
        self._go(self.history.back())

    def forward(self) -> None:
        self.leaving()
        self._go(self.history.forward())

    def update_actions(self) -> None:
        self.window.act_back.setEnabled(self.history.can_go_back())
        self.window.act_forward.setEnabled(self.history.can_go_forward())

    def quick_switch(self, kind: str) -> QuickSwitcher:
        """Go → Article… / Topic…: type to filter the library's rows, Enter opens one."""
        window = self.window
        title = (translate("MainWindow", "Go to Article") if kind == "article"
                 else translate("MainWindow", "Go to Topic"))  # fmt: skip
        window.switcher = QuickSwitcher(title, window.sidebar.models[kind].rows, window)
        if kind == "article":
            window.switcher.chosen.connect(lambda key: window.open_result(key, 1, ""))
        else:
            window.switcher.chosen.connect(lambda key: window.open_topic(key)
                                           and window.factsheet.setFocus())  # fmt: skip
        window.switcher.open()
        return window.switcher

    def _browser(self):  # type: ignore[no-untyped-def]
        """The scrolling view of the page shown (the timeline's is its list)."""
        pane = self.window.right.currentWidget()
        return self.window.timeline.list if pane is self.window.timeline else pane

    def _go(self, place: Place | None) -> None:
        window = self.window
        if place is not None and place.timeline:
            window.open_timeline(place.topic, record=False)
        elif place is not None and place.topic:
            window.open_topic(place.topic, record=False)
        elif place is not None:
            window.open_article(place.article_id, place.paragraph, place.query, record=False,
                                quote=place.quote)  # fmt: skip
        if place is not None and place.scroll >= 0:  # where the page was left
            self._browser().scroll_when_shown(place.scroll)  # sheets and timelines arrive later
        self.update_actions()
