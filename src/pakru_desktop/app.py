"""The Qt shell's entry point: `pakru-desktop [--data-dir DIR] [--self-test] [Qt options]`."""

from __future__ import annotations

import argparse
import sys

from . import __version__

# Qt's own command-line options (QGuiApplication and QApplication), which Qt accepts with one
# dash or two. They are handed to QApplication untouched; everything else is ours and parsed
# strictly, so a typo such as `--data-dri` is an error, not a silently ignored option.
QT_OPTIONS_WITH_VALUE = frozenset({
    "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
    "qwindowicon", "qwindowtitle", "style", "stylesheet", "session", "display", "geometry",
    "title", "name", "qmljsdebugger", "font", "fn", "bg", "background", "fg", "foreground",
    "btn", "button", "visual", "cmap", "im", "inputstyle",
})  # fmt: skip
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"})
QT_HELP = (
    "Qt's own options are passed to Qt, e.g. -platform offscreen, -style fusion, -reverse, "
    "-qwindowgeometry 800x600 (see the Qt documentation of QGuiApplication)."
)


def build_parser() -> argparse.ArgumentParser:
    """The parser of our own options (also used for the man page and shell completions)."""
    parser = argparse.ArgumentParser(
        prog="pakru-desktop",
        description="Offline library of news articles on Pakistan–Russia relations: the app.",
        epilog=QT_HELP,
        allow_abbrev=False,  # a typo is an error, never a guess
    )
    parser.add_argument("--version", action="version", version=f"pakru-desktop {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="a library or collection to open, read-only (e.g. a .pakru file "
                             "a librarian handed out); a running window opens it instead")  # fmt: skip
    parser.add_argument("--data-dir", metavar="DIR",
                        help="library and settings folder (default: the user data folder, or "
                             "$PAKRU_DATA_DIR, or data/ beside a portable install)")  # fmt: skip
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, search, open the top hit, print a line, exit")  # fmt: skip
    # The bundled `pakru` carries no Qt: for `factsheet --format pdf` it asks this program.
    parser.add_argument("--html-to-pdf", nargs=3, metavar=("HTML", "PDF", "TITLE"),
                        help=argparse.SUPPRESS)  # fmt: skip
    return parser


def split_qt_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """(ours, Qt's): Qt's known options with their values go to Qt, the rest to argparse."""
    ours: list[str] = []
    qt: list[str] = []
    rest = iter(argv)
    for arg in rest:
        if arg == "--":  # after it everything is ours (argparse reports it as unexpected)
            ours += [arg, *rest]
            break
        name, has_value, value = arg.lstrip("-").partition("=")
        dashes = len(arg) - len(arg.lstrip("-"))
        if dashes in (1, 2) and name in QT_FLAGS and not has_value:
            qt.append(arg)
        elif dashes in (1, 2) and name in QT_OPTIONS_WITH_VALUE:
            # Qt reads most of them only as two words (`-platform X`, not `-platform=X`)
            qt += [f"-{name}", value if has_value else next(rest, "")]
        else:
            ours.append(arg)
    return ours, qt


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Our options, strictly (unknown ones: usage and exit 2); Qt's in `args.qt_args`."""
    ours, qt = split_qt_args(argv)
    args = build_parser().parse_args(ours)
    args.qt_args = qt
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.html_to_pdf:
        from pathlib import Path

        from .ui.pdf import html_to_pdf

        source, target, title = args.html_to_pdf
        html_to_pdf(Path(source).read_text(encoding="utf-8"), Path(target), title)
        return 0
    from . import paths

    try:
        paths.resources_dir()  # a broken install says so before any window opens
    except paths.ResourcesMissing as error:
        return _report_broken_install(str(error), args)
    from .ui.application import run

    return run(args)


def _report_broken_install(message: str, args: argparse.Namespace) -> int:
    print(f"pakru-desktop: {message}", file=sys.stderr)
    if not args.self_test:  # started from a menu nobody reads stderr: say it on screen too
        from PySide6.QtWidgets import QApplication, QMessageBox

        _app = QApplication([sys.argv[0], *args.qt_args])
        QMessageBox.critical(None, "pakru-desktop", message)
    return 1
