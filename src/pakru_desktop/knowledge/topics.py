"""Topics: editable files in resources/topics/*.md — front matter (slug, title, order,
keywords as search queries) and a short Markdown introduction. No code change to add one."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..model import ArticleSummary
from ..text.frontmatter import parse_front_matter

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    order: int
    keywords: tuple[str, ...]  # each one a query in the search language
    introduction: str  # Markdown
    requires: tuple[str, ...] = ()  # entities an article must name to be of the topic

    @cached_property
    def keyword_patterns(self) -> list[re.Pattern[str]]:
        """Each keyword as its own plain regular expression (see `pattern`)."""
        words = [k.strip('"').lower() for k in self.keywords if k.strip('"')]
        return [re.compile(r"\b" + r"\s+".join(re.escape(w.rstrip("*")) for w in k.split()), re.I)
                for k in words]  # fmt: skip

    def keywords_in(self, text: str) -> list[str]:
        """The topic's keywords a text holds, each once; a keyword found only inside another
        one's match ("seamen" in "seamen's strike") does not count on its own."""
        spans = {}
        for keyword, pattern in zip(self.keywords, self.keyword_patterns, strict=True):
            found = [m.span() for m in pattern.finditer(text)]
            if found:
                spans[keyword.strip('"')] = found
        return [k for k, found in spans.items()
                if any(not any(o != k and s0 <= a and b <= e0 and (s0, e0) != (a, b)
                               for o, others in spans.items() for s0, e0 in others)
                       for a, b in found)]  # fmt: skip

    def holds(self, text: str, entities: set[str]) -> bool:
        """Can an article be of the topic: it names every entity the topic requires (its
        sentences then join by the topic's keywords), or — a topic requiring nobody — it
        holds at least two of the topic's keywords (one name in passing is no story)."""
        if any(name not in entities for name in self.requires):
            return False
        return bool(self.requires) or len(self.keywords_in(text)) >= min(2, len(self.keywords))

    def why(self, text: str) -> str:
        """Why a text is of the topic, for a librarian: the names it must hold and the
        keywords it holds."""
        found = self.keywords_in(text)
        names = f"names {' and '.join(self.requires)}; " if self.requires else ""
        return f"{names}keywords: {', '.join(found[:6]) or '—'}"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The keywords as one plain regular expression (words as prefixes, phrases as
        written): a cheap test of whether a clause speaks of the topic."""
        words = [k.strip('"').lower() for k in self.keywords if k.strip('"')]
        parts = [r"\s+".join(re.escape(w.rstrip("*")) for w in k.split()) for k in words]
        return re.compile(r"\b(?:" + "|".join(parts) + r")", re.I)

    @property
    def query(self) -> str:
        """One query that a sentence or article of the topic matches."""
        return " OR ".join(self.keywords)


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
            meta, body = parse_front_matter(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
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
