"""`pakru notes export FILE | import FILE`: the reader's own bookmarks, highlights and notes
as a JSON file (they live in their own file, apart from the library, and travel only so)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import paths
from .db.notes import NOTES_FILE, NotesError, NotesStore


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    notes = commands.add_parser("notes", help="export or import your bookmarks and notes")
    actions = notes.add_subparsers(dest="notes_command", required=True,
                                   parser_class=type(notes))  # fmt: skip
    export = actions.add_parser("export", help="write every bookmark, highlight and note to FILE")
    export.add_argument("file", type=Path)
    export.add_argument("--json", action="store_true", help="say what was done as JSON")
    importer = actions.add_parser("import", help="add the marks of an exported FILE")
    importer.add_argument("file", type=Path)
    importer.add_argument("--json", action="store_true", help="say what was done as JSON")


def notes_path(data_dir: str | None) -> Path:
    """The notes file beside the user's library (never inside a collection)."""
    return paths.user_data_dir(data_dir) / NOTES_FILE


def run(args: argparse.Namespace) -> int:
    """Raises NotesError (one line) when the file or the notes cannot be used."""
    with NotesStore(notes_path(args.data_dir)) as store:
        if args.notes_command == "export":
            count = store.export_file(args.file)
            report: dict[str, object] = {"exported": count, "file": str(args.file)}
            text = f"{count} mark(s) written to {args.file}"
        else:
            added, skipped = store.import_file(args.file)
            report = {"added": added, "skipped": skipped, "file": str(args.file)}
            text = f"{added} mark(s) added from {args.file}, {skipped} already there"
    print(json.dumps(report, ensure_ascii=False) if args.json else text)
    return 0


__all__ = ["NotesError", "add_commands", "run"]
