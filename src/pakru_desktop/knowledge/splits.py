"""Clauses of a sentence that are lines of their own. "Texaco filed for protection under
Chapter 11 earlier today, saying it had no choice because of Pennzoil's refusal" tells an act
(happened) and the actor's account of it (its claim): one line of one kind would show the
claim as happened or the act as a claim. A participle of saying after a comma opens the
second line; the first ends before the comma (both quote the paragraph exactly).

A dated event set in a noun's clause ("The conference, which resumed today under UNCTAD's
auspices, is scheduled to last until March 20"; "the tender offer, announced before the
opening today, expires March 25") is an event of its own: the sentence up to the clause's end
is a line too, beside the sentence whole."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# The participles of saying that open a clause of its own (referents.py and extract.py read
# the same words: "[Texaco] saying …" shows its speaker, and it is a line of someone's words).
TELLING = ("saying", "arguing", "claiming", "contending", "insisting", "citing", "adding")
# ", saying …", ", arguing that …", ", citing …": the subject's own words about its act.
_TOLD_AFTER = re.compile(r",\s+(?=(?:" + "|".join(TELLING) + r")\s)")
# A first clause shorter than this is no statement of its own ("He left, saying …").
_SHORTEST = 25
_PARTICIPLES = (
    "announced",
    "made",
    "filed",
    "signed",
    "held",
    "reached",
    "set",
    "launched",
    "opened",
    "began",
)
_COMMA_PARTICIPLES = tuple(f", {w}" for w in _PARTICIPLES)
# ", which resumed today …,", ", announced before the opening today,": a noun's clause
# between commas (its own verb in the past, or a participle), then the sentence goes on.
_NOUNS_CLAUSE = re.compile(
    r",\s+(?:(?:which|who)\s+(?:was\s+|were\s+|has\s+been\s+)?\w+ed|"
    r"(?:" + "|".join(_PARTICIPLES) + r"))\b[^,;]{3,110}?(?=,\s)"
)
# The clause tells when: its event is one of the story's.
_DATED = re.compile(
    r"\b(?:today|tonight|yesterday|(?:last|this|on|next|early|late)\s+(?:night|week|month|"
    r"morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
DATED_CLAUSE = -2  # the `main` of a line that ends with a noun's dated clause


def clause_spans(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(start, end, main) of each line of the sentences at `spans`: a sentence whole
    (main = -1), or its act and then its participle of saying (main = where the act's clause
    starts, to name the speaker); before them, the sentence up to a noun's dated clause
    (main = DATED_CLAUSE)."""
    # Both expressions open on a comma (their searches skip to the commas at C speed) and
    # find nothing in most sentences. The words each needs as written (one space after the
    # comma) are looked for in the paragraph only once one has matched: those substring
    # tests of a whole paragraph cost three times the searches of all its sentences.
    clauses: bool | None = None
    tells: bool | None = None
    for start, end in spans:
        clause = _NOUNS_CLAUSE.search(text, start, end)
        if clause is not None and clauses is None:
            clauses = ", wh" in text or any(w in text for w in _COMMA_PARTICIPLES)
        if clause is not None and clauses and _DATED.search(clause.group(0)):
            yield start, clause.end(), DATED_CLAUSE
        told = _TOLD_AFTER.search(text, start, end)
        if told is not None and tells is None:
            tells = "ing " in text and any(w in text for w in TELLING)
        if told is None or not tells or told.start() - start < _SHORTEST:
            yield start, end, -1
            continue
        yield start, told.start(), -1
        yield told.end(), end, start
