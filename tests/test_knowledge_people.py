"""People a story names with their office, listed on its sheet though no entity file knows
them ("Kessel chairman Anne Holt"), cited; companies that look like titles ("General Motors
Corp") are no one. Through the real `pakru` command, as a librarian would run it."""

from __future__ import annotations

import json
from pathlib import Path

from pakru_desktop.knowledge.people import people_named

from .conftest import run_cli
from .test_knowledge_membership import TOPIC  # the same librarian's topic

ARTICLES = {
    "bid.md": ("KESSEL BIDS FOR NORLAND", "1991-05-02",
               "Kessel Mining Corp said it started a tender offer for all shares of Norland Inc "
               "at 45 dlrs a share.\n\nKessel chairman Anne Holt said the offer was fair and "
               "would expire on June 3.\n\nGeneral Motors Corp, a Norland customer, said it "
               "would keep buying Norland parts."),
    "raise.md": ("KESSEL RAISES NORLAND BID", "1991-05-20",
                 "Kessel Mining Corp said it raised its offer for Norland Inc to 50 dlrs a share."
                 "\n\nAnne Holt, chairman of Kessel Mining, said holders had tendered 1.2 mln "
                 "shares.\n\nNorland said its board met on May 18, said Norland president "
                 "Piet J. Moller."),
}  # fmt: skip


def test_people_named_with_their_office_are_on_the_sheet(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, (title, date, body) in ARTICLES.items():
        (articles / name).write_text(
            f'---\ntitle: "{title}"\ndate: {date}\nsource: Wire\n---\n{body}\n', encoding="utf-8"
        )
    (tmp_path / "norland-bid.md").write_text(TOPIC, encoding="utf-8")
    data = tmp_path / "data"
    assert run_cli("import", str(articles), data_dir=data).returncode == 0
    assert run_cli("topics", "add", str(tmp_path / "norland-bid.md"), data_dir=data).returncode == 0
    done = run_cli("factsheet", "norland-bid", "--format", "json", data_dir=data)
    assert done.returncode == 0, done.stderr
    people = {p["name"]: p for p in json.loads(done.stdout)["people"]}
    assert set(people) == {"Anne Holt", "Piet J. Moller"}
    holt = people["Anne Holt"]
    assert (holt["role"], holt["articles"]) == ("Kessel chairman", 2)
    assert {Path(c["source_file"]).name for c in holt["citations"]} == {"bid.md", "raise.md"}
    assert people["Piet J. Moller"]["role"] == "Norland president"
    markdown = run_cli("factsheet", "norland-bid", data_dir=data).stdout
    assert "**Anne Holt** (Kessel chairman)" in markdown


class _Fact:
    def __init__(self, text: str) -> None:
        self.text = text
        self.citations: list = []


def test_a_middle_initial_is_the_same_person_named_in_full() -> None:
    found = people_named([_Fact("Norland president Piet Moller said so."),
                          _Fact("Norland president Piet J. Moller said so.")], set())  # fmt: skip
    assert [(p.name, p.facts) for p in found] == [("Piet J. Moller", 2)]


def test_an_office_before_a_company_or_a_known_name_is_no_one_new() -> None:
    found = people_named([_Fact("General Motors Corp said it would keep buying."),
                          _Fact("Foreign Minister Sergey Lavrov said so.")],
                         {"Sergey Lavrov"})  # fmt: skip
    assert found == []
