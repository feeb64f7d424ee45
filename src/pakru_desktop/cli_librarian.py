"""`pakru verify | build-collection | build-update | update | keygen`: collection files — a
librarian builds, signs and checks one before handing it out, and later an update from one
edition to the next; a reader verifies what was handed over and applies the update."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_common import UsageError, emit, print_report

if TYPE_CHECKING:
    from .db.library import Library as LibraryFile
    from .knowledge.library import Library


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    verify = commands.add_parser("verify", help="check the library's integrity")
    verify.add_argument("library", nargs="?", type=Path,
                        help="a library file, e.g. a collection (default: the user's library)")  # fmt: skip
    verify.add_argument("--json", action="store_true")

    build = commands.add_parser("build-collection", help="build a library file from a folder")
    build.add_argument("folder", type=Path, help="articles, with an optional catalog.toml")
    build.add_argument("-o", "--output", type=Path, required=True, help="the library file")
    build.add_argument("--sign", type=Path, metavar="KEYFILE",
                       help="sign the manifest with this key (from `pakru keygen`)")  # fmt: skip
    build.add_argument("--name", default="",
                       help="the collection's name, shown to readers (default: the file's)")  # fmt: skip
    build.add_argument("--edition", type=int, default=1,
                       help="the collection's edition number (update packs go from one to the next)")  # fmt: skip
    build.add_argument("--json", action="store_true")

    pack = commands.add_parser("build-update", help="a signed update from one edition of a "
                               "collection to the next")  # fmt: skip
    pack.add_argument("old", type=Path, help="the collection readers have (edition N)")
    pack.add_argument("new", type=Path, help="the new collection (edition N+1)")
    pack.add_argument("--sign", type=Path, required=True, metavar="KEYFILE")
    pack.add_argument("-o", "--output", type=Path, required=True, help="the update file")

    update = commands.add_parser("update", help="apply a librarian's update to the library")
    update.add_argument("pack", type=Path, help="the update file (`pakru build-update`)")

    keygen = commands.add_parser("keygen", help="make a librarian's signing key")
    keygen.add_argument("keyfile", type=Path, help="the secret key file to write (keep it safe)")
    keygen.add_argument("--name", required=True, help="your name, shown with each signature")


def without_library(args: argparse.Namespace) -> bool:
    """Whether the command works only on files named on its command line, so that the
    user's library is not opened (nor built from the seeds on first use) for it."""
    if args.command == "verify":
        return args.library is not None
    return args.command in ("build-collection", "build-update", "keygen")


def run(args: argparse.Namespace) -> int:
    """A command for which `without_library(args)` holds."""
    if args.command == "verify":
        from .pipeline.collection import open_copy

        if not args.library.is_file():
            raise UsageError(f"no library file at {args.library}")
        with open_copy(args.library) as library:
            return _verify(library, args, shown=args.library)  # a file as handed out: strict
    if args.command == "build-collection":
        return _build_collection(args)
    if args.command == "keygen":
        return _keygen(args)
    return _build_update(args)


def run_on_library(library: Library, args: argparse.Namespace) -> int:
    """`update PACK` or `verify` of the user's library."""
    if args.command == "verify":
        return _verify(library, args)
    from .pipeline.updates import apply_update

    if not args.pack.is_file():
        raise UsageError(f"no update file at {args.pack}")
    print(f"updated {library.path}: {apply_update(library, args.pack).text()}")
    return 0


def _verify(library: LibraryFile, args: argparse.Namespace, shown: Path | None = None) -> int:
    from .pipeline.collection import check_manifest

    manifest = check_manifest(library.conn, strict=shown is not None)
    problems = library.verify() + manifest.problems
    if args.json:
        document = {"ok": not problems, "articles": library.count(), "problems": problems}
        if manifest.present:  # a collection: who signed it, if anyone
            document["signature"] = manifest.signature.summary()
        emit(document)
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print(f"library is sound: {library.count()} articles, {shown or library.path}")
        print(manifest.summary())
    return 0 if not problems else 1


def _build_update(args: argparse.Namespace) -> int:
    from .pipeline.updates import build_update

    if not args.sign.is_file():
        raise UsageError(f"no signing key at {args.sign} (make one with `pakru keygen`)")
    for given in (args.old, args.new):
        if not given.is_file():
            raise UsageError(f"no collection file at {given}")
    print(f"update pack {args.output}: "
          f"{build_update(args.old, args.new, args.sign, args.output).text()}")  # fmt: skip
    return 0


def _build_collection(args: argparse.Namespace) -> int:
    from .pipeline.collection import build_collection

    if args.sign is not None and not args.sign.is_file():
        raise UsageError(f"no signing key at {args.sign} (make one with `pakru keygen`)")
    built = build_collection(args.folder, args.output, sign=args.sign, name=args.name,
                             edition=args.edition)  # fmt: skip
    if args.json:
        emit({"output": str(built.path), "articles": built.articles, "bytes": built.size_bytes,
              "built_at": built.built_at, **built.report.to_json()})  # fmt: skip
    else:
        print_report(built.report)
        print(f"collection: {built.articles} article(s) with their manifest in {built.path} "
              f"({built.size_bytes / 1e6:.1f} MB, built {built.built_at})")  # fmt: skip
    return 1 if built.report.failed else 0


def _keygen(args: argparse.Namespace) -> int:
    from .pipeline.signing import generate_key

    public, fingerprint = generate_key(args.keyfile, args.name)
    print(f"secret key: {args.keyfile} (keep it private; anyone holding it can sign as you)")
    print(f"public key: {public} (give it to readers; a bundle pins it in "
          f"resources/trusted-keys/)")  # fmt: skip
    print(f"fingerprint: {fingerprint}")
    return 0
