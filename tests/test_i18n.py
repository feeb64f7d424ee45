"""The interface in Russian and Urdu: chosen from the menu, shown in real widgets with the
language's plurals, Qt's own buttons translated, Urdu mirrored and laid out right to left, and
translation files that keep every placeholder and accelerator."""

from __future__ import annotations

import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QStyleOptionViewItem,
    QTreeView,
)

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui import i18n, plurals
from pakru_desktop.ui.application import install_language
from pakru_desktop.ui.main_window import MainWindow
from pakru_desktop.ui.search_pane import HIT_ROLE

from .conftest import run_cli
from .ui_helpers import click_row, key, painted, type_text

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
URDU_ARTICLE = ROOT / "tests" / "data" / "i18n" / "ur_wheat_trade.md"
LEFT = Qt.MouseButton.LeftButton
TIMEOUT = 15_000
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Menus popping up on the offscreen platform: it can neither raise them nor grab the keys.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def ru_plural(n: int, forms: tuple[str, str, str]) -> str:
    """Russian's three forms: 1, 21 статья · 2–4, 22 статьи · 5–20, 25 статей."""
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


@pytest.fixture
def start_window(qtbot, library: Library, variants: Variants,
                 tmp_path: Path) -> Iterator[Callable[[str], MainWindow]]:  # fmt: skip
    """A window started as `pakru-desktop` starts one: the stored language installed first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # English plurals before the language, as make_application installs them: installed
    # later (by the first MainWindow of the session), they answer a plural text first.
    plurals.install(app)
    locale, windows, installed = QLocale(), [], []

    def start(language: str) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(i18n.SETTING, language)
        installed.append(install_language(app, settings))
        window = MainWindow(library, variants, settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.sidebar.section_size("article") > 0, timeout=TIMEOUT)
        return window

    yield start
    for window in windows:
        window.close()
    for translators in installed:
        translators.install("en")
    i18n.use_locale(locale)


def choose(qtbot, window: MainWindow, path: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click through the menu bar as a person does: a menu, then submenus, then an item."""
    bar = window.menuBar()
    action = next(a for a in bar.actions() if a.text() == path[0])
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(action).center())
    menu = action.menu()
    for text in path[1:]:
        assert isinstance(menu, QMenu)
        qtbot.waitUntil(menu.isVisible)
        painted(menu)
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
        menu = action.menu()


def answer_when_asked(qtbot, answered: list[str], button: str = "") -> None:  # type: ignore[no-untyped-def]
    """Press OK (or the button whose text is `button`) on the next message box, once it is
    on screen."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        answered.append(box.text())
        chosen = next((b for b in box.buttons() if b.text().replace("&", "") == button), None)
        qtbot.mouseClick(chosen or box.button(QMessageBox.StandardButton.Ok), LEFT)

    QTimer.singleShot(20, answer)


def type_query(qtbot, window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    window.search_field.clear()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=TIMEOUT,
                          check_params_cb=lambda r: r.query == text) as shown:  # fmt: skip
        if text.isascii():
            qtbot.keyClicks(window.search_field, text)
        else:
            type_text(window.search_field, text)
    return shown.args[0]


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def right_aligned(block: QTextBlock) -> bool:
    """Whether the block's last line ends at the right edge and starts short of the left."""
    layout = block.layout()
    line = layout.lineAt(layout.lineCount() - 1)
    text, room = line.naturalTextRect(), line.rect()
    return abs(text.right() - room.right()) < 2 and text.left() > room.left() + 2


def test_choosing_russian_in_the_view_menu_stores_it(qtbot, start_window) -> None:  # type: ignore[no-untyped-def]
    window = start_window("en")
    answered: list[str] = []
    answer_when_asked(qtbot, answered, "Later")
    choose(qtbot, window, ["&View", "&Language", "Русский"])
    qtbot.waitUntil(lambda: bool(answered))
    assert window.settings.value(i18n.SETTING) == "ru"
    assert "Русский" in answered[0] and "starts again" in answered[0]
    assert window.isVisible()  # Later: nothing changes until the next start
    reread = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert i18n.resolve(reread.value(i18n.SETTING)) == "ru"  # what the next start installs


