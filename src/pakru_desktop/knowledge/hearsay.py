"""Hearsay: a sentence that is someone else's claim whatever it reports — a hearsay cue
("reports said"), a third party named at its end ("…, a naval source said"), officials of a
party it does not otherwise name, a speaker telling what an unnamed or another named party
did, a belligerent's communique. The word lists come from resources/statements.toml."""

from __future__ import annotations

import re

from .clauses import attributed, joined
from .scan import any_in, at_speech
from .speakers import (
    NAMED_OTHER,
    other_party_speaker,
    trailing_speaker,
    unnamed_speaker,
    war_claim,
)

_TOLD_NAME = re.compile(r"(?:said|says|told\s+\w+(?:\s+\w+day)?)\s+(?:that\s+)?(?:the\s+)?"
                        r"([A-Z][\w&'-]+)")  # fmt: skip


def _among_speakers(sentence: str, told: re.Match[str]) -> bool:
    """Is the party a speaker tells of one of the speakers, named right before the verb ("CSR
    Ltd and Esso said CSR has agreed to sell …": a joint statement of its own act; not "In a
    letter to Gluck, Sosnoff said Gluck had refused")?"""
    name = _TOLD_NAME.match(sentence, told.start())
    speakers = sentence[sentence.rfind(",", 0, told.start()) + 1 : told.start()]
    return name is not None and re.search(
        r"\b" + re.escape(name.group(1)) + r"\b", speakers) is not None  # fmt: skip


class Hearsay:
    """The compiled speaker lists: `speech` (said, told), `unnamed` (a, some, sources),
    `reporters` (source, agency, newspaper), `force` (attacked) and `arms` (warplanes)."""

    def __init__(self, speech: list[str], unnamed: list[str], reporters: list[str],
                 force: list[str], arms: list[str]) -> None:  # fmt: skip
        self._unnamed = unnamed_speaker(speech, unnamed)
        self._trailing = trailing_speaker(reporters, speech)
        self._war_claim = war_claim(speech, force, arms)
        self._speech = tuple(w.lower() for w in speech)
        # Looked for before the expression: most sentences tell of no strike. Substring tests
        # (C speed): one expression of the words tried them at every character, 3 us a sentence.
        self._war_words = (*(w.split()[0] for w in force), " hit ", "struck", "fired")

    def claim(self, sentence: str, cues: list[frozenset[str]], positions: list[int] | None,
              present: frozenset[str] | None = None) -> bool:  # fmt: skip
        """Is the whole sentence someone else's claim: a hearsay cue ("reports said", "told
        Reuters") not confined to a later clause, or a speaker telling what an unnamed party
        did ("Dixons said a shareholder had agreed") or a named other party has done
        ("Dixons said the Securities and Exchange Commission has authorized …")?
        `present`: every category of the cues, when the caller has it."""
        if present is None:
            present = frozenset().union(*cues) if cues else frozenset()
        if "mode hearsay" in present and attributed("mode hearsay", sentence, cues, positions):
            return True
        reported = "mode reported" in present  # a verb of saying: "said", "told", "according to"
        if reported and self._war_claim is not None and any_in(self._war_words, sentence) and (
                at_speech(self._war_claim, sentence, self._speech)):  # fmt: skip
            return True  # a belligerent's communique: "Iraq said its warplanes attacked"
        last = sentence.rfind(",")  # a speaker at the end follows the last comma
        tail = sentence[last:] if last >= 0 else ""
        # (C-speed looks first: the expressions are costly and most sentences end otherwise)
        if self._trailing and ("sa" in tail or "told" in tail or "accord" in tail
                               or "report" in tail or "add" in tail) and (
                self._trailing.match(sentence, last)):  # fmt: skip
            return True
        if other_party_speaker(sentence, last):
            return True
        if reported and self._unnamed is not None:
            match = at_speech(self._unnamed, sentence.lower(), self._speech)
            if match is not None and not joined(sentence, match.start()):
                return True
        if reported and (" has " in sentence or " had " in sentence or " have " in sentence):
            match = at_speech(NAMED_OTHER, sentence, ("said", "says", "told"))
            if match is not None and not joined(sentence, match.start()) and not _among_speakers(
                    sentence, match):  # fmt: skip
                return True
        return False
