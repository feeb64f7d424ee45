"""One folding of text, used by the index, the word table, the query and the highlighting.

A word is folded the way a reader compares words: NFKC (ligatures, presentation forms,
full-width letters), case folding, diacritics removed where readers ignore them (Latin
accents, Cyrillic ё → е — й stays й, a letter of its own that Russian stemming needs —, Arabic
harakat and hamza carriers: آ أ إ → ا, ؤ → و, ئ → ی), one form of the letters Arabic, Persian and
Urdu keyboards type differently (ي ى → ی, ك → ک, ه ة ۃ → ہ), Arabic-Indic and Urdu digits → ASCII
digits, and joiners (ZWNJ, ZWJ, soft hyphen, direction marks) and tatweel removed.

SQLite's unicode61 tokenizer folds Latin diacritics only, and cuts words at the marks of other
scripts, so text is never handed to it unfolded unless it is plain ASCII (`index_text`
returns None then: the fast, common case). Otherwise the index gets our own tokens, one per
word of the original, joined by spaces, lines kept: `restore_marks` maps FTS5's highlights on
those tokens back onto the original text by counting words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .languages import index_form

# Letters typed differently on Arabic, Persian and Urdu keyboards, digits, and characters
# readers do not see as part of a word.
_LETTERS = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ة": "ہ", "ۃ": "ہ", "ە": "ہ", "ٱ": "ا",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        **{chr(0x0966 + d): str(d) for d in range(10)},
        "\u0640": None, "\u200c": None, "\u200d": None, "\u00ad": None,
        "\u200e": None, "\u200f": None, "\u061c": None, "\u2060": None, "\ufeff": None,
    }
)  # fmt: skip
_BREVE_I = re.compile("\u0438\u0306")  # и + breve, as NFD writes й
_JOINERS = "\u200c\u200d\u00ad\u200e\u200f\u061c\u2060\ufeff"
# Blocks holding combining marks, scanned once for the word pattern (SMP marks are rare).
_MARK_BLOCKS = [(0x0300, 0x1E00), (0x20D0, 0x2100), (0x2CEF, 0x2E00), (0x302A, 0x309B),
                (0xA66F, 0xAC00), (0xFB1E, 0xFB1F), (0xFE00, 0xFE30)]  # fmt: skip
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")  # unicode61 keeps these in words


@cache
def _word_pattern() -> re.Pattern[str]:
    """Letters and digits, with the marks and joiners that sit inside words."""
    ranges = []
    for low, high in _MARK_BLOCKS:
        start = None
        for code in range(low, high + 1):
            mark = code < high and unicodedata.category(chr(code)).startswith("M")
            if mark and start is None:
                start = code
            elif not mark and start is not None:
                ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
                start = None
    marks = "".join(ranges) + "".join(f"\\u{ord(c):04x}" for c in _JOINERS)
    return re.compile(f"(?:[^\\W_]|[{marks}])+")


def spans(text: str) -> list[tuple[int, int]]:
    """Where each word of `text` starts and ends."""
    pattern = _ASCII_WORD if text.isascii() else _word_pattern()
    return [m.span() for m in pattern.finditer(text)]


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One word as readers compare it ('' when nothing of it is a letter or digit)."""
    if word.isascii():
        return word.lower() if word.isalnum() else "".join(c for c in word.lower() if c.isalnum())
    text = unicodedata.normalize("NFKC", word).casefold()
    text = _BREVE_I.sub("й", unicodedata.normalize("NFD", text))
    # Marks go (the diacritics), and so does anything unicode61 would cut a word at.
    text = "".join(c for c in text if c.isalnum())
    return unicodedata.normalize("NFC", text).translate(_LETTERS)


def words(text: str) -> list[str]:
    """The folded words of `text`, in order: what the word table counts and queries search."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    found = (fold_word(m.group()) for m in _word_pattern().finditer(text))
    return [w for w in found if w]


def surface_words(text: str) -> set[str]:
    """The distinct folded words of `text`, as the word table counts them (not stemmed)."""
    return set(words(text))


def fold(text: str) -> str:
    """Text folded word by word, words joined by single spaces."""
    return " ".join(words(text))


def _index_line(line: str) -> str:
    return " ".join(index_form(w) for w in words(line))


def index_text(text: str) -> str | None:
    """`text` as the search index gets it, or None when the original can be indexed as it is
    (no word with a letter beyond ASCII). Lines stay lines: a body's blocks keep their numbers."""
    if text.isascii():
        return None
    if all(text[a:b].isascii() for a, b in spans(text)) and not _PRIVATE_USE.search(text):
        return None
    return "\n".join(_index_line(line) for line in text.split("\n"))


def restore_marks(original: str, marked: str, open_mark: str, close_mark: str) -> str:
    """FTS5's highlight of `index_text(original)` (one line) carried over to the original:
    the n-th indexed word is the n-th word of the original that folds to something."""
    kept = [(a, b) for a, b in spans(original) if fold_word(original[a:b])]
    opens: set[int] = set()
    closes: set[int] = set()
    count = 0
    for piece in _marked_tokens(open_mark, close_mark).finditer(marked):
        if piece.group() == open_mark:
            opens.add(count)
        elif piece.group() == close_mark:
            closes.add(count - 1)
        else:
            count += 1
    if count != len(kept):  # not the text it was made from: better no marks than wrong ones
        return original
    out: list[str] = []
    last = 0
    for index, (start, end) in enumerate(kept):
        out.append(original[last:start])
        out.append(open_mark if index in opens else "")
        out.append(original[start:end])
        out.append(close_mark if index in closes else "")
        last = end
    out.append(original[last:])
    return "".join(out)


@lru_cache(maxsize=4)
def _marked_tokens(open_mark: str, close_mark: str) -> re.Pattern[str]:
    marks = re.escape(open_mark) + re.escape(close_mark)
    return re.compile(f"{re.escape(open_mark)}|{re.escape(close_mark)}|[^\\s{marks}]+")
