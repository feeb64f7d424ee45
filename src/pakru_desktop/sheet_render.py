"""Fact sheets and the timeline → Markdown → HTML. Every statement carries its citations:
[S2 ¶7] is paragraph 7 of source 2 in the sheet's list of articles. In the app each citation
is a link that opens the article at that paragraph with the quoted sentence highlighted."""

from __future__ import annotations

import html
from urllib.parse import quote as url_quote

from .knowledge.corroborate import Fact
from .knowledge.facts import Citation
from .knowledge.sheet import EntityCount, FactSheet, TimelineEntry
from .render import escape_markdown, html_page

SECTION_LIMIT = 60  # items a section lists; the JSON export has them all
_PRECISION_NOTE = {"decade": "decade", "year": "year", "month": "month", "day": ""}


class Sources:
    """Numbers the articles a sheet cites: S1, S2, … in the order of the sheet's list."""

    def __init__(self, links: bool) -> None:
        self.links = links
        self.numbers: dict[str, int] = {}
        self.cited: dict[str, Citation] = {}

    def number(self, citation: Citation) -> int:
        if citation.article_id not in self.numbers:
            self.numbers[citation.article_id] = len(self.numbers) + 1
            self.cited[citation.article_id] = citation
        return self.numbers[citation.article_id]

    def cite(self, citation: Citation) -> str:
        label = f"S{self.number(citation)} ¶{citation.paragraph}"
        if not self.links:
            return f"\\[{label}\\]"
        url = (f"pakru://article/{citation.article_id}?q={url_quote(citation.quote, safe='')}"
               f"#p{citation.paragraph}")  # fmt: skip
        return f"[\\[{label}\\]]({url})"

    def cite_all(self, citations: list[Citation]) -> str:
        return " ".join(self.cite(c) for c in dict.fromkeys(citations))


_MONTH_NAMES = ("January February March April May June July August September October "
                "November December").split()  # fmt: skip


def human_date(date: str, precision: str) -> str:
    """ "1970s", "2024", "September 2024", "13 May 2025"."""
    if precision == "decade":
        return f"{date}s"
    parts = date.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = _MONTH_NAMES[int(parts[1]) - 1]
        return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
    return date


def date_label(date: str, text: str, precision: str, inferred: bool, estimated: bool) -> str:
    """ "1970s", "13 May 2025 (inferred)", "2024 (inferred, article date estimated)"."""
    shown = human_date(date, precision)
    if inferred:
        shown += " (inferred, article date estimated)" if estimated else " (inferred)"
    return shown


def _emphasised(fact: Fact) -> str:
    """The sentence, escaped, with its figures in bold."""
    text = fact.text
    spans = sorted((text.find(f.text), len(f.text)) for f in fact.figures if f.text in text)
    out, cursor = [], 0
    for start, length in spans:
        if start < cursor:
            continue
        out.append(escape_markdown(text[cursor:start]))
        out.append(f"**{escape_markdown(text[start : start + length])}**")
        cursor = start + length
    out.append(escape_markdown(text[cursor:]))
    return "".join(out)


def _corroboration(fact: Fact) -> str:
    count = fact.article_count
    return f" *(reported in {count} articles)*" if count > 1 else ""


def _fact_lines(facts: list[Fact], sources: Sources) -> list[str]:
    lines = [f"- {_emphasised(f)}{_corroboration(f)} {sources.cite_all(f.citations)}"
             for f in facts[:SECTION_LIMIT]]  # fmt: skip
    if len(facts) > SECTION_LIMIT:
        lines.append(f"- *… and {len(facts) - SECTION_LIMIT} more (all in the JSON export)*")
    return lines or ["*None found in the library.*"]


def _timeline_lines(entries: list[TimelineEntry], sources: Sources) -> list[str]:
    lines = []
    for entry in entries[: SECTION_LIMIT * 2]:
        label = date_label(entry.date, entry.date_text, entry.precision, entry.inferred,
                           entry.estimated)  # fmt: skip
        lines.append(f"- **{escape_markdown(label)}** — {escape_markdown(entry.text)} "
                     f"{sources.cite_all(entry.citations)}")  # fmt: skip
    if len(entries) > SECTION_LIMIT * 2:
        lines.append(f"- *… and {len(entries) - SECTION_LIMIT * 2} more*")
    return lines or ["*No dated facts.*"]


