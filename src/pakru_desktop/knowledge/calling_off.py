"""A calling-off cue ("postponed", "called off") in its sentence: a plan called off, an act
under way ended ("the union called off the strikes": that happened) or a plan moved to a new
time (still planned). Used by kinds.py."""

from __future__ import annotations

import re

# What a calling-off calls off: a plan (a meeting, a visit, a vote, an offer), or a plan in
# the passive ("the talks were postponed"). "The union has called off the strikes" ends an
# act that was under way: that happened.
_CALLED_OFF_PLAN = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?\Z")
_UNDER_WAY = re.compile(
    r"\s+(?:(?:the|its|their|a|an|all)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|stoppages?|boycotts?|protests?|blockades?|sit-ins?|walkouts?|embargo(?:es)?|"
    r"sanctions|attacks?|offensive|campaign)\b"
)


_CALLING_OFF = re.compile(r"(?:called|put|calls|puts|calling)\s+off\b|\w+")


# "has been delayed by one day and will now run from March 31": put off to a new time is the
# plan rescheduled, still planned.
_RESCHEDULED = re.compile(r"\s+(?:by\s+(?:one|two|three|a|\d+)\s+(?:day|week|month)s?\b|"
                          r"(?:until|to|till)\s+(?:next\s+)?[A-Z0-9]|[^.;]{0,40}\bwill\s+now\b)")  # fmt: skip


def rescheduled(sentence: str, at: int) -> bool:
    """Is the calling-off cue at `at` a move to a new time ("delayed by one day")?"""
    cue = _CALLING_OFF.match(sentence, at)
    return cue is not None and _RESCHEDULED.match(sentence, cue.end()) is not None


def ends_an_act(sentence: str, at: int) -> bool:
    """Does the calling-off cue at `at` end an act under way ("has called off the strikes"),
    not a plan ("the meeting was called off")?"""
    if _CALLED_OFF_PLAN.search(sentence, max(0, at - 16), at):
        return False
    cue = _CALLING_OFF.match(sentence, at)
    return cue is not None and _UNDER_WAY.match(sentence, cue.end()) is not None
