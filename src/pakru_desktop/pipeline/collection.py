"""Librarians' collections: a library file built from a folder of articles, with a manifest.

The manifest (article ids, the SHA-256 of each text, build date, app version) is stored in the
library file itself, as JSON in the `meta` table, so a collection is one file to copy and the
manifest cannot be separated from it. `check_manifest` compares the library with it and says
exactly which article is missing or altered.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..db.schema import LibraryError
from ..ingest.safe_files import expand
from ..knowledge.library import Library
from ..model import ImportReport, blocks_of
from .coverage import coverage_problems, covered
from .curation import is_knowledge_file, store_folder_knowledge
from .importing import import_paths
from .signing import SIGNATURE_KEY, SignatureCheck, check_signature, escape_controls, pinned_keys

MANIFEST_KEY = "manifest"
MANIFEST_FORMAT = 2  # 2: also every article's record, the set, topics, names, statements
READABLE_FORMATS = (1, 2)  # format 1 (older collections) covers the texts only
MAX_MANIFEST_CHARS = 256 * 1024 * 1024  # far above any real manifest; JSON is parsed in memory


class CollectionError(LibraryError):
    """A collection cannot be built; the message says why, in one line."""


@dataclass
class BuiltCollection:
    path: Path
    report: ImportReport
    articles: int
    size_bytes: int
    built_at: str


@dataclass
class ManifestCheck:
    """What `check_manifest` found: `problems` empty means every listed text is intact."""

    present: bool
    articles: int = 0  # articles the manifest lists
    built_at: str = ""
    app_version: str = ""
    extra: int = 0  # articles in the library the manifest does not list (the user's imports)
    problems: list[str] = field(default_factory=list)
    signature: SignatureCheck = field(default_factory=lambda: SignatureCheck("unsigned"))
    name: str = ""  # the librarian's name for the collection (signed with the manifest)

    def summary(self) -> str:
        if not self.present:
            return "no collection manifest (this library was not built as a collection)"
        state = "all intact" if not self.problems else f"{len(self.problems)} problem(s)"
        extra = f"; {self.extra} other article(s) added since" if self.extra else ""
        return (f"collection manifest: {self.articles} article(s), built {self.built_at} by "
                f"pakru {self.app_version}: {state}{extra}; {self.signature.summary()}")  # fmt: skip


def build_collection(folder: Path, output: Path, sign: Path | None = None,
                     name: str = "", edition: int = 1) -> BuiltCollection:  # fmt: skip
    """Build a library file from a folder of articles (and its optional catalog.toml).

    The file is written beside `output` under a temporary name and renamed over it only when
    complete: an interrupted or failed build never leaves a half-written library behind.
    Articles are added by the same path as the bundled seeds on a first start (`sync_seeds`),
    so a collection holds exactly what an import would. Its topics and names come from
    `topics/*.md` and `entities.toml` in the folder (else the installation's) and are stored
    in it (pipeline/curation.py). With `sign`, the manifest is signed
    with that key file (`pakru keygen`).
    """
    from ..ingest import IngestError, load_catalog

    folder, output = Path(folder), Path(output)
    if not folder.is_dir():
        raise CollectionError(f"not a folder of articles: {folder}")
    if output.is_dir():
        raise CollectionError(f"the output is a folder, not a file name: {output}")
    try:
        load_catalog(folder)  # a broken catalog would fail every file; say it once, up front
    except IngestError as error:
        raise CollectionError(f"{folder / 'catalog.toml'}: {error}") from None
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    _remove_database(temporary)
    try:
        with Library(temporary) as library:
            store_folder_knowledge(library, folder)  # topics/ and entities.toml, if any
            articles = [c for c in expand([folder]) if not is_knowledge_file(folder, c.path)]
            report = import_paths(library, articles, origin="seed") if articles else ImportReport()
            count = library.count()
            if count == 0:
                raise CollectionError(f"no articles could be read from {folder}")
            built_at = write_manifest(library.conn, name or output.stem, edition)
            if sign is not None:
                _sign(library.conn, sign)
            library.optimize()
            # A collection is copied and read, often from read-only media: rollback-journal
            # mode opens there (WAL needs a writable -shm beside the file), and VACUUM drops
            # the free pages the import left behind.
            library.conn.execute("PRAGMA journal_mode = DELETE")
            library.conn.set_authorizer(None)  # VACUUM attaches a scratch copy; the file is ours
            library.conn.execute("VACUUM")
        os.replace(temporary, output)
    except BaseException:
        _remove_database(temporary)
        raise
    return BuiltCollection(output, report, count, output.stat().st_size, built_at)


def _sign(conn: sqlite3.Connection, key_file: Path) -> None:
    from .signing import sign_manifest

    manifest = conn.execute("SELECT value FROM meta WHERE key = ?", (MANIFEST_KEY,)).fetchone()
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                 (SIGNATURE_KEY, sign_manifest(manifest[0], key_file)))  # fmt: skip


@contextmanager
def open_copy(path: Path) -> Iterator[Library]:
    """A private copy of a library file, to check one that may sit on read-only media or be
    in someone's hands: checking the search index writes, and the original stays untouched."""
    with tempfile.TemporaryDirectory(prefix="pakru-verify-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        # Checked as it is and never upgraded: a collection's schema must be exactly ours.
        try:
            library = Library(copy, migrate=False)
        except LibraryError as error:  # name the file the user gave, not our private copy
            raise LibraryError(str(error).replace(str(copy), str(path))) from None
        with library:
            yield library


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _entries(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """article id → the SHA-256 of its stored text (as the library hashes it), its title and
    file name: the title and file let a problem be reported so that a person can act on it."""
    from ..ingest.cleanup import content_hash

    rows = conn.execute("SELECT article_id, title, source_file, body, kinds FROM articles")
    return {
        aid: {"sha256": content_hash(title, blocks_of(body, kinds)), "title": title,
              "file": source_file or ""}
        for aid, title, source_file, body, kinds in rows
    }  # fmt: skip


def write_manifest(conn: sqlite3.Connection, name: str = "", edition: int = 1) -> str:
    """Record every article's id and text hash, the date and the app version; returns the
    build date. The hashes are recomputed from the stored text, not copied from the rows."""
    built_at = datetime.now(UTC).isoformat(timespec="seconds")
    manifest = {
        "format": MANIFEST_FORMAT,
        "name": name,
        "edition": edition,  # update packs go from one edition to the next
        "app_version": __version__,
        "built_at": built_at,
        "hash": "sha256 of the title and each block (kind and text), as `pakru verify` checks",
        "articles": dict(sorted(_entries(conn).items())),
        **covered(conn),
    }
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (MANIFEST_KEY, json.dumps(manifest, ensure_ascii=False, indent=0)),
    )
    return built_at


def check_manifest(
    conn: sqlite3.Connection,
    should_cancel: Callable[[], bool] | None = None,
    strict: bool = False,
) -> ManifestCheck:
    """Compare the library with its manifest; a library without one is not a problem, unless
    `strict` (a file handed out as a collection) and this installation pins trusted keys.
    `strict` also counts an article the manifest does not list as an alteration."""
    try:
        row = conn.execute(
            "SELECT value, length(value) FROM meta WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
        signed = conn.execute("SELECT value FROM meta WHERE key = ?", (SIGNATURE_KEY,)).fetchone()
    except sqlite3.DatabaseError as error:
        return ManifestCheck(True, problems=[f"manifest: cannot be read ({error})"])
    pinned = pinned_keys()
    if row is None:
        check = ManifestCheck(False)
        if strict and pinned:
            check.problems.append("signature: untrusted — not a signed collection, and this "
                                  "installation trusts only its librarians' keys")  # fmt: skip
        return check
    try:
        if not isinstance(row[0], str) or row[1] > MAX_MANIFEST_CHARS:
            raise ValueError("not text of a sensible size")
        manifest = json.loads(row[0])
        listed: dict[str, dict[str, str]] = manifest["articles"]
        expected = {aid: str(entry["sha256"]) for aid, entry in listed.items()}
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        return ManifestCheck(True, problems=[f"manifest: damaged, cannot be read ({error})"])
    except RecursionError:  # JSON nested thousands deep: built to crash a reader
        return ManifestCheck(True, problems=["manifest: damaged, cannot be read (nested too "
                                             "deeply to be a manifest)"])  # fmt: skip
    signature = check_signature(row[0], signed[0] if signed else None, pinned)
    check = ManifestCheck(True, len(listed), escape_controls(str(manifest.get("built_at", "?"))[:40]),
                          escape_controls(str(manifest.get("app_version", "?"))[:40]), signature=signature,
                          name=escape_controls(str(manifest.get("name") or ""))[:200])  # fmt: skip
    if signature.problem:
        check.problems.append(signature.problem)
    elif signature.state == "unsigned" and pinned:
        check.problems.append("signature: untrusted — unsigned, and this installation trusts "
                              "only its librarians' keys")  # fmt: skip
    if manifest.get("format") not in READABLE_FORMATS:
        check.problems.append(f"manifest: format {manifest.get('format')!r} is not one this "
                              f"version reads ({MANIFEST_FORMAT})")  # fmt: skip
        return check
    try:
        found = _entries(conn)
    except sqlite3.DatabaseError as error:
        check.problems.append(f"manifest: the articles cannot be read ({error})")
        return check
    for article_id, digest in sorted(expected.items()):
        if should_cancel is not None and should_cancel():
            break
        entry = listed[article_id]
        named = f"article {article_id} ({entry.get('title', '')!r}, {entry.get('file', '')})"
        if article_id not in found:
            check.problems.append(f"manifest: {named} is missing from the library")
        elif found[article_id]["sha256"] != digest:
            check.problems.append(
                f"manifest: {named}: text differs from the collection (sha256 "
                f"{found[article_id]['sha256'][:12]}…, manifest says {digest[:12]}…)"
            )
    check.extra = len(found.keys() - listed.keys())
    if manifest.get("format") == 2:
        try:
            differing = {a for a in expected if a in found and found[a]["sha256"] != expected[a]}
            check.problems += coverage_problems(conn, manifest, strict, differing)
        except (sqlite3.DatabaseError, AttributeError, TypeError) as error:
            check.problems.append(f"manifest: cannot be compared with the library ({error})")
    return check
