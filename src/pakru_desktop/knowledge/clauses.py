"""Clauses of a sentence, for the kinds of statement (statements.py): whether a cue is the
sentence's own act or belongs to a clause joined after it, a noun's relative clause, a
participle describing a noun, and the forms plain verbs take."""

from __future__ import annotations

import re

# A cue right after one of these speaks for its own clause only ("…, but union leaders said
# most were still on strike"): the clause before it is not theirs.
_CLAUSE_JOIN = re.compile(r"(?:\bbut|\bwhile|\bwhereas|\band|\balthough|;)\s+(?:\S+\s+){0,4}\Z")

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
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_" or after.isalnum() or after == "_")


# Words too common to look a phrase up by (the phrase is found from its next word).
COMMON = frozenset({"the", "a", "an", "in", "to", "of", "on", "at", "for"})


def anchored_phrase(phrases: list[tuple[re.Pattern[str], re.Pattern[str] | None]],
                    lowered: str, at: int, word_end: int) -> tuple[int, int]:  # fmt: skip
    """(start, end) of the first phrase whose common words stand right before the word at
    `at` and whose rest follows it, or (-1, -1)."""
    for before, after in phrases:
        opening = before.search(lowered, max(0, at - 40), at)
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


def participle(lowered: str, start: int, end: int) -> bool:
    if _DEGREE_BEFORE.search(lowered, max(0, start - 12), start):
        return True
    if _THOUGHT_AFTER.match(lowered, end):
        return True
    return (
        _BY_AFTER.match(lowered, end) is not None
        and _AUXILIARY_BEFORE.search(lowered, max(0, start - 12), start) is None
    )


# A relative clause describing a noun: its plan is not the sentence's.
_RELATIVE = re.compile(
    r"(?:,\s*(?:who|which)|\b(?:in|under|by)\s+which|\bwhereby)\s+(?:\w+\s+){0,2}\Z"
)


def relative(text: str, at: int) -> bool:
    """Is the cue at `at` the first of a noun's relative clause ("…, which expires")?"""
    start = max(0, at - 40)
    if "wh" not in text[start:at]:  # "who", "which", "whereby"
        return False  # most cues: no "which" or "who" before them
    return _RELATIVE.search(text, start, at) is not None


_TERMS_CLAUSE = re.compile(
    r"\b(?:in|under|by)\s+which\s+(?:\w+\s+){0,2}\Z|\bwhereby\s+"
    r"(?:\w+\s+){0,2}\Z"
)


def terms_clause(text: str, at: int) -> int:
    """Where an "in which" or "whereby" clause holding the cue at `at` opens (-1: none): the
    terms of a thing the sentence names ("a letter of intent in which Orbis plans to buy")."""
    found = _TERMS_CLAUSE.search(text, max(0, at - 40), at)
    return -1 if found is None else found.start()


def joined(sentence: str, at: int) -> bool:
    """Is the cue at `at` in a clause joined to an earlier one ("…, but leaders said")?"""
    return _CLAUSE_JOIN.search(sentence, max(0, at - 60), at) is not None


def attributed(kind: str, sentence: str, cues: list[frozenset[str]],
               positions: list[int] | None) -> bool:  # fmt: skip
    """Is a cue of `kind` the sentence's own attribution (not in a clause joined later)?"""
    starts = positions or [0] * len(cues)
    return any(kind in kinds and not joined(sentence, at)
               for kinds, at in zip(cues, starts, strict=False))  # fmt: skip


# A clause's join, not a list's ("steel and nonresidential construction businesses").
_JOIN = re.compile(
    r"(?:,\s*(?:and|but)\b|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|;|"
    r"\band\s+(?:if|when|once|unless|after|before)\b)"
)


def joined_between(sentence: str, act: int, at: int) -> bool:
    """Is a clause joined between the act at `act` and the cue at `at`?"""
    return _JOIN.search(sentence, act, at) is not None


# "Washington announced plans to slap tariffs": the plan is what the act announced.
_ANNOUNCED = re.compile(
    r"\b(?:announced|unveiled|disclosed|outlined|detailed)\s+"
    r"(?:(?:its|their|his|her|the|new|a)\s+)?\Z"
)


def announced_plan(sentence: str, at: int) -> bool:
    """Is the plan cue at `at` the object of announcing ("announced plans to")?"""
    return _ANNOUNCED.search(sentence, max(0, at - 30), at) is not None


