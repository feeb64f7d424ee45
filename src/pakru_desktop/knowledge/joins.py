"""A sentence that joins the writer's account of an act and a speaker's words about it:
"Mexico halted the debt-equity program on Feb. 25 to force banks to act, and Gurria said it
would resume once the loan is disbursed". The first clause is an act the article tells (it
happened, on its date); the second is the speaker's (a plan, a claim). Read as one line, the
sentence takes one kind and the act is shown as the speaker's plan, or the plan as an act. So
the clause after ", and <someone> said" or ", but <someone> said" is a line of its own, and
the sentence up to it another (both quote the paragraph exactly) — when that first clause
tells something of its own: a figure or a date, or an act (one the lists name, or one by a
subject that acts). Otherwise ("American Express remained silent on rumors …, but analysts
said …", "Dudley Taft, Taft vice chairman, and Narragansett said …") the sentence stays one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .bare import act_at

if TYPE_CHECKING:
    from .statements import StatementRules

# ", and Gurria said", ", but the company said", ", and a spokesman told reporters": a clause
# of its own, its subject (one to four words, not an auxiliary: ", but has said" goes on with
# the sentence's subject) right before its verb of saying.
_SPEAKER_JOINED = re.compile(
    r",\s+(?:and|but)\s+(?=(?!(?:has|have|had|was|were|is|are|also|then|later)\b)"
    r"(?:[\w.'’-]+\s+){1,4}?(?:said|says|told)\b)"
)
# A first clause shorter than this is no statement of its own ("Shares rose, and …").
_SHORTEST = 25
_DIGIT = re.compile(r"\d")


def speaker_clauses(text: str, lowered: str, lines: Iterable[tuple[int, int, int]],
                    rules: StatementRules) -> Iterable[tuple[int, int, int]]:  # fmt: skip
    """The lines of splits.clause_spans, each whole sentence (main = -1) cut before a
    speaker's clause joined to it: the act, then the speaker's words (main = -1 too: the
    clause names its own speaker)."""
    if (", and " not in text and ", but " not in text) or (
            " said" not in text and " says" not in text and " told" not in text):  # fmt: skip
        return lines  # (most paragraphs join no speaker's clause: C speed first)
    return _cut(text, lowered, lines, rules)


def _cut(text: str, lowered: str, lines: Iterable[tuple[int, int, int]],
         rules: StatementRules) -> Iterator[tuple[int, int, int]]:  # fmt: skip
    for start, end, main in lines:
        if main != -1 or (text.find(", and ", start, end) < 0
                          and text.find(", but ", start, end) < 0) or (
                text.find(" said", start, end) < 0 and text.find(" says", start, end) < 0
                and text.find(" told", start, end) < 0):  # fmt: skip
            yield start, end, main  # (most sentences join no clause: C speed first)
            continue
        joined = _SPEAKER_JOINED.search(text, start, end)
        if joined is None or joined.start() - start < _SHORTEST or not _tells(
                text, lowered, start, joined.start(), rules):  # fmt: skip
            yield start, end, main
            continue
        yield start, joined.start(), -1
        yield joined.end(), end, -1


def _tells(text: str, lowered: str, start: int, end: int, rules: StatementRules) -> bool:
    """Does the clause tell something of its own: a figure or a date (a digit), an act the
    lists name, or an act of a subject that acts?"""
    if _DIGIT.search(text, start, end) or act_at(rules, text[start:end])[0] >= 0:
        return True
    return any(k.startswith("action ") for _, kinds in rules.cues(text, lowered, start, end)
               for k in kinds)  # fmt: skip
