"""Reading articles: the seeds come out clean, and each format gives the same model."""

from __future__ import annotations

from pathlib import Path

import pytest

from pakru_desktop.ingest import IngestError, load_catalog, read_file, read_text
from pakru_desktop.ingest.cleanup import LONG_PARAGRAPH

from .conftest import SEEDS

CATALOG = load_catalog(SEEDS)


def seed(name_prefix: str):
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    return read_file(path, CATALOG[path.name])


def test_site_name_and_menu_run_are_not_article_text() -> None:
    article = seed("000")
    texts = [b.text for b in article.blocks]
    assert article.source == "Abb Takk News"
    assert not any("Big stories" in t or "Abb Takk" in t for t in texts)
    assert texts[0].startswith("MOSCOW: Prime Minister Shehbaz Sharif")


def test_text_ending_mid_sentence_is_marked_truncated() -> None:
    assert seed("000").truncated is True
    assert seed("004").truncated is False


def test_byline_becomes_author_and_repeated_headline_is_shown_once() -> None:
    article = seed("001")
    assert article.author == "Asghar Ali Mubarak"
    assert not any(b.text.startswith("(By") for b in article.blocks)
    assert not any(b.text.startswith("Prime Minister Shahbaz Sharif’s visit to Russia represents")
                   for b in article.blocks)  # fmt: skip
    assert not any("Comments are closed" in b.text for b in article.blocks)


def test_ten_thousand_character_paragraph_is_split_at_sentences() -> None:
    article = seed("001")
    assert max(len(b.text) for b in article.blocks) <= LONG_PARAGRAPH + 400
    assert len(article.blocks) > 20
    for block in article.blocks:
        assert block.text[-1] in '.!?”’"' or block.kind == "heading"


def test_headings_items_and_teasers() -> None:
    article = seed("004")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["Connectivity & Energy at the Core"] == "heading"  # the 🔹 bullet is dropped
    assert kinds["Railway connectivity projects linking Russia, Uzbekistan, and Pakistan"] == "item"
    assert article.section == "TRADE & ECONOMY"
    assert not any(b.text == "TRADE & ECONOMY" for b in article.blocks)
    assert not any(b.text.startswith("Read More") for b in seed("002").blocks)
    assert not any(b.text == "Leave a Reply" for b in seed("003").blocks)
    assert [b.text for b in seed("002").blocks if b.kind == "heading"] == [
        "Growing Economic Engagement", "Diplomatic Implications", "Political Undercurrents",
        "Outlook",
    ]  # fmt: skip


def test_blocks_are_numbered_from_one_in_reading_order() -> None:
    for prefix in ["000", "001", "002", "003", "004"]:
        numbers = [b.number for b in seed(prefix).blocks]
        assert numbers == list(range(1, len(numbers) + 1))


def test_catalog_gives_every_seed_a_title_and_a_marked_date() -> None:
    assert len(CATALOG) == 5
    for prefix in ["000", "001", "002", "003", "004"]:
        article = seed(prefix)
        assert 10 < len(article.title) <= 130
        assert article.date[:2] == "20" and article.date_precision in ("day", "month", "year")
    assert seed("002").date_estimated is True


def test_article_id_depends_on_text_not_file_name(tmp_path: Path) -> None:
    original = next(SEEDS.glob("002_*.txt"))
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(original.read_bytes())
    assert read_file(copy).article_id == read_file(original).article_id
    changed = tmp_path / "changed.txt"
    changed.write_bytes(original.read_bytes() + b"\nOne more sentence.")
    assert read_file(changed).article_id != read_file(original).article_id


