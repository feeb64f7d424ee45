"""Reading the files of an import: article words counted on a second thread, and a slow file
read on a helper thread so that it can be cancelled mid-file."""

from __future__ import annotations

import queue
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ..db.schema import LibraryError
from ..model import Article
from ..text.fold import surface_words


class ImportCancelled(Exception):
    """The user cancelled an import; the library was left as it was before."""


class ImportFailed(LibraryError):
    """An import failed as a whole (disk full, another import running …); nothing of it was
    stored. The message is the true reason, in one line."""


class WordCounter:
    """Counts each article's words on a second thread while SQLite indexes the previous one:
    sqlite3 releases the GIL while it works, so the two overlap on a 2-core machine."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="pakru-words", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (text := self._queue.get()) is not None:
            self.counts.update(surface_words(text))

    def add(self, text: str) -> None:
        self._queue.put(text)

    def finish(self) -> Counter[str]:
        self._queue.put(None)
        self._thread.join()
        return self.counts


def read_cancellable(path: Path, metadata: dict | None,
          should_cancel: Callable[[], bool] | None) -> Article:  # fmt: skip
    """Read one file; with `should_cancel`, on a helper thread, so that a slow file (a huge
    one, a pathological one) can be cancelled mid-file: the import stops at once and the
    helper's result, when it comes, is dropped."""
    from ..ingest import read_file

    if should_cancel is None:
        return read_file(path, metadata)
    outcome: list[Article | BaseException] = []

    def work() -> None:
        try:
            outcome.append(read_file(path, metadata))
        except BaseException as error:  # noqa: BLE001 - handed to the importing thread
            outcome.append(error)

    helper = threading.Thread(target=work, name="pakru-read", daemon=True)
    helper.start()
    while helper.is_alive():
        helper.join(0.05)
        if helper.is_alive() and should_cancel():
            raise ImportCancelled()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
