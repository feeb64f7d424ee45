"""Importing files: read (worker processes, pipeline/readers.py) → find facts (in the same
workers, on the Article in hand) → write (one writer, in chunks, pipeline/writer.py), all in
one transaction: a cancelled or failed import leaves the library as it was."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..db.safe_db import explain
from ..ingest.safe_files import Candidate, expand, shown_name
from ..knowledge.library import Library
from ..model import REPLACED, ImportOutcome, ImportReport
from .errors import ImportCancelled, ImportFailed

if TYPE_CHECKING:
    from .readers import Read
    from .writer import BatchWriter

ProgressCallback = Callable[[int, int, str], None]


def import_paths(
    library: Library,
    paths: Iterable[Path | Candidate],
    *,
    origin: str = "user",
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
    on_commit: Callable[[], None] | None = None,
) -> ImportReport:
    """Import files and folders (recursively) into `library` in one transaction.

    Each file gets an outcome; a bad file never stops the batch (a file that takes a reader
    too long or too much memory is skipped, saying so). Cancelling rolls back and stops the
    readers, and is honoured up to the moment `on_commit` is called (the commit itself is not
    stopped). A failure raises ImportFailed with its true reason; the library is then
    unchanged.
    """
    files = [c for p in paths for c in ([p] if isinstance(p, Candidate) else expand([p]))]
    report = ImportReport()
    guard = library.guard
    try:
        with guard.cancelled_by(should_cancel):
            _import_files(library, files, origin, report, progress, should_cancel, on_commit)
    except sqlite3.OperationalError as error:
        if guard.tripped == "cancel" and should_cancel is not None and should_cancel():
            raise ImportCancelled() from None
        raise ImportFailed(f"{explain(error, library.path.parent)}; nothing was imported") from None
    except (sqlite3.DatabaseError, OSError) as error:
        raise ImportFailed(f"{explain(error, library.path.parent)}; nothing was imported") from None
    finally:
        guard.tripped = ""
    library.checkpoint()
    if progress is not None:
        progress(len(files), len(files), "")
    return report


def sync_seeds(library: Library, seeds: Path) -> ImportReport | None:
    """Add bundled seeds that this library has not seen; None when nothing is new.

    Only file names are compared, so unchanged seeds are never read again, and the user's
    own imports are never touched.
    """
    if not seeds.is_dir():
        return None
    known = {row[0] for row in library.conn.execute("SELECT name FROM seed_files")}
    new = [c for c in expand([seeds]) if shown_name(c.path.name) not in known]
    if not new or library.read_only:
        return None
    return import_paths(library, new, origin="seed")


def _import_files(library: Library, files: list[Candidate], origin: str, report: ImportReport,
                  progress: ProgressCallback | None, should_cancel: Callable[[], bool] | None,
                  on_commit: Callable[[], None] | None) -> None:  # fmt: skip
    from .readers import ReaderPool
    from .writer import BatchWriter

    cancelled = should_cancel if should_cancel is not None else lambda: False
    with library.transaction():
        writer = BatchWriter(library, origin)
        early, tasks = _screen(files)
        with ReaderPool(os.cpu_count() or 1, writer.extraction()) as pool:
            reads = pool.read(tasks, should_cancel)
            for done, candidate in enumerate(files):
                if cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, len(files), shown_name(candidate.path))
                outcome = early.get(done) or _write(writer, candidate, next(reads))
                report.add(outcome)
                if outcome.status == "imported" and origin == "seed":
                    library.conn.execute(
                        "INSERT OR REPLACE INTO seed_files (name, article_id) VALUES (?, ?)",
                        (shown_name(candidate.path.name), outcome.article_id),
                    )
        writer.finish()
        if cancelled():
            raise ImportCancelled()
        library.guard.cancel = None  # from here on the import is committed, whatever happens
        if on_commit is not None:
            on_commit()


def _screen(files: list[Candidate]) -> tuple[dict[int, ImportOutcome], list]:
    """The outcomes known without reading (refused, missing, unsupported, a broken catalog),
    by position, and the (path, catalog metadata) of every file to read, in order."""
    from ..ingest import SUPPORTED_SUFFIXES, IngestError, load_catalog

    early: dict[int, ImportOutcome] = {}
    tasks: list[tuple[Path, dict | None]] = []
    catalogs: dict[Path, dict[str, dict] | IngestError] = {}
    for index, candidate in enumerate(files):
        path, shown = candidate.path, shown_name(candidate.path)
        if candidate.refused:
            early[index] = ImportOutcome(shown, "skipped", reason=candidate.refused)
        elif not path.exists():
            early[index] = ImportOutcome(shown, "failed", reason="no such file or folder")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            kind = shown_name(path.suffix) or "no extension"
            early[index] = ImportOutcome(shown, "skipped", reason=f"unsupported format ({kind})")
        else:
            if path.parent not in catalogs:
                try:
                    catalogs[path.parent] = load_catalog(path.parent)
                except IngestError as error:
                    catalogs[path.parent] = error
            catalog = catalogs[path.parent]
            if isinstance(catalog, IngestError):
                early[index] = ImportOutcome(shown, "failed", reason=str(catalog))
            else:
                tasks.append((path, catalog.get(path.name)))
    return early, tasks


def _write(writer: BatchWriter, candidate: Candidate, read: Read) -> ImportOutcome:
    shown = shown_name(candidate.path)
    article = read.article
    if article is None:
        return ImportOutcome(shown, read.status, reason=read.reason)  # type: ignore[arg-type]
    existing = writer.duplicate_of(article)
    if existing is not None:
        return ImportOutcome(
            shown, "skipped", article.article_id, article.title,
            reason=f"duplicate of an article already in the library: {existing!r}",
        )  # fmt: skip
    earlier = writer.earlier_versions(article)
    if earlier:  # the same file or page with its text changed: the new text takes its place
        writer.replace(earlier, read)
        return ImportOutcome(shown, "imported", article.article_id, article.title, REPLACED)
    writer.add(read)
    return ImportOutcome(shown, "imported", article.article_id, article.title)
