"""The desktop window, driven as a user would (offscreen, real widgets, real library)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QTextBrowser, QTreeView

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, settings: QSettings) -> MainWindow:
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def search(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000) as blocker:
        window.search_field.setText(text)
    return blocker.args[0]


def test_typing_shows_live_results_with_counts_and_highlights(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000) as blocker:
        qtbot.keyClicks(window.search_field, "pipel")  # not a whole word yet: live prefix
    result = blocker.args[0]
    assert result.total == 2
    assert window.search_pane.model.rowCount() == 2
    assert "<b>2</b> articles" in window.search_pane.status.text()
    first_row = window.search_pane.model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert '<span class="hit">pipeline</span>' in first_row


def test_enter_opens_the_hit_at_its_paragraph_with_every_hit_highlighted(
    qtbot, window: MainWindow
) -> None:
    result = search(qtbot, window, "pipeline")
    hit = result.hits[0]
    window.search_pane.list.setFocus()
    with qtbot.waitSignal(window.articleShown) as shown:
        qtbot.keyClick(window.search_pane.list, Qt.Key.Key_Return)
    assert shown.args == [hit.article_id, hit.paragraph]
    assert window.reader.article is not None and window.reader.article.article_id == hit.article_id
    assert window.reader.hit_count == len(hit.hit_paragraphs) >= 1
    count = window.reader.hit_count
    assert window.hit_label.text().strip() == f"1 of {count} hit{'s' if count > 1 else ''}"


def test_f3_walks_hits_across_the_article_and_wraps(qtbot, window: MainWindow) -> None:
    result = search(qtbot, window, "Pakistan")
    target = max(result.hits, key=lambda h: h.more_hits)
    window.open_article(target.article_id, 1, "Pakistan")
    count = window.reader.hit_count
    assert count > 3
    assert window.reader.current_hit == 1
    window.act_next_hit.trigger()
    window.act_next_hit.trigger()
    assert window.reader.current_hit == 3
    window.act_prev_hit.trigger()
    assert window.reader.current_hit == 2
    for _ in range(count - 1):
        window.act_next_hit.trigger()
    assert window.reader.current_hit == 1  # wrapped past the last hit
    first_hit_paragraph = window.reader.paragraph
    assert "pakistan" in window.reader.article.blocks[first_hit_paragraph - 1].text.lower()
    window.act_clear.trigger()
    assert window.reader.hit_count == 0


def test_back_and_forward_move_through_opened_articles(qtbot, window: MainWindow, library) -> None:
    first, second, third = [s.article_id for s in library.summaries()[:3]]
    for article_id in (first, second, third):
        window.open_article(article_id, 1, "")
    window.act_back.trigger()
    window.act_back.trigger()
    assert window.reader.article.article_id == first
    assert not window.act_back.isEnabled()
    window.act_forward.trigger()
    assert window.reader.article.article_id == second
    window.open_article(third, 2, "")
    assert not window.act_forward.isEnabled()


def test_zoom_theme_layout_and_last_article_are_restored(
    qtbot, library: Library, variants: Variants, settings: QSettings
) -> None:
    first = MainWindow(library, variants, settings)
    qtbot.addWidget(first)
    first.act_zoom_in.trigger()
    first.act_zoom_in.trigger()
    first.apply_theme("dark")
    article_id = library.summaries()[1].article_id
    first.open_article(article_id, 3, "")
    first.splitter.setSizes([200, 300, 700])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(library, variants, settings)
    qtbot.addWidget(second)
    assert second.reader.zoom == 2
    assert second.theme_name == "dark" and second.theme_actions["dark"].isChecked()
    assert second.reader.article is not None and second.reader.article.article_id == article_id
    assert second.splitter.sizes() == sizes
    second.act_zoom_reset.trigger()
    assert second.reader.zoom == 0
    second.close()


def test_dark_theme_makes_text_light_on_dark(qtbot, window: MainWindow) -> None:
    window.apply_theme("dark")
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base).lightness() < 60
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert "#7a5c00" in window.reader.css  # the dark theme's hit background
    window.apply_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_cancelled_import_leaves_the_library_unchanged(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(f"Cancel test article {i}\n\nBody text {i} on gas.\n")
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as done:
        window.import_paths([folder])
        window.work.cancel_import()
    assert done.args == [None]
    assert library.count() == 5
    assert library.verify() == []


def test_dropping_files_imports_them_and_shows_a_summary(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    good = tmp_path / "wheat.md"
    good.write_text("# Wheat exports grow\n\nPakistan bought Russian wheat in 2023.\n")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01binary")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as done:
        window.dropEvent(event)
    report = done.args[0]
    assert [Path(o.path).name for o in report.imported] == ["wheat.md"]
    assert [Path(o.path).name for o in report.failed] == ["broken.txt"]
    assert library.count() == 6
    summary = window.imports.summary_dialog.browser.toPlainText()
    assert "1 imported, 0 skipped, 1 failed" in summary and "binary" in summary


def test_copy_citation_names_title_source_date_and_paragraph(qtbot, window: MainWindow) -> None:
    result = search(qtbot, window, "pipeline")
    hit = next(h for h in result.hits if h.source_file.startswith("000"))
    window.open_article(hit.article_id, hit.paragraph, "pipeline")
    citation = window.copy_citation()
    assert QGuiApplication.clipboard().text() == citation
    assert citation.startswith("“PM Shehbaz’s Moscow visit")
    assert "Abb Takk News" in citation and "≈ 2026-02-27" in citation
    assert f"paragraph {hit.paragraph}" in citation


def test_export_writes_a_pdf(qtbot, window: MainWindow, library: Library, tmp_path: Path) -> None:
    window.open_article(library.summaries()[0].article_id, 1, "")
    target = tmp_path / "article.pdf"
    assert window.export_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000


def test_did_you_mean_is_offered_and_applies(qtbot, window: MainWindow) -> None:
    result = search(qtbot, window, "pipelne ")
    assert result.total == 0 and result.suggestion == "pipeline"
    assert "Did you mean" in window.search_pane.status.text()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000) as fixed:
        window.search_pane._link("suggest:pipeline")
    assert fixed.args[0].total == 2


def test_source_filter_limits_results(qtbot, window: MainWindow) -> None:
    search(qtbot, window, "Russia")
    combo = window.search_pane.source_filter
    qtbot.waitUntil(lambda: combo.count() > 1)
    index = combo.findData("Abb Takk News")
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000) as blocker:
        combo.setCurrentIndex(index)
    assert [h.source_file[:3] for h in blocker.args[0].hits] == ["000"]


def test_unknown_publisher_is_one_source_and_filters_to_its_articles(
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "Pakistan")
    combo = window.search_pane.source_filter
    qtbot.waitUntil(lambda: combo.count() > 1)
    unknown = [
        combo.itemText(i) for i in range(combo.count()) if "Unknown publisher" in combo.itemText(i)
    ]
    assert len(unknown) == 1  # the seeds' "Unknown publisher" and imports naming none: one
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000) as blocker:
        combo.setCurrentIndex(combo.findText(unknown[0]))
    files = {h.source_file[:3] for h in blocker.args[0].hits}
    assert files and files <= {"001", "002", "003", "004"} and "000" not in files


def test_every_control_is_named_and_every_menu_action_has_a_shortcut(window: MainWindow) -> None:
    for widget in window.findChildren(QLineEdit) + window.findChildren(QListView) + \
            window.findChildren(QTreeView) + window.findChildren(QTextBrowser):  # fmt: skip
        if widget.isVisibleTo(window):
            assert widget.accessibleName(), widget
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            if action is window.act_about:
                continue
            assert not action.shortcut().isEmpty(), action.text()
    # One key, one action: a key two actions share does neither (Qt calls it ambiguous).
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    assert {key: names for key, names in owners.items() if len(set(names)) > 1} == {}


def test_ctrl_k_focuses_the_search_field(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.reader.setFocus()
    window.act_find.trigger()
    assert window.search_field.hasFocus() or QApplication.focusWidget() is window.search_field
    assert "Ctrl+K" in [s.toString() for s in window.act_find.shortcuts()]


def test_reader_never_loads_remote_resources(qtbot, window: MainWindow, library: Library,
                                             tmp_path: Path) -> None:  # fmt: skip
    hostile = tmp_path / "hostile.html"
    hostile.write_text('<h1>Hostile</h1><p>Look <img src="http://example.com/x.png"> here '
                       '<a href="http://example.com">link</a>.</p>')  # fmt: skip
    report = import_paths(library, [hostile])
    window.open_article(report.imported[0].article_id, 1, "")
    blank = window.reader.loadResource(2, QUrl("http://example.com/x.png"))
    assert blank.width() == 1 and blank.pixelColor(0, 0).alpha() == 0  # a blank, not a fetch
    assert "<img" not in window.reader.toHtml()
    assert "example.com" not in window.reader.toHtml()


def test_self_test_runs_headless_and_reports(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pakru_desktop", "--data-dir", str(tmp_path), "--self-test"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "self-test ok: 2 result(s) for 'pipeline'" in result.stdout
    # The first result (ranked: hits in more paragraphs first, search/order.py) is opened
    # with every hit of its article highlighted.
    assert re.search(r"with [1-9]\d* hit\(s\) highlighted", result.stdout), result.stdout
    # … and it chose a topic in the sidebar, clicked a citation and opened the timeline.
    assert re.search(r"topic \w+ from the sidebar \([1-9]\d* facts\)", result.stdout)
    assert re.search(
        r"citation opened [0-9a-f]{16} ¶\d+; timeline of [1-9]\d* dated", result.stdout
    )


def test_copy_citation_cites_the_address_a_saved_page_gave(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    page = tmp_path / "deccanherald.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://www.deccanherald.com/world/pak-russia">'
        "<title>Pakistan and Russia agree on a gas corridor</title></head><body><article>"
        "<h1>Pakistan and Russia agree on a gas corridor</h1><p>The two countries agreed on"
        " Tuesday to build a gas corridor from Karachi to Lahore, officials said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    report = import_paths(library, [page])
    window.open_article(report.imported[0].article_id, 1, "")
    window.act_copy_citation.trigger()  # Edit → Copy Citation, as the menu runs it
    citation = QGuiApplication.clipboard().text()
    assert citation.endswith("[https://www.deccanherald.com/world/pak-russia]")
    assert "deccanherald.html" not in citation
