"""The introduction's span: the story's own happened events, not plans nor background
(sentences written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace

from pakru_desktop.knowledge.facts import Citation
from pakru_desktop.knowledge.sheet import TimelineEntry
from pakru_desktop.knowledge.summary import _own_events


def _entry(date: str, precision: str, paragraph: int, mode: str = "happened") -> TimelineEntry:
    text = f"Something told in paragraph {paragraph}."
    return TimelineEntry(date, date, precision, False, False, text, ["t"],
                         [Citation("a", "a.md", paragraph, text)], mode)  # fmt: skip


def test_the_span_runs_over_the_story_s_own_happened_events() -> None:
    articles = [SimpleNamespace(date="2031-03-05"), SimpleNamespace(date="2031-04-07")]
    timeline = [
        _entry("2031-01", "month", 9),  # a moratorium recalled at the end: background
        _entry("2031-02-20", "day", 15),  # two weeks before the news, in a last paragraph
        _entry("2031-02-27", "day", 2),  # the strike began: in a lead
        _entry("2031-03-20", "day", 4),
        _entry("2031-06-30", "day", 1, mode="planned"),  # a planned completion
        _entry("2031-09", "month", 3),  # after every article: not something that happened
    ]
    own = _own_events(SimpleNamespace(articles=articles, timeline=timeline))
    assert [e.date for e in own] == ["2031-02-27", "2031-03-20"]
