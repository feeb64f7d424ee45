"""`pakru topics | factsheet | timeline | entities`: the knowledge layer from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_common import emit

if TYPE_CHECKING:
    from .knowledge.library import Library
    from .knowledge.topics import Topic


class KnowledgeUsageError(Exception):
    """A wrong topic slug or option; shown as one line, exit 2."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    topics = commands.add_parser("topics", help="the topics, with their facts and articles; "
                                 "`topics add TOPIC.md`, `topics remove SLUG` change them")  # fmt: skip
    topics.add_argument("change", nargs="?", choices=["add", "remove"],
                        help="add (or replace) a topic file, or remove a topic by its slug")  # fmt: skip
    topics.add_argument("target", nargs="?", help="TOPIC.md to add, or the SLUG to remove")
    topics.add_argument("--json", action="store_true")

    sheet = commands.add_parser("factsheet", help="a topic's fact sheet, every line cited")
    sheet.add_argument("slug")
    sheet.add_argument("--format", choices=["md", "html", "json", "pdf"], default="md")
    sheet.add_argument("-o", "--output", type=Path, help="write to this file (needed for pdf)")
    sheet.add_argument("--commentary", action="store_true",
                       help="also show commentary (opinion, rhetoric), left out by default")  # fmt: skip

    timeline = commands.add_parser("timeline", help="every dated fact, oldest first")
    timeline.add_argument("--topic", help="only facts of this topic")
    timeline.add_argument("--json", action="store_true")

    entities = commands.add_parser("entities", help="people, organisations and places named; "
                                   "`entities add FILE.toml` adds names to the library")  # fmt: skip
    entities.add_argument("change", nargs="?", choices=["add"], help="add a names file")
    entities.add_argument("target", nargs="?", help="FILE.toml ([[person]], [[organisation]], "
                          "[[place]] entries, as resources/entities.toml)")  # fmt: skip
    entities.add_argument("--json", action="store_true")


COMMANDS = ("topics", "factsheet", "timeline", "entities")


def run(library: Library, args: argparse.Namespace) -> int:
    if getattr(args, "change", None):
        return _change(library, args)
    library.ensure_facts()
    if args.command == "topics":
        return _topics(library, args)
    if args.command == "factsheet":
        return _factsheet(library, args)
    if args.command == "timeline":
        return _timeline(library, args)
    return _entities(library, args)


def _change(library: Library, args: argparse.Namespace) -> int:
    """`topics add|remove`, `entities add`: stored in the library, facts found again."""
    from .pipeline.curation import add_entities, add_topic, remove_topic

    if not args.target:
        raise KnowledgeUsageError(f"{args.command} {args.change}: name the "
                                  f"{'SLUG' if args.change == 'remove' else 'file'}")  # fmt: skip
    if args.change == "remove":
        remove_topic(library, args.target)
        print(f"topic {args.target} removed; {len(library.knowledge.topics)} topic(s) left")
        return 0
    path = Path(args.target)
    if not path.is_file():
        raise KnowledgeUsageError(f"no such file: {path}")
    if args.command == "topics":
        slug = add_topic(library, path)
        print(f"topic {slug} stored in the library; {len(library.knowledge.topics)} topic(s)")
    else:
        count = add_entities(library, path)
        print(f"names from {path.name} stored in the library; {count} entities known")
    return 0


def _topic(library: Library, slug: str) -> Topic:
    topic = library.knowledge.topic(slug)
    if topic is None:
        known = ", ".join(t.slug for t in library.knowledge.topics) or "none"
        raise KnowledgeUsageError(f"unknown topic {slug!r} (topics: {known})")
    return topic


def _expression(library: Library, topic: Topic) -> str:
    from .search.engine import SearchEngine

    return SearchEngine(library.conn, library.knowledge.variants).topic_expression(topic)


