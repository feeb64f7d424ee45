"""Acts told in verbs no list names: after "will" any verb is an act, and so is a past verb
right after a named subject that opens the sentence. The lists of statements.toml name the
verbs that are acts anywhere; these forms say where any verb is one."""

from __future__ import annotations

import re

# "Saudi Arabia will continue to restrain production": after "will" any verb is an act (the
# lists name only the verbs that are acts anywhere); not a state or a prediction ("will be",
# "will hurt").
_WILL_ACT = re.compile(
    r"\b(?:will|shall)\s+(?:(?:also|now|soon|then|still)\s+)?(?!be\b|have\b|not\b|never\b|"
    r"probably\b|likely\b|need\b|depend\b|remain\b|mean\b|cost\b|hurt\b|help\b|benefit\b|"
    r"suffer\b|lose\b|face\b|like\b|prefer\b|welcome\b|consider\b|make\s+it\b|find\b|"
    r"see\b|know\b|want\b|become\b|get\b|take\s+time\b)[a-z]{3,}\b"
)


def will_act(sentence: str) -> bool:
    """Does the sentence tell an act with "will" ("will continue to restrain output")?"""
    return ("will " in sentence or "shall " in sentence) and _WILL_ACT.search(sentence) is not None


# "Brazil today suggested to its creditors an extension …", "Brazil has set up a commission":
# a named subject opening the sentence and its verb in the past — an act, whatever the verb
# (the lists can never name them all).
_LEAD_ACT = re.compile(
    r"\W*(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,5}(?:(?:today|yesterday|also|has|have|had|now)\s+){0,2}"
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
