"""People a sheet's statements name with their office ("Commerce Secretary Malcolm Baldrige",
"Michael Luckey, automotive analyst for …"), for the ones no entity file knows: a librarian's
news names far more people than any list, and a delegate asks "who is this?" first.

Only a name written with its office counts (a capitalised run alone may be a company, a
place or a ship); the office is what the statements call the person most often.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .corroborate import Fact
    from .facts import Citation

# Offices that stand before a name or after it ("chairman Lee Iacocca", "Lee Iacocca,
# chairman of …"). Lower-case here; matched in either case.
_OFFICES = (
    "chairman", "chairwoman", "president", "vice president", "chief executive", "secretary",
    "minister", "prime minister", "spokesman", "spokeswoman", "director", "governor",
    "judge", "justice", "ambassador", "admiral", "general", "senator", "representative",
    "analyst", "economist", "treasurer", "king", "prince", "premier", "chancellor", "mayor",
    "counsel", "attorney", "negotiator", "commissioner", "chief", "head", "leader",
    "deputy", "envoy", "trader", "officer", "executive", "manager", "partner", "chairperson",
    "министр", "президент", "премьер-министр", "посол", "председатель", "глава",
    "представитель", "замминистра", "спикер", "генерал", "директор",
)  # fmt: skip
# The office in any case ("Chairman", "chairman"); the name's capitals are what make it one.
_OFFICE = r"(?i:" + "|".join(re.escape(o) for o in sorted(_OFFICES, key=len, reverse=True)) + r")"
_CAP = r"[A-ZА-ЯЁ][a-zа-яё'’-]+"
_INITIAL = r"[A-Z]\."
# Two to four capitalised words (initials allowed inside): "Joseph E. Cappy".
_NAME = rf"(?P<name>{_CAP}(?:\s+(?:{_INITIAL}|{_CAP})){{1,3}})"
# Up to three capitalised words before the office give its field or body ("Commerce
# Secretary", "American Motors Corp president").
_BEFORE = re.compile(rf"(?P<office>(?:{_CAP}\s+){{0,3}}{_OFFICE})\s+{_NAME}\b")
_AFTER = re.compile(rf"{_NAME},\s+(?P<office>(?:[\w-]+\s+){{0,2}}{_OFFICE})\b")
# Words that open a capitalised run but name no one ("The", "Reagan Administration").
_NOT_FIRST = frozenset(
    "The A An This That In On At For Of And But Its Their His Her Mr Mrs Ms Dr".split()
)
# Words of a company's, a body's or a place's name: "General Motors Corp" is no general.
_NOT_PERSONAL = frozenset(
    "Corp Corporation Inc Ltd Co Company Group Plc PLC Bank Association Agency Ministry "
    "Department Commission Council Union Party Motors Industries Petroleum Airlines Air "
    "Service Services Committee Board Court Office House Organisation Organization "
    "Exchange Fund Reserve Securities Holdings International Trust Partners Affairs "
    "Trade Finance Commerce Treasury Energy Defence Defense Foreign State Republic "
    "Kingdom Islands Gulf Strait Sea River Street Administration Government Navy Army "
    "Force Marines Guard".split()
)


@dataclass
class Person:
    """One person the statements name with an office."""

    name: str
    offices: Counter[str] = field(default_factory=Counter)
    citations: list[Citation] = field(default_factory=list)
    facts: int = 0

    @property
    def office(self) -> str:
        return self.offices.most_common(1)[0][0] if self.offices else ""

    @property
    def articles(self) -> int:
        return len({c.article_id for c in self.citations})


def people_named(facts: Iterable[Fact], known: set[str]) -> list[Person]:
    """The people the facts name with an office, most articles first; `known`: names the
    entity files know (listed already with their own roles)."""
    found: dict[tuple[str, str], Person] = {}
    for fact in facts:
        seen_here: set[str] = set()
        for name, office in _mentions(fact.text):
            if name in known or name in seen_here:
                continue
            # "Joseph Cappy" and "Joseph E. Cappy" are one person, named in full.
            words = name.split()
            person = found.setdefault((words[0], words[-1]), Person(name))
            if len(name) > len(person.name):
                person.name = name
            person.offices[office] += 1
            person.facts += 1
            person.citations.extend(c for c in fact.citations if c not in person.citations)
            seen_here.add(name)
    return sorted(found.values(), key=lambda p: (-p.articles, -p.facts, p.name))


def _mentions(text: str) -> list[tuple[str, str]]:
    """(name, office) of each person a sentence names with an office."""
    if not any(c.isupper() for c in text):
        return []
    found = []
    for pattern in (_BEFORE, _AFTER):
        for match in pattern.finditer(text):
            name = _clean(match.group("name"))
            if name:
                found.append((name, " ".join(match.group("office").split())))
    return found


def _clean(name: str) -> str:
    """The name without a stray opening word; "" when nothing personal is left."""
    words = name.split()
    # "Navy Admiral William Crowe, chairman of …": the office before the name is not it.
    while words and (words[0] in _NOT_FIRST or words[0].lower() in _OFFICES
                     or words[0] in _NOT_PERSONAL):  # fmt: skip
        words.pop(0)
    if len(words) < 2 or any(w.isupper() and len(w) > 2 or w in _NOT_PERSONAL for w in words):
        return ""  # one word is a surname or a company; "AMC Chairman": an acronym
    if words[-1].lower() in _OFFICES or words[-1].endswith(("'s", "’s")):
        return ""  # "Pentagon Chief" or "Chrysler's": an office or an owner, not a name
    return " ".join(words)