def test_a_window_started_in_russian_speaks_russian_with_its_plurals(qtbot, start_window) -> None:  # type: ignore[no-untyped-def]
    window = start_window("ru")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Файл", "&Правка", "&Вид", "П&ереход", "&Заметки", "&Справка"]
    assert window.sidebar.tabs.tabText(0) == "Статьи (5)"
    sources = len(window.library.sources())  # из: genitive, singular for 1 and 21
    source_word = ru_plural(sources, ("источника", "источников", "источников"))
    assert f"5 статей из {sources} {source_word}." in window.reader.toPlainText()
    painted(window.reader)
    articles = ("статья", "статьи", "статей")
    for query, total in (("Karachi", 1), ("pipeline", 2), ("steel", 3), ("Pakistan", 5)):
        result = type_query(qtbot, window, query)
        assert result.total == total
        word = ru_plural(total, articles)
        assert window.statusBar().currentMessage() == f"{total} {word} по запросу «{query}»"
        assert f"<b>{total}</b> {word}" in window.search_pane.status.text()
        painted(window.search_pane.list)
    # The hit counter after Enter opens the top result of "Pakistan".
    window.search_pane.focus_results()
    key(qtbot, Qt.Key.Key_Return)
    count = window.reader.hit_count
    hits = ru_plural(count, ("совпадения", "совпадений", "совпадений"))  # из: genitive
    assert window.hit_label.text().strip() == f"1 из {count} {hits}"
    # The quick switcher counts its matches as they are typed.
    key(
        qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    switcher = window.switcher
    qtbot.waitUntil(lambda: QApplication.focusWidget() is switcher.field)
    seen = set()
    for letter in "steel":
        qtbot.keyClick(switcher.field, letter)
        rows = switcher.model.rowCount()
        forms = ("совпадение", "совпадения", "совпадений")
        assert switcher.count.text() == f"{rows} {ru_plural(rows, forms)}"
        seen.add(ru_plural(rows, forms))
    assert "совпадение" in seen  # "steel": one topic
    painted(switcher)
    switcher.reject()


def test_russian_plural_rules_of_the_compiled_translation() -> None:
    translator = QTranslator()
    assert translator.load("pakru_ru", str(TRANSLATIONS))
    forms = ("%n совпадение", "%n совпадения", "%n совпадений")
    for n in (0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111):
        text = translator.translate("QuickSwitcher", "%n match(es)", "", n)
        assert text == ru_plural(n, forms), (n, text)


def test_qt_own_buttons_speak_russian(qtbot, start_window) -> None:  # type: ignore[no-untyped-def]
    window = start_window("ru")
    choose(qtbot, window, ["&Справка", "&О программе pakru-desktop"])
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    painted(dialog)
    assert dialog.windowTitle().startswith("О программе pakru-desktop")
    [button] = dialog.findChild(QDialogButtonBox).buttons()
    assert button.text().replace("&", "") == "Закрыть"  # qtbase_ru.qm, Qt's own translation
    qtbot.mouseClick(button, LEFT)
    assert not dialog.isVisible()


@pytest.mark.parametrize(("language", "menu", "labels", "buttons", "name_column"), [
    # Qt ships no Urdu for its own file dialog: ours (qtbase_ur.ts) gives its labels, its
    # buttons and its columns.
    ("ur", ["&فائل", "&اپ ڈیٹ لاگو کریں…"],
     {"lookInLabel": "&مقام:", "fileNameLabel": "فائل کا &نام:", "fileTypeLabel": "فائل کی &قسم:"},
     ["&کھولیں", "منسوخ کریں"], "نام"),
    # Qt's Russian has the older label texts only ("Look in:"); Qt 6.11 writes "&Look in:" and
    # "Files of &type:", which ours gives; the rest is Qt's own.
    ("ru", ["&Файл", "Применить &обновление…"],
     {"lookInLabel": "Перейти &к:", "fileNameLabel": "&Имя файла:", "fileTypeLabel": "&Типы файлов:"},
     ["&Открыть", "Отмена"], "Имя"),
])  # fmt: skip
def test_the_file_dialog_speaks_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, start_window, language: str, menu: list[str], labels: dict[str, str],
    buttons: list[str], name_column: str,
) -> None:  # fmt: skip
    # As a reader opening an update pack sees it: File → Apply Update….
    window = start_window(language)
    choose(qtbot, window, menu)
    dialog = window.update_dialog
    qtbot.waitExposed(dialog)
    painted(dialog)
    shown = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert {name: shown[name] for name in labels} == labels
    assert sorted(b.text() for b in dialog.findChild(QDialogButtonBox).buttons()) == sorted(buttons)
    columns = dialog.findChild(QTreeView, "treeView").model()
    assert columns.headerData(0, Qt.Orientation.Horizontal) == name_column
    dialog.reject()


