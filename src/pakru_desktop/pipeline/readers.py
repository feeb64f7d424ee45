"""Reading the files of an import in worker processes, one file at a time per worker.

A reader is our code running on someone else's file: a file that makes it spin or swell must
cost that file, never the import. So each file is read in a worker process (one per core,
started with 'spawn', which a frozen app runs through multiprocessing.freeze_support), under
a deadline (the worker is killed and replaced when it overruns) and an address-space limit
(RLIMIT_AS: the reader's MemoryError is the file's, the worker lives on). Cancelling kills the
workers at once. The worker also finds the article's facts and words on the Article in hand,
so the writer never reads an article back to learn what it says.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ..model import Article

READ_DEADLINE_S = 20.0  # no news article takes a reader more than a fraction of a second
MEMORY_LIMIT = 1 << 30  # address space of a worker: Python, the readers, and the file
TOO_SLOW = "took too long to read"
TOO_LARGE = "too large to read"
_LOOKAHEAD = 64  # files read ahead of the one being written: bounds results held in memory
_TEST_HOOK = "PAKRU_TEST_READER_HOOK"  # tests only: files that hang or swell on purpose


@dataclass
class Extraction:
    """What the fact finder needs in a worker (pickled to it once)."""

    matcher: object  # knowledge.entities.EntityMatcher
    rules: object  # knowledge.statements.StatementRules


@dataclass
class Read:
    """One file read: its article (with facts and distinct words) or why it was not."""

    article: Article | None = None
    knowledge: object = None  # knowledge.extract.ArticleKnowledge, when facts are wanted
    words: list[str] | None = None
    status: str = ""  # "skipped" or "failed" when there is no article
    reason: str = ""


def read_one(path: Path, metadata: dict | None, extraction: Extraction | None) -> Read:
    """Read one file and find what the writer needs of it (in a worker, or in-process)."""
    from ..db.library import blocks_of, encode_blocks
    from ..ingest import IngestError, read_file
    from ..text.fold import surface_words

    try:
        _test_hook(path)
        article = read_file(path, metadata)
    except IngestError as error:
        return Read(status="skipped" if str(error) == "empty file" else "failed",
                    reason=str(error))  # fmt: skip
    except MemoryError:
        return Read(status="skipped", reason=TOO_LARGE)
    except (RecursionError, ValueError) as error:  # hostile input
        return Read(status="failed", reason=f"cannot parse: {type(error).__name__}")
    body, kinds = encode_blocks(article.blocks)
    knowledge = None
    if extraction is not None:
        from ..knowledge.dates import ArticleDate
        from ..knowledge.extract import extract

        # The blocks as the library will give them back (the row codec), so the facts are
        # those a re-read would find.
        blocks = blocks_of(body, kinds)
        date = ArticleDate(article.date or "", article.date_estimated)
        knowledge = extract(blocks, date, extraction.matcher, extraction.rules)  # type: ignore[arg-type]
    return Read(article, knowledge, list(surface_words(f"{article.title}\n{body}")))


def _test_hook(path: Path) -> None:
    """With the tests' environment variable set, a file starting `pakru-test-hang` hangs the
    reader and one starting `pakru-test-hog` asks for more memory than a worker may have."""
    if not os.environ.get(_TEST_HOOK):
        return
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(b"pakru-test-hang"):
        time.sleep(3600)
    if head.startswith(b"pakru-test-hog"):
        bytearray(4 * MEMORY_LIMIT)


def deadline_s() -> float:
    """The per-file deadline (the tests' hook may shorten it)."""
    if os.environ.get(_TEST_HOOK):
        return float(os.environ.get("PAKRU_TEST_READ_DEADLINE", READ_DEADLINE_S))
    return READ_DEADLINE_S


def _worker(conn: Connection, extraction: Extraction | None, memory: int) -> None:
    """A worker's life: bounded memory, then one file at a time until told to stop."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_AS: the deadline still bounds a runaway file
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the import ended or was cancelled
        if task is None:
            return
        path, metadata = task
        try:
            result = read_one(Path(path), metadata, extraction)
            conn.send(result)
        except MemoryError:  # the result itself did not fit
            conn.send(Read(status="skipped", reason=TOO_LARGE))


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    index: int = -1  # the file being read, or -1 when idle
    started: float = 0.0


class ReaderPool:
    """Worker processes reading files; results come back in the order the files were given."""

    def __init__(self, workers: int, extraction: Extraction | None) -> None:
        self.workers = max(1, workers)
        self.extraction = extraction
        self.deadline = deadline_s()
        self._context = multiprocessing.get_context("spawn")
        self._slots: list[_Slot] = []

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(kill=exc[0] is not None)

    def pids(self) -> list[int]:
        return [s.process.pid for s in self._slots if s.process.pid is not None]

    def _start(self) -> _Slot:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_worker, args=(theirs, self.extraction, MEMORY_LIMIT),
            name="pakru-reader", daemon=True,
        )  # fmt: skip
        process.start()
        theirs.close()
        return _Slot(process, ours)

    def _replace(self, slot: _Slot) -> None:
        _stop(slot, kill=True)
        self._slots[self._slots.index(slot)] = self._start()

    def read(self, tasks: list[tuple[Path, dict | None]],
             should_cancel: Callable[[], bool] | None = None) -> Iterator[Read]:  # fmt: skip
        """Each task's Read, in order. Raises ImportCancelled (workers killed) on cancel."""
        from .importing import ImportCancelled

        while len(self._slots) < min(self.workers, len(tasks)):
            self._slots.append(self._start())
        done: dict[int, Read] = {}
        sent = given = 0
        while given < len(tasks):
            for slot in self._slots:
                if slot.index < 0 and sent < len(tasks) and sent < given + _LOOKAHEAD:
                    path, metadata = tasks[sent]
                    slot.conn.send((str(path), metadata))
                    slot.index, slot.started = sent, time.monotonic()
                    sent += 1
            while given in done:
                yield done.pop(given)
                given += 1
            if given >= len(tasks):
                break
            if should_cancel is not None and should_cancel():
                self.close(kill=True)
                raise ImportCancelled()
            busy = [s for s in self._slots if s.index >= 0]
            if not busy:
                continue
            now = time.monotonic()
            timeout = min(s.started + self.deadline for s in busy) - now
            ready = wait([s.conn for s in busy], max(0.0, min(timeout, 0.05)))
            for slot in busy:
                if slot.conn in ready:
                    try:
                        done[slot.index] = slot.conn.recv()
                    except (EOFError, OSError):  # the worker died (killed by the system)
                        done[slot.index] = Read(status="failed",
                                                reason="the reader stopped unexpectedly")  # fmt: skip
                        self._replace(slot)
                        continue
                    slot.index = -1
                elif time.monotonic() - slot.started > self.deadline:
                    done[slot.index] = Read(status="skipped", reason=TOO_SLOW)
                    self._replace(slot)

    def close(self, kill: bool = False) -> None:
        """Stop every worker: asked to at the end of an import, killed on cancel or error."""
        for slot in self._slots:
            _stop(slot, kill)
        self._slots = []


def _stop(slot: _Slot, kill: bool) -> None:
    if not kill:
        try:
            slot.conn.send(None)
        except OSError:
            kill = True
    if not kill:
        slot.process.join(2)
    if slot.process.is_alive():
        slot.process.kill()
        slot.process.join()
    slot.conn.close()
