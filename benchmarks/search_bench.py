"""Search and import benchmark on deterministic synthetic libraries (run by `make bench`).

Builds libraries of 1k, 10k and 100k synthetic news articles through the real import API
(`Library.add_articles`, streamed, then `optimize`), caches them under benchmarks/data/, and
times a fixed query mix plus every keystroke of three typed queries through `SearchEngine`,
side by side with the same queries as raw FTS5. Writes benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/search_bench.py --sizes 1000,10000 --runs 20
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from pakru_desktop.db import schema as schema
from pakru_desktop.ingest.cleanup import content_hash, identity_of
from pakru_desktop.knowledge.library import Library
from pakru_desktop.model import Article, Block
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.variants import Variants

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "benchmarks" / "data"
ENTITIES = ROOT / "resources" / "entities.toml"

# Bump when the generated text changes, so cached libraries are rebuilt.
GENERATOR_VERSION = 1
SEED = 20241123
VOCABULARY_SIZE = 40_000
WARMUP_RUNS = 2

TARGET_KEYSTROKE_MS = 25.0
TARGET_QUERY_MS = 15.0
TARGET_IMPORT_RATE = 2_000.0

# Real English at the head of the Zipf curve (roughly by frequency), then news vocabulary.
COMMON_WORDS = """
the of and to a in that is for it as was with be by on not he i this are or his from at which
but have an had they you were their one all we can her has there been if more when will would
who so no said its also about after other two into than them over new only some these time
first could year any most like may then our what up out such years now people between made
government minister country state president prime foreign trade economic energy project
agreement cooperation meeting officials development security international bilateral billion
million percent market price production supply visit talks relations region national
military defence cabinet ministry federal provincial power plant investment companies company
industry sector exports imports agency report according week month day today last next three
four five several many both each because while during under since against before without
through where however well still just even those how very being did where back down her him
policy official sources spokesman statement interview press news conference support sanctions
deal contract terms financing bank loan fund budget tax revenue debt growth inflation rate
rates crisis reform plan plans program programme infrastructure construction transport railway
road port corridor route line capacity tons tonnes cubic metres feet supplies delivery
deliveries demand consumers electricity fuel coal nuclear wheat cotton textile delegation
leaders leader party parliament senate assembly opposition election court law army forces
border war peace regional global western eastern southern northern capital city province
""".split()

# Terms injected at known per-article rates: (text as written, rate). Multi-word entries are
# injected as a whole; the searched forms and the counts found are in each library's stats.
SEED_TERMS: list[tuple[str, float]] = [
    ("Pakistan", 0.20),
    ("Russia", 0.15),
    ("gas", 0.10),
    ("oil", 0.08),
    ("pipeline", 0.05),
    ("Karachi", 0.04),
    ("steel", 0.03),
    ("steel mill", 0.01),
    ("Shehbaz Sharif", 0.010),
    ("Shahbaz Sharif", 0.005),
    ("Shehbaz", 0.003),
    ("turbine", 0.003),
]
# Terms that tend to come together: (term, companion, share of the term's articles).
COMPANIONS = {"steel mill": ("Karachi", 0.5), "Shehbaz Sharif": ("Pakistan", 0.8),
              "pipeline": ("gas", 0.5)}  # fmt: skip
_SEED_WORDS = {w.lower() for term, _ in SEED_TERMS for w in term.split()}

SOURCES = ["Dawn", "The News", "Express Tribune", "TASS", "RIA Novosti", "Business Recorder",
           "Associated Press of Pakistan", "Sputnik", "The Nation", "Pakistan Today"]  # fmt: skip

# (kind, what the user types, the same query as raw FTS5 syntax)
ORDINARY_QUERIES: list[tuple[str, str, str]] = [
    ("rare word", "turbine", '"turbine"'),
    ("common word", "the", '"the"'),
    ("frequent word", "Pakistan", '"pakistan"'),
    ("two words", "pakistan russia", '"pakistan" "russia"'),
    ("phrase", '"steel mill"', '"steel mill"'),
    ("OR", "gas OR oil", '"gas" OR "oil"'),
    ("NOT", "pipeline NOT russia", '"pipeline" NOT "russia"'),
    ("prefix", "pip*", '"pip"*'),
    ("variant name", "Shahbaz", '"shahbaz"'),
]
TYPED_QUERIES = ["pipeline", "shehbaz sharif", "steel mill karachi"]

# benchmarks/app_bench.py writes its own section of RESULTS.md between these markers; this
# script keeps that section when it rewrites the file.
APP_SECTION_START = "<!-- app-bench:start -->"
APP_SECTION_END = "<!-- app-bench:end -->"

RAW_SQL = (
    "SELECT rowid, snippet(articles_fts, 2, '[', ']', '…', 24) FROM articles_fts"
    " WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20"
)

# -- vocabulary and text ------------------------------------------------------------------

_ONSETS = ("b c d f g h j k l m n p r s t v w z b d k l m n r s t br cr dr fr gr pr tr bl"
           " cl fl pl sl ch sh th st sp").split() + [""] * 8  # fmt: skip
_VOWELS = "a e i o u a e i o u a e i o ai ea ee oo ou y".split()
_CODAS = "n r l s t m nd nt st ng ck rd".split() + [""] * 18
_SUFFIXES = "ation ment ness ing ed er ly ity ism ous ive al ic ence able ful less ize".split()


def build_vocabulary(size: int, rng: random.Random) -> list[str]:
    """Real common words first, then pronounceable made-up words, longer further down."""
    words = [w for w in dict.fromkeys(COMMON_WORDS) if w not in _SEED_WORDS]
    seen = set(words)
    while len(words) < size:
        rank = len(words)
        syllables = 1 + (rank > 600) + (rank > 6_000 and rng.random() < 0.6) + (rank > 20_000)
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        )
        if rank > 3_000 and rng.random() < 0.25:
            word += rng.choice(_SUFFIXES)
        # Seed terms occur only where injected, so their hit counts are known.
        if word in seen or len(word) < 2 or any(word.startswith(s) for s in _SEED_WORDS):
            continue
        seen.add(word)
        words.append(word)
    return words


def zipf_table(words: list[str], offset: float = 1.0, slots: int = 1 << 21) -> list[str]:
    """Each word repeated in proportion to its Zipf weight 1/(rank + 1 + offset) (at least
    once), so a uniform choice from the table is a Zipf draw; much faster than cum_weights."""
    weights = [1.0 / (rank + 1 + offset) for rank in range(len(words))]
    scale = slots / sum(weights)
    table: list[str] = []
    for word, weight in zip(words, weights, strict=True):
        table.extend([word] * max(1, round(weight * scale)))
    return table


class ArticleGenerator:
    """Article number i is the same whatever the library size (its own seeded Random), so a
    smaller library is a prefix of a larger one."""

    def __init__(self, seed: int = SEED, vocabulary_size: int = VOCABULARY_SIZE) -> None:
        self.seed = seed
        self.vocabulary = build_vocabulary(vocabulary_size, random.Random(seed))
        self.table = zipf_table(self.vocabulary)
        # Titles and headings skip the function words at the head of the curve.
        self.content_table = zipf_table(self.vocabulary[100:], offset=100.0, slots=1 << 20)
        self.term_counts: Counter[str] = Counter()  # articles each seed term was put into

    def article(self, index: int) -> Article:
        rng = random.Random(f"{self.seed}:{index}")
        tokens = rng.choices(self.table, k=rng.randint(650, 950))
        title_words = [w.capitalize() for w in self._content(rng, rng.randint(5, 10))]
        for term, rate in SEED_TERMS:
            if rng.random() >= rate:
                continue
            self.term_counts[term] += 1
            for _ in range(rng.randint(1, 4)):
                tokens.insert(rng.randrange(len(tokens) + 1), term)
            if term in COMPANIONS and rng.random() < COMPANIONS[term][1]:
                tokens.insert(rng.randrange(len(tokens) + 1), COMPANIONS[term][0])
            if rng.random() < 0.25:
                title_words.insert(rng.randrange(len(title_words) + 1), term)
        paragraphs = self._paragraphs(tokens, rng)
        blocks: list[Block] = []
        heading_at = set(
            rng.sample(range(1, len(paragraphs)), min(rng.randint(2, 4), len(paragraphs) - 1))
        )
        for position, text in enumerate(paragraphs):
            if position in heading_at:
                heading = " ".join(self._content(rng, rng.randint(2, 6))).capitalize()
                blocks.append(Block(len(blocks) + 1, "heading", heading))
            blocks.append(Block(len(blocks) + 1, "paragraph", text))
        title = " ".join(title_words)
        raw = title + "\n\n" + "\n\n".join(b.text for b in blocks)
        return Article(
            article_id=identity_of(raw),
            title=title,
            blocks=blocks,
            source=SOURCES[index % len(SOURCES)],
            author="",
            date=(date(2010, 1, 1) + timedelta(days=index // 20)).isoformat(),
            date_precision="day",
            source_file=f"synthetic/{index:06d}.txt",
            content_hash=content_hash(title, blocks),
        )

    def _content(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.content_table, k=k)

    @staticmethod
    def _paragraphs(tokens: list[str], rng: random.Random) -> list[str]:
        paragraphs = []
        position = 0
        while position < len(tokens):
            sentences = []
            for _ in range(rng.randint(3, 6)):
                words = tokens[position : position + rng.randint(8, 28)]
                if not words:
                    break
                position += len(words)
                if len(words) > 6:
                    comma = rng.randrange(2, len(words) - 2)
                    words[comma] += ","
                sentence = " ".join(words)
                sentences.append(sentence[0].upper() + sentence[1:] + ".")
            paragraphs.append(" ".join(sentences))
        return paragraphs

    def articles(
        self, count: int, progress: Callable[[int], None] | None = None
    ) -> Iterator[Article]:
        """Streamed: one article in memory at a time."""
        for index in range(count):
            if progress is not None and index and index % 10_000 == 0:
                progress(index)
            yield self.article(index)


class TimedIterator:
    """Counts the time spent producing items, so import time can exclude generation."""

    def __init__(self, items: Iterator[Article]) -> None:
        self.items = items
        self.seconds = 0.0

    def __iter__(self) -> TimedIterator:
        return self

    def __next__(self) -> Article:
        start = time.perf_counter()
        try:
            return next(self.items)
        finally:
            self.seconds += time.perf_counter() - start


# -- building -----------------------------------------------------------------------------


def cache_key(size: int) -> str:
    layout = (
        f"{schema.SCHEMA_VERSION}|{schema.TOKENIZE}|{schema.FTS_COLUMNS}|{schema.RANK_FUNCTION}"
    )
    digest = hashlib.sha256(layout.encode()).hexdigest()[:8]
    return f"library-{size}-g{GENERATOR_VERSION}-s{SEED}-{digest}"


def library_for(size: int, rebuild: bool, log: Callable[[str], None]) -> tuple[Path, dict]:
    """The cached library of `size` articles and its build statistics, building it if needed."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"{cache_key(size)}.db"
    stats_path = path.with_suffix(".json")
    if path.exists() and stats_path.exists() and not rebuild:
        log(f"{size:,} articles: using cached {path.name}")
        return path, json.loads(stats_path.read_text())
    building = path.with_suffix(".building")
    for stale in (path, stats_path, building, *_sidecars(building), *_sidecars(path)):
        stale.unlink(missing_ok=True)
    log(f"{size:,} articles: building {path.name} …")
    generator = ArticleGenerator()
    items = TimedIterator(generator.articles(size, progress=lambda i: log(f"  {i:,} generated")))
    library = Library(building)
    try:
        start = time.perf_counter()
        added = library.add_articles(items, origin="user")
        load_seconds = time.perf_counter() - start
        start = time.perf_counter()
        library.optimize()
        optimize_seconds = time.perf_counter() - start
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        library.close()
    building.rename(path)
    import_seconds = load_seconds - items.seconds
    stats = {
        "articles": size,
        "added": added,
        "generate_seconds": round(items.seconds, 2),
        "import_seconds": round(import_seconds, 2),
        "import_rate": round(added / import_seconds, 1),
        "generate_and_import_rate": round(added / load_seconds, 1),
        "optimize_seconds": round(optimize_seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "term_counts": dict(generator.term_counts),
        "built_at": datetime.now().isoformat(timespec="seconds"),
    }
    stats_path.write_text(json.dumps(stats, indent=2))
    log(f"  imported {added:,} in {import_seconds:.1f} s ({stats['import_rate']:,.0f}/s),"
        f" generation {items.seconds:.1f} s, optimize {optimize_seconds:.1f} s")  # fmt: skip
    return path, stats


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def disk_usage(conn: sqlite3.Connection, path: Path) -> dict[str, int]:
    """File size and the bytes used by the text table, the search index and the rest."""
    usage = {"file": sum(p.stat().st_size for p in [path, *_sidecars(path)] if p.exists())}
    rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    for name, size in rows:
        if name.startswith("articles_fts"):
            part = "index"
        elif name == "articles":
            part = "articles"
        else:
            part = "other"
        usage[part] = usage.get(part, 0) + size
    usage["text"] = conn.execute(
        "SELECT sum(length(title) + length(body)) FROM articles"
    ).fetchone()[0]
    return usage


# -- timing -------------------------------------------------------------------------------


@dataclass
class Timing:
    p50: float
    p95: float
    hits: str


@dataclass
class Row:
    kind: str
    query: str
    live: bool
    raw_expression: str
    ours: Timing
    raw: Timing


def measure(run: Callable[[], object], runs: int) -> tuple[float, float]:
    """p50 and p95 in ms over `runs` runs after WARMUP_RUNS unmeasured ones (warm cache)."""
    for _ in range(WARMUP_RUNS):
        run()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[math.ceil(0.95 * len(samples)) - 1]


def raw_prefix_expression(typed: str) -> str:
    """A keystroke as raw FTS5: every word quoted, the last one a prefix (as live search does;
    the search box strips a trailing space)."""
    return " ".join(f'"{word}"' for word in typed.strip().lower().split()) + "*"


def keystrokes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def benchmark_queries(conn: sqlite3.Connection, runs: int, log: Callable[[str], None]) -> list[Row]:
    engine = SearchEngine(conn, Variants.load(ENTITIES))
    plan: list[tuple[str, str, bool, str]] = [(k, q, False, raw) for k, q, raw in ORDINARY_QUERIES]
    for typed in TYPED_QUERIES:
        plan += [
            (f"typing “{typed}”", t, True, raw_prefix_expression(t)) for t in keystrokes(typed)
        ]
    ours_cache: dict[tuple[str, bool], Timing] = {}
    raw_cache: dict[str, Timing] = {}
    rows = []
    for kind, query, live, raw_expression in plan:
        key = (query.strip(), live)  # the search box strips, so "shehbaz " is "shehbaz"
        if key not in ours_cache:
            result = engine.search(query, limit=20, live=live)
            hits = f"~{result.total:,}" if result.total_is_estimate else f"{result.total:,}"
            p50, p95 = measure(lambda q=query, lv=live: engine.search(q, limit=20, live=lv), runs)
            ours_cache[key] = Timing(p50, p95, hits)
        if raw_expression not in raw_cache:
            count = conn.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (raw_expression,)
            ).fetchone()[0]
            p50, p95 = measure(
                lambda e=raw_expression: conn.execute(RAW_SQL, (e,)).fetchall(), runs
            )
            raw_cache[raw_expression] = Timing(p50, p95, f"{count:,}")
        row = Row(kind, query, live, raw_expression, ours_cache[key], raw_cache[raw_expression])
        log(f"  {kind:<28} {query!r:<24} ours {row.ours.p50:8.1f} / {row.ours.p95:8.1f} ms"
            f"   raw {row.raw.p50:8.1f} / {row.raw.p95:8.1f} ms")  # fmt: skip
        rows.append(row)
    return rows


