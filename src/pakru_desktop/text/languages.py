"""Which language a text is in, and the form of a word the search index keeps.

Detection is by script, then stop words: the library's readers use English (Latin script),
Russian (Cyrillic) and Urdu (Arabic script, told from Arabic and Persian by their commonest
words and letters). That is all this app needs, costs nothing to load and cannot be wrong in
surprising ways the way a statistical model on a three-word title can; a language we do not
know is "und" (undetermined) and is still searched, folded but not stemmed.

Stemming is decided per word, by its script, not per article: a query word comes with no
article around it, and the index and the query must turn a word into the same form or it is
never found. Cyrillic words get the Snowball Russian stemmer (PyStemmer: the same algorithm
as the pure-Python `snowballstemmer`, measured at 1.1 µs a word against 80 µs); Latin words are
left to FTS5's porter tokenizer (English); Arabic-script words get the light normalisation
of text/fold.py and no stemming (no light Urdu stemmer is well kept enough to rely on).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORDS = re.compile(r"[^\W\d_]+")

# The commonest short words of each language written in Arabic script; Urdu also has letters
# Arabic never uses (ٹ ڈ ڑ ں ے ھ).
_URDU_WORDS = frozenset(
    "کے کی کا ہے ہیں میں نے کو سے اور پر یہ وہ تھا تھی تھے گا گی گے لیے لئے".split()
)
_ARABIC_WORDS = frozenset("في من على إلى الى عن هذا هذه التي الذي كان أن ان مع".split())
_PERSIAN_WORDS = frozenset("است را که این آن از با برای شد می".split())
_URDU_LETTERS = re.compile(r"[ٹڈڑںےھ]")


def script_of(text: str) -> str:
    """The script most of the letters of `text` are in: "latin", "cyrillic", "arabic" or ""."""
    counts = {
        "latin": len(_LATIN.findall(text)),
        "cyrillic": len(_CYRILLIC.findall(text)),
        "arabic": len(_ARABIC.findall(text)),
    }
    best = max(counts, key=lambda name: counts[name])
    return best if counts[best] else ""


def language_of(text: str) -> str:
    """The language of a paragraph or an article as a BCP 47 code: "en", "ru", "ur", "ar",
    "fa", or "und" when there are no letters to tell."""
    script = script_of(text)
    if script == "latin":
        return "en"
    if script == "cyrillic":
        return "ru"
    if script != "arabic":
        return "und"
    words = _WORDS.findall(text)
    scores = {
        "ur": sum(w in _URDU_WORDS for w in words) + len(_URDU_LETTERS.findall(text)),
        "ar": sum(w in _ARABIC_WORDS or w.startswith("ال") for w in words),
        "fa": sum(w in _PERSIAN_WORDS for w in words),
    }
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] else "ur"  # our readers' Arabic-script language


RIGHT_TO_LEFT = frozenset({"ur", "ar", "fa"})  # languages written right to left


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


@lru_cache(maxsize=1)
def _russian() -> object:
    import Stemmer  # PyStemmer; imported on the first Cyrillic word only

    return Stemmer.Stemmer("russian")


def index_form(word: str) -> str:
    """A folded word (text.fold.fold_word) as the index keeps it: Russian words stemmed, so
    `путина` and `путин` meet; other words unchanged (FTS5's porter stems English)."""
    if _CYRILLIC.match(word):
        return _russian().stemWord(word) or word  # type: ignore[attr-defined]
    return word
