"""A sheet's introduction, written from the library itself: how much it holds and over which
years, the statements most articles agree on, and the key figures — every sentence cited.
A topic file's own text is the curator's note, shown apart (FactSheet.curator_note)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text.messages import date_words, plural, translate
from .dates import human_date
from .facts import Citation

if TYPE_CHECKING:
    from .corroborate import Fact
    from .sheet import FactSheet

MOST_TOLD = 2  # statements quoted for their corroboration
KEY_FIGURES = 3
CLIP = 80  # characters of a clipped excerpt (a key figure's clause)
CITES = 3  # citations an introduction's line carries: the sheet below has them all
LEAD = 2  # paragraphs of an article that tell its news (the rest recalls background)
BEFORE_DAYS = 7  # an event this long before the first article is news, not background
_CLAUSE = re.compile(r"(?:[^,;:—–]|[,:](?=\d))+")  # "40,000" is no clause break


@dataclass
class IntroLine:
    text: str  # plain text: the renderer escapes it
    citations: list[Citation]

    def to_json(self) -> dict:
        return {"text": self.text, "citations": [c.to_json() for c in self.citations]}


def clip(text: str, limit: int = CLIP) -> str:
    """The text cut at a word before `limit` characters, with an ellipsis when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:—– ")
    return cut + " …"


def _plural(count: int, word: str, language: str = "en") -> str:
    return plural(count, f"{{n}} {word}", f"{{n}} {word}s", language)


def introduction(sheet: FactSheet, language: str = "en") -> list[IntroLine]:
    """Three or four sentences that open the sheet, each with its citations; the sheet's
    own words in `language` (text/messages.py), what the library says as written."""
    facts = sheet.facts
    if not facts:
        return []
    sources = {a.source for a in sheet.articles if a.source}
    lead = _ranked(facts)[0]
    opening = translate(
        "The library holds {statements} on this topic from {articles} by {sources}", language,
        statements=_plural(len(facts), "statement", language),
        articles=_plural(len(sheet.articles), "article", language),
        sources=_plural(len(sources), "source", language),
    )  # fmt: skip
    events = _own_events(sheet)
    if events:
        first, last = events[0], events[-1]

        def when(date: str, precision: str) -> str:
            return date_words(date, precision, language) or human_date(date, precision)

        span = when(first.date, first.precision)
        if last.date != first.date:
            span = translate("{start} to {end}", language, start=span,
                             end=when(last.date, last.precision))  # fmt: skip
        lines = [IntroLine(translate("{opening}; its events run from {span}.", language,
                                     opening=opening, span=span),
                           [first.citations[0], last.citations[0]])]  # fmt: skip
    else:
        lines = [IntroLine(f"{opening}.", lead.citations[:1])]
    told = [f for f in _ranked(facts) if f.article_count > 1][:MOST_TOLD]
    for fact in told:
        said = plural(fact.article_count, "Reported in {n} article", "Reported in {n} articles",
                      language)  # fmt: skip
        lines.append(IntroLine(f"{said}: “{fact.text}”", _few(fact.citations)))
    if not told:
        among = translate("Among its statements", language)
        lines.append(IntroLine(f"{among}: “{lead.text}”", _few(lead.citations)))
    measured = [m for m in sheet.measures if m.article_count > 1][:KEY_FIGURES]
    for measure in measured:  # the figures most articles report, each with its reports
        values = ", ".join(f"{value} ({_plural(n, 'article', language)})"
                           for value, n in _spellings(measure.reports)[:3])  # fmt: skip
        key = translate("Key figure", language)
        lines.append(IntroLine(f"{key}, {measure.label}: {values}.",
                               [r.citations[0] for r in measure.reports[:CITES]]))  # fmt: skip
    for fact in [] if measured else sheet.key_figures[:KEY_FIGURES]:
        figure = next((f for f in fact.figures if not f.unit.startswith("ordinal ")), None)
        if figure is None or fact in told:
            continue
        key = translate("Key figure", language)
        lines.append(IntroLine(f"{key}: {figure.text} — {clip(_clause(fact.text, figure.text), 110)}.",
                               _few(fact.citations)))  # fmt: skip
    return lines


def _spellings(reports: list) -> list[tuple[str, int]]:
    """A measure's values, one per value however spelled ("100 dlrs", "100-dlr"), with the
    number of articles giving it."""
    found: dict[object, tuple[str, set[str]]] = {}
    for r in reports:
        key = (r.figure.qualifier, r.figure.value, r.figure.high) if r.value == r.figure.text \
            else r.value  # fmt: skip
        found.setdefault(key, (r.value, set()))[1].update(r.articles)
    return sorted(((v, len(a)) for v, a in found.values()), key=lambda x: -x[1])


def _few(citations: list[Citation]) -> list[Citation]:
    """The first citation of each of the first few articles."""
    firsts = {}
    for citation in citations:
        firsts.setdefault(citation.article_id, citation)
    return list(firsts.values())[:CITES]


def _own_events(sheet: FactSheet) -> list:
    """The timeline's entries that are the story's own events: what happened (not plans),
    dated to the day, week or month, no earlier than a week before its first article unless
    an article's lead tells it (a debt moratorium recalled in a last paragraph, or "in
    January", is background); the whole timeline when none is."""
    dates = sorted(a.date[:10] for a in sheet.articles if len(a.date) >= 10)
    start = _days_before(dates[0], BEFORE_DAYS) if dates else ""
    years = {d[:4] for d in dates}
    last = dates[-1] if dates else "9999"  # what happened is told after it happened
    own = [e for e in sheet.timeline if e.mode == "happened"
           and e.precision in ("day", "week", "month")
           and (not years or min(years) <= e.date[:4] <= max(years))
           and (e.date >= start or any(c.paragraph <= LEAD for c in e.citations))
           and e.date[:7] <= last[:7]]  # fmt: skip
    return own or sheet.timeline


def _days_before(iso: str, days: int) -> str:
    import datetime

    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return ""
    return (day - datetime.timedelta(days=days)).isoformat()


def _ranked(facts: list[Fact]) -> list[Fact]:
    """Most corroborated, then what happened before what is planned or reported."""
    order = ("happened", "planned", "reported")
    return sorted(facts, key=lambda f: (-f.article_count,
                                        order.index(f.mode) if f.mode in order else 3))  # fmt: skip


def _clause(text: str, part: str) -> str:
    """The clause of a sentence that holds `part` (the whole sentence when it is short)."""
    if len(text) <= 110:
        return text.rstrip(".")
    at = text.find(part)
    for match in _CLAUSE.finditer(text):
        if match.start() <= at < match.end():
            return match.group(0).strip().rstrip(".")
    return text.rstrip(".")
