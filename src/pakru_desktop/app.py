"""The Qt shell's entry point: `pakru-desktop [--data-dir DIR]`."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pakru-desktop")
    parser.add_argument("--data-dir", help="library and settings folder")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, search, open the top hit, print a line, exit")  # fmt: skip
    # The bundled `pakru` carries no Qt: for `factsheet --format pdf` it asks this program.
    parser.add_argument("--html-to-pdf", nargs=3, metavar=("HTML", "PDF", "TITLE"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.html_to_pdf:
        from pathlib import Path

        from .ui.pdf import html_to_pdf

        source, target, title = args.html_to_pdf
        html_to_pdf(Path(source).read_text(encoding="utf-8"), Path(target), title)
        return 0
    from .ui.application import run

    return run(args)
