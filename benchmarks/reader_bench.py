"""Hostile files for the text and HTML readers (issue 20: D6): each is imported or refused in
≤ 30 s and ≤ 1 GB on this 2-core machine. The files are generated here (8 MB each; never
committed), each imported by the real `pakru import` in a fresh process, and its time and peak
memory (the child's maxrss) printed as a Markdown table for benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/reader_bench.py            # all files
    .venv/bin/python benchmarks/reader_bench.py --only single-line
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024
SIZE = 8 * MB - 4096  # just under the readers' 8 MB limit


def _fill(unit: str, head: str = "", tail: str = "") -> str:
    count = (SIZE - len(head) - len(tail)) // len(unit)
    return head + unit * count + tail


FILES: dict[str, tuple[str, Callable[[], str]]] = {
    "stray-end-tags": (
        "html",
        lambda: _fill(
            "</div></span></p>", "<html><body><p>Stray end tags about a pipeline.", "</body></html>"
        ),
    ),
    "500k-attributes": (
        "html",
        lambda: (
            "<html><body><p "
            + " ".join(f'a{i}="v"' for i in range(500_000))
            + ">A paragraph with many attributes.</p></body></html>"
        ),
    ),
    "deep-nesting": ("html", lambda: _fill("<div>", "<html><body>", "text</body></html>")),
    "one-sentence": (
        "txt",
        lambda: _fill("pipeline gas wheat trade and energy ", "One sentence title\n\n"),
    ),
    "single-line": (
        "txt",
        lambda: _fill("Pipeline talks went on. Gas was discussed. ", "Single line title\n\n"),
    ),
    "no-spaces": ("txt", lambda: _fill("x", "No spaces title\n\n")),
    "short-lines": ("txt", lambda: _fill("a\n", "Short lines title\n\n")),
    "short-paragraphs": ("txt", lambda: _fill("Gas.\n\n", "Short paragraphs title\n\n")),
    "html-short-paragraphs": (
        "html",
        lambda: _fill("<p>Gas.</p>", "<html><body><h1>Paragraphs</h1>", "</body></html>"),
    ),
    "stray-end-tags-nested": (
        "html",
        lambda: _fill(
            "</span>",
            "<html><body>" + "<div>" * 900 + "<p>Stray end tags about a pipeline.",
            "</body></html>",
        ),
    ),
    "abbreviations": ("txt", lambda: _fill("Mr. ", "Abbreviations title\n\n")),
    "markdown-one-line": ("md", lambda: _fill("*pipeline* `gas` [w](x) ", "# Markdown\n\n")),
}


def run_one(name: str, folder: Path) -> tuple[float, float, str]:
    """(seconds, peak MB, last line of the report) of `pakru import` of one file."""
    suffix, make = FILES[name]
    path = folder / f"{name}.{suffix}"
    path.write_text(make(), encoding="utf-8")
    data = folder / f"data-{name}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pakru_desktop.cli", "--data-dir", str(data), "import", str(path)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = (result.stdout + result.stderr).strip().splitlines()
    path.unlink()
    # maxrss of all children so far: a later, smaller child does not lower it (runs are
    # ordered and each reported as the running maximum, an upper bound for that file).
    return (
        seconds,
        max(peak, before) / 1024,
        lines[0][:90] if lines else f"exit {result.returncode}",
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=sorted(FILES), action="append")
    args = parser.parse_args()
    names = args.only or list(FILES)
    print("| file (8 MB) | seconds | peak MB (upper bound) | outcome |")
    print("|---|---|---|---|")
    for name in names:
        with tempfile.TemporaryDirectory() as folder:
            # A fresh interpreter per file, so each peak is its own.
            out = subprocess.run([sys.executable, __file__, "--child", name, folder],
                                 capture_output=True, text=True, timeout=900)  # fmt: skip
            print(out.stdout.strip() or f"| {name} | failed | | {out.stderr.strip()[-200:]} |",
                  flush=True)  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        seconds, peak, outcome = run_one(sys.argv[2], Path(sys.argv[3]))
        print(f"| {sys.argv[2]} | {seconds:.1f} | {peak:.0f} | {outcome} |")
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        main()
