"""How pages mark their publisher, date and author, rule by rule: each page here is written
for the test, in the shape of a kind of real page the metadata benchmark
(benchmarks/metadata_bench.py, pages kept outside the repository) got wrong."""

from __future__ import annotations

import pytest

from pakru_desktop.ingest import read_text
from pakru_desktop.ingest.bylines import clean_byline
from pakru_desktop.ingest.cleanup import looks_truncated
from pakru_desktop.ingest.dates import parse_date
from pakru_desktop.ingest.publishers import CopyrightNotices

BODY = "".join(
    f"<p>Paragraph {n} of the story tells what the council decided, in a full sentence.</p>"
    for n in range(1, 5)
)


def page(head: str = "", before: str = "", after: str = "", url: str = "") -> str:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return (
        f"<html><head><title>Council votes on the bridge</title>{canonical}{head}</head><body>"
        f"<main><article><h1>Council votes on the bridge</h1>{before}{BODY}</article></main>"
        f"{after}</body></html>"
    )


def read(html: str) -> tuple[str, str, str]:
    article = read_text(html, ".html")
    return article.source, article.date, article.author


def test_a_stray_conditional_comment_end_does_not_swallow_the_page() -> None:
    # "<![endif]-->" without its opening: browsers end it at the first ">".
    html = page(head="<script>var a = 1;</script>\n<![endif]-->", before='<p class="author">'
                "Af Ritzau</p>", after="<footer><![CDATA[x]]></footer>")  # fmt: skip
    article = read_text(html, ".html")
    assert [b.text for b in article.blocks][:1] == [
        "Paragraph 1 of the story tells what the council decided, in a full sentence."
    ]
    assert article.author == "Ritzau"


def test_character_references_in_json_ld_are_read_before_the_byline_is_split() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
        ' "datePublished": "2020-12-22T12:00:00-04:00", "author": {"@type": "Person",'
        ' "name": "H&#233;ctor J. Cruz"}, "publisher": {"name": "List&iacute;n Diario"}}</script>'
    )
    assert read(page(head)) == ("Listín Diario", "2020-12-22", "Héctor J. Cruz")


@pytest.mark.parametrize(
    ("notices", "holder"),
    [
        (["© REUTERS / EGYPTIAN HEALTH MINISTRY", "© 2020 Sputnik. All rights reserved"],
         "Sputnik"),
        (["© 2020 Sputnik.", "© AP Photo"], "Sputnik"),  # the dated notice over a bare credit
        (["Copyrights ⓒ 스포츠조선. 무단 전재 및 재배포 금지"], "스포츠조선"),
        ([" © 2009-2020 NEWS.am "], "NEWS.am"),
        (["© Copyright Gannett 2018"], "Gannett"),
        (["© Douglas", "© dfv Mediengruppe"], ""),  # a media group owns the site: the domain
        (["© Sjællandske Medier 2020"], ""),
        (["A Kiadó Zrt. © Minden jog fenntartva"], ""),  # "all rights reserved" names nobody
        (["© Anna Weber"], "Anna Weber"),
    ],
)  # fmt: skip
def test_the_sites_copyright_notice_is_told_from_photo_credits(
    notices: list[str], holder: str
) -> None:
    found = CopyrightNotices()
    for text in notices:
        found.add(text)
    assert found.holder() == holder


def test_a_photo_credit_never_names_the_publisher_and_a_group_yields_to_the_domain() -> None:
    html = page(
        before="<figure><figcaption>© REUTERS / Ann Lee</figcaption></figure>",
        after="<footer><p>© Nordic Medier 2020</p></footer>",
        url="https://www.nordic-news.dk/story/1",
    )
    assert read(html)[0] == "nordic-news.dk"


def test_a_site_name_written_as_an_address_yields_to_the_copyright_holder() -> None:
    html = page(
        '<meta property="og:site_name" content="https://www.hawaii-example.com">',
        after="<footer>Copyright 2019 Hawaii Example Now. All rights reserved.</footer>",
        url="https://www.hawaii-example.com/2019/11/19/telescope/",
    )
    assert read(html)[0] == "Hawaii Example Now"
    assert (
        read(html.replace("Hawaii Example Now. All rights reserved.", "dfv Mediengruppe"))[0]
        == "hawaii-example.com"
    )


