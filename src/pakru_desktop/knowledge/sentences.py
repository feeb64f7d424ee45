"""Sentences of a paragraph as spans, so a citation quotes the paragraph's exact characters."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (and any closing quote or bracket) before a capital or a digit.
# Two sources glue sentences together ("relations.In this context"): a full stop between a
# lower-case word and a capitalised one is a break too.
_BREAK = re.compile(
    r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z])"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sr|Jr|Prof|vs|etc|Rs|approx|e\.g|i\.e)|\b[A-Z]|"
    r"\bU\.S|\bU\.K|\bU\.N)\.[\"”’)\]]*$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; whitespace between sentences belongs to none."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        end = match.start()
        closing = re.match(r"[\"”’)\]]*", text[end:])
        end += closing.end() if closing else 0
        if _ABBREVIATION.search(text[max(start, end - 12) : end]):
            continue  # "Dr. Belokrantsky", "U.S. President": not an end
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
