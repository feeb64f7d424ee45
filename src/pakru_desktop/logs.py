"""The log file: where a crash's traceback and the libraries' warnings go, never a terminal.

One file in the user's log folder (platformdirs' user_log_dir, or `logs/` in a chosen data
folder or portable install), rotated at 1 MB with three old files kept; nothing of it leaves
the machine. pypdf's "fontTools is required …" (holding whole font dictionaries) and any
`warnings.warn` of a library end up here instead of flooding the terminal."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from .paths import APP_NAME, explicit_data_dir

LOG_NAME = f"{APP_NAME}.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
log = logging.getLogger("pakru_desktop")


def log_folder(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """`logs/` in the chosen data folder (it carries everything along), else the user's."""
    chosen = explicit_data_dir(data_dir)
    if chosen is not None:
        return chosen / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def setup_logging(data_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """Send every log record and warning to the log file; its path (None when no file can
    be written there: the records are then dropped, still never printed)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "pakru_log", False):
            root.removeHandler(handler)
            handler.close()
    path: Path | None = log_folder(data_dir) / LOG_NAME
    handler: logging.Handler
    try:
        handler = _LazyFile(path)
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.pakru_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    return path


class _LazyFile(logging.handlers.RotatingFileHandler):
    """The folder and the file are made with the first record: a run that logs nothing
    leaves nothing behind. A folder that cannot be made drops the record, silently."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                         delay=True)  # fmt: skip

    def _open(self):  # type: ignore[no-untyped-def]
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        return  # never a "--- Logging error ---" on the terminal
