"""Update packs: a librarian's signed change from one edition of a collection to the next
(`pakru build-update OLD NEW --sign KEY -o PACK`), applied by readers (`pakru update PACK`,
File → Apply Update…) to their library without losing what they imported themselves.

The pack holds the articles added or changed (whole stored records), the ids removed, the new
topics and names, and the new edition's manifest signed with the same key. Before anything
changes, the pack's signature is checked (and its key against the pinned ones), and the
reader's library must be exactly the edition it applies to (its manifest's SHA-256). The
change is then made in one transaction and compared with the new signed manifest before it
commits: what the reader ends with is what the librarian signed, or nothing changed."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..db import knowledge_files as files
from ..db.indexing import add_word_counts, index_new_articles
from ..db.schema import LibraryError
from ..knowledge.library import Library
from ..text.fold import surface_words
from .collection import MANIFEST_KEY, check_manifest, open_copy
from .coverage import RECORD_COLUMNS
from .editing import changing, remove_rows
from .signing import SIGNATURE_KEY, check_signature, pinned_keys, sign_manifest

PACK_FORMAT = "pakru-update-1"
MAX_PACK_BYTES = 1024 * 1024 * 1024


class UpdateError(LibraryError):
    """An update cannot be built or applied; one line saying why (nothing was changed)."""


@dataclass
class UpdateSummary:
    from_edition: int
    to_edition: int
    added: int
    changed: int
    removed: int

    def text(self) -> str:
        return (f"edition {self.from_edition} → {self.to_edition}: {self.added} article(s) "
                f"added, {self.changed} changed, {self.removed} removed")  # fmt: skip


def _manifest(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MANIFEST_KEY,)).fetchone()
    return row[0] if row and isinstance(row[0], str) else None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_update(old: Path, new: Path, key: Path, output: Path) -> UpdateSummary:
    """The pack from collection `old` (edition N) to `new` (edition N+1), signed with `key`."""
    with open_copy(old) as before, open_copy(new) as after:
        old_text, new_text = _manifest(before.conn), _manifest(after.conn)
        if old_text is None or new_text is None:
            raise UpdateError("both files must be collections (`pakru build-collection`)")
        old_m, new_m = json.loads(old_text), json.loads(new_text)
        if "records" not in old_m or "records" not in new_m:
            raise UpdateError("collections built by an older pakru: build them again")
        was, now = int(old_m.get("edition", 1)), int(new_m.get("edition", 1))
        if now != was + 1:
            raise UpdateError(f"{new} is edition {now}; an update goes from edition {was} to "
                              f"{was + 1} (build-collection --edition {was + 1})")  # fmt: skip
        old_r, new_r = old_m["records"], new_m["records"]
        changed = sorted(a for a in old_r.keys() & new_r.keys() if old_r[a] != new_r[a])
        added = sorted(new_r.keys() - old_r.keys())
        removed = sorted(old_r.keys() - new_r.keys())
        columns = ", ".join((*RECORD_COLUMNS, "content_hash"))
        articles = [list(after.conn.execute(f"SELECT {columns} FROM articles WHERE "  # noqa: S608
                                            "article_id = ?", (a,)).fetchone())
                    for a in added + changed]  # fmt: skip
        body = json.dumps({
            "format": PACK_FORMAT, "from_edition": was, "to_edition": now,
            "from_manifest": _sha(old_text), "manifest": new_text,
            "manifest_signature": sign_manifest(new_text, key),
            "articles": articles, "changed": changed, "removed": removed,
            "knowledge_files": files.stored_files(after.conn),
        }, ensure_ascii=False)  # fmt: skip
    pack = json.dumps({"pack": body, "signature": sign_manifest(body, key)}, ensure_ascii=False)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    temporary.write_text(pack, encoding="utf-8")
    os.replace(temporary, output)
    return UpdateSummary(was, now, len(added), len(changed), len(removed))


def read_pack(path: Path) -> dict:
    """The pack's content, once its signature is verified (and trusted, when keys are pinned)."""
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise UpdateError(f"{path} is too large to be an update")
        outer = json.loads(path.read_text(encoding="utf-8"))
        body, record = outer["pack"], outer["signature"]
        if not isinstance(body, str) or not isinstance(record, str):
            raise ValueError("not a pack")
    except OSError as error:
        raise UpdateError(f"cannot read {path}: {error.strerror or error}") from None
    except (ValueError, KeyError, TypeError, RecursionError):
        raise UpdateError(f"{path} is not a pakru update (`pakru build-update`)") from None
    signature = check_signature(body, record, pinned_keys())
    if signature.state != "signed":
        raise UpdateError(f"the update is refused: {signature.summary()}; nothing was changed")
    content = json.loads(body)
    inner = check_signature(content.get("manifest", ""), content.get("manifest_signature"))
    if content.get("format") != PACK_FORMAT or inner.fingerprint != signature.fingerprint:
        raise UpdateError("the update is refused: its parts are not signed by one key")
    content["signed_by"] = signature.summary()
    return content


def apply_update(library: Library, path: Path) -> UpdateSummary:
    """Bring the library to the pack's edition, or refuse with nothing changed."""
    pack = read_pack(path)
    current = _manifest(library.conn)
    edition = int(json.loads(current).get("edition", 1)) if current else 0
    if current is None or _sha(current) != pack["from_manifest"]:
        have = f"edition {edition}" if current else "not a collection"
        raise UpdateError(f"the update goes from edition {pack['from_edition']} to "
                          f"{pack['to_edition']}; this library is {have}: nothing was changed")  # fmt: skip
    try:
        with changing(library) as conn:
            # Changed articles go and come back as signed; so does a reader's own copy of an
            # added one (the same id: the same text).
            arriving = [str(values[0]) for values in pack["articles"]]
            remove_rows(conn, [*arriving, *pack["removed"]])
            _insert(conn, pack["articles"])
            conn.execute("DELETE FROM knowledge_files")
            for kind, name, text in pack["knowledge_files"]:
                files.put(conn, kind, name, text)
            for key, value in ((MANIFEST_KEY, pack["manifest"]),
                               (SIGNATURE_KEY, pack["manifest_signature"])):  # fmt: skip
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
            library.forget_knowledge()
            library.facts().rebuild()
            check = check_manifest(conn)
            if check.problems:
                raise UpdateError(f"the update is refused: the result would differ from the "
                                  f"signed edition ({check.problems[0]}); nothing was changed")  # fmt: skip
    finally:
        library.forget_knowledge()
    added = len(pack["articles"]) - len(pack["changed"])
    return UpdateSummary(pack["from_edition"], pack["to_edition"], added, len(pack["changed"]),
                         len(pack["removed"]))  # fmt: skip


def _insert(conn: sqlite3.Connection, articles: list[list]) -> None:
    last_id = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    columns = (*RECORD_COLUMNS, "content_hash")
    marks = ", ".join("?" * (len(columns) + 2))
    now = datetime.now(UTC).isoformat(timespec="seconds")
    words: dict[str, int] = {}
    for values in articles:
        if len(values) != len(columns):
            raise UpdateError("the update's articles are not in this version's form")
        conn.execute(f"INSERT INTO articles ({', '.join(columns)}, origin, imported_at)"  # noqa: S608
                     f" VALUES ({marks})", (*values, "seed", now))  # fmt: skip
        record = dict(zip(columns, values, strict=True))
        for word in surface_words(f"{record['title']}\n{record['body']}"):
            words[word] = words.get(word, 0) + 1
    index_new_articles(conn, last_id)
    add_word_counts(conn, words)