def _entity_lines(entities: list[EntityCount], sources: Sources, limit: int = 25) -> list[str]:
    lines = []
    for entity in entities[:limit]:
        role = f" ({escape_markdown(entity.role)})" if entity.role else ""
        where = "article" if entity.articles == 1 else "articles"
        times = "fact" if entity.mentions == 1 else "facts"
        lines.append(f"- **{escape_markdown(entity.name)}**{role} — in {entity.mentions} "
                     f"{times}, {entity.articles} {where} {sources.cite_all(entity.citations[:2])}")  # fmt: skip
    return lines


def sheet_markdown(sheet: FactSheet, *, links: bool = True) -> str:
    """The whole sheet as Markdown (links=True for the app's pane; exports cite in text)."""
    sources = Sources(links)
    for article in sheet.articles:  # number sources in the order the sheet lists them
        sources.number(Citation(article.article_id, article.source_file, 1, "", article.title,
                                article.source, article.date))  # fmt: skip
    topic = sheet.topic
    articles = len(sheet.articles)
    lines = [
        f"# {escape_markdown(topic.title)}",
        "",
        f"*Fact sheet · {len(sheet.facts)} facts from {articles} "
        f"article{'s' if articles != 1 else ''} in the library · each statement cites its "
        "source and paragraph: \\[S2 ¶7\\] is paragraph 7 of article S2 (list at the end)*",
        "",
        html.escape(topic.introduction, quote=False),  # our own Markdown: kept, HTML escaped
        "",
        "## Key figures", "", *_fact_lines(sheet.key_figures, sources), "",
        "## Timeline", "", *_timeline_lines(sheet.timeline, sources), "",
        "## Agreements and projects", "", *_fact_lines(sheet.agreements, sources), "",
        "## Meetings and visits", "", *_fact_lines(sheet.meetings, sources), "",
    ]  # fmt: skip
    people = _entity_lines(sheet.people, sources) + _entity_lines(sheet.organisations, sources)
    lines += ["## People and organisations", "", *(people or ["*None named.*"]), ""]
    lines += ["## Where sources disagree", ""]
    if not sheet.conflicts:
        lines += ["*No conflicting figures found between the articles of this topic.*", ""]
    for conflict in sheet.conflicts:
        lines += [f"### {escape_markdown(conflict.about[:1].upper() + conflict.about[1:])}", ""]
        for claim in conflict.claims:
            lines.append(f"- **{escape_markdown(claim.value)}** — “{escape_markdown(claim.text)}” "
                         f"{sources.cite_all(claim.citations)}")  # fmt: skip
        lines.append("")
    lines += [f"## Articles ({len(sources.numbers)})", ""]
    for article_id, number in sources.numbers.items():
        cited = sources.cited[article_id]
        date = cited.article_date or "undated"
        title = escape_markdown(cited.title)
        if links:
            title = f"[{title}](pakru://article/{article_id}#p1)"
        lines.append(f"{number}. **S{number}** {title} — {escape_markdown(cited.source)}, "
                     f"{escape_markdown(date)} · file {escape_markdown(cited.source_file)}")  # fmt: skip
    return "\n".join(lines).strip() + "\n"


def timeline_markdown(entries: list[TimelineEntry], title: str, *, links: bool = True) -> str:
    sources = Sources(links)
    lines = [f"# {escape_markdown(title)}", "", *_timeline_lines(entries, sources), ""]
    return "\n".join(lines)


def markdown_to_html(markdown_text: str) -> str:
    import markdown as markdown_lib  # not on the start-up path

    return markdown_lib.markdown(markdown_text)


def sheet_html_page(sheet: FactSheet) -> str:
    """A standalone HTML file of the sheet (no scripts, no remote anything)."""
    body = markdown_to_html(sheet_markdown(sheet, links=False))
    style = ("<style>body{font-family:'DejaVu Sans',sans-serif;max-width:46em;margin:2em auto;"
             "line-height:1.45}li{margin:.3em 0}</style>")  # fmt: skip
    return html_page(sheet.topic.title, style + body)
