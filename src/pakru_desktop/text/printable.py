"""Text that reaches a terminal or a window literally: control characters shown escaped.

A file name or a stored title is a stranger's string. Raw, ESC starts a terminal escape
sequence (colours, cursor moves, a changed window title), a newline forges a line of the
import report, and U+202E turns the rest of a line around ("txt.exe" shown as "exe.txt"). Each
such character is shown as its Python escape (`\\x1b`, `\\n`, `\\u202e`), so nothing is lost
and nothing acts."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, the line and paragraph separators, and the bidi embeddings,
# overrides and isolates that reorder what follows them. (The plain direction marks LRM, RLM
# and ALM, common in Urdu text, reorder nothing beyond a neutral and are kept.)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every control or reordering character written as its escape."""
    return _UNSAFE.sub(_escape, text)


def printable_lines(text: str) -> str:
    """The same for a document: its line breaks kept, everything else that acts escaped."""
    return "\n".join(printable(line) for line in text.split("\n"))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(match.group(), f"\\x{code:02x}")
    return f"\\u{code:04x}"
