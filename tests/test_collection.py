"""Librarians' collections (`pakru build-collection`, the manifest, `pakru verify FILE`) and the
prebuilt library a bundle copies on its first start."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from pakru_desktop import __version__, paths
from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline import bootstrap as bootstrap
from pakru_desktop.pipeline import collection as collection_module
from pakru_desktop.pipeline import importing
from pakru_desktop.pipeline.collection import MANIFEST_KEY, build_collection, check_manifest
from pakru_desktop.pipeline.importing import import_paths

from .conftest import SEEDS, run_cli


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("collection") / "out" / "seeds.sqlite3"
    result = run_cli("build-collection", str(SEEDS), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "5 imported, 0 skipped, 0 failed" in result.stdout
    assert f"collection: 5 article(s) with their manifest in {output}" in result.stdout
    return output


@pytest.fixture
def copy(collection: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite3"
    shutil.copy(collection, path)
    return path


def _manifest(path: Path) -> dict:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (MANIFEST_KEY,)).fetchone()
    return json.loads(row[0])


def test_collection_carries_a_manifest_of_every_text(collection: Path) -> None:
    manifest = _manifest(collection)
    assert manifest["app_version"] == __version__
    assert manifest["built_at"][:2] == "20"
    with Library(collection, read_only=True) as library:
        ids = {s.article_id for s in library.summaries()}
        stored = dict(library.conn.execute("SELECT article_id, content_hash FROM articles"))
    assert set(manifest["articles"]) == ids and len(ids) == 5
    for article_id, entry in manifest["articles"].items():
        assert len(entry["sha256"]) == 64 and entry["sha256"] == stored[article_id]
        assert entry["file"].endswith(".txt") and entry["title"]


def test_collection_takes_metadata_from_the_catalog(collection: Path) -> None:
    with Library(collection, read_only=True) as library:
        sources = {source for source, _count in library.sources()}
    assert "Abb Takk News" in sources  # from seeds/catalog.toml, not guessed from the text


def test_collection_is_a_single_file_readable_from_read_only_media(collection: Path) -> None:
    assert sorted(p.name for p in collection.parent.iterdir()) == [collection.name]
    with sqlite3.connect(collection) as conn:  # rollback journal, not WAL: no -shm needed
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_verify_of_a_collection_file_reports_it_intact_and_leaves_it_untouched(
    collection: Path,
) -> None:
    before = collection.read_bytes()
    result = run_cli("verify", str(collection))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"library is sound: 5 articles, {collection}" in result.stdout
    assert "collection manifest: 5 article(s)" in result.stdout and "all intact" in result.stdout
    assert collection.read_bytes() == before


def test_verify_names_an_altered_article_even_when_its_row_hash_was_updated(copy: Path) -> None:
    with sqlite3.connect(copy) as conn:
        article_id, title = conn.execute(
            "SELECT article_id, title FROM articles LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE articles SET body = replace(body, 'Russia', 'Prussia'),"
                     " content_hash = 'x' WHERE article_id = ?", (article_id,))  # fmt: skip
    from pakru_desktop.ingest.cleanup import content_hash
    from pakru_desktop.model import blocks_of

    with sqlite3.connect(copy) as conn:  # a careful forger also fixes the row's own hash
        body, kinds = conn.execute(
            "SELECT body, kinds FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        conn.execute("UPDATE articles SET content_hash = ? WHERE article_id = ?",
                     (content_hash(title, blocks_of(body, kinds)), article_id))  # fmt: skip
    result = run_cli("verify", str(copy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(f"manifest: article {article_id} ({title!r}, ")
    assert "text differs from the collection" in lines[0]


def test_verify_names_a_missing_article_with_its_title_and_file(copy: Path) -> None:
    with sqlite3.connect(copy) as conn:
        article_id, title, file = conn.execute(
            "SELECT article_id, title, source_file FROM articles LIMIT 1"
        ).fetchone()
        conn.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
    result = run_cli("verify", str(copy), "--json")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["ok"] is False and document["articles"] == 4
    assert document["problems"] == [
        f"manifest: article {article_id} ({title!r}, {file}) is missing from the library"
    ]


def test_verify_reports_a_damaged_manifest_in_one_line(copy: Path) -> None:
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE meta SET value = '{\"format\": 1' WHERE key = ?", (MANIFEST_KEY,))
    result = run_cli("verify", str(copy))
    assert result.returncode == 1
    assert result.stdout.startswith("manifest: damaged, cannot be read")
    assert "Traceback" not in result.stdout + result.stderr


def test_a_library_without_manifest_is_not_a_problem(library: Library) -> None:
    check = check_manifest(library.conn)
    assert not check.present and check.problems == []
    assert "no collection manifest" in check.summary()


def test_user_imports_beyond_the_collection_are_counted_not_reported(
    copy: Path, tmp_path: Path
) -> None:
    article = tmp_path / "mine.txt"
    article.write_text("My own note\n\nKarachi steel mill talks resumed in spring.\n")
    with Library(copy) as library:
        assert len(import_paths(library, [article]).imported) == 1
        check = check_manifest(library.conn)
    assert check.problems == [] and check.extra == 1
    assert "1 other article(s) added since" in check.summary()


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda tmp: tmp / "nowhere", "not a folder of articles"),
        (lambda tmp: tmp, "no articles could be read"),  # an empty folder
        (lambda tmp: _with_catalog(tmp, "[broken"), "catalog.toml: catalog.toml is not valid TOML"),
    ],
)
def test_bad_input_is_one_line_and_leaves_the_previous_file_intact(
    tmp_path: Path, make_input, message: str
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    output = tmp_path / "out" / "library.sqlite3"
    output.parent.mkdir()
    output.write_bytes(b"the previous collection")
    result = run_cli("build-collection", str(make_input(source)), "-o", str(output))
    assert result.returncode == 2
    assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("pakru: ") and message in result.stderr
    assert output.read_bytes() == b"the previous collection"
    assert [p.name for p in output.parent.iterdir()] == ["library.sqlite3"]  # no temp left


def _with_catalog(folder: Path, text: str) -> Path:
    (folder / "a.txt").write_text("A title\n\nSome words about Pakistan and Russia.\n")
    (folder / "catalog.toml").write_text(text)
    return folder


def test_an_interrupted_build_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(collection_module, "import_paths", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_collection(SEEDS, tmp_path / "library.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_output_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    result = run_cli("build-collection", str(SEEDS), "-o", str(tmp_path))
    assert result.returncode == 2
    assert "the output is a folder" in result.stderr


# -- the prebuilt library on a first start ----------------------------------------------------


@pytest.fixture
def install(tmp_path: Path, collection: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An install folder laid out like the bundle: seeds/ and prebuilt/library.sqlite3."""
    root = tmp_path / "install"
    shutil.copytree(SEEDS, root / "seeds")
    (root / "prebuilt").mkdir()
    shutil.copy(collection, root / "prebuilt" / "library.sqlite3")
    monkeypatch.setattr(paths, "install_root", lambda: root)
    return root


