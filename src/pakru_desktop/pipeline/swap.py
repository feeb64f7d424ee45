"""Putting a rebuilt (or restored) library in place so that no crash can hide the user's
articles.

The new file is built beside the library and made whole (no -wal). A small state file then
says what is about to happen; the library's files are kept under the previous-copy name by
hard links (a copy where the file system has none); its -wal/-shm go (their content is now in
the kept copy); and one rename puts the new file in place. The next start reads the state
file, if one was left behind: before the swap began it undoes the attempt (the library is as
it was), after it finishes it (the new file is complete). Either way it says so, with where
the previous copy is, and `restore_previous` brings that copy back by the same steps.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..db.schema import LibraryError

SIDE_FILES = ("-wal", "-shm", "-journal")
KEPT_MARK = ".damaged-"  # library.sqlite3.damaged-20260101-120000: the copy before a rebuild
RESTORED_MARK = ".rebuilt-"  # …the rebuilt library a restore replaced
STEP_HOOK_ENV = "PAKRU_REBUILD_STEP_HOOK"  # "step:kill" / "step:stop": crash tests only


@dataclass(frozen=True)
class Interrupted:
    """What the next start tells the user about a rebuild or restore that did not finish."""

    message: str
    previous: Path | None  # the copy Restore brings back, when there is one


def step(name: str, should_cancel: Callable[[], bool] | None = None) -> None:
    """A named step of a rebuild; the crash tests make the process die here (kill -9), or
    hold here until the rebuild is cancelled (at most a minute)."""
    hook = os.environ.get(STEP_HOOK_ENV, "")
    if hook == f"{name}:kill":
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    elif hook == f"{name}:hold" and should_cancel is not None:
        deadline = time.monotonic() + 60
        while not should_cancel() and time.monotonic() < deadline:
            time.sleep(0.02)


def fresh_name(target: Path) -> Path:
    """Where this process builds the new file (a killed one leaves it: see clean_leftovers)."""
    return target.with_name(f".{target.name}.rebuild.{os.getpid()}")


def _state_file(target: Path) -> Path:
    return target.with_name(f".{target.name}.swap.json")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def kept_name(target: Path, mark: str = KEPT_MARK) -> Path:
    kept = target.with_name(f"{target.name}{mark}{_stamp()}")
    number = 1
    while any(Path(f"{kept}{s}").exists() for s in ("", *SIDE_FILES)):
        number += 1
        kept = target.with_name(f"{target.name}{mark}{_stamp()}-{number}")
    return kept


def swap_in(fresh: Path, target: Path, keep: Path, action: str = "rebuild") -> None:
    """Replace `target` by the whole file `fresh`, keeping `target`'s files as `keep`."""
    if any(Path(f"{fresh}{s}").exists() for s in SIDE_FILES):
        raise LibraryError("the new file is not complete (it has a journal): nothing changed")
    _fsync(fresh)
    state = {"action": action, "fresh": fresh.name, "kept": keep.name, "pid": os.getpid()}
    _write_state(target, {**state, "phase": "linking"})
    try:
        step("marked")
        for suffix in ("", "-wal", "-journal"):
            if Path(f"{target}{suffix}").exists():
                _preserve(Path(f"{target}{suffix}"), Path(f"{keep}{suffix}"))
        _fsync_folder(target.parent)
        step("linked")
        _write_state(target, {**state, "phase": "swapping"})
    except BaseException:
        with suppress(OSError, LibraryError):  # undone: the library was not touched
            _settle_swap(target, {**state, "phase": "linking"})
        raise
    _finish(fresh, target)  # from here on forward only (the next start finishes it)
    step("swapped")
    _state_file(target).unlink(missing_ok=True)
    _fsync_folder(target.parent)


def _finish(fresh: Path, target: Path) -> None:
    """The swap itself, safe to run again: the old side files go (kept already), then one
    rename. A stale -wal beside the new file would be replayed into it, so it goes first."""
    for suffix in SIDE_FILES:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    step("unlinked")
    if fresh.exists():
        os.replace(fresh, target)
    _fsync_folder(target.parent)


def _preserve(source: Path, kept: Path) -> None:
    """`kept` becomes a second name of `source` (or, without hard links, a copy of it)."""
    kept.unlink(missing_ok=True)
    try:
        os.link(source, kept)
    except OSError:
        shutil.copyfile(source, kept)
        _fsync(kept)


def settle(target: Path, refuse_missing: bool = True) -> Interrupted | None:
    """At start: finish or undo a swap a crash interrupted, clean what killed rebuilds left,
    and say what happened (None when there was nothing to do). A library missing beside a
    kept copy raises LibraryMissing (unless `refuse_missing` is False: restoring it)."""
    notice = None
    state = _read_state(target)
    if state is not None and not _alive(state.get("pid", -1), own_too=False):
        notice = _settle_swap(target, state)
    clean_leftovers(target)
    if refuse_missing and notice is None and not target.exists():
        previous = latest_previous(target)
        if previous is not None:
            raise LibraryMissing(previous)
    return notice