# -- reporting ----------------------------------------------------------------------------


def machine() -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores",
        f"- RAM: {ram}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        f"- Date: {datetime.now().isoformat(timespec='minutes')}",
    ]


def mark(ok: bool) -> str:
    return "held" if ok else "**missed**"


def worst(rows: list[Row], live: bool, which: str) -> Row:
    return max((r for r in rows if r.live == live), key=lambda r: getattr(r, which).p95)


def size_section(size: int, stats: dict, usage: dict[str, int], rows: list[Row]) -> list[str]:
    mb = 1024 * 1024
    key_ours, query_ours = worst(rows, True, "ours"), worst(rows, False, "ours")
    key_raw, query_raw = worst(rows, True, "raw"), worst(rows, False, "raw")
    lines = [
        f"## {size:,} articles",
        "",
        f"- Import: **{stats['import_rate']:,.0f} articles/s** (add_articles only: "
        f"{stats['import_seconds']:.1f} s; generating the text took {stats['generate_seconds']:.1f} s"
        f" more, {stats['generate_and_import_rate']:,.0f} articles/s together); optimize "
        f"{stats['optimize_seconds']:.1f} s; peak RSS {stats['peak_rss_mb']:,.0f} MB (built {stats['built_at']})",
        f"- Size on disk: **{usage['file'] / mb:,.1f} MB** for {usage['text'] / mb:,.1f} MB of text"
        f" (articles table {usage.get('articles', 0) / mb:,.1f} MB, FTS5 index "
        f"{usage.get('index', 0) / mb:,.1f} MB, other {usage.get('other', 0) / mb:,.1f} MB)",
        "- Seed terms injected (articles): "
        + ", ".join(
            f"{t} {n:,}" for t, n in sorted(stats["term_counts"].items(), key=lambda x: -x[1])
        ),
        "",
        "| query | typed | hits (ours) | ours p50 | ours p95 | raw FTS5 | hits (raw) | raw p50 | raw p95 |",
        "|---|---|--:|--:|--:|---|--:|--:|--:|",
    ]
    for r in rows:
        typed = r.query.replace("|", "\\|")
        lines.append(
            f"| {r.kind} | `{typed}`{' (live)' if r.live else ''} | {r.ours.hits} | {r.ours.p50:.1f}"
            f" | {r.ours.p95:.1f} | `{r.raw_expression}` | {r.raw.hits} | {r.raw.p50:.1f} | {r.raw.p95:.1f} |"
        )
    lines += [
        "",
        "| target | ours | held? | raw FTS5 |",
        "|---|---|---|---|",
        f"| every keystroke p95 ≤ {TARGET_KEYSTROKE_MS:.0f} ms | {key_ours.ours.p95:.1f} ms"
        f" (`{key_ours.query}`) | {mark(key_ours.ours.p95 <= TARGET_KEYSTROKE_MS)}"
        f" | {key_raw.raw.p95:.1f} ms (`{key_raw.raw_expression}`) |",
        f"| ordinary queries p95 ≤ {TARGET_QUERY_MS:.0f} ms | {query_ours.ours.p95:.1f} ms"
        f" (`{query_ours.query}`) | {mark(query_ours.ours.p95 <= TARGET_QUERY_MS)}"
        f" | {query_raw.raw.p95:.1f} ms (`{query_raw.raw_expression}`) |",
        f"| import ≥ {TARGET_IMPORT_RATE:,.0f} articles/s | {stats['import_rate']:,.0f}/s"
        f" | {mark(stats['import_rate'] >= TARGET_IMPORT_RATE)} | |",
        "",
    ]
    return lines


