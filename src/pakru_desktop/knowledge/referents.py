"""Whom a sentence opening with a pronoun speaks of: "It had agreed…" is shown as "It [Dixons
Group PLC] had agreed…", the subject taken from the sentence before (the first name it
opens with, after a newswire dateline)."""

from __future__ import annotations

import re

from .splits import TELLING

# Sentences that do not stand alone: they open with a pronoun, or "the company" and kin.
_OPENING = re.compile(r"\W*(?P<pronoun>It|They|He|She|Its|Their|His|Her|The company|The group"
                      r"|The bank|The firm)\b")  # fmt: skip
# A clause of its own that opens on its speaker's participle (knowledge/splits.py).
_TELLING = re.compile(r"(?:" + "|".join(TELLING) + r")\s")
# "NEW YORK, March 17 - ", "LONDON - ", "ISLAMABAD: ": the place and date a wire story opens with.
_DATELINE = re.compile(r"[A-Z]{2,}[^-–—:.]{0,50}?\s[-–—]\s+|[A-Z]{3,}[A-Z ]*:\s+")
# Whom "he" or "she" speaks of when the sentence before has a speaker: "a spokesman at
# strike headquarters", "the Labour Minister".
_SPEAKER = re.compile(r"\b(?:[Aa]|[Tt]he)\s+((?:[\w'’-]+\s+){0,3}?(?:spokesman|spokeswoman|"
                      r"official|minister|leader|president|chairman|director|analyst|"
                      r"executive|source)s?\b(?:\s+(?:at|of|for|in)(?:\s+(?!said\b|told\b)"
                      r"[\w'’-]+){1,3})?)")  # fmt: skip
_NAME = re.compile(
    r"<?(?P<name>(?:[A-Z][\w&/.'’-]*)(?:\s+(?:of|and|de|for|the)?\s*[A-Z][\w&/.'’-]*)*)>?"
)
# Capitalised words that open a sentence without naming its subject.
_NOT_SUBJECTS = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After",
                 "Before", "Last", "Earlier", "Later", "But", "And", "However", "Meanwhile",
                 "Also", "This", "That", "These", "Those", "It", "They", "He", "She", "Its",
                 "Their", "His", "Her", "When", "While", "If", "As", "Under", "Including",
                 "Yesterday", "Today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday", "About", "Some", "More", "Most", "Only", "Nearly",
                 "Almost", "Around", "Over", "According", "Such", "Other", "Both",
                 "Besides", "One", "Two", "Three", "Although", "Despite", "Since", "Because",
                 "Following", "Among", "Asked", "Separately", "Now", "Still", "Even", "Yet",
                 "Without", "Within", "Through", "During", "Until", "Unless", "Once", "Then",
                 "There", "Here", "What", "Which", "Who", "Where", "Why", "How", "All", "Each",
                 "Every", "Many", "Several", "Few", "No", "Not", "Analysts", "Officials",
                 "Sources", "Traders"}  # fmt: skip
# "Ecuadorean energy minister", "Broadcasting units": one capitalised word that describes
# what follows (a nationality, a gerund) is no name.
_DESCRIBING = re.compile(r"[A-Z][a-z]+(?:ean|ian|ese|ish|ing)\s+[a-z]")


def pronoun(sentence: str) -> str:
    """The pronoun a sentence opens with ("It", "The company"), or ""."""
    match = _OPENING.match(sentence)
    return match["pronoun"] if match else ""


def subject(sentence: str, person: bool = False) -> str:
    """The name a sentence opens with (after its dateline): its subject. With `person`
    ("he", "she"), a speaker the sentence names ("a spokesman") when it opens with none.
    "" when unsure: no referent is better than a wrong one."""
    text = sentence
    dateline = _DATELINE.match(text)
    if dateline is not None:
        text = text[dateline.end() :]
    match = _NAME.match(text)
    if match is not None:
        words = match["name"].split()
        if words[:1] == ["The"] and len(words) > 1:
            words = words[1:]  # "The Pakistan Stream gas pipeline": the name after "The"
        if len(words) == 1 and _DESCRIBING.match(text, match.end("name") - len(words[0])):
            words = []
        if words and words[0] not in _NOT_SUBJECTS:
            return " ".join(words).rstrip(".,'’")
    if person:
        speaker = _SPEAKER.search(text)
        if speaker is not None:
            return "the " + speaker.group(1)
    return ""


def shown(text: str, referent: str) -> str:
    """The sentence with its referent after the pronoun: "It [Dixons Group PLC] had…"."""
    opening = _OPENING.match(text)
    if referent and opening is None and _TELLING.match(text):
        return f"[{referent}] {text}"  # "[Texaco] saying it had no choice …"
    if not referent or opening is None:
        return text
    return f"{text[: opening.end()]} [{referent}]{text[opening.end() :]}"
