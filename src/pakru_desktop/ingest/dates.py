"""Dates as pages write them: ISO stamps, "March 5, 2024", "5 March 2024", "14 ноября 2025 г.",
"11.02.2020, 17:29 Uhr", "Wed Nov 20 2019 08:00:58 GMT+0000", compact "20191119", Unix stamps;
dates in a page's address (/2019/11/18/); datelines ("ISLAMABAD, 14 November 2025 —").

The date is taken as written (the publisher's local day), never converted between time zones.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from datetime import date as Date

# Month names and the stems of their inflected forms ("stycznia", "червня", "марта"), one line
# a month, in the languages of the pages measured: en, de, fr, es, it, pt, nl, da/no/sv, pl, cs,
# id, ru, uk, bg. A word is the month of the longest stem it starts with, or of the names it
# abbreviates ("Sept.", "févr.", "dez").
_MONTHS = (
    "january januar janvier enero gennaio janeiro januari styczeń styczni leden ledna январ січ януар",
    "february februar février febrero febbraio fevereiro februari luty lutego únor února феврал лют"
    " февруар",
    "march märz mars marzo março maart marts mars marzec marca březen března март берез",
    "april avril abril aprile kwiecień kwietni duben dubna апрел квіт",
    "may mai mayo maggio maio mei maj květen května ма трав",
    "june juni juin junio giugno junho czerwiec czerwca červen června июн черв юни",
    "july juli juillet julio luglio julho lipiec lipca červenec července июл лип юли",
    "august août agosto augustus agustus sierpień sierpnia srpen srpna август серп",
    "september septembre septiembre settembre setembro wrzesień września září сентябр верес"
    " септемв",
    "october oktober octobre octubre ottobre outubro październik października říjen října октябр"
    " жовт октомв",
    "november novembre noviembre novembro listopad listopada ноябр листопад ноемв",
    "december dezember décembre diciembre dicembre dezembro desember grudzień grudnia prosinec"
    " prosince декабр груд декемв",
)  # fmt: skip
_MONTH_STEMS = {stem: n for n, line in enumerate(_MONTHS, 1) for stem in line.split()}
_MONTH_WORD = r"[^\W\d_]{3,12}\.?"
# "5 March 2024", "29. Januar 2019", "16 de mayo de 2020", "14 ноября 2025 г."
_DAY_MONTH_YEAR = re.compile(
    rf"^(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH_WORD})\s*,?\s+(?:del?\s+)?(\d{{4}})(?:\s*г\.?)?$"
)
_MONTH_DAY_YEAR = re.compile(rf"^({_MONTH_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})$")
_MONTH_YEAR = re.compile(rf"^({_MONTH_WORD})\s+(\d{{4}})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_WEEKDAY = re.compile(
    r"^(?:[A-Za-zА-Яа-я]{3,12}\.?,\s+|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\s+)", re.I
)
# A time after the date ("08:02 GMT", "at 11:08 a.m.", ", 17:29 Uhr", "klo 12.45"): cut off.
_TIME_TAIL = re.compile(
    r"(?:\s*[,|·–-]\s*|\s+(?:at|um|à|в|klo|o)\s+|\s+)"
    r"(?:\d{1,2}[:.]\d{2}\b|\d{1,2}\s*[ap]\.?m\b).*$",
    re.I,
)
_NUMERIC_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_COMPACT = re.compile(r"^(19|20)(\d{2})(\d{2})(\d{2})$")
_UNIX = re.compile(r"^1\d{9}$")  # seconds since 1970: 2001-09-09 to 2033
_MONTH_DAY_YEAR_BARE = re.compile(rf"^({_MONTH_WORD})\s+(\d{{1,2}})\s+(\d{{4}})$")
# A date in a page's address: /2019/11/18/, /2020-09-23-, -20191115/ (year, month, day).
_URL_DATE = re.compile(
    r"[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
# A visible date line: "Published: Monday, November 18th, 2019 at 11:08 a.m.", "on 18 Nov 2019".
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|date|on|veröffentlicht|"
    r"publié le|опубликовано|дата)\b\s*:?\s*)+",
    re.I,
)
# A dateline: a place (up to four capitalised words), a comma, a full date, then a dash or colon.
_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ][\w.'’-]{0,25}(?:[ \t][A-ZА-ЯЁ][\w.'’-]{0,25}){0,3})\s*[,(]\s*"
    rf"(\d{{1,2}}\s+{_MONTH_WORD}\s*,?\s+\d{{4}}|{_MONTH_WORD}\s+\d{{1,2}}\s*,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\s*(?:г\.)?\)?\s*(?:\([^()]{1,30}\)\s*)?[—–:-]"
)


def _month_number(word: str) -> int:
    word = word.rstrip(".").casefold()
    stems = [stem for stem in _MONTH_STEMS if word.startswith(stem)]
    if stems:
        return _MONTH_STEMS[max(stems, key=len)]
    months = {n for stem, n in _MONTH_STEMS.items() if len(word) >= 3 and stem.startswith(word)}
    return months.pop() if len(months) == 1 else 0


def parse_date(value: str) -> tuple[str, str]:
    """A date as written (ISO, 'March 5, 2024', '5 March 2024', '14 ноября 2025 г.', 'May
    2024') → (ISO date, precision); ("", "") when unreadable or impossible."""
    value = " ".join(value.split())[:80]
    if _UNIX.match(value):
        return datetime.fromtimestamp(int(value), UTC).date().isoformat(), "day"
    if not re.search(r"\dT\d", value):  # an ISO stamp keeps its time for _ISO
        value = _TIME_TAIL.sub("", _WEEKDAY.sub("", value))
    value = re.sub(r"\s+(?:GMT|UTC|[A-Z]{3})(?:[+-]\d{2}:?\d{2})?$", "", value)
    iso = _ISO.match(value)
    if iso:
        year, month, day = iso.groups()
        return _checked(int(year), int(month or 0), int(day or 0))
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            return _checked(int(parts["y"]), _month_number(parts["m"]), int(parts["d"]))
    match = _MONTH_DAY_YEAR_BARE.match(value)
    if match:
        return _checked(int(match[3]), _month_number(match[1]), int(match[2]))
    match = _NUMERIC_DMY.match(value) or _COMPACT.match(value)
    if match and match.re is _NUMERIC_DMY:
        return _checked(int(match[3]), int(match[2]), int(match[1]))
    if match:
        return _checked(int(match[1] + match[2]), int(match[3]), int(match[4]))
    match = _MONTH_YEAR.match(value)
    if match and _month_number(match[1]):
        return _checked(int(match[2]), _month_number(match[1]), 0)
    return "", ""


def _checked(year: int, month: int, day: int) -> tuple[str, str]:
    if not 1000 <= year <= 2999 or month > 12:
        return "", ""
    if not month:
        return f"{year:04d}", "year"
    if not day:
        return f"{year:04d}-{month:02d}", "month"
    try:
        return Date(year, month, day).isoformat(), "day"
    except ValueError:
        return "", ""


def dateline(text: str) -> tuple[str, str]:
    """The (date, rest of the paragraph) of a paragraph opening with a dateline, else ("", "")."""
    match = _DATELINE.match(text[:160])
    if not match:
        return "", ""
    iso, precision = parse_date(match[2])
    return (iso, text[match.end() :].strip()) if precision == "day" else ("", "")


def url_date(url: str) -> str:
    """The day a page's address carries (/2019/11/18/, -20191115/), or ""."""
    match = _URL_DATE.search(url)
    return _checked(int(match[1]), int(match[2]), int(match[3]))[0] if match else ""


def text_date(line: str) -> str:
    """The day of a short visible line that is only a date ("Published: Nov. 18, 2019"), or ""."""
    if len(line) > 70 or not re.search(r"\d{4}", line):
        return ""
    iso, precision = parse_date(_DATE_LABEL.sub("", line.strip()))
    return iso if precision == "day" else ""
