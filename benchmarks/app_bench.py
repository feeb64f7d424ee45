"""Desktop app benchmark: cold start, peak memory and keystroke latency in the real window.

1. Cold start to first paint of the app against a bare PySide6 window (QMainWindow + QLabel),
   each launch a new process, offscreen and (when `xvfb-run` exists) xcb under Xvfb; also the
   first-ever start on an empty data folder, when the seeds are imported.
2. Peak RSS (VmHWM) of the app on a 100k-article library after typing queries and opening an
   article, with the cost of the sidebar's article list at start.
3. Keystroke to results painted in the real search pane at 100k articles (offscreen, in this
   process), with the deliberate debounce bypassed and with it.

The 100k library is search_bench.py's cached synthetic one (built on first use). Prints its
report and writes it between the app-bench markers of benchmarks/RESULTS.md, leaving the rest
of the file alone (search_bench.py keeps this section when it rewrites the file).

    .venv/bin/python benchmarks/app_bench.py --launches 15 --runs 20
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer, qVersion
from PySide6.QtWidgets import QAbstractItemView, QWidget

from pakru_desktop import paths
from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.bootstrap import load_variants, open_user_library
from search_bench import (
    APP_SECTION_END,
    APP_SECTION_START,
    ROOT,
    TYPED_QUERIES,
    WARMUP_RUNS,
    keystrokes,
    library_for,
    machine,
    mark,
)

TARGET_START_RATIO = 1.3
TARGET_PEAK_RSS_MB = 120.0
TARGET_KEYSTROKE_MS = 60.0
STALL_MS = 50  # a UI thread busier than this between two 5 ms ticks counts as frozen
SETTLE_MS = 1500  # how long start-up is watched after the article list arrived
WINDOW_SIZE = (1280, 800)  # the app's size without saved settings; the bare window's too
XVFB_SCREEN = "-screen 0 1400x860x24"
UNGUARDED_ROUNDS = 25  # typing the three queries this often without the None guard

# The child process. It reports `@@ <tag> <CLOCK_MONOTONIC ns> [key=value …]` lines; the
# parent reads the same clock just before spawning it. For the app it runs the real entry
# point, pakru_desktop.app.main(["--data-dir", DIR]), with make_application,
# open_user_library and MainWindow wrapped only to report when they return and to watch the
# window; the bare window is built in the same shape.
LAUNCHER = r'''"""Written and run by benchmarks/app_bench.py: one window start, reported on stdout."""
import os
import sys
import time


def now():
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def say(tag, extra=""):
    print(f"@@ {tag} {now()} {extra}".rstrip(), flush=True)


def memory():
    fields = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = value.split()[0]
    return f"rss_kb={fields.get('VmRSS', 0)} hwm_kb={fields.get('VmHWM', 0)}"


def finish():
    sys.stdout.flush()
    os._exit(0)


say("python")
KIND, UNTIL = sys.argv[1], sys.argv[2]  # bare | app; frame | summaries | script
DATA_DIR = sys.argv[3] if len(sys.argv) > 3 else ""
OPTIONS = os.environ.get("APP_BENCH_OPTIONS", "").split(",")
QUERIES = os.environ.get("APP_BENCH_QUERIES", "pipeline").split("|")
QUERIES *= int(os.environ.get("APP_BENCH_ROUNDS", "1"))
SETTLE_MS = int(os.environ.get("APP_BENCH_SETTLE_MS", "1500"))
STALL_NS = int(os.environ.get("APP_BENCH_STALL_MS", "50")) * 1_000_000
if os.environ.get("APP_BENCH_NONE_GUARD") == "1":  # see none_leak() in app_bench.py
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
if KIND == "app":
    from pakru_desktop.ui import application, workers
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

say("imported")


class Probe(QObject):
    """The window's first paint event, then a zero timer once that frame is painted and
    flushed; after it, a 5 ms ticker that notices when the UI thread is busy."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.painted = self.framed = False
        self.loaded = KIND == "bare" or "no-summaries" in OPTIONS
        self.last = self.max_gap = self.stall_end = 0
        self.ticker = QTimer(self)
        self.ticker.setInterval(5)
        self.ticker.timeout.connect(self.tick)
        window.installEventFilter(self)
        if not self.loaded:
            window.work.summariesLoaded.connect(self.summaries)  # runs after the window's slot

    def eventFilter(self, watched, event):
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            say("paint")
            QTimer.singleShot(0, self.frame)
        return False

    def frame(self):
        self.window.removeEventFilter(self)
        say("frame", memory())
        if UNTIL == "frame":
            finish()
        self.framed = True
        self.last = now()
        self.ticker.start()
        self.settle_later()

    def summaries(self, *_args):
        say("summaries", memory())
        self.loaded = True
        self.settle_later()

    def settle_later(self):
        if self.framed and self.loaded:
            QTimer.singleShot(SETTLE_MS, self.settled)

    def tick(self):
        t = now()
        gap, self.last = t - self.last, t
        self.max_gap = max(self.max_gap, gap)
        if gap >= STALL_NS:
            self.stall_end = t

    def settled(self):
        self.ticker.stop()
        say("settled", f"max_gap={self.max_gap / 1e6:.1f} stall_end_ns={self.stall_end} "
            + memory())
        if UNTIL == "script":
            drive(self.window)
        finish()


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def drive(window):
    """Type the queries a keystroke at a time (each search run at once, waiting for its
    results), open the top hit, then wait for the parent to read /proc/<pid>/status."""
    pane = window.search_pane
    loops = []
    pane.resultsShown.connect(lambda _result: loops[-1].quit())
    for text in QUERIES:
        for end in range(1, len(text) + 1):
            loops.append(QEventLoop())
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loops[-1].quit)
            guard.start(20_000)
            window.search_field.setText(text[:end])
            pane.run_now()
            loops[-1].exec()
            guard.stop()
            say("key", f"n={len(loops)}")
    say("typed", memory())
    start = now()
    pane.open_current()
    say("opened", f"ms={(now() - start) / 1e6:.1f} " + memory())
    wait(500)
    say("done", memory())
    sys.stdin.readline()


