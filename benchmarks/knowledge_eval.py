"""Fact sheets measured on a story nobody wrote a rule from: import one story folder (its
articles and its topic file) into a fresh library the way a user would, build the story
topic's sheet, and score it against the story's gold.toml (written by a reader beforehand).

    .venv/bin/python benchmarks/knowledge_eval.py /work/corpora/reuters-stories/story1
    .venv/bin/python benchmarks/knowledge_eval.py STORY... --results tune   # the split named
    .venv/bin/python benchmarks/knowledge_eval.py STORY... --cpu OLD_SRC   # A/B extraction

Scores (see /work/corpora/reuters-stories/README.md for the gold's conventions):
  - recall: a [[find]] text shown on the sheet, cited to its article and paragraph, with the
    gold kind (commentary is looked for in the sheet's commentary; a "called off" line is the
    calling-off, which happened); dated finds also with
    the gold date; the last lines also count the finds on the sheet in any kind (a kind the
    reader did not give is a miss of the recall, not of the reading);
  - attributed as happened: a [[reject]] text shown as *happened*;
  - distractor citations: lines citing a [[distractor]] article;
  - false disagreements: disagreement lines that are not a gold conflict: setting two values
    of one gold measure marked `conflict = false` against each other, lumping values of
    different measures, or pairing figures no gold measure pairs (of all lines shown);
  - spread: a gold measure whose values sit on more than one measure line;
  - citations exact: every cited paragraph of the article file holds the quoted text.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _space(text: str) -> str:
    return " ".join(text.split())


def paragraphs(path: Path) -> list[str]:
    """The article file's body paragraphs (1-based as the gold counts them)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("\n---", 1)[1].split("\n", 1)[1]
    return [_space(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def build(story: Path) -> dict:
    """The story topic's sheet (JSON) from a fresh library in a temporary folder."""
    from pakru_desktop.knowledge.config import KnowledgeConfig
    from pakru_desktop.knowledge.library import Library
    from pakru_desktop.knowledge.sheet import build_sheet
    from pakru_desktop.paths import resources_dir
    from pakru_desktop.pipeline.importing import import_paths
    from pakru_desktop.search.engine import SearchEngine

    topic_file = next((story / "topics").glob("*.md"))
    config = KnowledgeConfig.load(resources_dir(), [topic_file])
    with (
        tempfile.TemporaryDirectory() as folder,
        Library(Path(folder) / "library.sqlite3", knowledge=config) as library,
    ):
        import_paths(library, [story / "articles"])
        library.ensure_facts()
        topic = config.topic(_slug(topic_file))
        assert topic is not None, topic_file
        engine = SearchEngine(library.conn, config.variants)
        return build_sheet(library.conn, config, topic, engine.topic_expression(topic)).to_json()


def _slug(topic_file: Path) -> str:
    from pakru_desktop.text.frontmatter import parse_front_matter

    meta, _ = parse_front_matter(topic_file.read_text(encoding="utf-8"))
    return meta.get("slug", topic_file.stem)


def _cites(citation: dict, article: str, paragraph: int | None = None) -> bool:
    return Path(citation["source_file"]).name == article and (
        paragraph is None or citation["paragraph"] == paragraph
    )


def _lines(sheet: dict) -> list[tuple[str, dict]]:
    """(where, line) of every cited line of the sheet."""
    found = [("fact", f) for f in sheet["facts"]]
    found += [("commentary", f) for f in sheet["commentary"]]
    found += [("timeline", t) for t in sheet["timeline"]]
    found += [("intro", i) for i in sheet["introduction"]]
    for conflict in sheet["conflicts"]:
        found += [("conflict", c) for c in conflict["claims"]]
    for measure in sheet.get("measures", []):
        found += [("measure", r) for r in measure["reports"]]
    return found


def score(story: Path, sheet: dict) -> dict:
    gold = tomllib.loads((story / "gold.toml").read_text(encoding="utf-8"))
    texts = {p.name: paragraphs(p) for p in (story / "articles").glob("*.md")}
    result: dict = {"missed": [], "wrong_kind": [], "wrong_date": []}
    found = 0
    for entry in gold["find"]:
        want = _space(entry["text"])
        pool = sheet["commentary"] if entry["kind"] == "commentary" else sheet["facts"]
        anywhere = sheet["facts"] + sheet["commentary"]
        shown = [f for f in anywhere if any(want in _space(c["quote"]) and
                 _cites(c, entry["article"], entry["paragraph"]) for c in f["citations"])]  # fmt: skip
        # A line "called off" tells the calling-off, an act that happened (the plan it calls
        # off leaves the timeline): the gold's four kinds have no fifth.
        good = [
            f
            for f in shown
            if f in pool
            and (
                f["mode"] == entry["kind"]
                or (entry["kind"] == "happened" and f["mode"] == "called off")
            )
        ]
        if "date" in entry:
            dated = [f for f in good if entry["date"] in f.get("dates", [f.get("date")])]
            if good and not dated:
                result["wrong_date"].append((entry["text"], entry["date"],
                                             [f.get("dates", f.get("date")) for f in good]))  # fmt: skip
            good = dated
        if good:
            found += 1
        elif shown:
            result["wrong_kind"].append((entry["text"], entry["kind"],
                                         [f["mode"] for f in shown]))  # fmt: skip
        else:
            result["missed"].append(entry["text"])
    result["recall"] = found / len(gold["find"])
    result["found"] = f"{found}/{len(gold['find'])}"
    # Attributed claims and opinion shown as happened.
    result["as_happened"] = [
        r["text"] for r in gold.get("reject", [])
        if any(f["mode"] == "happened" and any(_space(r["text"]) in _space(c["quote"])
               and _cites(c, r["article"]) for c in f["citations"]) for f in sheet["facts"])
    ]  # fmt: skip
    distractors = {d["article"] for d in gold.get("distractor", [])}
    lines = _lines(sheet)
    result["distractor_citations"] = sorted({
        Path(c["source_file"]).name for _, line in lines for c in line["citations"]
        if Path(c["source_file"]).name in distractors
    })  # fmt: skip
    result["distractor_articles_listed"] = sorted(
        {Path(a["source_file"]).name for a in sheet["articles"]} & distractors
    )
    # Disagreements and measure lines against the gold measures.
    false, true_found, spread, unplaced, labels = [], [], [], [], []
    for measure in gold.get("measure", []):
        values = measure["values"]
        homes = {n for n, line in enumerate(sheet.get("measures", []))
                 for v in values if any(holds(r, v) for r in line["reports"])}  # fmt: skip
        if len(homes) > 1:
            spread.append((measure["name"], len(homes)))
        if not homes:
            unplaced.append(measure["name"])
        for n in sorted(homes):  # does the line's label name what the reader named?
            label = sheet["measures"][n]["measure"]
            labels.append((measure["name"], label, bool(_stems(label) & _stems(measure["name"]))))
    # A disagreement line is true only when it sets reports of one gold measure marked
    # `conflict = true` against each other and holds no value of another measure: a line
    # lumping different measures, or comparing figures no reader paired, is false.
    for conflict in sheet["conflicts"]:
        of = [{n for n, m in enumerate(gold.get("measure", [])) for v in m["values"]
               if holds(claim, v)} for claim in conflict["claims"]]  # fmt: skip
        named = set().union(*of)
        true = [n for n in named if gold["measure"][n].get("conflict")
                and sum(n in measures for measures in of) > 1]  # fmt: skip
        if true and named == {true[0]}:
            true_found.append((gold["measure"][true[0]]["name"], conflict["summary"]))
        else:
            false.append(conflict["summary"])
    result["false_disagreements"] = false
    result["disagreement_lines"] = len(sheet["conflicts"])
    result["true_disagreements_found"] = sorted({n for n, _ in true_found})
    result["true_disagreements_gold"] = sum(bool(m.get("conflict")) for m in gold["measure"])
    result["measures_spread"] = spread
    result["measures_without_line"] = unplaced
    result["labels"] = labels
    result["measures"] = len(gold["measure"])
    inexact = []
    total = 0
    for where, line in lines:
        for citation in line["citations"]:
            total += 1
            body = texts.get(Path(citation["source_file"]).name, [])
            n = citation["paragraph"]
            quote = _space(citation["quote"])
            if not (0 < n <= len(body) and quote in body[n - 1]):
                inexact.append((where, Path(citation["source_file"]).name, n, quote[:80]))
    result["citations"] = total
    result["citations_inexact"] = inexact
    return result


def _stems(text: str) -> set[str]:
    """The content words of a measure's name, for comparing a line's label with a reader's."""
    from pakru_desktop.knowledge.facts import content_stems

    return set(content_stems(text.lower())) - {"pct", "dlr", "dlrs", "mln", "bln", "stg"}


def holds(line: dict, value: dict) -> bool:
    """Does a measure report or disagreement claim hold this gold value (its own figure must
    be the value: its quote may hold other figures), cited to the value's article?"""
    wanted = _space(value["text"]).lower()
    shown = [_space(line[k]).lower() for k in ("value", "figure") if line.get(k)]
    if shown and not any(_same_figure(s, wanted) for s in shown):
        return False
    return any(_space(value["text"]) in _space(c["quote"]) and _cites(c, value["article"])
               for c in line["citations"])  # fmt: skip


def _first_number(text: str) -> int:
    match = re.search(r"\d", text)
    return match.start() if match else -1


def _same_figure(shown: str, wanted: str) -> bool:
    """Is the line's figure the gold value's (its first figure: "54 pct of Cyclops' 4.3 mln
    shares" is 54 pct, not 4.3 mln shares)?"""
    if wanted in shown:
        return True
    at = wanted.find(shown)
    return at >= 0 and at + _first_number(shown) == _first_number(wanted)


def summary_row(name: str, split: str, r: dict) -> str:
    return (f"| {name} | {split} | {r['found']} ({r['recall']:.2f}) | {len(r['as_happened'])} |"
            f" {len(r['false_disagreements'])} of {r['disagreement_lines']} |"
            f" {len(r['true_disagreements_found'])}/"
            f"{r['true_disagreements_gold']} | {len(r['measures_spread'])}/{r['measures']} |"
            f" {len(r['measures_without_line'])} | {len(r['distractor_citations'])} |"
            f" {r['citations'] - len(r['citations_inexact'])}/{r['citations']} |")  # fmt: skip


HEADER = ("| story | split | must-find recall | attributed as happened | false disagreements |"
          " true disagreements shown | measures on >1 line | measures with no line |"
          " distractors cited | citations exact |\n|---|---|---|---|---|---|---|---|---|---|")  # fmt: skip


def cpu_seconds(src: Path, stories: list[Path], rounds: int) -> tuple[float, float]:
    """CPU seconds per article of finding the facts of a library (what an import spends on
    them: statements, topics, mentions, stored), with the code under `src`, in a child
    process; the best of `rounds`; and of reading the statements alone (extract()).
    `stories`: story folders (their articles/) or folders."""
    code = r"""
import sys, tempfile, time, json
from pathlib import Path
from pakru_desktop.knowledge.library import Library
from pakru_desktop.pipeline.importing import import_paths
folders = [Path(s, "articles") if Path(s, "articles").is_dir() else Path(s) for s in sys.argv[2:]]
with tempfile.TemporaryDirectory() as folder:
    with Library(Path(folder) / "library.sqlite3") as library:
        import_paths(library, folders)
        count = library.count()
        best = None
        for _ in range(int(sys.argv[1])):
            start = time.process_time()
            with library.transaction():
                library.facts().rebuild()
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        articles = [library.article(a.article_id) for a in library.summaries()]
        from pakru_desktop.knowledge.dates import ArticleDate
        from pakru_desktop.knowledge.extract import extract
        config = library.knowledge
        least = None
        for _ in range(int(sys.argv[1])):
            start = time.process_time()
            for a in articles:
                extract(a.blocks, ArticleDate(a.date or ""), config.matcher, config.statements)
            spent = time.process_time() - start
            least = spent if least is None else min(least, spent)
print(json.dumps([best / count, least / count]))
"""
    out = subprocess.run([sys.executable, "-c", code, str(rounds), *map(str, stories)],
                         env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True, check=True)  # fmt: skip
    facts, statements = json.loads(out.stdout)
    return float(facts), float(statements)


def cpu(old_src: Path, folders: list[Path], rounds: int) -> None:
    """Old against new, interleaved three times (both see the same machine load), best of
    each: finding a library's facts, and reading statements alone, per article."""
    times: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
    for _ in range(3):
        times["old"].append(cpu_seconds(old_src, folders, rounds))
        times["new"].append(cpu_seconds(ROOT / "src", folders, rounds))
    for n, what in enumerate(("facts of a library (rebuild)", "statements (extract)")):
        old = min(t[n] for t in times["old"])
        new = min(t[n] for t in times["new"])
        print(f"CPU per article, {what}: old {old * 1000:.2f} ms, new {new * 1000:.2f} ms"
              f" ({new / old:.2f}×)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", nargs="+", type=Path,
                        help="story folders (articles/, topics/, gold.toml); plain folders of "
                             "articles count in the CPU A/B only")  # fmt: skip
    parser.add_argument("--results", choices=["tune", "held-out"],
                        help="the split the stories are, named in the table")  # fmt: skip
    parser.add_argument("--cpu", type=Path, metavar="OLD_SRC",
                        help="also time extraction per article: this src folder vs ours")  # fmt: skip
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    rows, named, shown = [], 0, 0
    found = on_sheet = asked = 0  # must-finds with the gold kind / on the sheet in any kind
    for story in args.stories:
        if not (story / "gold.toml").is_file():
            continue  # a folder of articles only for the CPU A/B
        sheet = build(story)
        result = score(story, sheet)
        split = args.results or "?"
        rows.append(summary_row(story.name, split, result))
        named += sum(ok for _, _, ok in result["labels"])
        shown += len(result["labels"])
        total = int(result["found"].split("/")[1])
        found, asked = found + int(result["found"].split("/")[0]), asked + total
        on_sheet += total - len(result["missed"])
        if args.verbose:
            print(json.dumps(result, indent=1, ensure_ascii=False))
    print(HEADER)
    print("\n".join(rows))
    if asked:  # the recall above, and the finds on the sheet whatever kind they are shown as
        print(f"\nmust-find statements found with the gold kind (and date): {found}/{asked}; "
              f"on the sheet in any kind: {on_sheet}/{asked}")  # fmt: skip
    if shown:  # a line's label sharing a content word with the reader's name of the measure
        print(f"measure lines whose label names the measure: {named}/{shown}")
    if args.cpu:
        cpu(args.cpu, args.stories, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
