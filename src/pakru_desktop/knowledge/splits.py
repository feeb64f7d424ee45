"""Clauses of a sentence that are lines of their own. "Texaco filed for protection under
Chapter 11 earlier today, saying it had no choice because of Pennzoil's refusal" tells an act
(happened) and the actor's account of it (its claim): one line of one kind would show the
claim as happened or the act as a claim. A participle of saying after a comma opens the
second line; the first ends before the comma (both quote the paragraph exactly)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# ", saying …", ", arguing that …", ", citing …": the subject's own words about its act.
_TOLD_AFTER = re.compile(
    r",\s+(?=(?:saying|arguing|claiming|contending|insisting|citing|adding)\s)"
)
# A first clause shorter than this is no statement of its own ("He left, saying …").
_SHORTEST = 25


def clause_spans(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(start, end, main) of each line of the sentences at `spans`: a sentence whole
    (main = -1), or its act and then its participle of saying (main = where the act's clause
    starts, to name the speaker)."""
    for start, end in spans:
        told = _TOLD_AFTER.search(text, start, end)
        if told is None or told.start() - start < _SHORTEST:
            yield start, end, -1
            continue
        yield start, told.start(), -1
        yield told.end(), end, start
