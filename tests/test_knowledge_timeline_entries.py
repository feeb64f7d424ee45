"""The timeline: one entry per statement, at the date of its act, and pointers that stand
alone (sentences written for these tests)."""

from __future__ import annotations

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.facts import Citation, DateRef, StoredFact, content_stems
from pakru_desktop.knowledge.sheet import STATEMENTS, TimelineEntry, timeline_of
from pakru_desktop.render.sheet import timeline_markdown


def _fact(text: str, dates: list[DateRef], mode: str = "happened") -> StoredFact:
    return StoredFact(
        fact_id=1, text=text, kind="date", dates=dates, figures=[], entities=[], events=[],
        topics=["deal"], citation=Citation("a", "a.md", 1, text, article_date="2031-03-11"),
        mode=mode, stems=content_stems(text),
    )  # fmt: skip


def _day(iso: str, text: str) -> DateRef:
    return DateRef(iso, text, "day", False)


def test_a_sentence_naming_two_dates_is_one_entry_at_the_date_of_its_act() -> None:
    told = _fact("Harbor said on March 10 it extended its offer, which now expires on March 24.",
                 [_day("2031-03-10", "March 10"), _day("2031-03-24", "March 24")])  # fmt: skip
    (entry,) = timeline_of(group([told]))
    assert entry.date == "2031-03-10"


def test_a_plan_is_on_the_timeline_at_its_planned_date() -> None:
    plan = _fact("After the quake of March 5, drilling will begin on March 20.",
                 [_day("2031-03-05", "March 5"), _day("2031-03-20", "March 20")], "planned")  # fmt: skip
    (entry,) = timeline_of(group([plan]))
    assert entry.date == "2031-03-20" and entry.planned


def test_a_pointer_to_a_statement_elsewhere_is_its_opening_clause() -> None:
    text = ("The minister met the strike leaders on Wednesday, a spokesman said, and talks "
            "will resume next week unless the owners raise their offer.")  # fmt: skip
    entry = TimelineEntry("2031-03-11", "Wednesday", "day", False, False, text, ["deal"],
                          [Citation("a", "a.md", 1, text)], section=STATEMENTS)  # fmt: skip
    page = timeline_markdown([entry], "T", links=False)
    line = next(ln for ln in page.splitlines() if "Wednesday" in ln)
    assert "The minister met the strike leaders on Wednesday …" in line
    assert text not in line
