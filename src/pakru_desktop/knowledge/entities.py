"""People, organisations and places (resources/entities.toml) found in text, and the
capitalised names no entry knows yet (candidates for a librarian to add)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..query import words_of
from ..variants import ENTITY_KINDS


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # person | organisation | place
    role: str
    aliases: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def load_entities(path: Path) -> list[Entity]:
    """Every entry of entities.toml; a missing or broken file gives none (nothing else fails)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return []
    entities = []
    for kind in ENTITY_KINDS:
        for entry in data.get(kind, []):
            name = str(entry.get("name", "")).strip()
            if name:
                aliases = tuple(str(a) for a in entry.get("aliases", []) if str(a).strip())
                entities.append(Entity(name, kind, str(entry.get("role", "")), aliases))
    return entities


def _key(text: str) -> str:
    return " ".join(words_of(text))


# Words that start a capitalised run without naming anything, and titles that precede names.
_NOT_NAMES = set(
    "The A An This That These Those It Its In On At By For From With During After Before Since "
    "As And But Or If When While Although However Moreover Meanwhile Also Both Such Some Many "
    "Prime Minister President Deputy Foreign Ambassador Senator Dr Mr Mrs Ms Special Assistant "
    "Official Russian Pakistani Chinese Indian Western Eastern Soviet Former Then Head Director "
    "General Minister’s PM SAPM January February March April May June July August September "
    "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Read More Leave Reply Comments Share Despite Finance Minister".split()
)
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+(?:(?:of|and|for|on|the|de)\s+)*[A-Z][\w’'-]*[a-z][\w’'-]*)+"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_COMMON_ACRONYMS = set(
    "LNG LPG IT PM US UK UN EU GDP FY CEO TV AI MOU SAPM USD PKR RUB EUR CPEC UAE USA".split()
)


class EntityMatcher:
    """Finds known entities in a sentence with one regular expression.

    Words of a form may be joined by any punctuation or space ("Pak-Russia", "Pak–Russia",
    "Albert P. Khorev"); all-capital acronyms match in capitals only ("APP" is not "app").
    """

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.by_name = {e.name: e for e in entities}
        self._by_key: dict[str, Entity] = {}
        patterns: list[tuple[int, str]] = []
        for entity in entities:
            for form in entity.forms:
                tokens = re.findall(r"[^\W_]+", form)
                key = _key(form)
                if not tokens or not key:
                    continue
                self._by_key.setdefault(key, entity)
                body = r"[\W_]{1,3}".join(re.escape(t) for t in tokens)
                if not (len(tokens) == 1 and tokens[0].isupper()):
                    body = f"(?i:{body})"
                patterns.append((len(form), body))
        patterns.sort(reverse=True)  # longest first: "Pakistan Steel Mills" before "Pakistan"
        alternation = "|".join(p for _, p in patterns) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])")

    def find(self, text: str) -> list[tuple[Entity, int, int]]:
        """(entity, start, end) of each mention, left to right."""
        found = []
        for match in self._pattern.finditer(text):
            entity = self._by_key.get(_key(match.group(0)))
            if entity is not None:
                found.append((entity, match.start(), match.end()))
        return found

    def names(self, text: str) -> list[str]:
        """The distinct entities a sentence mentions, in order of first mention."""
        return list(dict.fromkeys(e.name for e, _, _ in self.find(text)))

    def candidates(self, text: str) -> list[str]:
        """Capitalised names (two or more words) and acronyms that no entity knows."""
        known = sorted((s, e) for _, s, e in self.find(text))
        found: list[str] = []
        for match in list(_CAPITALISED_RUN.finditer(text)) + list(_ACRONYM.finditer(text)):
            for piece in _outside(match.group(0), match.start(), known):
                name = _candidate_name(piece)
                if name:
                    found.append(name)
        return list(dict.fromkeys(found))


_CONNECTORS = ("of", "and", "for", "on", "the", "de")


def _outside(run: str, offset: int, known: list[tuple[int, int]]) -> list[str]:
    """The parts of a capitalised run not covered by a known entity ("Cold War and Central
    Asia" → "Cold War and ")."""
    pieces, cursor = [], 0
    for start, end in known:
        start, end = start - offset, end - offset
        if end <= cursor or start >= len(run):
            continue
        pieces.append(run[cursor : max(cursor, start)])
        cursor = max(cursor, end)
    pieces.append(run[cursor:])
    return [p for p in pieces if p.strip()]


def _candidate_name(piece: str) -> str:
    words = re.sub(r"^\s*[’']s\b", "", piece).strip(" ’'‘\"“”").split()
    while words and (words[0].strip("’'") in _NOT_NAMES or words[0] in _CONNECTORS):
        words.pop(0)
    while words and words[-1] in _CONNECTORS:
        words.pop()
    name = " ".join(words).removesuffix("’s").removesuffix("'s")
    if not name or name in _COMMON_ACRONYMS:
        return ""
    if len(words) < 2 and not _ACRONYM.fullmatch(name):
        return ""
    return name
