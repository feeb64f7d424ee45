"""Kinds of statement: what a sentence does — an actor acting (agreed, offered, visited …),
and whether that happened, is planned, is an attributed claim or is commentary.

The words are data (resources/statements.toml) a librarian can extend. Cues are found once
per paragraph with one regular expression (over the lower-cased text, where it is several
times faster) and then shared out to the paragraph's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.safe_files import FileRefused, read_toml
from .clauses import (
    BE_BEFORE,
    COMMON,
    PLAIN_ACT,
    anchored_phrase,
    ing_forms,
    participle,
    plan_patterns,
    relative,
    whole,
)
from .events import TellsEvent
from .hearsay import Hearsay
from .kinds import classify
from .scan import any_in
from .things import ThingEvents
from .word_lists import phrase_pattern, rule_lists

_WORD = re.compile(r"\w+")
# _WORD on ASCII text: a table look-up per character, not a Unicode database call (a fifth of
# the cue reading went to listing the words).
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
_FIRST_WORD = re.compile(r"\W*(\w+)")
_PLANNED = frozenset({"mode planned"})
MODES = ("happened", "planned", "called off", "reported", "commentary")
# What a sentence's cues can be: an action (by kind), an actor, or a mode cue.
_MODE_CUES = ("planned", "called_off", "reported", "commentary", "hearsay", "opinion", "judgements")


@dataclass
class StatementRules:
    """The compiled lists of resources/statements.toml."""

    actions: dict[str, list[str]] = field(default_factory=dict)  # kind → phrases
    modes: dict[str, list[str]] = field(default_factory=dict)  # planned/reported/commentary
    actors: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)
    openers: dict[str, list[str]] = field(default_factory=dict)  # mode → opening words
    unnamed: list[str] = field(default_factory=list)  # "a", "some": an unnamed party
    speech: list[str] = field(default_factory=list)  # "said", "told": verbs of saying
    reporters: list[str] = field(default_factory=list)  # "source", "newspaper": third parties
    plan_nouns: list[str] = field(default_factory=list)  # "bid", "proposal": a plan's nouns
    force: list[str] = field(default_factory=list)  # "attacked": a strike a party claims
    arms: list[str] = field(default_factory=list)  # "warplanes": what strikes
    synonyms: dict[str, str] = field(default_factory=dict)  # counted noun → its measure's
    # Plain verbs ("ask", "lend", "resume") that are an act only right after "to", "will" or
    # "shall": "will ask", "is due to resume" (alone, "pay" or "cut" is as often a noun).
    infinitives: frozenset[str] = frozenset()
    events: dict[str, list[str]] = field(default_factory=dict)  # [events]: past, states …
    parties: list[str] = field(default_factory=list)  # [things]: nouns that name a party
    views: list[str] = field(default_factory=list)  # [things]: verbs that weigh, no event

    def __post_init__(self) -> None:
        categories: dict[str, list[str]] = {f"action {k}": v for k, v in self.actions.items()}
        categories.update({f"mode {k}": v for k, v in self.modes.items() if k in _MODE_CUES})

        self._categories = [
            (name, re.compile(r"(?:" + "|".join(phrase_pattern(p) for p in phrases) + r")\Z"))
            for name, phrases in categories.items()
            if phrases
        ]
        # Phrases indexed by their first word (a first word with "*" by its first four
        # letters): one pass over a paragraph's words with dictionary lookups. A regular
        # expression of every phrase was four times slower than all the rest of the reading.
        # The phrases of one first word are one expression of their rests, longest first
        # (one match per word found, not one per phrase: "is" opens twenty phrases).
        self._wild: dict[str, list[tuple[re.Pattern[str] | None, re.Pattern[str] | None]]] = {}
        rests: dict[str, list[str]] = {}
        phrases = sorted({p.lower() for ps in categories.values() for p in ps if p.split()},
                         key=lambda p: -len(p.split()))  # fmt: skip
        # A phrase opening with a common word ("the fact is", "to expire", "a source said")
        # is looked for from its first uncommon word, the words before checked backwards:
        # "the" opens a thousand words of a story and one cue.
        self._anchored: dict[str, list[tuple[re.Pattern[str], re.Pattern[str] | None]]] = {}
        for phrase in phrases:
            first, *rest = phrase.split()
            words = phrase.split()
            anchor = next((n for n, w in enumerate(words) if w not in COMMON), 0)
            if 0 < anchor and "*" not in words[anchor] and "*" not in first:
                before = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words[:anchor])
                                    + r"\s+\Z")  # fmt: skip
                after = "".join(r"\s+" + phrase_pattern(w) for w in words[anchor + 1 :])
                self._anchored.setdefault(words[anchor], []).append(
                    (before, re.compile(after + r"\b") if after else None)
                )
                continue
            tail = r"".join(r"\s+" + phrase_pattern(w) for w in rest) + r"\b" if rest else ""
            if "*" in first:
                head = re.compile(phrase_pattern(first) + r"\Z")
                self._wild.setdefault(first[:4], []).append(
                    (head, re.compile(tail) if tail else None)
                )
            else:
                rests.setdefault(first, []).append(tail)
        self._first = {first: re.compile("(?:" + "|".join(tails) + ")")
                       for first, tails in rests.items()}  # fmt: skip
        self._progressive = frozenset(form for verb in self.infinitives for form in ing_forms(verb))
        self._keys = (frozenset(self._first) | self.infinitives | self._progressive
                      | frozenset(self._anchored))  # fmt: skip
        self._wild_heads = re.compile("|".join(r"\b" + re.escape(k) for k in self._wild)) \
            if self._wild else None  # fmt: skip
        self._hedge = re.compile(
            r"\b(?:" + "|".join(re.escape(h) for h in self.hedges)
            + r")\b(?:[^\w.!?]+\w+){0,2}[^\w.!?]*\Z"
        ) if self.hedges else None  # fmt: skip
        self._openers = [
            (mode, re.compile(r"\W*(?:" + "|".join(phrase_pattern(o) for o in words) + r")\b",
                              re.I))
            for mode, words in self.openers.items() if words
        ]  # fmt: skip
        # The openers' first words (a "*" word by its stem): most sentences open otherwise, and
        # the expressions are tried only when one does.
        firsts = {w.split()[0].lower() for ws in self.openers.values() for w in ws if w.split()}
        self._opener_words = None if any("*" in f for f in firsts) else frozenset(firsts)
        self._kinds: dict[str, frozenset[str]] = {}
        # What makes a cue an act (one set test, not a test of each of its categories).
        self._action_names = frozenset(n for n, _ in self._categories if n.startswith("action"))
        self._actions_of: dict[frozenset[str], str] = {}
        self._actor = re.compile(
            r"\b(?:" + "|".join(phrase_pattern(a) for a in self.actors) + r")\b"
        ) if self.actors else None  # fmt: skip
        self._actor_words = tuple(sorted({max(a.lower().replace("*", " ").split(), key=len)
                                          for a in self.actors if a.split()}))  # fmt: skip
        self._considering, self._terms = plan_patterns(self.plan_nouns)
        # Speakers: "said a shareholder had", "…, a naval source said" (hearsay.py)
        self._told_event = TellsEvent(self.events, self.speech)
        self._things = ThingEvents(self.events, self.parties, self.views)
        self._hearsay_rules = Hearsay(self.speech, self.unnamed, self.reporters, self.force,
                                      self.arms)  # fmt: skip

    @classmethod
    def load(cls, path: Path) -> StatementRules:
        """The rules of a statements.toml; a missing or broken file gives none (no
        statements without figures or dates, and every fact counts as happened)."""
        try:  # bounded, never through a link (ingest/safe_files)
            data = read_toml(path)
        except (FileRefused, ValueError):
            return cls()
        return cls(**rule_lists(data, _MODE_CUES))

    def has_actor_words(self, lowered: str, start: int = 0, end: int | None = None) -> bool:
        """Does the span name an actor of the `actors` list ("the two countries")?"""
        if self._actor is None:
            return False
        end = len(lowered) if end is None else end
        span = lowered[start:end]
        # Substring tests first (each phrase's longest word): most sentences name no actor.
        if not any_in(self._actor_words, span):
            return False
        return self._actor.search(lowered, start, end) is not None

    def cues(self, text: str, lowered: str, start: int = 0,
             end: int | None = None) -> list[tuple[int, frozenset[str]]]:  # fmt: skip
        """(start, categories) of every cue of a paragraph: "action visit", "mode planned",
        "actor" … An action right after a hedge ("if finalized") is no action."""
        if not self._first and not self._wild:
            return []
        stop = len(lowered) if end is None else end
        found: list[tuple[int, frozenset[str]]] = []
        skip_to = -1
        first, wild, infinitives = self._first, self._wild, self.infinitives
        progressive = self._progressive
        plan_end = -1  # where the last plan cue ("will", "plans to", "is due to") ends
        anchored = self._anchored
        for word, at, word_end in self._cue_words(lowered, start, stop):
            end = -1
            if word in anchored:
                begin, finish = anchored_phrase(anchored[word], lowered, at, word_end)
                if begin >= 0 and begin >= skip_to:
                    at, end = begin, finish
            if end < 0:
                tails = first.get(word)
                candidates = wild.get(word[:4]) if tails is None and wild else None
                if tails is None and not candidates:
                    # (what _plain_act reads, tested here: most words are neither)
                    if word in progressive or (plan_end >= 0 and word in infinitives):
                        self._plain_act(word, lowered, at, plan_end, found)
                    continue  # most words: no cue
                if at < skip_to or (at and lowered[at - 1] == "-"):
                    continue  # inside a cue found, or a compound ("long-discussed")
                if tails is not None:
                    rest = tails.match(lowered, word_end)
                    end = -1 if rest is None else rest.end()
                for head, tail in candidates or ():
                    if head is not None and not head.match(word):
                        continue
                    if tail is None:
                        end = word_end
                        break
                    rest = tail.match(lowered, word_end)
                    if rest is not None:
                        end = rest.end()
                        break
                if end < 0:
                    if word in progressive or (plan_end >= 0 and word in infinitives):
                        self._plain_act(word, lowered, at, plan_end, found)
                    continue
            skip_to = end
            kinds = self._phrase_kinds(lowered[at:end])
            acts = not self._action_names.isdisjoint(kinds)
            hedged = acts and self._hedge is not None
            # No act after a hedge, as a participle, or as what a noun's clause tells of it
            # ("the offer, which expires April 15, is fair": the sentence's act is none).
            if (hedged and self._hedge.search(text, max(0, at - 40), at)) or (  # type: ignore[union-attr]
                    acts and (participle(lowered, at, end)
                              or relative(lowered, at))):  # fmt: skip
                kinds = frozenset(k for k in kinds if not k.startswith("action"))
            if "mode planned" in kinds:
                plan_end = end
            found.append((at, kinds))
        return found

    def _cue_words(self, lowered: str, start: int,
                   stop: int) -> Iterator[tuple[str, int, int]]:  # fmt: skip
        """(word, start, end) of the span's words that may open a cue, left to right. The
        words are listed at C speed and only the few that are cue words placed (most of a
        sentence's words open no cue); a word with a "*" cue is looked for word by word."""
        if self._wild_heads is not None and self._wild_heads.search(lowered, start, stop):
            for match in _WORD.finditer(lowered, start, stop):
                yield match.group(0), match.start(), match.end()
            return
        keys, at = self._keys, start
        for word in (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered, start, stop):
            if word in keys:
                # The first whole word from the last cue word on is this one: an earlier
                # one would have been a cue word listed before it (str.find is C speed).
                found = lowered.find(word, at, stop)
                while found >= 0 and not whole(lowered, found, found + len(word)):
                    found = lowered.find(word, found + 1, stop)
                if found < 0:  # pragma: no cover - findall listed it
                    continue
                at = found + len(word)
                yield word, found, at

    def _action_of(self, kinds: frozenset[str]) -> str:
        """The action kind among a cue's categories ("agreement"), or "" (memoised: a few
        sets of categories recur)."""
        found = self._actions_of.get(kinds)
        if found is None:
            found = next((k[7:] for k in sorted(kinds) if k.startswith("action ")), "")
            self._actions_of[kinds] = found
        return found

    def _phrase_kinds(self, phrase: str) -> frozenset[str]:
        """The categories of a cue's words ("is seeking": an act, planned), memoised by the
        phrase as written too (nearly always one space apart: no need to rejoin its words)."""
        kinds = self._kinds.get(phrase)
        if kinds is None:
            words = " ".join(phrase.split())
            kinds = self._kinds.get(words)
            if kinds is None:
                kinds = frozenset(n for n, p in self._categories if p.match(words))
                if words.startswith(("will ", "shall ")) and kinds:
                    kinds |= _PLANNED  # "will begin": an act, and a plan
                self._kinds[words] = kinds
            self._kinds[phrase] = kinds
        return kinds

    def _plain_act(self, word: str, lowered: str, start: int, plan_end: int,
                   found: list[tuple[int, frozenset[str]]]) -> None:  # fmt: skip
        """A plain verb right after a plan cue is the act planned ("will ask", "is due to
        resume", "plans to sell"); anywhere else it is no cue ("to help it", "the pay")."""
        if word in self._progressive:
            # "it is lending", "the group said it is ending its offer": an act under way;
            # one the lists name with its "is" keeps their kinds ("it is seeking": planned,
            # its "is" read as part of "it is" before).
            be = BE_BEFORE.search(lowered, max(0, start - 6), start)
            if be is not None:
                kinds = self._phrase_kinds(lowered[be.start() : start + len(word)])
                found.append((start, kinds or PLAIN_ACT))
        elif word in self.infinitives and plan_end >= 0 and (
                lowered[plan_end:start].strip() in ("", "to")):  # fmt: skip
            found.append((start, PLAIN_ACT))

    def classify(self, sentence: str, cues: list[frozenset[str]], concrete: bool,
                 positions: list[int] | None = None) -> tuple[str, str]:  # fmt: skip
        """(action kind or "", mode) of a sentence from its cues (kinds.classify)."""
        return classify(self, sentence, cues, concrete, positions)
