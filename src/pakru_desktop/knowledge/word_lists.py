"""Reading the word lists of resources/statements.toml a librarian extends: a phrase as a
pattern, a list of strings, and the counted nouns that count the same thing."""

from __future__ import annotations

import re


def phrase_pattern(phrase: str) -> str:
    """A phrase as a regular expression: words joined by any space, `*` any word ending."""
    words = phrase.lower().split()
    return r"\s+".join(re.escape(w).replace(r"\*", r"\w*") for w in words)


def synonyms(table: object) -> dict[str, str]:
    """[measures] same = [["ship", "vessel"], …]: each word → the first of its list."""
    groups = table.get("same", []) if isinstance(table, dict) else []
    found: dict[str, str] = {}
    for words in groups if isinstance(groups, list) else []:
        names = strings(words)
        found.update({name.lower(): names[0].lower() for name in names})
    return found


def strings(value: object) -> list[str]:
    """The non-empty strings of a TOML list (anything else: none)."""
    return [str(v) for v in value if str(v).strip()] if isinstance(value, list) else []
