"""Rows of benchmarks/fault_bench.py for Rebuild the Library and true reasons (issue 20):
kill -9 at each named step of a rebuild and at random moments, a rowid near 2⁶³, a damaged
schema, a full disk and read-only media. Each run checks what the next start shows: every
article still there, the library sound, and the user told when a rebuild was interrupted."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from fault_bench import PAKRU, articles, cli, fresh_library, state

STEPS = ("salvaged", "built", "marked", "linked", "unlinked", "swapped")
HOOK = "PAKRU_REBUILD_STEP_HOOK"
TOLD = ("interrupted before it changed anything", "was being rebuilt when pakru stopped")


def _grown(work: Path, template: Path, name: str, folder: Path) -> tuple[Path, list[str]]:
    data = fresh_library(work, template, name)
    cli(data, "import", str(folder))
    return data, _ids(data)


def _ids(data: Path) -> list[str]:
    result = cli(data, "articles", "--json")
    try:
        return sorted(a["article_id"] for a in json.loads(result.stdout))
    except ValueError:
        return []


def _after(data: Path, before: list[str], counts: dict, must_tell: bool) -> None:
    result = cli(data, "articles", "--json")
    try:
        ids = sorted(a["article_id"] for a in json.loads(result.stdout))
    except ValueError:
        ids = []
    counts["runs"] += 1
    counts["lost"] += len(set(before) - set(ids))
    counts["unsound"] += int(not state(data)[1])
    counts["untold"] += int(must_tell and not any(t in result.stderr for t in TOLD))
    counts["leftovers"] += len([p for p in data.iterdir() if ".rebuild." in p.name
                                or p.name.endswith(".swap.json")])  # fmt: skip


def rebuild_kills(work: Path, template: Path, rounds: int, random_kills: int, batch: int,
                  rng: random.Random) -> dict:  # fmt: skip
    """kill -9 at every named step (`rounds` times each), then at random moments."""
    folder = articles(work / "rebuild-articles", batch, "rebuild")
    counts = {"runs": 0, "lost": 0, "unsound": 0, "untold": 0, "leftovers": 0}
    for round_ in range(rounds):
        for step in STEPS:
            data, before = _grown(work, template, f"rb-{step}-{round_}", folder)
            env = {**os.environ, HOOK: f"{step}:kill"}
            subprocess.run([*PAKRU, "--data-dir", str(data), "rebuild"], env=env,
                           capture_output=True, timeout=600)  # fmt: skip
            _after(data, before, counts, must_tell=step not in ("salvaged", "built"))
            shutil.rmtree(data)
    timing, _ = _grown(work, template, "rb-timing", folder)
    start = time.perf_counter()
    cli(timing, "rebuild")
    length = time.perf_counter() - start
    for run in range(random_kills):
        data, before = _grown(work, template, f"rb-random-{run}", folder)
        process = subprocess.Popen([*PAKRU, "--data-dir", str(data), "rebuild"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(rng.uniform(0, length * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        _after(data, before, counts, must_tell=False)
        shutil.rmtree(data)
    counts["rebuild_seconds"] = round(length, 2)
    return counts


def odd_libraries(work: Path, template: Path, batch: int) -> dict:
    """A rowid near 2⁶³ and a damaged schema: the rebuild ends and recovers every article."""
    folder = articles(work / "odd-articles", batch, "odd")
    counts: dict = {}
    data, before = _grown(work, template, "huge-rowid", folder)
    with sqlite3.connect(data / "library.sqlite3") as conn:
        conn.execute("UPDATE articles SET id = 9223372036854775806 WHERE id = "
                     "(SELECT max(id) FROM articles)")  # fmt: skip
    start = time.perf_counter()
    cli(data, "rebuild")
    counts["huge rowid: seconds"] = round(time.perf_counter() - start, 2)
    counts["huge rowid: lost"] = len(set(before) - set(_ids(data)))
    data, before = _grown(work, template, "bad-schema", folder)
    with sqlite3.connect(data / "library.sqlite3") as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE articles (x' "
                     "WHERE name = 'articles'")  # fmt: skip
    start = time.perf_counter()
    cli(data, "rebuild")
    counts["damaged schema: seconds"] = round(time.perf_counter() - start, 2)
    counts["damaged schema: lost"] = len(set(before) - set(_ids(data)))
    return counts


def media(work: Path, template: Path) -> dict:
    """A full disk (search and articles work, rebuild and import say the disk is full) and
    read-only media (verify sound, rebuild says why not)."""
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    command = " ".join(PAKRU)
    full = work / "media-full"
    full.mkdir()
    script = (f"mount -t tmpfs -o size=4m tmpfs {full}\ncp {template} {full}/library.sqlite3\n"
              f"dd if=/dev/zero of={full}/fill bs=4k 2>/dev/null || true\n"
              f"for c in 'search pipeline --json' 'articles --json' 'verify --json' rebuild "
              f"'import {work}/odd-articles'; do {command} --data-dir {full} $c >/dev/null "
              f"2>>{work}/full.err && echo 0 >>{work}/full.codes || echo 1 >>{work}/full.codes; "
              f"done\n")  # fmt: skip
    ro = fresh_library(work, template, "media-ro")
    script += (f"mount --bind {ro} {ro} && mount -o remount,bind,ro {ro} {ro}\n"
               f"{command} --data-dir {ro} verify --json >{work}/ro.json || true\n"
               f"{command} --data-dir {ro} rebuild 2>{work}/ro.err || true\n")  # fmt: skip
    result = subprocess.run(["unshare", *flags, "sh", "-ec", script], capture_output=True,
                            text=True, timeout=600)  # fmt: skip
    if result.returncode != 0:
        return {"not_permitted": 1, "why": result.stderr.strip()[-120:]}
    codes = (work / "full.codes").read_text().split()
    errors = (work / "full.err").read_text().splitlines()
    full_ok = "the disk is full (free some space and try again)"
    return {
        "full disk: reads that failed": sum(c != "0" for c in codes[:3]),
        "full disk: writes without 'disk is full'": sum(full_ok not in e for e in errors),
        "read-only: verify not sound": int(not json.loads((work / "ro.json").read_text())["ok"]),
        "read-only: rebuild without the reason": int(
            "read-only" not in (work / "ro.err").read_text()),
    }  # fmt: skip
