"""What every `pakru` command module shares: the usage error, exit statuses and output helpers.

A floor of its own below cli.py and the command modules, so that they all reach these the
same way and none of them imports another to get them.
"""

from __future__ import annotations

import json

from .model import ImportReport
from .text.printable import printable

EXIT_FAILED, EXIT_USAGE = 1, 2


class UsageError(Exception):
    """A mistake on the command line; the message is shown as is."""


def emit(document: object) -> None:
    """The one JSON document a `--json` command writes to stdout."""
    print(json.dumps(document, ensure_ascii=False, indent=2))


def tell(notice: object) -> None:
    """What the start did about an interrupted rebuild: said once, on stderr (JSON on stdout
    stays one document)."""
    import sys

    print(f"pakru: {notice.message}", file=sys.stderr)  # type: ignore[attr-defined]


def print_report(report: ImportReport) -> None:
    """An import's outcome per file, then the counts (`import`, `build-collection`)."""
    # File names and titles are strangers' strings: ESC, a newline or U+202E are shown escaped.
    for o in report.imported:
        print(f"{'replaced' if o.replaced else 'imported'}  {printable(o.path)}: "
              f"{printable(o.title)}")  # fmt: skip
    for o in report.skipped:
        print(f"skipped   {printable(o.path)}: {printable(o.reason)}")
    for o in report.failed:
        print(f"FAILED    {printable(o.path)}: {printable(o.reason)}")
    replaced = sum(o.replaced for o in report.imported)
    print(f"{len(report.imported)} imported{f' ({replaced} replaced)' if replaced else ''}, "
          f"{len(report.skipped)} skipped, "
          f"{len(report.failed)} failed")  # fmt: skip
