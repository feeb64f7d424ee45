"""Fact sheets and the timeline → Markdown → HTML. Every statement carries its citations:
[S2 ¶7] is paragraph 7 of article S2 in the list of articles at the end of the same page
(S2 is the article's number in the library, so it is S2 in every sheet and timeline). In the
app each citation opens the article at that paragraph with the quoted sentence highlighted;
in an exported HTML file it leads to the article's entry in the list.

Everything stored (sentences, titles, sources, file names, ids) is escaped on the way out;
an article id that is not our own hex form is never written into a link."""

from __future__ import annotations

import html
import re
from urllib.parse import quote as url_quote

from ..knowledge.corroborate import Conflict, Fact
from ..knowledge.dates import human_date
from ..knowledge.facts import Citation
from ..knowledge.measures import Measure
from ..knowledge.referents import pronoun as _pronoun
from ..knowledge.sheet import SECTIONS, STATEMENTS, TIMELINE, EntityCount, FactSheet, TimelineEntry
from ..knowledge.summary import IntroLine, clip
from ..text.languages import script_of
from ..text.messages import date_words, plural, translate
from .article import ESTIMATED, UNKNOWN_SOURCE, article_date, html_page, markdown_literal

__all__ = ["date_label", "human_date", "sheet_markdown", "timeline_markdown", "sheet_html_page"]


def escape_markdown(text: str) -> str:
    """Text made literal in the exported Markdown, which people read as text: '<' escaped
    with a backslash ("\\<Dixons Group PLC>", not "&lt;Dixons Group PLC&gt;"), which
    `markdown_to_html` turns into &lt; again: no tag reaches a page."""
    return markdown_literal(text).replace("<", "\\<")


SECTION_LIMIT = 60  # items a section lists; the JSON export has them all
KEY_NOTE = "\\[S2 ¶7\\] is paragraph 7 of article S2 (list at the end)"
# The sheet's own words go through text.messages (resources/translations/core_<lang>.toml);
# what the library says (sentences, titles, names) is shown as written.
_ARTICLE_ID = re.compile(r"[0-9a-f]{8,64}")
# How citations are written: app links, anchors to the page's own article list, plain text.
APP, ANCHORS, PLAIN = "app", "anchors", "plain"
CLAIM, CURATOR = "someone's claim", "Curator's note"
_MODE_LABEL = {"planned": "planned", "called off": "called off", "reported": "reported",
               "commentary": "commentary"}  # fmt: skip


