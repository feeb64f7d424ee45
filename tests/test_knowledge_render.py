"""Sheets and timelines as pages: citations that lead somewhere on every page that shows them,
the same article number everywhere, estimated dates marked the same way, and nothing stored
ever written into a page as markup."""

from __future__ import annotations

import re
from pathlib import Path

from pakru_desktop.knowledge.corroborate import Conflict, Fact
from pakru_desktop.knowledge.facts import Citation
from pakru_desktop.knowledge.figures import Figure
from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import EntityCount, FactSheet, TimelineEntry, corpus_timeline
from pakru_desktop.knowledge.topics import Topic
from pakru_desktop.model import ArticleSummary
from pakru_desktop.render.sheet import (
    markdown_to_html,
    sheet_html_page,
    sheet_markdown,
    timeline_markdown,
)

from .conftest import run_cli

HOSTILE = '<img src="file:///dev/zero"> Zero ](javascript:alert(1)) "quoted" `x`'


def _hostile_sheet(article_id: str) -> FactSheet:
    citation = Citation(article_id, f"{HOSTILE}.txt", 3, f"Russia signed {HOSTILE}.", HOSTILE,
                        HOSTILE, '2025"><b>', 0, True)  # fmt: skip
    fact = Fact(f"Russia signed {HOSTILE}.", "agreement", [], [Figure(5, "USD", "=", "$5", 0, 0)],
                ["Russia"], [], ["trade"], [citation], members=[])  # fmt: skip
    topic = Topic("trade", HOSTILE, 1, ("trade",), f"Curator {HOSTILE}")
    article = ArticleSummary(
        article_id, HOSTILE, HOSTILE, f"{HOSTILE}.txt", "2025", "year", True, 3
    )
    return FactSheet(
        topic, [fact], [Conflict(HOSTILE, [])], [], [EntityCount(HOSTILE, "person", HOSTILE, 1, 1,
                                                                 [citation])],
        [], [article],
    )  # fmt: skip


def test_every_stored_field_and_id_is_escaped_in_app_pages_and_exports() -> None:
    for article_id in ("0123456789abcdef", 'x" onclick="alert(1)', "../../etc/passwd"):
        sheet = _hostile_sheet(article_id)
        for page in (markdown_to_html(sheet_markdown(sheet)), sheet_html_page(sheet),
                     markdown_to_html(sheet_markdown(sheet, show_commentary=True))):  # fmt: skip
            assert "<img" not in page and "<b>" not in page
            assert "javascript:" not in re.sub(r"&[a-z]+;|&#\d+;", "", " ".join(
                re.findall(r'href="([^"]*)"', page)))  # fmt: skip
            assert "onclick" not in " ".join(re.findall(r"<[^>]+>", page))
            links = re.findall(r'href="([^"]*)"', page)
            assert all(
                link.startswith(("pakru://article/0123456789abcdef", "#s")) for link in links
            )
        if article_id != "0123456789abcdef":  # not our own id form: never a link
            assert "pakru://" not in markdown_to_html(sheet_markdown(sheet))


def _library(tmp_path: Path) -> Library:
    run_cli("articles", data_dir=tmp_path)  # the first use builds the library from the seeds
    library = Library(tmp_path / "library.sqlite3")
    library.ensure_facts()
    return library


def test_exported_html_citations_lead_to_the_article_list_entry(tmp_path: Path) -> None:
    result = run_cli("factsheet", "trade", "--format", "html", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    page = result.stdout
    targets = set(re.findall(r'href="#(s\d+)"', page))
    anchors = set(re.findall(r'<a id="(s\d+)"></a>', page))
    assert targets and targets <= anchors
    for number in targets:  # the anchor sits on the entry of that same article
        assert re.search(rf'<a id="{number}"></a><strong>{number.upper()}</strong>', page)
    cited = re.findall(r'<a href="#(s\d+)" title="([^"]+)">\[S(\d+) ¶\d+\]</a>', page)
    assert cited and all(n == f"s{k}" and title for n, title, k in cited)


def test_every_view_showing_citations_lists_its_articles_under_the_same_numbers(
    tmp_path: Path,
) -> None:
    library = _library(tmp_path)
    try:
        entries = corpus_timeline(library.conn)
        rows = library.conn.execute("SELECT article_id, id, title FROM articles").fetchall()
    finally:
        library.close()
    text = timeline_markdown(entries, "Timeline", links=False)
    listed = dict(re.findall(r"^- \*\*S(\d+)\*\* (.+?) — ", text, re.M))
    cited = set(re.findall(r"\[S(\d+) ¶", text))
    assert cited and cited <= set(listed)
    numbers = {str(key): title for _, key, title in rows}  # S-number = the library's number
    for number in cited:
        assert listed[number].replace("\\", "") == numbers[number]
    sheet = run_cli("factsheet", "history", data_dir=tmp_path).stdout
    for number, title in re.findall(r"^- \*\*S(\d+)\*\* (.+?) — ", sheet, re.M):
        assert title.replace("\\", "") == numbers[number]


def test_estimated_dates_are_marked_the_same_way_in_sheets_exports_and_the_cli(
    tmp_path: Path,
) -> None:
    sheet = run_cli("factsheet", "steel", data_dir=tmp_path).stdout
    assert re.search(r"— Unknown publisher, ≈ 2025-07 · file 004", sheet)  # the article list
    timeline = run_cli("timeline", data_dir=tmp_path).stdout
    line = next(ln for ln in timeline.splitlines() if "May 13 agreement" in ln)
    assert line.startswith("≈ 13 May 2025 (inferred from an estimated article date)")
    entry = TimelineEntry("2025-05-13", "May 13", "day", True, True, "x", [], [])
    html_text = markdown_to_html(timeline_markdown([entry], "T"))
    assert "≈ 13 May 2025" in html_text and entry.mode == "happened" and not entry.planned


def test_the_cli_timeline_cites_articles_as_the_sheets_do(tmp_path: Path) -> None:
    sheet = run_cli("factsheet", "steel", data_dir=tmp_path).stdout
    numbers = dict(re.findall(r"^- \*\*S(\d+)\*\* .+? · file (\S+)$", sheet, re.M))
    timeline = run_cli("timeline", data_dir=tmp_path).stdout
    cited = set(re.findall(r"\[S(\d+) ¶\d+\]", timeline))
    listed = dict(re.findall(r"^S(\d+)  .+ — file (\S+)$", timeline, re.M))
    assert cited and cited <= set(listed)
    assert not re.search(r"\[\S+\.(?:txt|md|html|pdf) ¶", timeline)  # no file names as cites
    assert set(numbers) & set(listed)
    for number in set(numbers) & set(listed):
        assert listed[number] == numbers[number].replace("\\", "")  # S2 is S2 everywhere


def test_exported_markdown_escapes_angle_brackets_as_markdown_not_html() -> None:
    from pakru_desktop.render.sheet import escape_markdown

    written = escape_markdown("<Harbor Holdings PLC> said <b>no</b> & more")
    assert "&lt;" not in written and "\\<Harbor Holdings PLC>" in written
    page = markdown_to_html(written)
    assert "&lt;Harbor Holdings PLC&gt;" in page and "<b>" not in page
