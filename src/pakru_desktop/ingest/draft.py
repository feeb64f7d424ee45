"""What a format reader produces before clean-up: metadata it found and raw blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import BlockKind


@dataclass
class Draft:
    blocks: list[tuple[BlockKind, str]] = field(default_factory=list)
    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""
    section: str = ""
    url: str = ""  # the page's own (canonical) address: kept as text, never fetched
    # True when the first block is a headline-like line the reader may take as the title.
    title_from_first_line: bool = False
