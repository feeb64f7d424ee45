"""The keyboard flow and the words on screen (issue 9, defects 2, 4, 5, 12), typed and
clicked as a person does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from pakru_desktop.knowledge.library import Library
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.main_window import MainWindow

from .ui_helpers import key, open_window, painted

TIMEOUT = 15_000


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(qtbot, library, variants, settings)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield win
    win.close()


def type_query(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT) as shown:
        qtbot.keyClicks(QApplication.focusWidget(), text)
    return shown.args[0]


def test_focus_starts_in_search_then_down_enter_open_and_reading_takes_the_keys(
    qtbot, window: MainWindow
) -> None:
    assert QApplication.focusWidget() is window.search_field
    result = type_query(qtbot, window, "pipeline")
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search_pane.list
    key(qtbot, Qt.Key.Key_Down)
    second = result.hits[1]
    with qtbot.waitSignal(window.articleShown) as opened:
        key(qtbot, Qt.Key.Key_Return)
    assert opened.args == [second.article_id, second.paragraph]
    assert QApplication.focusWidget() is window.reader
    painted(window.reader)
    # Esc: the highlights go first; in the search field, the text goes next.
    assert window.reader.hit_count
    key(qtbot, Qt.Key.Key_Escape)
    assert window.reader.hit_count == 0 and window.search_field.text() == "pipeline"
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    key(qtbot, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""


def test_f3_after_a_new_query_walks_the_new_querys_hits(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "pipeline")
    with qtbot.waitSignal(window.articleShown):
        key(qtbot, Qt.Key.Key_Return)
    old = dict(window.reader.marked)
    window.search_field.setFocus()
    window.search_field.selectAll()
    type_query(qtbot, window, "Russia")
    marked = window.reader.marked
    assert marked != old and all("russia" in m.lower() for m in marked.values())
    window.reader.setFocus()
    key(qtbot, Qt.Key.Key_F3)
    assert window.reader.current_hit == 1
    assert window.hit_label.text().strip() == f"1 of {window.reader.hit_count} hits"
    hit = window.reader.marked[window.reader.paragraph]
    assert "Russia" in hit[hit.index("\x01") : hit.index("\x02")]


def test_words_on_screen_have_proper_plurals_and_quotes(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, '"steel mill"')
    status = window.statusBar().currentMessage()
    assert status.endswith('for "steel mill"') and "“" not in status
    assert "(s)" not in status and "(s)" not in window.search_pane.status.text()
    window.search_field.clear()
    result = type_query(qtbot, window, "Shehbaz")
    assert window.statusBar().currentMessage() == (
        f"{result.total} article{'s' if result.total != 1 else ''} for “Shehbaz”"
    )
    hit = next(h for h in result.hits if len(h.hit_paragraphs) == 1)
    window.open_article(hit.article_id, hit.paragraph, "Shehbaz")
    assert window.hit_label.text().strip() == "1 of 1 hit"


def test_a_typed_extension_chooses_the_sheet_export_format(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "trade.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "Markdown (*.md)"))  # fmt: skip
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT):
        window.open_topic("trade")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert target.read_text().lstrip().startswith("<!DOCTYPE html>")
    assert not (tmp_path / "trade.md").exists()


def test_quick_switchers_open_topics_and_articles_from_the_keyboard(
    qtbot, window: MainWindow, library: Library
) -> None:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    key(qtbot, Qt.Key.Key_J, ctrl_shift)
    switcher = window.switcher
    qtbot.waitExposed(switcher)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is switcher.field)
    qtbot.keyClicks(switcher.field, "steel")
    painted(switcher.list)
    assert switcher.count.text() == "1 match"
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT) as opened:
        key(qtbot, Qt.Key.Key_Return)
    assert opened.args[0] == "steel" and not switcher.isVisible()
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.factsheet)
    key(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    switcher = window.switcher
    qtbot.waitExposed(switcher)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is switcher.field)
    titles = sorted(s.title for s in library.summaries())
    key(qtbot, Qt.Key.Key_Down)
    wanted = switcher.list.currentIndex().data(Qt.ItemDataRole.UserRole + 11)
    painted(switcher)
    with qtbot.waitSignal(window.articleShown) as opened:
        key(qtbot, Qt.Key.Key_Return)
    assert opened.args[0] == wanted and window.reader.article.title in titles
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)


def test_article_pdf_suggests_the_title_and_can_leave_highlights_out(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pakru_desktop.ui import printing

    suggested: list[str] = []
    asked: list[str] = []
    written: list[str] = []

    def save(_parent, _title, name, *_a, **_k):  # type: ignore[no-untyped-def]
        suggested.append(Path(name).name)
        return str(tmp_path / Path(name).name), "PDF (*.pdf)"

    real_export = printing.export_pdf

    def export(document, path, title):  # type: ignore[no-untyped-def]
        written.append(document.toHtml())
        return real_export(document, path, title)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or no)
    monkeypatch.setattr(printing, "export_pdf", export)
    type_query(qtbot, window, "pipeline")
    with qtbot.waitSignal(window.articleShown):
        key(qtbot, Qt.Key.Key_Return)
    title = window.reader.article.title
    assert window.reader.hit_count
    qtbot.keyClick(window.reader, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    # A colon is no file-name character; a long title is cut at 80 characters.
    assert suggested[0] == " ".join(title.replace(":", "").split())[:80].rstrip(" .") + ".pdf"
    assert window.reader.article.article_id not in suggested[0]
    assert asked == ["Keep the search highlights in the PDF?"]
    from pakru_desktop.ui import theme

    assert theme.LIGHT.hit_back not in written[0] and theme.LIGHT.current_back not in written[0]
    assert theme.LIGHT.current_back in window.reader.toHtml()  # the reader keeps its hits
    assert (tmp_path / suggested[0]).read_bytes().startswith(b"%PDF")


def test_back_and_forward_return_to_where_sheets_and_articles_were_scrolled(
    qtbot, window: MainWindow, library: Library
) -> None:
    from .ui_helpers import click_row, click_tab

    longest = max(library.summaries(), key=lambda s: s.paragraph_count)
    click_tab(qtbot, window.sidebar.tabs, 0)
    articles = window.sidebar.views["article"]
    row = window.sidebar.models["article"].row_of(longest.article_id)
    with qtbot.waitSignal(window.articleShown):
        click_row(qtbot, articles, row)
    for _ in range(3):
        qtbot.keyClick(window.reader, Qt.Key.Key_PageDown)
    article_scroll = window.reader.verticalScrollBar().value()
    assert article_scroll > 0
    click_tab(qtbot, window.sidebar.tabs, 1)
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT):
        click_row(qtbot, window.sidebar.views["topic"], 0)
    for _ in range(2):
        qtbot.keyClick(window.factsheet, Qt.Key.Key_PageDown)
    sheet_scroll = window.factsheet.verticalScrollBar().value()
    assert sheet_scroll > 0
    with qtbot.waitSignal(window.articleShown):
        qtbot.keyClick(window.factsheet, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.verticalScrollBar().value() == article_scroll
    painted(window.reader)
    with qtbot.waitSignal(window.topicShown, timeout=TIMEOUT):
        qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.factsheet.verticalScrollBar().value() == sheet_scroll
    painted(window.factsheet)


def test_f6_takes_the_keyboard_round_the_panes(qtbot, window: MainWindow) -> None:
    seen = []
    for _ in range(3):
        key(qtbot, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [window.sidebar.views["article"], window.search_pane.list, window.reader]
    key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.search_pane.list


def test_paragraph_numbers_can_be_shown_and_are_remembered(
    qtbot, window: MainWindow, library: Library, variants: Variants, tmp_path: Path
) -> None:
    result = type_query(qtbot, window, "pipeline")
    hit = result.hits[0]
    with qtbot.waitSignal(window.articleShown):
        key(qtbot, Qt.Key.Key_Return)
    assert "¶" not in window.reader.toPlainText()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.reader, Qt.Key.Key_N, ctrl_shift)  # View → Paragraph Numbers
    text = window.reader.toPlainText()
    block = window.reader.article.blocks[hit.paragraph - 1]
    assert f"¶{hit.paragraph} {block.text[:30]}" in text  # the number the hit cites
    assert window.reader.hit_count  # the highlights stay
    painted(window.reader)
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(library, variants, settings)
    qtbot.addWidget(again)
    assert again.act_numbers.isChecked() and again.reader.numbers
    again.close()


def test_did_you_mean_is_reached_and_taken_by_keyboard(qtbot, window: MainWindow) -> None:
    result = type_query(qtbot, window, "pipelne ")
    assert result.total == 0 and result.suggestion == "pipeline"
    painted(window.search_pane)
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search_pane.suggestion
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT) as fixed:
        key(qtbot, Qt.Key.Key_Return)
    assert fixed.args[0].total == 2 and window.search_field.text() == "pipeline"


def test_did_you_mean_shows_while_the_last_word_is_still_being_typed(
    qtbot, window: MainWindow
) -> None:
    """Issue 9, defect 3: no trailing space needed; the live search's last word is a prefix."""
    result = type_query(qtbot, window, "pipline")
    assert result.total == 0 and result.suggestion == "pipeline"
    assert window.search_pane.suggestion.isVisible()
    assert "pipeline" in window.search_pane.suggestion.text()
    painted(window.search_pane)
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search_pane.suggestion
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT) as fixed:
        key(qtbot, Qt.Key.Key_Return)
    assert fixed.args[0].total == 2 and window.search_field.text() == "pipeline"