# "This represents just over 54 pct of the shares": a figure restated as a share of another,
# a fact, not the view "represents" gives elsewhere ("represents a new era").
_EQUATES = re.compile(
    r"\b(?:represents?|represented|reflects?|reflected)\s+(?:(?:just|about|some|nearly|almost|"
    r"roughly|over|under|more|less|than|around)\s+)*[\d.,]*\d"
)
# "Dixons said earlier it would allow the offer to expire": the speaker telling its own plan
# (not "it would be difficult", a view).
# A named party's plan told by its speaker reads the same ("Government officials said Japan
# would make a formal request", "Baldrige said the United States would go ahead"); a thing's
# "would" ("said the move would hurt exports") is a view.
_OWN_PLAN = re.compile(
    r"\b(?:said|says|told\s+\w+)\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?:it|they|(?:the\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:would|will)\s+"
    r"(?!not\b|be\b|have\b|like\b|prefer\b|welcome\b|consider\b|probably\b|likely\b|need\b|"
    r"mean\b|cost\b|hurt\b|help\b|benefit\b|suffer\b|lose\b|face\b|remain\b|depend\b)\w+"
)
# Speculation: "They probably will close the Toledo plant", "would possibly meet".
_SPECULATION = re.compile(
    r"\b(?:probably|possibly|perhaps|presumably)\s+(?:will|would|could)\b|"
    r"\b(?:will|would)\s+(?:probably|possibly|perhaps|presumably)\b"
)
_SPEECH = re.compile(r"\b(?:said|says|told|added|asked)\b")


def equates_figure(sentence: str, at: int) -> bool:
    """Does the cue at `at` restate a figure ("represents just over 54 pct")?"""
    return _EQUATES.match(sentence, at) is not None


def own_plan(sentence: str) -> bool:
    """Does a speaker tell a plan ("said it would allow the offer to expire", "said Japan
    would make a formal request"), and before any speculation in the sentence?"""
    if " would " not in sentence and " will " not in sentence:
        return False  # most sentences: no plan told (C speed before the expression)
    plan = _OWN_PLAN.search(sentence)
    if plan is None:
        return False
    guess = _SPECULATION.search(sentence)
    return guess is None or guess.start() > plan.end()


def speculation(sentence: str) -> bool:
    """Is a plan only guessed at ("they probably will close the plant")?"""
    return (
        "probabl" in sentence
        or "possib" in sentence
        or "perhap" in sentence
        or "presum" in sentence
    ) and _SPECULATION.search(sentence) is not None


def continued_quote(sentence: str) -> bool:
    """Is the sentence the rest of a quote opened in the sentence before, with no speaker of
    its own ('They are using force and we are using peaceful methods."')?"""
    text = sentence.rstrip()
    if text.count('"') != 1 or not text.endswith('"'):
        return text.endswith("”") and "“" not in text and _SPEECH.search(text) is None
    return _SPEECH.search(text) is None


# "Dixons said the Securities and Exchange Commission has authorized …": a speaker telling
# what another, named party has done (its own acts it tells as "it", "its").
# Also "It said Japan had been fully implementing the pact": a party's account of its own
# side's conduct, told by another (here its embassy), is their claim.
NAMED_OTHER = re.compile(
    r"\b(?:said|says)\s+(?:that\s+)?(?:the\s+)?[A-Z][^,.;:\"]{0,60}?\s+(?:has|had|have)\s+"
    r"(?:(?:been|not|never|already|also|fully)\s+){0,2}\w+(?:ed|ing)\b"
)


def trailing_speaker(reporters: list[str], speech: list[str]) -> re.Pattern[str] | None:
    """A sentence that ends by naming a third party telling it ("…, a British naval source in
    the Gulf said", "…, the CBC said"): the report is theirs whoever acts in it. `reporters`:
    words that name such a party (source, service, newspaper); `speech`: verbs of saying."""
    if not reporters or not speech:
        return None
    return re.compile(
        r",\s+(?:according\s+to\s+[^,;:\"]{0,50}?\b(?:" + "|".join(map(re.escape, reporters))
        + r")\b[^,;:\"]{0,50}|(?:[^,;:\"]{0,50}?\s)?(?:" + "|".join(map(re.escape, reporters))
        + r")\b[^,;:\"]{0,40}?\s(?:" + "|".join(map(re.escape, speech))
        + r")\b[^,;:\"]{0,20})\W*\Z", re.I
    )  # fmt: skip


def unnamed_speaker(speech: list[str], unnamed: list[str]) -> re.Pattern[str] | None:
    """ "said a shareholder had", "told Reuters that some": a speaker telling what an unnamed
    party did. `unnamed`: the words that open such a party ("a", "some", "sources")."""
    if not speech or not unnamed:
        return None
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in speech)
        + r")(?:\s+(?!in\b|at\b|on\b|to\b|during\b|after\b)\w+)?\s+"
        r"(?:that\s+)?(?:" + "|".join(re.escape(w) for w in unnamed)
        + r")(?:\s+[\w.'’-]+){1,3}?\s+(?:had|has|have|was|were|is|are|would|will|\w+ed)\b"
    )  # fmt: skip


