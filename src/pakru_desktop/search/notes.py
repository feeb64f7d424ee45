"""The reader's own notes found by the search field, folded as the library is (case,
diacritics, Urdu and Russian letter forms), so a note is found by the words it was typed in."""

from __future__ import annotations

import re

from ..db.notes import Mark
from ..text.fold import words

_SYNTAX = {"or", "and", "not"}  # the query grammar's operators are not words of a note


def find_notes(marks: list[Mark], query: str, limit: int = 20) -> list[Mark]:
    """Notes and highlights whose text, quote or title holds every word of `query` (a word
    ending in * as a prefix); newest first."""
    wanted = [w for w in words(query) if w not in _SYNTAX]
    if not wanted:
        return []
    prefixes = {w for stem in re.findall(r"(\S+)\*", query) for w in words(stem)}
    found = []
    for mark in marks:
        if mark.kind == "bookmark" and not mark.body:
            continue
        own = words(f"{mark.body}\n{mark.quote}\n{mark.title}")
        if all(any(o == w or (w in prefixes and o.startswith(w)) for o in own) for w in wanted):
            found.append(mark)
    return sorted(found, key=lambda m: m.updated, reverse=True)[:limit]
