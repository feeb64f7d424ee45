"""The core's words in the reader's language (text/messages.py): sheets, the timeline list,
search notices and skip reasons in Russian and Urdu, plural forms, and catalogues whose
translations keep every value of their English text."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import SECTIONS, build_sheet, corpus_timeline
from pakru_desktop.knowledge.topics import load_topics
from pakru_desktop.render.sheet import sheet_markdown, timeline_markdown
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.text.messages import date_words, plural, translate

from .conftest import ROOT

CATALOGUES = sorted((ROOT / "resources" / "translations").glob("core_*.toml"))
FIELD = re.compile(r"\{(\w+)\}")


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_translation_keeps_the_values_of_its_english_text(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for table in ("messages", "notices"):
        for english, translated in data[table].items():
            assert set(FIELD.findall(english)) == set(FIELD.findall(translated)), english
    for english, forms in data["plurals"].items():
        assert all(FIELD.findall(form) == ["n"] for form in forms), english


def test_every_sheet_word_has_a_translation() -> None:
    for language in ("ru", "ur"):
        for name in [*SECTIONS, "Timeline", "People and organisations", "Articles ({n})"]:
            assert translate(name, language) != name, (language, name)


@pytest.mark.parametrize(
    ("count", "ru", "ur"),
    [(1, "1 статья", "1 مضمون"), (3, "3 статьи", "3 مضامین"), (5, "5 статей", "5 مضامین"),
     (11, "11 статей", "11 مضامین"), (21, "21 статья", "21 مضامین"), (24, "24 статьи", "24 مضامین")],
)  # fmt: skip
def test_counts_take_the_languages_plural_forms(count: int, ru: str, ur: str) -> None:
    assert plural(count, "{n} article", "{n} articles", "ru") == ru
    assert plural(count, "{n} article", "{n} articles", "ur") == ur
    assert plural(count, "{n} article", "{n} articles", "en") == (
        f"{count} article" + ("" if count == 1 else "s")
    )


def test_notices_the_core_finished_are_translated_where_shown(engine: SearchEngine) -> None:
    notice = engine.search("pipeline (gas", live=False).notice  # a parenthesis left open
    assert notice and notice.startswith("Searched as plain words")
    assert translate(notice, "ru") == "Искали как обычные слова: скобка не закрыта."
    assert translate(notice, "ur").startswith("سادہ الفاظ")
    ranged = engine.search("pipeline", date_from="2025", date_to="2024").notice or ""
    assert "диапазон кончается (2024)" in translate(ranged, "ru")
    both = "A quote was not closed; the phrase runs to the end. Searched as plain words."
    assert translate(both, "ru") == ("Кавычка не закрыта; фраза продолжается до конца. "
                                     "Искали как обычные слова.")  # fmt: skip
    assert translate("no article text left after removing page furniture", "ur").startswith("صفحے")
    assert translate("something the catalogue does not know", "ru") == (
        "something the catalogue does not know"
    )  # shown in English, never dropped


def test_dates_are_written_the_languages_way() -> None:
    assert date_words("2025-05-15", "day", "ru") == "15 мая 2025"
    assert date_words("2025-05", "month", "ru") == "май 2025"
    assert date_words("1970", "decade", "ru") == "1970-е"
    assert date_words("2025-05-15", "day", "ur") == "15 مئی 2025"
    assert date_words("2025-05-15", "day", "en") is None


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> dict[str, str]:
    path = tmp_path_factory.mktemp("sheets") / "library.sqlite3"
    path.write_bytes(_seeded_template.read_bytes())
    library = Library(path)
    library.ensure_facts()
    topic = next(t for t in load_topics(ROOT / "resources" / "topics") if t.slug == "energy")
    expression = SearchEngine(library.conn).topic_expression(topic)
    sheet = build_sheet(library.conn, library.knowledge, topic, expression)
    entries = corpus_timeline(library.conn)
    pages = {lang: sheet_markdown(sheet, language=lang) for lang in ("en", "ru", "ur")}
    pages |= {f"timeline-{lang}": timeline_markdown(entries, "T", language=lang)
              for lang in ("en", "ru", "ur")}  # fmt: skip
    library.close()
    return pages


def test_a_sheet_in_russian_and_urdu_has_no_english_words_of_its_own(sheets: dict) -> None:
    english = sheets["en"]
    assert "## Key figures" in english and "## Timeline" in english
    for language, words in (("ru", ["## Ключевые показатели", "## Хронология", "## Статьи ("]),
                            ("ur", ["## اہم اعداد و شمار", "## ٹائم لائن", "## مضامین ("])):  # fmt: skip
        page = sheets[language]
        assert all(word in page for word in words), language
        headings = re.findall(r"^## (.+)$", page, re.M)
        assert not [h for h in headings if re.search("[A-Za-z]{3}", h)], headings
        # The same statements, citations and articles: only the sheet's own words change.
        assert re.findall(r"\[S\d+ ¶\d+\]", page) == re.findall(r"\[S\d+ ¶\d+\]", english)
        for phrase in ("reported in", "Key figure:", "The library holds", "(inferred)", " vs "):
            assert phrase not in page, (language, phrase)


def test_the_timeline_list_is_dated_in_the_readers_language(sheets: dict) -> None:
    assert re.search(r"\*\*(≈ )?\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|"
                     r"сентября|октября|ноября|декабря) \d{4}", sheets["timeline-ru"])  # fmt: skip
    assert "(inferred" not in sheets["timeline-ru"]
    assert re.search(r"\*\*(≈ )?\d{1,2} (مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|جنوری|فروری|"
                     r"مارچ|اپریل) \d{4}", sheets["timeline-ur"])  # fmt: skip
