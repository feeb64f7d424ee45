"""Name variants and acronyms: every spelling of one entity searched as one term.

The list is `resources/entities.toml` (people, organisations, places with their aliases, in
Latin, Cyrillic and Urdu script), the same file the knowledge layer uses: one source of truth,
editable without code. Forms are kept as the index keeps words (textfold + languages.index_form),
so an inflected Russian name (`Путина`) belongs to its group as its nominative does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..ingest.safe_files import FileRefused, read_toml
from ..text.fold import words
from ..text.languages import index_form

ENTITY_KINDS = ("person", "organisation", "place")


@dataclass(frozen=True)
class VariantGroup:
    name: str
    forms: tuple[tuple[str, ...], ...]  # index forms of the words, the canonical name first


class Variants:
    """Finds the variant groups a run of query words belongs to."""

    def __init__(self, groups: list[VariantGroup]) -> None:
        self.groups = groups
        self._by_form: dict[tuple[str, ...], VariantGroup] = {}
        for group in groups:
            for form in group.forms:
                self._by_form.setdefault(form, group)
        self.longest = max((len(f) for f in self._by_form), default=0)

    @classmethod
    def load(cls, path: Path | None) -> Variants:
        """Read entities.toml; a missing or broken file gives no variants (search still works)."""
        if path is None or not path.is_file():
            return cls([])
        try:  # bounded, never through a link (ingest/safe_files)
            data = read_toml(path)
        except (FileRefused, ValueError):
            return cls([])
        groups = []
        for kind in ENTITY_KINDS:
            for entry in data.get(kind, []):
                names = [entry.get("name", "")] + list(entry.get("aliases", []))
                forms = tuple(dict.fromkeys(f for f in (index_words(n) for n in names) if f))
                if len(forms) > 1:
                    groups.append(VariantGroup(str(entry.get("name", "")), forms))
        return cls(groups)

    def group_of(self, words: tuple[str, ...]) -> VariantGroup | None:
        return self._by_form.get(words)

    def match_at(self, words: tuple[str, ...], start: int) -> tuple[int, VariantGroup] | None:
        """The longest form starting at words[start]: (its length, its group)."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            group = self._by_form.get(words[start : start + length])
            if group is not None:
                return length, group
        return None

    def phrase_alternatives(self, words: tuple[str, ...], limit: int = 12) -> list[tuple[str, ...]]:
        """The phrase with each variant form substituted by the group's other forms."""
        results: list[tuple[str, ...]] = [()]
        i = 0
        while i < len(words):
            found = self.match_at(words, i)
            if found is None:
                results = [r + (words[i],) for r in results]
                i += 1
                continue
            length, group = found
            results = [r + form for r in results for form in group.forms][:limit]
            i += length
        return list(dict.fromkeys(results))


def index_words(text: str) -> tuple[str, ...]:
    """The words of `text` as the index keeps them (folded, Russian stemmed)."""
    return tuple(index_form(word) for word in words(text))
