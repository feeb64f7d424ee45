"""Words of hearsay that are no one's attribution of the sentence: an adjective of a noun
("a dispute over alleged subsidies", "the reported sale"), reports a later act follows ("will
ask for more following market reports that …"), hope as a noun ("with only thin hopes of"),
a word in a noun's clause ("a trip in which they hoped to win credits")."""

from __future__ import annotations

import re

_ADJECTIVES = ("alleged", "reported", "rumoured", "rumored", "suspected")
_BEFORE_AN_ADJECTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|of|over|for|about|on|in|"
                                  r"against|by|with)\s+\Z")  # fmt: skip
_NOUNS_HOPE = re.compile(
    r"\b(?:thin|faint|high|little|growing|fresh|new|no|any|some|the|its|"
    r"their|his|her|raised|dashed)\s+\Z"
)
_AFTER_A_CAUSE = re.compile(
    r"\b(?:following|after|amid|despite|because\s+of)\s+(?:[\w-]+\s+){0,2}\Z"
)
_IN_WHICH = re.compile(r"\b(?:in|during|at|under|by)\s+which\s+(?:[\w-]+\s+){1,3}\Z")


def aside(sentence: str, at: int) -> bool:
    """Is the cue at `at` an aside of the sentence rather than its attribution?"""
    if _IN_WHICH.search(sentence, max(0, at - 30), at) is not None:
        return True
    if _AFTER_A_CAUSE.search(sentence, max(0, at - 25), at) is not None:
        return True
    if sentence.startswith(("hopes", "hope "), at) and _NOUNS_HOPE.search(
            sentence, max(0, at - 20), at):  # fmt: skip
        return True
    return sentence.startswith(_ADJECTIVES, at) and (
        _BEFORE_AN_ADJECTIVE.search(sentence, max(0, at - 10), at) is not None)  # fmt: skip
