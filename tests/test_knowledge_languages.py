"""Knowledge in Russian and Urdu: sentences end where a reader of the language ends them,
dates and figures are read in their own words (Russian months in every case, "1970-х", Urdu
months; млрд, млн, тыс, процентов, ارب, کروڑ, لاکھ, فیصد), and topics find them by keywords in
the three languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pakru_desktop.knowledge.dates import ArticleDate, find_dates
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.topics import load_topics
from pakru_desktop.text.sentences import sentences

from .conftest import ROOT, run_cli

JULY_2025 = ArticleDate("2025-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Россия предложила посредничество. В 2025 г. товарооборот вырос! Что дальше?",
         ["Россия предложила посредничество.", "В 2025 г. товарооборот вырос!", "Что дальше?"]),
        ("پاکستان اور روس نے معاہدے پر دستخط کیے۔ تجارت میں اضافہ ہوا؟ جی ہاں",
         ["پاکستان اور روس نے معاہدے پر دستخط کیے۔", "تجارت میں اضافہ ہوا؟", "جی ہاں"]),
        ("Переговоры затянулись… Затем стороны договорились.",
         ["Переговоры затянулись…", "Затем стороны договорились."]),
    ],
)  # fmt: skip
def test_sentences_end_at_russian_and_urdu_sentence_marks(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "iso", "written", "precision", "inferred"),
    [
        ("Соглашение подписано 13 мая 2025 года.", "2025-05-13", "13 мая 2025", "day", False),
        ("Переговоры прошли в декабре 2024 года.", "2024-12", "декабре 2024", "month", False),
        ("Встреча в январе 2026 года.", "2026-01", "январе 2026", "month", False),
        ("Делегация прибыла 3 июня.", "2025-06-03", "3 июня", "day", True),
        ("Завод построен в 1970-х годах.", "1970", "1970-х", "decade", False),
        ("Отношения установлены в 1948 году.", "1948", "1948", "year", False),
        ("МОСКВА, 15.05.2025 — Путин принял гостей.", "2025-05-15", "15.05.2025", "day", False),
        ("معاہدہ 13 مئی 2025 کو ہوا۔", "2025-05-13", "13 مئی 2025", "day", False),
        ("ستمبر 2024 میں وزیر نے دورہ کیا۔", "2024-09", "ستمبر 2024", "month", False),
        ("1970 کی دہائی میں اسٹیل مل بنی۔", "1970", "1970 کی دہائی", "decade", False),
        ("یہ واقعہ 2023ء میں ہوا۔", "2023", "2023ء", "year", False),
    ],
)  # fmt: skip
def test_russian_and_urdu_dates(text: str, iso: str, written: str, precision: str,
                                inferred: bool) -> None:  # fmt: skip
    found = [(d.iso, d.text, d.precision, d.inferred) for d in find_dates(text, JULY_2025)]
    assert found == [(iso, written, precision, inferred)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("Товарооборот достиг 1,5 млрд долларов.", 1.5e9, "USD", "1,5 млрд долларов"),
        ("Кредит в 300 млн рублей.", 3e8, "RUB", "300 млн рублей"),
        ("Рост составил 20 процентов.", 20, "%", "20 процентов"),
        ("Россия поставит 10 млн тонн нефти.", 1e7, "tonnes", "10 млн тонн"),
        ("Экспорт — 500 тыс долларов.", 5e5, "USD", "500 тыс долларов"),
        ("تجارت 5 ارب روپے تک پہنچ گئی۔", 5e9, "PKR", "5 ارب روپے"),
        ("منصوبے پر 50 کروڑ ڈالر لاگت آئے گی۔", 5e8, "USD", "50 کروڑ ڈالر"),
        ("امداد 20 لاکھ روپے تھی۔", 2e6, "PKR", "20 لاکھ روپے"),
        ("اضافہ 12 فیصد ہوا۔", 12, "%", "12 فیصد"),
    ],
)  # fmt: skip
def test_russian_and_urdu_figures(text: str, value: float, unit: str, written: str) -> None:
    found = [(f.value, f.unit, f.text) for f in find_figures(text)]
    assert found == [(value, unit, written)]


def test_every_topic_has_keywords_in_english_russian_and_urdu() -> None:
    for topic in load_topics(ROOT / "resources" / "topics"):
        words = " ".join(topic.keywords)
        assert any("a" <= c.lower() <= "z" for c in words), topic.slug
        assert any("\u0400" <= c <= "\u04ff" for c in words), topic.slug
        assert any("\u0600" <= c <= "\u06ff" for c in words), topic.slug


RUSSIAN = """---
title: Пакистан и Россия подписали соглашение о газе
source: Тестовое агентство
date: 2026-05-20
---

