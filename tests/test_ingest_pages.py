"""Saved web pages and Markdown as people have them: each failure pattern of issue 10 as a small
synthetic page, plus adversarial inputs for every reader (issue 15, D4)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakru_desktop.ingest import IngestError, read_text

PARAGRAPHS = [
    "The two governments signed an agreement on energy trade in Islamabad on Tuesday, after "
    "three days of talks between the delegations of both ministries.",
    "Under the agreement, the pipeline will carry gas from the southern port to the north of "
    "the country, and its first section is expected to be finished within two years.",
    "Officials said the financing would be shared, with a consortium of banks providing most "
    "of the money and the rest coming from the budgets of the two ministries.",
    "The talks will continue next month in Moscow, where the delegations plan to discuss "
    "the price of the gas and the schedule of the deliveries for the first decade.",
]


def page(body: str, head: str = "", body_attrs: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Gas deal signed | The Daily</title>{head}</head>"
        f"<body {body_attrs}>{body}</body></html>"
    )


def article_html(wrapper_attrs: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<div {wrapper_attrs}><h1>Gas deal signed</h1>{paragraphs}</div>"


def texts(html: str, suffix: str = ".html") -> list[str]:
    return [block.text for block in read_text(html, suffix).blocks]


def test_class_words_on_body_or_wrapper_do_not_drop_the_article() -> None:
    for body_attrs, wrapper in [
        ('class="one-sidebar subType-unsubscribed"', ""),
        ('class="f_share_tools_on menu-type-dropdownmenu"', 'class="l-sidebar-fixed"'),
        ("", 'class="l-sidebar-fixed l-article-body-segment"'),
        ("", 'id="comments-enabled-story"'),
    ]:
        assert texts(page(article_html(wrapper), body_attrs=body_attrs)) == PARAGRAPHS, body_attrs


def test_page_inside_a_form_is_read() -> None:
    html = page(f'<form id="aspnetForm" action="/x">{article_html()}</form>')
    assert texts(html) == PARAGRAPHS


def test_teaser_lists_around_the_article_are_dropped() -> None:
    teasers = "".join(
        f'<li><a href="/world/{i}">More World: headline number {i} of the day</a></li>'
        for i in range(30)
    )
    html = page(
        f'<div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>'
        f"<main>{article_html()}</main><section><h2>More World</h2><ul>{teasers}</ul></section>"
    )
    found = texts(html)
    assert found == PARAGRAPHS
    assert not any("More World" in text for text in found)


def test_br_br_separated_paragraphs_become_separate_paragraphs() -> None:
    body = "<br><br>\n".join(PARAGRAPHS)
    html = page(f"<h1>Gas deal signed</h1><div class='article-text'>{body}</div>")
    assert texts(html) == PARAGRAPHS


def test_single_br_is_a_line_break_inside_a_paragraph() -> None:
    html = page(f"<h1>Gas deal</h1><p>{PARAGRAPHS[0]}<br>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>")
    assert texts(html) == [f"{PARAGRAPHS[0]} {PARAGRAPHS[1]}", PARAGRAPHS[2]]


def test_json_ld_gives_date_author_publisher_and_headline() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "ignored"},
            {
                "@type": "NewsArticle",
                "headline": "Gas deal signed in Islamabad",
                "datePublished": "2025-11-14T09:30:00+05:00",
                "author": [{"@type": "Person", "name": "Amina Khan"}],
                "publisher": {"@type": "Organization", "name": "The Daily"},
                "url": "https://daily.example/gas-deal",
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    article = read_text(page(article_html(), head=head), ".html")
    assert (article.title, article.author, article.source) == (
        "Gas deal signed in Islamabad",
        "Amina Khan",
        "The Daily",
    )
    assert (article.date, article.date_precision) == ("2025-11-14", "day")
    assert any("https://daily.example/gas-deal" in note for note in article.notes)


def test_full_meta_dates_and_time_elements_are_read() -> None:
    cases = [
        ('<meta name="date" content="March 5, 2024">', "2024-03-05"),
        ('<meta property="article:published_time" content="2024-03-05T10:00:00Z">', "2024-03-05"),
        ('<meta name="pubdate" content="Tuesday, 5 March 2024">', "2024-03-05"),
    ]
    for head, expected in cases:
        assert read_text(page(article_html(), head=head), ".html").date == expected, head
    timed = page(f'<time datetime="2023-07-01">1 July</time>{article_html()}')
    assert read_text(timed, ".html").date == "2023-07-01"


def test_broken_json_ld_is_not_metadata_and_not_an_error() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    head += '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    article = read_text(page(article_html(), head=head), ".html")
    assert article.title == "Gas deal signed" and article.date == ""


def test_datelines_date_plain_text_and_html() -> None:
    first = "ISLAMABAD, 14 November 2025 — " + PARAGRAPHS[0]
    text = "Gas deal signed\n\n" + "\n\n".join([first, *PARAGRAPHS[1:]])
    assert read_text(text, ".txt").date == "2025-11-14"
    html = page(f"<h1>Gas deal</h1><p>Moscow, November 14, 2025: {PARAGRAPHS[0]}</p>")
    assert read_text(html, ".html").date == "2025-11-14"
    russian = "Газовая сделка\n\nМОСКВА, 14 ноября 2025 г. — Стороны подписали соглашение."
    assert read_text(russian, ".txt").date == "2025-11-14"
    # A date later in the text is not a dateline.
    assert read_text("Title\n\nTalks began. ISLAMABAD, 14 May 2025 — more.", ".txt").date == ""


def test_markdown_keeps_underscores_and_drops_link_definitions() -> None:
    text = (
        "# Files of the talks\n\nOpen file_name_here and snake_case_name, see [the text][1] "
        "and *the annex*.\n\n- first item\n- second item\n\n"
        "[1]: https://example.org/text\n"
    )
    article = read_text(text, ".md")
    assert article.title == "Files of the talks"
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "Open file_name_here and snake_case_name, see the text and the annex."),
        ("item", "first item"),
        ("item", "second item"),
    ]


def test_markdown_brackets_and_angles_that_form_no_link_are_kept_as_written() -> None:
    text = "Title\n\nA [draft [note and a <b (c) and [ok](x) stay ] as written."
    assert texts(text, ".md") == ["A [draft [note and a <b (c) and ok stay ] as written."]


def test_urdu_and_russian_sentence_ends_do_not_raise_the_truncation_banner() -> None:
    urdu = "پاکستان اور روس\n\nدونوں ممالک نے توانائی کے معاہدے پر دستخط کیے۔ کیا یہ کامیاب ہوگا؟"
    assert read_text(urdu, ".txt").truncated is False
    assert read_text("Заголовок\n\nПереговоры продолжатся…", ".txt").truncated is False
    assert read_text("Title\n\nThe talks will continue in", ".txt").truncated is True


# Inputs built from the characters the readers' patterns react to (issue 15, D4): any of them,
# in any order and amount, is read or refused with a reason, never an exception.
MARKUP = st.text(alphabet="[]()<>!*_`#>-=&;/ \n\"'abAB.۔؟:,|\\", max_size=3000)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP, st.sampled_from([".md", ".html", ".txt"]))
def test_adversarial_markup_is_read_or_refused_with_a_reason(body: str, suffix: str) -> None:
    try:
        article = read_text("Title\n\n" + body, suffix)
    except IngestError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert all(block.text for block in article.blocks)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="[]()<a", min_size=1, max_size=400))
def test_markdown_stand_ins_never_leak_into_the_text(body: str) -> None:
    try:
        article = read_text("Title\n\n" + body + " end.", ".md")
    except IngestError:
        return
    joined = "".join(block.text for block in article.blocks)
    assert not any("\ue010" <= char <= "\ue014" for char in joined)
