"""Import speed: `pakru import` of a folder of Markdown articles (with its facts) against a naive
read-and-insert of the same files into FTS5, in the same run, on the same (shared) machine.

    .venv/bin/python benchmarks/import_corpus.py 10000 /work/corpora/synthetic/reuters-10000
    .venv/bin/python benchmarks/import_bench.py /work/corpora/synthetic/reuters-10000 [--write]

Each run: naive, `pakru import` (a fresh data folder, the real CLI in a subprocess), naive
again; the load average (uptime) is read before each. `--before SRC` also runs another
checkout's `pakru import` (PYTHONPATH=SRC/src) on the same files for an A/B in the same run.
CPU seconds are the children's user+sys (getrusage): on a machine other people load, they say
what the import costs when wall time says mostly how busy the machine was.
With --write the figures are appended to benchmarks/RESULTS.md between the import-bench markers.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- import-bench:start -->", "<!-- import-bench:end -->"


def load() -> str:
    """The 1-minute load average now (what `uptime` shows first)."""
    return f"{os.getloadavg()[0]:.1f}"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def naive(files: list[Path], folder: Path) -> float:
    """Read each file and insert its text into an FTS5 table, one transaction: the floor."""
    conn = sqlite3.connect(folder / "naive.sqlite3", isolation_level=None)
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='porter unicode61')")
    started = time.perf_counter()
    conn.execute("BEGIN")
    for path in files:
        text = path.read_bytes().decode("utf-8")
        title, _, body = text.partition("\n")
        conn.execute("INSERT INTO t (title, body) VALUES (?, ?)", (title, body))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def pakru_import(corpus: Path, data: Path, source: Path | None) -> tuple[float, float, str]:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source / "src")
    cpu = children_cpu()
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pakru_desktop.cli", "--data-dir", str(data), "import",
         str(corpus)], capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    return elapsed, children_cpu() - cpu, summary


def facts_of(data: Path) -> tuple[int, int]:
    with sqlite3.connect(data / "library.sqlite3") as conn:
        return (conn.execute("SELECT count(*) FROM facts").fetchone()[0],
                conn.execute("SELECT count(*) FROM fact_topics").fetchone()[0])  # fmt: skip


def run(corpus: Path, before: Path | None) -> list[str]:
    files = sorted(corpus.rglob("*.md"))
    n = len(files)
    lines = [
        f"### {n:,} articles ({corpus.name}, {sum(f.stat().st_size for f in files) / 1e6:.0f} MB)",
        "",
    ]
    lines += ["| run | load before | wall s | articles/s | CPU s (children) | CPU ms/article | note |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    with tempfile.TemporaryDirectory(dir="/tmp") as scratch:
        base = Path(scratch)
        first = load()
        naive_s = naive(files, base)
        lines.append(
            f"| naive read + FTS5 insert | {first} | {naive_s:.1f} | {n / naive_s:,.0f} | – | – | |"
        )
        runs = [("pakru import (this branch)", None)]
        if before is not None:
            runs.append(("pakru import (before: main)", before))
        rates = []
        for label, source in runs:
            data = base / f"data-{len(rates)}"
            at = load()
            wall, cpu, summary = pakru_import(corpus, data, source)
            facts, topics = facts_of(data)
            rates.append(n / wall)
            lines.append(f"| {label} | {at} | {wall:.1f} | {n / wall:,.0f} | {cpu:.1f} | "
                         f"{1000 * cpu / n:.2f} | {summary}; {facts:,} facts, {topics:,} topic links |")  # fmt: skip
            print(lines[-1], flush=True)
        (base / "naive.sqlite3").unlink()
        at = load()
        naive_again = naive(files, base)
        lines.append(
            f"| naive again | {at} | {naive_again:.1f} | {n / naive_again:,.0f} | – | – | |"
        )
    naive_rate = n / min(naive_s, naive_again)
    lines += ["", f"Ratio naive / pakru import (this branch): **{naive_rate / rates[0]:.1f}×** "
              f"(best naive {naive_rate:,.0f}/s against {rates[0]:,.0f}/s).", ""]  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("--before", type=Path, help="another checkout to compare with")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    sections = []
    for corpus in args.corpus:
        section = run(corpus, args.before)
        print("\n".join(section), flush=True)
        sections += section
    if args.write:
        text = RESULTS.read_text(encoding="utf-8")
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        block = "\n".join([f"Run {stamp}, {os.cpu_count()} cores:", "", *sections])
        if START in text:
            head, rest = text.split(START, 1)
            old, tail = rest.split(END, 1)
            text = f"{head}{START}{old.rstrip()}\n\n{block}\n{END}{tail}"
        else:
            text = f"{text.rstrip()}\n\n## Import pipeline\n\n{START}\n{block}\n{END}\n"
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
