"""First start of the bundle: copying the prebuilt library against indexing the seeds.

    .venv/bin/python benchmarks/bundle_bench.py                  # the bundle in dist/
    .venv/bin/python benchmarks/bundle_bench.py --articles 2000  # builds a bundle of 2,000
                                                                 # synthetic seed files first

Each run is a fresh, empty HOME under `env -i`, as a new user's first start. "indexing" is
the same bundle with its prebuilt/ folder removed, which is how every start worked before.
Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str], home: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={home}", *command],
                   check=True, capture_output=True)  # fmt: skip
    return time.perf_counter() - start


def first_starts(bundle: Path, program: list[str], work: Path, runs: int) -> list[float]:
    times = []
    for run in range(runs):
        home = work / f"home-{program[0]}-{bundle.parent.name}-{run}"
        home.mkdir()
        times.append(timed([str(bundle / program[0]), *program[1:]], home))
    return times


def synthetic_seeds(folder: Path, count: int) -> None:
    """Articles made of the real seeds' paragraphs, shuffled so that each text is new."""
    paragraphs = [p for f in sorted((ROOT / "seeds").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if len(p) > 80]  # fmt: skip
    rng = random.Random(7)
    folder.mkdir(parents=True)
    for number in range(count):
        body = "\n\n".join(rng.sample(paragraphs, 6))
        (folder / f"{number:05d}.txt").write_text(f"Synthetic article {number}\n\n{body}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pakru-desktop")
    parser.add_argument("--articles", type=int, default=0, help="build a bundle of N first")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pakru-bundle-bench-") as tmp:
        work = Path(tmp)
        bundle = args.bundle
        if args.articles:
            synthetic_seeds(work / "seeds", args.articles)
            subprocess.run(["bash", str(ROOT / "packaging/build-bundle.sh"), str(work / "seeds")],
                           env={**os.environ, "PAKRU_DIST": str(work / "dist")},
                           cwd=ROOT, check=True)  # fmt: skip
            bundle = work / "dist" / "pakru-desktop"
        indexing = work / "no-prebuilt" / "pakru-desktop"
        shutil.copytree(bundle, indexing, symlinks=True)
        shutil.rmtree(indexing / "_internal" / "prebuilt")
        seeds = sum(1 for p in (bundle / "_internal" / "seeds").rglob("*")
                    if p.is_file() and p.name != "catalog.toml")  # fmt: skip
        print("| seeds | program | first start, prebuilt copied (s) | first start, indexing (s) |")
        print("|---|---|---|---|")
        for program in (["pakru", "articles"], ["pakru-desktop", "--self-test"]):
            copied = first_starts(bundle, program, work, args.runs)
            indexed = first_starts(indexing, program, work, args.runs)
            print(f"| {seeds:,} | `{' '.join(program)}` | {statistics.median(copied):.2f} | "
                  f"{statistics.median(indexed):.2f} |")  # fmt: skip


if __name__ == "__main__":
    main()
