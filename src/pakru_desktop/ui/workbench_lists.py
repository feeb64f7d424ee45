"""The Bookmarks and Notes tabs of the sidebar: each row says what it is on, with the
citation key (S2 ¶7) a sheet would use; Delete removes a row, F2 edits a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView

from ..db.anchoring import place
from .sidebar import KEY_ROLE, make_row
from .workbench_text import status_line

if TYPE_CHECKING:
    from ..db.notes import Mark
    from .workbench import Workbench

translate = QCoreApplication.translate


class MarkLists(QObject):
    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        sidebar = bench.window.sidebar
        self.views: dict[str, QListView] = {
            "bookmark": sidebar.add_list("bookmark", translate("Workbench", "Bookmarks")),
            "note": sidebar.add_list("note", translate("Workbench", "Notes")),
        }
        for view in self.views.values():
            view.installEventFilter(self)
        sidebar.markRequested.connect(lambda key: key and bench.open_mark(int(key)))
        # Where each mark sits is worked out again when the library changed (an import, an
        # update) and whenever its tab is shown, so "(changed)" is always current.
        bench.window.libraryLoaded.connect(self.reload)
        sidebar.tabs.currentChanged.connect(
            lambda _n: sidebar.tabs.currentWidget() in self.views.values() and self.reload()
        )

    def show(self, kind: str) -> None:
        """Go → Bookmarks / Notes: the tab, with the keyboard in its list."""
        tabs = self.bench.window.sidebar.tabs
        tabs.setCurrentWidget(self.views[kind])
        self.views[kind].setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.views[kind].currentIndex().isValid() and self.views[kind].model().rowCount():
            self.views[kind].setCurrentIndex(self.views[kind].model().index(0, 0))

    def current_mark(self, view: QListView) -> int:
        key = view.currentIndex().data(KEY_ROLE)
        return int(key) if key else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Delete and F2 in these lists act on a mark, not the window's shortcuts for the same
        # keys (File → Remove Article… is Delete elsewhere): claim them here.
        claimed = (Qt.Key.Key_Delete, Qt.Key.Key_F2)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QListView)
                and QKeyEvent.key(event) in claimed):  # type: ignore[arg-type]  # fmt: skip
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QListView):
            key = QKeyEvent.key(event)  # type: ignore[arg-type]
            mark_id = self.current_mark(watched)
            if key == Qt.Key.Key_Delete and mark_id:
                self.bench.remove(mark_id)
                return True
            if key == Qt.Key.Key_F2 and mark_id:
                self.bench.edit_note(mark_id)
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        marks = self.bench.store.all()
        keys = self.bench.keys(sorted({m.article_id for m in marks if m.article_id}))
        sidebar = self.bench.window.sidebar
        rows = {"bookmark": [self._row(m, keys) for m in marks if m.kind == "bookmark"],
                "note": [self._row(m, keys) for m in marks if m.kind != "bookmark"]}  # fmt: skip
        for kind, view in self.views.items():
            current = view.currentIndex().data(KEY_ROLE)
            sidebar.set_rows(kind, rows[kind])
            # The keyboard stays on the row it was on (F2 then Delete works on the same row).
            model = sidebar.models[kind]
            row = model.row_of(current) if current else -1
            if row >= 0:
                view.setCurrentIndex(model.index(row, 0))

    def _row(self, mark: Mark, keys: dict[str, int]) -> tuple[str, str, str, str]:
        library = self.bench.window.library
        article = library.article(mark.article_id) if mark.article_id else None
        where = place(mark, article) if not mark.topic else None
        number = where.paragraph if where is not None else mark.paragraph
        key = keys.get(mark.article_id)
        cite = f"S{key}" + (f" ¶{number}" if number else "") if key else ""
        title = article.title if article is not None else mark.title
        if mark.kind == "bookmark":
            text = f"{cite}  {title}" if cite else title
        else:
            words = mark.body or mark.quote
            sign = "✎" if mark.kind == "note" else "▌"
            text = f"{sign} {words.splitlines()[0] if words else ''} — {cite}".rstrip(" —")
        status = status_line(where) if where is not None else ""
        tip = " · ".join(part for part in (mark.body, f"“{mark.quote}”" if mark.quote else "",
                                           title, cite, status) if part)  # fmt: skip
        if status:
            text += " " + translate("Workbench", "(changed)")
        return make_row(str(mark.id), text, tip)
