"""Hostile collections and files, through every entry point: `pakru verify FILE`, a hostile
library in `--data-dir`, the GUI self-test, folder imports and `build-collection`. Each returns
within its limit with a clear one-line message, runs nothing stored in the file, and reads
nothing outside the library and the folder it was given (file-open trace with strace)."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths

from .conftest import SEEDS, run_cli
from .hostile import COLLECTIONS, MARKER, hostile_folder, make_collection

LIMIT = 60  # seconds any entry point may take on a hostile file (they take about one)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signed")
    key = folder / "librarian.key"
    made = run_cli("keygen", str(key), "--name", "Amina Q. Librarian")
    assert made.returncode == 0, made.stderr
    built = run_cli("build-collection", str(SEEDS), "-o", str(folder / "base.sqlite3"),
                    "--sign", str(key))  # fmt: skip
    assert built.returncode == 0, built.stderr
    return folder / "base.sqlite3"


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    output = (result.stdout + result.stderr).strip()
    assert "Traceback" not in output and output, output
    return output


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
def test_verify_of_a_hostile_collection_runs_nothing_and_says_why(
    name: str, signed: Path, tmp_path: Path
) -> None:
    path = make_collection(signed, tmp_path, name)
    before = path.read_bytes()
    result = run_cli("verify", str(path), timeout=LIMIT)
    output = _one_line(result)
    assert result.returncode in (1, 2)
    assert COLLECTIONS[name][1] in output
    assert "library is sound" not in output and "all intact" not in output
    assert path.read_bytes() == before  # opened read-only in spirit: never migrated in place
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if MARKER in tables:
            assert conn.execute(f"SELECT count(*) FROM {MARKER}").fetchone() == (0,)


@pytest.mark.parametrize("name", ["trigger", "spinning-trigger", "memory-trigger",
                                  "spinning-view", "fts-elsewhere", "future-version",
                                  "injected-id"])  # fmt: skip
def test_a_hostile_library_in_the_data_dir_is_refused_by_every_command(
    name: str, signed: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_collection(signed, data, name)
    path.rename(data / "library.sqlite3")
    before = (data / "library.sqlite3").read_bytes()
    for command in (["verify"], ["search", "gas"], ["articles"], ["import", str(SEEDS)]):
        result = run_cli(*command, data_dir=data, timeout=LIMIT)
        line = _one_line(result)
        assert result.returncode == 1 and line.startswith("pakru: ") and "\n" not in line
        assert ("not a library pakru can trust" in line) or ("newer version" in line)
    assert (data / "library.sqlite3").read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["library.sqlite3"]  # no -wal made


def test_gui_self_test_on_a_hostile_library_ends_with_one_line(
    signed: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    make_collection(signed, data, "spinning-trigger").rename(data / "library.sqlite3")
    result = subprocess.run(
        [sys.executable, "-m", "pakru_desktop", "--self-test", "--data-dir", str(data)],
        capture_output=True, text=True, timeout=LIMIT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 2
    assert _one_line(result).startswith("self-test failed:")
    assert "not a library pakru can trust" in result.stderr


def test_a_signed_collection_names_its_signer_and_fingerprint(signed: Path) -> None:
    result = run_cli("verify", str(signed), "--json")
    assert result.returncode == 0, result.stdout
    signature = json.loads(result.stdout)["signature"]
    assert signature.startswith("signed by Amina Q. Librarian (key fingerprint ")
    public = json.loads(Path(f"{signed.parent / 'librarian.key'}.pub").read_text())
    assert len(public["public_key"]) == 64


def test_an_unsigned_collection_says_so(tmp_path: Path) -> None:
    built = run_cli("build-collection", str(SEEDS), "-o", str(tmp_path / "c.sqlite3"))
    assert built.returncode == 0
    result = run_cli("verify", str(tmp_path / "c.sqlite3"))
    assert result.returncode == 0 and "all intact; unsigned" in result.stdout


def test_a_collection_re_signed_with_another_key_is_refused_where_keys_are_pinned(
    signed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pakru_desktop.pipeline.collection import _sign, check_manifest
    from pakru_desktop.pipeline.signing import generate_key

    pinned = tmp_path / "resources" / "trusted-keys"
    pinned.mkdir(parents=True)
    shutil.copy(f"{signed.parent / 'librarian.key'}.pub", pinned / "amina.pub")
    monkeypatch.setenv("PAKRU_TRUSTED_KEYS", str(pinned))
    forged = make_collection(signed, tmp_path, "forged")
    generate_key(tmp_path / "mallory.key", "Amina Q. Librarian")  # the same name, not the key
    with sqlite3.connect(forged) as conn:
        _sign(conn, tmp_path / "mallory.key")
    with Library(forged, read_only=True) as library:
        check = check_manifest(library.conn)
    assert check.signature.state == "untrusted"
    assert "a key this installation does not trust" in check.problems[0]
    with Library(signed, read_only=True) as library:
        assert check_manifest(library.conn).signature.state == "signed"


def test_keygen_never_overwrites_a_key(tmp_path: Path) -> None:
    key = tmp_path / "k.key"
    assert run_cli("keygen", str(key), "--name", "A").returncode == 0
    before = key.read_bytes()
    again = run_cli("keygen", str(key), "--name", "B")
    assert again.returncode == 1 and "never overwritten" in again.stderr
    assert key.read_bytes() == before and oct(key.stat().st_mode)[-3:] == "600"


# -- hostile files ---------------------------------------------------------------------------


def test_a_hostile_folder_imports_only_its_own_regular_files(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    reasons = hostile_folder(folder, tmp_path / "outside")
    result = run_cli("import", str(folder), "--json", data_dir=tmp_path / "data",
                     timeout=LIMIT)  # fmt: skip
    document = json.loads(result.stdout)
    skipped = {Path(o["path"]).name: o.get("reason") or o.get("error")
               for o in document["skipped"] + document["failed"]}  # fmt: skip
    for name, reason in reasons.items():
        assert reason in skipped[name], (name, skipped)
    imported = sorted(o["title"] for o in document["imported"])
    assert imported == ["A good article on wheat", "A name in Latin-1"]
    shown = [o["path"] for o in document["imported"] if "Latin" in o["title"]][0]
    assert "caf\ufffd ru\ufffd.txt" in shown
    listing = run_cli("articles", "--json", data_dir=tmp_path / "data")
    assert "SECRET" not in listing.stdout


def test_build_collection_never_puts_a_file_from_outside_the_folder_in(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    hostile_folder(folder, tmp_path / "outside")
    output = tmp_path / "c.sqlite3"
    result = run_cli("build-collection", str(folder), "-o", str(output), timeout=LIMIT)
    assert result.returncode == 1 and _one_line(result)  # 1: some files were not read
    assert "outside the folder" in result.stdout
    assert b"SECRET" not in output.read_bytes()


def test_file_open_trace_shows_nothing_outside_is_read(tmp_path: Path, signed: Path) -> None:
    # `make test` installs strace (packaging/system-deps.sh): its absence is a failure here.
    assert shutil.which("strace"), "strace is missing: run `bash packaging/system-deps.sh test`"
    folder = tmp_path / "d"
    hostile_folder(folder, tmp_path / "outside")
    decoy = tmp_path / "stick"
    collection = make_collection(signed, decoy, "trigger")
    (decoy / "neighbour.txt").write_text("not for pakru")
    trace = tmp_path / "trace"
    for args in (["build-collection", str(folder), "-o", str(tmp_path / "c.sqlite3")],
                 ["verify", str(collection)]):  # fmt: skip
        command = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace),
                   sys.executable, "-m", "pakru_desktop.cli", *args]  # fmt: skip
        subprocess.run(command, capture_output=True, text=True, timeout=120)
        opened = trace.read_text()
        assert "secret.txt" not in opened and "/dev/zero" not in opened
        assert "pipe.txt" not in opened
        assert "neighbour.txt" not in opened
        assert str(tmp_path / "outside") not in opened
    assert f'"{collection}"' in opened  # the trace does see the files that are read


# -- verify tells damage from soundness (D8) -------------------------------------------------


def test_verify_is_never_sound_while_a_search_fails(library: Library) -> None:
    """Fuzzed damage to the search index: whenever verify calls the library sound, every
    article is still found by its title."""
    library.close()
    with sqlite3.connect(library.path) as conn:  # one file to copy: no -wal beside it
        conn.execute("PRAGMA journal_mode = DELETE")
    pristine = library.path.read_bytes()
    rng = random.Random(15)
    for round_ in range(40):
        library.path.write_bytes(pristine)
        for suffix in ("-wal", "-shm"):
            Path(f"{library.path}{suffix}").unlink(missing_ok=True)
        with sqlite3.connect(library.path) as conn:
            table = rng.choice(["articles_fts_data", "articles_fts_docsize"])
            column = {"articles_fts_data": "block", "articles_fts_docsize": "sz"}[table]
            rowid = rng.choice([r[0] for r in conn.execute(f"SELECT id FROM {table}")])
            value = rng.choice([rng.randbytes(rng.randint(1, 40)), rng.randint(-5, 10**6), None])
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, rowid))
        try:
            reopened = Library(library.path)
        except Exception as error:  # noqa: BLE001 - a refusal is a clear answer too
            assert "cannot open library" in str(error) or "trust" in str(error)
            continue
        with reopened:
            problems = reopened.verify()
            if not problems:
                titles = reopened.conn.execute("SELECT id, title FROM articles").fetchall()
                for rowid, title in titles:
                    words = " ".join(w for w in title.replace('"', " ").split())
                    hit = reopened.conn.execute(
                        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                        (f'title : "{words}"',),
                    ).fetchall()
                    assert (rowid,) in hit, (round_, table, title)


# -- a damaged library in the window: never a dead end ----------------------------------------


def _window(qtbot, library: Library, variants, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from pakru_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, variants, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _click_rebuild(qtbot, window) -> object:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QPushButton

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "rebuild-question") is not None
                    and window.findChild(QMessageBox, "rebuild-question").isVisible(),
                    timeout=20_000)  # fmt: skip
    question = window.findChild(QMessageBox, "rebuild-question")
    question.grab()
    with qtbot.waitSignal(window.rebuilder.finished, timeout=60_000) as done:
        qtbot.mouseClick(question.findChild(QPushButton, "rebuild-confirm"),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    return done.args[0]


def test_help_verify_offers_rebuild_and_the_window_shows_the_rebuilt_library(
    qtbot, library: Library, variants, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    from .test_library import _articles_folder, damage_pages

    import_paths(library, [_articles_folder(tmp_path / "mine", 300, size=1200)])
    library.checkpoint()
    damage_pages(library.path, 6)
    window = _window(qtbot, library, variants, tmp_path)
    with qtbot.waitSignal(window.verifier.finished, timeout=60_000) as checked:
        window.findChild(QAction, "verify-library").trigger()
    assert checked.args[0]  # problems found
    report = window.verifier.dialog
    report.grab()
    qtbot.mouseClick(
        report.findChild(QPushButton, "rebuild-from-report"), Qt.MouseButton.LeftButton
    )
    salvage = _click_rebuild(qtbot, window)
    assert salvage is not None and 290 <= salvage.recovered <= 305
    text = window.rebuilder.dialog.browser.toPlainText()
    assert "The library was rebuilt" in text and "article(s) recovered" in text
    qtbot.waitUntil(lambda: window.sidebar.views["article"].model().rowCount() == salvage.recovered,
                    timeout=20_000)  # fmt: skip
    assert window.library.verify() == []
    window.close()
    window.library.close()


def test_a_library_that_breaks_after_opening_offers_rebuild_instead_of_an_empty_window(
    qtbot, library: Library, variants, tmp_path: Path
) -> None:
    library.checkpoint()
    window_library = Library(library.path)
    library.close()
    with sqlite3.connect(library.path) as conn:  # made hostile behind the app's back
        conn.execute("CREATE TRIGGER spin AFTER INSERT ON words BEGIN SELECT 1; END")
    window = _window(qtbot, window_library, variants, tmp_path)
    salvage = _click_rebuild(qtbot, window)
    assert salvage is not None and salvage.recovered == 5 and salvage.lost == 0
    qtbot.waitUntil(lambda: window.sidebar.views["article"].model().rowCount() == 5,
                    timeout=20_000)  # fmt: skip
    window.close()
    window.library.close()


def test_help_verify_of_a_deeply_nested_manifest_ends_with_a_line(
    qtbot, signed: Path, variants, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction

    path = make_collection(signed, tmp_path / "stick", "nested-manifest")
    with Library(path) as library:
        window = _window(qtbot, library, variants, tmp_path)
        with qtbot.waitSignal(window.verifier.finished, timeout=60_000) as checked:
            window.findChild(QAction, "verify-library").trigger()
        text = window.verifier.dialog.browser.toPlainText()
        window.close()
    assert checked.args[0] == ["manifest: damaged, cannot be read (nested too deeply to be a "
                               "manifest)"]  # fmt: skip
    assert "1 problem found" in text


def test_help_verify_shows_who_signed_a_collection(
    qtbot, signed: Path, variants, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction

    path = tmp_path / "copy.sqlite3"
    shutil.copy(signed, path)
    with Library(path) as library:
        window = _window(qtbot, library, variants, tmp_path)
        with qtbot.waitSignal(window.verifier.finished, timeout=60_000) as checked:
            window.findChild(QAction, "verify-library").trigger()
        window.verifier.dialog.grab()
        text = window.verifier.dialog.browser.toPlainText()
        window.close()
    assert checked.args[0] == []
    assert "all intact; signed by Amina Q. Librarian (key fingerprint " in text
