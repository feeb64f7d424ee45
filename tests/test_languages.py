"""Russian and Urdu are found as a reader types them: one folding of text on both sides of the
index, Russian word forms, names across scripts, digits in any script, highlights on the
original words. Two articles written for these tests (tests/data/languages) are imported as a
user imports files, beside the English seeds."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.variants import Variants
from pakru_desktop.text.fold import fold_word, index_text, restore_marks, spans, words
from pakru_desktop.text.languages import index_form, language_of

ARTICLES = Path(__file__).resolve().parent / "data" / "languages"
RU = "ru_pakistan_stream.md"
UR = "ur_energy_cooperation.md"


@pytest.fixture(scope="module")
def polyglot(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> Library:
    """The seeded library with the Russian and the Urdu article imported (shared: read-only)."""
    path = tmp_path_factory.mktemp("polyglot") / "library.sqlite3"
    path.write_bytes(_seeded_template.read_bytes())
    library = Library(path)
    report = import_paths(library, [ARTICLES])
    assert [o.status for o in report.imported] == ["imported", "imported"]
    yield library
    library.close()


@pytest.fixture(scope="module")
def finder(polyglot: Library) -> SearchEngine:
    return SearchEngine(
        polyglot.conn, Variants.load(ARTICLES.parents[2] / "resources" / "entities.toml")
    )


def found(engine: SearchEngine, query: str, *, live: bool = False) -> set[str]:
    return {hit.source_file for hit in engine.search(query, limit=100, live=live).hits}


# -- folding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("еще", "ещё"), ("ОБЪЕМ", "объём"), ("Ёлка", "елка"),  # ё is е to readers
        ("Pakistan", "Pakistán"), ("final", "ﬁnal"), ("abc", "ＡＢＣ"),  # accents, NFKC
        ("لیے", "لئے"), ("ائندہ", "آئندہ"), ("اسلام", "أسلام"), ("موتمر", "مؤتمر"),  # hamza
        ("وزیر", "وزیرِ"), ("محمد", "مُحَمَّد"),  # harakat
        ("پاکستان", "پاکـــستان"), ("میشود", "می\u200cشود"),  # tatweel, ZWNJ
        ("کتاب", "كتاب"), ("ی", "ي"), ("ہ", "ه"),  # Arabic and Urdu keyboards
        ("2024", "۲۰۲۴"), ("2024", "٢٠٢٤"), ("لا", "ﻻ"),  # digits, presentation forms
    ],
)  # fmt: skip
def test_a_word_folds_as_readers_compare_it(typed: str, written: str) -> None:
    assert fold_word(typed) == fold_word(written)


@pytest.mark.parametrize(("one", "other"), [("мой", "мои"), ("край", "краи"), ("ٹ", "ت")])
def test_letters_readers_tell_apart_stay_apart(one: str, other: str) -> None:
    assert fold_word(one) != fold_word(other)  # й is a letter of its own, not и with a mark


@given(st.text(max_size=30))
def test_folding_twice_changes_nothing(text: str) -> None:
    for word in words(text):
        assert fold_word(word) == word
        assert words(word) == [word]


@given(st.text(alphabet=st.sampled_from("abcé ёйжЖ ایئآۓ۲ـ\u200c\u064e’-.\n"), max_size=60))
def test_index_text_has_one_token_per_word_of_the_original(text: str) -> None:
    indexed = index_text(text)
    if indexed is None:
        assert all(text[a:b].isascii() for a, b in spans(text))
        return
    assert indexed.count("\n") == text.count("\n")
    for line, folded_line in zip(text.split("\n"), indexed.split("\n"), strict=True):
        assert len(folded_line.split()) == len(words(line))
        # Marking every indexed word marks every word of the original.
        marked = " ".join(f"<{w}>" for w in folded_line.split())
        restored = restore_marks(line, marked, "<", ">")
        assert restored.replace("<", "").replace(">", "") == line
        assert restored.count("<") == len(words(line))


def test_russian_forms_share_a_stem_and_english_is_left_to_porter() -> None:
    assert {index_form(w) for w in ["путин", "путина", "путину", "путиным"]} == {"путин"}
    assert index_form("газопровода") == index_form("газопровод")
    assert index_form("pipelines") == "pipelines"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Премьер-министр Пакистана провёл переговоры", "ru"),
        ("وزیرِ اعظم نے کہا ہے کہ پاکستان روس کے ساتھ تعاون چاہتا ہے۔", "ur"),
        ("قال الوزير إن التعاون في مجال الطاقة مهم", "ar"),
        ("The talks focused on energy", "en"),
        ("2024 — 15", "und"),
    ],
)
def test_language_is_told_by_script_and_common_words(text: str, language: str) -> None:
    assert language_of(text) == language


# -- searching ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("ещё", RU), ("еще", RU), ("объем", RU), ("объём", RU), ("российскую", RU),
        ('"Пакистанский поток"', RU), ("газопровод", RU), ("газопровода", RU),
        ("توانائی", UR), ("لئے", UR), ("لیے", UR), ("آئندہ", UR), ('"اسلام آباد"', UR),
        ("وزیر اعظم", UR), ("فیصد", UR),
    ],
)  # fmt: skip
def test_every_listed_word_finds_its_article(
    finder: SearchEngine, query: str, article: str
) -> None:
    assert article in found(finder, query)
    assert article in found(finder, query, live=True)


@pytest.mark.parametrize(
    "word", ["российскую", "газопровода", "Исламабаде", "توانائی", "آئندہ", "اسلام"]
)
def test_every_prefix_finds_the_article_as_you_type(finder: SearchEngine, word: str) -> None:
    article = RU if re.match("[а-яА-Я]", word) else UR
    for end in range(1, len(word) + 1):
        assert article in found(finder, word[:end], live=True), word[:end]


def test_an_inflected_name_finds_its_other_forms_with_the_original_word_marked(
    finder: SearchEngine,
) -> None:
    result = finder.search("Путина")
    hit = next(h for h in result.hits if h.source_file == RU)
    assert "<mark>Путин</mark>" in hit.snippet  # the text says Путин, never Путина


def test_a_name_typed_in_any_script_finds_it_in_all_three(finder: SearchEngine) -> None:
    latin = found(finder, "Shehbaz")
    assert {RU, UR} < latin and len(latin - {RU, UR}) >= 3  # and the English seeds
    for typed in ["Шахбаз", "شہباز", "Shahbaz", "Шахбаза", "Шахбаз Шариф", "شہباز شریف"]:
        assert found(finder, typed) == latin, typed
    assert found(finder, "Islamabad") == found(finder, "Исламабад") == found(finder, '"اسلام آباد"')
    assert {RU, UR} < found(finder, "Putin") == found(finder, "پیوٹن")


def test_digits_in_any_script_find_each_other(finder: SearchEngine) -> None:
    western = found(finder, "2024")
    assert {RU, UR} < western and western == found(finder, "۲۰۲۴") == found(finder, "٢٠٢٤")
    hit = next(h for h in finder.search("2024").hits if h.source_file == UR)
    assert "<mark>۲۰۲۴</mark>" in hit.snippet  # marked as written


def test_highlights_mark_the_words_as_written(finder: SearchEngine, polyglot: Library) -> None:
    result = finder.search("объем Пакистанский")
    hit = next(h for h in result.hits if h.source_file == RU)
    assert "<mark>Пакистанский</mark>" in hit.title_html
    article = polyglot.article(hit.article_id)
    assert article is not None
    marked = finder.highlight(article, "объем")
    assert sorted(marked) == [2, 6]  # the paragraphs saying Объём and объём
    assert "\x01Объём\x02" in marked[2]
    urdu = polyglot.article(next(h for h in finder.search("توانائی").hits).article_id)
    assert urdu is not None
    assert "\x01وزیرِ\x02 \x01اعظم\x02" in finder.highlight(urdu, "وزیر اعظم")[2]


@pytest.fixture(scope="module")
def library_words(polyglot: Library) -> list[tuple[str, str]]:
    """Every word of every article as written, with the file it is in."""
    pairs = set()
    for source_file, title, body in polyglot.conn.execute(
        "SELECT source_file, title, body FROM articles"
    ):
        text = f"{title}\n{body}"
        pairs.update((source_file, text[a:b]) for a, b in spans(text))
    return sorted(pairs)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_word_of_the_library_and_its_prefixes_find_its_article(
    finder: SearchEngine, library_words: list[tuple[str, str]], data: st.DataObject
) -> None:
    """Any word as written, that word as a prefix, and any prefix of three letters or more.
    One or two letters complete to the most frequent words only (by design: speed), so they
    may not reach a rare word's article; the Russian and Urdu words are checked letter by
    letter above."""
    source_file, word = data.draw(st.sampled_from(library_words))
    assert source_file in found(finder, word)
    assert source_file in found(finder, word + "*")
    if len(word) > 3:
        end = data.draw(st.integers(3, len(word)))
        assert source_file in found(finder, word[:end] + "*")


# -- bad queries and a damaged index --------------------------------------------------------


@pytest.mark.parametrize("typed", ["-india ga", "NOT india ga", "-india g", "NOT (india) ga"])
def test_excluding_then_starting_a_word_searches_without_error(
    finder: SearchEngine, typed: str
) -> None:
    result = finder.search(typed, live=True)
    assert result.total > 0
    assert all("india" not in hit.snippet.casefold() for hit in result.hits)


def test_a_damaged_search_index_is_one_clear_error(tmp_path: Path, _seeded_template: Path) -> None:
    from tests.conftest import run_cli

    data = tmp_path / "data"
    data.mkdir()
    library = data / "library.sqlite3"
    library.write_bytes(_seeded_template.read_bytes())
    with sqlite3.connect(library) as conn:
        conn.execute("DELETE FROM articles_fts_docsize")
    done = run_cli("search", "pipeline", data_dir=data)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "search index is damaged" in lines[0]


# -- an existing library --------------------------------------------------------------------


def _library_of_schema_4(path: Path) -> None:
    """A library as version 4 wrote it: index on the raw text, words folded the old way."""
    from pakru_desktop.db import schema as schema
    from pakru_desktop.ingest import read_file

    conn = sqlite3.connect(path, isolation_level=None)
    for version in range(1, 5):
        schema.MIGRATIONS[version](conn)
    conn.execute("PRAGMA user_version = 4")
    for number, name in enumerate([RU, UR], start=1):
        article = read_file(ARTICLES / name)
        body = "\n".join(block.text for block in article.blocks)
        conn.execute(
            "INSERT INTO articles (id, article_id, title, source_file, content_hash, body, kinds,"
            " headings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (number, article.article_id, article.title, name, article.content_hash, body,
             "p" * len(article.blocks), "\n".join(article.headings)),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO words (word, df) VALUES (?, 1) ON CONFLICT(word) DO UPDATE SET df = df + 1",
            [(w,) for w in schema._words_of_version_4(f"{article.title}\n{body}")],
        )
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, headings, body)"
        " SELECT id, title, headings, body FROM articles"
    )
    conn.close()


def test_a_library_of_schema_4_is_indexed_again_when_opened(tmp_path: Path) -> None:
    from pakru_desktop.db.schema import SCHEMA_VERSION

    path = tmp_path / "library.sqlite3"
    _library_of_schema_4(path)
    with sqlite3.connect(path) as conn:  # what the issue saw: mangled words, nothing found
        assert conn.execute("SELECT 1 FROM words WHERE word = 'россиискую'").fetchone()
    with Library(path) as library:
        conn = library.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM articles_folded").fetchone()[0] == 2
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        vocabulary = {row[0] for row in conn.execute("SELECT word FROM words")}
        assert "россиискую" not in vocabulary and "российскую" in vocabulary
        assert "توانائی" not in vocabulary and fold_word("توانائی") in vocabulary
        assert not [w for w in vocabulary if not w.isascii() and fold_word(w) != w]
        engine = SearchEngine(conn)
        for query in ["российскую", "ещё", "Путина", "لئے", '"اسلام آباد"', "۲۰۲۴"]:
            assert engine.search(query, live=True).total >= 1, query


# -- fonts ----------------------------------------------------------------------------------

ROOT = ARTICLES.parents[2]


def _shown_characters(library: Library) -> set[str]:
    """Every character the library's articles (seeds and test articles as read) and the
    interface's source can show."""
    rows = library.conn.execute("SELECT title, source, author, headings, body FROM articles")
    text = "".join(str(value or "") for row in rows for value in row)
    text += "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "src/pakru_desktop/ui").glob("*.py")
    )
    invisible = "\u200c\u200d\u200e\u200f"
    return {c for c in text if c.isprintable() and not c.isspace() and c not in invisible}


