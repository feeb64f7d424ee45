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

# What a story's event words mean, told in other words in a lead about one of its parties:
# (the event words a librarian writes, what they mean, how many companies the event takes,
# (patterns a lead must all hold, {party} any of the story's names) for each way of telling
# it). A takeover is about who owns
# and finances the company — a holder's stake, a suitor's proposal to combine, the lenders'
# waiver — not what the company makes or which plants it closes, and takes two companies;
# a divestiture (its asset sales) is the company selling a business of its own, told by its
# buyer as a takeover too; an equity offering or a
# recapitalization is it issuing securities.
_W = r"\b(?:{})\b".format
_CONTROL = r"takeover|buy-?out|merger|acquisition|tender offer|bid\*?"
_SALE = re.compile(r"^(?:divest\*?|divestitures?|spin-?off|asset sales?)$", re.I)
BUYERS_SIDE = "a purchase of a business"
_SENSES: tuple[tuple[re.Pattern[str], str, int, tuple[tuple[str, ...], ...]], ...] = (
    (re.compile(rf"^(?:{_CONTROL})$", re.I), "ownership or financing", 2, (
        (_W(r"stakes? in {party}|shares of {party}"),),
        (_W(r"combine|combination|merge|suitors?"),),
        (_W(r"waivers?|covenants?|credit agreements?|lenders|creditors"),),
    )),
    # Not "restructuring": a country's debt is restructured too, and sells no business.
    (_SALE, "a sale of a business", 1, (
        (_W(r"sell|sells|selling|sold|sale"),
         _W(r"units?|divisions?|subsidiary|subsidiaries|operations|businesses")),
    )),
    # The same sale told by its buyer ("Boliden to announce a takeover"): of the story only
    # when the article names the seller too (`Topic.other_side`) — else it is the company
    # buying something for itself.
    (_SALE, BUYERS_SIDE, 2, ((_W(r"takeover|takes? over|acquisition|acquires?|acquired"),),)),
    (re.compile(r"^(?:equity offering|shelf registration|public offering|share issue|"
                r"rights issue|recapitaliz\*?)$", re.I), "an issue of securities", 1, (
        (_W(r"issue|issuing|offering|raise|raising"),
         _W(r"preferred stock|notes|debentures|securities|common stock|equity|capital")),
    )),
)  # fmt: skip


def senses_of(keywords: Sequence[str]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The other words that tell of a topic's events (see `_SENSES`), each meaning once,
    under the first of the topic's keywords that names it."""
    senses: list[tuple[str, str, tuple[str, ...]]] = []
    for event, meaning, _, tellings in _SENSES:
        keyword = next((k.strip('"') for k in keywords if event.match(k.strip('"'))), None)
        if keyword is not None:
            senses += [(keyword, meaning, telling) for telling in tellings]
    return tuple(senses)


def party_events(keywords: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """The keywords that name an event only companies have (see `_SENSES`), with how many
    it takes: a takeover two (a buyer and a target), a divestiture or an equity offering
    one. Each is always some company's own."""
    words = [k.strip('"') for k in keywords]
    found = ((w, next((n for event, _, n, _ in _SENSES if event.match(w)), 0)) for w in words)
    return tuple((w, parties) for w, parties in found if parties)


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
        senses = senses_of(keywords)
        buyers = tuple({meaning for _, meaning, _ in senses if meaning == BUYERS_SIDE})
        topics.append(Topic(slug, meta.get("title", slug.title()), order, keywords, body.strip(),
                            requires, senses, party_events(keywords), buyers))  # fmt: skip
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
