"""What a collection's signed manifest covers besides each article's text: everything a reader
sees of it.

- each article's whole stored record: title, source, author, date and its precision, section,
  file name, notes, headings, and the body and block kinds exactly as stored (so no line can
  hide beyond the blocks, and no two paragraphs can be merged, without the hash changing);
- the set of articles (an article the manifest does not list is one added after signing);
- the topics and names stored in the library (db/knowledge_files.py);
- the statements the fact sheets are made of, as they were found when it was built: when the
  file's statements claim to be current for this version's extraction, they must be those.
  (Statements that do not claim so are found again from the signed text before any use, and
  a collection opened in the app always finds them again.)
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

from ..db.knowledge_files import stored_files
from ..knowledge.store import FINGERPRINT_KEY

RECORD_COLUMNS = ("article_id", "title", "source", "author", "date", "date_precision",
                  "date_estimated", "section", "truncated", "source_file", "notes", "headings",
                  "body", "kinds")  # fmt: skip
# Statements by article id, not row numbers: a library brought to the same version by an
# update pack holds the same statements under other row numbers.
FACT_TABLES = {
    "facts": "SELECT a.article_id, f.paragraph, f.text, f.kind, f.date, f.date_text,"
    " f.precision, f.inferred, f.dates, f.figures, f.entities, f.events, f.topics"
    " FROM facts f LEFT JOIN articles a ON a.id = f.article",
    "fact_topics": "SELECT t.topic, a.article_id, f.paragraph, f.text FROM fact_topics t"
    " LEFT JOIN facts f ON f.id = t.fact LEFT JOIN articles a ON a.id = f.article",
    "mentions": "SELECT m.entity, m.kind, a.article_id, m.paragraph, m.count FROM mentions m"
    " LEFT JOIN articles a ON a.id = m.article",
}


def _digest(values: object) -> str:
    return hashlib.sha256(json.dumps(values, ensure_ascii=False, default=str).encode()).hexdigest()


def record_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """article id → the SHA-256 of its whole stored record."""
    rows = conn.execute(f"SELECT {', '.join(RECORD_COLUMNS)} FROM articles")  # noqa: S608
    return {str(row[0]): _digest(list(row)) for row in rows}


def knowledge_digest(conn: sqlite3.Connection) -> str:
    return _digest(stored_files(conn))


def facts_digest(conn: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for table, query in FACT_TABLES.items():
        digest.update(table.encode())
        rows = sorted(json.dumps(list(row), ensure_ascii=False) for row in conn.execute(query))
        for row in rows:
            digest.update(row.encode() + b"\n")
    return digest.hexdigest()


def facts_fingerprint(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (FINGERPRINT_KEY,)).fetchone()
    return str(row[0]) if row else ""


def covered(conn: sqlite3.Connection) -> dict[str, object]:
    """The manifest's part beyond the per-article text hashes, computed from the file."""
    return {
        "records": dict(sorted(record_hashes(conn).items())),
        "knowledge": knowledge_digest(conn),
        "facts": facts_digest(conn),
        "facts_with": facts_fingerprint(conn),
    }


def coverage_problems(conn: sqlite3.Connection, manifest: dict, strict: bool,
                      reported: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]  # fmt: skip
    """What differs from the signed manifest's coverage, in words. `strict`: the file is a
    collection as handed out (an article it does not list is an alteration, not an import).
    `reported`: articles already said to differ in their text (said once)."""
    problems: list[str] = []
    signed_records = manifest.get("records")
    if not isinstance(signed_records, dict):
        return ["manifest: lists no article records (damaged)"]
    found = record_hashes(conn)
    listed = manifest.get("articles", {})
    for article_id, digest in sorted(signed_records.items()):
        if article_id in found and found[article_id] != digest and article_id not in reported:
            title = listed.get(article_id, {}).get("title", "") if isinstance(listed, dict) else ""
            problems.append(f"manifest: article {article_id} ({title!r}): its text or metadata "
                            "(title, source, date, author, file, paragraphs) differs from the "
                            "collection")  # fmt: skip
    extra = sorted(found.keys() - signed_records.keys())
    if strict:
        problems += [f"manifest: article {a} is not in the collection (added after it was built)"
                     for a in extra]  # fmt: skip
    if manifest.get("knowledge") != knowledge_digest(conn):
        problems.append("manifest: the topics or names stored in the library differ from the "
                        "collection's")  # fmt: skip
    current = facts_fingerprint(conn)
    missing = signed_records.keys() - found.keys()  # said already, with their titles
    claimed = not extra and not missing and current and current == manifest.get("facts_with")
    if claimed and facts_digest(conn) != manifest.get("facts"):
        problems.append("manifest: the statements of the fact sheets differ from those "
                        "found in the collection's text")  # fmt: skip
    return problems
