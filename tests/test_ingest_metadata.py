"""Publisher, date and author of saved pages, by the rules benchmarks/metadata_bench.py measures
on real pages (kept outside the repository). Each page here copies the shape of a real page that
went wrong (the issue names them): the fields, not the publishers' text."""

from __future__ import annotations

import pytest

from pakru_desktop.ingest import read_text
from pakru_desktop.ingest.bylines import clean_byline
from pakru_desktop.ingest.cleanup import looks_truncated
from pakru_desktop.ingest.dates import parse_date, url_date

BODY = "".join(
    f"<p>Paragraph {n} of the article says what happened on the day, in a full sentence.</p>"
    for n in range(1, 5)
)


def page(head: str, body: str = BODY, before: str = "") -> str:
    return (
        f"<html><head><title>Oil falls, stocks drift</title>{head}</head><body>"
        f"<header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>Oil falls, stocks drift</h1>{before}{body}</article></main>"
        "<footer>© 2019 The Example Times Company. All rights reserved.</footer></body></html>"
    )


REUTERS = page(  # og:site_name is the section; the JSON-LD has a single-quoted string
    '<meta property="og:site_name" content="U.S."><meta property="article:section" content="U.S.">'
    '<link rel="canonical" href="https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Oil falls",'
    ' "description": \'broken\', "datePublished": "2019-11-19T21:57:01+0000",'
    ' "publisher": {"@type": "Organization", "name": "Reuters"}}</script>'
    '<meta name="author" content="Rodrigo Campos">'
)
AP = page(  # the hosting platform as site name; the byline only on the page, in capitals
    '<meta property="og:site_name" content="Hosted">'
    '<meta property="article:published_time" content="2019-11-20T05:52:20-05:00">'
    '<link rel="canonical" href="https://hosted.ap.org/berkshireeagle/article/6486944b076b">',
    before="<p>Nov. 20, 2019 5:52 AM EST</p><p>By LISA MASCARO, MARY CLARE JALONICK and"
    " ERIC TUCKER</p>",
)
NYT = page(  # no site name, no JSON-LD: the byl meta and the copyright line
    '<meta name="byl" content="By Jamelle Bouie"><meta name="pdate" content="20191119">'
    '<link rel="canonical" href="https://www.nytimes.com/2019/11/19/opinion/x.html">'
)
AL_JAZEERA = page(  # the JSON-LD date with a time zone word; the organisation as "author"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
    ' "datePublished": "20 Nov 2019 08:02 GMT", "author": {"@type": "Organization",'
    ' "name": "Al Jazeera"}, "publisher": {"@type": "Organization", "name": "Al Jazeera"}}'
    "</script>",
    body=BODY + "<p>SOURCE: News agencies</p>",
)
SKY = page(  # the JSON-LD publisher is the short form of the site's name
    '<meta property="og:site_name" content="Sky News">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
    ' "datePublished": "2019-11-20T06:37:00", "publisher": {"name": "Sky"}}</script>'
)
QUANTA = page(  # nothing declared: the date in the address, the byline and date on the page
    '<meta property="og:site_name" content="Quanta Magazine">'
    '<link rel="canonical" href="https://www.quantamagazine.org/tuft-cells-20191115/">',
    before="<p>By Carrie Arnold</p><p>November 15, 2019</p>",
)


@pytest.mark.parametrize(
    ("html", "source", "date", "author"),
    [
        (REUTERS, "Reuters", "2019-11-19", "Rodrigo Campos"),
        (AP, "The Example Times", "2019-11-20", "Lisa Mascaro, Mary Clare Jalonick, Eric Tucker"),
        (NYT, "The Example Times", "2019-11-19", "Jamelle Bouie"),
        (AL_JAZEERA, "Al Jazeera", "2019-11-20", ""),
        (SKY, "Sky News", "2019-11-20", ""),
        (QUANTA, "Quanta Magazine", "2019-11-15", "Carrie Arnold"),
    ],
    ids=["reuters", "ap-hosted", "nyt", "al-jazeera", "sky", "quanta"],
)
def test_publisher_date_and_author_come_from_the_fields_extractors_trust(
    html: str, source: str, date: str, author: str
) -> None:
    article = read_text(html, ".html")
    assert (article.source, article.date, article.author) == (source, date, author)
    assert article.truncated is False


def test_a_page_naming_no_publisher_gets_the_one_unknown_publisher() -> None:
    html = page('<meta property="og:site_name" content="Unknown">').replace("© 2019", "")
    html = html.replace("The Example Times Company. All rights reserved.", "")
    assert read_text(html, ".html").source == ""


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Jill Disis, CNN Business", "Jill Disis"),
        ("Von Britta Schultejans, dpa", "Britta Schultejans"),
        ("By JERUSALEM POST STAFF", ""),
        ("Reuters Editorial", ""),
        ("gto", ""),
        ("Автор: Дмитрий Попов", "Дмитрий Попов"),
        ("Robert E. Lee and Ann Smith", "Robert E. Lee, Ann Smith"),
    ],
)
def test_bylines_name_people_only(byline: str, people: str) -> None:
    assert clean_byline(byline) == people


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Wed Nov 20 2019 08:00:58 GMT+0000", "2019-11-20"),
        ("11.02.2020, 17:29 Uhr", "2020-02-11"),
        ("Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18"),
        ("2020-06-29T00:16:15+03:00", "2020-06-29"),  # the publisher's day, not UTC's
        ("1600633920", "2020-09-20"),
    ],
)
def test_dates_as_pages_write_them(written: str, iso: str) -> None:
    assert parse_date(written)[0] == iso


