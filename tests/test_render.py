"""Rendering: article text can never become markup, and every block has its anchor."""

from __future__ import annotations

from pakru_desktop.ingest import read_text
from pakru_desktop.knowledge.library import Library
from pakru_desktop.render.article import article_html, article_markdown, article_text

HOSTILE = (
    "Hostile headline\n\n"
    'A paragraph with <img src="http://example.com/x.png"> and <script>alert(1)</script>.\n\n'
    "Markdown *emphasis* and [a link](http://example.com) and `code` stay literal.\n\n"
    "# not a heading & not &amp; an entity.\n"
)


def test_html_from_hostile_text_has_no_tags_of_its_own() -> None:
    html = article_html(read_text(HOSTILE, ".txt"))
    assert "<img" not in html and "<script" not in html and "href=" not in html
    assert "&lt;img src=" in html and "&lt;script&gt;" in html
    assert "*emphasis*" in html and "[a link](http://example.com)" in html
    assert "# not a heading &amp; not &amp;amp; an entity." in html
    assert "<em>emphasis</em>" not in html


def test_every_block_has_a_paragraph_anchor(library: Library) -> None:
    article = library.article(library.summaries()[0].article_id)
    assert article is not None
    html = article_html(article)
    for block in article.blocks:
        assert f'name="p{block.number}"' in html
    assert html.count("<h1") == 1  # one title (with its lang and dir)


def test_text_and_markdown_formats_number_and_mark(library: Library) -> None:
    truncated = next(s for s in library.summaries() if s.source_file.startswith("000"))
    article = library.article(truncated.article_id)
    assert article is not None
    text = article_text(article)
    assert "[1] MOSCOW:" in text and "incomplete" in text
    markdown = article_markdown(article, anchors=False)
    assert markdown.startswith("# PM Shehbaz")
    assert "≈ 2026-02-27" in markdown and "<a name" not in markdown
