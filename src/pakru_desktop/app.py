"""The Qt shell's entry point: `pakru-desktop [--data-dir DIR]`."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pakru-desktop")
    parser.add_argument("--data-dir", help="library and settings folder")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, search, open the top hit, print a line, exit")  # fmt: skip
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from .ui.application import run

    return run(args)
