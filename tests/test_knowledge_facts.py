"""The knowledge layer through the real `pakru` command: fact sheets, conflicts, the timeline
and the entity index, checked against facts read by hand from the five seed articles."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

from .conftest import ENTITIES, ROOT, run_cli

S000 = "000_a5c53cf755282275.txt"  # Abb Takk, late February 2026
S001 = "001_b8574bbb1da4d760.txt"  # Asghar Ali Mubarak, late February 2026
S002 = "002_76feba12a3732694.txt"  # Sharif tells Putin, September 2025
S003 = "003_b0180729dc92b65a.txt"  # From Cold War rivals to partners, October 2024
S004 = "004_94421361051230d6.txt"  # Russia calls Pakistan a natural ally, July 2025

TOPIC_SLUGS = sorted(
    re.search(r"^slug:\s*(\S+)", path.read_text(encoding="utf-8"), re.M)[1]  # type: ignore[index]
    for path in (ROOT / "resources" / "topics").glob("*.md")
)


@dataclass
class Corpus:
    """Everything the CLI says about the seeded library, fetched once per module."""

    data_dir: Path
    ids: dict[str, str]  # source file → article id
    files: dict[str, str]  # article id → source file
    paragraphs: dict[str, dict[int, str]]  # source file → paragraph number → text
    sheets: dict[str, dict]
    topics: list[dict]
    timeline: list[dict]
    entities: dict[str, list[dict]]

    def paragraph(self, citation: dict) -> str:
        return self.paragraphs[citation["source_file"]].get(citation["paragraph"], "")


def _json(*args: str, data_dir: Path) -> object:
    result = run_cli(*args, data_dir=data_dir)
    assert result.returncode == 0, (args, result.stderr)
    return json.loads(result.stdout)


def _paragraphs(shown: subprocess.CompletedProcess[str]) -> dict[int, str]:
    """`pakru show ID --format text` → {paragraph number: text} (list items lose their "• ")."""
    assert shown.returncode == 0, shown.stderr
    found = {}
    for line in shown.stdout.splitlines():
        match = re.match(r"^\[(\d+)\] (?:• )?(.*)$", line)
        if match:
            found[int(match[1])] = match[2]
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    data_dir = tmp_path_factory.mktemp("knowledge-cli")
    rows = _json("articles", "--json", data_dir=data_dir)  # first use builds from the seeds
    ids = {row["source_file"]: row["article_id"] for row in rows}  # type: ignore[union-attr]
    assert sorted(ids) == [S000, S001, S002, S003, S004]
    with ThreadPoolExecutor(max_workers=8) as pool:
        shows = {
            source: pool.submit(run_cli, "show", article_id, "--format", "text",
                                data_dir=data_dir)
            for source, article_id in ids.items()
        }  # fmt: skip
        sheets = {
            slug: pool.submit(_json, "factsheet", slug, "--format", "json", data_dir=data_dir)
            for slug in TOPIC_SLUGS
        }
        topics = pool.submit(_json, "topics", "--json", data_dir=data_dir)
        timeline = pool.submit(_json, "timeline", "--json", data_dir=data_dir)
        entities = pool.submit(_json, "entities", "--json", data_dir=data_dir)
        return Corpus(
            data_dir=data_dir,
            ids=ids,
            files={article_id: source for source, article_id in ids.items()},
            paragraphs={source: _paragraphs(s.result()) for source, s in shows.items()},
            sheets={slug: s.result() for slug, s in sheets.items()},  # type: ignore[misc]
            topics=topics.result(),  # type: ignore[arg-type]
            timeline=timeline.result(),  # type: ignore[arg-type]
            entities=entities.result(),  # type: ignore[arg-type]
        )


def _assert_quote_in_paragraph(corpus: Corpus, citation: dict) -> None:
    assert corpus.files.get(citation["article_id"]) == citation["source_file"], citation
    paragraph = corpus.paragraph(citation)
    assert paragraph, f"no paragraph {citation['paragraph']} in {citation['source_file']}"
    assert citation["quote"] and citation["quote"] in paragraph, (
        f"quote is not in {citation['source_file']} ¶{citation['paragraph']}: {citation['quote']!r}"
    )


# ----------------------------------------------------------------------------------------
# 1. Facts a delegate would look for, read from the seed texts by hand:
#    (topic, a phrase of the figure or date, the source file that must be cited).

EXPECTED_FACTS = [
    # energy
    ("energy", "April 2022", S003),  # discounted Russian crude bought
    ("energy", "100,000 metric tons", S003),  # of Russian LPG …
    ("energy", "September 2023", S003),  # … received in September 2023
    ("energy", "10 million tons", S001),  # crude supplies to rise to
    ("energy", "operational by 2026", S001),  # Russia's LNG terminals
    ("energy", "Last year", S002),  # "we even imported more oil from Russia"
    # trade
    ("trade", "more than 60 businesspersons", S003),  # delegation to the Moscow forum
    ("trade", "October 2024", S003),
    ("trade", "$500 million", S003),  # combined export value of the delegation
    ("trade", "around 90 Pakistani companies", S000),  # at the Business Forum
    ("trade", "90 companies from Pakistan", S001),
    ("trade", "more than 100 Pakistani companies", S001),
    ("trade", "US$1 billion", S001),  # bilateral trade before the banking hurdles
    ("trade", "1990s", S001),  # relations restructured towards trade
    ("trade", "this year", S003),  # ninth Intergovernmental Commission session
    ("trade", "Last year", S002),  # "saw a spike in trade"
    # steel
    ("steel", "May 13", S004),  # agreement on a new steel mill in Karachi
    ("steel", "1970s", S000),  # Pakistan Steel Mills built with Soviet help
    ("steel", "1970s", S001),
    ("steel", "January 2026", S001),  # consensus on reviving Pakistan Steel Mills
    # connectivity
    ("connectivity", "August 2025", S004),  # pilot cargo train
    ("connectivity", "September 2024", S004),  # MoU on energy, infrastructure, agriculture
    # defence
    ("defence", "2014 defense cooperation agreement", S001),
    ("defence", "May 2025", S004),  # India-Pakistan escalation, Moscow offers mediation
    ("defence", "2000s", S001),  # arms sales
    # diplomacy
    ("diplomacy", "June 3", S004),  # Lavrov meets Fatemi
    ("diplomacy", "March 2 to 5", S000),  # the Prime Minister's Moscow visit
    ("diplomacy", "September 2024", S003),  # Overchuk visits Islamabad
    ("diplomacy", "September 2024", S004),
    ("diplomacy", "November 2025", S001),  # Russian emergency services in Islamabad
    ("diplomacy", "in August", S004),  # Putin to meet Sharif at the SCO summit
    ("diplomacy", "fifth meeting", S001),  # Sharif's fifth meeting with Putin
    # multilateral
    ("multilateral", "Tianjin", S004),  # SCO summit, in August
    # finance
    ("finance", "$3 billion", S003),  # IMF package in 2023
    ("finance", "$7 billion", S003),  # IMF bailout
    ("finance", "US$1 billion", S001),
    # visas
    (
        "visas",
        "business visas",
        S000,
    ),  # S000's readmission sentence is commentary ("if finalized, would")
    ("visas", "readmission agreement", S001),
    # media
    ("media", "February 2026", S001),  # first Pak-Russia Media Forum
    # disaster
    ("disaster", "2005 earthquake", S001),
    ("disaster", "2022 floods", S001),
    ("disaster", "November 2025", S001),
    # afghanistan
    ("afghanistan", "2010s", S001),
    # history
    ("history", "May 1948", S001),  # diplomatic relations established
    ("history", "1970s", S000),
    ("history", "75 years", S001),
    ("history", "1990s", S001),
    ("history", "2000s", S001),
]


def test_the_fact_table_spans_enough_topics() -> None:
    assert len(EXPECTED_FACTS) >= 30
    assert len({topic for topic, _, _ in EXPECTED_FACTS}) >= 10
    assert {topic for topic, _, _ in EXPECTED_FACTS} <= set(TOPIC_SLUGS)


def _fact_fields(fact: dict) -> list[str]:
    return [fact["text"], *fact.get("figures", []), fact.get("date_text") or ""]


@pytest.mark.parametrize(("slug", "phrase", "source_file"), EXPECTED_FACTS)
def test_sheet_has_the_fact_cited_to_its_source_paragraph(
    corpus: Corpus, slug: str, phrase: str, source_file: str
) -> None:
    sheet = corpus.sheets[slug]
    matches = [
        (fact, citation)
        for fact in sheet["facts"]
        for citation in fact["citations"]
        if citation["source_file"] == source_file
        and any(phrase in field for field in [*_fact_fields(fact), citation["quote"]])
    ]
    assert matches, (
        f"no fact on the {slug!r} sheet mentions {phrase!r} citing {source_file}; "
        f"the sheet's facts from that file: "
        f"{[f['text'] for f in sheet['facts'] if source_file in str(f['citations'])]}"
    )
    for _, citation in matches:
        _assert_quote_in_paragraph(corpus, citation)


def test_every_citation_of_every_sheet_quotes_its_paragraph_exactly(corpus: Corpus) -> None:
    checked = 0
    for sheet in corpus.sheets.values():
        citations = [c for f in sheet["facts"] for c in f["citations"]]
        citations += [c for x in sheet["conflicts"] for cl in x["claims"] for c in cl["citations"]]
        for citation in citations:
            _assert_quote_in_paragraph(corpus, citation)
            checked += 1
    assert checked > 50


def test_every_fact_is_on_the_sheet_of_its_own_topics(corpus: Corpus) -> None:
    for slug, sheet in corpus.sheets.items():
        assert sheet["facts"], f"{slug} has no facts"
        for fact in sheet["facts"]:
            assert slug in fact["topics"], (slug, fact["text"])


# ----------------------------------------------------------------------------------------
# 2. Agreement and disagreement: the Business Forum's Pakistani companies.


def _cites(item: dict, source_file: str, paragraph_text: str | None = None) -> bool:
    return any(
        c["source_file"] == source_file and (paragraph_text is None or paragraph_text in c["quote"])
        for c in item["citations"]
    )


def test_agreeing_reports_of_about_90_companies_are_one_fact(corpus: Corpus) -> None:
    facts = [
        f
        for f in corpus.sheets["trade"]["facts"]
        if _cites(f, S000, "around 90 Pakistani companies")
    ]
    assert len(facts) == 1
    fact = facts[0]
    assert _cites(fact, S001, "90 companies from Pakistan"), fact["citations"]
    assert not any("100" in c["quote"] for c in fact["citations"])
    for citation in fact["citations"]:
        _assert_quote_in_paragraph(corpus, citation)


def test_business_forum_company_counts_are_a_conflict_with_both_claims(corpus: Corpus) -> None:
    conflicts = [
        c
        for c in corpus.sheets["trade"]["conflicts"]
        if any("90" in cl["value"] for cl in c["claims"])
        and any("100" in cl["value"] for cl in c["claims"])
    ]
    assert len(conflicts) == 1, corpus.sheets["trade"]["conflicts"]
    conflict = conflicts[0]
    assert "compan" in conflict["about"].lower()
    ninety = next(cl for cl in conflict["claims"] if "90" in cl["value"])
    hundred = next(cl for cl in conflict["claims"] if "100" in cl["value"])
    assert "more than" in hundred["value"]
    assert _cites(ninety, S000, "around 90") and _cites(ninety, S001, "90 companies")
    assert _cites(hundred, S001, "more than 100 Pakistani companies")
    assert not any("100" in c["quote"] for c in ninety["citations"])
    assert all("more than 100" in c["quote"] for c in hundred["citations"])
    for claim in conflict["claims"]:
        assert claim["text"] in {c["quote"] for c in claim["citations"]}
        for citation in claim["citations"]:
            _assert_quote_in_paragraph(corpus, citation)


_QUALIFIED_NUMBER = re.compile(
    r"(?:(?P<more>more than|over|above|at least|exceeding)\s+|"
    r"(?P<less>up to|less than|under|fewer than)\s+)?(?:US)?\$?(?P<n>\d[\d,]*(?:\.\d+)?)",
    re.I,
)


def _numbers(quote: str) -> frozenset[tuple[str, str]]:
    """The numbers a sentence states, with "more than"/"up to" kept apart from plain ones."""
    return frozenset(
        (">" if m["more"] else "<" if m["less"] else "=", m["n"].replace(",", "").rstrip("."))
        for m in _QUALIFIED_NUMBER.finditer(quote)
    )


def test_no_fact_merges_quotes_that_state_different_numbers(corpus: Corpus) -> None:
    merged = 0
    for slug, sheet in corpus.sheets.items():
        for fact in sheet["facts"]:
            numbers = {_numbers(c["quote"]) for c in fact["citations"]}
            assert len(numbers) == 1, (slug, [c["quote"] for c in fact["citations"]])
            merged += len({c["quote"] for c in fact["citations"]}) > 1
    assert merged >= 3  # the property was exercised on facts told in different words


def test_ninety_and_more_than_hundred_companies_stay_separate_everywhere(
    corpus: Corpus,
) -> None:
    for sheet in corpus.sheets.values():
        for fact in sheet["facts"]:
            quotes = " | ".join(c["quote"] for c in fact["citations"])
            assert not ("90" in quotes and "100 Pakistani companies" in quotes), quotes


# ----------------------------------------------------------------------------------------
# 3. The timeline: key events in order, with honest precision.

# (phrase in the entry's sentence, cited file, date_text starts with, date, precision, inferred)
KEY_EVENTS = [
    ("diplomatic relations with the Soviet Union", S001, "May 1948", "1948-05", "month", False),
    ("Pakistan Steel Mills", S000, "1970s", "1970", "decade", False),
    ("2005 earthquake", S001, "2005", "2005", "year", False),
    ("2014 defense cooperation agreement", S001, "2014", "2014", "year", False),
    ("discounted Russian crude oil", S003, "April 2022", "2022-04", "month", False),
    ("liquefied petroleum gas", S003, "September 2023", "2023-09", "month", False),
    ("imported more oil", S002, "Last year", "2024", "year", True),
    ("Overchuk visited Islamabad", S003, "September 2024", "2024-09", "month", False),
    ("military escalation", S004, "May 2025", "2025-05", "month", False),
    ("new steel mill in Karachi", S004, "May 13", "2025-05-13", "day", True),
    ("Lavrov met", S004, "June 3", "2025-06-03", "day", True),
    ("meeting Prime Minister Shehbaz Sharif in August", S004, "August", "2025-08", "month", True),
    ("emergency services visited Islamabad", S001, "November 2025", "2025-11", "month", False),
    ("consensus on the revival", S001, "January 2026", "2026-01", "month", False),
    ("Media Forum was held", S001, "February 2026", "2026-02", "month", False),
    ("visit to Moscow from March 2 to 5", S000, "March 2", "2026-03-02", "day", True),
]


def _entry(timeline: list[dict], phrase: str, source_file: str, date_text: str) -> int:
    found = [
        i
        for i, e in enumerate(timeline)
        if phrase in e["text"]
        and (e["date_text"] or "").startswith(date_text)
        and _cites(e, source_file)
    ]
    assert found, f"no timeline entry {date_text!r} for {phrase!r} citing {source_file}"
    return found[0]


def test_timeline_puts_the_key_events_in_order_with_their_precision(corpus: Corpus) -> None:
    timeline = corpus.timeline
    positions = []
    for phrase, source_file, date_text, date, precision, inferred in KEY_EVENTS:
        index = _entry(timeline, phrase, source_file, date_text)
        entry = timeline[index]
        assert (entry["date"], entry["precision"], entry["inferred"]) == (
            date,
            precision,
            inferred,
        ), (phrase, entry)
        positions.append(index)
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)


def test_timeline_is_sorted_and_each_date_matches_its_precision(corpus: Corpus) -> None:
    timeline = corpus.timeline
    assert len(timeline) >= 14
    dates = [e["date"] for e in timeline]
    assert dates == sorted(dates)
    for entry in timeline:
        date, precision = entry["date"], entry["precision"]
        if precision == "day":
            datetime.date.fromisoformat(date)
        elif precision == "month":
            assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", date), entry
        elif precision == "year":
            assert re.fullmatch(r"\d{4}", date), entry
        else:
            assert precision == "decade" and re.fullmatch(r"\d{3}0", date), entry


def test_timeline_marks_inferred_exactly_the_dates_written_without_a_year(
    corpus: Corpus,
) -> None:
    for entry in corpus.timeline:
        assert entry["date_text"] and entry["date_text"] in entry["text"], entry
        written_year = re.search(r"\d{4}", entry["date_text"]) is not None
        assert entry["inferred"] is (not written_year), entry
    assert any(e["inferred"] for e in corpus.timeline)


def test_timeline_citations_quote_their_paragraphs(corpus: Corpus) -> None:
    for entry in corpus.timeline:
        assert entry["citations"]
        for citation in entry["citations"]:
            _assert_quote_in_paragraph(corpus, citation)


def test_timeline_contract(corpus: Corpus) -> None:
    keys = {"date", "date_text", "precision", "inferred", "text", "topics", "citations"}
    for entry in corpus.timeline:
        assert keys <= set(entry), entry
        assert isinstance(entry["inferred"], bool) and isinstance(entry["topics"], list)
        assert set(entry["topics"]) <= set(TOPIC_SLUGS)


def test_timeline_of_one_topic_keeps_only_that_topic(corpus: Corpus) -> None:
    entries = _json("timeline", "--topic", "steel", "--json", data_dir=corpus.data_dir)
    assert entries and all("steel" in e["topics"] for e in entries)  # type: ignore[union-attr]
    assert {e["date_text"] for e in entries} >= {"1970s", "January 2026", "May 13"}  # type: ignore[union-attr]


# ----------------------------------------------------------------------------------------
# 5. The command-line contract.

SHEET_KEYS = {"slug", "title", "summary", "facts", "conflicts", "articles"}
FACT_KEYS = {"text", "kind", "date", "entities", "topics", "citations"}
CITATION_KEYS = {"article_id", "source_file", "paragraph", "quote"}


def test_topics_lists_every_topic_with_the_size_of_its_sheet(corpus: Corpus) -> None:
    assert sorted(t["slug"] for t in corpus.topics) == TOPIC_SLUGS
    for row in corpus.topics:
        assert set(row) == {"slug", "title", "fact_count", "article_count"}
        sheet = corpus.sheets[row["slug"]]
        assert row["title"] == sheet["title"]
        assert row["fact_count"] == len(sheet["facts"]) > 0
        assert row["article_count"] == len(sheet["articles"]) > 0


@pytest.mark.parametrize("slug", TOPIC_SLUGS)
def test_factsheet_json_contract(corpus: Corpus, slug: str) -> None:
    sheet = corpus.sheets[slug]
    assert SHEET_KEYS <= set(sheet)
    assert sheet["slug"] == slug and sheet["title"] and sheet["summary"]
    for fact in sheet["facts"]:
        assert FACT_KEYS <= set(fact), fact
        assert fact["citations"], fact
        assert fact["date"] is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", fact["date"])
        assert isinstance(fact["entities"], list) and isinstance(fact["topics"], list)
        for citation in fact["citations"]:
            assert CITATION_KEYS <= set(citation)
            assert isinstance(citation["paragraph"], int) and citation["paragraph"] >= 1
    for conflict in sheet["conflicts"]:
        assert {"about", "claims"} <= set(conflict) and len(conflict["claims"]) >= 2
        for claim in conflict["claims"]:
            assert {"value", "text", "citations"} <= set(claim) and claim["citations"]
    article_ids = {a["article_id"] for a in sheet["articles"]}
    cited = {c["article_id"] for f in sheet["facts"] for c in f["citations"]}
    assert cited <= article_ids, "a fact cites an article the sheet does not list"


def _forms(kind: str) -> dict[str, list[str]]:
    with ENTITIES.open("rb") as handle:
        data = tomllib.load(handle)
    return {e["name"]: [e["name"], *e.get("aliases", [])] for e in data.get(kind, [])}


def _names(quote: str, form: str) -> bool:
    """Does a sentence name a form, with any punctuation between its words?"""
    words = re.findall(r"[^\W_]+", form)
    pattern = r"[\W_]{1,3}".join(re.escape(w) for w in words)
    flags = 0 if len(words) == 1 and words[0].isupper() else re.I
    return re.search(rf"(?<![^\W_]){pattern}(?![^\W_])", quote, flags) is not None


def test_entities_groups_and_counts_shehbaz_sharif_across_spellings(corpus: Corpus) -> None:
    entities = corpus.entities
    assert {"people", "organisations", "places"} <= set(entities)
    people = {e["name"]: e for e in entities["people"]}
    assert "Shahbaz Sharif" not in people and "Shahbaz" not in people
    sharif = people["Shehbaz Sharif"]
    # Paragraphs naming him, by spelling, read from the article texts.
    shahbaz = shehbaz = 0
    articles = set()
    for source, paragraphs in corpus.paragraphs.items():
        for text in paragraphs.values():
            shahbaz += bool(re.search(r"\bShahbaz\b", text))
            shehbaz += bool(re.search(r"\bShehbaz\b", text))
            if re.search(r"\b(Shahbaz|Shehbaz|Sharif)\b", text):
                articles.add(source)
    assert shahbaz >= 2 and shehbaz >= 2  # both spellings are in the library
    assert sharif["articles"] == len(articles) == 4
    assert sharif["mentions"] >= shahbaz + shehbaz
    for key in ("organisations", "places"):
        assert entities[key] and all(isinstance(e["mentions"], int) for e in entities[key])
    assert "Pakistan Steel Mills" in {e["name"] for e in entities["organisations"]}
    assert "Karachi" in {e["name"] for e in entities["places"]}


def test_entity_citations_quote_a_sentence_that_names_the_entity(corpus: Corpus) -> None:
    forms = {**_forms("person"), **_forms("organisation"), **_forms("place")}
    wrong = []
    for key in ("people", "organisations", "places"):
        for entity in corpus.entities[key]:
            assert entity["mentions"] >= 1 and entity["citations"], entity
            for citation in entity["citations"]:
                _assert_quote_in_paragraph(corpus, citation)
                if not any(_names(citation["quote"], f) for f in forms[entity["name"]]):
                    wrong.append((entity["name"], citation["source_file"],
                                  citation["paragraph"], citation["quote"][:80]))  # fmt: skip
    assert not wrong, "\n".join(map(repr, wrong))


@pytest.mark.parametrize(
    "args", [["factsheet", "no-such-topic"], ["factsheet", "no-such-topic", "--format", "json"],
             ["timeline", "--topic", "no-such-topic", "--json"]]
)  # fmt: skip
def test_unknown_topic_exits_2_with_one_line_and_no_output(corpus: Corpus, args: list[str]) -> None:
    result = run_cli(*args, data_dir=corpus.data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "unknown topic" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def markdown_sheets(corpus: Corpus) -> dict[str, str]:
    slugs = ["energy", "trade", "diplomacy", "history"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = {
            slug: pool.submit(run_cli, "factsheet", slug, "--format", "md",
                              data_dir=corpus.data_dir)
            for slug in slugs
        }  # fmt: skip
        outputs = {slug: r.result() for slug, r in results.items()}
    for result in outputs.values():
        assert result.returncode == 0, result.stderr
    return {slug: r.stdout for slug, r in outputs.items()}


_CITE = re.compile(r"\\?\[S(\d+) ¶(\d+)\\?\]")


def _sections(markdown: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def _plain(markdown: str) -> str:
    return unescape(re.sub(r"\\(.)", r"\1", markdown.replace("**", "")))


def _sentence_of(bullet: str, section: str) -> list[str]:
    """The words of a line that must be in the cited paragraph (a dated line of the timeline
    quotes a clipped part of its sentence: each part between the "…" is checked)."""
    text = bullet[2:]
    if section == "Timeline" or text.startswith("**"):
        text = text.split(" — ", 1)[1]
    text = re.split(r" \*\(| \\?\[S\d+ ¶", text)[0]
    return [part.strip() for part in _plain(text).split("…") if part.strip()]


@pytest.mark.parametrize("slug", ["energy", "trade", "diplomacy", "history"])
def test_markdown_sheet_cites_every_statement_to_a_paragraph_that_says_it(
    corpus: Corpus, markdown_sheets: dict[str, str], slug: str
) -> None:
    sections = _sections(markdown_sheets[slug])
    sources = {}  # the numbered list of articles at the end: S-number → source file
    for line in markdown_sheets[slug].splitlines():
        match = re.match(r"^- \*\*S(\d+)\*\* .* · file (.+)$", line)
        if match:
            sources[int(match[1])] = _plain(match[2])
    assert sources and set(sources.values()) <= set(corpus.ids)
    checked = 0
    for name in ("Key figures", "Timeline", "Agreements and projects", "Meetings and visits",
                 "Other statements"):  # fmt: skip
        bullets = [line for line in sections.get(name, []) if line.startswith("- ")]
        for bullet in bullets:
            if bullet.startswith("- *… and"):
                continue
            cites = _CITE.findall(bullet)
            assert cites, f"{slug} / {name}: uncited line {bullet!r}"
            parts = _sentence_of(bullet, name)
            places = [corpus.paragraphs[sources[int(s)]].get(int(p), "") for s, p in cites]
            assert parts and any(all(part in place for part in parts) for place in places), (
                slug, name, parts, cites)  # fmt: skip
            checked += 1
    assert checked >= 5


def test_html_sheet_is_a_full_offline_page(corpus: Corpus) -> None:
    result = run_cli("factsheet", "energy", "--format", "html", data_dir=corpus.data_dir)
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "<html" in page and page.rstrip().endswith("</html>")
    assert "<h2>Key figures</h2>" in page and "100,000 metric tons" in page
    assert "<script" not in page.lower()
    assert not re.search(r"https?://", page)


def test_pdf_sheet_is_written_to_the_file_given(corpus: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "energy.pdf"
    result = run_cli("factsheet", "energy", "--format", "pdf", "-o", str(target),
                     data_dir=corpus.data_dir)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 2000


def test_pdf_sheet_without_output_file_exits_2(corpus: Corpus) -> None:
    result = run_cli("factsheet", "energy", "--format", "pdf", data_dir=corpus.data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "-o" in result.stderr


# ----------------------------------------------------------------------------------------
# 4. Importing an article updates the sheets, the timeline and the topic counts.

NEW_ARTICLE = """---
title: Pakistan and Russia sign gas pipeline agreement
source: Test Wire
date: 2026-05-20
---

