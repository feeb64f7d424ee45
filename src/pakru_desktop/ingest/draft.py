"""What a format reader produces before clean-up: metadata it found and raw blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import BlockKind
from .errors import IngestError

# No article comes near these (a long report: ~2,000 paragraphs, ~20,000 lines); a file past
# them is refused before the work that grows with them (clean-up, indexing, facts) begins:
# 8 MB of "Gas." paragraphs took 45 s and 750 MB to import.
MAX_BLOCKS = 20_000
MAX_LINES = 200_000


def refuse_oversized(text: str = "", blocks: int = 0) -> None:
    """IngestError when a text has more lines, or a draft more blocks, than an article."""
    lines = text.count("\n")
    if lines > MAX_LINES:
        raise IngestError(f"too many lines for an article ({lines:,}; at most {MAX_LINES:,})")
    if blocks > MAX_BLOCKS:
        raise IngestError(f"too many paragraphs for an article ({blocks:,}; at most "
                          f"{MAX_BLOCKS:,})")  # fmt: skip


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
