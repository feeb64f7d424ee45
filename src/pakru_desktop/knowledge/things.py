"""Events of things a speaker tells: "the company said 38 mln shares were validly tendered",
"Acme said a preliminary investigation had started", "…, 345 had been rescued, the owners
said". What happened to a thing or a count (a ship, an inquiry, shares, the people rescued)
is the news the speaker gives, which the readers file as *happened*; what a speaker says of
a party (a shareholder, the banks, a government: "said the banks were divided", "said a
shareholder had agreed") stays that party's account (*reported*).

A thing: a count ("345", "about 200 people") or a noun phrase opened by "a/an/the" whose
words are lower case up to its verb ("a special meeting of the council" keeps its "of …")
and whose head is no party (`parties` in [things] of resources/statements.toml). Its verb:
a past of doing, active ("failed", "sank") or passive ("were tendered", "had been rescued"),
not a state ("were divided": [events] states)."""

from __future__ import annotations

import re

from .scan import at_speech

# What a speaker says, right after the verb of saying ("said that …", "said on Friday …") or
# after "and that" ("said the ferry was carrying 543 people and that 345 had been rescued").
_TOLD = re.compile(r"\b(?:said|says|told\s+(?:[\w.'-]+\s+){1,6}?that)\s+(?:that\s+)?"
                   r"(?:(?:today|yesterday|on\s+\w+|late\s+\w+)\s+)?")  # fmt: skip
_AND_THAT = re.compile(r"\band\s+that\s+")
# A speaker at the sentence's end: ", ICO delegates said." — what comes before is told.
_TRAILING = re.compile(r",\s+(?:[\w.'()-]+\s+){1,6}?(?:said|says|told\s+\w+)\W*\Z")
_COUNT = re.compile(r"(?i:(?:about|some|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+"
                    r")?\d[\d.,]*(?:\s+(?:mln|million|billion|bln|pct))?\s+")  # fmt: skip
_ARTICLE = re.compile(r"(?i:a|an|the)\s+")
_PASSIVE = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(\w+)\b")
_PERFECT = re.compile(r"(?:has|have|had)\s+(?:\w+ly\s+)?(?!been\b)(\w+)\b")
_AUXILIARIES = frozenset("was were has have had".split())  # the words _PASSIVE, _PERFECT open on
_NO_EVENT = frozenset(
    "is are was were has have had will would may might could should can must be".split()
)
# A finite verb later in the clause, before any "when", "which" … of a clause of its own.
_LATER_VERB = re.compile(
    r"(?:(?!\b(?:when|because|after|as|while|since|which|who|that|until|before|and)\b)"
    r"[^,;.])*?\b(?:will|would|is|are|was|were|has|have|had|may|could|can|must)\b"
)
_WORD = re.compile(r"\d[\d.,]*\d|[\w'-]+|\S")


class ThingEvents:
    """The compiled lists: `past`, `participles`, `states` ([events]), `parties` ([things]:
    heads of noun phrases that name a party, not a thing) and `views` ([things]: verbs that
    weigh, "undervalued", "justified": no event)."""

    def __init__(self, events: dict[str, list[str]], parties: list[str],
                 views: list[str] = ()) -> None:  # fmt: skip
        self._past = frozenset(w.lower() for w in events.get("past", []))
        self._participles = frozenset(w.lower() for w in events.get("participles", []))
        self._states = frozenset(w.lower() for w in [*events.get("states", []), *views])
        self._parties = frozenset(w.lower() for w in parties)

    def _doing(self, word: str, forms: frozenset[str]) -> bool:
        return word not in self._states and (word in forms or (
            len(word) > 4 and word.endswith("ed") and not word.endswith("eed")))  # fmt: skip

    def _event_at(self, text: str, at: int) -> bool:
        """Does a thing's past event open `text` at `at`?"""
        count = _COUNT.match(text, at)
        head = "count" if count is not None else ""
        if count is not None:
            at = count.end()
        elif (article := _ARTICLE.match(text, at)) is not None:
            at = article.end()
        else:
            return False  # a name or a pronoun: a party
        after_of = False  # "a meeting of the ICO council": the head stays "meeting"
        for found in _WORD.finditer(text, at):
            word = found.group(0)
            if not word[0].isalpha():
                if word in "()" or word[0].isdigit():
                    continue  # "a 40 mln dlr lawsuit", "a meeting of the (ICO) council"
                return False  # a comma before any verb: no plain subject and verb
            lowered = word.lower()
            if head:
                verb = (_PASSIVE.match(text, found.start()) or _PERFECT.match(text, found.start())
                        ) if lowered in _AUXILIARIES else None  # fmt: skip
                if verb is not None:
                    return head not in self._parties and self._doing(
                        verb.group(1), self._participles)  # fmt: skip
                if word.islower() and self._doing(lowered, self._past):
                    # "a special meeting … failed" (not "the kiln damaged by a fire will
                    # cost …": a participle of the subject, whose verb comes later)
                    later = _LATER_VERB.match(text, found.end())
                    return head not in self._parties and later is None
                if lowered in _NO_EVENT:
                    return False  # a state, a plan or a guess
            if lowered in ("of", "for", "at", "in", "on"):
                after_of = True
            elif not after_of:
                if not word.islower():
                    return False  # a name in the subject: a party's phrase, not a thing
                head = lowered
        return False

    def told(self, sentence: str) -> bool:
        """Does a speaker tell a past event of a thing or a count?"""
        if "said" not in sentence and "says" not in sentence and "told" not in sentence:
            return False
        trailing = _TRAILING.search(sentence, max(0, sentence.rfind(",")))
        if trailing is not None:
            return self._event_at(sentence, len(sentence) - len(sentence.lstrip()))
        told = at_speech(_TOLD, sentence, ("said", "says", "told"))
        if told is None:
            return False
        if self._event_at(sentence, told.end()):
            return True
        if "that" not in sentence:
            return False  # (most sentences: no second clause told; C speed before the search)
        more = _AND_THAT.search(sentence, told.end())
        return more is not None and self._event_at(sentence, more.end())
