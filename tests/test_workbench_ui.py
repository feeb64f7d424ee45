"""The delegate's workbench, driven as a person does: words selected with the mouse in the
reader, a right click, a choice in the menu, a note typed; Ctrl+D; the sidebar's tabs."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pakru_desktop.db.notes import NOTES_FILE, NotesStore
from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.variants import Variants

from .ui_helpers import click_row, click_tab, key, open_window, painted, type_text
from .workbench_helpers import block_of, choose, point_at, right_click, select_with_mouse

# Menus and the completer pop up: the offscreen platform says it cannot raise or grab.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, settings: QSettings):  # type: ignore[no-untyped-def]
    win = open_window(qtbot, library, variants, settings)
    click_row(qtbot, win.sidebar.views["article"], 0)  # the newest article, opened
    assert win.reader.article is not None
    return win


def _tab(win, kind: str) -> int:  # type: ignore[no-untyped-def]
    return win.sidebar.tabs.indexOf(win.sidebar.views[kind])


def test_a_notes_file_of_its_own_is_made_beside_todays_library(window) -> None:  # type: ignore[no-untyped-def]
    # A library of today and no notes file: the window starts and makes an empty one.
    notes = Path(window.notes.path)
    assert notes == window.library.path.parent / NOTES_FILE and notes.is_file()  # its data folder
    assert window.notes.all() == []
    tables = {row[0] for row in window.library.conn.execute("SELECT name FROM sqlite_master")}
    assert "marks" not in tables  # the library file is as it was: the marks are apart


def test_highlight_words_selected_with_the_mouse(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    words = select_with_mouse(qtbot, reader, 3, 0, 24)
    menu = right_click(qtbot, reader, point_at(reader, block_of(reader, "p3").position() + 5))
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None)
    menu.setActiveAction(colours.menuAction())
    qtbot.waitExposed(colours)
    choose(qtbot, colours, "Highlight in Green")
    [mark] = window.notes.all()
    assert (mark.kind, mark.quote, mark.colour, mark.paragraph) == ("highlight", words, "green", 3)
    assert "#b9f6ca" in reader.toHtml()  # drawn in its colour
    painted(reader)


def test_a_note_typed_after_a_right_click_sits_after_its_paragraph(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    select_with_mouse(qtbot, reader, 4, 4, 30)
    menu = right_click(qtbot, reader, point_at(reader, block_of(reader, "p4").position() + 10))
    choose(qtbot, menu, "Add Note")
    dialog = window.workbench.dialog
    qtbot.waitExposed(dialog)
    type_text(dialog.editor, "وزیر اعظم سے پوچھیں")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)  # a new line, not the dialog's Save
    type_text(dialog.editor, "Спросить")
    # Each line laid out as typed: the Urdu one from the right edge, the Russian from the left.
    lines = dialog.editor.document()
    starts = [dialog.editor.cursorRect(QTextCursor(lines.findBlockByNumber(n))).x() for n in (0, 1)]
    assert starts[0] > dialog.editor.viewport().width() // 2 > starts[1]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    [mark] = window.notes.all()
    assert (mark.kind, mark.body, mark.paragraph) == ("note", "وزیر اعظم سے پوچھیں\nСпросить", 4)
    # Read in order: the paragraph, then the note, laid out right-to-left as it was typed.
    after = block_of(reader, "p4").next()
    assert "وزیر اعظم سے پوچھیں" in after.text()
    assert after.textDirection() == Qt.LayoutDirection.RightToLeft
    assert "Спросить" in after.next().text()
    assert after.next().textDirection() == Qt.LayoutDirection.LeftToRight
    click_tab(qtbot, window.sidebar.tabs, _tab(window, "note"))
    notes = window.sidebar.views["note"]
    assert "وزیر" in notes.model().index(0, 0).data()
    painted(notes)
    click_row(qtbot, notes, 0)
    assert window.reader.paragraph == 4


def test_ctrl_d_bookmarks_the_paragraph_with_its_citation_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=point_at(reader, block_of(reader, "p2").position() + 3))  # fmt: skip
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    [mark] = window.notes.all()
    assert (mark.kind, mark.paragraph) == ("bookmark", 2)
    click_tab(qtbot, window.sidebar.tabs, _tab(window, "bookmark"))
    row = window.sidebar.views["bookmark"].model().index(0, 0).data()
    number = window.library.conn.execute(
        "SELECT id FROM articles WHERE article_id = ?", (mark.article_id,)).fetchone()[0]  # fmt: skip
    assert row.startswith(f"S{number} ¶2")
    assert "★" in block_of(reader, "p2").text()
    painted(window.sidebar.views["bookmark"])


def test_a_result_is_bookmarked_from_its_right_click_menu(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.search_field.setFocus()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000):
        qtbot.keyClicks(window.search_field, "pipeline")
    view = window.search_pane.list
    hit = view.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    menu = right_click(qtbot, view, view.visualRect(view.model().index(0, 0)).center())
    choose(qtbot, menu, "Bookmark Paragraph")
    [mark] = window.notes.all()
    assert (mark.article_id, mark.paragraph) == (hit.article_id, hit.paragraph)


def test_the_readers_notes_are_found_by_the_search_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    article = window.reader.article
    window.notes.add(__import__("pakru_desktop.db.notes", fromlist=["Mark"]).Mark(
        "note", article.article_id, 2, article.blocks[1].text, body="Ask about zirconium",
        title=article.title))  # fmt: skip
    window.search_field.setFocus()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000):
        qtbot.keyClicks(window.search_field, "zirconium")
    view = window.search_pane.list
    assert view.model().rowCount() == 1  # the library has no zirconium; the note has
    assert "Your note" in view.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    painted(view)
    click_row(qtbot, view, 0)
    assert window.reader.paragraph == 2


def test_recent_searches_drop_down_from_the_empty_field(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.search_field.setFocus()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000):
        qtbot.keyClicks(window.search_field, "gas pipeline")
    key(qtbot, Qt.Key.Key_Return)
    window.search_field.setFocus()
    window.search_field.clear()
    key(qtbot, Qt.Key.Key_Down)
    popup = window.search_field.completer().popup()
    qtbot.waitExposed(popup)
    assert popup.model().index(0, 0).data() == "gas pipeline"
    painted(popup)
    # The drop-down grabs the keyboard on a desktop (offscreen cannot): keys go to it.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.search_field.text() == "gas pipeline"
    assert window.settings.value("recent_searches") in (["gas pipeline"], "gas pipeline")


def test_a_note_on_a_fact_sheet_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_tab(qtbot, window.sidebar.tabs, _tab(window, "topic"))
    with qtbot.waitSignal(window.topicShown, timeout=20_000):
        click_row(qtbot, window.sidebar.views["topic"], 0)
    sheet = window.factsheet
    block = sheet.document().begin()
    # A listed statement (its figure or date in bold), not the introduction's paragraph.
    while block.isValid() and ("pakru://article/" not in block_html(block) or not block.textList()):
        block = block.next()
    assert block.isValid()
    line = block.text().strip()
    menu = right_click(qtbot, sheet, point_at(sheet, block.position() + 2))
    choose(qtbot, menu, "Add Note on This Line")
    dialog = window.workbench.dialog
    type_text(dialog.editor, "Спросить о сроках")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    [mark] = window.notes.all()
    assert mark.topic == sheet.topic.slug and mark.quote == line and mark.article_id
    assert "Спросить о сроках" in sheet.toPlainText()
    texts = sheet.toPlainText().split("\n")  # drawn again: the note follows its line
    line_at = next(n for n, text in enumerate(texts) if text.strip().startswith(line[:40]))
    assert "Спросить о сроках" in texts[line_at + 1]
    painted(sheet)


def block_html(block) -> str:  # type: ignore[no-untyped-def]
    iterator = block.begin()
    hrefs = []
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            hrefs.append(fragment.charFormat().anchorHref())
        iterator += 1
    return " ".join(hrefs)


def test_removing_a_note_with_the_delete_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reader = window.reader
    select_with_mouse(qtbot, reader, 3, 0, 10)
    key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert len(window.notes.all()) == 1
    key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Go → Notes
    assert QApplication.focusWidget() is window.sidebar.views["note"]
    key(qtbot, Qt.Key.Key_F2)  # a highlight gets words of its own, as a note does
    type_text(window.workbench.dialog.editor, "check the figure")
    qtbot.mouseClick(window.workbench.dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert window.notes.all()[0].body == "check the figure"
    window.sidebar.views["note"].setFocus()
    key(qtbot, Qt.Key.Key_Delete)
    assert window.notes.all() == []
    assert NotesStore(window.notes.path).all() == []


def test_a_briefing_pack_made_from_the_dialog_reads_as_a_pdf(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdf

    reader = window.reader
    select_with_mouse(qtbot, reader, 3, 0, 30)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = window.workbench.dialog
    type_text(dialog.editor, "Raise the LNG terminals")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    key(
        qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    pack = window.workbench.briefing
    qtbot.waitExposed(pack)
    topics = pack.lists["topic"]
    energy = next(
        n
        for n in range(topics.count())
        if topics.item(n).data(Qt.ItemDataRole.UserRole + 21) == "energy"
    )
    item_rect = topics.visualItemRect(topics.item(energy))
    # The check box sits at the row's leading edge: a click there ticks it.
    qtbot.mouseClick(topics.viewport(), Qt.MouseButton.LeftButton,
                     pos=item_rect.topLeft() + __import__("PySide6.QtCore", fromlist=["QPoint"]).QPoint(10, item_rect.height() // 2))  # fmt: skip
    assert pack.chosen("topic") == ["energy"]
    for field, text in ((pack.title, "Moscow visit"), (pack.author, "A. Delegate"),
                        (pack.target, str(tmp_path / "moscow"))):  # fmt: skip
        field.selectAll()
        qtbot.keyClicks(field, text)
    with qtbot.waitSignal(pack.written, timeout=60_000):
        qtbot.mouseClick(pack.create, Qt.MouseButton.LeftButton)
    for suffix in ("pdf", "html", "md"):
        assert (tmp_path / f"moscow.{suffix}").is_file()
    pdf = pypdf.PdfReader(str(tmp_path / "moscow.pdf"))
    # Text as pypdf extracts it: ligatures (ﬁ) undone, runs of white space one space.
    pages = [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
             for page in pdf.pages]  # fmt: skip
    assert "oscow visit" in pages[0] and "prepared by A. Delegate" in pages[0]  # the cover
    # (a heading's first letter carries its anchor, so pypdf reads "F act sheets")
    part = {name: next(n for n, text in enumerate(pages)
                       if text.replace(" ", "").startswith(name.replace(" ", "")))
            for name in ("Fact sheets", "Notes", "Cited paragraphs")}  # fmt: skip
    assert 0 < part["Fact sheets"] < part["Notes"] < part["Cited paragraphs"]
    assert "Energy:oil,gas" in pages[part["Fact sheets"]].replace(" ", "")
    notes = "".join(pages[part["Notes"] : part["Cited paragraphs"]])
    assert "Raise the LNG terminals" in notes and "Bookmark" in notes
    destinations = {name: pdf.get_destination_page_number(dest)
                    for name, dest in pdf.named_destinations.items()}  # fmt: skip
    links = [(number, annotation.get_object()) for number, page in enumerate(pdf.pages)
             for annotation in page.get("/Annots") or []]  # fmt: skip
    targets = [str(a["/Dest"]) for _n, a in links if a.get("/Subtype") == "/Link"]
    assert len(targets) > 10 and all(target in destinations for target in targets)
    # The note's citation leads into the appendix, to the paragraph in full.
    from_notes = [str(a["/Dest"]) for n, a in links
                  if part["Notes"] <= n < part["Cited paragraphs"] and "/Dest" in a]  # fmt: skip
    assert from_notes and all(destinations[t] >= part["Cited paragraphs"] for t in from_notes)
    article = window.reader.article
    appendix = "".join(pages[part["Cited paragraphs"] :])
    assert " ".join(article.blocks[2].text.split()[:5]) in appendix


def test_a_note_says_so_when_its_paragraph_changed_or_went_away(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import sqlite3
    from dataclasses import replace

    from pakru_desktop.model import Block

    reader = window.reader
    article = reader.article
    for paragraph, words in ((3, "on three"), (5, "on five")):
        select_with_mouse(qtbot, reader, paragraph, 0, 12)
        key(
            qtbot,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
        type_text(window.workbench.dialog.editor, words)
        qtbot.mouseClick(window.workbench.dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    # An update of the article (same id): paragraph 3 edited, paragraph 5 removed.
    texts = [b.text for b in article.blocks]
    texts[2] += " Updated."
    del texts[4]
    with sqlite3.connect(window.library.path) as conn:
        conn.execute("DELETE FROM articles WHERE article_id = ?", (article.article_id,))
    window.library.add_articles([replace(article, blocks=[Block(n, "paragraph", t)
                                                          for n, t in enumerate(texts, 1)])])  # fmt: skip
    click_row(qtbot, window.sidebar.views["article"], 1)
    click_row(qtbot, window.sidebar.views["article"], 0)  # opened again, as updated
    shown = reader.toPlainText()
    assert "on three" in block_of(reader, "p3").next().text()
    assert "The paragraph changed since this was written." in shown
    assert "on five" in shown.split("Your notes whose paragraph is gone")[1]
    click_tab(qtbot, window.sidebar.tabs, _tab(window, "note"))
    rows = [window.sidebar.views["note"].model().index(n, 0).data() for n in range(2)]
    assert all("(changed)" in row for row in rows)
