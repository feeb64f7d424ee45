"""Metadata files are read as articles are: bounded, and never through a link (issue 20: D7)."""

from __future__ import annotations

import os
from pathlib import Path

from pakru_desktop.knowledge.entities import load_entities
from pakru_desktop.knowledge.topics import load_topics
from pakru_desktop.search.variants import Variants

from .conftest import run_cli

ARTICLE = "A pipeline title\n\nThe gas pipeline was discussed at length by both sides.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    return folder


def test_a_catalog_linked_to_a_huge_file_outside_is_refused_in_one_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    huge = tmp_path / "outside.toml"
    with open(huge, "wb") as handle:
        handle.truncate(1_500_000_000)  # sparse: 1.5 GB that costs no disk
    os.symlink(huge, folder / "catalog.toml")
    result = run_cli("import", str(folder), data_dir=tmp_path / "data")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "a.txt: catalog.toml is not read: a link (not followed)\n" in result.stdout


def test_a_huge_catalog_is_refused_before_it_is_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with open(folder / "catalog.toml", "wb") as handle:
        handle.truncate(1_500_000_000)
    result = run_cli("import", str(folder), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "catalog.toml is not read: file too large (1430.5 MB or more" in result.stdout


def test_a_sound_catalog_is_still_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "catalog.toml").write_text('["a.txt"]\nsource = "Catalogued Daily"\n')
    assert run_cli("import", str(folder), data_dir=tmp_path / "data").returncode == 0
    assert "Catalogued Daily" in run_cli("articles", data_dir=tmp_path / "data").stdout


def test_entities_and_topics_behind_links_are_not_read(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "entities.toml").write_text('[[person]]\nname = "Shehbaz"\naliases = ["Shahbaz"]\n')
    (real / "energy.md").write_text("---\nslug: energy\nkeywords: [gas]\n---\nEnergy\n")
    linked = tmp_path / "linked"
    (linked / "topics").mkdir(parents=True)
    os.symlink(real / "entities.toml", linked / "entities.toml")
    os.symlink(real / "energy.md", linked / "topics" / "energy.md")
    assert load_entities(real / "entities.toml") and load_topics(real)
    assert load_entities(linked / "entities.toml") == []
    assert Variants.load(linked / "entities.toml").longest == 0
    assert load_topics(linked / "topics") == []