class Sources:
    """The articles a page cites, each under its number in the library (S1, S2, …)."""

    def __init__(self, links: bool | str, keys: dict[str, int] | None = None,
                 language: str = "en") -> None:  # fmt: skip
        self.links = APP if links is True else PLAIN if links is False else links
        self.language = language
        self.keys = dict(keys or {})
        self.numbers: dict[str, int] = {}
        self.cited: dict[str, Citation] = {}

    def number(self, citation: Citation) -> int:
        if citation.article_id not in self.numbers:
            key = citation.key or self.keys.get(citation.article_id)
            if not key or key in self.numbers.values():  # no library number: one after all
                key = max([*self.numbers.values(), *self.keys.values(), 0]) + 1
            self.numbers[citation.article_id] = key
            self.keys[citation.article_id] = key
            self.cited[citation.article_id] = citation
        return self.numbers[citation.article_id]

    def label(self, citation: Citation) -> str:
        """ "S2 ¶7": the article's number in the library and the paragraph."""
        return f"S{self.number(citation)} ¶{citation.paragraph}"

    def cite(self, citation: Citation) -> str:
        number = self.number(citation)
        label = f"\\[{self.label(citation)}\\]"
        title = _link_title(citation)
        if self.links == ANCHORS:
            return f'[{label}](#s{number} "{title}")'
        if self.links != APP or not _ARTICLE_ID.fullmatch(citation.article_id):
            return label
        url = (f"pakru://article/{url_quote(citation.article_id, safe='')}"
               f"?q={url_quote(citation.quote, safe='')}#p{citation.paragraph}")  # fmt: skip
        return f'[{label}]({url} "{title}")'

    def cite_all(self, citations: list[Citation]) -> str:
        """Each cited paragraph once, in the order given."""
        places = {c.place: c for c in reversed(citations)}
        return " ".join(self.cite(places[p]) for p in dict.fromkeys(c.place for c in citations))

    def listing(self, why: dict[str, str] | None = None) -> list[str]:
        """The numbered list of the articles cited, for the end of the page; `why`: why
        each is on a topic's sheet (a line under it)."""
        lines = []
        for article_id, number in sorted(self.numbers.items(), key=lambda item: item[1]):
            cited = self.cited[article_id]
            title = escape_markdown(cited.title or cited.source_file)
            if self.links == APP and _ARTICLE_ID.fullmatch(article_id):
                title = f"[{title}](pakru://article/{article_id}#p1)"
            anchor = f'<a id="s{number}"></a>' if self.links == ANCHORS else ""
            date = article_date(cited.article_date, cited.article_estimated)
            if self.language != "en" and cited.article_date:
                shown = date_words(cited.article_date, "", self.language) or cited.article_date
                date = f"{ESTIMATED} {shown}" if cited.article_estimated else shown
            file = translate("file", self.language)
            source = escape_markdown(cited.source or translate(UNKNOWN_SOURCE, self.language))
            lines.append(f"- {anchor}**S{number}** {title} — {source}, "
                         f"{escape_markdown(date)} · {file} {escape_markdown(cited.source_file)}")  # fmt: skip
            if why and why.get(article_id):  # a line of its own under the entry
                why_here = translate("why here", self.language)
                lines.append(f"    - *{why_here}: {escape_markdown(why[article_id])}*")
        return lines


def _link_title(citation: Citation) -> str:
    """The hover text of a citation: the article it points at."""
    text = f"{citation.title or citation.source_file} — ¶{citation.paragraph}"
    # Markdown escapes the attribute; what could end the title or the link is left out.
    return re.sub(r'["\\()\[\]`]', "'", text)


def date_label(date: str, text: str, precision: str, inferred: bool, estimated: bool,
               planned: bool = False, language: str = "en") -> str:  # fmt: skip
    """ "1970s", "13 May 2025 (inferred)", "≈ 2024 (inferred from an estimated article
    date)", "June 2026 (planned)" (in `language`: "13 мая 2025 (выведено)")."""
    shown = date_words(date, precision, language) or human_date(date, precision)
    if inferred and estimated:
        note = translate("(inferred from an estimated article date)", language)
        shown = f"{ESTIMATED} {shown} {note}"
    elif inferred:
        shown += " " + translate("(inferred)", language)
    return shown + " " + translate("(planned)", language) if planned else shown


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


def _notes(fact: Fact, language: str = "en") -> str:
    count = fact.article_count
    notes = [translate(_MODE_LABEL[fact.mode], language)] if fact.mode in _MODE_LABEL else []
    if fact.referent:  # the sentence stays as written (it is quoted); whom "It" means, here
        notes.insert(0, f"{_pronoun(fact.text)}: {escape_markdown(fact.referent)}")
    if count > 1:
        notes.append(plural(count, "reported in {n} article", "reported in {n} articles", language))
    return f" *({', '.join(notes)})*" if notes else ""


def _fact_line(fact: Fact, sources: Sources, dated: bool) -> str:
    date, language = "", sources.language
    if dated and fact.date is not None:
        d = fact.date
        date = f"**{escape_markdown(date_label(d.iso, d.text, d.precision, d.inferred, fact.estimated, language=language))}** — "  # fmt: skip
    mark = _direction_mark(fact.text, language)
    line = f"- {mark}{date}{_emphasised(fact)}{_notes(fact, language)} {sources.cite_all(fact.citations)}"
    if fact.called_off:
        called_off = translate("since reported called off", language)
        line += f" — *{called_off}* {sources.cite_all(fact.called_off)}"
    return line


