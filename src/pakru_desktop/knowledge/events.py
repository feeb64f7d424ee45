"""Events a sentence tells in verbs no list names: "the fire broke out last night", "production
was shut down", "Parliament's Lower House passed the budget", "it has sold its unit". A
speaker telling such an event ("…, officials said") vouches for something that took place,
which is no attributed claim: the lists of acts (statements.toml [[action]]) cannot name
every verb of the news, but the grammar of a past event is the same for all of them.

What counts: a simple past or a present perfect, active or passive, of a verb of doing.
What does not: the past perfect of a report ("said Gluck had refused": his claim), states
told in the past ("were divided", "was valued at", "were opposed"), verbs of saying and
thinking ("was seen as", "were expected"), and participles used as adjectives ("the
proposed sale"). The words are data ([events] in resources/statements.toml).

`TellsEvent.act_at` reads the same grammar where no speaker tells it (acting.py)."""

from __future__ import annotations

import re

from .acting import Acting
from .scan import at_speech, each_at

# Words right before an "-ed" word that make it an adjective or a noun's participle
# ("the proposed sale", "its planned offering", "a revised bid").
_DETERMINERS = frozenset(
    "a an the its their his her our this that these those such any no each every some "
    "newly recently previously already".split()
)
_NOT_A_SUBJECT = frozenset("had was were has have be been being which who that to and or".split())
_AUXILIARY = re.compile(
    r"\b(?:was|were|has|have)\s+(?:(?:been|also|now|since|already|just|not|never|today|"
    r"subsequently|formally|officially)\s+){0,2}(\w+)\b"
)
_NOT_AFTER_PAST = re.compile(r"\s+(?:to|that|as|about|with|by\s+analysts)\b")
# A past event is one the sentence places: a time of its own ("today", "last night", "on
# Sunday", "March 3") or, in the passive, its doer ("was shut down by the fire"). Without
# either, a past in a speaker's mouth is as often their account of a state of affairs
# ("all credit lines were renewed", "the time has come").
_MONTH_DAY = (
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*\.?\s+(?:\d{1,2}|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty[\w-]*|thirty[\w-]*)\b"
)
_WHEN = re.compile(
    r"\b(?:today|tonight|yesterday|(?:last|this|on|early|late)\s+(?:night|week|month|morning|"
    r"afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    + _MONTH_DAY + ")"
)  # fmt: skip
# Every time of _WHEN but a month's day holds one of these words ("today", "last night", "on
# Sunday"); a month's day opens on its month. Looked for at C speed first: the search alone
# costs 4 us a sentence, most of which name no time.
_TIME_WORDS = ("day", "night", "week", "month", "morning", "afternoon", "evening")
_MONTHS = ("jan", "feb", "march", "april", "may", "june", "july", "aug", "sep", "oct", "nov", "dec")
_DATE = re.compile(r"\b" + _MONTH_DAY)
_AUXILIARIES = ("was", "were", "has", "have")  # the words _AUXILIARY opens with
_TOKEN = re.compile(r"[\w'-]+")
_BY = re.compile(r"\s+(?:(?:down|up|out|off|back|over)\s+)?by\s+(?!analysts\b)")
# (a noun's clause whose own verb came before: "Seventeen miners who were missing in the fire
# were found today" tells the finding)
_CLAUSE_OPEN = re.compile(
    r"\b(?:which|who|whom|whose)\b(?![^,;]*\b(?:was|were|is|are|has|have|had)\b)[^,;]*\Z"
)


def _placed(lowered: str) -> bool:
    """Does the (lower-case) sentence name a time of _WHEN ("today", "on Sunday", "march 3")?"""
    for word in _TIME_WORDS:
        if word in lowered:
            return _WHEN.search(lowered) is not None
    return at_speech(_DATE, lowered, _MONTHS) is not None


class TellsEvent:
    """The compiled [events] lists: `past` (irregular past forms of verbs of doing: "broke",
    "sold"), `participles` ("broken", "sold"), `states` ("-ed" words that tell a state or a
    thought: "divided", "valued", "expected")."""

    def __init__(self, lists: dict[str, list[str]], speech: list[str]) -> None:
        past, participles, states = (lists.get(k, []) for k in ("past", "participles", "states"))
        self._moves = frozenset(w.lower() for w in lists.get("moves", []))
        moves = [re.escape(w) for w in sorted(self._moves)]
        markets = [re.escape(w.lower()) for w in lists.get("markets", [])]
        # The subject's words, then the move: "Crude oil prices rallied", "Near May in New
        # York fell", "American Express fell 3-1/8" (a move by a fraction is a share's).
        self._move = re.compile(
            r"\W*(?:[\w.'&<>-]+\s+){0,6}?(?:(?:" + "|".join(markets) + r")\w*\s+"
            r"(?:[\w.'&<>-]+\s+){0,4}?(?:" + "|".join(moves) + r")\b|(?:" + "|".join(moves)
            + r")\s+\d+(?:-\d+)?/\d+)", re.I
        ) if moves and markets else None  # fmt: skip
        self._past = frozenset(w.lower() for w in past)
        self._participles = frozenset(w.lower() for w in participles)
        self._states = frozenset(w.lower() for w in states) | {w.lower() for w in speech}
        self._acting = Acting(lists, self._states) if self else None

    def __bool__(self) -> bool:
        return bool(self._past or self._participles)

    def _doing(self, word: str, forms: frozenset[str]) -> bool:
        return word not in self._states and (word in forms or (
            len(word) > 4 and word.endswith("ed") and not word.endswith("eed")))  # fmt: skip

    def market_move(self, sentence: str) -> bool:
        """Does the sentence open on a market moving ("Crude oil prices rallied today")?"""
        if self._move is None or self._moves.isdisjoint(sentence[:120].split()):
            return False  # (most sentences tell no move: its word looked up first)
        found = self._move.match(sentence)
        return found is not None and "," not in sentence[: found.end()]

    def tells(self, sentence: str) -> bool:
        """Does the sentence tell an event in the simple past or present perfect, placed by
        a time or a doer, outside a past perfect ("had refused") and a noun's clause
        ("which have caused")?"""
        lowered = sentence.lower()
        when = _placed(lowered)
        for match in each_at(_AUXILIARY, lowered, _AUXILIARIES):  # (finditer, at C speed)
            word, end = match.group(1), match.end()
            if (
                self._doing(word, self._participles)
                and not _NOT_AFTER_PAST.match(lowered, end)
                and (when or _BY.match(lowered, end))
                and not _CLAUSE_OPEN.search(lowered, max(0, match.start() - 60), match.start())
            ):
                return True  # "was shut down by the fire", "were found today"
        if not when:
            return False
        before = ""
        for found in _TOKEN.finditer(lowered):
            word = found.group(0)
            if (
                before not in _DETERMINERS
                and before not in _NOT_A_SUBJECT
                and word in self._past
                and not _NOT_AFTER_PAST.match(lowered, found.end())
                and not _BY.match(lowered, found.end())
                and sentence[found.start()].islower()
            ):
                return True  # "the fire broke out last night", "the LDP lost 92 seats"
            before = word
        return False

    def act_at(self, sentence: str) -> tuple[int, bool]:
        """Where the verb of an act or a plan told by a subject that acts stands (acting.py;
        -1: none), and whether it is a plan."""
        return (-1, False) if self._acting is None else self._acting.act_at(sentence)