def _settle_swap(target: Path, state: dict) -> Interrupted:
    fresh = target.with_name(str(state.get("fresh", "")))
    kept = target.with_name(str(state.get("kept", "")))
    if fresh.parent != target.parent or kept.parent != target.parent:
        raise LibraryError(f"{_state_file(target)} is not one pakru wrote; remove it")
    restoring = state.get("action") == "restore"
    if state.get("phase") == "swapping":
        _finish(fresh, target)
        _state_file(target).unlink(missing_ok=True)
        if restoring:
            return Interrupted(
                f"Restoring your library was interrupted and has been completed now; the "
                f"rebuilt library it replaced is kept as {kept}.", None)  # fmt: skip
        return Interrupted(
            f"Your library was being rebuilt when pakru stopped; the rebuild has been "
            f"completed now. The previous copy is kept as {kept}: Restore brings it back "
            f"(`pakru rebuild --restore`).", kept)  # fmt: skip
    # Still linking: the library was not touched. What was kept so far is a partial copy.
    if target.exists():
        for suffix in ("", *SIDE_FILES):
            Path(f"{kept}{suffix}").unlink(missing_ok=True)
    remove_files(fresh)
    _state_file(target).unlink(missing_ok=True)
    what = "Restoring" if restoring else "Rebuilding"
    return Interrupted(f"{what} your library was interrupted before it changed anything; "
                       f"your library is as it was.", None)  # fmt: skip


class LibraryMissing(LibraryError):
    """The library file is gone but a copy kept by a rebuild is there: never start afresh."""

    def __init__(self, previous: Path) -> None:
        self.previous = previous
        super().__init__(
            f"your library file is missing, but the copy kept by a rebuild is at {previous}: "
            f"restore it (Restore, or `pakru rebuild --restore`), or move it away to start "
            f"a new library")  # fmt: skip


def latest_previous(target: Path) -> Path | None:
    """The newest copy kept by a rebuild (or, after a restore, the rebuilt one it replaced)."""
    found = [p for p in target.parent.glob(f"{target.name}{KEPT_MARK}*")
             if not p.name.endswith(SIDE_FILES) and p.is_file()]  # fmt: skip
    return max(found, key=lambda p: (p.stat().st_mtime, p.name), default=None)


def clean_leftovers(target: Path) -> list[Path]:
    """Remove the half-built files of rebuilds whose process is gone; the ones removed."""
    removed = []
    prefix = f".{target.name}.rebuild."
    state = _read_state(target)
    protected = str(state.get("fresh", "")) if state else ""
    for path in target.parent.glob(f"{prefix}*"):
        pid = path.name[len(prefix) :]
        for suffix in SIDE_FILES:
            pid = pid.removesuffix(suffix)
        if not pid.isdigit() or _alive(int(pid)) or path.name.startswith(protected or "\0"):
            continue
        with suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def restore_previous(target: Path, previous: Path | None = None) -> tuple[Path, Path | None]:
    """Put the copy kept by a rebuild back in place of the library; (restored, where the
    replaced library is kept or None when there was none). The library must be closed."""
    previous = previous or latest_previous(target)
    if previous is None or not previous.is_file():
        raise LibraryError(f"no copy kept by a rebuild beside {target}: nothing to restore")
    fresh = fresh_name(target)
    remove_files(fresh)
    try:
        shutil.copyfile(previous, fresh)
        if Path(f"{previous}-wal").exists():
            shutil.copyfile(f"{previous}-wal", f"{fresh}-wal")
        _make_whole(fresh)
        keep = kept_name(target, RESTORED_MARK) if target.exists() else None
        if keep is None:
            os.replace(fresh, target)
        else:
            swap_in(fresh, target, keep, action="restore")
    finally:
        remove_files(fresh)
    for suffix in ("", *SIDE_FILES):  # its content is the library now
        Path(f"{previous}{suffix}").unlink(missing_ok=True)
    return previous, keep


def _make_whole(path: Path) -> None:
    """Fold a copied -wal into its file (SQLite's own checkpoint), leaving one file."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        from ..db.safe_db import explain

        raise LibraryError(f"the kept copy cannot be restored: {explain(error)}") from None
    if any(Path(f"{path}{s}").exists() for s in SIDE_FILES):
        raise LibraryError("the kept copy cannot be restored: its journal stays (another "
                           "program has it open?)")  # fmt: skip


def remove_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _write_state(target: Path, state: dict) -> None:
    path = _state_file(target)
    temporary = path.with_name(f"{path.name}.{os.getpid()}")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(state, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_folder(target.parent)


def _read_state(target: Path) -> dict | None:
    try:
        with open(_state_file(target), "rb") as handle:
            state = json.loads(handle.read(4096))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise LibraryError(f"{_state_file(target)} cannot be read ({error}); remove it") from None
    if not isinstance(state, dict):
        raise LibraryError(f"{_state_file(target)} is not one pakru wrote; remove it")
    return state


def _alive(pid: object, own_too: bool = True) -> bool:
    """Is process `pid` running (never signalling it: on Windows os.kill would end it)?"""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return own_too
    if os.name == "nt":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return kernel.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: running
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; its renames are journalled
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
