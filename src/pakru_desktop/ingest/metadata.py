"""Page metadata by the rules the best extractors follow (trafilatura, htmldate):

- publisher: JSON-LD `publisher.name` over `og:site_name` (a site name that is the page's
  section or its hosting subdomain — Reuters' "U.S.", AP's "Hosted" — is no publisher, nor is
  an address), then the site's own copyright notice (publishers.py:
  never a photo credit), the name the <title> puts before the headline, the address's domain;
- date: JSON-LD `datePublished`, the publication meta tags in htmldate's order, `<time
  datetime>` (not an embedded post's), a date in the page's address, a visible date line;
  modification stamps last;
- author: JSON-LD people (never organisations but news agencies), author meta tags, the
  visible byline elements; cleaned of "By", labels, roles and agencies after a person
  (bylines.py). JSON-LD text has its HTML character references read.

Every source is read from the saved file only: a URL found here is kept as text, never fetched.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .bylines import SIGN_OFF_LINE, clean_byline, is_agency, is_credit
from .dates import dateline, parse_date, text_date, url_date
from .publishers import (
    COPYRIGHT_MARK,
    CopyrightNotices,
    clean_source,
    named_source,
    registered_domain,
)

__all__ = [
    "MetaCollector",
    "PageMeta",
    "dateline",
    "parse_date",
    "clean_source",
    "named_source",
    "site_suffix",
]

# JSON-LD block larger than this is not metadata a page needs; skipping it bounds the work.
_MAX_JSON_LD = 1_000_000
_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle|webpage|blog", re.I)
# Publication dates in htmldate's order of trust; modification stamps only when nothing else.
_DATE_KEYS = ("article:published_time", "og:published_time", "article:published",
              "datepublished", "og:article:published_time", "published_time",
              "article.published", "pubdate", "publishdate", "publish-date", "publish_date",
              "pdate", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
              "dc.date.created", "datecreated", "sailthru.date", "parsely-pub-date",
              "analyticsattributes.articledate", "cxenseparse:recs:publishtime",
              "article:post_date", "displaydate", "originalpublicationdate")  # fmt: skip
_MODIFIED_KEYS = ("og:updated_time", "article:modified_time", "datemodified", "last-modified")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl", "sailthru.author",
                "parsely-author", "analyticsattributes.author", "citation_author")  # fmt: skip
_SOURCE_KEYS = ("publisher", "dc.publisher", "application-name", "citation_publisher")
# Class words of a byline element: "author", "post-author", "byline", "author-name",
# "c-byline__name"; not "author-bio", "author-avatar", a reader's "comment-author", nor a
# container's "created_and_author" or a teaser's "enews-article-offerer-author".
_AUTHOR_CLASS = re.compile(
    r"(?!comment)(?:[a-z]{1,8}[_-]{1,2})?(?:author|byline)(?:[_-]{1,2}name)?", re.I
)
# At most this much text (", ", " and ", " und ") joins two byline elements into one byline.
_JOINING_GAP = 6
_TIME_HINT = re.compile(r"publish|posted|created|pubdate|date", re.I)
# When the JSON-LD cannot be parsed (Reuters writes single-quoted strings), the fields are
# still found by pattern, as trafilatura does.
_LD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]{0,400}?"name"\s*:\s*"([^"]{1,100})"')
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_LD_PERSON = re.compile(r'"author"\s*:\s*\[?\s*\{[^{}]{0,200}?"name"\s*:\s*"([^"]{1,100})"')


@dataclass
class PageMeta:
    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""
    section: str = ""
    url: str = ""
    sign_offs: list[str] = field(default_factory=list)  # "Posted by …" lines, anywhere


class MetaCollector:
    """Fed the tags of a page by a tokenizer (our HTML reader's, so the page is read once)."""

    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self.canonical = ""
        self.title_tag = ""  # the <title>: "Blog Name: Post title" names a blog
        self._in_title = False
        self.copyrights = CopyrightNotices()
        self.microdata_publisher = ""  # schema.org microdata: itemprop="publisher" → "name"
        # The texts of the first itemprop="author" elements or "author name" classes: bylines.
        self.visible_authors: list[str] = []
        self._capture: list[str] | None = None
        self._capture_tag, self._capture_depth = "", 0
        self._publisher_scope = 0
        self._quotes = 0  # open <blockquote>s: embedded posts
        self._between = ""  # text since the last byline element
        self.date_lines: list[str] = []  # short visible texts that are only a date
        self.sign_offs: list[str] = []
        self._script: list[str] | None = None
        self._size = 0

    def start(self, tag: str, values: dict[str, str | None]) -> None:
        props = (values.get("itemprop") or "").split()
        self._quotes += tag == "blockquote"
        self._in_title = self._in_title or (tag == "title" and not self.title_tag)
        if self._capture is not None and "logo" in props:
            self._capture = None  # a logo: an organisation's name (schema.org), no person's
        elif len(self.visible_authors) < 3 and _is_byline_element(props, values):
            # The innermost byline element wins: "<div class=article-byline>By <a
            # rel=author>Ann</a>" gives "Ann", not the whole line with its dates and desks.
            self._capture, self._capture_tag, self._capture_depth = [], tag, 0
        elif self._capture is not None:
            self._capture_depth += tag == self._capture_tag
        if "publisher" in props and "itemscope" in values:
            self._publisher_scope = 30  # its itemprop="name" follows within a few tags
        elif self._publisher_scope:
            self._publisher_scope -= 1
            if "name" in props and values.get("content") and not self.microdata_publisher:
                self.microdata_publisher = (values.get("content") or "").strip()
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            content = (values.get("content") or "").strip()
            if key and content:
                self.meta.setdefault(key.lower(), content)
        elif tag == "link" and "canonical" in (values.get("rel") or "").lower().split():
            self.canonical = self.canonical or (values.get("href") or "").strip()
        elif tag == "time" and values.get("datetime") and len(self.times) < 20:
            if self._quotes:
                return  # an embedded post (a tweet, an Instagram photo) quoted with its date
            # <time pubdate> or itemprop="datePublished" first, as htmldate reads them.
            hints = " ".join(f"{k} {v or ''}" for k, v in values.items() if k != "datetime")
            at = 0 if "pubdate" in values or _TIME_HINT.search(hints) else len(self.times)
            self.times.insert(at, values["datetime"] or "")
        elif tag == "script" and "ld+json" in (values.get("type") or "").lower():
            self._script, self._size = [], 0

    def end(self, tag: str) -> None:
        self._quotes -= tag == "blockquote" and self._quotes > 0
        self._in_title = self._in_title and tag != "title"
        if self._capture is not None and tag == self._capture_tag:
            if self._capture_depth:
                self._capture_depth -= 1
            else:
                self._byline_ends(" ".join("".join(self._capture).split())[:160])
                self._capture = None
        if tag == "script" and self._script is not None:
            if self._size <= _MAX_JSON_LD:
                self.json_ld.append("".join(self._script))
            self._script = None

    def _byline_ends(self, text: str) -> None:
        """One byline element read. Several names marked one by one ("By <a>Ann</a>,
        <a>Bob</a> and <a>Cy</a>") are one byline: joined when only joining words stand
        between them."""
        if not text or is_credit(text):
            return  # "Photo: …" in an author-classed caption names who took the picture
        if self.visible_authors and len(self._between.strip()) <= _JOINING_GAP:
            self.visible_authors[-1] += f", {text}"
        else:
            self.visible_authors.append(text)
        self._between = ""

    def data(self, data: str) -> None:
        if self._capture is not None and sum(map(len, self._capture)) < 200:
            self._capture.append(data)
        elif self.visible_authors and len(self._between) <= 40:
            self._between += data
        if self._script is not None:
            self._size += len(data)
            if self._size <= _MAX_JSON_LD:
                self._script.append(data)
            return
        if self._in_title:
            self.title_tag = (self.title_tag + data)[:300]
        if len(data) > 200:
            return  # article text: neither a date line nor a copyright notice
        if COPYRIGHT_MARK.search(data):
            self.copyrights.add(data)
        if len(self.date_lines) < 10 and len(data) < 70 and text_date(data):
            self.date_lines.append(data)
        if len(self.sign_offs) < 3 and SIGN_OFF_LINE.match(data):
            self.sign_offs.append(" ".join(data.split()))

    def result(self, lines: list[str] | None = None) -> PageMeta:
        """Metadata the page declares about itself; empty fields where it says nothing.
        `lines` are the page's visible opening lines, searched for a date line last."""
        meta, (ld, broken) = self.meta, _linked_data(self.json_ld)
        raw_ld = "\n".join(broken)[:_MAX_JSON_LD] if not ld else ""
        url = self.canonical or meta.get("og:url", "") or _name(ld.get("url"))
        page = PageMeta(
            title=_name(ld.get("headline")) or meta.get("og:title", "")
            or meta.get("twitter:title", ""),
            section=_name(ld.get("articleSection")) or meta.get("article:section", ""),
            url=url,
            sign_offs=self.sign_offs,
        )  # fmt: skip
        page.source = self._source(ld, raw_ld, page.section, url)
        people = _people(ld.get("author"))
        if not people and raw_ld:
            people = _unescaped(", ".join(_LD_PERSON.findall(raw_ld)[:5]))
        authors = [people] + [meta[k] for k in _AUTHOR_KEYS if k in meta] + self.visible_authors
        page.author = next((a for a in (clean_byline(x, page.source) for x in authors) if a), "")
        found = [_name(ld.get("datePublished")), _name(ld.get("dateCreated"))]
        found += _LD_DATE.findall(raw_ld)[:1] + [meta[k] for k in _DATE_KEYS if k in meta]
        found += self.times + [url_date(url)] + [text_date(line) for line in self.date_lines]
        found += [text_date(line) for line in (lines or [])[:40]]
        found += [meta[k] for k in _MODIFIED_KEYS if k in meta]
        page.date = next((c for c in found if c and parse_date(c)[0]), "")
        return page

    def _source(self, ld: dict, raw_ld: str, section: str, url: str) -> str:
        """JSON-LD publisher, else a site name that is no section or host label, else the
        copyright holder, else the name the <title> puts before the headline, else the
        domain."""
        domain = registered_domain(url)
        labels = (urlsplit(url).hostname or "").split(".") if domain else []
        site = clean_source(self.meta.get("og:site_name", ""))
        # A site name that only repeats the host's first label (AP's "Hosted" on hosted.ap.org)
        # yields to any other name, but still beats the bare domain: on bloghaus.hypotheses.org
        # "Bloghaus" is the blog's name.
        host_label = site if len(labels) > 2 and site.casefold() == labels[0] else ""
        if site and (site.casefold() == section.casefold() or host_label):
            site = ""  # Reuters' "U.S." (a section), AP's "Hosted" (hosted.ap.org)
        publisher = clean_source(_name(ld.get("publisher")) or self.microdata_publisher)
        if not publisher and raw_ld:
            publisher = clean_source(_unescaped(next(iter(_LD_PUBLISHER.findall(raw_ld)), "")))
        if publisher and site.casefold().startswith(publisher.casefold() + " "):
            publisher = site  # "Sky" publishes the site "Sky News": the name readers know
        others = [clean_source(self.meta.get(k, "")) for k in _SOURCE_KEYS]
        named = (publisher, site, *others, self.copyrights.holder(), self._title_prefix(),
                 host_label, domain)  # fmt: skip
        return next((s for s in named if s), "")

    def _title_prefix(self) -> str:
        """The site's name a <title> puts before the headline ("Python Insider: Python 3.6.0
        is now available!" when og:title is the headline alone), or ""."""
        title, headline = " ".join(self.title_tag.split()), self.meta.get("og:title", "")
        head, _, rest = title.partition(headline) if len(headline) >= 12 else ("", "", "x")
        name, mark = head.rstrip(" :|–—-»·"), head[len(head.rstrip(" :|–—-»·")) :]
        if rest.strip() or not name or not mark.strip() or len(name.split()) > 5:
            return ""
        return clean_source(name)


def _linked_data(blocks: list[str]) -> tuple[dict, list[str]]:
    """The first article-like JSON-LD object (looking into lists and @graph), or {}; and the
    blocks that are not JSON (read by pattern when no block gives an article)."""
    broken = []
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            broken.append(block)  # broken or hostile JSON-LD is read by pattern, bounded
            continue
        todo, seen = [data], 0
        while todo and seen < 200:
            item, seen = todo.pop(0), seen + 1
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kind = " ".join(kind) if isinstance(kind, list) else str(kind or "")
                if _ARTICLE_TYPES.search(kind) and (
                    item.get("headline") or item.get("datePublished")
                ):
                    return item, broken
                todo.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
    return {}, broken


def _people(value: object) -> str:
    """The people of a JSON-LD `author`: organisations are publishers, not authors, unless
    they are news agencies (a wire story's "author": {"@type": "Organization", "name": "AFP"})."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:8]:
        kind = str(item.get("@type") or item.get("type") or "") if isinstance(item, dict) else ""
        if "organization" not in kind.casefold() or is_agency(_name(item)):
            names.append(_name(item))
    return ", ".join(n for n in names if n)


def _name(value: object) -> str:
    """A JSON-LD person or organisation (a string, {"name": …}, or a list of them) → text."""
    if isinstance(value, str):
        return _unescaped(value)
    if isinstance(value, dict):
        return _unescaped(str(value.get("name") or ""))
    if isinstance(value, list):
        return ", ".join(n for n in (_name(v) for v in value[:5]) if n)
    return ""


def _unescaped(text: str) -> str:
    """JSON-LD text with its HTML character references read: pages escape their JSON-LD as
    they escape HTML ("H&#233;ctor J. Cruz"), and the browser never decodes a script's text.
    Left alone, "&#233;" made two authors "H&#233" and "ctor J. Cruz" of one at its ";"."""
    return html.unescape(text) if "&" in text else text


def _is_byline_element(props: list[str], values: dict[str, str | None]) -> bool:
    """An element holding a byline: itemprop="author" (not an organisation's scope, whose
    text is a name and a logo's address), <a rel="author">, or a class naming it ("author",
    "post-author", "byline", "author-name"), as trafilatura's author expressions do."""
    if "author" in props:
        return "organization" not in (values.get("itemtype") or "").casefold()
    if "author" in (values.get("rel") or "").lower().split():
        return True
    return any(_AUTHOR_CLASS.fullmatch(word) for word in (values.get("class") or "").split())


# "Headline · Site", "Headline | Site", "Headline – Site": how a page's <title> (and often its
# og:title) names the site after the headline. A plain hyphen counts only before the very
# name the page declares: headlines use it ("Take C.A.R.E. - comwrap auf der DMEXCO 2018").
_MARKS = (" | ", " · ", " – ", " — ")
_HOST_LIKE = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)


