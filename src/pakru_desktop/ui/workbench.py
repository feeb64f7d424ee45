"""The delegate's workbench in the main window: bookmarks, highlights and notes (kept in the
reader's own notes file, db/notes.py), drawn into the reader and the sheets, listed in two
sidebar tabs, found by the search field, and gathered into a briefing pack."""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMenu

from ..db.anchoring import follow_articles, place
from ..db.notes import COLOURS, Mark, NotesError
from ..knowledge.sheet import article_keys
from ..knowledge.topics import Topic
from ..model import Article
from ..render import marks as drawn
from . import i18n
from .actions import window_action
from .note_dialog import NoteDialog
from .workbench_text import paragraph_of, status_line

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate
_PARAGRAPH = re.compile(r"p(\d+)")


def colour_names() -> dict[str, str]:
    return {"yellow": translate("Workbench", "&Yellow"), "green": translate("Workbench", "&Green"),
            "blue": translate("Workbench", "&Blue"), "pink": translate("Workbench", "&Pink")}  # fmt: skip


class Workbench(QObject):
    """Owns the notes store's use in the window; panes only draw what it hands them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.notes
        self.colour = "yellow"
        self.dialog: NoteDialog | None = None
        self.menu: QMenu | None = None
        self._build_actions()
        window.reader.decorate = self._decorate_article
        window.factsheet.decorate = self._decorate_sheet
        from .workbench_lists import MarkLists

        self.lists = MarkLists(self)
        from .workbench_menus import install_context_menus

        install_context_menus(self)
        self.refresh()

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        A = partial(window_action, w)  # noqa: N806
        self.act_bookmark = A(
            translate("Workbench", "&Bookmark Paragraph"), self.bookmark, ["Ctrl+D"]
        )
        self.act_bookmark_article = A(translate("Workbench", "Bookmark &Article"), self.bookmark_article,
                                      ["Ctrl+Shift+D"])  # fmt: skip
        self.act_highlight = A(translate("Workbench", "&Highlight Selection"), lambda: self.highlight(self.colour),
                               ["Ctrl+H"])  # fmt: skip
        self.colour_actions: dict[str, QAction] = {}
        for number, (colour, name) in enumerate(colour_names().items(), 1):
            action = A(i18n.arg(translate("Workbench", "Highlight in %1"), name), partial(self.highlight, colour),
                       [f"Ctrl+Alt+{number}"])  # fmt: skip
            self.colour_actions[colour] = action
        self.act_note = A(translate("Workbench", "Add &Note…"), self.add_note, ["Ctrl+Alt+N"])
        self.act_briefing = A(
            translate("Workbench", "Briefing &Pack…"), self.open_briefing, ["Ctrl+Shift+B"]
        )
        self.act_export_notes = A(
            translate("Workbench", "&Export Notes…"), self.export_notes, ["Ctrl+Alt+E"]
        )
        self.act_import_notes = A(
            translate("Workbench", "&Import Notes…"), self.import_notes, ["Ctrl+Alt+I"]
        )
        self.act_show_bookmarks = A(translate("Workbench", "Boo&kmarks"), lambda: self.lists.show("bookmark"),
                                    ["Ctrl+B"])  # fmt: skip
        self.act_show_notes = A(
            translate("Workbench", "&Notes"), lambda: self.lists.show("note"), ["Ctrl+L"]
        )
        bar = w.menuBar()
        menu = QMenu(translate("Workbench", "&Notes"), w)
        for action in (self.act_bookmark, self.act_bookmark_article, None, self.act_highlight):
            menu.addSeparator() if action is None else menu.addAction(action)
        colours = menu.addMenu(translate("Workbench", "Highlight &Colour"))
        for action in self.colour_actions.values():
            colours.addAction(action)
        for action in (self.act_note, None, self.act_briefing, None, self.act_export_notes,
                       self.act_import_notes):  # fmt: skip
            menu.addSeparator() if action is None else menu.addAction(action)
        help_action = bar.actions()[-1]  # before Help, as the last of the working menus
        bar.insertMenu(help_action, menu)
        self.notes_menu = menu
        w.go_menu.addSeparator()
        w.go_menu.addAction(self.act_show_bookmarks)
        w.go_menu.addAction(self.act_show_notes)

    # -- what the reader is on -------------------------------------------------------------

    def _selection(self) -> tuple[Article, int, str] | None:
        """The article shown, the paragraph of the selection (or the reading position),
        and the selected words within that paragraph."""
        reader = self.window.reader
        article = reader.article
        if article is None or self.window.right.currentWidget() is not reader:
            self.window.statusBar().showMessage(
                translate("Workbench", "Open an article first: marks are made in the reader."),
                5000)  # fmt: skip
            return None
        cursor = reader.textCursor()
        number = reader.paragraph
        quote = ""
        if cursor.hasSelection():
            start = QTextCursor(cursor)
            start.setPosition(cursor.selectionStart())
            number = paragraph_of(start) or number
            quote = cursor.selectedText().split("\u2029")[0].strip()
            quote = re.sub(r"^¶\d+\s*", "", quote)
        block = next((b for b in article.blocks if b.number == number), None)
        if block is None:
            return None
        if quote and quote not in block.text:
            quote = ""
        return article, number, quote

    def _new_mark(self, kind: str, article: Article, number: int, **values: str) -> Mark | None:
        block = next((b for b in article.blocks if b.number == number), None)
        text = block.text if block is not None else ""
        mark = Mark(kind, article.article_id, number if block else 0, text, title=article.title,
                    library=str(self.window.library.path), **values)  # type: ignore[arg-type]  # fmt: skip
        try:
            return self.store.add(mark)
        except NotesError as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return None

    def bookmark(self) -> None:
        chosen = self._selection()
        if chosen is not None and self._new_mark("bookmark", chosen[0], chosen[1]):
            self._done(translate("Workbench", "Bookmarked paragraph %1"), chosen[1])

    def bookmark_article(self) -> None:
        article = self.window.reader.article
        if article is not None and self._new_mark("bookmark", article, 0):
            self._done(translate("Workbench", "Bookmarked the article"), 0)

    def highlight(self, colour: str) -> None:
        chosen = self._selection()
        if chosen is None:
            return
        if not chosen[2]:
            self.window.statusBar().showMessage(
                translate("Workbench", "Select the words to highlight first."), 5000)  # fmt: skip
            return
        self.colour = colour if colour in COLOURS else "yellow"
        if self._new_mark("highlight", *chosen[:2], quote=chosen[2], colour=self.colour):
            self._done(translate("Workbench", "Highlighted in paragraph %1"), chosen[1])

    def add_note(self) -> None:
        chosen = self._selection()
        if chosen is None:
            return
        article, number, quote = chosen
        shown = quote or next(b.text for b in article.blocks if b.number == number)
        dialog = self.dialog = NoteDialog(shown, "", self.window)

        def save() -> None:
            if self._new_mark("note", article, number, quote=quote, body=dialog.text()):
                self._done(translate("Workbench", "Note added to paragraph %1"), number)

        dialog.accepted.connect(save)
        dialog.open()

    def note_on_sheet_line(self, line: str, article_id: str, paragraph: int) -> None:
        """A note on a fact-sheet line; it also names the paragraph the line cites."""
        topic = self.window.factsheet.topic
        if topic is None:
            return
        dialog = self.dialog = NoteDialog(line, "", self.window)

        def save() -> None:
            article = self.window.library.article(article_id) if article_id else None
            block = (
                next((b for b in article.blocks if b.number == paragraph), None)
                if article
                else None
            )
            mark = Mark("note", article_id if article else "", paragraph if block else 0,
                        block.text if block else "", quote=line, topic=topic.slug,
                        title=topic.title, body=dialog.text(),
                        library=str(self.window.library.path))  # fmt: skip
            try:
                self.store.add(mark)
            except NotesError as error:
                self.window.statusBar().showMessage(str(error), 8000)
                return
            self._done(translate("Workbench", "Note added to the sheet"), 0)

        dialog.accepted.connect(save)
        dialog.open()

    def edit_note(self, mark_id: int) -> None:
        mark = self.store.get(mark_id)
        if mark is None:
            return
        dialog = self.dialog = NoteDialog(mark.quote or mark.paragraph_text, mark.body, self.window)

        def save() -> None:
            self.store.update(mark_id, body=dialog.text())
            self.refresh()

        dialog.accepted.connect(save)
        dialog.open()

    def remove(self, mark_id: int) -> None:
        self.store.remove(mark_id)
        self.refresh()
        self.window.statusBar().showMessage(translate("Workbench", "Removed"), 4000)

    def _done(self, message: str, number: int) -> None:
        self.refresh()
        self.window.statusBar().showMessage(i18n.arg(message, i18n.number(number)), 5000)

    def refresh(self) -> None:
        """Draw the marks again wherever they show (marks whose article was replaced by an
        update follow it first)."""
        follow_articles(self.store, self.window.library)
        reader = self.window.reader
        if reader.article is not None:
            reader._render(keep_position=True)  # noqa: SLF001 - the reader's own redraw
        self.window.factsheet.redraw()
        self.lists.reload()

    # -- drawing ---------------------------------------------------------------------------

    def labels(self) -> drawn.Labels:
        return drawn.Labels(translate("Workbench", "Your note:"),
                            translate("Workbench", "Bookmarked"),
                            translate("Workbench", "Your notes whose paragraph is gone"))  # fmt: skip

    def _decorate_article(self, fragment: str, article: Article) -> str:
        placed = []
        for mark in self.store.of_article(article.article_id):
            where = place(mark, article)
            placed.append((mark, where, status_line(where)))
        return drawn.decorate_article(fragment, placed, self.labels())

    def _decorate_sheet(self, body: str, topic: Topic) -> str:
        return drawn.decorate_sheet(body, self.store.of_topic(topic.slug), self.labels())

    def keys(self, article_ids: list[str]) -> dict[str, int]:
        return article_keys(self.window.library.conn, article_ids)

    # -- copying and files -----------------------------------------------------------------

    def copy_citation_of(self, article_id: str, paragraph: int) -> str:
        article = self.window.library.article(article_id)
        if article is None:
            return ""
        citation = self.window.reader.citation_of(article, max(1, paragraph))
        QGuiApplication.clipboard().setText(citation)
        self.window.statusBar().showMessage(i18n.arg(translate("Workbench", "Copied: %1"),
                                                     citation), 5000)  # fmt: skip
        return citation

    def open_mark(self, mark_id: int) -> None:
        mark = self.store.get(mark_id)
        if mark is None:
            return
        if mark.topic and not mark.article_id:
            self.window.open_topic(mark.topic)
            return
        article = self.window.library.article(mark.article_id)
        where = place(mark, article)
        if article is None:
            self.window.statusBar().showMessage(status_line(where), 6000)
            return
        quote = mark.quote if mark.kind != "bookmark" else ""
        self.window.open_article(mark.article_id, max(1, where.paragraph), "", quote=quote)

    def open_briefing(self) -> None:
        from .briefing_dialog import BriefingDialog

        self.briefing = BriefingDialog(self)
        self.briefing.open()

    # The counts of Export/Import Notes (workbench_files.py), here for self.tr: lupdate reads
    # plural forms only from it (translate(…, n) of a one-form message fell back to English
    # for every count but 1).
    def marks_written(self, count: int) -> str:
        return self.tr("%n mark(s) written to %1", "", count)

    def marks_added(self, count: int) -> str:
        return self.tr("%n mark(s) added, %1 already there", "", count)

    def export_notes(self) -> None:
        from .workbench_files import export_notes_dialog

        export_notes_dialog(self)

    def import_notes(self) -> None:
        from .workbench_files import import_notes_dialog

        import_notes_dialog(self)
        self.refresh()
