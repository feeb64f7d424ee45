"""The SQLite library: built once from seeds, atomic imports, schema version, verify."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop.db.schema import SCHEMA_VERSION, LibraryError
from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import ImportCancelled, import_paths, sync_seeds

from .conftest import SEEDS, run_cli

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
    assert sync_seeds(library, SEEDS) is None
    before = library.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    sync_seeds(library, SEEDS)
    assert library.conn.execute("SELECT max(id) FROM articles").fetchone()[0] == before


def test_new_seeds_of_an_upgrade_are_added_and_user_imports_kept(
    library: Library, tmp_path: Path
) -> None:
    report = import_paths(library, [write(tmp_path / "mine", "mine.txt", ARTICLE)])
    assert len(report.imported) == 1
    upgraded = tmp_path / "seeds-v2"
    shutil.copytree(SEEDS, upgraded)
    write(upgraded, "005_new.txt", "Steel news\n\nA new steel agreement was signed in Karachi.\n")
    report = sync_seeds(library, upgraded)
    assert report is not None and [Path(o.path).name for o in report.imported] == ["005_new.txt"]
    assert library.count() == 7
    assert library.has_article(library.summaries()[0].article_id)
    assert any(s.title == "A pipeline agreement in Gwadar" for s in library.summaries())


def test_same_text_under_another_name_is_a_duplicate(library: Library, tmp_path: Path) -> None:
    copy = tmp_path / "again" / "copy-of-seed.txt"
    copy.parent.mkdir()
    shutil.copy(next(SEEDS.glob("003_*.txt")), copy)
    report = import_paths(library, [copy])
    assert report.imported == [] and len(report.skipped) == 1
    assert "duplicate" in report.skipped[0].reason
    assert library.count() == 5


def test_a_bad_file_does_not_stop_the_batch(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    write(folder, "a.txt", ARTICLE)
    (folder / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    write(folder, "c.md", "# Oil imports rise\n\nCrude oil imports from Russia rose sharply.\n")
    report = import_paths(library, [folder])
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
        import_paths(library, [folder], should_cancel=cancel_after_five)
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
    import_paths(library, [folder], progress=lambda done, total, _path: seen.append((done, total)))
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
    from pakru_desktop.db import schema as schema

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
        import_paths(library, [write(tmp_path / "new", "n.txt", ARTICLE)])
        assert library.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'gwadar'").fetchone() == (1,)  # fmt: skip


# -- true reasons, read-only media, recovery (issue 15: D6, D9, Recovery) ---------------------


def damage_pages(path: Path, count: int, seed: int = 1) -> None:
    """Overwrite `count` pages (never the header page) with noise, as a failing disk does."""
    import random

    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    size = 4096
    for page in rng.sample(range(2, len(data) // size), count):
        data[page * size : (page + 1) * size] = rng.randbytes(size)
    path.write_bytes(bytes(data))


def _namespace(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace (root, or an unprivileged user
    namespace): small tmpfs and read-only mounts without touching the machine's own."""
    import os

    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    probe = subprocess.run(["unshare", *flags, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no mount namespaces here (unshare refused)")
    return subprocess.run(["unshare", *flags, "sh", "-ec", script], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)  # fmt: skip


def _articles_folder(folder: Path, count: int, size: int = 3000) -> Path:
    for i in range(count):
        write(folder, f"{i:04}.txt", f"Bulk article {i}\n\n" + f"Word{i} " * (size // 6) + "\n")
    return folder


FULL_IMPORT = "pakru: the disk is full (free some space and try again); nothing was imported"


def test_a_full_disk_is_named_and_nothing_is_imported(library: Library, tmp_path: Path) -> None:
    library.close()
    with sqlite3.connect(library.path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    size_kb = library.path.stat().st_size // 1024 + 96
    folder = _articles_folder(tmp_path / "bulk", 150)
    cli = f"{sys.executable} -m pakru_desktop.cli --data-dir {tmp_path}/small"
    result = _namespace(
        f"mkdir -p small && mount -t tmpfs -o size={size_kb}k tmpfs small\n"
        f"cp {library.path} small/library.sqlite3\n"
        f'{cli} import {folder} >out 2>err || echo "exit $?" >>err\n'
        f"cat err; {cli} articles --json | {sys.executable} -c "
        "'import json,sys; print(\"count\", len(json.load(sys.stdin)))'\n",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == FULL_IMPORT and lines[1] == "exit 1"
    assert lines[-1] == "count 5"


def test_a_second_import_is_told_another_one_is_running(library: Library, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(library.path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('holding', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "holding"
        folder = _articles_folder(tmp_path / "two", 2)
        result = run_cli("import", str(folder), data_dir=library.path.parent)
        verify = run_cli("verify", data_dir=library.path.parent)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "pakru: another import is running: try again when it ends; nothing was imported"
    )
    assert "another import is running" in verify.stdout and "damaged" not in verify.stdout
    assert library.count() == 5


def test_a_library_on_read_only_media_opens_for_reading(library: Library, tmp_path: Path) -> None:
    library.close()
    folder = library.path.parent
    cli = f"{sys.executable} -m pakru_desktop.cli --data-dir {folder}"
    result = _namespace(
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} {folder}\n"
        f"{cli} search pipeline --json >search.json\n"
        f'{cli} import {SEEDS} 2>err || echo "exit $?" >>err\ncat err\n',
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "search.json").read_text())["total"] == 2
    assert result.stdout.splitlines() == [
        "pakru: the library is read-only here (read-only file, folder or medium): nothing "
        "was changed", "exit 1"]  # fmt: skip


def test_each_import_leaves_nothing_only_in_the_wal(library: Library, tmp_path: Path) -> None:
    import_paths(library, [write(tmp_path / "w", "w.txt", ARTICLE)])
    wal = Path(f"{library.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed: the file is whole
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(library.path, copy)  # the library file alone, as a careless backup takes it
    with Library(copy) as alone:
        assert alone.count() == 6


def test_rebuild_salvages_a_damaged_library_and_keeps_the_users_imports(
    library: Library, tmp_path: Path
) -> None:
    folder = _articles_folder(tmp_path / "mine", 300, size=1200)
    import_paths(library, [folder])
    library.close()
    damage_pages(library.path, 6)
    data = library.path.parent
    before = run_cli("verify", data_dir=data)
    assert before.returncode in (1, 2) and "Traceback" not in before.stdout + before.stderr
    result = run_cli("rebuild", data_dir=data)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("Rebuilt the library: ") and "The damaged file is kept as" in line
    recovered = int(line.split(": ")[1].split()[0])
    assert 290 <= recovered <= 305
    after = run_cli("verify", "--json", data_dir=data)
    assert json.loads(after.stdout)["ok"] is True
    assert json.loads(after.stdout)["articles"] == recovered
    assert [p.name for p in data.iterdir() if ".damaged-" in p.name]
    found = run_cli("search", "Word7", "--json", data_dir=data)
    assert json.loads(found.stdout)["total"] >= 1


# -- what every connection refuses (issue 15: S3) ----------------------------------------------


@pytest.mark.parametrize(
    ("statement", "refusal"),
    [
        ("SELECT length(zeroblob(900000000))", "not authorized"),
        ("SELECT printf('%.*c', 900000000, 'x')", "not authorized"),
        ("ATTACH DATABASE ':memory:' AS other", "not authorized"),
        ("PRAGMA writable_schema = ON", "not authorized"),
        ("CREATE TABLE planted (x)", "not authorized"),
        ("CREATE TRIGGER planted AFTER INSERT ON words BEGIN SELECT 1; END", "not authorized"),
        ("DELETE FROM articles_fts_data", "may not be modified"),  # defensive mode
        ("SELECT load_extension('/tmp/evil.so')", "not authorized"),
        (
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c",
            "not authorized",
        ),
    ],
)
def test_a_library_connection_refuses_what_pakru_never_runs(
    library: Library, statement: str, refusal: str
) -> None:
    with pytest.raises(sqlite3.DatabaseError, match=refusal):
        library.conn.execute(statement)
    assert library.verify() == []


def test_a_runaway_statement_is_stopped_at_its_deadline(library: Library) -> None:
    spin = "SELECT count(*) FROM words a, words b, words c, words d"  # ~10^13 rows
    with library.guard.limit(0.3), pytest.raises(sqlite3.OperationalError, match="interrupt"):
        library.conn.execute(spin).fetchone()
    assert library.guard.tripped == "deadline"
    assert library.count() == 5  # the connection is usable afterwards


def test_opening_a_library_again_does_not_rerun_the_migrations(
    library: Library, tmp_path: Path
) -> None:
    """The schema check's expected objects come from the user's cache after the first run:
    sqlite-utils (migrations only, ~120 ms to import) stays out of an ordinary start."""
    library.close()
    script = ("import sys\nfrom pakru_desktop.knowledge.library import Library\n"
              f"Library({str(library.path)!r}).close()\nprint('sqlite_utils' in sys.modules)\n")  # fmt: skip
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env=env, check=True).stdout.strip() for _ in range(2)]  # fmt: skip
    assert runs == ["True", "False"]