# Pakistan and Russia sign gas pipeline agreement

Pakistan and Russia signed a $2.5 billion agreement on 14 May 2026 for a gas pipeline from
Karachi to Lahore.

The pipeline will run 250 kilometres through Sindh and carry imported liquefied natural gas.

Construction of the gas pipeline will begin on June 1, officials of the energy ministry said.
"""


def test_import_adds_facts_to_the_energy_sheet_timeline_and_topic_counts(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    before = {t["slug"]: t for t in _json("topics", "--json", data_dir=data_dir)}  # type: ignore[union-attr]
    article = tmp_path / "pipeline-deal.md"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    imported = run_cli("import", str(article), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr

    with ThreadPoolExecutor(max_workers=3) as pool:
        after_f = pool.submit(_json, "topics", "--json", data_dir=data_dir)
        sheet_f = pool.submit(_json, "factsheet", "energy", "--format", "json", data_dir=data_dir)
        timeline_f = pool.submit(_json, "timeline", "--json", data_dir=data_dir)
    after = {t["slug"]: t for t in after_f.result()}  # type: ignore[union-attr]
    sheet, timeline = sheet_f.result(), timeline_f.result()

    assert after["energy"]["fact_count"] > before["energy"]["fact_count"]
    assert after["energy"]["article_count"] == before["energy"]["article_count"] + 1
    assert after["energy"]["fact_count"] == len(sheet["facts"])  # type: ignore[index]

    new_facts = [f for f in sheet["facts"] if _cites(f, article.name)]  # type: ignore[index]
    texts = " | ".join(f["text"] + " " + " ".join(f.get("figures", [])) for f in new_facts)
    assert "$2.5 billion" in texts and "250 kilometres" in texts, texts
    assert article.name in {a["source_file"] for a in sheet["articles"]}  # type: ignore[index]
    for fact in new_facts:
        for citation in fact["citations"]:
            assert citation["quote"] in NEW_ARTICLE.replace("\n", " ").replace("  ", " ")

    signed = [e for e in timeline if _cites(e, article.name) and e["date"] == "2026-05-14"]  # type: ignore[union-attr]
    assert len(signed) == 1
    assert signed[0]["precision"] == "day" and signed[0]["inferred"] is False
    assert "energy" in signed[0]["topics"]
    start = [e for e in timeline if _cites(e, article.name) and e["date_text"] == "June 1"]  # type: ignore[union-attr]
    assert len(start) == 1
    assert (start[0]["date"], start[0]["inferred"]) == ("2026-06-01", True)
    dates = [e["date"] for e in timeline]  # type: ignore[union-attr]
    assert dates == sorted(dates)
