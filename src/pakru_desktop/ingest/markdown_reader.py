"""Markdown (with optional YAML-style front matter) → blocks. Inline markup is reduced to text."""

from __future__ import annotations

import re

from ..frontmatter import parse_front_matter
from .draft import Draft

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def inline_text(markdown_text: str) -> str:
    """Markdown inline markup → plain text (images dropped: we never load remote content)."""
    text = _IMAGE.sub("", markdown_text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(3):  # nested emphasis such as ***word***
        text = _EMPHASIS.sub(r"\2", text)
    return re.sub(r"\s+", " ", text).strip()


def read_markdown(text: str) -> Draft:
    meta, body = parse_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    draft = Draft(
        title=meta.get("title", ""),
        source=meta.get("source", "") or meta.get("publisher", ""),
        author=meta.get("author", ""),
        date=meta.get("date", ""),
        section=meta.get("section", ""),
    )
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            joined = inline_text(" ".join(paragraph))
            if joined:
                draft.blocks.append(("paragraph", joined))
            paragraph.clear()

    for line in body.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            paragraph.append(line)
            continue
        if not line.strip():
            flush()
            continue
        if paragraph and _SETEXT.match(line) and len(paragraph) == 1:
            draft.blocks.append(("heading", inline_text(paragraph.pop())))
            continue
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading:
            flush()
            level, words = len(heading.group(1)), inline_text(heading.group(2))
            if level == 1 and not draft.title and not draft.blocks:
                draft.title = words
            elif words:
                draft.blocks.append(("heading", words))
        elif item:
            flush()
            words = inline_text(item.group(1))
            if words:
                draft.blocks.append(("item", words))
        elif line.lstrip().startswith(">"):
            paragraph.append(line.lstrip()[1:])
        else:
            paragraph.append(line)
    flush()
    draft.title_from_first_line = not draft.title and bool(draft.blocks)
    return draft
