"""Hits marked in text: snippets around them, marks carried back from folded text, HTML.

Hits are marked with control characters (bound as SQL parameters, never in stored text), as
calibre does; only `marked_html` turns them into tags, after escaping the text.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Sequence

from ..db.schema import TOKENIZE
from ..model import Block
from ..text.fold import index_text, restore_marks

OPEN, CLOSE = "\x01", "\x02"
SNIPPET_TOKENS = 24


def distinct_hits(marked: str) -> int:
    """How many different words are marked in a paragraph."""
    return len({part.split(CLOSE, 1)[0].casefold() for part in marked.split(OPEN)[1:]})


def restore_blocks(originals: list[str], marked: list[str]) -> list[str]:
    """A body's blocks highlighted on their folded text, marked on the original ones."""
    if len(originals) != len(marked):
        return originals
    return [
        restore_marks(original, block, OPEN, CLOSE) if OPEN in block else original
        for original, block in zip(originals, marked, strict=True)
    ]


def window(text: str, size: int = SNIPPET_TOKENS) -> str:
    """About `size` words of a paragraph around its first hit, with markers kept balanced."""
    words = text.split()
    first = next((i for i, word in enumerate(words) if OPEN in word), 0)
    start = max(0, min(first - size // 3, len(words) - size))
    piece = words[start : start + size]
    shown = " ".join(piece)
    first_close, first_open = shown.find(CLOSE), shown.find(OPEN)
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        shown = OPEN + shown  # a marked phrase began before the window
    if shown.count(OPEN) > shown.count(CLOSE):
        shown += CLOSE  # … or runs past its end
    return ("…" if start > 0 else "") + shown + ("…" if start + size < len(words) else "")


def marked_html(text: str) -> str:
    """Text with \\x01…\\x02 hit markers → safe HTML with <mark> tags."""
    escaped = html.escape(text, quote=False)
    return escaped.replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


def scratch_index() -> sqlite3.Connection:
    """An in-memory index for one article's paragraphs, tokenized as the library's index."""
    scratch = sqlite3.connect(":memory:", check_same_thread=False)
    scratch.execute(f"CREATE VIRTUAL TABLE para USING fts5(text, tokenize='{TOKENIZE}')")
    return scratch


def mark_blocks(scratch: sqlite3.Connection, blocks: Sequence[Block],
                terms: list[str]) -> dict[int, str]:  # fmt: skip
    """The blocks matching any of `terms` (FTS5 expressions of a compiled query), as their
    text with OPEN…CLOSE around each hit, by block number."""
    scratch.execute("DELETE FROM para")
    folded = {block.number: index_text(block.text) for block in blocks}
    scratch.executemany(
        "INSERT INTO para (rowid, text) VALUES (?, ?)",
        [(block.number, folded[block.number] or block.text) for block in blocks],
    )
    query = " OR ".join(dict.fromkeys(terms)) or '""'
    try:
        rows = scratch.execute(
            "SELECT rowid, highlight(para, 0, ?, ?) FROM para WHERE para MATCH ?",
            (OPEN, CLOSE, query),
        ).fetchall()
    except sqlite3.OperationalError:
        return {}
    texts = {block.number: block.text for block in blocks}
    return {
        number: restore_marks(texts[number], marked, OPEN, CLOSE) if folded[number] else marked
        for number, marked in rows
        if OPEN in marked
    }