# "Iran denied as baseless reports that it intended…": denying is the act (happened) and the
# reports it denies are no event; the hearsay cue in the object is not the sentence's.
_DENIAL = re.compile(
    r"(?<!nor )(?<!not )(?<!to )\b(?:denied|denies|deny)\s+(?:as\s+\w+\s+)?(?:(?:press|newspaper|published|the)\s+)?"
    r"(?:reports?|rumou?rs|speculation|claims|allegations)\b"
)


def denial(sentence: str) -> bool:
    """Does the sentence deny reports ("TransCanada denied reports that it raised…")?"""
    return ("denie" in sentence or "deny" in sentence) and _DENIAL.search(sentence) is not None


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
    considering = re.compile(
        r"\b(?:is|are|was|were)\s+considering\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
        + names
    )
    terms = re.compile(r"\b" + names + r"[^.;:\"]{0,60}?\bwould\s+(?:also\s+)?" + _TERMS)
    return considering, terms


# Quoted opinion: a sentence that opens inside quotation marks, or calls something "…", or
# ends on a speaker's few quoted words ('he said "slim to none."').
QUOTED = re.compile(r"\s*[\"“‘]")
SAID_QUOTE = re.compile(r"\b(?:said|says|replied|answered)\s*[,:]?\s*[\"“][^\"”]{1,60}[\"”]\W*\Z")
# 'Chairman Saba stated: "EIAJ believes that it is premature …"': the sentence is the quote.
COLON_QUOTE = re.compile(
    r"\b(?:said|says|stated|states|added|declared)\s*:\s*[\"“][^\"”]+[\"”]?\W*\Z"
)
CALLED = re.compile(r"\b(?:called|termed|described)\b[^\"“]{0,80}[\"“][^\"”]{1,60}[\"”]", re.I)
# A condition on the act: "if certain conditions were met", "if Dixons would sell".
# "if approved, would have made it costly" is a past that did not come: no plan.
CONDITION = re.compile(
    r"\b(?:if|unless|provided)\b[^.;]{0,80}\b(?:would|were|was|could)\b(?!\s+have\b)", re.I
)


# "…, Reagan Administration officials said": officials named by a party the sentence does not
# otherwise name tell what another party did (a company's own officials tell its own acts).
_OFFICIALS = re.compile(
    r",\s+(?:(?:the|a|an|one)\s+)?((?:[A-Z][\w.&-]*\s+){1,4})(?:officials?|spokes(?:man|woman|men))\s+"
    r"(?:said|say|says|told\s+\w+)\b[^,;:\"]{0,20}\W*\Z"
)


def other_party_speaker(sentence: str, last: int) -> bool:
    """Does the sentence end by naming officials of a party it does not otherwise name?
    `last`: where its last comma is (the speaker follows it)."""
    if last < 0 or ("fficial" not in sentence and "spokes" not in sentence):
        return False
    match = _OFFICIALS.match(sentence, last)
    if match is None:
        return False
    # Whose act: the sentence's subject, the words before its first verb ("France's Renault
    # agreed to forgive …, a Chrysler official said" is Chrysler telling of Renault's act,
    # even where the sentence names Chrysler later).
    told = sentence[: match.start()]
    verb = _FIRST_VERB.search(told)
    subject = told[: verb.start()] if verb is not None else told
    return not any(word in subject for word in match.group(1).split())


_FIRST_VERB = re.compile(r"\b(?:said|says|has|have|had|is|are|was|were|will|would|\w+ed)\b")


def war_claim(speech: list[str], force: list[str], arms: list[str]) -> re.Pattern[str] | None:
    """A speaker telling of a strike: a verb of saying, then a verb of `force` ("said its
    warplanes had attacked") or its `arms` striking ("said its warplanes hit two ships")."""
    if not speech or not (force or arms):
        return None
    verbs = "|".join(re.escape(f) for f in force)
    struck = r"(?:had\s+|have\s+|has\s+)?(?:hit|struck|fired\s+on|" + (verbs or "x^") + r")\b"
    armed = r"(?:" + "|".join(re.escape(a) for a in arms) + r")\s+" + struck if arms else ""
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in speech) + r")\b[^.;]*?\b(?:"
        + "|".join(p for p in (r"(?:" + verbs + r")\b" if verbs else "", armed) if p)
        + r")", re.I
    )  # fmt: skip


_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|when|until|once)\b[^,;:\"]{0,40}\Z")


def time_clause(sentence: str, at: int) -> bool:
    """Is the cue at `at` in a clause of time ("… after it was signed"): background to the
    sentence, not its act?"""
    return _TIME_CLAUSE.search(sentence, max(0, at - 45), at) is not None
