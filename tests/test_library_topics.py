"""Topics and names belong to the library: a collection carries the topics and names of its
folder (`topics/*.md`, `entities.toml`); `pakru topics add|remove` and `pakru entities add`
change a library's own, and its sheets follow at once. The real CLI, in subprocesses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

GRAIN_TOPIC = """---
slug: grain
title: Grain and rice
order: 1
keywords: [grain, rice, wheat]
---
What the two countries trade in grain.
"""
NAMES = """[[person]]
name = "Ivan Testov"
role = "Grain envoy"
aliases = ["Testov", "Иван Тестов"]
"""


def _folder(base: Path) -> Path:
    folder = base / "grain-collection"
    (folder / "topics").mkdir(parents=True)
    (folder / "wheat.txt").write_text(
        "Wheat deal signed\n\nIvan Testov signed a deal on 2 million tonnes of wheat in "
        "Islamabad on 3 March 2025.\n\nTestov said the grain would arrive by ship.\n",
        encoding="utf-8",
    )
    (folder / "rail.txt").write_text(
        "Rail study\n\nUzbekistan and Pakistan signed an agreement on the rail link to Termez in 2024.\n",
        encoding="utf-8",
    )
    (folder / "topics" / "grain.md").write_text(GRAIN_TOPIC, encoding="utf-8")
    (folder / "entities.toml").write_text(NAMES, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def grain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("grain")
    output = base / "grain.pakru"
    result = run_cli("build-collection", str(_folder(base)), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "2 imported, 0 skipped" in result.stdout  # the topic and names files are no articles
    return output


@pytest.fixture
def data(grain: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(grain, folder / "library.sqlite3")
    return folder


def _topics(data: Path) -> dict[str, dict]:
    result = run_cli("topics", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return {t["slug"]: t for t in json.loads(result.stdout)}


def test_a_collection_carries_its_folders_topics_and_names(data: Path) -> None:
    topics = _topics(data)
    assert list(topics) == ["grain"]  # the librarian's, not the 13 built-in ones
    assert topics["grain"]["fact_count"] >= 1
    names = json.loads(run_cli("entities", "--json", data_dir=data).stdout)
    envoy = next(p for p in names["people"] if p["name"] == "Ivan Testov")
    assert envoy["articles"] == 1 and envoy["role"] == "Grain envoy"
    # Search knows the names' spellings too: the Cyrillic form finds the English text.
    found = json.loads(run_cli("search", "Иван Тестов", "--json", data_dir=data).stdout)
    assert found["total"] == 1


def test_topics_add_and_remove_change_the_sheets_at_once(data: Path, tmp_path: Path) -> None:
    rail = tmp_path / "rail.md"
    rail.write_text("---\nslug: rail\ntitle: Railways\nkeywords: [rail, railway]\n---\nTrains.\n")
    added = run_cli("topics", "add", str(rail), data_dir=data)
    assert added.returncode == 0, added.stderr
    assert "topic rail stored in the library; 2 topic(s)" in added.stdout
    sheet = run_cli("factsheet", "rail", data_dir=data)
    assert sheet.returncode == 0 and "# Railways" in sheet.stdout and "Rail study" in sheet.stdout
    removed = run_cli("topics", "remove", "grain", data_dir=data)
    assert removed.returncode == 0, removed.stderr
    assert list(_topics(data)) == ["rail"]
    gone = run_cli("factsheet", "grain", data_dir=data)
    assert gone.returncode == 2 and "grain" in gone.stderr


def test_bad_topic_and_names_files_are_refused_in_one_line(data: Path, tmp_path: Path) -> None:
    no_keywords = tmp_path / "empty.md"
    no_keywords.write_text("---\nslug: empty\ntitle: Empty\n---\nNothing.\n")
    wrong_toml = tmp_path / "wrong.toml"
    wrong_toml.write_text("title = 'not names'\n")
    broken_toml = tmp_path / "broken.toml"
    broken_toml.write_text("[[person]\nname =\n")
    for args in (("topics", "add", str(no_keywords)), ("entities", "add", str(wrong_toml)),
                 ("entities", "add", str(broken_toml)), ("topics", "remove", "nothing"),
                 ("topics", "add", str(tmp_path / "missing.md"))):  # fmt: skip
        result = run_cli(*args, data_dir=data)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(_topics(data)) == ["grain"]  # nothing changed


def test_entities_add_makes_a_name_known_to_sheets_and_search(data: Path, tmp_path: Path) -> None:
    more = tmp_path / "engineers.toml"
    more.write_text('[[place]]\nname = "Termez"\naliases = ["Термез"]\n', encoding="utf-8")
    result = run_cli("entities", "add", str(more), data_dir=data)
    assert result.returncode == 0, result.stderr
    names = json.loads(run_cli("entities", "--json", data_dir=data).stdout)
    assert any(p["name"] == "Termez" for p in names["places"])
    assert json.loads(run_cli("search", "Термез", "--json", data_dir=data).stdout)["total"] == 1


def test_a_collection_without_topics_carries_the_installations(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "a.txt").write_text("Gas pipeline\n\nThe gas pipeline talks went on.\n")
    output = tmp_path / "plain.pakru"
    assert run_cli("build-collection", str(folder), "-o", str(output)).returncode == 0
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(output, data / "library.sqlite3")
    assert len(_topics(data)) == len(list((ROOT / "resources" / "topics").glob("*.md")))
