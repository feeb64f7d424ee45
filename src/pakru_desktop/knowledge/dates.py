"""Dates written in a sentence → ISO dates with their precision.

Full dates, month-year, years, decades; a day-month or a lone month takes its year from the
article's date and is marked `inferred` (and `estimated` when the article's own date is an
estimate). "last year", "this year", "next year" are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from .relative_dates import relative_date
from .word_lists import ascii_twin, plain_ascii, word_starts

MONTHS = {
    name: number
    for number, names in enumerate(
        [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
         ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
         ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
         ("December", "Dec")],
        start=1,
    )
    for name in names
}  # fmt: skip
# Russian months in every case ("мая", "в мае", "январь", "января"), by their stems, and
# Urdu months; both are written day-month-year.
_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
              "октябр", "ноябр", "декабр")  # fmt: skip
_UR_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
              "اکتوبر", "نومبر", "دسمبر")  # fmt: skip
_RU_MONTH = (r"(?P<month>(?i:январ[ьяеюё]\w*|феврал[ьяеюё]\w*|март[ае]?\w*|апрел[ьяеюё]\w*"
             r"|ма[йяеюё]|мая|июн[ьяеюё]\w*|июл[ьяеюё]\w*|август[ае]?\w*|сентябр[ьяеюё]\w*"
             r"|октябр[ьяеюё]\w*|ноябр[ьяеюё]\w*|декабр[ьяеюё]\w*))\b")  # fmt: skip
_UR_MONTH = r"(?P<month>" + "|".join(_UR_MONTHS) + r")(?!\w)"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
_DOT = r"\.?"  # "Sept. 5": only where more of the date follows, never a sentence's full stop
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)\b"
_DAY_NUMBERS = {w: n for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split(), start=1)}  # fmt: skip
_DAY_NUMBERS.update({f"twenty-{w}": 20 + n for w, n in list(_DAY_NUMBERS.items())[:9]})
_DAY_NUMBERS.update({"thirty": 30, "thirty-one": 31})
_DAY_WORDS = "|".join(sorted(_DAY_NUMBERS, key=len, reverse=True))
_DAY_WORDS_CAPITALISED = "|".join(
    w.capitalize() for w in sorted(_DAY_NUMBERS, key=len, reverse=True)
)
_RANGE_END = r"(?:\s*(?:–|-|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\b)?"

# Tried in order at each position; the first that matches wins, so longer forms come first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(rf"\b{_DAY}\s+{_MONTH}{_DOT},?\s+{_YEAR}")),
    ("day", re.compile(rf"\b{_MONTH}{_DOT}\s+{_DAY}{_RANGE_END},?\s+{_YEAR}")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month", re.compile(rf"\b{_MONTH}{_DOT},?\s+{_YEAR}")),
    # "the week of July 20": a week named by its first day; which day is not told.
    ("week-of", re.compile(rf"\b(?i:week)\s+of\s+{_MONTH}{_DOT}\s+{_DAY}\b(?!\s*,?\s*\d)")),
    ("day-inferred", re.compile(rf"\b{_MONTH}{_DOT}\s+{_DAY}\b{_RANGE_END}(?!\s*(?:,\s*)?\d)")),
    ("day-inferred", re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\s*,?\s*\d)")),
    # Newswire writes the day in words: "on May one", "until April three".
    ("day-inferred", re.compile(rf"\b(?i:on|until|till|from|by|to|since|before|after|of)\s+"
                                rf"{_MONTH}\s+(?P<day>{_DAY_WORDS})\b")),
    # … or capitalised, with no word before it needed: "rights expire April Three".
    ("day-inferred", re.compile(rf"\b{_MONTH}\s+(?P<day>{_DAY_WORDS_CAPITALISED})\b")),
    ("month-inferred", re.compile(
        rf"\b(?:(?P<lead>(?i:in|during|since|until|by|from|through|early|late|mid|this|last|next"
        rf"|previous))\s+|(?i:mid)-){_MONTH}(?!\s*,?\s*\d)")),
    # A part of a month: "the first days of March", "the end of April", "the month of May"
    # ("the second week of March" is left to the day the story lends it: a month against
    # days is read as spanning them where figures are compared).
    ("month-inferred", re.compile(
        rf"\b(?i:days?|end|start|beginning|middle|half|month|part|rest|whole)\s+of\s+"
        rf"{_MONTH}(?!\s*,?\s*\d)")),
    # A month that names an event: "the December accord", "its February currency pact".
    ("month-inferred", re.compile(
        rf"\b(?P<lead>(?i:the|its|their|this|that))\s+{_MONTH}(?:'s)?(?=\s+(?:[a-z][\w-]*\s+)?"
        r"(?:accords?|agreements?|pacts?|deals?|meetings?|talks|summits?|sessions?|conferences?"
        r"|elections?|polls|votes?|quakes?|earthquakes?|strikes?|visits?|offers?|bids?)\b)")),
    ("decade", re.compile(r"\b(?P<decade>1[6-9]\d0|20\d0)s\b")),
    ("relative", re.compile(r"\b(?P<rel>last|this|next|previous|past)\s+year\b", re.I)),
    # Anchored to the article's date: "today", "late yesterday", "last night", "on Friday",
    # "last Friday", "last week", "next month".
    ("relative-day", re.compile(
        r"\b(?:(?i:earlier|later|late|early)\s+)?(?P<day_word>(?i:today|yesterday|tomorrow|tonight"
        r"|last\s+night|this\s+(?:morning|afternoon|evening)))\b")),
    ("weekday", re.compile(
        r"\b(?:(?P<which>(?i:on|last|next|this|since|from|until|by))\s+)?"
        r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative-span", re.compile(r"\b(?P<rel>last|this|next|previous|past)\s+(?P<span>week|month)\b",
                                 re.I)),
    ("year", re.compile(r"(?<![$€£\d,.])\b" + _YEAR + r"(?![,.]\d)(?!\s*(?:%|per\s?cent|"
                        r"million|billion|thousand|tons|tonnes|km|MW|companies|people))")),
]  # fmt: skip


# Tried only on text in their script (most text has none: each pattern costs a pass).
# "1970-х", "в 1970-е годы"; "1970 کی دہائی" (the decade of 1970); "2025ء".
_PATTERNS_RU: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(rf"\b{_DAY}\s+{_RU_MONTH}\s+{_YEAR}")),
    # A Russian dateline or document date written in figures: "15.05.2025" (day first).
    ("iso", re.compile(r"(?<![\d.])(?P<day>[0-3]\d)\.(?P<month>[01]\d)\.(?P<year>(?:19|20)\d\d)\b")),
    ("month", re.compile(rf"(?<!\w){_RU_MONTH}\s+{_YEAR}")),
    ("day-inferred", re.compile(rf"\b{_DAY}\s+{_RU_MONTH}(?!\s*,?\s*\d)")),
    ("decade", re.compile(r"\b(?P<decade>1[6-9]\d0|20\d0)-(?:х|е|ые|ых|м|ми)\b")),
]  # fmt: skip
_PATTERNS_UR: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(rf"(?<!\d){_DAY}\s+{_UR_MONTH}\s*،?\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d)")),
    ("month", re.compile(rf"(?<!\w){_UR_MONTH}\s*،?\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d)")),
    ("day-inferred", re.compile(rf"(?<!\d){_DAY}\s+{_UR_MONTH}(?!\s*،?\s*\d)")),
    ("decade", re.compile(r"(?<!\d)(?P<decade>1[6-9]\d0|20\d0)\s+کی\s+دہائی")),
    ("year", re.compile(r"(?<!\d)(?P<year>1[6-9]\d\d|20\d\d)ء")),  # Urdu "2025ء"
]  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class DateMention:
    iso: str  # YYYY, YYYY-MM or YYYY-MM-DD; a decade as its first year
    text: str  # as written
    precision: str  # day | month | year | decade
    inferred: bool  # the year came from the article's date
    start: int
    end: int


@dataclass(frozen=True)
class ArticleDate:
    """What the article's own date lends to the dates it leaves incomplete."""

    iso: str = ""  # YYYY[-MM[-DD]]
    estimated: bool = False

    @property
    def year(self) -> int | None:
        return int(self.iso[:4]) if self.iso[:4].isdigit() else None

    @property
    def month(self) -> int:
        return int(self.iso[5:7]) if self.iso[5:7].isdigit() else 6


