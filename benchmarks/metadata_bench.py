"""Metadata benchmark: publisher, date and author of real saved pages against a hand-made gold.

The pages and their gold are not in this repository (third-party pages): they live in a folder
holding `gold.toml` (one `[[page]]` table per file: `file`, `publisher`, `date`, `author`,
`complete`, and the accepted alternatives `publisher_alt`, `date_alt`, `author_alt`),
`SPLIT.toml` (`tune` and `test` lists of files) and `pages/`:

    .venv/bin/python benchmarks/metadata_bench.py /work/corpora/metadata-pages [--split test]

Each page is imported as `pakru import` reads it (read_file). A field scores 1 when it matches
the gold or one of its alternatives after folding case, spaces and punctuation (an author list
matches in any order; a publisher's leading "The" is ignored; a date compares its day; an
empty gold wants an empty field), else 0. It also counts how many
complete pages were flagged "incomplete" (false positives) and how many of the incomplete
pages were (true positives). Tune on `--split tune`; report `--split test` once.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

from pakru_desktop.ingest import IngestError, read_file

FIELDS = ("publisher", "date", "author")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _people(text: str) -> set[str]:
    return {_fold(name) for name in re.split(r",|;|\band\b|\bи\b|&", text) if _fold(name)}


def field_matches(field: str, found: str, gold: str, alternatives: list[str]) -> bool:
    """Whether `found` is the gold value (or an accepted alternative) of this field."""
    for wanted in [gold, *alternatives]:
        if field == "author":
            if _people(found) == _people(wanted):
                return True
        elif field == "date":
            if found[:10] == wanted[:10]:
                return True
        elif re.sub(r"^the ", "", _fold(found)) == re.sub(r"^the ", "", _fold(wanted)):
            return True  # "The Associated Press" is "Associated Press"
    return False


def load_gold(folder: Path) -> list[dict]:
    data = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    pages = data.get("page") or data.get("pages") or []
    if isinstance(pages, dict):  # keyed by file
        pages = [{"file": name, **entry} for name, entry in pages.items()]
    return pages


def split_files(folder: Path, split: str) -> set[str] | None:
    if split == "all":
        return None
    data = tomllib.loads((folder / "SPLIT.toml").read_text(encoding="utf-8"))
    return set(data[split])


def score(folder: Path, split: str, verbose: bool = False) -> dict[str, float]:
    """Per-field accuracy and the incomplete-flag confusion over the pages of one split."""
    wanted = split_files(folder, split)
    totals = dict.fromkeys(FIELDS, 0)
    pages = false_incomplete = complete_pages = true_incomplete = incomplete_pages = 0
    for entry in load_gold(folder):
        name = entry["file"] if entry["file"].startswith("pages/") else f"pages/{entry['file']}"
        if not name.endswith((".html", ".htm")) or (wanted is not None and name not in wanted):
            continue
        try:
            article = read_file(folder / name)
        except IngestError as error:
            print(f"{name}: refused ({error})", file=sys.stderr)
            found = dict.fromkeys(FIELDS, "")
            truncated = False
        else:
            found = {"publisher": article.source, "date": article.date, "author": article.author}
            truncated = article.truncated
        pages += 1
        misses = []
        for field in FIELDS:
            gold = str(entry.get(field) or "")
            ok = field_matches(field, found[field], gold, list(entry.get(f"{field}_alt") or []))
            totals[field] += ok
            if not ok:
                misses.append(f"{field}: {found[field]!r} (gold {gold!r})")
        complete = entry.get("complete", True)
        complete_pages += complete
        incomplete_pages += not complete
        false_incomplete += complete and truncated
        true_incomplete += (not complete) and truncated
        if verbose and (misses or (complete and truncated)):
            flag = " [false incomplete]" if complete and truncated else ""
            print(f"{name}{flag}\n    " + "\n    ".join(misses), file=sys.stderr)
    result = {field: totals[field] / max(pages, 1) for field in FIELDS}
    result.update(pages=pages, overall=sum(totals.values()) / max(3 * pages, 1),
                  false_incomplete=false_incomplete, complete_pages=complete_pages,
                  true_incomplete=true_incomplete, incomplete_pages=incomplete_pages)  # fmt: skip
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    result = score(args.folder, args.split, args.verbose)
    print(f"split={args.split} pages={result['pages']}")
    for field in (*FIELDS, "overall"):
        print(f"  {field:10} {result[field]:.3f}")
    print(f"  false 'incomplete': {result['false_incomplete']} of {result['complete_pages']}"
          f" complete pages; flagged {result['true_incomplete']} of"
          f" {result['incomplete_pages']} incomplete pages")  # fmt: skip


if __name__ == "__main__":
    main()
