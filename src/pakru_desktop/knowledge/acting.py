"""Acts told in verbs no list names, by a subject that acts: "The company has instituted an
immediate investigation", "Manila had demanded a renegotiation …, but it later dropped this
demand", "Salvage experts intend to raise the ship". The lists of statements.toml
([[action]]) name the verbs that are acts anywhere; newswire's verbs are open-ended, but the
grammar of an act is the same for all of them.

What counts: a subject opening the sentence (after its dateline and an opening phrase set
off by a comma) or a clause of its own (after ", but", ", and", "; ") — a name, "it", "they",
"he", "she", one party ("the company", `parties`), a group of people who act ("salvage
experts", `doers`), a craft whose moves are news ("the stricken ferry", `craft`) or an event
whose effects are ("the raid", `happenings`) — and right after it (an adverb or two between: "later", "also") its verb:
the simple past or the present perfect active of a verb of doing, or a plan ("intend to
raise", "plans to sell", "will examine").

What does not: the past perfect ("had demanded": background before the news), the passive
("was divided", "has been hit": the subject does nothing), a verb of saying, thinking or
feeling (`states` of [events]: "expressed concern", "praised", "reiterated"), the present
("dismantles": a headline), "will be" and other states after "will" (acts.NO_ACT), and a verb
whose object is no act ("gave no details", "declined comment", "moved to")."""

from __future__ import annotations

import re

from .acts import NO_ACT

# A newswire dateline ("MANILA - ") and an opening phrase ("Using cranes, "), not a
# condition ("If …, "): the subject opens after them.
_DATELINE = r"(?:[A-Z]{2,}[^-–—:.]{0,50}?\s[-–—]\s+)?"
_OPENING_PHRASE = r"(?P<phrase>(?!If\b|Unless\b|Should\b|Whether\b)[^,;\"“]{3,70}+,\s+)?"
# Where a clause of its own opens inside a sentence, with its own subject.
_JOINS = (", but ", ", and ", "; ")
_PRONOUN = r"(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he)"
# A name: capitalised words ("Bank of England", "The U.K. Government"), matched possessively
# (never cut short before its verb: the word after a name's last one is not capitalised).
_NAME = (r"(?:The\s+)?(?!The\b)<?[A-Z][\w&.'’-]*+>?"
         r"(?:\s+(?:(?:of|and|de|for|the)\s+)?<?[A-Z][\w&.'’-]*+>?){0,5}+")  # fmt: skip
# A party's or a group's noun, with up to two words before it ("the stricken company",
# "Belgian salvage experts"); which nouns act is weighed after the match. (A capitalised
# one opening the sentence, "Officials", is read as a name.)
_GROUP = r"(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?(?P<group>[a-z]+)"
# What may stand between a subject and its verb, set off by commas: "Dome, Canada's largest
# oil company, has rejected …", "Texaco, which sought protection last year, has appealed …".
_APPOSITION = r"(?:,\s+[^,;\"“()]{3,60}+,)?"
# Words between the subject and its verb that leave the verb its subject's.
_ADVERBS = (r"(?:(?:also|later|then|now|today|yesterday|recently|subsequently|immediately|"
            r"quickly|swiftly|formally|officially|already|again|finally|jointly|eventually|"
            r"since|just|promptly|separately)\s+){0,2}")  # fmt: skip
