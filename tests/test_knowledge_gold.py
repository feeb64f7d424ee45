"""The fact sheets of the seeds measured against tests/knowledge_gold.toml, a gold file read by
hand from the five seed articles: the statements a delegate must find (with their kind and
section) and the opinion and rhetoric that must not be there. Precision and recall per topic
and overall are printed (pytest -s) and must both reach 0.9."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from pakru_desktop.knowledge.entities import EntityMatcher, load_entities
from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.sheet import FactSheet, build_sheet
from pakru_desktop.pipeline.importing import sync_seeds
from pakru_desktop.render.sheet import sheet_markdown
from pakru_desktop.search.engine import SearchEngine

from .conftest import ENTITIES, ROOT, SEEDS, run_cli

GOLD = tomllib.loads((ROOT / "tests" / "knowledge_gold.toml").read_text(encoding="utf-8"))
THRESHOLD = 0.9


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, FactSheet]:
    folder = tmp_path_factory.mktemp("gold")
    with Library(folder / "library.sqlite3") as library:
        sync_seeds(library, SEEDS)
        library.ensure_facts()
        engine = SearchEngine(library.conn, library.knowledge.variants)
        return {
            topic.slug: build_sheet(library.conn, library.knowledge, topic,
                                    engine.topic_expression(topic))
            for topic in library.knowledge.topics
        }  # fmt: skip


def _matches(fact: dict, text: str, source: str = "") -> bool:
    return any(text in c["quote"] and c["source_file"].startswith(source)
               for c in fact["citations"])  # fmt: skip


def score(sheets: dict[str, FactSheet]) -> dict[str, tuple[int, int, int]]:
    """Per topic: (right, wrong, missed). Right: a gold statement shown with its kind in its
    section; wrong: a rejected statement shown, or a gold one of the wrong kind or section."""
    result = {}
    for slug, sheet in sheets.items():
        facts = sheet.to_json()["facts"]
        right = wrong = missed = 0
        for entry in (e for e in GOLD["find"] if e["topic"] == slug):
            shown = [f for f in facts if _matches(f, entry["text"], entry["source"])]
            good = [f for f in shown
                    if f["mode"] == entry["kind"] and f["section"] == entry["section"]]  # fmt: skip
            right += bool(good)
            missed += not good
            wrong += bool(shown) and not good
        for entry in (e for e in GOLD["reject"] if e["topic"] in ("*", slug)):
            wrong += any(_matches(f, entry["text"]) and entry.get("section", f["section"])
                         == f["section"] for f in facts)  # fmt: skip
        result[slug] = (right, wrong, missed)
    return result


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def test_gold_file_covers_every_topic_and_the_facts_the_issue_found_missing() -> None:
    topics = {e["topic"] for e in GOLD["find"]}
    assert len(topics) == 13 and len(GOLD["find"]) >= 50 and len(GOLD["reject"]) >= 10
    texts = " | ".join(e["text"] for e in GOLD["find"])
    for missing in ("offered to mediate", "against ISIS", "joint military exercises",
                    "direct air links", "joint ventures", "business visas"):  # fmt: skip
        assert missing in texts
    assert {e["kind"] for e in GOLD["find"]} == {"happened", "planned", "reported"}


def test_sheets_reach_the_gold_files_precision_and_recall(sheets: dict[str, FactSheet]) -> None:
    scores = score(sheets)
    print("\ntopic          precision recall  (right/wrong/missed)")
    for slug, (right, wrong, missed) in sorted(scores.items()):
        print(f"{slug:<14} {_ratio(right, right + wrong):9.2f} {_ratio(right, right + missed):6.2f}"
              f"  ({right}/{wrong}/{missed})")  # fmt: skip
    right, wrong, missed = (sum(s[i] for s in scores.values()) for i in range(3))
    precision, recall = _ratio(right, right + wrong), _ratio(right, right + missed)
    print(f"{'overall':<14} {precision:9.2f} {recall:6.2f}  ({right}/{wrong}/{missed})")
    assert precision >= THRESHOLD and recall >= THRESHOLD, (precision, recall, scores)


def test_each_statement_is_written_once_per_sheet_and_no_line_cites_a_paragraph_twice(
    sheets: dict[str, FactSheet],
) -> None:
    for slug, sheet in sheets.items():
        markdown = sheet_markdown(sheet, links=False)
        # After the generated introduction, before the curator's hand-written note.
        body = markdown[markdown.index("\n## ") : markdown.index("\n## Curator's note")]
        plain = re.sub(r"\\(.)", r"\1", body.replace("**", ""))
        for fact in sheet.facts:
            assert plain.count(fact.text) == 1, (slug, fact.text)
        for line in body.splitlines():
            cited = re.findall(r"\[S\d+ ¶\d+\\?\]", line)
            assert len(cited) == len(set(cited)), (slug, line)


def test_near_identical_statements_are_one_fact_the_fifth_meeting(
    sheets: dict[str, FactSheet],
) -> None:
    facts = sheets["diplomacy"].to_json()["facts"]
    fifth = [f for f in facts if _matches(f, "fifth meeting") or _matches(f, "fifth major summit")]
    assert len(fifth) == 1 and len(fifth[0]["citations"]) == 2, fifth


def test_every_sheet_opens_with_a_cited_summary_and_keeps_the_curators_note_apart(
    sheets: dict[str, FactSheet],
) -> None:
    for slug, sheet in sheets.items():
        document = sheet.to_json()
        assert document["introduction"], slug
        for line in document["introduction"]:
            assert line["text"] and line["citations"], (slug, line)
        assert document["curator_note"] == sheet.topic.introduction
        opening = document["introduction"][0]["text"]
        assert f"from {len(sheet.articles)} article" in opening, opening
        markdown = sheet_markdown(sheet, links=False)
        sections = re.findall(r"^## (.+)$", markdown, re.M)
        assert sections[0] == "Key figures" and sections[-2:] == ["Curator's note", sections[-1]]


def test_sheet_entity_citations_quote_a_sentence_naming_the_entity(
    sheets: dict[str, FactSheet],
) -> None:
    matcher = EntityMatcher(load_entities(ENTITIES))
    checked = 0
    for sheet in sheets.values():
        for entity in sheet.people + sheet.organisations:
            for citation in entity.citations:
                assert entity.name in matcher.names(citation.quote), (entity.name, citation)
                checked += 1
    assert checked > 20


def test_commentary_is_left_out_unless_asked_for(tmp_path: Path) -> None:
    plain = run_cli("factsheet", "visas", data_dir=tmp_path)
    assert plain.returncode == 0, plain.stderr
    shown = run_cli("factsheet", "visas", "--commentary", data_dir=tmp_path)
    assert shown.returncode == 0, shown.stderr
    rhetoric = "If the goals of the business forum are to be implemented"
    assert rhetoric not in plain.stdout and "## Commentary" not in plain.stdout
    commentary = shown.stdout.split("## Commentary", 1)[1]
    assert rhetoric in commentary.split("## Articles")[0]
