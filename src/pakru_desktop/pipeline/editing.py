"""Managing articles: remove one or many, correct an article's title, source, date or author
(`pakru remove`, `pakru edit`, the app's Delete and Edit Article Details…).

Each change is one transaction that keeps everything that follows from the articles right:
the search index (its triggers, and the folded copy), the word counts behind prefixes and
"did you mean", and the statements of the fact sheets. Citations follow by themselves: they
number the articles each sheet cites when it is built."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ..db.indexing import add_word_counts
from ..db.schema import LibraryError
from ..ingest.cleanup import content_hash
from ..knowledge.library import Library
from ..model import blocks_of
from ..text.fold import index_text, surface_words

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
MAX_FIELD = 500  # a title, source or author longer than this is not one


class EditError(LibraryError):
    """An article cannot be removed or changed as asked; one line saying why."""


@dataclass(frozen=True)
class Correction:
    """Fields to change; None leaves a field as it is."""

    title: str | None = None
    source: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD; "" for undated
    author: str | None = None


def resolve(library: Library, given: str) -> str:
    """A full article id from an id or an unambiguous prefix; raises a one-line error."""
    found = library.resolve_id(given) if given else None
    if found is None:
        raise EditError(f"no article {given!r} in the library (ids: `pakru articles`)")
    return found


@contextmanager
def changing(library: Library) -> Iterator[sqlite3.Connection]:
    """A transaction in which the index's own triggers may run. Connections refuse triggers
    that touch the index (trusted_schema = OFF) so that a hostile file runs nothing; this
    library's schema was compared with ours when it was opened (db/schema.py), so the
    triggers that run here are the ones our migrations made."""
    with index_triggers(library.conn), library.transaction() as conn:
        yield conn


@contextmanager
def index_triggers(conn: sqlite3.Connection) -> Iterator[None]:
    """Let the index's triggers run for a while (see `changing`: the import, which removes
    the earlier version of a re-imported article, is a change of the same library)."""
    conn.execute("PRAGMA trusted_schema = ON")
    try:
        yield
    finally:
        conn.execute("PRAGMA trusted_schema = OFF")


def remove_articles(library: Library, article_ids: list[str]) -> list[str]:
    """Remove the articles (ids or prefixes), all or none; returns their titles."""
    ids = list(dict.fromkeys(resolve(library, given) for given in article_ids))
    with changing(library) as conn:
        return remove_rows(conn, ids)


def remove_rows(conn: sqlite3.Connection, article_ids: list[str]) -> list[str]:
    """Inside a change (`changing`): the articles, their statements and their words go."""
    titles = []
    words: Counter[str] = Counter()
    for article_id in article_ids:
        row = conn.execute(
            "SELECT id, title, body FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            continue
        rowid, title, body = row
        words.subtract(surface_words(f"{title}\n{body}"))
        _forget_facts(conn, rowid)
        # The index forgets it by trigger; seed_files keeps its name, so that a removed
        # built-in article is not added back on the next start.
        conn.execute("DELETE FROM articles WHERE id = ?", (rowid,))
        titles.append(title)
    add_word_counts(conn, words)
    return titles


def _forget_facts(conn, rowid: int) -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        "DELETE FROM fact_topics WHERE fact IN (SELECT id FROM facts WHERE article = ?)", (rowid,)
    )
    conn.execute("DELETE FROM facts WHERE article = ?", (rowid,))
    conn.execute("DELETE FROM mentions WHERE article = ?", (rowid,))


def _date_fields(date: str) -> tuple[str | None, str]:
    if not date:
        return None, ""
    match = _DATE.match(date.strip())
    if match is None:
        raise EditError(f"not a date: {date!r} (write 2025, 2025-03 or 2025-03-14)")
    year, month, day = match.groups()
    if (month and not 1 <= int(month) <= 12) or (day and not 1 <= int(day) <= 31):
        raise EditError(f"not a date: {date!r}")
    return date.strip(), "day" if day else "month" if month else "year"


def edit_article(library: Library, given: str, change: Correction) -> str:
    """Correct an article's details; returns its id. The title is part of the text (and of
    its hash); the date places its statements in time, so they are found again."""
    article_id = resolve(library, given)
    sets: dict[str, object] = {}
    for name in ("title", "source", "author"):
        value = getattr(change, name)
        if value is None:
            continue
        value = " ".join(value.split())  # one line: control characters and newlines go
        if len(value) > MAX_FIELD or (name == "title" and not value):
            raise EditError(f"the {name} must be one line of 1 to {MAX_FIELD} characters")
        sets[name] = value
    if change.date is not None:
        sets["date"], sets["date_precision"] = _date_fields(change.date)
        sets["date_estimated"] = 0
    if not sets:
        raise EditError("nothing to change (give --title, --source, --date or --author)")
    with changing(library) as conn:
        rowid, old_title, body, kinds = conn.execute(
            "SELECT id, title, body, kinds FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        if "title" in sets:
            sets["content_hash"] = content_hash(str(sets["title"]), blocks_of(body, kinds))
        assignments = ", ".join(f"{column} = ?" for column in sets)
        conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?",  # noqa: S608 - our names
                     (*sets.values(), rowid))  # fmt: skip
        if "title" in sets:
            # The update trigger indexed the title as written: index the folded form again.
            words = Counter(surface_words(f"{sets['title']}\n{body}"))
            words.subtract(surface_words(f"{old_title}\n{body}"))
            add_word_counts(conn, words)
            _reindex_row(conn, rowid)
        library.facts().rebuild()  # the statements' dates and topics follow the change
    return article_id


def _reindex_row(conn, rowid: int) -> None:  # type: ignore[no-untyped-def]
    """Give the search index this row's folded text (as imports index it)."""
    title, headings, body = conn.execute(
        "SELECT title, headings, body FROM articles_indexed WHERE id = ?", (rowid,)
    ).fetchone()
    conn.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, title, headings, body)"
        " VALUES ('delete', ?, ?, ?, ?)",
        (rowid, title, headings, body),
    )
    folded = [index_text(text or "") for text in (title, headings, body)]
    if any(text is not None for text in folded):  # as db/indexing.fold_articles stores them
        conn.execute("INSERT OR REPLACE INTO articles_folded (id, title, headings, body)"
                     " VALUES (?, ?, ?, ?)", (rowid, *folded))  # fmt: skip
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, headings, body)"
        " SELECT id, title, headings, body FROM articles_indexed WHERE id = ?",
        (rowid,),
    )
