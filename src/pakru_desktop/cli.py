"""`pakru`: the library from the command line, with a stable JSON contract.

Exit status: 0 done; 1 the command could not be done or found problems (a damaged or
unreadable library, a file that cannot be read or written, a broken install, an import in
which a file failed, a verify that found problems); 2 the command line is wrong (an unknown
option or command: usage and the error; a bad value, an unknown topic or article, a folder
or catalog given to build-collection that cannot be used: one line). Errors go to stderr,
never a traceback; with --json, stdout is exactly one JSON document.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .cli_common import EXIT_FAILED, EXIT_USAGE, UsageError, emit, print_report, tell
from .cli_knowledge import COMMANDS as KNOWLEDGE_COMMANDS
from .cli_knowledge import KnowledgeUsageError
from .cli_knowledge import add_commands as add_knowledge_commands
from .cli_librarian import add_commands as add_librarian_commands
from .cli_librarian import without_library
from .cli_notes import NotesError
from .cli_notes import add_commands as add_notes_commands
from .db.schema import LibraryError
from .model import SearchResult
from .paths import ResourcesMissing
from .search.order import RELEVANCE, SORTS
from .text.printable import printable, printable_lines


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviated options: `--data` working today would break when an option is added.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """argparse's own: the usage of the (sub)command, then the error, exit status 2."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"pakru: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pakru", description="Offline library on Pakistan–Russia relations.")
    parser.add_argument("--version", action="version", version=f"pakru {__version__}")
    parser.add_argument("--data-dir", help="library folder (default: the user data folder)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    search = commands.add_parser("search", help="ranked full-text search")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--source", help="only articles from this source")
    search.add_argument("--topic", help="only articles of this topic")
    search.add_argument("--sort", choices=SORTS, default=RELEVANCE,
                        help="best match first (default), or newest first")  # fmt: skip
    search.add_argument("--from", dest="date_from", default="", metavar="DATE",
                        help="only articles dated from this year, month or day (2024, 2024-10)")  # fmt: skip
    search.add_argument("--to", dest="date_to", default="", metavar="DATE",
                        help="only articles dated up to this year, month or day (estimated dates count)")  # fmt: skip
    search.add_argument("--json", action="store_true")

    articles = commands.add_parser("articles", help="list the library's articles")
    articles.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="print one article")
    show.add_argument("article_id")
    show.add_argument("--format", choices=["text", "md", "html"], default="text")

    importer = commands.add_parser("import", help="import files or folders (recursively)")
    importer.add_argument("paths", nargs="+", type=Path)
    importer.add_argument("--json", action="store_true")

    remove = commands.add_parser("remove", help="remove articles (ids or id prefixes)")
    remove.add_argument("article_ids", nargs="+", metavar="ID")
    remove.add_argument("--json", action="store_true")

    edit = commands.add_parser("edit", help="correct an article's title, source, date or author")
    edit.add_argument("article_id", metavar="ID")
    edit.add_argument("--title")
    edit.add_argument("--source")
    edit.add_argument("--date", help="2025, 2025-03 or 2025-03-14; '' for undated")
    edit.add_argument("--author")

    add_librarian_commands(commands)  # verify, build-collection, build-update, update, keygen

    rebuild = commands.add_parser("rebuild", help="salvage a damaged library into a fresh file")
    rebuild.add_argument("--restore", action="store_true",
                         help="put back the copy the last rebuild kept")  # fmt: skip
    add_knowledge_commands(commands)
    add_notes_commands(commands)
    return parser


