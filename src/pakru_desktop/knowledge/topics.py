"""Topics: editable files in resources/topics/*.md — front matter (slug, title, order,
keywords as search queries) and a short Markdown introduction. No code change to add one."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..ingest.safe_files import MAX_METADATA_BYTES, FileRefused, read_bounded
from ..model import ArticleSummary, Topic
from ..text.frontmatter import parse_front_matter

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


def _flow_list(value: str) -> list[str]:
    """`[a, "b c", d*]` → ['a', '"b c"', 'd*'] (quotes kept: they make a phrase)."""
    inner = value.strip().removeprefix("[").removesuffix("]")
    return [item.strip() for item in re.findall(r'"[^"]*"|[^,]+', inner) if item.strip()]


def load_topics(folder: Path, extra: Sequence[Path] = ()) -> list[Topic]:
    """Every well-formed topic file of a folder (and the `extra` files), in display order;
    broken files are left out (a typo in one topic must not take the others down)."""
    topics: list[Topic] = []
    files = sorted(folder.glob("*.md")) if folder.is_dir() else []
    for path in [*files, *extra]:
        try:
            # Bounded, never through a link, as articles are read (ingest/safe_files).
            raw = read_bounded(path, MAX_METADATA_BYTES, follow_links=False)
            meta, body = parse_front_matter(raw.decode("utf-8"))
        except (FileRefused, UnicodeDecodeError):
            continue
        slug = meta.get("slug", path.stem)
        keywords = tuple(_flow_list(meta.get("keywords", "")))
        if not _SLUG.match(slug) or not keywords:
            continue
        try:
            order = int(meta.get("order", "999"))
        except ValueError:
            order = 999
        requires = tuple(k.strip('"') for k in _flow_list(meta.get("requires", "")))
        topics.append(Topic(slug, meta.get("title", slug.title()), order, keywords, body.strip(),
                            requires))  # fmt: skip
    return sorted(topics, key=lambda t: (t.order, t.slug))


def find_topic(topics: list[Topic], slug: str) -> Topic | None:
    return next((t for t in topics if t.slug == slug), None)


def topic_articles(conn: sqlite3.Connection, expression: str) -> list[ArticleSummary]:
    """The articles matching a topic's compiled FTS5 expression, newest first."""
    rows = conn.execute(
        "SELECT a.article_id, a.title, a.source, a.source_file, a.date, a.date_precision,"
        " a.date_estimated, length(a.kinds) FROM articles a"
        " WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        " ORDER BY a.date DESC, a.title",
        (expression,),
    )
    return [ArticleSummary(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in rows]
