"""The import pipeline: readers in worker processes with a deadline and a memory bound per
file, Cancel killing them, and a chunked writer that stores what a re-read would find.

Files that hang or swell a reader are made with the readers' test hook (an environment
variable the spawned workers inherit): a real reader is linear and never hangs on purpose."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline import writer
from pakru_desktop.pipeline.importing import ImportCancelled, import_paths

from .conftest import SEEDS, run_cli

HOOK = {"PAKRU_TEST_READER_HOOK": "1", "PAKRU_TEST_READ_DEADLINE": "3"}


def reader_processes() -> set[int]:
    """The import's reader workers alive now: our children started by multiprocessing's
    spawn (its resource tracker is not a reader)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        state = stat.rsplit(")", 1)[1].split()[0]
        if parent == os.getpid() and state != "Z" and b"spawn_main" in command:
            found.add(int(entry.name))
    return found


def articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:02}.txt").write_text(
            f"Pipeline article {i}\n\nIn May 2024 Pakistan and Russia signed {i + 2} agreements "
            f"on the gas pipeline in Karachi, round {i}.\n"
        )
    return folder


def test_a_file_that_hangs_its_reader_is_skipped_with_the_reason_and_the_rest_imported(
    tmp_path: Path,
) -> None:
    folder = articles(tmp_path / "batch", 4)
    (folder / "01b-hangs.txt").write_text("pakru-test-hang: a reader spins on this file\n")
    result = run_cli("import", str(folder), data_dir=tmp_path / "data",
                     env={**os.environ, **HOOK})  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if "01b-hangs.txt" in line] == [
        f"skipped   {folder / '01b-hangs.txt'}: took too long to read"
    ]
    assert lines[-1] == "4 imported, 1 skipped, 0 failed"
    with Library(tmp_path / "data" / "library.sqlite3") as library:
        assert library.count() == 9 and library.verify() == []


def test_a_file_that_swells_its_reader_past_the_memory_bound_is_skipped_as_too_large(
    tmp_path: Path,
) -> None:
    folder = articles(tmp_path / "batch", 3)
    (folder / "00b-swells.txt").write_text("pakru-test-hog: a reader asks for gigabytes\n")
    result = run_cli("import", str(folder), data_dir=tmp_path / "data",
                     env={**os.environ, **HOOK})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"skipped   {folder / '00b-swells.txt'}: too large to read" in result.stdout
    assert result.stdout.splitlines()[-1] == "3 imported, 1 skipped, 0 failed"


def test_cancel_while_a_reader_hangs_kills_the_reader_processes(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {**HOOK, "PAKRU_TEST_READ_DEADLINE": "60"}.items():
        monkeypatch.setenv(name, value)
    folder = articles(tmp_path / "batch", 3)
    (folder / "00b-hangs.txt").write_text("pakru-test-hang\n")
    seen: set[int] = set()

    def cancel_once_a_reader_hangs() -> bool:
        seen.update(reader_processes())
        return len(seen) > 0 and progress_at[0] >= 1  # the hanging file is being waited on

    progress_at = [-1]

    def progress(done: int, _total: int, _path: str) -> None:
        progress_at[0] = done

    with pytest.raises(ImportCancelled):
        import_paths(library, [folder], progress=progress, should_cancel=cancel_once_a_reader_hangs)
    assert seen, "no reader process was seen"
    assert reader_processes() == set()
    assert not any(Path(f"/proc/{pid}").exists() for pid in seen)
    assert library.count() == 5 and library.verify() == []


def _knowledge(conn: sqlite3.Connection) -> list[list[tuple]]:
    return [
        sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
        for table in ("facts", "fact_topics", "mentions", "words")
    ]


def test_facts_found_on_the_article_in_hand_are_those_a_rereading_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "CHUNK", 2)  # chunk boundaries inside the seeds and the batch
    with Library(tmp_path / "library.sqlite3") as library:
        folder = articles(tmp_path / "batch", 5)
        (folder / "03-again.txt").write_text((folder / "03.txt").read_text())  # a duplicate
        report = import_paths(library, [SEEDS, folder])
        assert len(report.imported) == 10
        assert [o.reason for o in report.skipped] == [
            "duplicate of an article already in the library: 'Pipeline article 3'"
        ]
        in_hand = _knowledge(library.conn)
        assert in_hand[0] and in_hand[1] and in_hand[2]
        with library.transaction():
            library.facts().rebuild()  # every article read back from its row
        assert _knowledge(library.conn) == in_hand
        assert library.verify() == []


def test_when_reader_processes_cannot_start_the_files_are_read_in_the_importing_process(
    tmp_path: Path,
) -> None:
    # A program whose reader processes die as they start (here: its main module exits when a
    # spawned reader runs it; a frozen program without freeze_support does the same) still
    # imports: no file is blamed, and the files are read in the importing process.
    script = tmp_path / "dies_in_readers.py"
    script.write_text(
        "import sys\nfrom pathlib import Path\n"
        "if __name__ != '__main__':\n    sys.exit(3)\n"
        "from pakru_desktop.knowledge.library import Library\n"
        "from pakru_desktop.pipeline.importing import import_paths\n"
        "with Library(Path(sys.argv[1])) as library:\n"
        "    report = import_paths(library, [Path(sys.argv[2])])\n"
        "    print(len(report.imported), len(report.skipped), len(report.failed))\n"
    )
    folder = articles(tmp_path / "batch", 3)
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "library.sqlite3"), str(folder)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.stdout.splitlines() == ["3 0 0"], result.stderr[-2000:]
    with Library(tmp_path / "library.sqlite3") as library:
        assert library.count() == 3 and library.facts().is_current()


def test_an_import_after_the_topics_changed_finds_every_fact_again_as_a_rebuild_would(
    library: Library, tmp_path: Path
) -> None:
    library.conn.execute("UPDATE meta SET value = 'older topics' WHERE key = 'knowledge'")
    assert not library.facts().is_current()
    import_paths(library, [articles(tmp_path / "batch", 3)])
    assert library.facts().is_current()
    found = _knowledge(library.conn)
    with library.transaction():
        library.facts().rebuild()
    assert _knowledge(library.conn) == found
