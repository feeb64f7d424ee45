"""Crashes and faults during imports: does anything get lost, half-written or misreported?

    .venv/bin/python benchmarks/fault_bench.py            # 40 kills, 5 full disks, 10 races,
    .venv/bin/python benchmarks/fault_bench.py --kills 100  #   3 typed-over GUI imports,
                                                            #   rebuild kills and media

- kill -9 of `pakru import` at a random moment (uniform over a measured import's length);
- a full disk: the library on a small tmpfs (a private mount namespace, where permitted);
- concurrent importers: three `pakru import` started together on one library;
- typing in the search field during a GUI import (offscreen window, real widgets);
- kill -9 of `pakru rebuild` at each named step and at random moments, a rowid near 2⁶³, a
  damaged schema, a full disk and read-only media (benchmarks/rebuild_faults.py).

After each run the library must open, verify sound, hold either all of the import or none of
it, and keep every article it had; a message must be the true one. Prints the counts (all
should be 0) as a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAKRU = [sys.executable, "-m", "pakru_desktop.cli"]
BUSY = "pakru: another import is running: try again when it ends; nothing was imported"
FULL = "pakru: the disk is full (free some space and try again); nothing was imported"


def articles(folder: Path, count: int, tag: str, long: bool = False) -> Path:
    """`long`: 150 paragraphs each, so that the final indexing takes a while (the moment a
    search's interrupt used to undo the import)."""
    folder.mkdir(parents=True)
    paragraph = f"Pipeline talks {tag}, gas and wheat. " * (2 if long else 40)
    for i in range(count):
        body = "\n\n".join(f"{paragraph}{i}.{n}" for n in range(150 if long else 1))
        (folder / f"{tag}-{i:04}.txt").write_text(f"{tag} article {i}\n\n{body}\n")
    return folder


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PAKRU, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=600)  # fmt: skip


def state(data: Path) -> tuple[int, bool]:
    """(articles, verify sound) of the library in `data`."""
    result = cli(data, "verify", "--json")
    try:
        document = json.loads(result.stdout)
    except ValueError:
        return -1, False
    return document["articles"], bool(document["ok"])


def fresh_library(work: Path, template: Path, name: str) -> Path:
    data = work / name
    data.mkdir()
    shutil.copy(template, data / "library.sqlite3")
    return data


