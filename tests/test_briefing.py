"""The briefing pack as files: every citation a link to a paragraph inside the document,
the appendix holding each cited paragraph in full, nothing fetched from outside."""

from __future__ import annotations

import re

from pakru_desktop.db.notes import Mark
from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import build_sheet
from pakru_desktop.pipeline.bootstrap import load_topics
from pakru_desktop.render.briefing import briefing_html, briefing_markdown, gather
from pakru_desktop.search.engine import SearchEngine


def _briefing(library: Library):  # type: ignore[no-untyped-def]
    topic = next(t for t in load_topics() if t.slug == "energy")
    engine = SearchEngine(library.conn, library.knowledge.variants)
    sheet = build_sheet(library.conn, library.knowledge, topic, engine.topic_expression(topic))
    article = library.article(library.summaries()[0].article_id)
    assert article is not None
    block = article.blocks[2]
    notes = [Mark("note", article.article_id, block.number, block.text, quote=block.text[:50],
                  body="وزیر اعظم سے پوچھیں", title=article.title, id=1)]  # fmt: skip
    return gather(library, "Moscow <visit>", "A. Delegate", "2026-12-07", [sheet], notes), block


def test_every_link_of_the_pack_leads_inside_it(library: Library) -> None:
    briefing, block = _briefing(library)
    page = briefing_html(briefing)
    targets = set(re.findall(r'href="#([^"]+)"', page))
    anchors = set(re.findall(r'<a name="([^"]+)"', page))
    assert targets and targets <= anchors
    assert not re.search(r'(src|href)="(?!#)', page)  # no remote or local resource at all
    assert "Moscow &lt;visit&gt;" in page and "prepared by A. Delegate" in page
    assert 'dir="rtl"' in page and "وزیر اعظم سے پوچھیں" in page
    key = briefing.keys[briefing.notes[0].mark.article_id]
    # The note's paragraph is in the appendix in full, under the anchor its citation names.
    assert f'<a name="s{key}-p{block.number}"' in page
    appendix = page.split('name="appendix"')[1]
    assert block.text.replace("’", "&#x27;")[:40] in appendix or block.text[:40] in appendix


def test_the_markdown_pack_cites_in_text_with_the_appendix(library: Library) -> None:
    briefing, block = _briefing(library)
    text = briefing_markdown(briefing)
    key = briefing.keys[briefing.notes[0].mark.article_id]
    assert f"\\[S{key} ¶{block.number}\\]" in text
    assert "## Cited paragraphs" in text and text.count(f"**S{key} ¶{block.number}**") == 1
    assert "pakru://" not in text


def test_a_note_on_a_sheet_line_is_drawn_after_that_line_even_with_bold_figures() -> None:
    from pakru_desktop.render.marks import decorate_sheet

    sheet = ("<ul><li><strong>September 2023</strong> — 100,000 &amp; more tons. <a href='x'>[S4 ¶7]</a>"
             "</li><li>Another line.</li></ul>")  # fmt: skip
    note = Mark("note", "", 0, "", quote="September 2023 — 100,000 & more tons. [S4 ¶7]",
                topic="energy", body="Спросить", id=3)  # fmt: skip
    drawn = decorate_sheet(sheet, [note])
    first, second = drawn.split("</li>", 1)
    assert "Спросить" in first and "Спросить" not in second