def test_markdown_front_matter_and_structure() -> None:
    text = (
        "---\ntitle: Gas talks resume\nsource: Example Daily\nauthor: A. Writer\n"
        "date: 2025-03-04\n---\n\n# Ignored duplicate H1\n\nFirst *para*graph with a "
        "[link](http://example.com) and ![img](http://example.com/x.png) image.\n\n"
        "## Background\n\n- one item\n- two item\n\nLast paragraph.\n"
    )
    article = read_text(text, ".md")
    assert (article.title, article.source, article.author) == (
        "Gas talks resume", "Example Daily", "A. Writer")  # fmt: skip
    assert (article.date, article.date_precision) == ("2025-03-04", "day")
    kinds = [(b.kind, b.text) for b in article.blocks]
    assert ("paragraph", "First paragraph with a link and image.") in kinds
    assert ("heading", "Background") in kinds
    assert ("item", "one item") in kinds and ("item", "two item") in kinds
    assert not any("http" in t for _, t in kinds)


def test_newswire_name_marks_are_text_even_when_they_open_with_a_tag_name() -> None:
    # Reuters marks companies in angle brackets; "Audio" and "Video" are also HTML tags.
    text = (
        "Dixons Group Plc <DXNS.L> said that following an agreement with <Audio/Video "
        "Af~filiates Inc>, AVA, all litigation was dropped. <Video Corp of America> agreed. "
        "DuPont's <DD> Conoco and Sears <S> are named.\n\n"
        'A <span class="x">real</span> tag<br/>and <B>bold</B> and <audio controls>sound</audio>.\n'
    )
    first, second = (b.text for b in read_text(text, ".md").blocks)
    assert "an agreement with <Audio/Video Af~filiates Inc>, AVA, all" in first
    assert "<Video Corp of America> agreed." in first
    assert "DuPont's <DD> Conoco and Sears <S> are named." in first
    assert second == "A real tag and bold and sound."


def test_html_keeps_the_article_and_drops_page_furniture() -> None:
    html = """<html><head><title>Steel mill deal | Site</title>
    <meta property="og:site_name" content="The Site"><meta name="author" content="R. Reporter">
    <script>var tracking = 1;</script><style>p{}</style></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <article><h1>Steel mill deal signed</h1><p>Karachi will get a new steel mill.</p>
    <p>It was agreed on <b>May 13</b>.</p><ul><li>First point</li><li>Second point</li></ul>
    <div class="share-buttons">Share on Facebook</div>
    <section id="comments"><p>Great article!</p></section></article>
    <aside>Most read</aside><footer>© The Site</footer>
    <img src="http://tracker.example/pixel.gif"></body></html>"""
    article = read_text(html, ".html")
    assert article.title == "Steel mill deal signed"
    assert (article.source, article.author) == ("The Site", "R. Reporter")
    texts = [(b.kind, b.text) for b in article.blocks]
    assert texts == [
        ("paragraph", "Karachi will get a new steel mill."),
        ("paragraph", "It was agreed on May 13."),
        ("item", "First point"),
        ("item", "Second point"),
    ]


def test_deeply_nested_html_is_read_without_recursion() -> None:
    html = "<div>" * 100_000 + "<p>Deep text here.</p>" + "</div>" * 100_000
    article = read_text(html, ".html")  # no RecursionError; its speed is in benchmarks/
    assert [b.text for b in article.blocks] == ["Deep text here."]


def test_hard_wrapped_plain_text_is_joined_into_paragraphs() -> None:
    text = (
        "A headline for the test\n\nThe first paragraph is wrapped at a short width so\n"
        "that it spans several lines of the file but is one\nparagraph for a reader.\n\n"
        "The second paragraph is also wrapped\nacross two lines.\n"
    )
    article = read_text(text, ".txt")
    assert article.title == "A headline for the test"
    assert [b.text for b in article.blocks] == [
        "The first paragraph is wrapped at a short width so that it spans several lines of "
        "the file but is one paragraph for a reader.",
        "The second paragraph is also wrapped across two lines.",
    ]


@pytest.mark.parametrize("suffix", [".doc", ".epub", ".odt", ""])
def test_unsupported_formats_are_refused_with_the_format_named(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(b"PK\x03\x04 not an article")
    with pytest.raises(IngestError, match="unsupported format"):
        read_file(path)