def _compact(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def site_suffix(title: str, source: str) -> tuple[str, str]:
    """The headline without the site's name after it, and the publisher. The suffix goes when
    it is the publisher the page declares. When the page declares none, a suffix of at most
    four capitalised words ("V8", "Ars Technica") is the site's name, as trafilatura takes a
    site name from the title; so is a suffix spelling the domain that stood in for a name
    ("Vortex Cannon Entertainment" on vortexcannon.org)."""
    title = " ".join(title.split())
    for mark in (*_MARKS, " - "):
        head, found, tail = title.rpartition(mark)
        if found and len(head) >= 12 and source and _compact(tail) == _compact(source):
            return head, source
    cut = max(title.rfind(mark) for mark in _MARKS)
    head, suffix = title[:cut], title[cut + 3 :].strip()
    if cut < 12 or not 0 < len(suffix) <= 40:
        return title, source
    words = suffix.split()
    if not source and len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words):
        return head, clean_source(suffix)
    if _HOST_LIKE.fullmatch(source):
        labels = source.casefold().split(".")
        name = (
            labels[-3]
            if len(labels) > 2 and labels[-2] in ("co", "com", "org", "gov")
            else labels[-2]
        )
        if len(name) >= 4 and _compact(suffix).startswith(name):
            return head, clean_source(suffix)
    return title, source