def kills(work: Path, template: Path, runs: int, batch: int, rng: random.Random) -> dict:
    folder = articles(work / "kill-articles", batch, "kill")
    timing = fresh_library(work, template, "timing")
    start = time.perf_counter()
    cli(timing, "import", str(folder))
    length = time.perf_counter() - start
    base = state(timing)[0] - batch
    counts = {"runs": 0, "lost": 0, "partial": 0, "unsound": 0, "committed": 0}
    for run in range(runs):
        data = fresh_library(work, template, f"kill-{run}")
        process = subprocess.Popen([*PAKRU, "--data-dir", str(data), "import", str(folder)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0, length * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        count, sound = state(data)
        counts["runs"] += 1
        counts["lost"] += max(0, base - count)
        counts["partial"] += int(count not in (base, base + batch))
        counts["unsound"] += int(not sound)
        counts["committed"] += int(count == base + batch)
        shutil.rmtree(data)
    counts["import_seconds"] = round(length, 2)
    return counts


def full_disks(work: Path, template: Path, runs: int) -> dict:
    folder = articles(work / "full-articles", 200, "full")
    counts = {"runs": 0, "lost": 0, "partial": 0, "wrong_messages": 0, "not_permitted": 0}
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    for run in range(runs):
        data = work / f"full-{run}"
        data.mkdir()
        size_kb = template.stat().st_size // 1024 + 64 + 64 * run
        command = " ".join(PAKRU) + f" --data-dir {data}"
        script = (f"mount -t tmpfs -o size={size_kb}k tmpfs {data}\n"
                  f"cp {template} {data}/library.sqlite3\n"
                  f"{command} import {folder} >/dev/null 2>{work}/err || true\n"
                  f"{command} verify --json > {work}/verify.json || true\n")  # fmt: skip
        result = subprocess.run(["unshare", *flags, "sh", "-ec", script], capture_output=True,
                                text=True, timeout=600)  # fmt: skip
        if result.returncode != 0:
            counts["not_permitted"] += 1
            continue
        document = json.loads((work / "verify.json").read_text())
        message = (work / "err").read_text().strip()
        counts["runs"] += 1
        base = state(fresh_library(work, template, f"full-base-{run}"))[0]
        counts["lost"] += max(0, base - document["articles"])
        counts["partial"] += int(document["articles"] not in (base, base + 200))
        counts["wrong_messages"] += int(message not in ("", FULL) or not document["ok"])
    return counts


def races(work: Path, template: Path, runs: int) -> dict:
    counts = {"runs": 0, "lost": 0, "partial": 0, "wrong_messages": 0, "refused": 0}
    folders = [articles(work / f"race-{n}", 150, f"race{n}") for n in range(3)]
    for run in range(runs):
        data = fresh_library(work, template, f"race-lib-{run}")
        base = state(data)[0]
        started = [subprocess.Popen([*PAKRU, "--data-dir", str(data), "import", str(folder)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True) for folder in folders]  # fmt: skip
        outcomes = [(p.wait(), p.stderr.read().strip()) for p in started]  # type: ignore[union-attr]
        done = sum(1 for code, _ in outcomes if code == 0)
        counts["refused"] += sum(1 for code, message in outcomes if message == BUSY)
        counts["wrong_messages"] += sum(1 for code, message in outcomes
                                        if code != 0 and message != BUSY)  # fmt: skip
        count, sound = state(data)
        counts["runs"] += 1
        counts["lost"] += max(0, base - count)
        counts["partial"] += int(count != base + 150 * done or not sound)
        shutil.rmtree(data)
    return counts


def typing(work: Path, template: Path, runs: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from pakru_desktop.knowledge.library import Library
    from pakru_desktop.pipeline.bootstrap import load_variants
    from pakru_desktop.ui.application import make_application
    from pakru_desktop.ui.main_window import MainWindow

    _app = make_application()  # kept alive while the windows run
    counts = {"runs": 0, "undone": 0, "lost": 0, "unsound": 0, "keys_typed": 0}
    for run in range(runs):
        data = fresh_library(work, template, f"typing-{run}")
        folder = articles(work / f"typing-articles-{run}", 400, f"typed{run}", long=True)
        library = Library(data / "library.sqlite3")
        base = library.count()
        window = MainWindow(library, load_variants(),
                            QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat))  # fmt: skip
        window.show()
        finished: list[object] = []
        window.importFinished.connect(finished.append)
        window.import_paths([folder])
        typed = 0
        while not finished:  # one key every 140 ms: past the debounce, each one searches
            if typed % 5 == 4:
                for _ in range(5):
                    QTest.keyClick(window.search_field, Qt.Key.Key_Backspace)
            else:
                QTest.keyClick(window.search_field, "gp"[typed % 2])
            typed += 1
            loop = QEventLoop()
            QTimer.singleShot(140, loop.quit)
            loop.exec()
        counts["keys_typed"] += typed
        counts["runs"] += 1
        counts["undone"] += int(finished[0] is None)
        counts["lost"] += max(0, base - library.count())
        counts["unsound"] += int(library.verify() != [])
        window.close()
        library.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--batch", type=int, default=400, help="files per killed import")
    parser.add_argument("--disks", type=int, default=5)
    parser.add_argument("--races", type=int, default=10)
    parser.add_argument("--typing", type=int, default=3)
    parser.add_argument("--rebuild-rounds", type=int, default=2, help="kills per rebuild step")
    parser.add_argument("--rebuild-kills", type=int, default=10, help="at random moments")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="pakru-fault-bench-") as tmp:
        work = Path(tmp)
        seeded = work / "seeded"
        seeded.mkdir()
        subprocess.run([*PAKRU, "--data-dir", str(seeded), "articles"], check=True,
                       capture_output=True)  # fmt: skip
        template = seeded / "library.sqlite3"
        results = {}
        if args.kills:
            results["kill -9 during `pakru import`"] = kills(work, template, args.kills,
                                                             args.batch, rng)  # fmt: skip
        if args.disks:
            results["full disk (small tmpfs)"] = full_disks(work, template, args.disks)
        if args.races:
            results["3 concurrent `pakru import`"] = races(work, template, args.races)
        if args.typing:
            results["typing during a GUI import"] = typing(work, template, args.typing)
        if args.rebuild_rounds or args.rebuild_kills:
            from rebuild_faults import media, odd_libraries, rebuild_kills

            results["kill -9 during `pakru rebuild` (each step, then random)"] = rebuild_kills(
                work, template, args.rebuild_rounds, args.rebuild_kills, args.batch, rng
            )
            results["rowid near 2⁶³; damaged schema (rebuild)"] = odd_libraries(
                work, template, args.batch
            )
            results["full disk; read-only media (true reasons)"] = media(work, template)
    print("| fault | counts |\n|---|---|")
    for name, counts in results.items():
        print(f"| {name} | " + ", ".join(f"{k} {v}" for k, v in counts.items()) + " |")


if __name__ == "__main__":
    main()
