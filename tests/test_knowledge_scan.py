"""The kinds of statement look for an expression only where its first words stand
(knowledge/scan.py): on every sentence of the seed articles and on sentences written for the
test, that finds what the expression's own search finds, match for match."""

from __future__ import annotations

import re

import pytest

from pakru_desktop.knowledge import events, kinds, speakers
from pakru_desktop.knowledge.scan import at_speech, each_at, leftmost_at
from pakru_desktop.text.sentences import sentence_spans

from .conftest import ROOT

WRITTEN = [
    'Norland said: "We will sell the mill," and Orbis replied "no."',
    "Kessel said it would buy, and said on Monday that the banks would lend.",
    "The dockers, who were striking, were told the port had been shut since March 3.",
    "It was said\tthat Orbis will\nrise; Tarvia's output would   fall.",
    "Orbis has have was were hashas washington; wastewater has been sold by Kessel.",
    "Said the minister: 'unsaid things are said'. SAID. said",
    'Orbis said it would sell, and Kessel, asked about it, said "never."',
    "Orbis would sell the mill and Kessel will buy it.",
    "",
]


def _sentences() -> list[str]:
    found = list(WRITTEN)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += [text[start:end] for start, end in sentence_spans(text)]
    return found


SENTENCES = _sentences()
# Expressions that open on words, and those words (the condition scan.py's functions state).
OPENING_ON_WORDS = [
    (re.compile(r"\b(?:will|would)\s+(\w+)"), ("will", "would")),
    (re.compile(r"\b(?:was|were|has|have)\s+(?:been\s+)?\w+"), ("was", "were", "has", "have")),
    (re.compile(r"\bsaid\b[^.;]*?\b(?:would|will)\b"), ("said",)),
    (speakers.SAID_QUOTE, ("said", "says", "replied", "answered")),
    (kinds._TOLD_OF, ("said", "says", "told")),
    (events._AUXILIARY, events._AUXILIARIES),
]


@pytest.mark.parametrize(("pattern", "words"), OPENING_ON_WORDS)
def test_leftmost_at_finds_the_match_search_finds(pattern: re.Pattern[str],
                                                  words: tuple[str, ...]) -> None:  # fmt: skip
    for sentence in SENTENCES:
        expected = pattern.search(sentence)
        found = leftmost_at(pattern, sentence, words)
        assert (found and found.span()) == (expected and expected.span()), sentence


@pytest.mark.parametrize(("pattern", "words"), OPENING_ON_WORDS)
def test_each_at_finds_the_matches_finditer_finds(pattern: re.Pattern[str],
                                                  words: tuple[str, ...]) -> None:  # fmt: skip
    for sentence in SENTENCES:
        expected = [m.span() for m in pattern.finditer(sentence)]
        assert [m.span() for m in each_at(pattern, sentence, words)] == expected, sentence


@pytest.mark.parametrize(("pattern", "words"), OPENING_ON_WORDS)
def test_at_speech_answers_as_search_does(pattern: re.Pattern[str],
                                          words: tuple[str, ...]) -> None:  # fmt: skip
    for sentence in SENTENCES:
        expected = pattern.search(sentence) is not None
        assert (at_speech(pattern, sentence, words) is not None) == expected, sentence


def test_the_sentences_hold_matches_to_compare() -> None:
    # (a comparison of nothing with nothing would pass whatever the functions did)
    for pattern, _ in OPENING_ON_WORDS:
        assert sum(pattern.search(s) is not None for s in SENTENCES) >= 2, pattern.pattern
