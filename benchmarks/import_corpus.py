"""Writes a corpus of Markdown articles for the import benchmark from real newswire text.

Each article is 6–12 paragraphs drawn at random from the paragraphs of Reuters-21578 (Reuters
newswire, 1987: real sentences with figures, dates, names and agreements, so the fact finder
has real work), under a title and date of one of its stories, with one sentence naming
Pakistan and Russia in one article of five (so topic sheets get members). The draw is seeded,
so a corpus of N articles is always the same files. The corpus is third-party text: it is
written under /work/corpora/synthetic and never committed.

    .venv/bin/python benchmarks/import_corpus.py 10000 /work/corpora/synthetic/reuters-10000
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from pathlib import Path

RAW = Path("/work/corpora/reuters21578-raw/all.json")
SEED = 20261207
_PARAGRAPH = re.compile(r"\n(?=\s)|\n\s*\n")
_EXTRA = [
    "Pakistan and Russia signed an agreement on {n} new projects in Islamabad on {d} May 2024.",
    "Russia offered Pakistan {n} million tonnes of crude oil at a discount, officials said.",
    "The Pakistan Stream gas pipeline of {n} km is expected to be completed by 2027.",
    "Trade between Pakistan and Russia reached ${n} billion in 2023, up {d} percent.",
]


def paragraphs_of(stories: list[dict]) -> list[str]:
    pool = []
    for story in stories:
        body = (story.get("body") or "").replace("Reuter\n", "").strip()
        for raw in _PARAGRAPH.split(body):
            text = html.unescape(" ".join(raw.split()))
            if len(text) > 60:
                pool.append(text)
    return pool


def write_corpus(count: int, folder: Path, seed: int = SEED) -> None:
    stories = json.loads(RAW.read_text(encoding="utf-8"))
    stories = [s for s in stories if s.get("title") and s.get("body")]
    pool = paragraphs_of(stories)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        story = rng.choice(stories)
        day = rng.randint(1, 28)
        body = [rng.choice(pool) for _ in range(rng.randint(6, 12))]
        if index % 5 == 0:
            extra = rng.choice(_EXTRA).format(n=rng.randint(2, 90), d=rng.randint(1, 28))
            body.insert(rng.randint(0, len(body)), extra)
        title = html.unescape(story["title"]).replace('"', "'").title()
        text = (
            f'---\ntitle: "{title} ({index})"\ndate: 1987-{rng.randint(1, 12):02d}-{day:02d}\n'
            f"source: Reuters\n---\n\n" + "\n\n".join(body) + "\n"
        )
        sub = folder / f"{index // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article-{index:06d}.md").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    write_corpus(args.count, args.folder)


if __name__ == "__main__":
    main()