# Capitalised words that open a clause or tell a time, not a name ("When Norland sold …").
_NOT_NAMES = frozenset(
    "if when while although though unless once because since as after before until whether "
    "the should but and or so however meanwhile in on at by for from with under over last "
    "earlier later this that these those there here what which who where why how some many "
    "most all each every both no not only such other another a an it its they their he his "
    "she her we our i you yesterday today tomorrow monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)


class Acting:
    """The grammar of an act by a subject that acts, with the [events] lists: `past` and
    `participles` (irregular forms of verbs of doing), `parties`, `doers`, `craft` and
    `happenings` (the nouns of subjects that act), and `states` (verbs that are no act)."""

    def __init__(self, lists: dict[str, list[str]], states: frozenset[str]) -> None:
        self._states = states
        self._participles = frozenset(w.lower() for w in lists.get("participles", []))
        self._groups = frozenset(w.split()[-1].lower() for key in ("parties", "doers", "craft", "happenings")
                                 for w in lists.get(key, []) if w.split())  # fmt: skip
        past = "|".join(sorted((re.escape(w.lower()) for w in lists.get("past", [])),
                               key=len, reverse=True))  # fmt: skip
        # The verb's form is matched here ("-ed" or an irregular past; after "has", "will"
        # or "intend to", a word); whether it is a verb of doing is weighed after the match
        # (`_weighed`: a list of every state would cost the expression a branch per word).
        clause = (
            r"(?:(?P<pronoun>" + _PRONOUN + r")|(?:(?P<name>" + _NAME + r")|" + _GROUP + r")"
            + _APPOSITION + r")\s+"
            + _ADVERBS
            + r"(?:(?:has|have)\s+" + _ADVERBS + r"(?!been\b)(?P<perfect>[a-z]{3,})"
            r"|(?:(?:intends?|intended|plans?|planned|(?:is|are|was|were)\s+planning|"
            r"(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+)?)\s*to|"
            r"will|shall)\s+" + _ADVERBS + r"(?!" + NO_ACT + r")(?P<plan>[a-z]{3,})"
            r"|(?P<past>[a-z]{3,}+(?<=[^e]ed)" + (r"|" + past if past else "") + r"))\b"
            r"(?!\s+(?:to|that|as|about|with|no|comment)\b)"
        )  # fmt: skip
        self._clause = re.compile(_DATELINE + _OPENING_PHRASE + clause)
        # (the same without an opening phrase: tried when the subject after one is none)
        self._bare_clause = re.compile(_DATELINE + clause)

    def act_at(self, sentence: str) -> tuple[int, bool]:
        """Where the verb of an act or a plan told by a subject that acts stands, right
        after its subject at the opening of the sentence or of a clause of its own (-1
        when the sentence tells none), and whether it is a plan."""
        act = self._verb(sentence, 0)
        for join in _JOINS:
            if act[0] >= 0:
                break
            joined = sentence.find(join)
            while act[0] < 0 and joined >= 0:
                act = self._verb(sentence, joined + len(join))
                joined = sentence.find(join, joined + 1)
        return act

    def _verb(self, sentence: str, start: int) -> tuple[int, bool]:
        """The act's verb of the clause opening at `start` (act_at)."""
        found = self._clause.match(sentence, start)
        if found is None:
            return _NONE
        act = self._weighed(found)
        if act[0] < 0 and found.group("phrase"):
            # "Purolator announced earlier it was mulling a bid, but analysts wrongly
            # predicted …": the subject is the sentence's first word, not the phrase's last
            found = self._bare_clause.match(sentence, start)
            act = _NONE if found is None else self._weighed(found)
        return act

    def _weighed(self, found: re.Match[str]) -> tuple[int, bool]:
        """The verb of a matched clause (act_at), if its subject acts and its verb is an
        act."""
        name, group = found.group("name"), found.group("group")
        if name is not None and name.split()[0].lower() in _NOT_NAMES and (
                not name.startswith("The ") or name.split()[1].lower() in _NOT_NAMES):  # fmt: skip
            return _NONE  # "When Norland sold …": a clause of time, no subject
        if group is not None and group.lower() not in self._groups:
            return _NONE  # "the talks ended": no one acting
        phrase = "phrase" in found.re.groupindex and found.group("phrase")
        if phrase and not found.string[found.end() :].strip(_CLOSING):
            return _NONE  # "It is essential to repay its debt, its chairman wrote.": who tells
        if found.group("plan") is not None:
            return found.start("plan"), True
        perfect = found.group("perfect")
        verb = perfect or found.group("past")
        if verb in self._states:
            return _NONE  # "has expressed concern", "praised the union": a view, no act
        if perfect is not None and perfect not in self._participles and (
                not perfect.endswith("ed") or perfect.endswith("eed")):  # fmt: skip
            return _NONE  # "has little choice", "have sufficient funds": no participle
        return found.start("perfect" if perfect is not None else "past"), False


_NONE = (-1, False)
_CLOSING = " .!\"”’'"