def test_urdu_mirrors_the_window_and_lays_out_urdu_right_to_left(
    qtbot, start_window, library: Library
) -> None:  # type: ignore[no-untyped-def]
    import_paths(library, [URDU_ARTICLE])
    window = start_window("ur")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() == "&فائل"
    # Mirrored: the sidebar, first in the splitter, is on the right of the window.
    sidebar_x = window.sidebar.mapTo(window, QPoint(0, 0)).x()
    assert sidebar_x > window.width() // 2
    result = type_query(qtbot, window, "گندم")
    assert result.total == 1
    with qtbot.waitSignal(window.articleShown):
        click_row(qtbot, window.search_pane.list, 0)
    painted(window.reader)
    shown = blocks(window.reader.document())
    title = next(b for b in shown if b.text().startswith("پاکستان اور روس"))
    assert title.textDirection() == Qt.LayoutDirection.RightToLeft and right_aligned(title)
    urdu = [b for b in shown if _ARABIC.search(b.text()) and "ماہرین" in b.text()]
    english = [b for b in shown if b.text().startswith("Russia's trade representative")]
    assert urdu and english
    assert all(b.textDirection() == Qt.LayoutDirection.RightToLeft for b in urdu)
    assert english[0].textDirection() == Qt.LayoutDirection.LeftToRight
    assert not right_aligned(english[0])


def test_an_urdu_result_row_keeps_the_english_detail_line_left_to_right(
    qtbot, start_window, library: Library
) -> None:  # type: ignore[no-untyped-def]
    import_paths(library, [URDU_ARTICLE])
    window = start_window("en")
    # A word of its title: "ماسکو" (Moscow) now lists the English articles with Moscow in
    # their titles first (search/order.py: a title hit ranks first).
    type_query(qtbot, window, "گندم")
    view = window.search_pane.list
    painted(view)
    index = window.search_pane.model.index(0, 0)
    option = QStyleOptionViewItem()  # as the list paints the row
    option.rect, option.font, option.widget = view.visualRect(index), view.font(), view
    document = window.search_pane.delegate._document(option, index)  # what paint() draws
    assert document.size().width() > 0  # laid out
    title, detail, snippet = blocks(document)
    assert title.textDirection() == Qt.LayoutDirection.RightToLeft and right_aligned(title)
    # date · ¶N · more: the interface's words and ISO digits, never reordered
    # The publisher and the date as the sidebar shows them, then the paragraph: one line in
    # the interface's order, never reordered around the Urdu publisher's name.
    hit = window.search_pane.model.item(0).data(HIT_ROLE)
    date = i18n.article_date_text(hit.date, hit.date_estimated)
    assert date == "12 Mar 2025"  # the sidebar's format, not ISO
    pattern = rf"روزنامہ تجارت · {date} · ¶\d+( · \d+ more in this article)?"
    assert re.fullmatch(pattern, detail.text()), detail.text()
    assert detail.textDirection() == Qt.LayoutDirection.LeftToRight and not right_aligned(detail)
    assert snippet.textDirection() == Qt.LayoutDirection.RightToLeft


