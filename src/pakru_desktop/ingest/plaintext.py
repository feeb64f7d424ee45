"""Plain text → blocks: paragraphs by line or by blank-line block, headings, list items."""

from __future__ import annotations

import re

from .draft import Draft

_ITEM = re.compile(r"^\s*(?:[·•▪●◦‣∙*+–-]|\d{1,3}[.)])\s+(?=\S)")
_DECORATION = re.compile(r"^[\W_]+\s+(?=\w)")  # "🔹 Heading" → "Heading"
_SENTENCE_END = re.compile(r"[.!?…:;,\"”’)]\s*$")


def read_plaintext(text: str) -> Draft:
    """Split plain text into blocks.

    Hard-wrapped text (short lines inside blank-line separated blocks) is joined per block;
    text with one paragraph per line (as saved from web pages) keeps one block per line.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    chunks = _hard_wrapped_chunks(lines) if _is_hard_wrapped(lines) else [[ln] for ln in lines]
    draft = Draft()
    for chunk in chunks:
        joined = " ".join(part.strip() for part in chunk if part.strip())
        if not joined:
            continue
        if _ITEM.match(joined):
            draft.blocks.append(("item", _ITEM.sub("", joined, count=1).strip()))
        elif looks_like_heading(joined):
            draft.blocks.append(("heading", _DECORATION.sub("", joined).strip()))
        else:
            draft.blocks.append(("paragraph", joined.strip()))
    draft.title_from_first_line = bool(draft.blocks) and len(draft.blocks[0][1]) <= 200
    return draft


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation whose words are mostly capitalised."""
    words = line.split()
    if not 1 <= len(words) <= 12 or len(line) > 90 or _SENTENCE_END.search(line):
        return False
    letters = [w for w in words if w[:1].isalpha()]
    if not letters:
        return False
    capitalised = sum(1 for w in letters if w[0].isupper() or len(w) <= 3)
    return capitalised / len(letters) >= 0.7


def _is_hard_wrapped(lines: list[str]) -> bool:
    non_empty = [ln for ln in lines if ln.strip()]
    if len(non_empty) < 4:
        return False
    short = sum(1 for ln in non_empty if len(ln) <= 100)
    consecutive = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip())
    return short / len(non_empty) > 0.8 and consecutive > len(non_empty) / 3


def _hard_wrapped_chunks(lines: list[str]) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    for line in lines:
        if not line.strip():
            chunks.append([])
        elif _ITEM.match(line) and chunks[-1]:
            chunks.append([line])  # a list item starts its own block even without a blank line
        else:
            chunks[-1].append(line)
    return [c for c in chunks if c]
