"""“Did you mean”: unknown words of a query respelled as the closest words of the library."""

from __future__ import annotations

import difflib
import sqlite3

from ..text.fold import fold


def respelled(conn: sqlite3.Connection, text: str, words: list[str]) -> str | None:
    """`text` with each of `words` (folded query words) that the library does not have
    replaced by the most similar word it has, the more frequent first; None if none changed."""
    suggestion = " ".join(text.split())
    changed = False
    for word in words:
        if len(word) < 3 or conn.execute("SELECT 1 FROM words WHERE word = ?", (word,)).fetchone():
            continue
        candidates = conn.execute(
            "SELECT word, df FROM words WHERE word >= ? AND word < ?"
            " AND length(word) BETWEEN ? AND ?",
            (word[0], word[0] + "\U0010ffff", len(word) - 2, len(word) + 2),
        ).fetchall()
        frequency = dict(candidates)
        close = difflib.get_close_matches(word, list(frequency), n=5, cutoff=0.75)
        if not close:
            continue
        close.sort(key=lambda w: (-difflib.SequenceMatcher(None, word, w).ratio(),
                                  -frequency[w]))  # fmt: skip
        suggestion = _replace_word(suggestion, word, close[0])
        changed = True
    return suggestion if changed else None


def _replace_word(text: str, old: str, new: str) -> str:
    out = []
    for token in text.split(" "):
        out.append(new if fold(token.strip('"()')) == old else token)
    return " ".join(out)
