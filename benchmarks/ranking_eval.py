"""Ranking evaluation: mean reciprocal rank of real queries over real pages.

The pages (never committed) are imported beside the bundled seeds into a library cached in
the corpus folder; the queries and the articles a reader expects first are
benchmarks/ranking_queries.toml, written before any run. The queries are split once, by a
fixed shuffle, into a tune half (look at it while changing the ranking) and a held-out test
half (reported, never tuned on).

    .venv/bin/python benchmarks/ranking_eval.py --pages /work/corpora/ranking/pages [--show]
    .venv/bin/python benchmarks/ranking_eval.py --only .ru-   # seeds + the Russian pages only

`--only` builds a small library of the pages whose names contain it (a reader of this app who
saved a few Russian pages beside the seeds); queries whose expected articles are not in it
are left out.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tomllib
from pathlib import Path

from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths, sync_seeds
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.variants import Variants

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "benchmarks" / "ranking_queries.toml"
ENTITIES = ROOT / "resources" / "entities.toml"
SPLIT_SEED = 21
DEPTH = 20


def split(queries: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tune, test): the queries sorted by text, shuffled with a fixed seed, halved."""
    ordered = sorted(queries, key=lambda q: q["text"])
    random.Random(SPLIT_SEED).shuffle(ordered)
    half = len(ordered) // 2
    return ordered[:half], ordered[half:]


def library_of(pages: Path, cache: Path, only: str = "") -> Library:
    """The seeds and the pages in one library, built once and copied for each run."""
    built = cache / "library.sqlite3"
    if not built.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with Library(cache / "building.sqlite3") as library:
            sync_seeds(library, ROOT / "seeds")
            chosen = [page for page in sorted(pages.iterdir()) if only in page.name]
            import_paths(library, chosen if only else [pages])
        (cache / "building.sqlite3").rename(built)
    work = cache / "run.sqlite3"
    shutil.copy(built, work)
    return Library(work)


def reciprocal_rank(engine: SearchEngine, query: dict) -> tuple[float, list[str]]:
    hits = engine.search(query["text"], limit=DEPTH).hits
    files = [hit.source_file for hit in hits]
    for position, name in enumerate(files, 1):
        if name in query["first"]:
            return 1.0 / position, files
    return 0.0, files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=Path("/work/corpora/ranking/pages"))
    parser.add_argument("--cache", type=Path, default=None, help="default: PAGES/../library")
    parser.add_argument("--show", action="store_true", help="print each query's top three")
    parser.add_argument("--only", default="", help="import only the pages named with this")
    args = parser.parse_args()
    if not args.pages.is_dir():
        print(f"ranking_eval: no pages at {args.pages}", file=sys.stderr)
        return 2
    queries = tomllib.loads(QUERIES.read_text(encoding="utf-8"))["query"]
    tune, test = split(queries)
    cache = args.cache or args.pages.parent / (
        "library" + (f"-only{args.only}" if args.only else "")
    )
    library = library_of(args.pages, cache, args.only)
    engine = SearchEngine(library.conn, Variants.load(ENTITIES))
    present = {row[0] for row in library.conn.execute("SELECT source_file FROM articles")}
    tune = [q for q in tune if present & set(q["first"])]
    test = [q for q in test if present & set(q["first"])]
    for name, part in (("tune", tune), ("test (held out)", test)):
        ranks = []
        for query in part:
            rank, files = reciprocal_rank(engine, query)
            ranks.append(rank)
            if args.show and rank < 1 and part is tune:  # never look into the test half
                print(f"  {rank:.2f} {query['text']!r}: {files[:3]}")
        mrr = sum(ranks) / len(ranks)
        firsts = sum(rank == 1.0 for rank in ranks)
        print(f"{name}: MRR {mrr:.3f}, right first {firsts}/{len(ranks)} queries")
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
