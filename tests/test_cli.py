"""The `pakru` command: its JSON contract and its errors, run as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

SEARCH_KEYS = {"query", "total", "hits", "suggestion", "notice"}
HIT_KEYS = {"article_id", "title", "source_file", "paragraph", "snippet", "score"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-data")
    assert run_cli("articles", data_dir=folder).returncode == 0  # first use builds from seeds
    return folder


def test_search_pipeline_returns_the_two_pipeline_articles(data_dir: Path) -> None:
    result = run_cli("search", "pipeline", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert SEARCH_KEYS <= set(document)
    assert document["query"] == "pipeline" and document["total"] == 2
    assert {h["source_file"] for h in document["hits"]} == {
        "000_a5c53cf755282275.txt", "001_b8574bbb1da4d760.txt"}  # fmt: skip
    for hit in document["hits"]:
        assert HIT_KEYS <= set(hit)
        assert "<mark>pipeline</mark>" in hit["snippet"]
        assert isinstance(hit["paragraph"], int) and hit["paragraph"] >= 1
        shown = run_cli("show", hit["article_id"], data_dir=data_dir).stdout
        assert "pipeline" in next(
            line for line in shown.splitlines() if line.startswith(f"[{hit['paragraph']}] ")
        )


def test_search_with_no_hits_suggests_a_word_of_the_library(data_dir: Path) -> None:
    document = json.loads(run_cli("search", "pipleine", "--json", data_dir=data_dir).stdout)
    assert document["total"] == 0 and document["hits"] == []
    assert document["suggestion"] == "pipeline"


def test_search_text_output_and_limit(data_dir: Path) -> None:
    result = run_cli("search", "Russia", "--limit", "2", data_dir=data_dir)
    assert result.returncode == 0
    assert "5 article(s) match" in result.stdout
    document = json.loads(run_cli("search", "Russia", "--limit", "2", "--json",
                                  data_dir=data_dir).stdout)  # fmt: skip
    assert len(document["hits"]) == 2 and document["total"] == 5


def test_articles_lists_every_article_with_its_contract(data_dir: Path) -> None:
    rows = json.loads(run_cli("articles", "--json", data_dir=data_dir).stdout)
    assert len(rows) == 5
    for row in rows:
        assert {"article_id", "title", "source", "source_file", "date", "paragraph_count"} <= set(
            row
        )
        assert row["paragraph_count"] > 5


def test_articles_text_marks_estimated_dates_as_the_app_and_sheets_do(data_dir: Path) -> None:
    """Issue 9, defect 11: ≈ everywhere (every seed's date is estimated from its text)."""
    result = run_cli("articles", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5 and all("  ≈ 20" in line for line in lines)
    assert any("≈ 2026-02-27" in line for line in lines) and "~" not in result.stdout


@pytest.mark.parametrize(("fmt", "expected"), [("text", "[1] "), ("md", "# "), ("html", "<h1")])
def test_show_formats(data_dir: Path, fmt: str, expected: str) -> None:
    article_id = json.loads(run_cli("articles", "--json", data_dir=data_dir).stdout)[0][
        "article_id"
    ]
    result = run_cli("show", article_id, "--format", fmt, data_dir=data_dir)
    assert result.returncode == 0 and expected in result.stdout


def test_import_reports_each_file_and_exits_1_when_one_failed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text("# Rail link\n\nA rail link to Uzbekistan was planned.\n")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")
    result = run_cli("import", str(folder), "--json", data_dir=tmp_path / "d")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert [Path(i["path"]).name for i in document["imported"]] == ["good.md"]
    assert document["imported"][0]["title"] == "Rail link"
    assert [(Path(s["path"]).name, s["reason"]) for s in document["skipped"]] == [
        ("notes.odt", "unsupported format (.odt)")]  # fmt: skip
    assert [Path(f["path"]).name for f in document["failed"]] == ["bad.txt"]
    again = run_cli("import", str(folder / "good.md"), data_dir=tmp_path / "d")
    assert again.returncode == 0 and "duplicate" in again.stdout


def test_verify_reports_a_sound_library(data_dir: Path) -> None:
    result = run_cli("verify", "--json", data_dir=data_dir)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"ok": True, "articles": 5, "problems": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nosuchid"], "no article with id"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["search", "x", "--topic", "no-such-topic"], "unknown topic"),
    ],
)
def test_mistakes_get_one_line_and_exit_2(data_dir: Path, args: list[str], message: str) -> None:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_data_dir_comes_from_the_environment_too(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "PAKRU_DATA_DIR": str(tmp_path / "env-data")}
    result = run_cli("verify", env=env)
    assert result.returncode == 0
    assert (tmp_path / "env-data" / "library.sqlite3").is_file()


def test_search_sorts_newest_first_and_narrows_to_a_date_range(data_dir: Path) -> None:
    """Issue 9, defect 17: --sort date and --from/--to; each hit now says its date."""
    ranked = json.loads(run_cli("search", "Russia", "--json", data_dir=data_dir).stdout)
    result = run_cli("search", "Russia", "--sort", "date", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    newest = json.loads(result.stdout)
    assert SEARCH_KEYS <= set(newest) and all(HIT_KEYS <= set(h) for h in newest["hits"])
    dates = [h["date"] for h in newest["hits"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == ranked["total"] >= 4
    assert {h["article_id"] for h in newest["hits"]} == {h["article_id"] for h in ranked["hits"]}
    narrowed = run_cli("search", "Russia", "--from", "2025", "--to", "2025-12", "--json",
                       data_dir=data_dir)  # fmt: skip
    hits = json.loads(narrowed.stdout)["hits"]
    assert hits and all(h["date"].startswith("2025") for h in hits)
    assert len(hits) == sum(d.startswith("2025") for d in dates)
    text = run_cli("search", "Russia", "--sort", "date", "--to", "2024", data_dir=data_dir)
    assert text.returncode == 0 and "1 article(s) match" in text.stdout
    assert "≈ 2024-10]" in text.stdout  # the hit's date, marked as the estimate it is


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13"], "not a real date"),
        (["--to", "last year"], "not a year"),
        (["--from", "2026", "--to", "2025"], "before it starts"),
        (["--sort", "oldest"], "invalid choice"),
    ],  # fmt: skip
)
def test_a_bad_sort_or_date_range_is_one_line_on_stderr(
    data_dir: Path, args: list[str], message: str
) -> None:
    result = run_cli("search", "Russia", *args, data_dir=data_dir)
    assert result.returncode == 2 and result.stdout == ""
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("pakru")]) == 1