def _fact_lines(facts: list[Fact], sources: Sources, dated: bool = False) -> list[str]:
    language = sources.language
    lines = [_fact_line(f, sources, dated) for f in facts[:SECTION_LIMIT]]
    if len(facts) > SECTION_LIMIT:
        more = translate("… and {n} more (all in the JSON export)", language,
                         n=len(facts) - SECTION_LIMIT)  # fmt: skip
        lines.append(f"- *{more}*")
    return lines or [f"*{translate('None found in the library.', language)}*"]


def _timeline_lines(entries: list[TimelineEntry], sources: Sources) -> list[str]:
    """Dated lines; a statement shown in full in another section is only pointed at."""
    lines, language = [], sources.language
    for entry in entries[: SECTION_LIMIT * 2]:
        label = date_label(entry.date, entry.date_text, entry.precision, entry.inferred,
                           entry.estimated, entry.planned, language)  # fmt: skip
        if entry.section:
            where = (translate("at its first date", language) if entry.section == TIMELINE
                     else translate(entry.section, language).lower())  # fmt: skip
            in_full = translate("(in full {where})", language, where=where)
            text = f"{escape_markdown(_dated_clause(entry))} *{in_full}*"
        else:
            text = escape_markdown(entry.text)
        mark = _direction_mark(entry.text, language)
        lines.append(
            f"- {mark}**{escape_markdown(label)}** — {text} {sources.cite_all(entry.citations)}"
        )
    if len(entries) > SECTION_LIMIT * 2:
        more = translate("… and {n} more", language, n=len(entries) - SECTION_LIMIT * 2)
        lines.append(f"- *{more}*")
    return lines or [f"*{translate('No dated facts.', language)}*"]


def _direction_mark(text: str, language: str) -> str:
    """In a translated sheet, a line starts with our own words (a date in Urdu) before the
    library's sentence: an invisible mark makes the line run in the sentence's direction, not
    the label's (a line is laid out by its first strong letter)."""
    if language == "en":
        return ""
    return "\u200f" if script_of(text) == "arabic" else "\u200e"


def _dated_clause(entry: TimelineEntry) -> str:
    """The sentence from its start to the end of the clause naming the date: it stands alone
    (its subject and verb are in it), though the whole sentence is in its section."""
    text = entry.text
    at = max(0, text.find(entry.date_text)) + len(entry.date_text)
    ends = [m.start() for m in re.finditer(r"[,;:](?=\s)", text) if m.start() >= at]
    if ends:
        clause = clip(text[: ends[0]], POINTER_LIMIT)
        return clause if clause.endswith("…") else clause + " …"
    # One clause: its opening up to the date and beyond, short of the whole sentence (which
    # is written once, in its section).
    return clip(text, min(POINTER_LIMIT, len(text) - 1, max(at + 12, len(text) - 15)))


POINTER_LIMIT = 160


def _entity_lines(entities: list[EntityCount], sources: Sources, limit: int = 25) -> list[str]:
    lines, language = [], sources.language
    for entity in entities[:limit]:
        role = f" ({escape_markdown(entity.role)})" if entity.role else ""
        facts = plural(entity.mentions, "in {n} fact", "in {n} facts", language)
        articles = plural(entity.articles, "{n} article", "{n} articles", language)
        lines.append(f"- **{escape_markdown(entity.name)}**{role} — {facts}, {articles} "
                     f"{sources.cite_all(entity.citations[:2])}")  # fmt: skip
    return lines


MEASURES = "Figures by measure"
MEASURE_REPORTS = 6  # values a measure's line shows; the JSON export has them all


