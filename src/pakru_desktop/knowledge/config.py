"""What the knowledge layer reads besides the library: topics and entities (editable files),
and a fingerprint of them, so facts found with older files are found again."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..search.variants import Variants
from .entities import Entity, EntityMatcher, load_entities
from .statements import StatementRules
from .topics import Topic, load_topics

# Bump when extraction changes: every library then finds its facts again on next use.
EXTRACTOR_VERSION = "6"


@dataclass
class KnowledgeConfig:
    topics: list[Topic]
    entities: list[Entity]
    variants: Variants
    fingerprint: str = field(default="")
    statements: StatementRules = field(default_factory=StatementRules)

    @classmethod
    def load(cls, resources: Path, extra_topics: Sequence[Path] = ()) -> KnowledgeConfig:
        """topics/*.md, entities.toml and statements.toml of a resources folder (missing
        files: none of them), plus topic files from elsewhere (`extra_topics`: a story's
        own topic, as the knowledge benchmark gives it)."""
        entities_file = resources / "entities.toml"
        statements_file = resources / "statements.toml"
        digest = hashlib.sha256(f"extractor {EXTRACTOR_VERSION}\n".encode())
        topic_files = [*sorted((resources / "topics").glob("*.md")), *extra_topics]
        for path in [entities_file, statements_file, *topic_files]:
            try:
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
            except OSError:
                continue
        return cls(
            topics=load_topics(resources / "topics", extra_topics),
            entities=load_entities(entities_file),
            variants=Variants.load(entities_file),
            fingerprint=digest.hexdigest()[:16],
            statements=StatementRules.load(statements_file),
        )

    @cached_property
    def matcher(self) -> EntityMatcher:
        return EntityMatcher(self.entities)

    @cached_property
    def _required(self) -> dict[str, re.Pattern[str]]:
        """Each entity a topic requires, as the start of a word in any of its spellings:
        "Russia" is named by "Russian" and "Pakistan-Russia" too."""
        known = {e.name: e for e in self.entities}
        patterns = {}
        for name in {n for t in self.topics for n in t.requires}:
            forms = known[name].forms if name in known else (name,)
            # Lower-cased forms searched in the lower-cased text, the word's start checked
            # after: a pattern opening with a look-behind, or with re.I, cannot skip ahead
            # to its first characters (several times slower over a whole article).
            patterns[name] = re.compile("|".join(re.escape(f.lower()) for f in forms))
        return patterns

    def required_in(self, text: str) -> set[str]:
        """The entities topics require that a text names."""
        lowered = text.lower()
        return {name for name, pattern in self._required.items()
                if _starts_a_word(pattern, lowered)}  # fmt: skip

    def topic(self, slug: str) -> Topic | None:
        return next((t for t in self.topics if t.slug == slug), None)


def _starts_a_word(pattern: re.Pattern[str], text: str) -> bool:
    """Does `pattern` match somewhere in `text` at the start of a word?"""
    match = pattern.search(text)
    while match is not None:
        start = match.start()
        if not start or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        match = pattern.search(text, start + 1)
    return False
