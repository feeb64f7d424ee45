"""Real saved pages (permissively licensed, tests/data/real_pages/README.md) imported through
`pakru import` as a person does: title, publisher, date and author must be the ones the page
shows, the text must reach the article's last sentence, and no complete page may carry the
"incomplete" note. The expected values were written by reading each page, before importing."""

from __future__ import annotations

import gzip
import json
import tomllib
import unicodedata
from pathlib import Path

import pytest

from .conftest import run_cli

PAGES = Path(__file__).parent / "data" / "real_pages"
EXPECTED = tomllib.loads((PAGES / "expected.toml").read_text(encoding="utf-8"))["page"]
INCOMPLETE_NOTE = "the source text ends mid-sentence"


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Every page unpacked into one folder and imported in one `pakru import` run, as a
    person imports a folder of saved pages; the library's record of each, by file name."""
    folder = tmp_path_factory.mktemp("saved-pages")
    for entry in EXPECTED:
        name = entry["file"].removesuffix(".gz")
        (folder / name).write_bytes(gzip.decompress((PAGES / entry["file"]).read_bytes()))
    data = tmp_path_factory.mktemp("library")
    result = run_cli("import", str(folder), "--json", data_dir=data, timeout=180)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["failed"] == [] and report["skipped"] == []
    ids = {Path(item["path"]).name: item["article_id"] for item in report["imported"]}
    rows = {row["article_id"]: row for row in json.loads(
        run_cli("articles", "--json", data_dir=data).stdout)}  # fmt: skip
    records = {}
    for name, article_id in ids.items():
        shown = run_cli("show", article_id, "--format", "md", data_dir=data).stdout
        meta_line = shown.splitlines()[2].strip("*")  # "*Publisher · by Author · date*"
        author = next((p[3:] for p in meta_line.split(" · ") if p.startswith("by ")), "")
        records[name] = {**rows[article_id], "author": author.replace("\\", ""), "md": shown}
    return records


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["file"].split(".html")[0] for e in EXPECTED])
def test_a_real_page_comes_in_with_the_metadata_it_shows(
    imported: dict[str, dict], entry: dict
) -> None:
    record = imported[entry["file"].removesuffix(".gz")]
    assert record["title"] == entry["title"]
    publishers = {_fold(p) for p in [entry["publisher"], *entry.get("publisher_alt", [])]}
    assert _fold(record["source"]) in publishers, record["source"]
    assert record["date"] == entry["date"]
    authors = {_fold(a) for a in [entry["author"], *entry.get("author_alt", [])]}
    assert _fold(record["author"]) in authors, record["author"]


@pytest.mark.parametrize("entry", EXPECTED, ids=[e["file"].split(".html")[0] for e in EXPECTED])
def test_a_complete_real_page_is_whole_and_not_called_incomplete(
    imported: dict[str, dict], entry: dict
) -> None:
    shown = imported[entry["file"].removesuffix(".gz")]["md"]
    assert (INCOMPLETE_NOTE in shown) == (not entry["complete"])
    assert _fold(entry["ends_with"]) in _fold(shown.replace("\\", ""))