def _measure_lines(measures: list[Measure], sources: Sources) -> list[str]:
    """One line per measure reported by more than one article, every value under it, most
    reported first: "- pay rise (%): **275 pct** (5 articles) [S1 ¶3] … · …"; one value in
    other spellings is one item ("**100 pct** / 100 per cent")."""
    lines = []
    for measure in (m for m in measures if m.article_count > 1):
        cited: set[tuple[str, int]] = set()  # a line cites a paragraph once
        parts = []
        for spellings, citations in _values(measure.reports[:MEASURE_REPORTS]):
            fresh = [c for c in citations if c.place not in cited]
            if not fresh:
                continue  # its paragraphs are cited for another value of the line already
            cited.update(c.place for c in fresh)
            count = len({c.article_id for c in citations})
            shown = " / ".join([f"**{escape_markdown(spellings[0])}**",
                                *map(escape_markdown, spellings[1:])])  # fmt: skip
            parts.append(f"{shown} ({count} article{'s' if count != 1 else ''}) "
                         f"{sources.cite_all(fresh)}".rstrip())  # fmt: skip
        label = escape_markdown(f"{measure.label} ({measure.unit})")
        if parts:
            lines.append(f"- {label}: " + " · ".join(parts))
    return lines


def _values(reports: list) -> list[tuple[list[str], list[Citation]]]:
    """Reports of one value in different spellings ("100 dlrs", "100-dlr"; "bpd", "barrels
    per day") together: their spellings, most reported first, and all their citations."""
    found: dict[object, tuple[list[str], list[Citation]]] = {}
    for report in reports:
        figure = report.figure
        key = (figure.qualifier, figure.value, figure.high) if report.value == figure.text \
            else report.value  # fmt: skip
        spellings, citations = found.setdefault(key, ([], []))
        if report.value.lower() not in (v.lower() for v in spellings):
            spellings.append(report.value)
        citations.extend(c for c in report.citations if c not in citations)
    return list(found.values())


def _conflict_line(conflict: Conflict, sources: Sources) -> str:
    """ "Number of companies · business forum: around 90 [S1 ¶6] vs more than 100 [S2 ¶21]" """
    about = conflict.about[:1].upper() + conflict.about[1:]
    claims = f" {translate('vs', sources.language)} ".join(f"**{escape_markdown(c.value)}** {sources.cite_all(c.citations)}"
                         for c in conflict.claims)  # fmt: skip
    return f"- {escape_markdown(about)}: {claims}"


def _intro_lines(lines: list[IntroLine], sources: Sources) -> list[str]:
    return [" ".join(f"{escape_markdown(line.text)} {sources.cite_all(line.citations)}"
                     for line in lines)] if lines else []  # fmt: skip


