"""Knowledge benchmark: finding every fact of a big library, and the incremental update
after an import (run by `make bench`, after search_bench.py has cached the libraries).

For each size it copies the cached synthetic library, then, each in a fresh child process
(so peak memory is the step's own):
  - rebuild: every fact, topic link and entity mention found again (what an upgrade with new
    topics or entities costs), time and peak RSS;
  - import: 100 realistic articles (sentences of the seeds, recombined, with their figures
    and dates changed) imported, and the share of that spent finding their facts;
  - sheet: building the energy fact sheet and the whole timeline (median of 3).
Writes its section of benchmarks/RESULTS.md (between the knowledge-bench markers).

    .venv/bin/python benchmarks/knowledge_bench.py --sizes 1000,100000
    .venv/bin/python benchmarks/knowledge_bench.py --sizes 10000 --compare main --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pakru_desktop.knowledge.library import Library  # noqa: E402
from pakru_desktop.pipeline.importing import import_paths  # noqa: E402
from pakru_desktop.text.sentences import sentences  # noqa: E402
from search_bench import library_for, machine, parse_sizes  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- knowledge-bench:start -->", "<!-- knowledge-bench:end -->"
TARGET_INCREMENTAL_S = 2.0
IMPORTED = 100


def realistic_articles(folder: Path, count: int, seed: int = 7) -> None:
    """Articles made of the seeds' sentences, shuffled, numbers and years changed: text
    with as many figures, dates and names as real news, none identical to a seed."""
    pool = [s for path in sorted((ROOT / "seeds").glob("*.txt"))
            for paragraph in path.read_text(encoding="utf-8").split("\n") if paragraph.strip()
            for s in sentences(paragraph.strip())]  # fmt: skip
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        paragraphs = []
        for _ in range(rng.randint(6, 12)):
            picked = rng.sample(pool, rng.randint(2, 5))
            text = " ".join(picked)
            text = re.sub(r"\b(19|20)(\d\d)\b", lambda m: f"{m[1]}{(int(m[2]) + rng.randint(0, 3)) % 100:02d}", text)  # fmt: skip
            text = re.sub(r"\b\d{2,3}\b", lambda m: str(int(m[0]) + rng.randint(1, 40)), text)
            paragraphs.append(text)
        title = f"Pakistan and Russia: report {index} on energy, trade and visits"
        (folder / f"report-{index:03d}.md").write_text(
            f"---\ntitle: {title}\ndate: 2026-0{1 + index % 9}-1{index % 10}\n"
            f"source: Bench Wire\n---\n\n" + "\n\n".join(paragraphs) + "\n",
            encoding="utf-8",
        )


# -- the measured steps, each run in a child process ---------------------------------------


def child_rebuild(path: Path) -> dict:
    library = Library(path)
    start, cpu = time.perf_counter(), time.process_time()
    with library.transaction():
        library.facts().rebuild()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    facts = library.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    articles = library.count()
    library.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "facts": facts, "articles": articles}


def child_import(path: Path, folder: Path) -> dict:
    from pakru_desktop.knowledge import store

    library = Library(path)
    library.ensure_facts()
    spent = {"facts": 0.0}
    original = store.FactIndex.index_new

    def timed(self, after_id, progress=None):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return original(self, after_id, progress)
        finally:
            spent["facts"] += time.perf_counter() - start

    store.FactIndex.index_new = timed  # type: ignore[method-assign]
    start = time.perf_counter()
    report = import_paths(library, [folder])
    seconds = time.perf_counter() - start
    new_facts = library.conn.execute(
        "SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article"
        " WHERE a.source = 'Bench Wire'"
    ).fetchone()[0]
    library.close()
    return {"seconds": seconds, "facts_seconds": spent["facts"],
            "imported": len(report.imported), "new_facts": new_facts}  # fmt: skip


def child_sheet(path: Path) -> dict:
    from pakru_desktop.knowledge.sheet import build_sheet, corpus_timeline
    from pakru_desktop.search.engine import SearchEngine

    library = Library(path)
    library.ensure_facts()
    topic = library.knowledge.topic("energy")
    assert topic is not None
    expression = SearchEngine(library.conn, library.knowledge.variants).topic_expression(topic)
    sheet_times, timeline_times = [], []
    for _ in range(3):
        start = time.perf_counter()
        sheet = build_sheet(library.conn, library.knowledge, topic, expression)
        sheet_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        entries = corpus_timeline(library.conn)
        timeline_times.append(time.perf_counter() - start)
    library.close()
    return {"sheet_seconds": statistics.median(sheet_times), "sheet_facts": len(sheet.facts),
            "timeline_seconds": statistics.median(timeline_times),
            "timeline_entries": len(entries)}  # fmt: skip


def run_child(*args: str, tree: Path = ROOT) -> dict:
    """A measured step in a fresh process, with the package (and resources) of `tree`."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    done = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                          capture_output=True, text=True, env=env)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(size: int, revision: str, rounds: int, log) -> None:  # type: ignore[no-untyped-def]
    """The rebuild with the code of `revision` (a git revision) and with this tree, taken in
    turns on copies of the same library, so both see the same machine load. CPU seconds are
    the fair figure on a shared machine; wall seconds are printed too."""
    cached, _ = library_for(size, False, log)
    with tempfile.TemporaryDirectory(prefix="pakru-kcompare-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision],
                                 check=True, capture_output=True)  # fmt: skip
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        results: dict[str, list[dict]] = {revision: [], "this tree": []}
        for _ in range(rounds):
            for name, tree in ((revision, base), ("this tree", ROOT)):
                copy = Path(tmp) / "library.db"
                shutil.copyfile(cached, copy)
                results[name].append(run_child("rebuild", str(copy), tree=tree))
                copy.unlink()
                r = results[name][-1]
                log(f"  {name}: {r['cpu_seconds']:.1f} s CPU, {r['seconds']:.1f} s wall, "
                    f"{r['facts']:,} facts")  # fmt: skip
        for name, runs in results.items():
            cpu = statistics.median(r["cpu_seconds"] for r in runs)
            wall = statistics.median(r["seconds"] for r in runs)
            log(f"{name}: rebuild of {size:,} articles, median CPU {cpu:.1f} s "
                f"({size / cpu:,.0f} articles per CPU second), wall {wall:.1f} s")  # fmt: skip