def report(results: list[tuple[int, dict, dict[str, int], list[Row]]], runs: int) -> str:
    mb = 1024 * 1024
    lines = [
        "# Search benchmark",
        "",
        "Written by `benchmarks/search_bench.py` (`make bench`); re-run it rather than editing.",
        "",
        *machine(),
        "",
        "## Method",
        "",
        f"- Synthetic libraries (generator v{GENERATOR_VERSION}, seed {SEED}): ~800 words an article"
        f" drawn from a Zipf vocabulary of {VOCABULARY_SIZE:,} words (real common English at the top,"
        " so `the` is in every article, then made-up words), 2–4 headings, a title; seed terms injected"
        " at fixed rates: "
        + ", ".join(f"{t} {r:.1%}" for t, r in SEED_TERMS)
        + ". Imported with `Library.add_articles` (one streamed transaction), then `optimize()`."
        " Libraries are cached in benchmarks/data/ (keyed by size, generator version and FTS"
        " layout), so the import figures are those of that build: pass `--rebuild` to re-measure"
        " import after changing import code.",
        f"- Each query: {WARMUP_RUNS} warm-up runs, then {runs} timed runs; p50/p95 in ms, warm cache."
        " *Ours*: `SearchEngine(conn, Variants.load(entities.toml)).search(q, limit=20, live=…)`"
        " including its snippets. *Raw FTS5*: `" + RAW_SQL + "`.",
        "- Keystroke rows type each query letter by letter with `live=True`; raw FTS5 gets the same"
        ' text with every word quoted and the last one a prefix (`"shehbaz" "s"*`).',
        "",
        "## Summary",
        "",
        "| articles | import/s | on disk | worst keystroke p95 (ours / raw) | worst ordinary p95 (ours / raw) |",
        "|--:|--:|--:|---|---|",
    ]
    for size, stats, usage, rows in results:
        k, q = worst(rows, True, "ours"), worst(rows, False, "ours")
        kr, qr = worst(rows, True, "raw"), worst(rows, False, "raw")
        lines.append(
            f"| {size:,} | {stats['import_rate']:,.0f} {mark(stats['import_rate'] >= TARGET_IMPORT_RATE)}"
            f" | {usage['file'] / mb:,.0f} MB"
            f" | {k.ours.p95:.1f} ms `{k.query}` {mark(k.ours.p95 <= TARGET_KEYSTROKE_MS)} / {kr.raw.p95:.1f} ms"
            f" | {q.ours.p95:.1f} ms `{q.query}` {mark(q.ours.p95 <= TARGET_QUERY_MS)} / {qr.raw.p95:.1f} ms |"
        )
    lines.append("")
    for size, stats, usage, rows in results:
        lines += size_section(size, stats, usage, rows)
    return "\n".join(lines)


def kept_sections(path: Path) -> str:
    """Everything of an existing RESULTS.md from the first section another benchmark owns
    (marked `<!-- name:start -->`) to its end: the app, knowledge and bundle figures."""
    try:
        old = path.read_text()
    except OSError:
        return ""
    start = old.find("<!-- ")
    return old[start:].rstrip("\n") if start >= 0 else ""


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        sizes.append(int(part[:-1]) * 1000 if part.endswith("k") else int(part))
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[1_000, 10_000, 100_000],
                        help="library sizes, comma-separated (default 1000,10000,100000)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query (default 20)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild cached libraries")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results = []
    for size in args.sizes:
        path, stats = library_for(size, args.rebuild, log)
        library = Library(path)
        try:
            usage = disk_usage(library.conn, path)
            log(f"{size:,} articles: timing queries ({args.runs} runs each)")
            rows = benchmark_queries(library.conn, args.runs, log)
        finally:
            library.close()
        results.append((size, stats, usage, rows))
    text = report(results, args.runs)
    print(text)
    kept = kept_sections(args.out)  # the app, knowledge and bundle figures stay after it
    args.out.write_text(text + "\n" + (f"\n{kept}\n" if kept else ""))
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