def test_html_export_says_the_language_and_direction_of_each_block(tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported = run_cli("import", str(URDU_ARTICLE), "--json", data_dir=data)
    assert imported.returncode == 0, imported.stderr
    [article] = json.loads(imported.stdout)["imported"]
    page = run_cli("show", article["article_id"], "--format", "html", data_dir=data).stdout
    assert '<html lang="ur" dir="rtl">' in page and '<article lang="ur" dir="rtl">' in page
    assert '<h1 lang="ur" dir="rtl">' in page
    assert '<p lang="ur" dir="rtl"><a name="p1"' in page
    assert '<p lang="en" dir="ltr"><a name="p3"' in page  # the English quotation
    english = run_cli("show", "--help", data_dir=data)
    assert english.returncode == 0 and "usage" in english.stdout  # the CLI stays English


# -- the translation files ----------------------------------------------------------------

_PLACEHOLDERS = re.compile(r"%L?[1-9n]")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
_TAGS = re.compile(r"</?\w+")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"pakru_{language}.ts").getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


@pytest.mark.parametrize(("language", "forms"), [("ru", 3), ("ur", 2)])
def test_every_translation_keeps_placeholders_accelerators_and_markup(
    language: str, forms: int
) -> None:
    found = messages(language)
    assert len(found) > 100
    unfinished = 0
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished":
            unfinished += 1  # shown in English: marked, never guessed
            continue
        texts = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])  # fmt: skip
        if message.get("numerus") == "yes":
            assert len(texts) == forms, (context, source)
        for text in texts:
            where = (language, context, source, text)
            assert text.strip(), where
            assert sorted(_PLACEHOLDERS.findall(text)) == sorted(_PLACEHOLDERS.findall(source)), (
                where
            )
            assert len(_ACCELERATOR.findall(text)) == len(_ACCELERATOR.findall(source)), where
            assert sorted(_TAGS.findall(text)) == sorted(_TAGS.findall(source)), where
    assert unfinished < len(found) // 10


@pytest.mark.parametrize("language", ["ru", "ur"])
def test_every_counted_text_has_the_languages_plural_forms(language: str) -> None:
    """A text with %n found by lupdate as a one-form message (QCoreApplication.translate(…, n)
    rather than self.tr) compiles, but Qt then finds no form for a count other than 1 and
    shows the English: '5 article(s):' in the Russian topic editor."""
    one_form = [(context, message.findtext("source")) for context, message in messages(language)
                if re.search(r"%L?n", message.findtext("source") or "")
                and message.get("numerus") != "yes"]  # fmt: skip
    assert not one_form


def test_translations_compile_and_the_build_has_compiled_them(tmp_path: Path) -> None:
    for language in ("ru", "ur"):
        built = TRANSLATIONS / f"pakru_{language}.qm"  # by `make test` / `make run`
        source = TRANSLATIONS / f"pakru_{language}.ts"
        assert built.is_file() and built.stat().st_mtime >= source.stat().st_mtime, built
        shutil.copy(source, tmp_path)
    shutil.copy(TRANSLATIONS / "qtbase_ur.ts", tmp_path)  # Qt's own strings, in Urdu by us
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from translations import release
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    compiled = release(tmp_path)
    assert sorted(p.name for p in compiled) == ["pakru_ru.qm", "pakru_ur.qm", "qtbase_ur.qm"]
    translator = QTranslator()
    assert translator.load("pakru_ur", str(tmp_path))
    assert translator.translate("MainWindow", "&File") == "&فائل"
    assert translator.load("qtbase_ur", str(tmp_path))
    assert translator.translate("QFileDialog", "File &name:") == "فائل کا &نام:"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # not installed