def _topics(library: Library, args: argparse.Namespace) -> int:
    from .knowledge.sheet import build_sheet

    rows = []
    for topic in library.knowledge.topics:
        sheet = build_sheet(library.conn, library.knowledge, topic, _expression(library, topic))
        rows.append({"slug": topic.slug, "title": topic.title, "fact_count": len(sheet.facts),
                     "article_count": len(sheet.articles)})  # fmt: skip
    if args.json:
        emit(rows)
        return 0
    for row in rows:
        print(f"{row['slug']:<14} {row['fact_count']:>5} facts {row['article_count']:>6} articles"
              f"  {row['title']}")  # fmt: skip
    return 0


def _factsheet(library: Library, args: argparse.Namespace) -> int:
    from .knowledge.sheet import build_sheet
    from .render.export import ExportError, sheet_text, write_sheet

    topic = _topic(library, args.slug)
    if args.format == "pdf" and args.output is None:
        raise KnowledgeUsageError("--format pdf needs -o FILE")
    sheet = build_sheet(library.conn, library.knowledge, topic, _expression(library, topic))
    if args.output is None:
        sys.stdout.write(sheet_text(sheet, args.format, show_commentary=args.commentary))
        return 0
    try:
        write_sheet(
            sheet,
            args.output,
            args.format,
            show_commentary=args.commentary,
            pdf_writer=pdf_through_app,
        )
    except ExportError as error:
        raise KnowledgeUsageError(str(error)) from None
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _timeline(library: Library, args: argparse.Namespace) -> int:
    from .knowledge.sheet import corpus_timeline
    from .render.sheet import date_label

    slug = _topic(library, args.topic).slug if args.topic else None
    entries = corpus_timeline(library.conn, slug)
    if args.json:
        emit([e.to_json() for e in entries])
        return 0
    # Cited as every sheet cites ([S2 ¶7], S2 the article's number in the library), with
    # the articles cited listed at the end.
    cited: dict[int, str] = {}
    for e in entries:
        label = date_label(e.date, e.date_text, e.precision, e.inferred, e.estimated, e.planned)
        places = dict.fromkeys((c.key, c.paragraph) for c in e.citations)
        cites = " ".join(f"[S{key} ¶{paragraph}]" for key, paragraph in places)
        print(f"{label:<24} {e.text} {cites}")
        cited.update((c.key, f"{c.title or c.source_file} — file {c.source_file}")
                     for c in e.citations)  # fmt: skip
    if cited:
        print()
        for key in sorted(cited):
            print(f"S{key}  {cited[key]}")
    return 0


def _entities(library: Library, args: argparse.Namespace) -> int:
    from .knowledge.sheet import entity_index

    index = entity_index(library.conn, library.knowledge)
    groups = {"people": "person", "organisations": "organisation", "places": "place",
              "candidates": "candidate"}  # fmt: skip
    if args.json:
        emit({key: [e.to_json() for e in index if e.kind == kind]
              for key, kind in groups.items()})  # fmt: skip
        return 0
    for key, kind in groups.items():
        print(f"{key.title()}:")
        for e in (e for e in index if e.kind == kind):
            role = f" — {e.role}" if e.role else ""
            print(f"  {e.name}{role}: {e.mentions} mention(s) in {e.articles} article(s)")
    return 0


def pdf_through_app(html_text: str, path: Path, title: str) -> None:
    """PDF through Qt's text engine in a child `pakru-desktop --html-to-pdf` (offscreen,
    nothing shown): the CLI itself never loads Qt, and the bundle's `pakru` carries none (its
    PySide6 files belong to `pakru-desktop`)."""
    import os
    import subprocess
    import tempfile

    from .render.export import ExportError

    if getattr(sys, "frozen", False):
        suffix = ".exe" if sys.platform == "win32" else ""
        program = [str(Path(sys.executable).with_name(f"pakru-desktop{suffix}"))]
    else:
        program = [sys.executable, "-m", "pakru_desktop"]
    with tempfile.TemporaryDirectory(prefix="pakru-pdf-") as folder:
        source = Path(folder) / "sheet.html"
        source.write_text(html_text, encoding="utf-8")
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([*program, "--html-to-pdf", str(source), str(path.resolve()), title],
                              env=environment, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0 or not path.is_file():
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise ExportError(f"could not write the PDF ({reason})")
