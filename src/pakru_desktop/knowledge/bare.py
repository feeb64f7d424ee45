"""A sentence with nothing to count or date and no named event is a statement only when
someone says it or someone acts in it. Most such sentences are neither, and extract.py drops
them before reading their cues; these are the two tests that keep the rest.

Someone says it: a verb of saying or of holding a view ("X said the offer was inadequate",
"…, exporters said", "analysts consider another bid a long shot"), or a thing called a name
in quotation marks ('Kinnock called it "a bribes budget."').

Someone acts in it: the lists of statements.toml name the verbs that are acts anywhere, but
news tells acts in verbs no list can foresee ("The company has instituted an immediate
investigation", "…, but it later dropped this demand", "Salvage experts intend to raise the
ship"). Their grammar is the same for all: a subject that acts, and right after it its verb
in the simple past or present perfect active, or its plan (acting.py). That act is
then a cue like a listed one: classify() weighs its kind (happened, planned …) as any other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import PLAIN_ACT
from .splits import TELLING

if TYPE_CHECKING:
    from .statements import StatementRules

# Verbs of saying and of holding a view: who says or thinks it ("ChemLawn claimed such
# purchases violated …", "Delegates speculated …", "analysts consider another bid a long shot").
_SAID = re.compile(
    r"\b(?:said|says|say|told|stated|as\s+saying|according\s+to|claimed|claims|speculated|"
    r"considers?|believes?|argued|contended|alleged|alleges)\b"
    r"|\A(?:" + "|".join(TELLING) + r")\b"
)  # splits.py


# 'called it "a bribes budget."', 'termed the offer "inadequate"' (speakers.CALLED without
# "described").
_NAMED = re.compile(r"\b(?:called|termed)\b[^\"“]{0,80}[\"“][^\"”]{1,60}[\"”]")


def says(low: str) -> bool:
    """Does someone say or think the (lower-case) sentence? Calling a thing a name in
    quotation marks is saying it too ('Kinnock called it "a bribes budget."': a view)."""
    # (the words first: the search costs 2 us, and most sentences hold none of them)
    if ("sa" in low or "told" in low or "stated" in low or "accord" in low
            or "adding" in low or "arguing" in low or "claim" in low or "contend" in low
            or "insisting" in low or "speculated" in low or "consider" in low
            or "believe" in low or "alleg" in low) and _SAID.search(low) is not None:  # fmt: skip
        return True
    # (not "described … as": classify reads that form, and a quote after it is as often
    # the speaker's account of events: 'described the talks as "hard, and we faced …"')
    return ("called" in low or "termed" in low) and ('"' in low or "“" in low) and (
        _NAMED.search(low) is not None)  # fmt: skip


def act_at(rules: StatementRules, sentence: str) -> tuple[int, bool]:
    """Where the verb of an act told by a subject that acts stands in the sentence (-1: no
    such act), and whether it is a plan ("intend to raise")."""
    told = rules._told_event
    return told.act_at(sentence) if told else (-1, False)


def with_act(found: list[tuple[int, frozenset[str]]], start: int,
             acting: tuple[int, bool]) -> list[tuple[int, frozenset[str]]]:  # fmt: skip
    """The paragraph's cues with the sentence's act (at `start` + its place), in their
    order: a plain act, or an act and a plan ("will examine", as statements.py reads it)."""
    at, plan = acting
    return sorted([*found, (start + at, _PLAN if plan else PLAIN_ACT)], key=lambda cue: cue[0])


_PLAN = PLAIN_ACT | {"mode planned"}