if KIND == "bare":
    app = QApplication(sys.argv[:1])
    say("qapp")
    window = QMainWindow()
    window.setWindowTitle("bare PySide6 window")
    window.setCentralWidget(QLabel("A bare PySide6 window"))
    window.resize(1280, 800)
    say("window")
    probe = Probe(window)
    window.show()
    sys.exit(app.exec())

real_make_application = application.make_application
real_open_user_library = application.open_user_library
real_main_window = application.MainWindow


def make_application(*qt_args):
    app = real_make_application(*qt_args)
    say("qapp")
    return app


def open_user_library(data_dir, **options):  # told=: the start's notices
    library = real_open_user_library(data_dir, **options)
    say("library")
    return library


def main_window(*args, **kwargs):
    window = real_main_window(*args, **kwargs)
    say("window")
    window.bench_probe = Probe(window)
    return window


application.make_application = make_application
application.open_user_library = open_user_library
application.MainWindow = main_window
if "no-summaries" in OPTIONS:  # what the sidebar's article list costs, by leaving it out
    workers.BackgroundWork.load_summaries = lambda self: None
from pakru_desktop.app import main

sys.exit(main(["--data-dir", DATA_DIR]))
'''


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def monotonic_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 as search_bench reports them (p95: the ceil(0.95 n)-th smallest)."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[math.ceil(0.95 * len(ordered)) - 1]


def proc_status(pid: int | str = "self") -> dict[str, int]:
    """Memory lines of /proc/<pid>/status, in kB."""
    wanted = ("VmHWM", "VmRSS", "RssAnon", "RssFile", "RssShmem")
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in wanted:
            found[key] = int(value.split()[0])
    return found


def mb(kb: float) -> float:
    return kb / 1024


# -- launches -------------------------------------------------------------------------------


@dataclass
class Launch:
    events: dict[str, float]  # tag → ms since the parent spawned the process
    extras: dict[str, dict[str, float]] = field(default_factory=dict)
    status: dict[str, int] = field(default_factory=dict)  # /proc/<pid>/status at "done", kB
    code: int = 0
    error: str = ""  # the end of stderr when the process failed


def launch(launcher: Path, kind: str, until: str, platform: str, data_dir: Path | None = None,
           options: str = "", timeout: float = 900.0, guard: bool = False,
           check: bool = True, rounds: int = 1) -> Launch:  # fmt: skip
    """One window start in a new process; `guard` props up None's refcount (none_leak)."""
    env = dict(
        os.environ,
        APP_BENCH_NONE_GUARD="1" if guard else "0",
        APP_BENCH_ROUNDS=str(rounds),
        QT_QPA_PLATFORM=platform,
        APP_BENCH_OPTIONS=options,
        APP_BENCH_QUERIES="|".join(TYPED_QUERIES),
        APP_BENCH_SETTLE_MS=str(SETTLE_MS),
        APP_BENCH_STALL_MS=str(STALL_MS),
    )
    # Run from -c, not as a script: the import's reader workers (multiprocessing's spawn) would
    # run a main script again in each worker, and this one opens a window.
    run_launcher = f"import sys; sys.argv[0] = {str(launcher)!r}; exec(compile(open(sys.argv[0]).read(), sys.argv[0], 'exec'))"  # noqa: E501
    command = [sys.executable, "-c", run_launcher, kind, until,
               *([str(data_dir)] if data_dir else [])]  # fmt: skip
    events: dict[str, float] = {}
    extras: dict[str, dict[str, float]] = {}
    status: dict[str, int] = {}
    with tempfile.TemporaryFile("w+") as errors:
        start = monotonic_ns()
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=errors, text=True, env=env)  # fmt: skip
        watchdog = threading.Timer(timeout, child.kill)
        watchdog.start()
        try:
            assert child.stdout is not None and child.stdin is not None
            for line in child.stdout:
                if not line.startswith("@@ "):
                    continue
                tag, stamp, *rest = line.split()[1:]
                events[tag] = (int(stamp) - start) / 1e6
                values = {}
                for item in rest:
                    key, _, value = item.partition("=")
                    number = float(value)
                    if key.endswith("_ns"):  # a clock reading: ms since spawn, 0 for never
                        key, number = key[:-3], (number - start) / 1e6 if number else 0.0
                    values[key] = number
                extras[tag] = values
                if tag == "done":
                    status = proc_status(child.pid)
                    child.stdin.write("\n")
                    child.stdin.flush()
            code = child.wait()
        finally:
            watchdog.cancel()
        if code != 0 or "frame" not in events:
            errors.seek(0)
            error = errors.read()[-3000:]
            if check:
                raise RuntimeError(f"{kind} launch failed (exit {code}):\n{error}")
            return Launch(events, extras, status, code, error)
    return Launch(events, extras, status)


def none_leak(calls: int = 1000) -> float:
    """References to None lost per PySide call that returns None (0 when sound).

    PySide6/shiboken6 6.12.0 on CPython 3.11 drops one on every such call (QWidget.update(),
    QStandardItem.setData(), a null QObject.parent(), ...). None is immortal from 3.12 on, but
    on 3.11 its count (~3,700 at start) reaches zero and the process aborts with "Fatal Python
    error: none_dealloc". To measure past that, runs after the first frame add 2**40 to None's
    count (`guard`); the report says so, and shows what happens without it.
    """
    from PySide6.QtCore import QObject

    orphan = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        orphan.parent()
    return (before - sys.getrefcount(None)) / calls


def outcome(result: Launch) -> str:
    """How an unguarded run ended, in words."""
    keys = int(result.extras.get("key", {}).get("n", 0))
    typed = f"{keys:,} keystroke(s) done" if keys else "no keystroke done"
    if result.code == 0 and not result.error:
        return f"ran to the end ({typed})" if "typed" in result.events else "ran to the end"
    why = "Fatal Python error: none_dealloc" if "none_dealloc" in result.error else "crashed"
    last = max(result.events, key=lambda tag: result.events[tag]) if result.events else "spawn"
    return (f"aborted, exit {result.code} ({why}), {result.events.get(last, 0) / 1000:.1f} s in,"
            f" last step reached: {last}; {typed}")  # fmt: skip


def prop_up_none() -> None:
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def copy_file(source: Path, target: Path) -> None:
    if shutil.which("cp"):
        subprocess.run(["cp", "--reflink=auto", str(source), str(target)], check=True)
    else:
        shutil.copyfile(source, target)


def seeds_template(folder: Path) -> Path:
    """A data folder whose library already holds the seeds, as after the first start."""
    open_user_library(folder).close()
    return folder


def large_data_dir(size: int, folder: Path) -> Path:
    """A data folder holding a copy of search_bench's cached library of `size` articles, with
    the seeds already synced into it (the app does that on its first start)."""
    source, _stats = library_for(size, False, log)
    folder.mkdir(parents=True)
    target = paths.library_path(folder)
    log(f"copying {source.name} ({source.stat().st_size / 1e9:.2f} GB) to {folder}")
    copy_file(source, target)
    wal = source.with_name(source.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        copy_file(wal, target.with_name(target.name + "-wal"))
    open_user_library(folder).close()
    return folder


def cold_start(launcher: Path, platform: str, launches: int, template: Path) -> dict:
    """`launches` starts of each window, interleaved, after one unmeasured start of each."""
    runs: dict[str, list[Launch]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory(prefix="app-bench-cold-") as scratch:
        for round_ in range(launches + 1):
            for kind in ("bare", "app") if round_ % 2 == 0 else ("app", "bare"):
                data = None
                if kind == "app":
                    data = Path(scratch) / f"data-{round_}"
                    shutil.copytree(template, data)
                result = launch(launcher, kind, "frame", platform, data)
                if data is not None:
                    shutil.rmtree(data)
                if round_:
                    runs[kind].append(result)
            if round_:
                log(f"  {platform} {round_}/{launches}: bare {runs['bare'][-1].events['frame']:.0f}"
                    f" ms, app {runs['app'][-1].events['frame']:.0f} ms")  # fmt: skip
    return {kind: [asdict(r) for r in results] for kind, results in runs.items()}


def cold_start_xcb(launches: int, template: Path) -> dict | None:
    """The same under a real X server: this script again, under one `xvfb-run -a`."""
    if not shutil.which("xvfb-run"):
        return None
    command = ["xvfb-run", "-a", "-s", XVFB_SCREEN, sys.executable, str(Path(__file__).resolve()),
               "--cold-batch", "xcb", "--launches", str(launches), "--template", str(template)]  # fmt: skip
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=3600)
    for line in done.stdout.splitlines():
        if line.startswith("@@json "):
            return json.loads(line.removeprefix("@@json "))
    raise RuntimeError(f"the xcb batch under xvfb-run failed (exit {done.returncode})")


def launches_of(batch: dict) -> dict[str, list[Launch]]:
    return {kind: [Launch(**item) for item in items] for kind, items in batch.items()}


# -- in process: start-up, keystrokes, slow spots at 100k --------------------------------------


class PaintWatch(QObject):
    """Once armed, the next paint of a widget: the paint event starts the frame, a zero timer
    fires when it has been painted and flushed, and quits the given loop."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.armed = False
        self.painted_at = self.done_at = 0.0
        self.loop: QEventLoop | None = None
        widget.installEventFilter(self)

    def arm(self, loop: QEventLoop | None) -> None:
        self.armed, self.loop = True, loop
        self.painted_at = self.done_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            self.painted_at = time.perf_counter()
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.done_at = time.perf_counter()
        if self.loop is not None:
            self.loop.quit()


class Ticker(QObject):
    """A 5 ms timer on the UI thread: the longest gap between ticks is the longest freeze."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last = self.max_gap = self.stall_end = self.frozen = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap, self.last = now - self.last, now
        self.max_gap = max(self.max_gap, gap)
        if gap * 1000 >= STALL_MS:
            self.stall_end = now
            self.frozen += gap


def run_loop(loop: QEventLoop, timeout_ms: int) -> None:
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(timeout_ms)
    loop.exec()
    guard.stop()


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def timed_method(owner: object, name: str, record: dict[str, list[float]]) -> None:
    """Wrap one instance's method to record its duration (ms) and the RSS it added (MB), as
    record["Class.method"]."""
    real = getattr(owner, name, None)
    if real is None:
        return
    key = f"{type(owner).__name__}.{name}"

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        rss = proc_status()["VmRSS"]
        start = time.perf_counter()
        value = real(*args, **kwargs)
        record[key] = [(time.perf_counter() - start) * 1000, mb(proc_status()["VmRSS"] - rss)]
        return value

    setattr(owner, name, wrapper)


def start_window(folder: Path, settings_file: Path):  # type: ignore[no-untyped-def]
    """Open the window on the library as the app does and watch it until it has settled."""
    from pakru_desktop.ui.main_window import MainWindow

    real_summaries = Library.summaries
    found: dict[str, list[float]] = {}

    def timed_summaries(self: Library):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        rows = real_summaries(self)
        found["summaries query"] = [(time.perf_counter() - start) * 1000, 0.0]
        return rows

    Library.summaries = timed_summaries  # type: ignore[method-assign]
    try:
        library = open_user_library(folder)
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        start = time.perf_counter()
        window = MainWindow(library, load_variants(), settings)
        built = time.perf_counter()
        for owner in (window.sidebar, window.search_pane):
            for name in ("set_articles", "set_sources", "set_topics"):
                timed_method(owner, name, found)
        timed_method(window.reader, "show_welcome", found)
        state = {"loaded": 0.0, "emitted": 0.0}

        def emitted(*_args: object) -> None:  # on the background thread, as it emits
            state["emitted"] = time.perf_counter()

        window.work._backend.summariesLoaded.connect(emitted, Qt.ConnectionType.DirectConnection)
        loaded_loop = QEventLoop()

        def loaded(*_args: object) -> None:
            state["loaded"] = time.perf_counter()
            loaded_loop.quit()

        window.work.summariesLoaded.connect(loaded)  # after the window's own slot
        first = QEventLoop()
        watch = PaintWatch(window)
        watch.arm(first)
        window.show()
        run_loop(first, 60_000)
        ticker = Ticker()
        ticker.start()
        if not state["loaded"]:
            run_loop(loaded_loop, 900_000)
        wait(SETTLE_MS)
        ticker.timer.stop()
    finally:
        Library.summaries = real_summaries  # type: ignore[method-assign]
    timings = {
        "construct": (built - start) * 1000,
        "first frame": (watch.done_at - start) * 1000,
        "background load": (state["emitted"] - start) * 1000,
        "article list shown": (state["loaded"] - start) * 1000,
        "longest freeze": ticker.max_gap * 1000,
        "frozen in all": ticker.frozen * 1000,
        "responsive": ((ticker.stall_end or watch.done_at) - start) * 1000,
    }
    return library, window, timings, found


@dataclass
class Keystroke:
    total: float
    search: float  # setText → the background thread has the result
    fill: float  # → the model is filled and resultsShown emitted
    paint: float  # → the list's viewport has painted the rows and the frame is flushed
    hits: str


class ResultsProbe(QObject):
    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        self.watch = PaintWatch(window.search_pane.list.viewport())
        self.loop: QEventLoop | None = None
        self.searched_at = self.shown_at = 0.0
        self.hits = ""
        # The search thread's own signal, so that `search` ends when the thread has the result
        # (BackgroundWork.searchDone is re-emitted on the UI thread, after a queued hop).
        searcher = window.work._searcher
        searcher.searchDone.connect(self._searched, Qt.ConnectionType.DirectConnection)
        window.search_pane.resultsShown.connect(self._shown)

    def _searched(self, _request_id: int, _result: object) -> None:  # on the background thread
        self.searched_at = time.perf_counter()

    def _shown(self, result) -> None:  # type: ignore[no-untyped-def]
        self.shown_at = time.perf_counter()
        self.hits = f"~{result.total:,}" if result.total_is_estimate else f"{result.total:,}"
        self.watch.arm(self.loop)

    def type(self, text: str, bypass: bool) -> Keystroke | None:
        self.loop = QEventLoop()
        self.searched_at = self.shown_at = 0.0
        self.watch.armed = False
        self.watch.done_at = 0.0
        start = time.perf_counter()
        self.window.search_field.setText(text)
        if bypass:
            self.window.search_pane.run_now()  # what the 120 ms debounce timer would call
        run_loop(self.loop, 20_000)
        if not self.watch.done_at:
            return None
        ms = 1000.0
        return Keystroke(
            (self.watch.done_at - start) * ms,
            (self.searched_at - start) * ms,
            (self.shown_at - self.searched_at) * ms,
            (self.watch.done_at - self.shown_at) * ms,
            self.hits,
        )

    def clear(self) -> None:
        self.window.search_field.setText("")
        self.window.search_pane.run_now()
        wait(30)


def keystroke_latency(window, runs: int, bypass: bool) -> dict[str, list[Keystroke]]:  # type: ignore[no-untyped-def]
    """Each typed query letter by letter, `runs` times after WARMUP_RUNS unmeasured times;
    the search field is cleared before each query."""
    probe = ResultsProbe(window)
    samples: dict[str, list[Keystroke]] = {}
    failures = 0
    for run in range(WARMUP_RUNS + runs):
        for typed in TYPED_QUERIES:
            probe.clear()
            for text in keystrokes(typed):
                sample = probe.type(text, bypass)
                if sample is None:
                    failures += 1
                elif run >= WARMUP_RUNS:
                    samples.setdefault(f"{typed}\t{text}", []).append(sample)
        if run >= WARMUP_RUNS and (run - WARMUP_RUNS + 1) % 5 == 0:
            log(f"  {'bypassing' if bypass else 'with'} the debounce: run {run - WARMUP_RUNS + 1}"
                f"/{runs}")  # fmt: skip
    if failures:
        log(f"  {failures} keystroke(s) never showed results within 20 s")
    probe.deleteLater()
    return samples


def slow_spots(library: Library, window) -> dict:  # type: ignore[no-untyped-def]
    """Opening articles (the sidebar looks each one up row by row), the sidebar's filter, and
    what the article list costs on its own."""
    spots: dict = {}
    order = [s.article_id for s in library.summaries()]
    hits = window.engine.search("pipeline", limit=20).hits[:5]
    opens, selects, rows = [], [], []
    for hit in hits:
        start = time.perf_counter()
        window.open_article(hit.article_id, hit.paragraph, "pipeline")
        opens.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        window.sidebar.select_article(hit.article_id)
        selects.append((time.perf_counter() - start) * 1000)
        rows.append(order.index(hit.article_id))
        wait(50)
    last = order[-1]
    start = time.perf_counter()
    window.sidebar.select_article(last)
    spots["select last row"] = (time.perf_counter() - start) * 1000
    spots["open article"] = statistics.median(opens)
    spots["select article"] = statistics.median(selects)
    spots["rows"] = rows
    views = [v for v in window.sidebar.findChildren(QAbstractItemView) if v.isVisible()]
    tree = PaintWatch(views[0].viewport() if views else window.sidebar)
    for text in ("k", "karachi", ""):
        loop = QEventLoop()
        tree.arm(loop)
        start = time.perf_counter()
        window.sidebar.filter.setText(text)
        synchronous = time.perf_counter()
        run_loop(loop, 120_000)
        spots[f"filter {text!r}"] = [(synchronous - start) * 1000,
                                     ((tree.done_at or synchronous) - start) * 1000]  # fmt: skip
    start = time.perf_counter()
    summaries = library.summaries()
    spots["summaries"] = (time.perf_counter() - start) * 1000
    spots["articles"] = len(summaries)
    del summaries
    spots["heap"] = list_heap(library)
    return spots


def list_heap(library: Library) -> dict[str, float]:
    """Python heap (tracemalloc, MB) of the article list: the summaries, and the sidebar's
    rows built from them when the sidebar has such a step."""
    import tracemalloc

    from pakru_desktop.ui import sidebar

    gc.collect()
    tracemalloc.start()
    try:
        summaries = library.summaries()
        heap = {"ArticleSummary list": tracemalloc.get_traced_memory()[0] / 2**20}
        build = getattr(sidebar, "article_rows", None)
        if build is not None:
            rows = build(summaries)
            heap["sidebar rows"] = tracemalloc.get_traced_memory()[0] / 2**20 - sum(heap.values())
            del rows
        heap["peak"] = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    return heap


def import_costs(runs: int = 5) -> list[tuple[str, float, str, float]]:
    """What importing the app's UI entry module costs (`python -X importtime`, medians, ms):
    its direct imports of 5 ms or more, each with its own costliest import."""
    costs: dict[str, list[float]] = {}
    inner: dict[str, tuple[str, list[float]]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                               "import pakru_desktop.ui.application"],
                              capture_output=True, text=True, check=True)  # fmt: skip
        pending: dict[int, list[tuple[str, int, list]]] = {}
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "[us]" in line:
                continue
            _, cumulative, raw = line.removeprefix("import time:").split("|", 2)
            depth = (len(raw) - len(raw.lstrip()) - 1) // 2
            node = (raw.strip(), int(cumulative), pending.pop(depth + 1, []))
            pending.setdefault(depth, []).append(node)
        for name, cumulative, children in pending[0][-1][2]:
            if cumulative < 5000:
                continue
            costs.setdefault(name, []).append(cumulative / 1000)
            if children:
                top = max(children, key=lambda child: child[1])
                inner.setdefault(name, (top[0], []))[1].append(top[1] / 1000)
    found = [
        (name, statistics.median(values), inner.get(name, ("", []))[0],
         statistics.median(inner[name][1]) if name in inner else 0.0)
        for name, values in costs.items()
    ]  # fmt: skip
    return sorted(found, key=lambda item: -item[1])


def in_process(folder: Path, runs: int, debounce_runs: int, scratch: Path, guard: bool) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if guard:
        prop_up_none()
    from pakru_desktop.ui.application import make_application

    make_application()
    log("in process: opening the window on the large library")
    library, window, startup, parts = start_window(folder, scratch / "settings.ini")
    log(f"  first frame {startup['first frame']:.0f} ms, article list shown"
        f" {startup['article list shown']:.0f} ms, longest freeze {startup['longest freeze']:.0f} ms")  # fmt: skip
    log(f"in process: keystrokes, debounce bypassed ({runs} runs)")
    bypassed = keystroke_latency(window, runs, bypass=True)
    log(f"in process: keystrokes with the {window.search_pane._debounce.interval()} ms debounce"
        f" ({debounce_runs} runs)")  # fmt: skip
    debounced = keystroke_latency(window, debounce_runs, bypass=False) if debounce_runs else {}
    log("in process: opening articles, filtering the sidebar")
    spots = slow_spots(library, window)
    debounce = window.search_pane._debounce.interval()
    window.close()
    library.close()
    return {"startup": startup, "parts": parts, "bypassed": bypassed, "debounced": debounced,
            "spots": spots, "debounce_ms": debounce}  # fmt: skip


# -- reporting ------------------------------------------------------------------------------


def median_of(launches: list[Launch], tag: str) -> float:
    return statistics.median(launch.events[tag] for launch in launches)


def spread(launches: list[Launch], tag: str) -> str:
    values = [launch.events[tag] for launch in launches]
    return f"{min(values):.0f}–{max(values):.0f}"


def cold_rows(name: str, runs: dict[str, list[Launch]]) -> tuple[list[str], float]:
    bare, app = runs["bare"], runs["app"]
    ratio = median_of(app, "frame") / median_of(bare, "frame")
    paint_ratio = median_of(app, "paint") / median_of(bare, "paint")
    lines = []
    for label, items in (("bare PySide6 window", bare), ("pakru-desktop", app)):
        hwm = statistics.median(launch.extras["frame"]["hwm_kb"] for launch in items)
        phases = " / ".join(
            f"{median_of(items, tag):.0f}" if tag in items[0].events else "–"
            for tag in ("python", "imported", "qapp", "library", "window")
        )
        lines.append(
            f"| {name} | {label} | {len(items)} | **{median_of(items, 'frame'):.0f}**"
            f" | {spread(items, 'frame')} | {median_of(items, 'paint'):.0f} | {phases}"
            f" | {mb(hwm):.0f} |"
        )
    lines.append(
        f"| {name} | **app ÷ bare** | | **{ratio:.2f}×** {mark(ratio <= TARGET_START_RATIO)} | |"
        f" {paint_ratio:.2f}× | | |"
    )
    return lines, ratio


def keystroke_table(inproc: dict) -> tuple[list[str], tuple[float, str], tuple[float, str]]:
    bypassed, debounced = inproc["bypassed"], inproc["debounced"]
    lines = [
        "| typing | typed | results | p50 | p95 | search p50 | model fill p50 | paint p50"
        " | with debounce p50 | with debounce p95 |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    worst = (0.0, "")
    worst_debounced = (0.0, "")
    for key, samples in bypassed.items():
        typed, text = key.split("\t")
        p50, p95 = percentiles([s.total for s in samples])
        worst = max(worst, (p95, text))
        part = [statistics.median(getattr(s, name) for s in samples)
                for name in ("search", "fill", "paint")]  # fmt: skip
        with_debounce = "| |"
        if debounced.get(key):
            d50, d95 = percentiles([s.total for s in debounced[key]])
            worst_debounced = max(worst_debounced, (d95, text))
            with_debounce = f"| {d50:.1f} | {d95:.1f} |"
        shown = text.replace("|", "\\|")
        lines.append(
            f"| “{typed}” | `{shown}` | {samples[-1].hits} | {p50:.1f} | {p95:.1f}"
            f" {'' if p95 <= TARGET_KEYSTROKE_MS else '**(missed)**'}"
            f"| {part[0]:.1f} | {part[1]:.1f} | {part[2]:.1f} {with_debounce}"
        )
    return lines, worst, worst_debounced


def report(args: argparse.Namespace, cold: dict[str, dict[str, list[Launch]]],
           first_runs: list[Launch], large: dict, inproc: dict | None) -> str:  # fmt: skip
    size = f"{args.size:,}"
    lines = [
        "# Desktop app benchmark",
        "",
        "Written by `benchmarks/app_bench.py`; re-run it rather than editing (search_bench.py"
        " keeps this section when it rewrites the file).",
        "",
        *machine(),
        f"- PySide6 {PySide6.__version__}, Qt {qVersion()}",
        f"- Code: {code_version()}",
        f"- Load average (1 min) at the start / end: {args.load_start:.2f} /"
        f" {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores: other work on the machine shows up here)",
        "",
        "## Method",
        "",
        "- **Cold start**: every launch is a new `python` process running a small launcher that"
        " starts the app exactly as `pakru-desktop --data-dir DIR` does (`pakru_desktop.app.main`;"
        " `make_application`, `open_user_library` and `MainWindow` are wrapped only to report when"
        " they return), or a bare `QMainWindow` with a `QLabel` built the same way, both"
        f" {WINDOW_SIZE[0]}×{WINDOW_SIZE[1]}. Time from just before `Popen` to the end of the"
        " window's first frame (its first `Paint` event, then a zero timer that fires once the"
        " frame is painted and flushed), on the CLOCK_MONOTONIC both processes share; the *first"
        " paint event* column is when that frame starts. Launches alternate app and bare, after"
        " one unmeasured launch of each; the disk cache is warm. The app gets a fresh copy of a"
        " data folder whose library already holds the seeds, so the seed import is not measured"
        " (the first-ever start, on an empty folder, is shown apart). xcb runs under one"
        f" `xvfb-run -a -s '{XVFB_SCREEN}'` (no window manager).",
        f"- **Memory**: the app on a data folder holding a copy of search_bench's {size}-article"
        " library (seeds synced in beforehand), offscreen: start, wait for the article list,"
        f" type {', '.join(f'“{q}”' for q in TYPED_QUERIES)} a keystroke at a time (each search"
        " run at once and its results awaited), open the top hit; then the benchmark reads"
        " VmHWM (peak RSS) from `/proc/<pid>/status`.",
        f"- **Keystrokes**: in this process, offscreen, the real `MainWindow` on the {size}-article"
        " library after its start-up has settled. Each keystroke sets the search field's text and"
        " is timed until `resultsShown` and then the results list's next paint has been flushed."
        " *Debounce bypassed* calls `search_pane.run_now()` right after `setText` (what the"
        f" {inproc['debounce_ms'] if inproc else 120} ms debounce timer calls); *with debounce*"
        " waits for the timer. The field is cleared before each query; each query is typed"
        f" {WARMUP_RUNS} times unmeasured, then {args.runs} times ({args.debounce_runs} with the"
        " debounce). *Search*: until the background thread has its result; *model fill*: until"
        " the rows are in the model; *paint*: until they are on screen.",
        "",
        "## Summary",
        "",
        "| measure | result | target | held? |",
        "|---|---|---|---|",
    ]
    for platform, runs in cold.items():
        app, bare = median_of(runs["app"], "frame"), median_of(runs["bare"], "frame")
        ratio = app / bare
        lines.append(
            f"| cold start to first frame, {platform} (median of {len(runs['app'])})"
            f" | app {app:.0f} ms vs bare {bare:.0f} ms: **{ratio:.2f}×**"
            f" | ≤ {TARGET_START_RATIO}× | {mark(ratio <= TARGET_START_RATIO)} |"
        )
    peak = mb(large["script"].status["VmHWM"])
    lines.append(
        f"| peak RSS (VmHWM), {size} articles, typing and reading | **{peak:.0f} MB**"
        f" | ≤ {TARGET_PEAK_RSS_MB:.0f} MB | {mark(peak <= TARGET_PEAK_RSS_MB)} |"
    )
    key_lines: list[str] = []
    if inproc is not None:
        key_lines, worst, worst_debounced = keystroke_table(inproc)
        lines.append(
            f"| keystroke to results painted, {size} articles, worst p95, debounce bypassed"
            f" | **{worst[0]:.1f} ms** (`{worst[1]}`) | ≤ {TARGET_KEYSTROKE_MS:.0f} ms"
            f" | {mark(worst[0] <= TARGET_KEYSTROKE_MS)} |"
        )
        if worst_debounced[1]:
            lines.append(
                f"| the same including the deliberate {inproc['debounce_ms']} ms debounce"
                f" | {worst_debounced[0]:.1f} ms (`{worst_debounced[1]}`) | (not a target) | |"
            )
    lines += robustness_lines(large)
    lines += [
        "",
        "## Cold start",
        "",
        "Milliseconds from spawn; phases are medians of when each step returned: interpreter"
        " up / imports done / `QApplication` / library opened / window built.",
        "",
        "| platform | window | launches | first frame p50 | min–max | first paint event p50"
        " | phases | RSS at first frame (MB) |",
        "|---|---|--:|--:|--:|--:|---|--:|",
    ]
    for platform, runs in cold.items():
        lines += cold_rows(platform, runs)[0]
    if large.get("imports"):
        lines += [
            "",
            "Importing the app's UI (`python -X importtime -c 'import pakru_desktop.ui.application'`,"
            " median of 5, cumulative ms, with each one's costliest import; the bare window's"
            " imports take the *imports done* figure above): "
            + "; ".join(
                f"`{name}` {ms:.0f}" + (f" (`{child}` {child_ms:.0f})" if child else "")
                for name, ms, child, child_ms in large["imports"]
            )
            + ".",
        ]
    first = [launch.events["frame"] for launch in first_runs]
    seeded = [launch.events["library"] - launch.events["qapp"] for launch in first_runs]
    lines += [
        "",
        f"First-ever start (empty data folder, offscreen, {len(first_runs)} launches): first frame"
        f" **{statistics.median(first):.0f} ms** median ({', '.join(f'{v:.0f}' for v in first)});"
        f" creating the library and importing the seeds took {statistics.median(seeded):.0f} ms"
        f" of it (against {median_of(cold['offscreen']['app'], 'library') - median_of(cold['offscreen']['app'], 'qapp'):.0f} ms"
        " to open an existing one).",
        "",
        f"## {size} articles: start-up and memory",
        "",
    ]
    lines += large_section(large, inproc)
    if inproc is not None:
        lines += [
            "",
            f"## Keystroke latency, {size} articles",
            "",
            f"Milliseconds; p50/p95 over {args.runs} runs per keystroke with the debounce bypassed,"
            f" then with the {inproc['debounce_ms']} ms debounce ({args.debounce_runs} runs).",
            "",
            *key_lines,
        ]
    return "\n".join(lines)


def robustness_lines(large: dict) -> list[str]:
    if large["leak"] <= 0.5:
        return []
    import shiboken6

    lines = [
        "",
        f"**The app aborts on this stack.** PySide6 {PySide6.__version__} / shiboken6"
        f" {shiboken6.__version__} on Python {sys.version.split()[0]} drops a reference to `None`"
        f" on every call that returns `None` (measured: {large['leak']:.1f} per"
        " `QObject.parent()` of an orphan; also `QWidget.update()`, `QStandardItem.setData()`,"
        " `QModelIndex.data()` of an unset role…). `None` starts with ~3,700 references and is"
        " only immortal from Python 3.12, so the process ends in *Fatal Python error:"
        " none_dealloc*. Without a guard:",
        "",
        f"- start on the large library: {outcome(large['unguarded_start'])};",
        f"- typing on the seeds library ({UNGUARDED_ROUNDS} × the three queries):"
        f" {outcome(large['unguarded_typing'])}.",
        "",
    ]
    if large["guard"]:
        lines.append(
            "So that the figures exist, every run past the first frame (the large-library"
            " starts, the memory runs and the in-process keystrokes) adds 2⁴⁰ to `None`'s"
            " reference count at its start (`ctypes`, a few ms); cold starts run without it."
        )
    return lines


def large_section(large: dict, inproc: dict | None) -> list[str]:
    starts: list[Launch] = large["starts"]
    script: Launch = large["script"]
    plain: Launch = large["no_summaries"]
    seeded: Launch = large["seeds_script"]

    def med(tag: str) -> float:
        return statistics.median(launch.events[tag] for launch in starts)

    def settled(key: str) -> float:
        return statistics.median(launch.extras["settled"][key] for launch in starts)

    stalls = [launch.extras["settled"]["stall_end"] for launch in starts]
    last_stall = (
        f"the last of {STALL_MS} ms or more ending at {statistics.median(t for t in stalls if t):.0f} ms"
        f" ({sum(1 for t in stalls if t)} of {len(starts)} starts had one)"
        if any(stalls)
        else f"none of {STALL_MS} ms or more"
    )
    s = script.status
    lines = [
        f"- Start as a new process (offscreen, median of {len(starts)}): first frame"
        f" **{med('frame'):.0f} ms**, article list in the sidebar **{med('summaries'):.0f} ms**;"
        f" the UI thread's longest freeze after the first frame {settled('max_gap'):.0f} ms,"
        f" {last_stall} (a 5 ms timer checks; the window takes input from its first frame on).",
        f"- Peak RSS after typing and opening an article: **{mb(s['VmHWM']):.0f} MB** (RSS at"
        f" the end {mb(s['VmRSS']):.0f} MB: anonymous {mb(s.get('RssAnon', 0)):.0f} MB, files"
        f" {mb(s.get('RssFile', 0)):.0f} MB). Along the way (VmHWM): first frame"
        f" {mb(script.extras['frame']['hwm_kb']):.0f} MB, article list shown"
        f" {mb(script.extras['summaries']['hwm_kb']):.0f} MB, after typing"
        f" {mb(script.extras['typed']['hwm_kb']):.0f} MB, article open"
        f" {mb(script.extras['opened']['hwm_kb']):.0f} MB; opening it took"
        f" {script.extras['opened']['ms']:.0f} ms.",
        f"- The same run without the sidebar's lists (`load_summaries` a no-op: no articles,"
        f" sources or topic counts): peak RSS"
        f" {mb(plain.status['VmHWM']):.0f} MB, so the list costs about"
        f" {mb(s['VmHWM'] - plain.status['VmHWM']):.0f} MB. The same run on the seeds alone:"
        f" {mb(seeded.status['VmHWM']):.0f} MB.",
    ]
    if inproc is None:
        return lines
    st, parts, spots = inproc["startup"], inproc["parts"], inproc["spots"]

    def part(name: str) -> str:
        ms, added = parts.get(name, [float("nan"), 0.0])
        return f"{ms:.0f} ms" + (f" (+{added:.0f} MB RSS)" if added >= 1 else "")

    lines += [
        f"- In process: `MainWindow(…)` {st['construct']:.0f} ms, first frame"
        f" {st['first frame']:.0f} ms, background load (summaries, sources, topic counts) done"
        f" {st['background load']:.0f} ms, article list shown {st['article list shown']:.0f} ms;"
        f" after the first frame the UI thread froze ({STALL_MS} ms or more) for"
        f" {st['frozen in all']:.0f} ms in all, at most {st['longest freeze']:.0f} ms at once.",
        f"- Where that goes: `Library.summaries()` {part('summaries query')} on the background"
        f" thread (again, on the UI thread once all is loaded: {spots['summaries']:.0f} ms for"
        f" {spots['articles']:,} articles); on the UI thread "
        + ", ".join(f"`{name}` {part(name)}" for name in parts if "." in name)
        + ". Python heap of the list (tracemalloc): "
        + ", ".join(f"{name} {value:.0f} MB" for name, value in spots["heap"].items())
        + ".",
        f"- Opening an article (`MainWindow.open_article`, top 5 hits of “pipeline”, median):"
        f" {spots['open article']:.0f} ms, of which `Sidebar.select_article` (a row-by-row"
        f" search of the article list; these were rows {', '.join(f'{r:,}' for r in spots['rows'])})"
        f" {spots['select article']:.0f} ms; selecting the last row {spots['select last row']:.0f} ms.",
        "- Sidebar filter (`setText` returned / the sidebar's list has painted): "
        + ", ".join(
            f"`{key.removeprefix('filter ')}` {v[0]:.0f} ms / {v[1]:.0f} ms"
            for key, v in spots.items()
            if key.startswith("filter ")
        )
        + ".",
    ]
    return lines


def code_version() -> str:
    """The commit measured, and whether the working tree differed from it."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return f"{head}" + (f" with {len(changed)} uncommitted change(s) under src/" if changed else "")


def write_section(path: Path, body: str) -> None:
    """Replace the app-bench section of RESULTS.md, or append one; the rest is kept as is."""
    section = f"{APP_SECTION_START}\n{body}\n{APP_SECTION_END}"
    old = path.read_text() if path.exists() else ""
    start = old.find(APP_SECTION_START)
    end = old.find(APP_SECTION_END, start) if start >= 0 else -1
    if start >= 0 and end >= 0:
        new = old[:start] + section + old[end + len(APP_SECTION_END) :]
    else:
        new = (old.rstrip("\n") + "\n\n" if old.strip() else "") + section + "\n"
    path.write_text(new)


# -- main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=15,
                        help="cold starts of each window per platform (default 15)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=20,
                        help="timed runs per keystroke, debounce bypassed (default 20)")  # fmt: skip
    parser.add_argument("--debounce-runs", type=int, default=20,
                        help="timed runs per keystroke with the debounce (default 20; 0: skip)")  # fmt: skip
    parser.add_argument("--size", type=int, default=100_000, help="large library (default 100k)")
    parser.add_argument("--first-runs", type=int, default=3, help="first-ever starts (default 3)")
    parser.add_argument("--large-starts", type=int, default=3,
                        help="starts on the large library (default 3)")  # fmt: skip
    parser.add_argument("--no-xcb", action="store_true", help="skip xcb under xvfb-run")
    parser.add_argument("--no-keystrokes", action="store_true", help="skip the in-process part")
    parser.add_argument("--no-none-guard", action="store_true",
                        help="never prop up None's refcount (see none_leak)")  # fmt: skip
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--cold-batch", help=argparse.SUPPRESS)  # run under xvfb-run
    parser.add_argument("--template", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="app-bench-") as scratch_name:
        scratch = Path(scratch_name)
        launcher = scratch / "launch_window.py"
        launcher.write_text(LAUNCHER)
        if args.cold_batch:
            log(f"cold start, {args.cold_batch} (DISPLAY={os.environ.get('DISPLAY', '')})")
            batch = cold_start(launcher, args.cold_batch, args.launches, args.template)
            print("@@json " + json.dumps(batch), flush=True)
            return 0
        return measure_all(args, scratch, launcher)


def measure_all(args: argparse.Namespace, scratch: Path, launcher: Path) -> int:
    args.load_start = os.getloadavg()[0]
    step = log
    template = seeds_template(scratch / "seeds-template")
    cold: dict[str, dict[str, list[Launch]]] = {}
    step(f"cold start, offscreen: {args.launches} launches of each after a warm-up")
    cold["offscreen"] = launches_of(cold_start(launcher, "offscreen", args.launches, template))
    if not args.no_xcb:
        step("cold start, xcb under xvfb-run")
        batch = cold_start_xcb(args.launches, template)
        if batch is None:
            step("  xvfb-run not found: xcb skipped")
        else:
            cold["xcb"] = launches_of(batch)
    step("import costs (python -X importtime)")
    imports = import_costs()
    step(f"first-ever start on an empty data folder ({args.first_runs} launches)")
    first_runs = []
    for index in range(args.first_runs):
        empty = scratch / f"empty-{index}"
        first_runs.append(launch(launcher, "app", "frame", "offscreen", empty))
        shutil.rmtree(empty)

    folder = large_data_dir(args.size, scratch / f"library-{args.size}")
    leak = none_leak()
    guard = leak > 0.5 and sys.version_info < (3, 12) and not args.no_none_guard
    large: dict = {"starts": [], "leak": leak, "guard": guard, "imports": imports}
    if leak > 0.5:
        step(f"PySide drops {leak:.1f} reference(s) to None per call returning None; runs past"
             f" the first frame {'prop it up' if guard else 'do not prop it up (may abort)'}")  # fmt: skip
        step("  without that: a start on the large library, typing on the seeds")
        large["unguarded_start"] = launch(launcher, "app", "summaries", "offscreen", folder,
                                          check=False)  # fmt: skip
        seeds_typing = scratch / "seeds-unguarded"
        shutil.copytree(template, seeds_typing)
        large["unguarded_typing"] = launch(launcher, "app", "script", "offscreen", seeds_typing,
                                           check=False, rounds=UNGUARDED_ROUNDS)  # fmt: skip
        for name in ("unguarded_start", "unguarded_typing"):
            step(f"  {name}: {outcome(large[name])}")
    for index in range(args.large_starts):
        start = launch(launcher, "app", "summaries", "offscreen", folder, guard=guard)
        step(f"  start {index + 1} on {args.size:,}: first frame {start.events['frame']:.0f} ms,"
             f" article list {start.events['summaries']:.0f} ms,"
             f" longest freeze {start.extras['settled']['max_gap']:.0f} ms")  # fmt: skip
        large["starts"].append(start)
    step("peak RSS: typing and opening an article")
    large["script"] = launch(launcher, "app", "script", "offscreen", folder, guard=guard)
    large["no_summaries"] = launch(launcher, "app", "script", "offscreen", folder,
                                   options="no-summaries", guard=guard)  # fmt: skip
    seeds_copy = scratch / "seeds-script"
    shutil.copytree(template, seeds_copy)
    large["seeds_script"] = launch(launcher, "app", "script", "offscreen", seeds_copy, guard=guard)
    step(f"  VmHWM {mb(large['script'].status['VmHWM']):.0f} MB (without the article list"
         f" {mb(large['no_summaries'].status['VmHWM']):.0f} MB, seeds only"
         f" {mb(large['seeds_script'].status['VmHWM']):.0f} MB)")  # fmt: skip

    inproc = None
    if not args.no_keystrokes:
        inproc = in_process(folder, args.runs, args.debounce_runs, scratch, guard)
    text = report(args, cold, first_runs, large, inproc)
    print(text)
    write_section(args.out, text)
    step(f"wrote the app-bench section of {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
