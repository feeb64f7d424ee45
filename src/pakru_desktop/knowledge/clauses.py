"""Clauses of a sentence, for the kinds of statement (statements.py): whether a cue is the
sentence's own act or belongs to a clause joined after it, a noun's relative clause, a
participle describing a noun, and the forms plain verbs take."""

from __future__ import annotations

import re

from .asides import aside
from .scan import any_in

# A cue right after one of these speaks for its own clause only ("…, but union leaders said
# most were still on strike"): the clause before it is not theirs.
# "and" inside a name ("The Globe and Mail", "Procter and Gamble") joins no clause.
_CLAUSE_JOIN = re.compile(r"(?:\bbut|\bwhile|\bwhereas|\band|\balthough|;)\s+(?:\S+\s+){0,4}\Z")
_NAME_AND = re.compile(r"[A-Z][\w.&'-]*\s+and\s+[A-Z]")


# "the projections provided by Cyclops", "the second worst paid": a verb's participle
# describing a noun, no act (an act in the passive has its auxiliary: "was signed by").
_BY_AFTER = re.compile(r"\s+by\b")
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being|has|have|had|not)\s+\Z")
_DEGREE_BEFORE = re.compile(
    r"\b(?:worst|best|most|least|poorly|badly|highly|lowest|highest|"
    r"better|worse)\s+\Z"
    # "the previously announced sale": a participle describing the noun ("has already
    # signed" is an act: an auxiliary before the adverb)
    r"|(?<!has )(?<!had )(?<!have )(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )"
    r"\b(?:previously|recently|already|newly|jointly)\s+\Z"
)


