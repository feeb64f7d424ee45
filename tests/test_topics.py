"""Topics: editable files that group the library, filter searches and open fact sheets."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.topics import find_topic, load_topics, topic_articles
from pakru_desktop.search.engine import SearchEngine
from pakru_desktop.search.variants import Variants
from pakru_desktop.ui.factsheet_pane import parse_citation_url
from pakru_desktop.ui.main_window import MainWindow

from .conftest import ROOT, run_cli
from .ui_helpers import click_row, click_tab, hover_tip, key, painted

# The offscreen platform says this whenever a tool tip is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TOPICS = load_topics(ROOT / "resources" / "topics")
REQUIRED = {"energy", "trade", "steel", "connectivity", "defence", "diplomacy", "multilateral",
            "finance", "visas", "media", "disaster", "afghanistan", "history"}  # fmt: skip


def test_the_corpus_topics_are_all_there_in_order() -> None:
    assert REQUIRED <= {t.slug for t in TOPICS}
    assert [t.order for t in TOPICS] == sorted(t.order for t in TOPICS)
    for topic in TOPICS:
        assert topic.title and topic.introduction and len(topic.keywords) >= 5


def test_every_topic_has_articles_and_every_seed_has_topics(engine: SearchEngine,
                                                            library: Library) -> None:  # fmt: skip
    per_article: dict[str, int] = {}
    for topic in TOPICS:
        articles = topic_articles(library.conn, engine.topic_expression(topic))
        assert articles, f"no seed article is about {topic.slug}"
        for article in articles:
            per_article[article.source_file] = per_article.get(article.source_file, 0) + 1
    assert len(per_article) == 5
    assert min(per_article.values()) >= 2


def test_a_broken_topic_file_is_left_out_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(
        '---\nslug: good\ntitle: Good\nkeywords: [gas, "oil field", pipe*]\n---\nIntro.\n'
    )
    (tmp_path / "no-keywords.md").write_text("---\nslug: empty\ntitle: Empty\n---\nIntro.\n")
    (tmp_path / "bad-slug.md").write_text("---\nslug: ../../etc\nkeywords: [x]\n---\n")
    (tmp_path / "binary.md").write_bytes(b"\xff\xfe\x00garbage")
    topics = load_topics(tmp_path)
    assert [t.slug for t in topics] == ["good"]
    assert topics[0].keywords == ("gas", '"oil field"', "pipe*")
    assert topics[0].query == 'gas OR "oil field" OR pipe*'


def test_topic_filter_keeps_only_the_topics_articles(
    engine: SearchEngine, library: Library
) -> None:
    steel = find_topic(TOPICS, "steel")
    assert steel is not None
    everything = engine.search("Russia", limit=50)
    filtered = engine.search("Russia", limit=50, topic=steel)
    in_topic = {a.article_id for a in topic_articles(library.conn, engine.topic_expression(steel))}
    assert {h.article_id for h in filtered.hits} == {
        h.article_id for h in everything.hits
    } & in_topic
    assert filtered.total == len(filtered.hits)
    assert in_topic != {h.article_id for h in everything.hits}  # the filter does filter
    for hit in filtered.hits:  # the topic's keywords are a filter, not hits to mark
        marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet + hit.title_html)
        assert marked and all(word.lower().startswith("russia") for word in marked)


def test_cli_search_by_topic(tmp_path: Path) -> None:
    result = run_cli("search", "Russia", "--topic", "steel", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    files = {h["source_file"][:3] for h in json.loads(result.stdout)["hits"]}
    assert files and files <= {"000", "001", "004"}  # the seeds that speak of steel
    wrong = run_cli("search", "Russia", "--topic", "sport", data_dir=tmp_path)
    assert wrong.returncode == 2 and "energy" in wrong.stderr  # lists the topics there are


@pytest.fixture
def window(qtbot, library: Library, variants: Variants, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, variants, settings, TOPICS)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.libraryLoaded, timeout=10_000):
        win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_topics_tab_rows_show_titles_and_open_sheets_by_mouse_and_keyboard(
    qtbot, window: MainWindow
) -> None:
    sidebar = window.sidebar
    click_tab(qtbot, sidebar.tabs, 1)
    view = sidebar.views["topic"]
    assert sidebar.tabs.tabText(1) == f"Topics ({len(TOPICS)})"
    painted(view)
    shown = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert shown[0].startswith(TOPICS[0].title) and all(text.strip() for text in shown)
    assert "article" in hover_tip(view, 0)
    for row in (0, len(TOPICS) // 2, len(TOPICS) - 1):
        with qtbot.waitSignal(window.topicShown, timeout=10_000) as opened:
            click_row(qtbot, view, row)
        assert opened.args[0] == TOPICS[row].slug
        assert window.right.currentWidget() is window.factsheet
        painted(window.factsheet)
    # By keyboard: focus the list, move down, Enter.
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    key(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.topicShown, timeout=10_000) as opened:
        key(qtbot, Qt.Key.Key_Return)
    assert opened.args[0] == TOPICS[1].slug


def test_filtering_the_library_narrows_every_tab_and_updates_their_counts(
    qtbot, window: MainWindow
) -> None:
    sidebar = window.sidebar
    click_tab(qtbot, sidebar.tabs, 1)
    qtbot.keyClicks(sidebar.filter, "steel")
    qtbot.waitUntil(lambda: sidebar.section_size("topic") < len(TOPICS))
    assert sidebar.tabs.tabText(1) == f"Topics ({sidebar.section_size('topic')}/{len(TOPICS)})"
    view = sidebar.views["topic"]
    painted(view)
    assert "Steel" in view.model().index(0, 0).data()
    with qtbot.waitSignal(window.topicShown, timeout=10_000) as opened:
        click_row(qtbot, view, 0)
    assert opened.args[0] == "steel"
    sidebar.filter.clear()
    qtbot.keyClicks(sidebar.filter, "nothing matches this")
    qtbot.waitUntil(lambda: sidebar.section_size("article") == 0)
    assert sidebar.tabs.tabText(1) == f"Topics (0/{len(TOPICS)})"
    for kind in ("article", "topic", "source"):
        painted(sidebar.views[kind])  # an empty list paints without asking for rows


def test_choosing_a_topic_shows_its_sheet_and_a_citation_link_opens_the_quote(
    qtbot, window: MainWindow
) -> None:
    assert window.sidebar.section_size("topic") == len(TOPICS)
    with qtbot.waitSignal(window.topicShown, timeout=10_000) as shown:
        window.open_topic("steel")
    slug, fact_count = shown.args
    assert slug == "steel" and fact_count >= 2
    assert window.right.currentWidget() is window.factsheet
    text = window.factsheet.toPlainText()
    for section in ("Key figures", "Timeline", "Agreements and projects", "Where sources disagree"):
        assert section in text
    assert "1970s" in text and "Pakistan Steel Mills" in text
    # The citations are real links: find the first one in the rendered document.
    html_text = window.factsheet.toHtml()
    link = re.search(r'href="(pakru://article/[^"]+)"', html_text)
    assert link is not None
    url = QUrl(html.unescape(link.group(1)))
    article_id, paragraph, quote = parse_citation_url(url)
    assert quote
    with qtbot.waitSignal(window.articleShown) as opened:
        window.factsheet._anchor(url)
    assert opened.args == [article_id, paragraph]
    assert window.right.currentWidget() is window.reader
    # The quoted sentence is what the reader highlights, in the cited paragraph.
    assert window.reader.hit_count == 1
    assert window.reader.marked[paragraph].replace("\x01", "").replace("\x02", "") in [
        b.text for b in window.reader.article.blocks
    ]
    marked = window.reader.marked[paragraph]
    assert marked[marked.index("\x01") + 1 : marked.index("\x02")] == quote
    window.act_back.trigger()
    assert window.right.currentWidget() is window.factsheet


def test_timeline_view_draws_every_dated_fact_and_a_click_opens_the_cited_sentence(
    qtbot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=10_000) as shown:
        window.act_timeline.trigger()
    slug, count = shown.args
    assert slug == "" and count >= 10
    assert window.right.currentWidget() is window.timeline
    chart = window.timeline.chart
    dates = [entry.date for entry in chart.entries]
    assert dates == sorted(dates) and "1948-05" in dates
    assert any(e.precision == "decade" for e in chart.entries)
    assert any(e.inferred and e.estimated for e in chart.entries)  # the seeds' dates are estimates
    # The picture is drawn: markers sit on the axis in the entries' columns.
    image = chart.grab().toImage()
    assert chart.width() >= len(chart.entries) * 100
    first = chart.centre(0)
    assert image.pixelColor(int(first.x()), int(first.y())) != image.pixelColor(2, 2)
    # Clicking the 1948 column opens its article with the cited sentence highlighted.
    index = dates.index("1948-05")
    point = chart.centre(index).toPoint()
    with qtbot.waitSignal(window.articleShown) as opened:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    citation = chart.entries[index].citations[0]
    assert opened.args == [citation.article_id, citation.paragraph]
    assert window.reader.hit_count == 1 and "May 1948" in window.reader.marked[citation.paragraph]
    # A topic filter narrows it to the topic's dated facts.
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=10_000) as narrowed:
        window.open_timeline("steel")
    assert narrowed.args[0] == "steel" and 0 < narrowed.args[1] < count
    assert {"steel"} <= set().union(*(e.topics for e in window.timeline.chart.entries))


def test_a_sheet_exports_as_markdown_html_and_pdf(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.topicShown, timeout=10_000):
        window.open_topic("trade")
    written = {}
    for kind in ("md", "html", "pdf"):
        path = tmp_path / f"trade.{kind}"
        assert window.knowledge.export_sheet(path, kind)
        written[kind] = path.read_bytes()
    markdown_text = written["md"].decode()
    assert markdown_text.startswith("# Trade and investment")
    assert "## Where sources disagree" in markdown_text and "more than 100" in markdown_text
    assert "pakru://" not in markdown_text  # an exported sheet cites in text, not app links
    assert b"<!DOCTYPE html>" in written["html"] and b"<script" not in written["html"]
    assert written["pdf"].startswith(b"%PDF") and len(written["pdf"]) > 5_000
    assert not list(tmp_path.glob("*.part"))  # nothing half-written left behind


def test_hovering_a_citation_names_its_article_on_the_sheet_and_the_timeline(
    qtbot, window: MainWindow, library: Library
) -> None:
    from PySide6.QtWidgets import QToolTip

    from .ui_helpers import link_point

    with qtbot.waitSignal(window.topicShown, timeout=10_000):
        click_tab(qtbot, window.sidebar.tabs, 1)
        click_row(qtbot, window.sidebar.views["topic"], 0)
    with qtbot.waitSignal(window.knowledge.timelineShown, timeout=10_000):
        window.act_timeline.trigger()
    for browser, page in ((window.timeline.list, window.timeline), (window.factsheet, None)):
        if page is None:
            with qtbot.waitSignal(window.topicShown, timeout=10_000):
                window.act_back.trigger()
        point = link_point(browser, "pakru://article/")
        href = browser.anchorAt(point)
        article = library.article(parse_citation_url(QUrl(href))[0])
        qtbot.mouseMove(browser.viewport(), point)
        qtbot.waitUntil(lambda: article.title in QToolTip.text())  # noqa: B023
        QToolTip.hideText()