# Every date form has a digit, a capitalised month or "year": most sentences have none.
# Each form is tried only where the words it needs are (each pattern costs a pass, and most
# sentences with a digit have no month and no year — "90.25 dlrs a share"): a month's name,
# a year-like number, the word "year", a day word ("yesterday", "last night"), a weekday's
# name, "week" or "month"; and a digit for a form with a day in figures, a year-like number
# for one with a year (most sentences naming a month have neither). The hints open with no
# "\b" or look-behind: a pattern opening with one cannot skip ahead to its first characters
# (three to five times slower).
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = ascii_twin(_DIGIT)  # (on ASCII text: a fifth faster)
# A month's name or abbreviation as a word ("Market" is none); every month form has one.
_MONTH_WORD = re.compile(r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")
# What lets "year" count as a date word: a digit, "year" or "Year", or a month's abbreviation
# opening a word.
_MONTH_AT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_YEAR_DIGITS = re.compile(r"(?:1[6-9]|20)\d\d(?!\d)")
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NEEDS = {"day": "month", "iso": "year", "week-of": "month", "month": "month", "day-inferred": "month",
          "month-inferred": "month", "decade": "year", "relative": "year word", "year": "year",
          "relative-day": "day word", "weekday": "weekday", "relative-span": "span"}  # fmt: skip


def _needs(kind: str, pattern: re.Pattern[str]) -> frozenset[str]:
    """The hints a pattern needs: its kind's; a digit for a day in figures (_DAY, never
    optional); a year-like number for _YEAR (after a space: no digit either side of it)."""
    day, year = _DAY in pattern.pattern, _YEAR in pattern.pattern
    return frozenset([_NEEDS[kind], *["digit"] * day, *["year"] * year])


# How each pattern is run: one opening with a month's name or a year without its "\b", kept
# only where a word starts (the engine then skips at C speed to the month's capital or the
# year's first digit: a fifth of the time); on plain ASCII text as its ASCII twin (word_lists).
# One with words before its month ("in", "the end of", "5"): those and the month searched for
# only up to the last month's end (after it, nearly half a sentence, no match can start).
_AT_WORD = (r"\b(?P<month>", r"\b(?P<year>", r"\b(?P<decade>")
# kind, pattern, at word starts only, its opening up to its month (or None)
_Run = tuple[str, re.Pattern[str], bool, re.Pattern[str] | None]


def _run(kind: str, pattern: re.Pattern[str], ascii: bool) -> _Run:
    at_word = pattern.pattern.startswith(_AT_WORD)
    if at_word:
        pattern = re.compile(pattern.pattern.removeprefix(r"\b"), pattern.flags)
    cut = pattern.pattern.find(_MONTH)  # (_MONTH never in a group: its opening compiles)
    opening = re.compile(pattern.pattern[: cut + len(_MONTH)], pattern.flags) if cut > 0 else None
    if ascii:
        return kind, ascii_twin(pattern), at_word, opening and ascii_twin(opening)
    return kind, pattern, at_word, opening


def _up_to(pattern: re.Pattern[str], opening: re.Pattern[str], text: str,
           end: int) -> Iterator[re.Match[str]]:  # fmt: skip
    """`pattern.finditer(text)` for a pattern whose every match opens with a match of
    `opening` that ends by `end` (the end of the last month named)."""
    at = 0
    while (found := opening.search(text, at, end)) is not None:
        match = pattern.match(text, found.start())
        if match is None:
            at = found.start() + 1
            continue
        yield match
        at = match.end()


# The patterns worth a pass for each set of words present (a few recur), on ASCII text or not.
_BY_NEEDS: dict[tuple[frozenset[str], bool], list[_Run]] = {}
_START = attrgetter("start")


def find_dates(text: str, article: ArticleDate = ArticleDate(),
               lowered: str | None = None) -> list[DateMention]:  # fmt: skip
    """Every date mention of a sentence, left to right, none overlapping (`lowered`: the
    sentence in lower case, when the caller has it)."""
    is_ascii = text.isascii()
    digit = (_ASCII_DIGIT if is_ascii else _DIGIT).search(text) is not None
    lowered = text.lower() if lowered is None else lowered
    present = {"digit"} if digit else set()
    if "day" in text and _WEEKDAY.search(text):
        present.add("weekday")
    # On ASCII text the day words themselves ("day" opens every weekday and "days"); other
    # text keeps the looser "day" (a case-blind "s" is also the long "ſ" of "yeſterday").
    if ("day" in lowered and (not is_ascii or "today" in lowered or "yesterday" in lowered)) \
            or "night" in lowered or "tomorrow" in lowered or (
            "this " in lowered and ("morning" in lowered or "afternoon" in lowered
                                    or "evening" in lowered)):  # fmt: skip
        present.add("day word")  # "today", "yesterday", "last night"
    if "week" in lowered or "month" in lowered:
        present.add("span")
    month_end = -1  # where the last month named ends
    month = _MONTH_WORD.search(text)
    if month is not None:
        present.add("month")
        month_end = [m.end() for m in _MONTH_WORD.finditer(text, month.start())][-1]
    if digit and _year_like(text):
        present.add("year")
    if "year" in lowered and (digit or "year" in text or "Year" in text or _MONTH_AT.search(text)):
        present.add("year word")
    if not present:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    ascii = is_ascii and plain_ascii(text)
    key = (frozenset(present), ascii)
    patterns = _BY_NEEDS.get(key)
    if patterns is None:
        patterns = _BY_NEEDS[key] = [_run(k, p, ascii) for k, p in _PATTERNS
                                     if _needs(k, p) <= present]  # fmt: skip
    if digit and not ascii and _CYRILLIC.search(text):
        patterns = [(k, p, False, None) for k, p in _PATTERNS_RU] + patterns
    if digit and not ascii and _ARABIC.search(text):
        patterns = [(k, p, False, None) for k, p in _PATTERNS_UR] + patterns
    for kind, pattern, at_word, opening in patterns:
        if at_word:
            matches = word_starts(pattern, text)
        elif opening is not None:
            matches = _up_to(pattern, opening, text, month_end)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            mention = _mention(kind, match, article)
            if mention is not None:
                found.append(mention)
                taken.append(span)
    found.sort(key=_START)  # (most sentences: none found)
    return found


def _year_like(text: str) -> bool:
    """Does the text hold a year-like number (four digits, no digit either side)?"""
    for match in _YEAR_DIGITS.finditer(text):
        if not match.start() or not _DIGIT.match(text, match.start() - 1):
            return True
    return False


def _mention(kind: str, match: re.Match[str], article: ArticleDate) -> DateMention | None:
    groups = match.groupdict()
    text, start, end = match.group(0), match.start(), match.end()
    if kind == "month-inferred" or (kind == "day-inferred" and match.start() < match.start(
            "month") < match.start("day")):  # fmt: skip
        # "in August": the date is "August"; "on May one": "May one"
        start = match.start("month")
        text = text[start - match.start() :]
    if kind == "decade":
        return DateMention(groups["decade"], text, "decade", False, start, end)
    if kind == "year":
        return DateMention(groups["year"], text, "year", False, start, end)
    if kind in ("relative-day", "weekday", "relative-span"):
        before = match.string[max(0, start - 160) : start]
        if kind == "weekday" and not groups.get("which") and _APPOSED.search(before):
            return None  # "until March 25, Wednesday": the day just named, not another
        after = match.string[end : end + 20]
        relative = relative_date(kind, groups, article.iso, before, after)
        if relative is None:
            return None
        return DateMention(relative[0], text, relative[1], True, start, end)
    if kind == "relative":
        if article.year is None:
            return None
        shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}
        year = article.year + shift[groups["rel"].lower()]
        return DateMention(str(year), text, "year", True, start, end)
    month = month_number(groups["month"])
    if not 1 <= month <= 12:
        return None
    written_day = groups.get("day") or ""
    day = _DAY_NUMBERS.get(written_day.lower()) or (int(written_day) if written_day else 0)
    if day and not 1 <= day <= 31:
        return None
    if kind in ("day", "iso", "month"):
        year, inferred = int(groups["year"]), False
    elif article.year is None:
        # No article date to lend a year: the date keeps its day and month, in a year
        # unknown (0000), so such events still stand in their order.
        year, inferred = UNKNOWN_YEAR, True
    else:
        lead = (groups.get("lead") or "").lower()
        if lead in ("in", "during") and _DONE_IN.search(match.string, max(0, start - 40), start):
            lead = "last"  # "The ICC had rejected in July" (written in March): last July
        year, inferred = _infer_year(month, article, lead), True
    if day and kind == "week-of":
        return DateMention(f"{year:04d}-{month:02d}", text, "month", inferred, start, end)
    if day:
        try:
            date(year or 2000, month, day)  # a leap year for "29 February" of no known year
        except ValueError:
            return None  # "30 February": not a date, whatever the text meant
        return DateMention(f"{year:04d}-{month:02d}-{day:02d}", text, "day", inferred, start, end)
    return DateMention(f"{year:04d}-{month:02d}", text, "month", inferred, start, end)