def test_first_start_copies_the_prebuilt_library_without_indexing(
    install: Path, collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_indexing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the first start re-read the seeds")

    monkeypatch.setattr(importing, "import_paths", no_indexing)
    data = tmp_path / "data"
    with bootstrap.open_user_library(data) as library:
        assert library.count() == 5
        assert check_manifest(library.conn).problems == []
    assert sorted(p.name for p in data.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "library.sqlite3"
    ]
    assert (install / "prebuilt" / "library.sqlite3").read_bytes() == collection.read_bytes()


def test_upgrade_with_new_seeds_adds_them_and_keeps_the_users_imports(
    install: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    mine = tmp_path / "mine.txt"
    mine.write_text("My own note\n\nGwadar port and the North–South corridor.\n")
    with bootstrap.open_user_library(data) as library:
        assert len(import_paths(library, [mine]).imported) == 1
    new_seed = install / "seeds" / "900_new.txt"
    new_seed.write_text("A new seed\n\nMoscow and Islamabad sign a barter deal on rice.\n")
    (install / "prebuilt" / "library.sqlite3").write_bytes(b"a newer bundle's prebuilt file")
    with bootstrap.open_user_library(data) as library:
        titles = {s.title for s in library.summaries()}
    assert {"My own note", "A new seed"} <= titles and len(titles) == 7


# -- Help → Verify Library ----------------------------------------------------------------------


def _verify_in_window(qtbot, library: Library, variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from pakru_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, variants, settings)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "verify-library")
    assert action is not None and action in window.menuBar().actions()[-1].menu().actions()
    with qtbot.waitSignal(window.verifier.finished, timeout=20_000) as blocker:
        action.trigger()
    return window, blocker.args[0]


def test_help_verify_reports_a_sound_collection(
    qtbot, copy: Path, variants, tmp_path: Path
) -> None:
    with Library(copy) as library:
        window, problems = _verify_in_window(qtbot, library, variants, tmp_path)
        text = window.verifier.dialog.browser.toPlainText()
        window.close()
    assert problems == []
    assert "The library is sound" in text and "5 articles checked" in text
    assert "collection manifest: 5 article(s)" in text and "all intact" in text


def test_help_verify_says_which_article_is_missing(
    qtbot, copy: Path, variants, tmp_path: Path
) -> None:
    with sqlite3.connect(copy) as conn:
        article_id = conn.execute("SELECT article_id FROM articles LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
    with Library(copy) as library:
        window, problems = _verify_in_window(qtbot, library, variants, tmp_path)
        text = window.verifier.dialog.browser.toPlainText()
        window.close()
    assert len(problems) == 1 and article_id in problems[0]
    assert "1 problem found" in text and f"article {article_id}" in text  # a %n plural
    assert "is missing from the library" in text