def test_the_title_before_the_headline_names_a_blog() -> None:
    html = page('<meta property="og:title" content="Python 3.6.0 is now available!">')
    html = html.replace("Council votes on the bridge</title>",
                        "Python Insider: Python 3.6.0 is now available!</title>", 1)  # fmt: skip
    html += "<!-- url --><link rel='canonical' href='https://blog.python.org/2016/12/x.html'>"
    assert read(html)[0] == "Python Insider"


def test_an_embedded_posts_date_is_not_the_articles() -> None:
    quote = (
        '<blockquote class="instagram-media"><p>A post shared on'
        ' <time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018</time></p></blockquote>'
    )
    html = page(before='<div class="date"><span>Dienstag,</span><span> 29. Januar 2019</span>'
                "</div>" + quote)  # fmt: skip
    assert read(html)[1] == "2019-01-29"


def test_an_organisation_marked_as_author_is_no_person() -> None:
    html = page(
        after=(
            '<div itemprop="author" itemscope itemtype="http://schema.org/Organization">'
            '<div itemprop="name">Sputnik</div><div itemprop="logo">https://x.example/logo.png'
            '</div></div><div class="article-author"><a itemprop="name">News of the day</a>'
            '<img itemprop="logo" src="logo.png"></div>'
        )
    )
    assert read(html)[2] == ""


def test_names_marked_one_by_one_form_one_byline() -> None:
    names = ", ".join(f'<a rel="author" href="/a/{n}"><span>{n}</span></a>' for n in ("Jim Roe",
                      "Lisa Lee"))  # fmt: skip
    byline = f'<div class="article-byline">By {names} and <a rel="author">KEN P. VOGEL</a>' \
        " The Daily Example</div>"  # fmt: skip
    related = '<aside><p>More stories</p><span class="author">Other Writer</span></aside>'
    assert read(page(before=byline, after=related))[2] == "Jim Roe, Lisa Lee, Ken P. Vogel"


def test_only_byline_classes_are_bylines_not_containers_or_teasers() -> None:
    before = (
        '<div class="created_and_author"><div>News - 2 January 2020 10:21</div>'
        '<div class="author">By Ann Lee</div><div>Contact the desk: desk@example.com</div></div>'
    )
    assert read(page(before=before))[2] == "Ann Lee"
    teaser = '<div><a href="/x">Another story</a><span class="enews-article-offerer-author">' \
        "Bob Roe</span></div>"  # fmt: skip
    assert read(page(after=teaser))[2] == ""
    comment = '<ol><li><span class="comment-author vcard">Bob Roe</span> said: Nice.</li></ol>'
    assert read(page(after=comment))[2] == ""


def test_a_picture_credit_in_an_author_class_is_skipped() -> None:
    before = (
        '<div class="author">Снимка: <em>Getty Images/Guliver</em></div>'
        '<p class="editor" itemprop="author">Редактор: <span>Елин Димитров</span></p>'
    )
    assert read(page(before=before))[2] == "Елин Димитров"


@pytest.mark.parametrize(
    ("byline", "publisher", "people"),
    [
        ("Par AFP", "L'Express", "AFP"),
        ("Af Ritzau", "sn.dk", "Ritzau"),
        ("AP - 16/05/2020, 12:36 PM", "Diario Libre", "AP"),
        ("dpa/AFP", "", "dpa, AFP"),
        ("Von Anna Weber, dpa", "", "Anna Weber"),  # a person credited: the agency goes
        ("Redazione ANSA", "ANSA", ""),  # the agency is the publisher: no author
        ("ANSA", "ANSA", ""),
        ("Reuters Editorial", "", ""),
        ("Ani Petrosyan", "", "Ani Petrosyan"),  # agency codes count in capitals only
        ("Редактор: Елин Димитров", "", "Елин Димитров"),
        ("Posted by Ned Deily at 5:11 AM", "", "Ned Deily"),
        ("스포츠조선=선수민 기자", "", "선수민"),
        ("Redação", "", ""),
        ("Tom Krisher, AP Auto Writer", "", "Tom Krisher"),
        ("The Russian and Syrian defense ministries", "", ""),
        ("By Ann Lee, staff writer", "", "Ann Lee"),
        ("Maria de la Cruz and Jan van der Berg", "", "Maria de la Cruz, Jan van der Berg"),
    ],
)
def test_bylines_credit_people_or_an_agency_alone(byline: str, publisher: str, people: str) -> None:
    assert clean_byline(byline, publisher) == people


