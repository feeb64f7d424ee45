"""Two regressions of issue 18 and a line that must stand alone, on a small library of two
articles (tests/data/regressions/): a project's planned capacity is a key figure labelled
planned; a barter protocol's figure is on the trade sheet; "It had been delayed" says what
"it" is."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.library import Library
from pakru_desktop.knowledge.referents import pronoun, shown, subject
from pakru_desktop.knowledge.sheet import build_sheet
from pakru_desktop.pipeline.importing import import_paths
from pakru_desktop.search.engine import SearchEngine

from .conftest import ROOT

FOLDER = ROOT / "tests" / "data" / "regressions"


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    path = tmp_path_factory.mktemp("regressions") / "library.sqlite3"
    with Library(path) as library:
        import_paths(library, [FOLDER])
        library.ensure_facts()
        engine = SearchEngine(library.conn, library.knowledge.variants)
        return {t.slug: build_sheet(library.conn, library.knowledge, t,
                                    engine.topic_expression(t)).to_json()
                for t in library.knowledge.topics}  # fmt: skip


def test_a_pipelines_planned_capacity_is_a_planned_key_figure(sheets: dict[str, dict]) -> None:
    lines = [f for f in sheets["energy"]["facts"] if "12.4 billion cubic metres" in f["text"]]
    assert [(f["mode"], f["section"]) for f in lines] == [("planned", "Key figures")]


def test_a_barter_protocols_figure_is_on_the_trade_sheet(sheets: dict[str, dict]) -> None:
    lines = [f for f in sheets["trade"]["facts"] if "$25 million" in f["figures"]]
    assert len(lines) == 1 and lines[0]["section"] == "Key figures"


def test_a_line_opening_with_a_pronoun_shows_whom_it_means(sheets: dict[str, dict]) -> None:
    (line,) = [f for f in sheets["energy"]["facts"] if f["text"].startswith("It had been")]
    assert line["referent"] == "Pakistan Stream"
    assert line["shown"].startswith("It [Pakistan Stream] had been signed")
    assert line["citations"][0]["quote"] == line["text"]  # the quote stays as written


@pytest.mark.parametrize(("before", "sentence", "referent"), [
    ("NEW YORK, March 17 - <Dixons Group PLC> said a holder had agreed to withdraw a motion.",
     "It also said the court refused the request.", "Dixons Group PLC"),
    ("DAYTON, Ohio, March 20 - Audio/Video Affiliates Inc said it has filed suit.",
     "The company said the suit seeks an order.", "Audio/Video Affiliates Inc"),
    ("About 14,000 seamen are back at work, a spokesman at strike headquarters said.",
     "He said the others had returned to work.", "the spokesman at strike headquarters"),
    ("Last week the talks collapsed in Rio de Janeiro.", "It was the third round.", ""),
    ("The Tarvian minister of mines, Ana Ruiz, told reporters the line would reopen.",
     "He added the bank had lent 9 mln dlrs.", "the Tarvian minister of mines"),
    ("Besides selling the mill, Orbis Inc will close a plant.", "It said so today.", ""),
])  # fmt: skip
def test_the_referent_is_the_subject_of_the_sentence_before(before: str, sentence: str,
                                                            referent: str) -> None:  # fmt: skip
    opening = pronoun(sentence)
    assert opening
    assert subject(before, opening in ("He", "She")) == referent
    if referent:
        assert shown(sentence, referent).startswith(f"{opening} [{referent}]")
