"""The library's schema and its stepwise migrations (PRAGMA user_version, one step a version).

sqlite-utils builds the tables and the FTS index; it is imported only here and in imports,
never on the query path (importing it costs ~120 ms).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable

SCHEMA_VERSION = 6
# unicode61 treats ' ’ - – — as separators, so "Shehbaz's"/"Shehbaz’s" and
# "Pakistan-Russia"/"Pakistan–Russia" give the same tokens; porter stems English.
TOKENIZE = "porter unicode61 remove_diacritics 2"
FTS_COLUMNS = ["title", "headings", "body"]
RANK_FUNCTION = "bm25(10.0, 4.0, 1.0)"


class LibraryError(Exception):
    """The library file cannot be used; the message says why, in one line."""


def _step_1(conn: sqlite3.Connection) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db["articles"].create(
        {
            "id": int, "article_id": str, "title": str, "source": str, "author": str,
            "date": str, "date_precision": str, "date_estimated": int, "section": str,
            "truncated": int, "source_file": str, "content_hash": str, "origin": str,
            "imported_at": str, "notes": str,
            # Blocks are stored once: `body` is every block's text joined by "\n" (a block
            # never contains a newline), `kinds` one letter per block (p, h, i).
            "headings": str, "body": str, "kinds": str,
        },
        pk="id",
        not_null={"article_id", "title", "body", "kinds"},
        replace=True,  # a step interrupted half-way is simply run again
    )  # fmt: skip
    db["articles"].create_index(["article_id"], unique=True, if_not_exists=True)
    db["articles"].enable_fts(FTS_COLUMNS, tokenize=TOKENIZE, create_triggers=True, replace=True)
    # A match in the title counts most, then in a heading, then in the body.
    conn.execute(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", (RANK_FUNCTION,)
    )
    # Surface words with their document frequency: completes prefixes as you type, sizes hit
    # sets before ranking, and feeds "did you mean".
    db["words"].create({"word": str, "df": int}, pk="word", replace=True)
    db["seed_files"].create({"name": str, "article_id": str}, pk="name", replace=True)
    db["meta"].create({"key": str, "value": str}, pk="key", replace=True)


def _step_2(conn: sqlite3.Connection) -> None:
    # Indexing row by row from a trigger cost ~0.8 ms an article; imports now index all their
    # new rows with one INSERT … SELECT at the end of their transaction (indexing.index_new_articles).
    # The delete and update triggers stay: they keep the index right on any other change.
    conn.execute("DROP TRIGGER IF EXISTS articles_ai")


def _step_3(conn: sqlite3.Connection) -> None:
    # The article list (Library.summaries) from an index alone: without it SQLite reads every
    # article's body to reach `kinds` stored after it (535 ms at 100,000 articles).
    conn.execute(
        "CREATE INDEX IF NOT EXISTS articles_list ON articles (date DESC, title, article_id,"
        " source, source_file, date_precision, date_estimated, kinds)"
    )


def _step_4(conn: sqlite3.Connection) -> None:
    # The knowledge layer: sentence-level facts (knowledge/store.py fills them during each
    # import), the topics each fact is in, and entity mentions per paragraph. Facts point at
    # articles by rowid; `meta.knowledge` records the topics/entities files they were found
    # with (absent here, so the first use finds every fact).
    for statement in (
        "CREATE TABLE IF NOT EXISTS facts (id INTEGER PRIMARY KEY, article INTEGER NOT NULL,"
        " paragraph INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, date TEXT,"
        " date_text TEXT, precision TEXT, inferred INTEGER NOT NULL DEFAULT 0, dates TEXT,"
        " figures TEXT, entities TEXT, events TEXT, topics TEXT)",
        "CREATE INDEX IF NOT EXISTS facts_article ON facts (article)",
        "CREATE INDEX IF NOT EXISTS facts_date ON facts (date) WHERE date IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS fact_topics (topic TEXT NOT NULL, fact INTEGER NOT NULL,"
        " PRIMARY KEY (topic, fact)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS mentions (entity TEXT NOT NULL, kind TEXT NOT NULL,"
        " article INTEGER NOT NULL, paragraph INTEGER NOT NULL, count INTEGER NOT NULL,"
        " PRIMARY KEY (entity, article, paragraph)) WITHOUT ROWID",
        "DELETE FROM meta WHERE key = 'knowledge'",
    ):
        conn.execute(statement)


# The index reads `articles_indexed`: each article's text as text.fold.index_text gives it, kept
# in `articles_folded` only where it differs from the text itself (words beyond ASCII), so an
# English library stores nothing twice. FTS5's own integrity-check and 'rebuild' stay exact.
_INDEX_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS articles_folded (id INTEGER PRIMARY KEY, title TEXT,"
    " headings TEXT, body TEXT)",
    "DROP TRIGGER IF EXISTS articles_ai",
    "DROP TRIGGER IF EXISTS articles_ad",
    "DROP TRIGGER IF EXISTS articles_au",
    "DROP TABLE IF EXISTS articles_fts",
    "DROP VIEW IF EXISTS articles_indexed",
    "CREATE VIEW articles_indexed AS SELECT a.id AS id, coalesce(f.title, a.title) AS title,"
    " coalesce(f.headings, a.headings) AS headings, coalesce(f.body, a.body) AS body"
    " FROM articles a LEFT JOIN articles_folded f ON f.id = a.id",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, headings, body,"
    f" content='articles_indexed', content_rowid='id', tokenize='{TOKENIZE}')",
    # FTS5 forgets a row only when given the very text it indexed: the folded one if any.
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts (articles_fts, rowid, title, headings, body) VALUES ('delete',"
    " old.id, coalesce((SELECT title FROM articles_folded WHERE id = old.id), old.title),"
    " coalesce((SELECT headings FROM articles_folded WHERE id = old.id), old.headings),"
    " coalesce((SELECT body FROM articles_folded WHERE id = old.id), old.body));"
    " DELETE FROM articles_folded WHERE id = old.id; END",
    # Imports never change an article's text; text changed by hand is indexed as written
    # (unfolded) until the next reindex(), and the index stays consistent meanwhile.
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, headings, body ON articles BEGIN"
    " INSERT INTO articles_fts (articles_fts, rowid, title, headings, body) VALUES ('delete',"
    " old.id, coalesce((SELECT title FROM articles_folded WHERE id = old.id), old.title),"
    " coalesce((SELECT headings FROM articles_folded WHERE id = old.id), old.headings),"
    " coalesce((SELECT body FROM articles_folded WHERE id = old.id), old.body));"
    " DELETE FROM articles_folded WHERE id = old.id;"
    " INSERT INTO articles_fts (rowid, title, headings, body)"
    " VALUES (new.id, new.title, new.headings, new.body); END",
]


def _step_5(conn: sqlite3.Connection) -> None:
    # Russian and Urdu words are found: the index reads text folded and stemmed in Python
    # (text/fold.py, text/languages.py; why in search/engine.py's docstring), and the word table is counted
    # with the same folding. Every existing article is indexed again.
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _INDEX_SCHEMA:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", (RANK_FUNCTION,)
        )
        reindex(conn, recount_words=_words_of_version_4)
    except BaseException:
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if began:
        conn.execute("COMMIT")


def reindex(
    conn: sqlite3.Connection, recount_words: Callable[[str], set[str]] | None = None
) -> None:
    """Fold every article again and rebuild the search index from it (in the caller's
    transaction). `recount_words`: the folding the word table was counted with, when it
    differs from today's; the counts of articles with words beyond ASCII are then redone."""
    from ..text.fold import surface_words
    from .indexing import add_word_counts, fold_articles

    conn.execute("DELETE FROM articles_folded")
    fold_articles(conn)
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    if recount_words is None:
        return
    changed: Counter[str] = Counter()
    for title, body in conn.execute("SELECT title, body FROM articles"):
        whole = f"{title}\n{body}"
        if not whole.isascii():
            changed.subtract(recount_words(whole))
            changed.update(surface_words(whole))
    add_word_counts(conn, changed)


def _words_of_version_4(text: str) -> set[str]:
    """The word table's folding up to schema 4, to take those counts back out."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return set(re.findall(r"[^\W_]+", folded))


def _step_6(conn: sqlite3.Connection) -> None:
    # Topics and names belong to the library (db/knowledge_files.py): the files' text as the
    # librarian wrote it; none stored means the installation's own.
    conn.execute(
        "CREATE TABLE IF NOT EXISTS knowledge_files (kind TEXT NOT NULL, name TEXT NOT NULL,"
        " text TEXT NOT NULL, PRIMARY KEY (kind, name)) WITHOUT ROWID"
    )


MIGRATIONS = {1: _step_1, 2: _step_2, 3: _step_3, 4: _step_4, 5: _step_5, 6: _step_6}


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION, one step per version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"the library was written by a newer version of pakru (schema {version}); "
            "update the application to open it"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        # sqlite-utils runs some DDL through executescript(), which commits; each step is
        # therefore written to be safe to re-run, and user_version moves only when it is done.
        MIGRATIONS[target](conn)
        conn.execute(f"PRAGMA user_version = {int(target)}")
