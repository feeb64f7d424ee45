"""People, organisations and places (resources/entities.toml) found in text, and the
capitalised names no entry knows yet (candidates for a librarian to add)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..ingest.safe_files import FileRefused, read_toml
from ..search.variants import ENTITY_KINDS
from .word_lists import word_starts


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
    try:  # bounded, never through a link (ingest/safe_files)
        data = read_toml(path)
    except (FileRefused, ValueError):
        return []
    entities = []
    for kind in ENTITY_KINDS:
        for entry in data.get(kind, []):
            name = str(entry.get("name", "")).strip()
            if name:
                aliases = tuple(str(a) for a in entry.get("aliases", []) if str(a).strip())
                entities.append(Entity(name, kind, str(entry.get("role", "")), aliases))
    return entities


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
_NAME_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
_CAPITALISED_RUN = re.compile(
    r"\b" + _NAME_WORD + r"(?:\s+(?:(?:of|and|for|on|the|de)\s+)*" + _NAME_WORD + ")+"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# The same without their opening "\b", which keeps the regex engine from skipping ahead to a
# capital (they ran at a third of the speed); the word's start is checked after. A word of a
# run is matched whole or not at all (atomic: its shorter readings all fail, as a letter,
# not a space, would follow them), and an acronym opens with one capital, not a repeat of
# them, which the engine cannot skip ahead to (candidates: 0.074 -> 0.058 ms an article).
_CAPITALISED_RUN_AT = re.compile(
    _CAPITALISED_RUN.pattern.removeprefix(r"\b").replace(_NAME_WORD, f"(?>{_NAME_WORD})")
)
_ACRONYM_AT = re.compile(r"[A-Z][A-Z]{1,5}\b")  # _ACRONYM, [A-Z]{2,6}
_COMMON_ACRONYMS = set(
    "LNG LPG IT PM US UK UN EU GDP FY CEO TV AI MOU SAPM USD PKR RUB EUR CPEC UAE USA".split()
)


_TOKEN = re.compile(r"[^\W_]+")
# _TOKEN on casefolded ASCII text (no capitals left): a plain class, not a Unicode lookup per
# character (a quarter faster over a paragraph).
_FOLDED_ASCII_TOKEN = re.compile(r"[a-z0-9]+")
# Up to three characters between two words of one name: "Pak-Russia", "Albert P. Khorev".
_NEXT_WORD = re.compile(r"[\W_]{1,3}([^\W_]+)")


class EntityMatcher:
    """Finds known entities in text by looking its words up, longest name first.

    Words of a form may be joined by any punctuation or space ("Pak-Russia", "Pak–Russia",
    "Albert P. Khorev"); all-capital acronyms match in capitals only ("APP" is not "app").
    One pass over the words with dictionary lookups: a regular expression of every form was
    three to ten times slower on a big library.
    """

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._forms: dict[str, list[tuple[tuple[str, ...], bool, Entity]]] = {}
        for entity in entities:
            for form in entity.forms:
                tokens = tuple(t for t in _TOKEN.findall(form))
                if not tokens:
                    continue
                acronym = len(tokens) == 1 and tokens[0].isupper()
                folded = tuple(t.casefold() for t in tokens)
                self._forms.setdefault(folded[0], []).append((folded, acronym, entity))
        for forms in self._forms.values():
            forms.sort(key=lambda f: -len(f[0]))

    def find(self, text: str) -> list[tuple[Entity, int, int]]:
        """(entity, start, end) of each mention, left to right."""
        found: list[tuple[Entity, int, int]] = []
        skip_to = -1
        forms = self._forms
        # The words are looked up in the text folded once (when folding keeps every offset,
        # as it nearly always does): one casefold per paragraph, not one per word.
        folded = text.casefold()
        if len(folded) == len(text):
            # The words that open a known name are found at C speed (most paragraphs have
            # none), then placed: a loop over every word of a paragraph cost three times more.
            tokens = _FOLDED_ASCII_TOKEN if folded.isascii() else _TOKEN
            keys = forms.keys() & tokens.findall(folded)
            if not keys:
                return found  # no word opens a known name: most paragraphs of a wide library
            words = _places(folded, keys)
        else:
            words = [(m.start(), m.end(), m.group(0).casefold()) for m in _TOKEN.finditer(text)]
        for start, word_end, key in words:
            candidates = forms.get(key)
            if not candidates or start < skip_to:
                continue  # inside a longer name already found
            word = text[start:word_end]
            for form, acronym, entity in candidates:
                if acronym and word != form[0].upper():
                    continue
                end = self._rest_matches(text, word_end, form)
                if end >= 0:
                    found.append((entity, start, end))
                    skip_to = end
                    break
        return found

    @staticmethod
    def _rest_matches(text: str, position: int, form: tuple[str, ...]) -> int:
        """Where the form ends if its other words follow `position`, else -1."""
        for word in form[1:]:
            following = _NEXT_WORD.match(text, position)
            if following is None or following.group(1).casefold() != word:
                return -1
            position = following.end()
        return position

    def names(self, text: str) -> list[str]:
        """The distinct entities a sentence mentions, in order of first mention."""
        return list(dict.fromkeys(e.name for e, _, _ in self.find(text)))

    def candidates(self, text: str, known: list[tuple[int, int]] | None = None) -> list[str]:
        """Capitalised names (two or more words) and acronyms that no entity knows; `known`
        are the spans of known entities when the caller has them already."""
        if known is None:
            known = [(s, e) for _, s, e in self.find(text)]
        known = sorted(known)
        found: list[str] = []
        for match in [*word_starts(_CAPITALISED_RUN_AT, text), *word_starts(_ACRONYM_AT, text)]:
            for piece in _outside(match.group(0), match.start(), known):
                name = _candidate_name(piece)
                if name:
                    found.append(name)
        return list(dict.fromkeys(found))


def _places(folded: str, words: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each of `words` standing whole in the text (a _TOKEN: no letter
    or digit touching it), left to right (one list, no generator: it runs per paragraph)."""
    found = []
    for word in words:
        size = len(word)
        at = folded.find(word)
        while at >= 0:
            end = at + size
            # (a slice, "" at the text's ends)
            if not (folded[at - 1 : at].isalnum() or folded[end : end + 1].isalnum()):
                found.append((at, end, word))
            at = folded.find(word, at + 1)
    found.sort()
    return found


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


@lru_cache(maxsize=4096)  # the same names come back paragraph after paragraph
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