def sheet_markdown(sheet: FactSheet, *, links: bool | str = True,
                   show_commentary: bool = False, language: str = "en") -> str:  # fmt: skip
    """The whole sheet as Markdown: links=True (or "app") for the app's pane, "anchors" for
    an HTML file (citations lead to the article list), False for plain text; its own words
    in `language` (en, ru, ur)."""
    from ..knowledge.summary import introduction

    def tr(text: str, **values: object) -> str:
        return translate(text, language, **values)

    sources = Sources(links, sheet.keys, language)
    topic = sheet.topic
    statements = plural(len(sheet.facts), "{n} statement", "{n} statements", language)
    articles = plural(len(sheet.articles), "{n} article", "{n} articles", language)
    lines = [
        f"# {escape_markdown(topic.title)}",
        "",
        "*" + tr("Fact sheet · {statements} from {articles} in the library",
                 statements=statements, articles=articles)
        + f" · {tr(KEY_NOTE)} · *{tr('planned')}*: {tr('announced or expected, not yet happened')}"
        f" · *{tr('reported')}*: {tr(CLAIM)} · {ESTIMATED}: {tr('an estimated date')}*",
        "",
        *_intro_lines(introduction(sheet, language), sources),
        "",
    ]  # fmt: skip
    for name in SECTIONS:
        facts = sheet.in_section(name)
        if name == STATEMENTS and not facts:
            continue
        lines += [f"## {tr(name)}", "", *_fact_lines(facts, sources, dated=name == SECTIONS[0]),
                  ""]  # fmt: skip
        measured = _measure_lines(sheet.measures, sources) if name == SECTIONS[0] else []
        if measured:  # each measure once, every value reported under it
            lines += [f"## {tr(MEASURES)}", "", *measured, ""]
        if name == SECTIONS[0]:
            lines += [f"## {tr('Timeline')}", "", *_timeline_lines(sheet.timeline, sources), ""]
    people = _entity_lines(sheet.people, sources) + _entity_lines(sheet.organisations, sources)
    lines += [f"## {tr('People and organisations')}", "",
              *(people or [f"*{tr('None named.')}*"]), ""]  # fmt: skip
    lines += [f"## {tr('Where sources disagree')}", ""]
    if not sheet.conflicts:
        lines += [f"*{tr('No conflicting figures found between the articles of this topic.')}*"]
    lines += [_conflict_line(c, sources) for c in sheet.conflicts] + [""]
    if show_commentary:
        lines += [f"## {tr('Commentary')}", "",
                  f"*{tr('Opinion and rhetoric: no actor doing anything concrete.')}*",
                  "", *_fact_lines(sheet.commentary, sources), ""]  # fmt: skip
    if sheet.curator_note:  # after what the library says: it is the topic file's own text
        note = html.escape(sheet.curator_note, quote=False)  # our own Markdown: HTML escaped
        lines += [f"## {tr(CURATOR)}", "",
                  "*" + tr("Written by hand for this topic, not found in the library; it may "
                           "describe articles other than yours.") + "*", "",
                  *(f"> {line}" if line else ">" for line in note.splitlines()), ""]  # fmt: skip
    for article in sheet.articles:  # every article of the topic is listed, cited or not
        sources.number(Citation(article.article_id, article.source_file, 1, "", article.title,
                                article.source, article.date, 0, article.date_estimated))  # fmt: skip
    lines += [f"## {tr('Articles ({n})', n=len(sources.numbers))}", "",
              *sources.listing(sheet.why_here())]  # fmt: skip
    return "\n".join(lines).strip() + "\n"


def timeline_markdown(entries: list[TimelineEntry], title: str, *,
                      links: bool | str = True, language: str = "en") -> str:  # fmt: skip
    """The timeline as a cited list, with the list of the articles it cites."""
    sources = Sources(links, language=language)
    lines = [f"# {escape_markdown(title)}", "", *_timeline_lines(entries, sources), ""]
    if sources.numbers:  # what the citations' numbers mean, above them and in full below
        note = f"{translate(KEY_NOTE, language)} · {ESTIMATED}: "
        lines[2:2] = [f"*{note}{translate('an estimated date', language)}*", ""]
        articles = translate("Articles ({n})", language, n=len(sources.numbers))
        lines += [f"## {articles}", "", *sources.listing(), ""]
    return "\n".join(lines)


def markdown_to_html(markdown_text: str) -> str:
    import markdown as markdown_lib  # not on the start-up path

    converter = markdown_lib.Markdown()
    # "\<" is an escape in CommonMark; Python-Markdown learns it here, so an escaped "<"
    # becomes the text "&lt;" and never opens a tag.
    converter.ESCAPED_CHARS = [*converter.ESCAPED_CHARS, "<"]
    return converter.convert(markdown_text)


def sheet_html_page(sheet: FactSheet, *, show_commentary: bool = False,
                    language: str = "en") -> str:  # fmt: skip
    """A standalone HTML file of the sheet (no scripts, no remote anything); its citations
    lead to the article list at its end."""
    body = markdown_to_html(sheet_markdown(sheet, links=ANCHORS, show_commentary=show_commentary,
                                           language=language))  # fmt: skip
    style = ("<style>body{font-family:'DejaVu Sans',sans-serif;max-width:46em;margin:2em auto;"
             "line-height:1.45}li{margin:.3em 0}blockquote{color:#444}</style>")  # fmt: skip
    return html_page(sheet.topic.title, style + body)