def test_the_bundled_fonts_cover_every_character_shown(qapp, polyglot: Library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QRawFont

    fonts = [QRawFont(str(path), 12) for path in sorted((ROOT / "resources/fonts").glob("*.ttf"))]
    assert all(font.isValid() for font in fonts)
    missing = sorted(
        c
        for c in _shown_characters(polyglot)
        if not any(f.supportsCharacter(ord(c)) for f in fonts)
    )
    assert not missing, [f"U+{ord(c):04X} {c}" for c in missing]
    naskh = next(f for f in fonts if f.familyName() == "Noto Naskh Arabic")
    assert all(naskh.supportsCharacter(ord(c)) for c in "ہےۓۃ۔؟۲۰آئؤ")  # DejaVu has none of ہ ے ۔


def test_urdu_lays_out_without_a_missing_glyph(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QTextLayout

    from pakru_desktop.ui.theme import load_bundled_fonts

    assert "Noto Naskh Arabic" in load_bundled_fonts()
    urdu = (ARTICLES / UR).read_text(encoding="utf-8").replace("#", "").strip()
    for line in filter(str.strip, urdu.split("\n")):
        layout = QTextLayout(line, QFont(["DejaVu Sans", "Noto Naskh Arabic"], 10))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs and all(0 not in run.glyphIndexes() for run in runs)  # glyph 0: a box


# -- in the window --------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from pakru_desktop.ui.main_window import MainWindow

    import_paths(library, [ARTICLES])  # setup: the two articles, as File → Import adds them
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _type(qtbot, window, text: str):  # type: ignore[no-untyped-def]
    """Type `text` into the search field key by key; the result shown after the last key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window.search_field.clear()
    with qtbot.waitSignal(window.search_pane.resultsShown, timeout=10_000) as blocker:
        for char in text:  # QTest's keyClicks knows ASCII only: send the keys a layout sends
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(window.search_field, event)
    qtbot.waitUntil(lambda: window.search_field.text() == text)
    return blocker.args[0]


def test_typing_an_inflected_russian_name_lists_the_article_highlighted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    result = _type(qtbot, window, "Путина")
    assert RU in {hit.source_file for hit in result.hits}
    rows = [
        window.search_pane.model.item(i).data(0x0101)
        for i in range(window.search_pane.model.rowCount())
    ]
    assert any("Путин" in (row or "") for row in rows)
    assert not window.search_pane.list.grab().isNull()  # the rows paint


@pytest.mark.parametrize("typed", ["-india ga", "NOT india ga"])
def test_typing_an_exclusion_then_a_word_shows_results(qtbot, window, typed: str) -> None:  # type: ignore[no-untyped-def]
    result = _type(qtbot, window, typed)  # every keystroke searched; none may raise
    assert result.total > 0 and "india" not in window.search_pane.status.text().casefold()


def test_a_damaged_index_says_so_in_the_window(qtbot, library: Library, variants: Variants,
                                               tmp_path: Path) -> None:  # fmt: skip
    from PySide6.QtCore import QSettings

    from pakru_desktop.ui.main_window import MainWindow

    # Damaged from outside: the library's own connection refuses shadow-table writes.
    with sqlite3.connect(library.path) as outside:
        outside.execute("DELETE FROM articles_fts_docsize")
    win = MainWindow(
        library, variants, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.search_pane.resultsShown, timeout=10_000):
        qtbot.keyClicks(win.search_field, "pipeline")
    qtbot.waitUntil(lambda: "search index is damaged" in win.search_pane.status.text())
    assert not win.search_pane.grab().isNull()
    win.close()


@pytest.mark.parametrize("typed", ["Путин", "Шахбаз", "ШОС", "شہباز", "پیوٹن"])
def test_a_name_typed_in_cyrillic_or_urdu_shows_results_before_any_space(
    qtbot, library: Library, variants: Variants, tmp_path: Path, typed: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from pakru_desktop.ui.main_window import MainWindow

    # The English seeds only: every hit comes through the name's other spellings.
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, variants, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _type(qtbot, win, typed)  # qtbot.keyClicks aborts on non-ASCII: the keys a layout sends
    assert win.search_field.text() == typed  # no space typed: the last word is still live
    pane = win.search_pane
    qtbot.waitUntil(lambda: pane.last_result is not None and pane.last_result.query == typed)
    assert pane.last_result.total > 0 and pane.model.rowCount() > 0
    assert not pane.list.grab().isNull()
    win.close()