def test_a_wire_story_declared_as_the_agencys_keeps_the_agency() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
        ' "datePublished": "2020-12-26", "author": {"@type": "Organization", "name": "AFP"},'
        ' "publisher": {"@type": "Organization", "name": "Example Weekly"}}</script>'
    )
    assert read(page(head)) == ("Example Weekly", "2020-12-26", "AFP")


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("29. Januar 2019", "2019-01-29"),
        ("16 de mayo de 2020", "2020-05-16"),
        ("5 févr. 2020", "2020-02-05"),
        ("2 stycznia 2020", "2020-01-02"),
        ("7 července 2020", "2020-07-07"),  # July, though "červen" (June) starts it too
        ("7 června 2020", "2020-06-07"),
        ("12 червня 2020", "2020-06-12"),
        ("15 октомври 2020", "2020-10-15"),
        ("2 марта 2020", "2020-03-02"),
        ("3 Mei 2020", "2020-05-03"),
    ],
)
def test_dates_written_with_month_names_in_the_pages_languages(written: str, iso: str) -> None:
    assert parse_date(written) == (iso, "day")


def test_a_reporters_credit_in_brackets_opening_the_article_is_its_byline() -> None:
    chinese = page().replace(
        "<p>Paragraph 1",
        "<p>〔記者王小明／台北報導〕財政部今天下午將公佈中獎清冊。</p><p>Paragraph 1",
    )
    assert read(chinese)[2] == "王小明"
    korean = page().replace(
        "<p>Paragraph 1", "<p>[부산=스포츠조선 김민수 기자] 롯데 투수가 무너졌다.</p><p>Paragraph 1"
    )
    assert read(korean)[2] == "김민수"
    assert read(page().replace("<p>Paragraph 1", "<p>(AP) — The vote was held.</p><p>x"))[2] == ""


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("बिना मीटर रीडिंग के ही कर्मचारी प्रति माह अपने से बिल बना देते हैं।", False),  # danda
        ("The farm laws were passed in 2020. (With inputs from agencies)", False),
        ("Nur die Separatorfolie gelangt noch nicht in den Stoffkreislauf zurück. (grh)", False),
        ("Jawaban Soal TVRI Jenjang SD Kelas 4-6 Senin 4 Mei 2020, Operasi Hitung Bilangan",
         False),  # a related headline in title case
        ("Den kompletten Beitrag lesen Sie in der neuen Juli-Ausgabe der Zeitschrift (im"
         " Handel erhältlich).", True),  # the whole text is in the print issue
        ("Read the full story in the March issue of the magazine.", True),
        ("The minister said the talks would continue next week and that both sides were", True),
        ("About half of the games came out this year, among them Tomb Raider, Trials Rising,"
         " Shadow of the Tomb Raider, Wolfenstein: Youngblood and Samurai Shodown, and", True),
    ],
)  # fmt: skip
def test_incomplete_reads_closing_credits_scripts_and_excerpt_notes(last: str, cut: bool) -> None:
    assert looks_truncated(last) is cut


def test_a_comments_section_under_the_article_is_not_its_text() -> None:
    comments = (
        "<p>Kommentarer</p><p>Vi ønsker en åben debat på siden, og opfordrer alle til at"
        " kommentere. Debatten skal foregå i en ordentlig tone. Se retningslinjerne her</p>"
    )
    article = read_text(page().replace("</article>", comments + "</article>"), ".html")
    assert article.blocks[-1].text.startswith("Paragraph 4")
    assert article.truncated is False
