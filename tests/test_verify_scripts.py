"""Verify looks every article up by its title as the index reads it, in every script.

A saved wday.ru page (title with «», ё, dashes, "53-летняя") made `pakru verify` fail with
"not found by its title" because the check split titles with its own word pattern, unfolded
and unstemmed, while the index keeps folded, stemmed words. The pages here are written after
that page (and an Urdu one with harakat, a hamza form and Urdu digits) and imported as a user
imports them."""

from __future__ import annotations

from pathlib import Path

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths

from .conftest import run_cli

DATA = Path(__file__).resolve().parent / "data"
PAGES = DATA / "scripts_titles"


def test_titles_in_cyrillic_and_urdu_script_are_found_by_verify(library: Library) -> None:
    report = import_paths(library, [PAGES, DATA / "languages"])
    assert [o.status for o in report.imported] == ["imported"] * 4
    titles = [row[0] for row in library.conn.execute("SELECT title FROM articles")]
    assert any("«" in t and "ё" in t.casefold() and "—" in t for t in titles)  # the wday.ru case
    assert any("ۂ" in t or "ِ" in t for t in titles)  # Urdu with harakat and a hamza form
    assert library.verify() == []


def test_pakru_verify_passes_a_library_of_russian_and_urdu_pages(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    imported = run_cli("import", str(PAGES), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    result = run_cli("verify", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "library is sound" in result.stdout
