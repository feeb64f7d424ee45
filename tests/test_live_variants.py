"""As-you-type search and the finished query agree on every whole name, in every script.

Every name and alias of resources/entities.toml is typed letter by letter into the live path
(as the search field sends it, no space after the last letter); once the name is complete,
the live answer holds every article the finished query finds. Over the seeds (English) plus
the Russian and the Urdu test articles, so names written in another script than the articles
are the common case, not an exception."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.variants import ENTITY_KINDS, Variants

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = ROOT / "resources" / "entities.toml"
ARTICLES = Path(__file__).resolve().parent / "data" / "languages"


def _names() -> list[str]:
    data = tomllib.loads(ENTITIES.read_text(encoding="utf-8"))
    names = [
        name
        for kind in ENTITY_KINDS
        for entry in data.get(kind, [])
        for name in [entry.get("name", ""), *entry.get("aliases", [])]
    ]
    return sorted({name for name in names if name.strip()})


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> SearchEngine:
    path = tmp_path_factory.mktemp("live") / "library.sqlite3"
    path.write_bytes(_seeded_template.read_bytes())
    library = Library(path)
    import_paths(library, [ARTICLES])
    yield SearchEngine(library.conn, Variants.load(ENTITIES))
    library.close()


def _ids(engine: SearchEngine, text: str, *, live: bool) -> set[str]:
    return {hit.article_id for hit in engine.search(text, limit=200, live=live).hits}


def test_the_entities_file_has_names_in_three_scripts() -> None:
    names = _names()
    assert any("\u0400" <= c <= "\u04ff" for n in names for c in n)  # Cyrillic
    assert any("\u0600" <= c <= "\u06ff" for n in names for c in n)  # Arabic script
    assert len(names) > 100


@pytest.mark.parametrize("name", _names())
def test_a_name_typed_letter_by_letter_finds_what_the_finished_query_finds(
    finder: SearchEngine, name: str
) -> None:
    for end in range(1, len(name)):
        finder.search(name[:end], live=True)  # every keystroke answers, none raises
    finished = _ids(finder, name, live=False)
    assert finished <= _ids(finder, name, live=True), name


@pytest.mark.parametrize("typed", ["Путин", "Шахбаз", "Оверчук", "ШОС", "شہباز", "پیوٹن"])
def test_a_whole_name_in_another_script_finds_articles_before_a_space(
    engine: SearchEngine, typed: str
) -> None:
    live = engine.search(typed, live=True)  # the English seeds only
    assert live.total >= 1, typed
    assert {h.article_id for h in engine.search(typed).hits} <= {h.article_id for h in live.hits}