def month_number(name: str) -> int:
    """1–12 for a month as written: "Sept", "мая", "декабре", "مئی", "05"; 0 if none."""
    if name.isdigit():
        return int(name)
    if name in MONTHS:
        return MONTHS[name]
    if name in _UR_MONTHS:
        return _UR_MONTHS.index(name) + 1
    lowered = name.lower()
    if lowered.startswith("мар"):
        return 3
    return next((n for n, stem in enumerate(_RU_MONTHS, 1)
                 if stem != "ма" and lowered.startswith(stem)), 5 if lowered[:2] == "ма" else 0)  # fmt: skip


# A weekday set after a day's date ("until March 25, Wednesday") names that same day.
_APPOSED = re.compile(r"(?:\d|\b(?i:" + _DAY_WORDS + r"))\s*,\s*\Z")
UNKNOWN_YEAR = 0  # written 0000: a day or month whose year nothing tells


# A verb told as done right before "in <month>": "had rejected in July", "was signed in May".
_DONE_IN = re.compile(
    r"\b(?:had|was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|un|wn|ght|ld|nt)\s+(?:in|during)\s+\Z"
)


def _infer_year(month: int, article: ArticleDate, lead: str = "") -> int:
    """The article's year, unless that would put the date more than six months after the
    article was written: then it is last year's month ("in November", written in February).
    "next January" is the first January after the article's month, "last November" the last
    one before it (written in June 1987: January 1988, November 1986)."""
    year = article.year or 0
    if lead == "next" and len(article.iso) >= 7:
        return year + 1 if month <= article.month else year
    if lead in ("last", "previous") and len(article.iso) >= 7:
        return year - 1 if month >= article.month else year
    return year - 1 if month - article.month > 6 else year


_MONTH_NAMES = ("January February March April May June July August September October "
                "November December").split()  # fmt: skip


def human_date(date: str, precision: str) -> str:
    """ "1970s", "2024", "September 2024", "13 May 2025"."""
    if precision == "decade":
        return f"{date}s"
    if precision == "week":
        return "week of " + human_date(date, "day")
    parts = date.split("-")
    year = "(year unknown)" if parts[0] == "0000" else parts[0]
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = _MONTH_NAMES[int(parts[1]) - 1]
        if len(parts) == 3 and parts[2].isdigit():
            return f"{int(parts[2])} {month} {year}"
        return f"{month} {year}"
    return date