def test_a_date_in_the_address_is_read() -> None:
    assert url_date("https://www.mk.ru/politics/2020/09/23/story.html") == "2020-09-23"


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("SOURCE: Al Jazeera News", False),
        ("Reporting by Jason Hovet; Editing by Nick Zieminski and Dan Grebler", False),
        ("Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit", False),
        ("Michał Wróblewski, dziennikarz Wirtualnej Polski", False),
        ("© dpa-infocom, dpa:201227-99-820474/3", False),
        ("Total 1,200 1,450", False),
        ("The minister said the talks would continue next week and that both sides were", True),
        ("The talks will continue in", True),
        ("Officials said the deal was close [...]", True),
        # Last lines of complete real pages (scrapinghub's benchmark, tune half): a button,
        # a caption, a related headline, an embed's lead-in, a tour-date table row.
        ("Explore further", False),
        ("comments", False),
        ("Doobie Brothers perform with Santana at Blossom Music Center in 2019", False),
        ("Hong Kong protests: 800 students under siege in university", False),
        ("Twitter seemed a bit confused by the campaign:", False),
        (
            "Oct. 9 -- Toyota Music Factory, Irving, TX Oct. 10 -- The Cynthia Woods Mitchell"
            " Pavilion, Houston, TX",
            False,
        ),
        (
            "The agreement was signed on Tuesday. Both ministers praised the role of Prime"
            " Minister",
            True,
        ),
    ],
)
def test_incomplete_needs_evidence_of_a_cut(last: str, cut: bool) -> None:
    assert looks_truncated(last) is cut


def test_boilerplate_lines_of_real_pages_are_removed_and_the_article_kept() -> None:
    furniture = [
        "More:",
        "Lue myös:",
        "Also on rt.com Protesters clash with police in the capital",
        "Like this story? Share it with a friend!",
        "Follow The New York Times Opinion section on Facebook, Twitter and Instagram.",
        "Читайте материал «Гости инаугурации раскрыли ее закулисье»",
        "1,234 votes",
        "___",
    ]
    body = BODY.replace("</p><p>Paragraph 3", "</p>" + "".join(f"<p>{f}</p>" for f in furniture)
                        + "<p>Paragraph 3")  # fmt: skip
    article = read_text(page("", body=body), ".html")
    texts = [block.text for block in article.blocks]
    assert not set(furniture) & set(texts)
    assert sum(text.startswith("Paragraph") for text in texts) == 4
    for text in (
        "More than 2,500 civilians were killed.",
        "Also on Verhofstadt's list are the Maritime Transport Authority and Distrigaz.",
    ):
        assert text in [b.text for b in read_text(page("", BODY + f"<p>{text}</p>"),
                                                  ".html").blocks]  # fmt: skip


def test_front_matter_is_read_as_yaml_tools_read_it() -> None:
    text = (
        "---\n# a comment line\ntitle: >-\n  Pakistan and Russia sign\n  an energy deal\n"
        "authors:\n  - Ann Reporter\n  - Bob Writer\n"
        'source: "The \\"Daily\\" Times"  # trailing comment\ndate: 2024-03-05\n---\n\n'
        "The two countries signed the deal on Tuesday in Moscow.\n"
    )
    article = read_text(text, ".md")
    assert article.title == "Pakistan and Russia sign an energy deal"
    assert (article.author, article.source, article.date) == (
        "Ann Reporter, Bob Writer", 'The "Daily" Times', "2024-03-05")  # fmt: skip


def test_exports_of_a_saved_page_give_its_address(tmp_path) -> None:
    from pakru_desktop.render.article import article_markdown, article_text, page_address

    html = page('<link rel="canonical" href="https://www.example.com/news/gas-deal">')
    article = read_text(html, ".html")
    assert page_address(article) == "https://www.example.com/news/gas-deal"
    assert "Address: https://www.example.com/news/gas-deal" in article_text(article)
    assert "Address: https://www.example.com/news/gas-deal" in article_markdown(article)
    assert page_address(read_text("Title\n\nA plain text file.", ".txt")) == ""


@pytest.mark.parametrize("written", ["Unknown", "Unknown publisher", "n/a", ""])
def test_a_placeholder_source_joins_the_one_unknown_publisher(written: str) -> None:
    text = f"---\ntitle: Gas talks\nsource: {written}\n---\n\nThe talks went on for a day.\n"
    assert read_text(text, ".md").source == ""


def test_microdata_publisher_and_author_are_read_and_photo_credits_are_not_bylines() -> None:
    html = page(
        "",
        before=(
            '<div itemprop="publisher" itemscope itemtype="http://schema.org/NewsMediaOrganization">'
            '<meta itemprop="name" content="The Daily Example Company"></div>'
            '<p class="photo__author-name">Фото: Алексей Меринов</p>'
            '<span itemprop="author creator">Текст: Лида Буслаева</span>'
        ),
    )
    article = read_text(html, ".html")
    assert (article.source, article.author) == ("The Daily Example", "Лида Буслаева")