Пакистан и Россия подписали соглашение о поставках газа 14 мая 2026 года в Москве.

Товарооборот между странами достиг 1,5 млрд долларов, что на 20 процентов больше, чем годом ранее.
"""

URDU = """---
title: پاکستان اور روس کا تیل کا معاہدہ
source: ٹیسٹ نیوز
date: 2026-05-21
---

پاکستان اور روس نے 15 مئی 2026 کو تیل کی فراہمی کے معاہدے پر دستخط کیے۔ تیل کے اس منصوبے پر 50 کروڑ ڈالر لاگت آئے گی۔
"""


def test_russian_and_urdu_articles_reach_the_energy_sheet_and_timeline(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "gas-ru.md").write_text(RUSSIAN, encoding="utf-8")
    (folder / "oil-ur.md").write_text(URDU, encoding="utf-8")
    data_dir = tmp_path / "data"
    imported = run_cli("import", str(folder), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    facts = []
    for slug in ("energy", "trade"):
        result = run_cli("factsheet", slug, "--format", "json", data_dir=data_dir)
        facts += json.loads(result.stdout)["facts"]
    mine = [f for f in facts
            if {c["source_file"] for c in f["citations"]} & {"gas-ru.md", "oil-ur.md"}]  # fmt: skip
    figures = {figure for f in mine for figure in f["figures"]}
    assert {"1,5 млрд долларов", "20 процентов", "50 کروڑ ڈالر"} <= figures, mine
    signed = {f["date"]: f for f in mine if f["date"] in ("2026-05-14", "2026-05-15")}
    assert set(signed) == {"2026-05-14", "2026-05-15"}, mine
    assert all(f["mode"] == "happened" and f["kind"] == "agreement" for f in signed.values())
    cost = next(f for f in mine if "50 کروڑ ڈالر" in f["figures"])
    assert cost["mode"] == "planned"  # "آئے گی": it will cost
    timeline = json.loads(run_cli("timeline", "--json", data_dir=data_dir).stdout)
    assert {"2026-05-14", "2026-05-15"} <= {e["date"] for e in timeline}


DATELINE = """---
title: Путин принял премьер-министра Пакистана в Кремле
date: 2025-05-16
---

МОСКВА, 15 мая 2025 года — Президент России Владимир Путин принял в Кремле премьер-министра \
Пакистана Шахбаза Шарифа.

Стороны обсудили сотрудничество в энергетике и торговле.
"""


def test_a_russian_dateline_gives_a_timeline_event_for_its_day(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "dateline-ru.md").write_text(DATELINE.replace("\\\n", ""), encoding="utf-8")
    data_dir = tmp_path / "data"
    assert run_cli("import", str(folder), data_dir=data_dir).returncode == 0
    timeline = json.loads(run_cli("timeline", "--json", data_dir=data_dir).stdout)
    mine = [e for e in timeline if e["text"].startswith("МОСКВА")]
    assert [(e["date"], e["precision"], e["mode"]) for e in mine] == [
        ("2025-05-15", "day", "happened")
    ], mine
