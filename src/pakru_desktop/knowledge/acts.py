"""Acts told in verbs no list names: after "will" any verb is an act, and so is a past verb
right after a named subject that opens the sentence. The lists of statements.toml name the
verbs that are acts anywhere; these forms say where any verb is one. And what is no act: a
forecast of how a quantity moves ("demand will increase")."""

from __future__ import annotations

import re

from .clauses import relative
from .scan import at_speech, each_at, leftmost_at

# "Saudi Arabia will continue to restrain production": after "will" any verb is an act (the
# lists name only the verbs that are acts anywhere); not a state or a prediction ("will be",
# "will hurt").
# Words after "will" or "would" that tell a state, a wish or a consequence, no act ("will be",
# "would hurt exports", "would result in retaliation"); speakers.py's told plans share them.
NO_ACT_AFTER_WILL = (
    "be", "have", "not", "never", "probably", "likely", "need", "depend", "remain", "mean",
    "cost", "hurt", "help", "benefit", "suffer", "lose", "face", "like", "prefer", "welcome",
    "consider", "find", "see", "know", "want", "become", "get", "result", "lead", "cause",
    "affect", "trigger", "spark", "provoke", "erupt",
)  # fmt: skip
NO_ACT = "|".join(w + r"\b" for w in NO_ACT_AFTER_WILL)
_WILL_ACT = re.compile(
    r"\b(?:will|shall)\s+(?:(?:also|now|soon|then|still)\s+)?(?!" + NO_ACT
    + r"|make\s+it\b|take\s+time\b)[a-z]{3,}\b"
)  # fmt: skip


def will_act(sentence: str) -> bool:
    """Does the sentence tell an act with "will" ("will continue to restrain output")?"""
    # (its words looked for first: the expression's search costs 3 us a sentence)
    return ("will " in sentence or "shall " in sentence) and (
        at_speech(_WILL_ACT, sentence, ("will", "shall")) is not None)  # fmt: skip


# "Brazil today suggested to its creditors an extension …", "Brazil has set up a commission":
# a named subject opening the sentence and its verb in the past — an act, whatever the verb
# (the lists can never name them all).
_LEAD_ACT = re.compile(
    r"\W*(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,5}(?:(?:today|yesterday|also|has|have|had|now|"
    r"(?:last|this|early|late)\s+[A-Z]?[a-z]+)\s+){0,2}"  # ("… Department last December slashed")
    r"(?!said\b|says\b|told\b|United\b|called\b|termed\b|described\b|labell?ed\b|branded\b|"
    r"dubbed\b|hailed\b|welcomed\b|critici[sz]ed\b|praised\b|accused\b|denied\b|claimed\b|"
    r"reported\b|stated\b|added\b|noted\b|argued\b|warned\b|predicted\b|expected\b|"
    r"estimated\b|believed\b|hoped\b|feared\b|indicated\b|suggested\s+that\b|reckoned\b|"
    r"considered\b|judged\b|assumed\b|concluded\b)"
    r"(?:[a-z]+ed|set\s+up|sold|bought|made|took|won|lost|paid|"
    r"began|gave|held|met|sent|rose|fell)\b"
)


def lead_act(sentence: str) -> bool:
    """Does a named subject open the sentence with a verb in the past ("Brazil today
    suggested …")?"""
    return sentence[:1].isupper() and _LEAD_ACT.match(sentence) is not None


# A body named in common words opening the sentence, and its verb in the past: "The joint
# committee of Taiwan's maize importers awarded contracts …", "A special meeting of the council
# failed to agree …" (not "The company's proposed acquisition": a participle of a noun).
_BODY_ACT = re.compile(
    r"\W*(?:The|A|An)\s+(?:[a-z][\w'’-]*\s+){1,3}(?:(?:of|for)\s+(?:[\w'’.&<>-]+\s+){1,6}?)?"
    r"(?:(?:today|yesterday|also|has|have|had|now)\s+){0,2}"
    r"(?!(?:proposed|planned|revised|combined|expanded|reduced|increased|improved|related|"
    r"estimated|expected|reported|enlarged|sweetened|amended|restated|adjusted|unsolicited|"
    r"united|called|said|based|owned|listed|added|noted|stated|believed|alleged|suspected|"
    r"disputed|needed|wanted|used|required|continued|speculated|feared|hoped|indicated)\b)"
    r"(?:[a-z]{3,}ed|sold|bought|made|took|won|lost|paid|began|gave|held|met|sent|rose|fell|"
    r"set\s+up|shut|cut|struck)\b"
)


def body_act(sentence: str) -> bool:
    """Does a body named in common words open the sentence with a verb in the past?"""
    return sentence[:1].isupper() and _BODY_ACT.match(sentence) is not None


