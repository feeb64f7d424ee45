"""Readers linear in their input (issue 20: D6, text and HTML): pathological files are imported
or refused with one line. The timeouts only stop a hang; speed and memory at 8 MB are measured
in benchmarks/reader_bench.py (RESULTS.md), not here."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_bad_input import import_json

SIZE = 2 * 1024 * 1024


def _fill(unit: str, head: str, tail: str = "") -> str:
    return head + unit * ((SIZE - len(head) - len(tail)) // len(unit)) + tail


# (file, text, "imported" or the refusal). Before: stray end tags under a deep stack took 18 s
# per MB, 40,000 attributes 180 s (the content library), "Mr. " runs and short paragraphs grew
# quadratically or past 700 MB.
CASES = {
    "stray.html": ("<html><body>" + "<div>" * 900 + "<p>Stray tags of a pipeline."
                   + "</span>" * 90_000 + "</body></html>", "imported"),
    "bare-tags.html": (_fill("<div>", "<html><body>", "text</body></html>"),
                       "too many tags for an article page"),
    "attributes.html": ("<html><body><h1>Attributes</h1><p " + " ".join(
        f'a{i}="v"' for i in range(40_000)) + ">Gas pipeline talks.</p></body></html>",
        "imported"),
    "paragraphs.html": ("<html><body><h1>Paragraphs</h1>" + "<p>Gas talks." * 30_000,
                        "too many paragraphs for an article"),
    "mr.txt": (_fill("Mr. ", "Abbreviations\n\n"), "imported"),
    "short-paragraphs.txt": (_fill("Gas.\n\n", "Short paragraphs\n\n"),
                             "too many lines for an article"),
    "one-line.txt": (_fill("Pipeline talks went on. Gas was discussed. ", "One line\n\n"),
                     "imported"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_pathological_file_is_imported_or_refused_in_one_line(name: str, tmp_path: Path) -> None:
    text, expected = CASES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    status, report = import_json(tmp_path / "data", path, timeout=240)
    if expected == "imported":
        assert status == 0 and len(report["imported"]) == 1, report
    else:
        assert status == 1 and report["failed"][0]["error"].startswith(expected), report
