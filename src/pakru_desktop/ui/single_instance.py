"""One window per user and data folder: a second `pakru-desktop [FILE]` hands its file to the
running one (which opens it, or just comes to the front) and exits.

No socket of any kind (the app opens none, and the bundle carries no Qt network module): the running
instance holds a lock file in the user's runtime folder (QLockFile, which knows a lock left by
a crashed process), and a later launch drops a small request file beside it; the running one
sees it (QFileSystemWatcher, and a slow poll in case the watcher cannot watch), opens what it
names and deletes it, which tells the later launch it was taken. The folder is derived from
the data folder, so two data folders (`--data-dir`, or tests) are two independent instances.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QStandardPaths, QTimer, Signal

from .. import paths

REPLY_SECONDS = 10.0  # how long a later launch waits for the running one to take its files
POLL_MS = 1000
MAX_REQUEST = 64 * 1024  # a few file names; anything larger is not from us
REQUESTS = "requests"


def instance_folder(data_dir: str | None) -> Path:
    """The folder of the instance on this data folder, in the user's runtime folder."""
    folder = str(paths.user_data_dir(data_dir).resolve())
    digest = hashlib.sha256(folder.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    base = Path(runtime) if runtime else Path(paths.user_data_dir(data_dir))
    path = base / f"pakru-desktop-{digest}"
    (path / REQUESTS).mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def hand_over(folder: Path, files: list[Path]) -> bool:
    """Give `files` to the running instance; True when it took them (this launch may exit)."""
    request = folder / REQUESTS / f"{os.getpid()}-{time.monotonic_ns()}.json"
    temporary = request.with_suffix(".tmp")
    temporary.write_text(json.dumps({"open": [str(Path(f).expanduser().resolve())
                                              for f in files]}), encoding="utf-8")  # fmt: skip
    os.replace(temporary, request)  # the running one never reads half a request
    deadline = time.monotonic() + REPLY_SECONDS
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    request.unlink(missing_ok=True)  # nobody answered: this launch opens its own window
    return False


class InstanceServer(QObject):
    """Holds the instance's lock and takes the requests of later launches."""

    filesReceived = Signal(list)  # list[Path]; empty: just show the window

    def __init__(self, folder: Path, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder / REQUESTS
        self.lock = lock
        self.watcher = QFileSystemWatcher([str(self.folder)], self)
        self.watcher.directoryChanged.connect(self.take_requests)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.take_requests)
        self.timer.start()

    def take_requests(self) -> None:
        """Open what waiting launches asked for (oldest first), and tell them it was taken."""
        for request in sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns):
            try:
                if request.stat().st_size > MAX_REQUEST:
                    raise ValueError("too large")
                files = [Path(str(n)) for n in json.loads(request.read_bytes())["open"]]
            except (OSError, ValueError, KeyError, TypeError):
                files = []  # not one of ours, or already gone: still answered
            request.unlink(missing_ok=True)
            self.filesReceived.emit(files)

    def close(self) -> None:
        self.timer.stop()
        self.lock.unlock()


def claim(data_dir: str | None, files: list[Path]) -> InstanceServer | None:
    """None when a running instance took `files` (this launch is done); else the server that
    makes this launch the one later launches hand over to."""
    folder = instance_folder(data_dir)
    lock = QLockFile(str(folder / "instance.lock"))
    lock.setStaleLockTime(0)  # held as long as the process lives; a crashed one's is stale
    if lock.tryLock(0):
        return InstanceServer(folder, lock)
    if hand_over(folder, files):
        return None
    return InstanceServer(folder, lock)  # a hung instance: this one works on without the lock
