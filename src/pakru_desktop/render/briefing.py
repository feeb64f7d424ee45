"""A briefing pack: the delegate's chosen fact sheets, bookmarks and notes as one document
(HTML, Markdown, PDF) to read on the plane, on any phone, offline.

A cover (title, date, who prepared it), the sheets, the notes with their quotes, and every
cited paragraph in full as an appendix. Every citation [S2 ¶7] is a link inside the document
to paragraph 7 of article S2 in the appendix (anchor `s2-p7`); nothing points outside it.
The page is plain HTML with its style inline: no scripts, fonts or images to fetch."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..db.anchoring import Placement, place, status_text
from ..db.notes import Mark
from ..knowledge.library import Library
from ..knowledge.sheet import FactSheet, article_keys
from ..model import Article
from .article import article_date, escape_markdown, language_attributes, text_language
from .sheet import ANCHORS, markdown_to_html, sheet_markdown

# A citation as sheet_markdown writes it with anchors: [\[S2 ¶7\]](#s2 "title").
_SHEET_CITE = re.compile(r"\[\\\[S(\d+) ¶(\d+)\\\]\]\(#s\d+ ")
_SHEET_LIST_ANCHOR = re.compile(r'<a id="s\d+"></a>')  # the appendix holds the article anchors
_TARGET = re.compile(r"#s(\d+)-p(\d+)")
_STYLE = (
    "body{font-family:'DejaVu Sans','Noto Naskh Arabic',sans-serif;max-width:46em;margin:1em auto;"
    "padding:0 .8em;line-height:1.45}li{margin:.3em 0}blockquote{color:#444;margin:.4em 0 .4em"
    " 1em;border-left:3px solid #bbb;padding-left:.6em}.meta{color:#555}.note{background:#fff8d6;"
    "padding:.4em .6em;margin:.6em 0}.changed{color:#a33}"
)
_BREAK = ' style="page-break-before: always"'  # one part a page in the PDF


@dataclass
class NoteEntry:
    """A chosen mark with the article it is on (None when it left the library)."""

    mark: Mark
    article: Article | None
    placement: Placement


@dataclass
class Briefing:
    title: str
    author: str
    date: str
    sheets: list[FactSheet] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)
    keys: dict[str, int] = field(default_factory=dict)  # article id → its number ("S2")
    articles: dict[str, Article] = field(default_factory=dict)


def gather(library: Library, title: str, author: str, date: str, sheets: list[FactSheet],
           marks: list[Mark]) -> Briefing:  # fmt: skip
    """Everything the pack shows, read from the library once."""
    briefing = Briefing(title, author, date, sheets)
    for sheet in sheets:
        briefing.keys.update(sheet.keys)
    ids = {m.article_id for m in marks if m.article_id}
    for sheet in sheets:
        ids |= set(sheet.keys)
    briefing.keys.update(article_keys(library.conn, sorted(ids)))
    for article_id in ids:
        article = library.article(article_id)
        if article is not None:
            briefing.articles[article_id] = article
    for mark in marks:
        article = briefing.articles.get(mark.article_id)
        briefing.notes.append(NoteEntry(mark, article, place(mark, article)))
    return briefing


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _dir(text: str) -> str:
    return language_attributes(text_language(text))


def _sheet_html(sheet: FactSheet) -> str:
    text = sheet_markdown(sheet, links=ANCHORS)
    text = _SHEET_CITE.sub(lambda m: f"[\\[S{m[1]} ¶{m[2]}\\]](#s{m[1]}-p{m[2]} ", text)
    text = _SHEET_LIST_ANCHOR.sub("", text)
    body = markdown_to_html(text)
    for level in (3, 2, 1):  # a sheet's headings sit one level under the pack's own
        body = body.replace(f"<h{level}>", f"<h{level + 1}>").replace(
            f"</h{level}>", f"</h{level + 1}>"
        )
    return f'<div class="sheet"><a name="topic-{_e(sheet.topic.slug)}"></a>{body}</div>'


def _cite(briefing: Briefing, article_id: str, paragraph: int) -> str:
    key = briefing.keys.get(article_id)
    if not key or paragraph < 1:
        return ""
    return f'<a href="#s{key}-p{paragraph}">[S{key} ¶{paragraph}]</a>'


def _kind(mark: Mark) -> str:
    return {"bookmark": "Bookmark", "highlight": f"Highlight ({mark.colour})",
            "note": "Note"}.get(mark.kind, mark.kind)  # fmt: skip


def _note_html(briefing: Briefing, entry: NoteEntry) -> str:
    mark = entry.mark
    title = entry.article.title if entry.article is not None else mark.title
    where = f"fact sheet “{mark.title}”" if mark.topic else f"“{title}”"
    cite = _cite(briefing, mark.article_id, entry.placement.paragraph)
    # The pack's own words lead the heading (English, left to right), the title within them.
    parts = [f"<h3{language_attributes('en')}>{_e(_kind(mark))} · {_e(where)} {cite}</h3>"]
    if mark.body:
        parts += [f'<p class="note"{_dir(line)}>{_e(line)}</p>'
                  for line in mark.body.splitlines() if line.strip()]  # fmt: skip
    quote = mark.quote or (mark.paragraph_text if mark.kind != "bookmark" else "")
    if quote:
        parts.append(f"<blockquote><p{_dir(quote)}>{_e(quote)}</p></blockquote>")
    status = status_text(entry.placement) if not mark.topic else ""
    if status:
        parts.append(
            f'<p class="changed">{_e(status)} As written then: “{_e(mark.paragraph_text)}”</p>'
        )
    return "\n".join(parts)


def cited_places(body: str) -> list[tuple[int, int]]:
    """Every (article number, paragraph) the document links to, in order, once."""
    return list(dict.fromkeys((int(a), int(p)) for a, p in _TARGET.findall(body)))


def _appendix_html(briefing: Briefing, places: list[tuple[int, int]]) -> str:
    by_key = {key: article_id for article_id, key in briefing.keys.items()}
    parts: list[str] = []
    for key in sorted({k for k, _p in places}):
        article = briefing.articles.get(by_key.get(key, ""))
        if article is None:
            continue
        date = article_date(article.date, article.date_estimated)
        parts.append(f'<h3{_dir(article.title)}><a name="s{key}" id="s{key}"></a>S{key} · '
                     f"{_e(article.title)}</h3><p class=\"meta\">{_e(article.source)}, {_e(date)}"
                     f" · file {_e(article.source_file)}</p>")  # fmt: skip
        texts = {block.number: block.text for block in article.blocks}
        for paragraph in sorted(p for k, p in places if k == key):
            text = texts.get(paragraph, "")
            parts.append(f'<p{_dir(text)}><a name="s{key}-p{paragraph}" id="s{key}-p{paragraph}">'
                         f"</a><b>¶{paragraph}</b> {_e(text)}</p>")  # fmt: skip
    return "\n".join(parts)


def _unlinked(body: str, present: set[str]) -> str:
    """A link whose target is not in the document becomes plain text: nothing dangles."""

    def keep(match: re.Match[str]) -> str:
        return match[0] if match[1] in present else match[2]

    return re.sub(r'<a href="#([^"]+)"(?: title="[^"]*")?>(.*?)</a>', keep, body)


def briefing_html(briefing: Briefing) -> str:
    """The whole pack as one standalone HTML page."""
    cover = (f'<h1{_dir(briefing.title)}><a name="cover" id="cover"></a>{_e(briefing.title)}</h1>'
             f'<p class="meta">Briefing pack · {_e(briefing.date)}'
             + (f" · prepared by {_e(briefing.author)}" if briefing.author else "") + "</p>"
             '<p>Contents: <a href="#sheets">Fact sheets</a> · <a href="#notes">Notes</a> · '
             '<a href="#appendix">Cited paragraphs</a></p>'
             "<p class=\"meta\">[S2 ¶7] is paragraph 7 of article S2; each leads to the paragraph "
             "in full in the appendix. Made offline by pakru-desktop.</p>")  # fmt: skip
    sheets = "\n".join(_sheet_html(sheet) for sheet in briefing.sheets)
    notes = "\n".join(_note_html(briefing, entry) for entry in briefing.notes)
    body = (f'{cover}\n<h1{_BREAK}><a name="sheets" id="sheets"></a>Fact sheets</h1>\n'
            f"{sheets or '<p>No fact sheet chosen.</p>'}\n"
            f'<h1{_BREAK}><a name="notes" id="notes"></a>Notes</h1>\n'
            f"{notes or '<p>No note chosen.</p>'}\n")  # fmt: skip
    appendix = _appendix_html(briefing, cited_places(body))
    body += (f'<h1{_BREAK}><a name="appendix" id="appendix"></a>Cited paragraphs</h1>\n'
             f"{appendix or '<p>Nothing cited.</p>'}\n")  # fmt: skip
    present = set(re.findall(r'<a name="([^"]+)"', body))
    body = _unlinked(body, present)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(briefing.title)}</title><style>{_STYLE}</style></head>\n"
            f"<body>\n{body}</body></html>\n")  # fmt: skip


def briefing_markdown(briefing: Briefing) -> str:
    """The pack as Markdown, to edit: citations as text ([S2 ¶7]), the appendix below."""
    lines = [f"# {escape_markdown(briefing.title)}", "",
             f"*Briefing pack · {escape_markdown(briefing.date)}"
             + (f" · prepared by {escape_markdown(briefing.author)}*" if briefing.author else "*"),
             ""]  # fmt: skip
    cited: list[tuple[int, int]] = []
    for sheet in briefing.sheets:
        text = sheet_markdown(sheet, links=False)
        cited += [(int(a), int(p)) for a, p in re.findall(r"\\\[S(\d+) ¶(\d+)\\\]", text)]
        lines += ["\n".join("#" + line if line.startswith("#") else line
                            for line in text.splitlines()), ""]  # fmt: skip
    lines += ["## Notes", ""]
    for entry in briefing.notes:
        mark = entry.mark
        key = briefing.keys.get(mark.article_id)
        cite = (
            f" \\[S{key} ¶{entry.placement.paragraph}\\]"
            if key and entry.placement.paragraph
            else ""
        )
        if cite:
            cited.append((key or 0, entry.placement.paragraph))
        lines += [f"### {_kind(mark)} · {escape_markdown(mark.title)}{cite}", ""]
        lines += [escape_markdown(line) for line in mark.body.splitlines()] + [""]
        if mark.quote:
            lines += [f"> {escape_markdown(mark.quote)}", ""]
        status = status_text(entry.placement) if not mark.topic else ""
        if status:
            lines += [f"*{status}*", ""]
    lines += ["## Cited paragraphs", ""]
    by_key = {key: article_id for article_id, key in briefing.keys.items()}
    for key, paragraph in sorted(set(cited)):
        article = briefing.articles.get(by_key.get(key, ""))
        if article is not None:
            text = next((b.text for b in article.blocks if b.number == paragraph), "")
            lines += [f"**S{key} ¶{paragraph}** ({escape_markdown(article.title)}) "
                      f"{escape_markdown(text)}", ""]  # fmt: skip
    return "\n".join(lines).strip() + "\n"
