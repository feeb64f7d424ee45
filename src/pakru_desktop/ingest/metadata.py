"""Page metadata: JSON-LD, OpenGraph/`article:*` meta, `<time datetime>`, canonical URL, and
datelines ("ISLAMABAD, 14 November 2025 —") at the start of the text.

Every source is read from the saved file only: a URL found here is kept as text, never fetched.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date as Date

# JSON-LD block larger than this is not metadata a page needs; skipping it bounds the work.
_MAX_JSON_LD = 1_000_000
_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|webpage|blog", re.I)
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date",
              "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
              "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
              "parsely-pub-date", "article.published", "og:updated_time",
              "article:modified_time")  # fmt: skip
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "sailthru.author",
                "parsely-author")  # fmt: skip

_EN_MONTHS = ("january february march april may june july august september october november "
              "december").split()  # fmt: skip
_RU_MONTHS = ("январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр").split()
_MONTH_WORD = r"[A-Za-zА-Яа-яЁё]{3,10}\.?"
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})\s+({_MONTH_WORD})\s*,?\s+(\d{{4}})(?:\s*г\.?)?$")
_MONTH_DAY_YEAR = re.compile(rf"^({_MONTH_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})$")
_MONTH_YEAR = re.compile(rf"^({_MONTH_WORD})\s+(\d{{4}})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_WEEKDAY = re.compile(r"^[A-Za-zА-Яа-я]{3,12}\.?,\s+")
# A dateline: a place (up to four capitalised words), a comma, a full date, then a dash or colon.
_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ][\w.'’-]{0,25}(?:[ \t][A-ZА-ЯЁ][\w.'’-]{0,25}){0,3})\s*[,(]\s*"
    rf"(\d{{1,2}}\s+{_MONTH_WORD}\s*,?\s+\d{{4}}|{_MONTH_WORD}\s+\d{{1,2}}\s*,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\s*(?:г\.)?\)?\s*(?:\([^()]{1,30}\)\s*)?[—–:-]"
)


def _month_number(word: str) -> int:
    word = word.rstrip(".").lower()
    for number, name in enumerate(_EN_MONTHS, 1):
        if len(word) >= 3 and name.startswith(word[:3]) and name.startswith(word.rstrip(".")):
            return number
        if word == name[:3] or (word == "sept" and number == 9):
            return number
    for number, stem in enumerate(_RU_MONTHS, 1):
        if word.startswith(stem) or (number == 5 and word in ("мая", "май")):
            return number
    return 0


def parse_date(value: str) -> tuple[str, str]:
    """A date as written (ISO, 'March 5, 2024', '5 March 2024', '14 ноября 2025 г.', 'May
    2024') → (ISO date, precision); ("", "") when unreadable or impossible."""
    value = _WEEKDAY.sub("", " ".join(value.split())[:80])
    iso = _ISO.match(value)
    if iso:
        year, month, day = iso.groups()
        return _checked(int(year), int(month or 0), int(day or 0))
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            return _checked(int(parts["y"]), _month_number(parts["m"]), int(parts["d"]))
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


@dataclass
class PageMeta:
    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""
    section: str = ""
    url: str = ""


class MetaCollector:
    """Fed the tags of a page by a tokenizer (our HTML reader's, so the page is read once)."""

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self.canonical = ""
        self._script: list[str] | None = None
        self._size = 0

    def start(self, tag: str, values: dict[str, str | None]) -> None:
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            content = (values.get("content") or "").strip()
            if key and content:
                self.meta.setdefault(key.lower(), content)
        elif tag == "link" and "canonical" in (values.get("rel") or "").lower().split():
            self.canonical = self.canonical or (values.get("href") or "").strip()
        elif tag == "time" and values.get("datetime") and len(self.times) < 20:
            self.times.append(values["datetime"] or "")
        elif tag == "script" and "ld+json" in (values.get("type") or "").lower():
            self._script, self._size = [], 0

    def end(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            if self._size <= _MAX_JSON_LD:
                self.json_ld.append("".join(self._script))
            self._script = None

    def data(self, data: str) -> None:
        if self._script is not None:
            self._size += len(data)
            if self._size <= _MAX_JSON_LD:
                self._script.append(data)

    def result(self) -> PageMeta:
        """Metadata the page declares about itself; empty fields where it says nothing."""
        meta, ld = self.meta, _linked_data(self.json_ld)
        page = PageMeta(
            title=_name(ld.get("headline")) or meta.get("og:title", "")
            or meta.get("twitter:title", ""),
            source=meta.get("og:site_name", "") or _name(ld.get("publisher"))
            or meta.get("publisher", ""),
            section=_name(ld.get("articleSection")) or meta.get("article:section", ""),
            url=self.canonical or meta.get("og:url", "") or _name(ld.get("url")),
        )  # fmt: skip
        author = _name(ld.get("author")) or next((meta[k] for k in _AUTHOR_KEYS if k in meta), "")
        page.author = "" if author.startswith(("http://", "https://")) else author
        candidates = [_name(ld.get("datePublished")), _name(ld.get("dateCreated"))]
        candidates += [meta[k] for k in _DATE_KEYS if k in meta] + self.times
        page.date = next((c for c in candidates if c and parse_date(c)[0]), "")
        return page


def _linked_data(blocks: list[str]) -> dict:
    """The first article-like JSON-LD object (looking into lists and @graph), or {}."""
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue  # broken or hostile JSON-LD is simply not metadata
        todo, seen = [data], 0
        while todo and seen < 200:
            item, seen = todo.pop(0), seen + 1
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
                if _ARTICLE_TYPES.search(kind) and (
                    item.get("headline") or item.get("datePublished")
                ):
                    return item
                todo.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    return {}


def _name(value: object) -> str:
    """A JSON-LD person or organisation (a string, {"name": …}, or a list of them) → text."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("name") or "")
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value[:5]) if n)
    return ""