def whole(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word (no word character touching it)?"""
    # (no stand-in characters built for the ends: this runs for every cue word of a story)
    if start:
        before = text[start - 1]
        if before.isalnum() or before == "_":
            return False
    if end < len(text):
        after = text[end]
        return not (after.isalnum() or after == "_")
    return True


# Words too common to look a phrase up by (the phrase is found from its next word).
COMMON = frozenset({"the", "a", "an", "in", "to", "of", "on", "at", "for",
                    "he", "she", "we", "i", "they", "it"})  # fmt: skip
_COMMON_WORDS = tuple(COMMON)


def anchored_phrase(phrases: list[tuple[re.Pattern[str], re.Pattern[str] | None]],
                    lowered: str, at: int, word_end: int) -> tuple[int, int]:  # fmt: skip
    """(start, end) of the first phrase whose common words stand right before the word at
    `at` and whose rest follows it, or (-1, -1). `phrases`: (the phrase's COMMON words before
    its anchor, its words after), as statements.py anchors a phrase on its first uncommon word."""
    # The word right before the anchor is one of COMMON, or no phrase stands here (most
    # anchors: "is", "be"): compared at C speed before any expression's search (forty places).
    last = at  # (where that word ends)
    while last > 0 and lowered[last - 1].isspace():
        last -= 1
    if not lowered.endswith(_COMMON_WORDS, 0, last):
        return -1, -1
    openings: dict[str, re.Match[str] | None] = {}  # (phrases of one anchor share openings)
    for before, after in phrases:
        if before.pattern in openings:
            opening = openings[before.pattern]
        else:
            opening = openings[before.pattern] = before.search(lowered, max(0, at - 40), at)
        if opening is None:
            continue
        if after is None:
            return opening.start(), word_end
        rest = after.match(lowered, word_end)
        if rest is not None:
            return opening.start(), rest.end()
    return -1, -1


def ing_forms(verb: str) -> set[str]:
    """The -ing forms a plain verb may take ("lend" → "lending", "close" → "closing",
    "cut" → "cutting"); a form no verb has matches nothing."""
    forms = {verb + "ing", verb + verb[-1] + "ing"}
    if verb.endswith("e") and not verb.endswith("ee"):
        forms.add(verb[:-1] + "ing")
    return forms


BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+\Z")
# The cue of a plain verb after a plan cue: an act.
PLAIN_ACT = frozenset({"action action"})


# "raises questions", "raised doubts": a verb of acting used of a thought, no act.
_THOUGHT_AFTER = re.compile(r"\s+(?:questions|concerns|doubts|fears|hopes|eyebrows|the question"
                            r"|the possibility|the prospect)\b")  # fmt: skip


# The words _DEGREE_BEFORE ends on: the word right before the cue must be one of them.
_DEGREE_WORDS = ("worst", "best", "most", "least", "poorly", "badly", "highly", "lowest",
                 "highest", "better", "worse", "previously", "recently", "already", "newly",
                 "jointly")  # fmt: skip


def participle(lowered: str, start: int, end: int) -> bool:
    # The expression's search tries a dozen places with a dozen words each: the word right
    # before the cue, compared with them at C speed, rules most cues out first.
    last = start  # (where that word ends)
    while last > 0 and lowered[last - 1].isspace():
        last -= 1
    if lowered.endswith(_DEGREE_WORDS, 0, last) and _DEGREE_BEFORE.search(
            lowered, max(0, start - 12), start):  # fmt: skip
        return True
    if _THOUGHT_AFTER.match(lowered, end):
        return True
    return (
        _BY_AFTER.match(lowered, end) is not None
        and _AUXILIARY_BEFORE.search(lowered, max(0, start - 12), start) is None
    )


# A relative clause describing a noun: its plan is not the sentence's.
_RELATIVE = re.compile(
    r"(?:,\s*(?:who|which)|\b(?:in|under|by)\s+which|\bwhereby|"
    # ", a transaction that will result in a gain": a noun set beside another, and its clause
    r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:that|which))\s+(?:\w+\s+){0,2}\Z"
    r"|\b(?:in|under|by)\s+which\s+(?:\w+\s+){3,5}\Z"
)


def relative(text: str, at: int) -> bool:
    """Is the cue at `at` the first of a noun's relative clause ("…, which expires")?"""
    start = max(0, at - 40)
    window = text[start:at]
    if "wh" not in window and "that" not in window:  # "who", "which", "that"
        return False  # most cues: no "which" or "who" before them
    return _RELATIVE.search(text, start, at) is not None


_TERMS_CLAUSE = re.compile(
    r"\b(?:in|under|by)\s+which\s+(?:\w+\s+){0,5}\Z|\bwhereby\s+"
    r"(?:\w+\s+){0,5}\Z"
)


def terms_clause(text: str, at: int) -> int:
    """Where an "in which" or "whereby" clause holding the cue at `at` opens (-1: none): the
    terms of a thing the sentence names ("a letter of intent in which Orbis plans to buy")."""
    found = _TERMS_CLAUSE.search(text, max(0, at - 40), at)
    return -1 if found is None else found.start()


def joined(sentence: str, at: int) -> bool:
    """Is the cue at `at` in a clause joined to an earlier one ("…, but leaders said")?"""
    found = _CLAUSE_JOIN.search(sentence, max(0, at - 60), at)
    if found is None:
        return False
    if sentence.startswith("and", found.start()):  # not inside a name ("The Globe and Mail")
        opening = sentence.rfind(" ", 0, found.start() - 1) + 1
        return _NAME_AND.match(sentence, opening) is None
    return True


def attributed(kind: str, sentence: str, cues: list[frozenset[str]],
               positions: list[int] | None) -> bool:  # fmt: skip
    """Is a cue of `kind` the sentence's own attribution (not in a clause joined later)?"""
    starts = positions or [0] * len(cues)
    # "…, despite pleas from ministers and widespread intervention, dealers said": a speaker
    # after the last comma, at the end, speaks for the whole sentence whatever comes before.
    last = sentence.rfind(",")
    tail = last if last >= 0 and len(sentence) - last < 50 else len(sentence)
    # (not an aside: "a trip in which they hoped", "over alleged subsidies", see asides.py)
    return any(kind in kinds and (at > tail or not joined(sentence, at))
               and not aside(sentence, at)
               for kinds, at in zip(cues, starts, strict=False))  # fmt: skip


# A clause's join, not a list's ("steel and nonresidential construction businesses").
_JOIN = re.compile(
    r"(?:,\s*(?:and|but)\b|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|;|"
    r"\band\s+(?:if|when|once|unless|after|before)\b)"
)


def joined_between(sentence: str, act: int, at: int) -> bool:
    """Is a clause joined between the act at `act` and the cue at `at`?"""
    return _JOIN.search(sentence, act, at) is not None


# "Washington announced plans to slap tariffs", "approved plans to start negotiating": the plan
# is what the act announced or approved.
_ANNOUNCING = ("announced", "unveiled", "disclosed", "outlined", "detailed", "approved")
_ANNOUNCED = re.compile(
    r"\b(?:announced|unveiled|disclosed|outlined|detailed|approved)\s+"
    r"(?:(?:its|their|his|her|the|new|a)\s+)?\Z"
)


def announced_plan(sentence: str, at: int) -> bool:
    """Is the plan cue at `at` the object of announcing ("announced plans to")?"""
    start = max(0, at - 30)  # (its verbs looked for first: the search tries thirty places)
    return any_in(_ANNOUNCING, sentence[start:at]) and (
        _ANNOUNCED.search(sentence, start, at) is not None)  # fmt: skip


def equates_figure(sentence: str, at: int) -> bool:
    """Does the cue at `at` restate a figure ("represents just over 54 pct")?"""
    return _EQUATES.match(sentence, at) is not None


# What a proposal's terms do (not "would exceed", "would be difficult": a comparison, a view).
_TERMS = (
    r"(?:pay|own|give|receive|get|hold|buy|acquire|issue|include|provide|assume|retain|"
    r"keep|exchange|hand|sell|lend|invest|transfer)\b"
)


def plan_patterns(nouns: list[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """("is considering a takeover bid", "the proposal would pay creditors 3.87 bln"): a plan
    weighed, and a proposal's terms told in the conditional. `nouns`: what a plan is called."""
    if not nouns:
        return None, None
    names = r"(?:" + "|".join(re.escape(n) for n in nouns) + r")s?\b"
    # (any thing weighed is a plan: "is considering tax incentives", "a takeover bid"; not
    # "is considering whether": a question)
    considering = re.compile(
        r"\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?considering\s+(?!whether\b|how\b|what\b|"
        r"the\s+matter\b|it\b|them\b)[\w-]+"
    )
    # "the agreement calls for holders to receive 24.60 dlrs": what a plan provides for.
    terms = re.compile(
        r"\b"
        + names
        + r"[^.;:\"]{0,60}?\b(?:would\s+(?:also\s+)?"
        + _TERMS
        + r"|(?:calls?|provides?|called|provided)\s+for\b)"
    )
    return considering, terms


_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|when|until|once)\b[^,;:\"]{0,40}\Z")


def time_clause(sentence: str, at: int) -> bool:
    """Is the cue at `at` in a clause of time ("… after it was signed"): background to the
    sentence, not its act?"""
    return _TIME_CLAUSE.search(sentence, max(0, at - 45), at) is not None


# A plan cue that is a noun or an adjective: "employers' plans to make 800 redundancies",
# "the plan to", "union demands for shorter hours", "planned redundancies" — the sentence
# tells of the plan, not a plan of its own.
_NOUN_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their|his|her|our|the|a|an|this|that|these|"
                          r"those|new|union|workers'?|such))\s+\Z", re.I)  # fmt: skip
_NOUNS_NEXT = frozenset("for and or of is are was were has have had would will".split())
_PLANNED_ADJECTIVE = re.compile(r"planned\s+(?!to\b|for\b|by\b|on\b|in\b|at\b)[a-z]")
_BE_BEFORE_PLANNED = re.compile(r"\b(?:is|are|was|were|been|be|being|had|has|have)\s+\Z")


def plan_noun(sentence: str, at: int) -> bool:
    """Is the plan cue at `at` a noun or an adjective, not the sentence's own plan?"""
    word = sentence[at : at + 8].lower()
    if word.startswith(("plan", "demand")):
        if word.startswith("planned"):
            return (_PLANNED_ADJECTIVE.match(sentence, at) is not None
                    and _BE_BEFORE_PLANNED.search(sentence, max(0, at - 12), at) is None)  # fmt: skip
        after = sentence[at:].split(None, 2)
        if len(after) > 1 and after[1].lower() in _NOUNS_NEXT or after[0][-1] in ",.;":
            return True  # "union demands for", "plans for 800 redundancies", "plans and"
        return _NOUN_BEFORE.search(sentence, max(0, at - 12), at) is not None
    return False


# "This represents just over 54 pct of the shares": a figure restated as a share of another,
# a fact, not the view "represents" gives elsewhere ("represents a new era").
_EQUATES = re.compile(
    r"\b(?:represents?|represented|reflects?|reflected)\s+(?:(?:just|about|some|nearly|almost|"
    r"roughly|over|under|more|less|than|around)\s+)*[\d.,]*\d"
)


# A condition on the act: "if certain conditions were met", "if Dixons would sell".
# "if approved, would have made it costly" is a past that did not come: no plan.
CONDITION = re.compile(
    r"\b(?:if|unless|provided)\b[^.;]{0,80}\b(?:would|were|was|could)\b(?!\s+have\b)", re.I
)


# "the number of shares he is seeking": a noun's clause with no "which" (a contact clause).
# "the shares he is seeking", "the number it will accept", "the shares USAir is seeking": a
# noun, its clause's subject, the plan (a contact clause). The word before the subject is
# checked in Python: a long look-ahead of excluded words at every place cost more than all the
# rest of the clause checks.
_CONTACT = re.compile(
    r"\b([a-z]+)\s+(?:he|she|it|they|we|[A-Z][\w.&-]*)\s+"
    r"(?:(?:is|are|was|were)\s+)?\Z"
)
_CONTACT_ENDS = ("he", "she", "it", "they", "we", "is", "are", "was", "were")
_NOT_A_NOUN = frozenset(
    "said says told that and but because since as if when while so then now where after "
    "before what which who how why whether hope hopes expect expects believe believes think "
    "thinks feel feels know knows announced stated added warned noted insisted indicated "
    "confirmed ensure mean means sure of in for from by with at on to into about over under "
    "against between than asked informed assured".split()
)


def contact_clause(sentence: str, at: int) -> bool:
    """Is the cue at `at` the plan of a noun's contact clause ("the shares he is seeking")?"""
    # The word right before the cue (after its spaces) is the clause's subject or its "is":
    # looked at first, as the search tries thirty places (two cues in three fail here).
    last = at
    while last > 0 and sentence[last - 1].isspace():
        last -= 1
    if last == at:
        return False
    if not sentence.endswith(_CONTACT_ENDS, 0, last):
        start = last
        while start > 0 and not sentence[start - 1].isspace():
            start -= 1
        if not "A" <= sentence[start] <= "Z":
            return False  # no pronoun, no name: no subject
    found = _CONTACT.search(sentence, max(0, at - 30), at)
    if found is None or found.group(1) in _NOT_A_NOUN:
        return False
    before = sentence[max(0, found.start() - 9) : found.start()].split()
    return not before or before[-1] not in ("told", "asked", "informed", "assured", "warned")


_ACTS: dict[frozenset[str], bool] = {}


def acts(kinds: frozenset[str]) -> bool:
    """Is one of a cue's categories an action? (Memoised: a few sets of categories recur, and
    the test runs for each cue of most sentences.)"""
    found = _ACTS.get(kinds)
    if found is None:
        found = _ACTS[kinds] = any(k.startswith("action ") for k in kinds)
    return found


# Where a noun's clause opens: an act after it is the clause's, not the sentence's.
_REL_OPEN = re.compile(r",\s*(?:who|which)\b|\b(?:in|under|by)\s+which\b|\bwhereby\b")
_HOW = re.compile(r"\b(?:on|about|of|over)\s+(?:how|whether|what|when)\s+(?:[\w-]+\s+){0,5}\Z")


def _on_how(sentence: str, at: int) -> bool:
    """Is the cue at `at` in a clause of how or whether ("a package on how the manager will
    buy")? (Its words looked for first: the search tries sixty places.)"""
    start = max(0, at - 60)
    window = sentence[start:at]
    return ("wh" in window or "how" in window) and _HOW.search(sentence, start, at) is not None


def planned_cue(sentence: str, cues: list[frozenset[str]],
                positions: list[int] | None) -> bool:  # fmt: skip
    """A plan cue that speaks for the sentence: not one in a clause joined after the act
    ("talks collapsed today and the strike will continue" happened)."""
    starts = positions or [0] * len(cues)
    first_act = None
    for kinds, at in zip(cues, starts, strict=False):
        if (first_act is None or at < first_act) and acts(kinds):
            first_act = at
    for kinds, at in zip(cues, starts, strict=False):
        if "mode planned" not in kinds or announced_plan(sentence, at) or plan_noun(
                sentence, at) or _on_how(sentence, at) or (
                contact_clause(sentence, at)):  # fmt: skip
            # "announced plans to …", "employers' plans to", "a package on how the manager
            # will buy cocoa was presented": no plan of the sentence's own
            continue
        if relative(sentence, at):
            if first_act is None:
                continue  # "the offer, which expires June 2, is fair": the offer's plan
            if first_act < at and _REL_OPEN.search(sentence, 0, first_act) is None:
                continue  # "were named in a suit filed …, which seeks an injunction"
            opening = terms_clause(sentence, at)
            if first_act is not None and 0 <= first_act < opening:
                continue  # "signed a letter of intent in which Orbis plans to buy"
            # The plan of a noun's clause is not the sentence's when the sentence acts
            # after the clause ("The strikers, who are seeking more, have rejected …").
            close = sentence.find(",", at)
            if close >= 0 and any(a > close and acts(c)
                                  for c, a in zip(cues, starts, strict=False)):  # fmt: skip
                continue
        # A plan in a clause joined after the act ("bonding began on March 31 and if the
        # penalties are imposed, they will …") is that clause's, not the sentence's.
        if first_act is None or at <= first_act or not (
                joined(sentence, at) or joined_between(sentence, first_act, at)):  # fmt: skip
            return True
    return False