def utf8_console() -> None:
    """UTF-8 on every console and pipe, whatever the locale (Windows writes cp1252 to a
    redirected stdout, and `≈` would raise): a character that still cannot be shown is
    replaced, never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # a stream already written in another encoding
                reconfigure(errors="replace")


def main(argv: list[str] | None = None) -> int:
    utf8_console()
    args = build_parser().parse_args(argv)  # a wrong command line exits 2 here, with usage
    from .logs import setup_logging

    setup_logging(args.data_dir)  # library warnings (pypdf's) go to the log, not the terminal
    try:
        return _run(args)
    except NotesError as error:
        print(f"pakru: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (UsageError, KnowledgeUsageError) as error:
        print(f"pakru: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (LibraryError, ResourcesMissing) as error:
        from .pipeline.collection import CollectionError  # the folder or catalog named is unusable
        from .pipeline.curation import CurationError  # a topic or names file that is not one

        print(f"pakru: {error}", file=sys.stderr)
        usage = isinstance(error, CollectionError | CurationError)
        return EXIT_USAGE if usage else EXIT_FAILED
    except sqlite3.DatabaseError as error:
        print(f"pakru: the library file is damaged or unreadable ({error})", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `pakru … | head`: the reader has all it wanted
        sys.stderr.close()
        return 0
    except OSError as error:
        print(f"pakru: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("pakru: interrupted", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    from .pipeline.bootstrap import open_user_library

    if without_library(args):
        from .cli_librarian import run as run_librarian

        return run_librarian(args)
    if args.command == "rebuild":
        return _rebuild(args)
    if args.command == "notes":  # the reader's own file: the library is not opened
        from .cli_notes import run as run_notes

        return run_notes(args)
    library = open_user_library(args.data_dir, told=tell)
    try:
        if args.command == "search":
            return _search(library, library.knowledge.variants, args)
        if args.command == "articles":
            return _articles(library, args)
        if args.command == "show":
            return _show(library, args)
        if args.command == "import":
            return _import(library, args)
        if args.command in ("remove", "edit"):
            return _manage(library, args)
        if args.command in KNOWLEDGE_COMMANDS:
            from .cli_knowledge import run as run_knowledge

            return run_knowledge(library, args)
        from .cli_librarian import run_on_library

        return run_on_library(library, args)  # update, verify
    finally:
        library.close()


def _search(library, variants, args) -> int:  # type: ignore[no-untyped-def]
    from .render.article import article_date
    from .search.engine import SearchEngine
    from .search.order import DateRangeError, date_range

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    try:
        date_range(args.date_from, args.date_to)
    except DateRangeError as error:
        raise UsageError(str(error)) from None
    topic = None
    if args.topic:
        from .knowledge.topics import find_topic
        from .pipeline.bootstrap import load_topics

        topics = load_topics()
        topic = find_topic(topics, args.topic)
        if topic is None:
            known = ", ".join(t.slug for t in topics) or "none"
            raise UsageError(f"unknown topic {args.topic!r} (topics: {known})")
    result = SearchEngine(library.conn, variants).search(
        args.query, limit=min(args.limit, 1000), source=args.source, topic=topic,
        sort=args.sort, date_from=args.date_from, date_to=args.date_to,
    )  # fmt: skip
    if args.json:
        emit(search_json(result))
        return 0
    if result.notice:
        print(result.notice)
    print(f"{result.total} article(s) match {args.query!r}")
    for hit in result.hits:
        date = article_date(hit.date, hit.date_estimated)
        print(f"\n{printable(hit.title)}  [{hit.article_id}, ¶{hit.paragraph}, {date}]")
        print(f"  {printable(_plain(hit.snippet))}")
    if result.suggestion:
        print(f"\nDid you mean: {result.suggestion}")
    return 0


def search_json(result: SearchResult) -> dict:
    return {
        "query": result.query,
        "total": result.total,
        "hits": [
            {
                "article_id": h.article_id,
                "title": h.title,
                "source_file": h.source_file,
                "paragraph": h.paragraph,
                "snippet": h.snippet,
                "score": h.score,
                "more_hits": h.more_hits,
                "date": h.date,
                "date_estimated": h.date_estimated,
            }
            for h in result.hits
        ],  # fmt: skip
        "suggestion": result.suggestion,
        "notice": result.notice,
        "total_is_estimate": result.total_is_estimate,
    }


def _plain(snippet_html: str) -> str:
    import html

    text = snippet_html.replace("<mark>", "[").replace("</mark>", "]")
    return html.unescape(text)


def _articles(library, args) -> int:  # type: ignore[no-untyped-def]
    from .render.article import UNKNOWN_SOURCE, article_date

    rows = library.summaries()
    if args.json:
        emit([
            {"article_id": s.article_id, "title": s.title, "source": s.source,
             "source_file": s.source_file, "date": s.date, "date_estimated": s.date_estimated,
             "paragraph_count": s.paragraph_count}
            for s in rows
        ])  # fmt: skip
        return 0
    for s in rows:
        date = article_date(s.date, s.date_estimated)
        source = s.source or UNKNOWN_SOURCE
        print(f"{s.article_id}  {date:<14} {printable(source[:24]):<24} {printable(s.title)}")
    return 0


def _show(library, args) -> int:  # type: ignore[no-untyped-def]
    from .render import article as render

    article_id = library.resolve_id(args.article_id)
    article = library.article(article_id) if article_id else None
    if article is None:
        raise UsageError(f"no article with id {args.article_id!r} (see `pakru articles`)")
    if args.format == "md":
        document = render.article_markdown(article, anchors=False)
    elif args.format == "html":
        document = render.article_page(article)
    else:
        document = render.article_text(article)
    sys.stdout.write(printable_lines(document))  # stored text never drives the terminal
    return 0


def _import(library, args) -> int:  # type: ignore[no-untyped-def]
    from .pipeline.importing import import_paths

    report = import_paths(library, args.paths)
    if args.json:
        emit(report.to_json())
    else:
        print_report(report)
    return 1 if report.failed else 0


def _manage(library, args) -> int:  # type: ignore[no-untyped-def]
    from .pipeline.editing import Correction, EditError, edit_article, remove_articles

    try:
        if args.command == "remove":
            titles = remove_articles(library, args.article_ids)
            if args.json:
                emit({"removed": len(titles), "articles": library.count()})
            else:
                for title in titles:
                    print(f"removed   {title!r}")
                print(f"{len(titles)} removed; {library.count()} article(s) in the library")
            return 0
        change = Correction(args.title, args.source, args.date, args.author)
        article_id = edit_article(library, args.article_id, change)
    except EditError as error:
        raise UsageError(str(error)) from None
    article = library.article(article_id)
    print(f"{article_id}: {article.title!r}, {article.source!r}, {article.date or 'undated'}, "
          f"{article.author!r}")  # fmt: skip
    return 0


def _rebuild(args: argparse.Namespace) -> int:
    """Rebuild (progress on a terminal's stderr; Ctrl+C cancels, leaving the library as it
    was), or put back the copy the last rebuild kept."""
    import signal

    from . import paths
    from .pipeline.recovery import RebuildCancelled, rebuild_library
    from .pipeline.swap import restore_previous, settle

    target = paths.library_path(paths.user_data_dir(args.data_dir))
    if args.restore:
        notice = settle(target, refuse_missing=False)
        if notice is not None:
            tell(notice)
        restored, replaced = restore_previous(target)
        kept = f"; the rebuilt library it replaced is kept as {replaced.name}" if replaced else ""
        print(f"Restored the library from {restored.name}{kept}.")
        return 0
    stopped: list[bool] = []
    previous = signal.signal(signal.SIGINT, lambda *_: stopped.append(True))
    shown = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if shown:
            of = f" of {total}" if total else ""
            print(f"\rrebuilding: {done}{of} articles read (Ctrl+C cancels)", end="",
                  file=sys.stderr, flush=True)  # fmt: skip

    try:
        salvage = rebuild_library(target, progress, lambda: bool(stopped))
    except RebuildCancelled as cancelled:
        print(f"\npakru: {cancelled}" if shown else f"pakru: {cancelled}", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGINT, previous)
        if shown:
            print(file=sys.stderr)
    print(salvage.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
