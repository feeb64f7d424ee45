"""A/B search timing: an older version of the engine against this one, query by query,
alternating run by run in one process, so that both meet the same load on a shared machine.

    git archive <commit> src/pakru_desktop | tar -x -C /tmp/base   (a commit with db/, search/)
    .venv/bin/python benchmarks/search_ab.py --base-src /tmp/base/src/pakru_desktop \\
        --base-db OLD.db --new-db NEW.db --runs 30

The queries are search_bench.py's (ordinary queries and every keystroke of its typed ones).
Each library is opened with its own version's code (the old one is imported as `pakru_base`).
"""

from __future__ import annotations

import argparse
import importlib
import math
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pakru_desktop.knowledge.library import Library  # noqa: E402
from pakru_desktop.search.engine import SearchEngine  # noqa: E402
from pakru_desktop.search.variants import Variants  # noqa: E402
from search_bench import ENTITIES, ORDINARY_QUERIES, TYPED_QUERIES, keystrokes  # noqa: E402


def _old_engine(base_src: Path, db: Path):  # type: ignore[no-untyped-def]
    folder = Path(tempfile.mkdtemp())
    shutil.copytree(base_src, folder / "pakru_base")
    sys.path.insert(0, str(folder))
    library = importlib.import_module("pakru_base.db.library").Library(db, read_only=True)
    search = importlib.import_module("pakru_base.search.engine")
    variants = importlib.import_module("pakru_base.search.variants").Variants.load(ENTITIES)
    return search.SearchEngine(library.conn, variants)


def _time(call) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-src", type=Path, required=True)
    parser.add_argument("--base-db", type=Path, required=True)
    parser.add_argument("--new-db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    old = _old_engine(args.base_src, args.base_db)
    new = SearchEngine(Library(args.new_db, read_only=True).conn, Variants.load(ENTITIES))
    plan = [(kind, query, False) for kind, query, _ in ORDINARY_QUERIES]
    for typed in TYPED_QUERIES:
        plan += [(f"typing “{typed}”", t, True) for t in dict.fromkeys(keystrokes(typed))]
    print("| query | typed | hits old / new | old p50 | new p50 | old p95 | new p95 | change p50 |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    totals = [0.0, 0.0]
    for kind, query, live in plan:
        engines = [old, new]
        hits = [e.search(query, limit=20, live=live).total for e in engines]
        for engine in engines:  # warm-up
            engine.search(query, limit=20, live=live)
        samples: list[list[float]] = [[], []]
        for run in range(args.runs):
            order = (0, 1) if run % 2 == 0 else (1, 0)
            for i in order:
                engine = engines[i]
                samples[i].append(_time(lambda: engine.search(query, limit=20, live=live)))  # noqa: B023
        p50 = [statistics.median(s) for s in samples]
        p95 = [sorted(s)[max(0, math.ceil(0.95 * len(s)) - 1)] for s in samples]
        totals = [totals[0] + p50[0], totals[1] + p50[1]]
        change = (p50[1] - p50[0]) / p50[0] * 100
        shown = f"`{query}`" + (" (live)" if live else "")
        print(f"| {kind} | {shown} | {hits[0]:,} / {hits[1]:,} | {p50[0]:.1f} | {p50[1]:.1f}"
              f" | {p95[0]:.1f} | {p95[1]:.1f} | {change:+.0f}% |", flush=True)  # fmt: skip
    change = (totals[1] - totals[0]) / totals[0] * 100
    print(f"\nSum of p50: {totals[0]:.1f} ms old, {totals[1]:.1f} ms new ({change:+.1f}%).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