def child_main(args: list[str]) -> int:
    step, rest = args[0], [Path(a) for a in args[1:]]
    result = {"rebuild": child_rebuild, "import": child_import, "sheet": child_sheet}[step](*rest)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result))
    return 0


# -- driving and reporting -----------------------------------------------------------------


def measure_size(size: int, log) -> dict:  # type: ignore[no-untyped-def]
    cached, _ = library_for(size, False, log)
    with tempfile.TemporaryDirectory(prefix="pakru-kbench-") as tmp:
        copy = Path(tmp) / "library.db"
        shutil.copyfile(cached, copy)
        log(f"{size:,}: rebuilding every fact …")
        rebuild = run_child("rebuild", str(copy))
        log(f"  {rebuild['seconds']:.1f} s, {rebuild['facts']:,} facts, "
            f"peak {rebuild['peak_rss_mb']} MB")  # fmt: skip
        folder = Path(tmp) / "incoming"
        realistic_articles(folder, IMPORTED)
        imported = run_child("import", str(copy), str(folder))
        log(f"  import of {IMPORTED}: {imported['seconds']:.2f} s "
            f"(facts {imported['facts_seconds']:.2f} s, {imported['new_facts']} new facts)")  # fmt: skip
        sheet = run_child("sheet", str(copy))
        log(
            f"  energy sheet {sheet['sheet_seconds']:.2f} s, timeline {sheet['timeline_seconds']:.2f} s"
        )
    return {"size": size, "rebuild": rebuild, "import": imported, "sheet": sheet}


def section(results: list[dict]) -> str:
    lines = [START, "## Knowledge: facts, incremental update, sheets", "",
             "Synthetic libraries of search_bench.py (random Zipf text: few figures or dates, so"
             " few facts per article; the cost is in reading every sentence). The 100 imported"
             " articles are realistic: seed sentences recombined, figures and years changed.",
             "", *machine(), "",
             f"Target: the facts of an import of {IMPORTED} articles current ≤ "
             f"{TARGET_INCREMENTAL_S:.0f} s after it starts (whole import, facts included).", "",
             "| library | rebuild all facts | facts found | rebuild peak RSS | import 100 (of which facts) | new facts | energy sheet | whole timeline |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in results:
        rb, im, sh = r["rebuild"], r["import"], r["sheet"]
        ok = "held" if im["seconds"] <= TARGET_INCREMENTAL_S else "**missed**"
        lines.append(
            f"| {r['size']:,} | {rb['seconds']:.1f} s ({rb['articles'] / rb['seconds']:,.0f}/s) "
            f"| {rb['facts']:,} | {rb['peak_rss_mb']:.0f} MB | {im['seconds']:.2f} s "
            f"({im['facts_seconds']:.2f} s) {ok} | {im['new_facts']:,} "
            f"| {sh['sheet_seconds']:.2f} s ({sh['sheet_facts']:,} facts) "
            f"| {sh['timeline_seconds']:.2f} s ({sh['timeline_entries']:,} entries) |"
        )
    lines += ["", END]
    return "\n".join(lines)


def write_section(text: str, markers: tuple[str, str] = (START, END)) -> None:
    """Replace the section between `markers` in RESULTS.md (appended the first time)."""
    old = RESULTS.read_text() if RESULTS.exists() else ""
    start, end = old.find(markers[0]), old.find(markers[1])
    if start >= 0 and end >= 0:
        new = old[:start] + text + old[end + len(markers[1]) :]
    else:
        new = old.rstrip() + "\n\n" + text + "\n"
    RESULTS.write_text(new)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[1_000, 10_000, 100_000])
    parser.add_argument("--no-write", action="store_true", help="print, don't touch RESULTS.md")
    parser.add_argument(
        "--compare",
        metavar="REVISION",
        help="only compare the rebuild with a git revision's (e.g. main)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="turns of --compare")
    args = parser.parse_args(argv)
    if args.compare:
        for size in args.sizes:
            compare(size, args.compare, args.rounds, lambda m: print(m, flush=True))
        return 0
    results = [measure_size(size, lambda m: print(m, flush=True)) for size in args.sizes]
    text = section(results)
    print(text)
    if not args.no_write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
