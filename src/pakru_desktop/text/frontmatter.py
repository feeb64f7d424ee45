"""`---` front matter of Markdown files (articles and topic files): simple `key: value` lines.

Its own small module so that reading topics at start-up does not load the article readers.
"""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter (simple `key: value` lines) from the Markdown body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[match.end() :]
