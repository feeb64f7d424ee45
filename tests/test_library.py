"""The SQLite library: built once from seeds, atomic imports, schema version, verify."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pakru_desktop.library import ImportCancelled, Library
from pakru_desktop.schema import SCHEMA_VERSION, LibraryError

from .conftest import SEEDS

ARTICLE = "A pipeline agreement in Gwadar\n\nThe two sides signed a pipeline agreement in Gwadar.\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_first_use_builds_the_library_from_every_seed(library: Library) -> None:
    assert library.count() == 5
    assert {s.source_file for s in library.summaries()} == {p.name for p in SEEDS.glob("*.txt")}
    assert library.verify() == []


def test_library_records_schema_version_and_uses_wal(library: Library) -> None:
    assert library.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unchanged_seeds_are_never_read_again(library: Library, tmp_path: Path) -> None:
    assert library.sync_seeds(SEEDS) is None
    before = library.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    library.sync_seeds(SEEDS)
    assert library.conn.execute("SELECT max(id) FROM articles").fetchone()[0] == before


def test_new_seeds_of_an_upgrade_are_added_and_user_imports_kept(
    library: Library, tmp_path: Path
) -> None:
    report = library.import_paths([write(tmp_path / "mine", "mine.txt", ARTICLE)])
    assert len(report.imported) == 1
    upgraded = tmp_path / "seeds-v2"
    shutil.copytree(SEEDS, upgraded)
    write(upgraded, "005_new.txt", "Steel news\n\nA new steel agreement was signed in Karachi.\n")
    report = library.sync_seeds(upgraded)
    assert report is not None and [Path(o.path).name for o in report.imported] == ["005_new.txt"]
    assert library.count() == 7
    assert library.has_article(library.summaries()[0].article_id)
    assert any(s.title == "A pipeline agreement in Gwadar" for s in library.summaries())


def test_same_text_under_another_name_is_a_duplicate(library: Library, tmp_path: Path) -> None:
    copy = tmp_path / "again" / "copy-of-seed.txt"
    copy.parent.mkdir()
    shutil.copy(next(SEEDS.glob("003_*.txt")), copy)
    report = library.import_paths([copy])
    assert report.imported == [] and len(report.skipped) == 1
    assert "duplicate" in report.skipped[0].reason
    assert library.count() == 5


def test_a_bad_file_does_not_stop_the_batch(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    write(folder, "a.txt", ARTICLE)
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    write(folder, "c.md", "# Oil imports rise\n\nCrude oil imports from Russia rose sharply.\n")
    report = library.import_paths([folder])
    assert [Path(o.path).name for o in report.imported] == ["a.txt", "c.md"]
    assert [Path(o.path).name for o in report.failed] == ["b.txt"]
    assert "binary" in report.failed[0].reason
    assert library.count() == 7


def test_cancelled_import_leaves_the_library_as_it_was(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for i in range(10):
        write(
            folder, f"{i:02}.txt", f"Article number {i}\n\nText of article {i} about quokkagas.\n"
        )
    calls = []

    def cancel_after_five() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(ImportCancelled):
        library.import_paths([folder], should_cancel=cancel_after_five)
    assert library.count() == 5
    assert library.conn.execute(
        "SELECT count(*) FROM words WHERE word = 'quokkagas'"
    ).fetchone() == (0,)
    assert library.verify() == []


def test_progress_reports_every_file(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "p"
    for i in range(3):
        write(folder, f"{i}.txt", f"Progress article {i}\n\nBody {i}.\n")
    seen: list[tuple[int, int]] = []
    library.import_paths([folder], progress=lambda done, total, _path: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_verify_finds_text_changed_behind_the_librarys_back(library: Library) -> None:
    with sqlite3.connect(library.path) as conn:  # another program, behind the app's back
        conn.execute(
            "UPDATE articles SET body = replace(body, 'pipeline', 'PIPELINE')"
            " WHERE source_file LIKE '000%'"
        )
    problems = library.verify()
    assert len(problems) == 1 and "does not match its hash" in problems[0]


def test_corrupt_file_gives_a_clear_error_and_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(LibraryError, match="cannot open library"):
        Library(path)
    assert path.read_bytes() == garbage


def test_library_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer version"):
        Library(path)


def test_article_round_trips_through_the_library(library: Library) -> None:
    from pakru_desktop.ingest import load_catalog, read_file

    path = next(SEEDS.glob("004_*.txt"))
    original = read_file(path, load_catalog(SEEDS)[path.name])
    stored = library.article(original.article_id)
    assert stored is not None
    assert stored.blocks == original.blocks
    assert (stored.title, stored.date, stored.date_estimated, stored.section) == (
        original.title, original.date, original.date_estimated, original.section)  # fmt: skip
    assert library.resolve_id(original.article_id[:6]) == original.article_id


def test_a_version_1_library_is_upgraded_and_keeps_its_articles(tmp_path: Path) -> None:
    from pakru_desktop import schema

    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.MIGRATIONS[1](conn)  # the library as version 1 wrote it: a trigger indexed rows
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (article_id, title, body, kinds, headings, content_hash)"
        " VALUES ('abcdef0123456789', 'Old gas deal', 'A gas deal was signed.', 'p', '', '')"
    )
    conn.close()
    with Library(path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        triggers = {r[0] for r in library.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}  # fmt: skip
        assert "articles_ai" not in triggers and "articles_ad" in triggers
        found = library.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'gas'").fetchall()  # fmt: skip
        assert len(found) == 1
        library.import_paths([write(tmp_path / "new", "n.txt", ARTICLE)])
        assert library.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'gwadar'").fetchone() == (1,)  # fmt: skip
