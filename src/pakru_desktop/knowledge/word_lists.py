"""Reading the word lists of resources/statements.toml a librarian extends: a phrase as a
pattern, a list of strings, the counted nouns that count the same thing, and the whole file
as the lists of StatementRules; and the two ways the readers of words run their patterns
fast (an ASCII twin, a pattern tried only at word starts)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# On ASCII text a pattern compiled with re.ASCII matches exactly as its Unicode original
# does, but for \s, which in Unicode also takes the information separators \x1c-\x1f;
# and its \b, \w and \d cost a table look-up, not a Unicode database call (a third to a
# half less time for the date and figure patterns, on newswire text that is nearly all ASCII).


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern compiled for text where `plain_ascii` holds (same matches, faster)."""
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def plain_ascii(text: str) -> bool:
    r"""May the text be read with `ascii_twin` patterns (all ASCII, no \x1c-\x1f)?"""
    # (four C-speed substring tests: a quarter of the time of a search for the class, and
    # this runs for every sentence several times)
    return text.isascii() and not (
        "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text
    )


def word_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""The matches `pattern.finditer` would give were it opened with "\b" (its matches
    open with a word character and are never empty). Without the "\b" a pattern opening
    with a letter skips at C speed to where that letter is; with it, it is tried at every
    word's edge."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        # (\w is what str.isalnum() says, or "_": two method calls, not an expression's)
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            at = start + 1  # inside a word: "McDonald"'s "Donald"
            continue
        yield match
        at = match.end()


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


def rule_lists(data: dict, mode_cues: tuple[str, ...]) -> dict[str, object]:
    """The lists of a read statements.toml, by the name StatementRules gives them (a list
    of the wrong type, or missing, is empty: a typo must not take the other lists down)."""
    actions: dict[str, list[str]] = {}
    for entry in data.get("action", []):
        if isinstance(entry, dict) and isinstance(entry.get("kind"), str):
            actions.setdefault(entry["kind"], []).extend(strings(entry.get("words")))
    modes = data.get("modes", {})
    modes = modes if isinstance(modes, dict) else {}
    openers = data.get("openers", {})
    openers = openers if isinstance(openers, dict) else {}
    events = data.get("events", {})
    things = data.get("things", {})
    things = things if isinstance(things, dict) else {}
    named = ("unnamed", "speech", "reporters", "plan_nouns", "force", "arms")
    return {
        "actions": actions,
        "modes": {k: strings(modes.get(k)) for k in mode_cues},
        "actors": strings(data.get("actors")),
        "hedges": strings(data.get("hedges")),
        "openers": {k: strings(openers.get(k)) for k in ("commentary", "reported")},
        **{name: strings(modes.get(name)) for name in named},
        "synonyms": synonyms(data.get("measures", {})),
        "infinitives": frozenset(w.lower() for w in strings(data.get("infinitives"))),
        "events": {k: strings(v) for k, v in events.items()} if isinstance(events, dict) else {},
        "parties": strings(things.get("parties")),
        "views": strings(things.get("views")),
    }