def test_restart_now_starts_the_window_again_in_the_chosen_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """View → Language → Русский → Restart Now, in the app as it runs (application.run with
    its event loop): the window closes and a new one opens in Russian, in the same process."""
    import argparse

    from pakru_desktop.ui.application import run

    app = QApplication.instance()
    locale, seen, answered = QLocale(), [], []

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip

    def drive() -> None:
        shown = windows()
        if not shown:
            QTimer.singleShot(50, drive)
            return
        window = shown[0]
        if not seen:  # the first window: choose Russian, restart now
            seen.append(window.search_field.placeholderText())
            answer_when_asked(qtbot, answered, "Restart Now")
            choose(qtbot, window, ["&View", "&Language", "Русский"])
            QTimer.singleShot(50, drive)
        elif window.search_field.placeholderText() != seen[0]:  # the window started again
            seen.append(window.search_field.placeholderText())
            seen.append(app.layoutDirection())
            assert not window.grab().isNull()
            window.close()  # the app ends as a person ends it
        else:
            QTimer.singleShot(50, drive)

    QTimer.singleShot(0, drive)
    args = argparse.Namespace(self_test=False, data_dir=str(tmp_path / "data"), qt_args=())
    before = set(app.findChildren(QTranslator))
    try:
        assert run(args) == 0
    finally:  # the second start's Russian stays installed when run returns: take it out
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        i18n.use_locale(locale)
    assert answered and "Русский" in answered[0]
    assert len(seen) == 3, seen
    assert seen[0] != seen[1] and re.search("[а-я]", seen[1].casefold()), seen


def test_a_sheet_and_the_timeline_list_in_the_russian_interface_speak_russian(
    qtbot, start_window
) -> None:  # type: ignore[no-untyped-def]
    from .test_sheet_views import _open_topic_from_sidebar

    window = start_window("ru")
    _open_topic_from_sidebar(qtbot, window, "energy")
    sheet = window.factsheet.toPlainText()
    for words in ("Ключевые показатели", "Хронология", "Люди и организации", "Статьи ("):
        assert words in sheet, words
    assert "Key figures" not in sheet and "People and organisations" not in sheet
    painted(window.factsheet)
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    listed = window.timeline.list.toPlainText()
    assert re.search(r"\d{1,2} (мая|июня|марта) \d{4}", listed), listed[:300]
    assert "(inferred" not in listed and "приблизительная дата" in listed
    painted(window.timeline)


def test_the_timeline_picture_runs_right_to_left_in_urdu(qtbot, start_window) -> None:  # type: ignore[no-untyped-def]
    window = start_window("ur")
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    chart = window.timeline.chart
    painted(chart)
    first, last = chart.centre(0), chart.centre(len(chart.entries) - 1)
    assert first.x() > last.x()  # the oldest on the right, as an Urdu reader reads
    point = first.toPoint() + QPoint(0, 40)
    window.timeline.scroll.ensureVisible(point.x(), point.y())
    with qtbot.waitSignal(chart.entryActivated, timeout=TIMEOUT,
                          check_params_cb=lambda index: index == 0):  # fmt: skip
        qtbot.mouseClick(chart, LEFT, pos=point)
    assert "ٹائم لائن" in window.timeline.list.toPlainText()


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_at_1024_by_600_the_reader_has_half_the_width_and_no_field_is_cut(
    qtbot, start_window, language: str
) -> None:  # type: ignore[no-untyped-def]
    window = start_window(language)
    window.resize(1024, 600)
    type_query(qtbot, window, "Pakistan")
    with qtbot.waitSignal(window.articleShown):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    sizes = window.splitter.sizes()
    assert sizes[2] * 2 >= sum(sizes), sizes
    pane = window.search_pane
    for field in (pane.date_from, pane.date_to):  # "до года" whole, not "до г…"
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= hint + 8, (field.placeholderText(), field.width(), hint)
    painted(window)