def test_the_hit_counter_counts_what_is_highlighted(qtbot, window: MainWindow) -> None:
    # A name's two words are marked one by one: one highlighted run is one hit, not two.
    type_query(qtbot, window, "Shehbaz Sharif")
    with qtbot.waitSignal(window.articleShown):
        key(qtbot, Qt.Key.Key_Return)
    reader = window.reader
    runs = [part for block in reader.marked.values() for part in block.split("\x01")[1:]]
    assert any(" " in run.split("\x02")[0] for run in runs)  # "Shehbaz Sharif" as one mark
    assert reader.hit_count == len(runs)
    assert window.hit_label.text().strip() == f"1 of {len(runs)} hit{'s' if len(runs) > 1 else ''}"
    shown = reader.toHtml().count('class="current"') + reader.toHtml().count('class="hit"')
    assert shown in (len(runs), 0)  # Qt may restyle the spans; then the marks are colours


def test_a_new_query_never_leaves_a_stale_count(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "pipeline")
    with qtbot.waitSignal(window.articleShown):
        key(qtbot, Qt.Key.Key_Return)
    window.search_field.setFocus()
    window.search_field.selectAll()
    type_query(qtbot, window, "quokkagas")  # in no article
    assert window.hit_label.text().strip() == ""
    window.search_field.selectAll()
    type_query(qtbot, window, "Russia")  # marked in the article, not visited yet
    count = window.reader.hit_count
    assert count and window.hit_label.text().strip() == f"{count} hit{'s' if count > 1 else ''}"
    assert not window.hit_label.text().strip().startswith("0")
    painted(window.reader)