# A decision taken now for an act later is a plan: "agreed to reopen talks when the committee
# meets next Tuesday", "have decided to restart the procedures within a week", "agreed to
# scrap the tax if the council fails to agree". (Not "agreed to buy X for 20 dlrs": the deal.)
_DECIDED_TO = re.compile(
    r"\b(?:agreed|decided|voted|resolved|pledged|promised|undertook)\s+(?:\w+ly\s+)?to\s+\w+"
)
_LATER = re.compile(
    r"\b(?:within\s+(?:a|an|one|two|three|four|\d+)\s+(?:day|week|month)s?|"
    r"next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:when|once)\s+[^,;]{0,80}?\b(?:meets|convenes|opens|resumes|approves)\b|"
    r"(?:if|unless)\s+[^,;]{0,80}?\b(?:fails|approves|agrees|accepts|rejects|is|are|does|do)\b)"
)


# "said it proposed setting up a 75 mln dlr fund": what is proposed is still to be done.
_PROPOSED_DOING = re.compile(r"\bproposed\s+\w{3,}ing\b")


def decided_for_later(sentence: str) -> bool:
    """Is the sentence's act a decision taken for an act later or under a condition, or a
    proposal of an act?"""
    if "proposed" in sentence and _PROPOSED_DOING.search(sentence):
        return True
    if not ("agreed" in sentence or "decided" in sentence or "voted" in sentence
            or "resolved" in sentence or "pledged" in sentence or "promised" in sentence
            or "undertook" in sentence):  # fmt: skip
        return False  # most sentences decide nothing (C speed before the expression)
    decided = _DECIDED_TO.search(sentence)
    return decided is not None and _LATER.search(sentence, decided.end()) is not None


# "demand for its oil will increase", "prices will probably fall": a forecast of how a
# quantity moves, no one's act.
_FORECAST = re.compile(
    r"\b(?:will|would|should|(?:is|are)\s+(?:expected|likely)\s+to)\s+(?:\w+ly\s+)?"
    r"(?:continue\s+to\s+)?(?:increase|rise|fall|"
    r"decline|grow|drop|improve|worsen|recover|double|halve|slow|weaken|strengthen|ease|"
    r"firm|soften|stabili[sz]e|pick\s+up|help\s+(?:to\s+)?(?:boost|raise|increase|cut|ease)|"
    r"boost|spur|stimulate)\b"
    r"|\b(?:is|are|was|were)\s+(?:un)?likely\s+to\s+be\b"  # "is likely to be just as tough"
)


def forecast(sentence: str) -> bool:
    """Does the sentence forecast how a quantity moves ("demand will increase")?"""
    if "will " not in sentence and "would " not in sentence and "should " not in sentence and (
            "expected to" not in sentence and "likely to" not in sentence):  # fmt: skip
        return False
    if "expected" in sentence or "likely" in sentence:
        found = _FORECAST.search(sentence)  # (the few "is expected to", "are likely to")
    else:  # every match opens on "will", "would" or "should": a search costs 4 us
        found = leftmost_at(_FORECAST, sentence, ("will", "would", "should"))
    # Not a noun's clause: "terminals will be operational by 2026, which will increase gas
    # flows" tells a plan; the forecast is what the plan brings.
    return found is not None and not relative(sentence, found.start())


# "Insurers could face 30 mln stg of claims, a spokesman said", "warned Argentina may break off
# the talks": what someone says might come is their view of it, whoever says it. Not a
# party's own "may" ("said it may downgrade": its plan), what could have been ("might have
# bought": a claim of the past), what it cannot do ("could not confirm"), the month May.
_GUESS = re.compile(
    r"(?:could|might|may)\s+(?:(?:well|also|still|even|soon|eventually)\s+)?"
    r"(?!have\b|not\b|neither\b|never\b|only\b)[a-z]{2,}\b"
)
_OWN_OR_CLAUSE = frozenset("it they he she we i which who that".split())
# (a few words after "which": "a pipeline through which crude could be pumped"; not "Sugar
# which producers plan to sell into intervention may be offered": the clause has ended)
_IN_A_NOUNS_CLAUSE = re.compile(r"\b(?:which|whom|whose|where)\s+(?:[\w'-]+\s+){0,3}\Z")
# Whose word the guess is: unnamed sources, reports, studies and rumours tell hearsay (what a
# study finds could come is its finding), not a view.
_HEARSAY_SOURCE = re.compile(
    r"\b(?:sources?|reports?|rumou?rs?|press|newspapers?|study|studies|survey)\b", re.I
)


def prediction(sentence: str) -> int:
    """Where the sentence guesses at what could, might or may come, in a voice not hearsay's
    (-1 if it does not): not in a noun's clause ("a pipeline through which crude could be
    pumped"), nor in a rider on what the sentence told first (", but …")."""
    if " could " not in sentence and " might " not in sentence and " may " not in sentence:
        return -1  # most sentences guess at nothing (C speed before the expressions)
    for found in each_at(_GUESS, sentence, ("could", "might", "may")):
        at = found.start()
        if ", but " in sentence[:at]:
            return -1  # "is considering the request, but such a move could create problems"
        clause = sentence[sentence.rfind(",", 0, at) + 1 : at]
        words = clause.split()
        if words and words[-1].lower() not in _OWN_OR_CLAUSE and _IN_A_NOUNS_CLAUSE.search(
                clause + " ") is None:  # fmt: skip
            return at if _HEARSAY_SOURCE.search(sentence) is None else -1
    return -1
