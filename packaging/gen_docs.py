"""Man pages and shell completions of both programs, made from their argparse parsers.

    python packaging/gen_docs.py OUT      (make dist runs it; needs the `bundle` extra)

OUT/man/man1/{pakru,pakru-desktop}.1 (argparse-manpage) and OUT/completions/ for bash, zsh
and fish (shtab), laid out as /usr/share expects them:
bash-completion/completions/NAME, zsh/vendor-completions/_NAME,
fish/vendor_completions.d/NAME.fish. Nothing here is imported at run time.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import shtab
from argparse_manpage.manpage import Manpage

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "packaging"))
from project_info import homepage, maintainer, releases  # noqa: E402

from pakru_desktop import __version__  # noqa: E402
from pakru_desktop.app import build_parser as app_parser  # noqa: E402
from pakru_desktop.cli import build_parser as cli_parser  # noqa: E402

ENVIRONMENT = (
    ".TP\n.B PAKRU_DATA_DIR\nThe library folder when --data-dir is not given. Without either, "
    "a portable install keeps it in data/ beside the executable, others in the user data "
    "folder (~/.local/share/pakru-desktop on Linux)."
)
SECTIONS = {
    "pakru": [
        ("exit status", ".TP\n.B 0\ndone\n.TP\n.B 1\nthe command could not be done or found "
         "problems: a damaged or unreadable library, a file that cannot be read or written, a "
         "broken install, an import in which a file failed, a verify that found problems\n"
         ".TP\n.B 2\nthe command line is wrong: an unknown option or command (usage is "
         "printed), a bad value, an unknown topic or article, a folder or catalog given to "
         "build-collection that cannot be used"),
        ("environment", ENVIRONMENT),
        ("see also", ".BR pakru-desktop (1)"),
    ],
    "pakru-desktop": [
        ("exit status", ".TP\n.B 0\nthe window was closed, or --self-test passed\n.TP\n.B 1\n"
         "the install is incomplete or --self-test failed\n.TP\n.B 2\nan unknown option "
         "(usage is printed) or a library that cannot be opened"),
        ("environment", ENVIRONMENT),
        ("see also", ".BR pakru (1)"),
    ],
}  # fmt: skip
# Which arguments take a file or a folder, so that the shells complete paths for them.
DIRECTORIES = {"data_dir", "folder"}
FILES = {"paths", "library", "output", "html_to_pdf"}


def _mark_paths(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if action.dest in DIRECTORIES:
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
        elif action.dest in FILES:
            action.complete = shtab.FILE  # type: ignore[attr-defined]
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _mark_paths(sub)


def man_page(parser: argparse.ArgumentParser, summary: str) -> str:
    name, email = maintainer()
    _version, date, _notes = releases()[0]
    page = Manpage(parser, format="pretty", _data={
        "project_name": "pakru-desktop", "version": __version__, "date": date,
        "manual_title": "pakru-desktop manual", "description": summary,
        "authors": [f"{name} <{email}>"], "url": homepage(),
    })  # fmt: skip
    for heading, content in SECTIONS[parser.prog]:
        page.add_section(heading, "=", content)
    return str(page)


def main(out: Path) -> None:
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")  # reproducible: the date is given above
    parsers = {
        "pakru": (cli_parser(), "search and manage the offline library from the command line"),
        "pakru-desktop": (app_parser(), "the offline library on Pakistan-Russia relations"),
    }
    man = out / "man/man1"
    man.mkdir(parents=True, exist_ok=True)
    completions = out / "completions"
    places = {"bash": "bash-completion/completions/{}", "zsh": "zsh/vendor-completions/_{}",
              "fish": "fish/vendor_completions.d/{}.fish"}  # fmt: skip
    for prog, (parser, summary) in parsers.items():
        (man / f"{prog}.1").write_text(man_page(parser, summary), encoding="utf-8")
        _mark_paths(parser)
        for shell, place in places.items():
            target = completions / place.format(prog)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(shtab.complete(parser, shell=shell), encoding="utf-8")
    print(f"gen_docs: man pages and bash/zsh/fish completions of {', '.join(parsers)} in {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/gen_docs.py OUT_FOLDER")
    main(Path(sys.argv[1]))
