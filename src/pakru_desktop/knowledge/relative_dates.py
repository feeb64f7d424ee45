"""Dates written relative to the article's own: "yesterday", "on Friday", "last week", "next
month" (dates.py finds them; here they are placed against the article's day)."""

from __future__ import annotations

import re
from datetime import date, timedelta

# A weekday in a clause that looks ahead ("will meet Friday", "said it would vote on Monday")
# is the next such day, not the last (what news tells as done is the default). Not past a
# noun's clause (", which began Friday") nor a sentence's end; a decimal point ("a 7.7 billion
# dlr loan") ends nothing.
_FUTURE = re.compile(
    r"\b(?:will|shall|would(?!\s+have\b)|is\s+due|are\s+due|is\s+expected|are\s+expected|"
    r"is\s+scheduled|are\s+scheduled|plans?\s+to|planned\s+to|"
    r"to\s+(?:begin|start|open|expire|close|resume)|"  # "a tender offer to begin Thursday"
    # a schedule told in the present: "Howard leaves for Japan on Saturday"
    r"(?<=[a-z] )(?:leaves|departs|arrives|flies|travels|returns|meets|visits|convenes|resumes))\b"
    r"(?:(?!,\s*(?:which|who)\b)(?:[^.;]|(?<=\d)\.(?=\d)))*\Z"  # not past a noun's clause
)
# A modal further back governs the weekday too ("will draw up a compromise and present it to
# the working group at 1130 hrs GMT Tuesday"), unless a verb told in the past comes between.
_FAR_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled)\b"
    r"(?:(?!,\s*(?:which|who)\b|\b(?:was|were|had|did)\b)(?:[^.;]|(?<=\d)\.(?=\d)))*\Z"
)
_WILL_AFTER = re.compile(r"\s+(?:will|shall|is\s+due|are\s+due|is\s+to|are\s+to)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def relative_date(kind: str, groups: dict, article_iso: str, before: str = "",
                  after: str = "") -> tuple[str, str] | None:  # fmt: skip
    """(ISO date, precision) of a date written relative to the article's own (`article_iso`):
    "yesterday", "on Friday" (the last Friday before the article; "next Friday" the one
    after), "last week" (its month), "next month"; `kind` and `groups` are those of its match
    in dates.py, `before` and `after` the text around it. Without a full article date there
    is nothing to anchor to."""
    try:
        anchor = date.fromisoformat(article_iso[:10])
    except ValueError:
        return None
    if kind == "relative-day":
        word = " ".join(groups["day_word"].lower().split())
        shift = -1 if word == "last night" else _DAY_SHIFT.get(word, 0)  # "this afternoon": 0
        day = anchor + timedelta(days=shift)
        return day.isoformat(), "day"
    if kind == "weekday":
        which = (groups.get("which") or "").lower()
        wanted = _WEEKDAYS.index(groups["weekday"].lower())
        ahead = which in ("", "on", "this") and (
            _FUTURE.search(before[-80:]) is not None  # "will meet Friday"
            or _FAR_FUTURE.search(before) is not None
            or _WILL_AFTER.match(after) is not None
        )  # "the board Monday will discuss"
        if which in ("", "on", "this", "since", "from") and wanted == anchor.weekday():
            # Wire copy names the day it is written on by its weekday ("its directors met
            # Wednesday", filed on a Wednesday; "effective Friday", on a Friday): that day.
            day = anchor
        elif which in ("next", "until", "by") or ahead:
            day = anchor + timedelta(days=(wanted - anchor.weekday() - 1) % 7 + 1)
        else:  # news tells what happened: the last such day before the article
            day = anchor - timedelta(days=(anchor.weekday() - wanted - 1) % 7 + 1)
        return day.isoformat(), "day"
    rel = groups["rel"].lower()
    shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[rel]
    if groups["span"].lower() == "week":
        # Which day of the week is not told: the month most of it falls in ("last week",
        # written on Monday 29 June, is June).
        thursday = anchor - timedelta(days=anchor.weekday() - 3) + timedelta(weeks=shift)
        return f"{thursday:%Y-%m}", "month"
    month = anchor.month - 1 + shift
    year, month = anchor.year + month // 12, month % 12 + 1
    return f"{year:04d}-{month:02d}", "month"
