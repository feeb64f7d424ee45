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
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ..model import Article
from .errors import ImportCancelled

READ_DEADLINE_S = 20.0  # no news article takes a reader more than a fraction of a second
MEMORY_LIMIT = 1 << 30  # address space of a worker: Python, the readers, and the file
TOO_SLOW = "took too long to read"
TOO_LARGE = "too large to read"
_LOOKAHEAD = 64  # files sent ahead of the next one due: bounds results held out of order
_AHEAD = 1024  # results waiting for the writer: two chunks, so a chunk's writing stalls nobody
# Files queued in each worker: it never waits for the writer to be scheduled (on a busy
# machine that wait, twice per file, cost more than the reading).
_DEPTH = 4
_FAILED_STARTS = 3  # workers dying before their first answer, in a row: read here instead
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
    from ..ingest import IngestError, read_file
    from ..model import blocks_of, encode_blocks
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


def _worker(tasks: Connection, results: Connection, memory: int) -> None:
    """A worker's life: bounded memory, the rules of extraction (the first message), then
    one file at a time until told to stop."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no RLIMIT_AS: the deadline still bounds a runaway file
    try:
        extraction: Extraction | None = tasks.recv()
    except (EOFError, OSError):
        return
    while True:
        try:
            task = tasks.recv()
        except (EOFError, OSError):
            return  # the import ended or was cancelled
        if task is None:
            return
        path, metadata = task
        try:
            result = read_one(Path(path), metadata, extraction)
            results.send(result)
        except MemoryError:  # the result itself did not fit
            results.send(Read(status="skipped", reason=TOO_LARGE))


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection  # results come back on it
    tasks: Connection  # files go out on it
    queued: deque[int] = field(default_factory=deque)  # files sent, in the order it reads them
    served: int = 0  # files it answered: a worker that dies before any failed to start
    since: float = 0.0  # when it began the first of them (when the one before came back)


class ReaderPool:
    """Worker processes reading files; results come back in the order the files were given."""

    def __init__(self, workers: int, extraction: Extraction | None) -> None:
        self.workers = max(1, workers)
        self.extraction = extraction
        self.deadline = deadline_s()
        self._context = multiprocessing.get_context("spawn")
        self._slots: list[_Slot] = []
        self._stop = threading.Event()
        self._feeder: threading.Thread | None = None
        self._failed_starts = 0  # workers in a row that died before answering

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(kill=exc[0] is not None)

    def pids(self) -> list[int]:
        return [s.process.pid for s in self._slots if s.process.pid is not None]

    def _start(self) -> _Slot:
        # Two one-way pipes: a two-way Pipe() would be a socket pair, and nothing of ours
        # opens a socket.
        task_out, task_in = self._context.Pipe(duplex=False)
        result_out, result_in = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_worker, args=(task_out, result_in, MEMORY_LIMIT),
            name="pakru-reader", daemon=True,
        )  # fmt: skip
        process.start()
        task_out.close()
        result_in.close()
        # The rules go on our own pipe, not in the process's start-up data: a worker that
        # dies as it starts (a frozen program without freeze_support) never reads that data,
        # and a start-up larger than a pipe holds would then block this process for ever
        # (the spawn keeps the pipe's other end open while it writes). On our pipe, whose
        # other end only the worker holds, its death is a broken pipe: an OSError.
        try:
            task_in.send(self.extraction)
        except OSError:
            process.join(1)
            task_in.close()
            result_out.close()
            raise
        return _Slot(process, result_out, task_in)

    def read(self, tasks: list[tuple[Path, dict | None]],
             should_cancel: Callable[[], bool] | None = None) -> Iterator[Read]:  # fmt: skip
        """Each task's Read, in order. Raises ImportCancelled on cancel (the caller's `with`
        then kills the workers).

        A thread of ours keeps the workers fed and their pipes drained while the writer
        works (SQLite lets go of the GIL), so the workers never wait for a chunk to be
        written; up to _AHEAD results wait for the writer."""
        try:
            while len(self._slots) < min(self.workers, len(tasks)):
                self._slots.append(self._start())
        except OSError:  # no process can be started here
            self._failed_starts = _FAILED_STARTS
        results: queue.Queue[Read | BaseException] = queue.Queue(maxsize=_AHEAD)
        self._feeder = threading.Thread(target=self._feed, args=(tasks, results, self._stop),
                                        name="pakru-readers", daemon=True)  # fmt: skip
        self._feeder.start()
        try:
            for _ in tasks:
                while True:
                    try:
                        item = results.get(timeout=0.05)
                        break
                    except queue.Empty:
                        if should_cancel is not None and should_cancel():
                            raise ImportCancelled() from None
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self._stop_feeding()

    def _stop_feeding(self) -> None:
        self._stop.set()
        if self._feeder is not None:
            self._feeder.join()
            self._feeder = None

    def _feed(self, tasks: list[tuple[Path, dict | None]],
              results: queue.Queue[Read | BaseException], stop: threading.Event) -> None:  # fmt: skip
        try:
            for read in self._in_order(tasks, stop):
                while not stop.is_set():
                    try:
                        results.put(read, timeout=0.05)
                        break
                    except queue.Full:
                        continue
        except BaseException as error:  # noqa: BLE001 - handed to the importing thread
            results.put(error)

    def _in_order(self, tasks: list[tuple[Path, dict | None]],
                  stop: threading.Event) -> Iterator[Read]:  # fmt: skip
        done: dict[int, Read] = {}
        waiting = deque(range(len(tasks)))  # files not yet sent (or sent to a worker now dead)
        given = 0
        while given < len(tasks) and not stop.is_set():
            if self._failed_starts >= _FAILED_STARTS:
                yield from self._here(tasks, given, done, stop)
                return
            self._send(tasks, waiting, given)
            while given in done:
                yield done.pop(given)
                given += 1
            busy = [s for s in self._slots if s.queued]
            if given >= len(tasks) or not busy:
                continue
            timeout = min(s.since + self.deadline for s in busy) - time.monotonic()
            ready = wait([s.conn for s in busy], max(0.0, min(timeout, 0.05)))
            for slot in busy:
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):  # the worker died (killed by the system)
                        self._lost(slot, waiting, done, "the reader stopped unexpectedly")
                        continue
                    done[slot.queued.popleft()] = result
                    slot.since = time.monotonic()
                    slot.served += 1
                    self._failed_starts = 0
                elif time.monotonic() - slot.since > self.deadline:
                    self._lost(slot, waiting, done, TOO_SLOW)

    def _send(self, tasks: list[tuple[Path, dict | None]], waiting: deque[int],
              given: int) -> None:  # fmt: skip
        for slot in self._slots:
            while waiting and len(slot.queued) < _DEPTH and waiting[0] < given + _LOOKAHEAD:
                index = waiting.popleft()
                path, metadata = tasks[index]
                try:
                    slot.tasks.send((str(path), metadata))
                except OSError:  # it died before reading anything sent: not this file's fault
                    waiting.appendleft(index)
                    waiting.extendleft(reversed(slot.queued))
                    self._restart(slot, failed_start=True)
                    return
                if not slot.queued:
                    slot.since = time.monotonic()
                slot.queued.append(index)

    def _lost(self, slot: _Slot, waiting: deque[int], done: dict[int, Read], reason: str) -> None:
        """The file a worker was reading cost it its life (or overran): that file gets the
        reason, the files queued behind it go to the next worker free."""
        if reason != TOO_SLOW and slot.served == 0:  # died as it started: not the file
            waiting.extendleft(reversed(slot.queued))
            self._restart(slot, failed_start=True)
            return
        status = "skipped" if reason == TOO_SLOW else "failed"
        done[slot.queued.popleft()] = Read(status=status, reason=reason)
        waiting.extendleft(reversed(slot.queued))
        self._restart(slot)

    def _restart(self, slot: _Slot, failed_start: bool = False) -> None:
        _stop(slot, kill=True)
        self._failed_starts += failed_start
        index = self._slots.index(slot)
        try:
            if self._failed_starts < _FAILED_STARTS:
                self._slots[index] = self._start()
                return
        except OSError:
            self._failed_starts = _FAILED_STARTS
        del self._slots[index]  # the rest is read here (_here)

    def _here(self, tasks: list[tuple[Path, dict | None]], given: int, done: dict[int, Read],
              stop: threading.Event) -> Iterator[Read]:  # fmt: skip
        """Worker processes cannot start here (a frozen program without freeze_support, a
        sandbox): the files still get read, in this process, without deadline or bound."""
        self.close_workers()
        for index in range(given, len(tasks)):
            if stop.is_set():
                return
            yield done.pop(index) if index in done else read_one(*tasks[index], self.extraction)

    def close(self, kill: bool = False) -> None:
        """Stop every worker: asked to at the end of an import, killed on cancel or error."""
        self._stop_feeding()  # first: the feeding thread uses the workers
        self.close_workers(kill)

    def close_workers(self, kill: bool = True) -> None:
        for slot in self._slots:
            _stop(slot, kill)
        self._slots = []


def _stop(slot: _Slot, kill: bool) -> None:
    if not kill:
        try:
            slot.tasks.send(None)
        except OSError:
            kill = True
    if not kill:
        slot.process.join(2)
    if slot.process.is_alive():
        slot.process.kill()
        slot.process.join()
    slot.conn.close()
    slot.tasks.close()
