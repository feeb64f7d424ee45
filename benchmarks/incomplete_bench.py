"""False "incomplete" flags on real pages: scrapinghub's article-extraction-benchmark.

The benchmark (MIT, https://github.com/scrapinghub/article-extraction-benchmark) is not in this
repository; its folder holds `ground-truth.json` (each page's `articleBody`), `html/*.html.gz`
and our `SPLIT.toml` (`tune` and `test` lists of page ids, written before any result was seen):

    .venv/bin/python benchmarks/incomplete_bench.py /work/corpora/aeb --split tune|test [-v]

Each page is imported as `pakru import` reads it (read_file). Whether it is truly incomplete
is judged against the ground truth's text, never by our own rule: where in the ground truth
does our text end? It is *cut* when it stops mid-sentence there (the ground truth goes on with
the same sentence), or when more than a fifth of the ground truth's words come after it. Text
that reaches the ground truth's end, or stops at a sentence or paragraph end with only credit
lines and furniture after, is complete. (No ground-truth body is itself a teaser: its last
lines, read for all 181 pages, are whole sentences, credits, tweets or tables.) A flag on a
complete page is a false positive; on a cut page, a true one. Pages whose ending cannot be
found in the ground truth at all are counted apart ("unplaced").

As the benchmark has almost no cut pages, the rule's sensitivity is measured on cuts made
here: on each page, one of our paragraphs of 20 words or more (seeded choice) is cut after a
random word that ends no sentence, and the rule is asked about that last line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
import tomllib
import unicodedata
from pathlib import Path

from pakru_desktop.ingest import IngestError, read_file
from pakru_desktop.ingest.cleanup import looks_truncated

_TAIL = 6  # words of our ending looked for in the ground truth
_LEFT_OVER = 0.2  # more than this share of the ground truth after our end: cut
_BOUNDARY = re.compile(r"[.!?…。！？:;\"”»)\]]|\n")
_SENTENCE_END = re.compile(r"[.!?…。！？:;\"”»)\]]$")


def _words(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def _find(needle: list[str], hay: list[str]) -> int:
    """The end index (exclusive) of the last occurrence of `needle` in `hay`, or -1."""
    size = len(needle)
    for end in range(len(hay), size - 1, -1):
        if hay[end - size : end] == needle:
            return end
    return -1


def judge(blocks: list[str], truth: str) -> str:
    """ "complete", "cut" or "unplaced": where our text (its blocks) ends in the ground truth."""
    truth_norm = unicodedata.normalize("NFKC", truth).casefold()
    gold = _words(truth)
    gold_words = [m.group() for m in gold]
    ours = [m.group() for m in _words("\n".join(blocks))]
    tail = gold_words[-_TAIL:]
    if _find(tail, ours) >= 0:
        return "complete"  # the ground truth's last words are in our text
    # Our last blocks may be furniture the ground truth leaves out: walk back over a few.
    for drop in range(min(len(blocks), 6)):
        words = [m.group() for m in _words("\n".join(blocks[: len(blocks) - drop]))]
        for size in (_TAIL, 4, 3):
            if len(words) < size:
                continue
            end = _find(words[-size:], gold_words)
            if end < 0:
                continue
            if end == len(gold_words):
                return "complete"
            gap = truth_norm[gold[end - 1].end() : gold[end].start()]
            mid_sentence = not _BOUNDARY.search(gap)
            left = (len(gold_words) - end) / len(gold_words)
            return "cut" if mid_sentence or left > _LEFT_OVER else "complete"
    return "unplaced"


def score(folder: Path, split: str, verbose: bool = False) -> dict[str, int]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if split != "all":
        ids = tomllib.loads((folder / "SPLIT.toml").read_text(encoding="utf-8"))[split]
    counts = dict.fromkeys(("pages", "complete", "cut", "unplaced", "refused", "fp", "tp"), 0)
    counts.update(flagged_unplaced=0, made_cuts=0, made_cuts_flagged=0)
    rng = random.Random(23)
    with tempfile.TemporaryDirectory() as scratch:
        for page_id in ids:
            path = Path(scratch) / f"{page_id}.html"
            path.write_bytes(gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()))
            counts["pages"] += 1
            try:
                article = read_file(path)
            except IngestError as error:
                counts["refused"] += 1
                print(f"{page_id[:10]}: refused ({error})", file=sys.stderr)
                continue
            blocks = [b.text for b in article.blocks]
            long = [text.split() for text in blocks if len(text.split()) >= 20]
            if long:
                words = rng.choice(long)
                cut = " ".join(words[: rng.randrange(3, len(words) - 1)])
                if not _SENTENCE_END.search(cut):
                    counts["made_cuts"] += 1
                    counts["made_cuts_flagged"] += looks_truncated(cut)
            verdict = judge(blocks, truth[page_id]["articleBody"])
            counts[verdict] += 1
            flagged = article.truncated
            counts["fp"] += flagged and verdict == "complete"
            counts["tp"] += flagged and verdict == "cut"
            counts["flagged_unplaced"] += flagged and verdict == "unplaced"
            if verbose and (flagged or verdict != "complete"):
                mark = {"complete": "FALSE FLAG", "cut": "flagged" if flagged else "MISSED"}
                label = mark.get(verdict, "unplaced")
                print(f"{page_id[:10]} {verdict:9} {label:10} {truth[page_id]['url'][:60]}\n"
                      f"    ours ends: {blocks[-1][-150:]!r}", file=sys.stderr)  # fmt: skip
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("-v", "--verbose", action="store_true", help="list flagged and cut pages")
    args = parser.parse_args()
    c = score(args.folder, args.split, args.verbose)
    print(f"split={args.split} pages={c['pages']} refused={c['refused']}")
    print(f"  complete pages flagged 'incomplete' (false positives): {c['fp']} of {c['complete']}")
    print(f"  cut pages flagged (true positives): {c['tp']} of {c['cut']}")
    print(f"  unplaced (ending not found in the ground truth): {c['unplaced']},"
          f" of them flagged {c['flagged_unplaced']}")  # fmt: skip
    print(f"  paragraphs cut here mid-sentence, flagged: {c['made_cuts_flagged']}"
          f" of {c['made_cuts']}")  # fmt: skip


if __name__ == "__main__":
    main()
