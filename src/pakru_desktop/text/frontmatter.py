"""`---` front matter of Markdown files (articles and topic files), read as YAML by PyYAML's
safe loader: folded titles (`title: >-`), lists of authors, quoted and escaped strings and
`# comments` come out as the writer meant them.

Its own small module so that reading topics at start-up does not load the article readers.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Front matter is a few lines; a larger block is not metadata, and bounding it bounds the parser
# (YAML aliases can make a small text expand, so values are flattened with a cap too).
MAX_FRONT_MATTER = 64 * 1024
_MAX_ITEMS = 50


def _flat(value: object) -> str:
    """A YAML value as one line of text: lists joined with ", ", dates in ISO."""
    if isinstance(value, (list, tuple)):
        return ", ".join(t for t in (_flat(v) for v in value[:_MAX_ITEMS]) if t)
    if isinstance(value, dict):
        return _flat(value.get("name", ""))
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10] if isinstance(value, datetime) else value.isoformat()
    if value is None or isinstance(value, bool):
        return ""
    return " ".join(str(value).split())


def _simple(block: str) -> dict[str, str]:
    """`key: value` lines: what a file YAML cannot read still gives its plain fields."""
    meta: dict[str, str] = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "#")):
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter from the Markdown body; its fields as text, keys lower-case."""
    match = _FRONT_MATTER.match(text[: MAX_FRONT_MATTER + 16])
    if not match:
        return {}, text
    import yaml  # lazily: a file without front matter never needs it

    try:
        data = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, RecursionError, ValueError):
        return _simple(match.group(1)), text[match.end() :]
    if not isinstance(data, dict):
        return {}, text[match.end() :]
    meta = {str(k).strip().lower(): _flat(v) for k, v in list(data.items())[:_MAX_ITEMS]}
    keywords = data.get("keywords")
    if isinstance(keywords, list):  # search words: a phrase keeps its quotes (topics.py)
        meta["keywords"] = ", ".join(f'"{k}"' if " " in str(k) else str(k) for k in keywords)
    return {k: v for k, v in meta.items() if v}, text[match.end() :]
