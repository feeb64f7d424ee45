"""True one-line reasons on a full disk and on read-only media (issue 20: D8): what only reads
still works, and what writes says why it cannot and what to do."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pakru_desktop.knowledge.library import Library

from .test_library import SEEDS, _namespace

FULL = "the disk is full (free some space and try again)"


def _pakru(folder: Path) -> str:
    return f"{sys.executable} -m pakru_desktop.cli --data-dir {folder}"


def test_on_a_full_disk_reading_works_and_writing_says_the_disk_is_full(
    library: Library, tmp_path: Path
) -> None:
    library.close()
    cli = _pakru(tmp_path / "small")
    result = _namespace(
        "mkdir -p small && mount -t tmpfs -o size=4m tmpfs small\n"
        f"cp {library.path} small/library.sqlite3\n"
        "dd if=/dev/zero of=small/fill bs=4k 2>/dev/null || true\n"
        f"{cli} search pipeline --json >search.json\n"
        f"{cli} articles --json >articles.json\n"
        f"{cli} verify --json >verify.json || true\n"
        f'{cli} rebuild 2>&1 || echo "exit $?"\n'
        f'{cli} import {SEEDS} 2>&1 || echo "exit $?"\n',
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "search.json").read_text())["total"] == 2
    assert len(json.loads((tmp_path / "articles.json").read_text())) == 5
    assert json.loads((tmp_path / "verify.json").read_text())["ok"] is True
    assert result.stdout.splitlines() == [
        f"pakru: {FULL}; the library was not changed", "exit 1",
        f"pakru: {FULL}: nothing was changed", "exit 1",
    ]  # fmt: skip


def test_on_read_only_media_a_sound_library_verifies_and_rebuild_says_why_not(
    library: Library, tmp_path: Path
) -> None:
    library.close()
    folder = library.path.parent
    cli = _pakru(folder)
    result = _namespace(
        f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} {folder}\n"
        f'{cli} verify 2>&1 || echo "exit $?"\n'
        f'{cli} rebuild 2>&1 || echo "exit $?"\n',
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"library is sound: 5 articles, {library.path}"
    assert lines[2:] == [
        "pakru: the library is read-only here (read-only file, folder or medium): a rebuild "
        "writes a new file beside it; copy the folder to a writable disk and rebuild it there; "
        "the library was not changed", "exit 1",
    ]  # fmt: skip
