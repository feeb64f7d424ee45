"""A measure's line: named by the noun phrase its figure qualifies and its owner, and one
value in other spellings shown as one item (sentences written for these tests)."""

from __future__ import annotations

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.facts import Citation, StoredFact, content_stems
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.labels import measure_label
from pakru_desktop.knowledge.measures import measures
from pakru_desktop.render.sheet import Sources, _measure_lines


def test_a_label_is_the_phrase_the_figure_qualifies_with_its_owner() -> None:
    said = [("The dockers are seeking a 40 pct pay rise.", "40 pct"),
            ("Dockers want a 40 pct pay rise, the union said.", "40 pct")]  # fmt: skip
    assert measure_label(said) == "pay rise"
    owned = [("Harbor's 60.25 dlrs a share offer expires on Friday.", "60.25 dlrs"),
             ("Harbor's 60.25 dlrs a share offer was extended.", "60.25 dlrs")]  # fmt: skip
    assert measure_label(owned) == "Harbor's offer"
    counted = [("Norland's 9,000 dockers stopped work.", "9,000 dockers")]
    assert measure_label(counted, "dockers") == "Norland's dockers"


def test_a_label_is_never_a_verb_or_a_unit() -> None:
    said = [("Output reached 50,000 barrels per day in May.", "50,000 barrels per day")]
    assert measure_label(said) == "output"


def _told(n: int, text: str) -> StoredFact:
    return StoredFact(
        fact_id=n, text=text, kind="figure", dates=[], figures=find_figures(text), entities=[],
        events=[], topics=["deal"],
        citation=Citation(f"a{n}", f"a{n}.md", 1, text, article_date="2031-05-09", key=n),
        stems=content_stems(text),
    )  # fmt: skip


def test_one_value_in_two_spellings_is_one_item_of_its_line() -> None:
    facts = group([_told(1, "The union rejected a 100 pct pay rise offer."),
                   _told(2, "The union rejected a 100 per cent pay rise offer."),
                   _told(3, "The union has rejected the 100 pct pay rise offer.")])  # fmt: skip
    (line,) = _measure_lines(measures(facts), Sources(False))
    assert line.count("100 pct") == 1 and line.count("100 per cent") == 1
    assert "(3 articles)" in line and "pay rise offer" in line


def test_a_figure_every_report_repeats_is_a_key_figure_once() -> None:
    from pakru_desktop.knowledge.sheet import KEY_FIGURES, repeated_figures, section_for

    facts = group([_told(1, "Norland's 9,000 dockers stopped work on Monday."),
                   _told(2, "The strike by 9,000 dockers closed the port of Vell."),
                   _told(3, "Talks to end the walkout of 9,000 dockers broke down."),
                   _told(4, "Of the 9,000 dockers, 2,500 dockers went back to work.")])  # fmt: skip
    repeats = repeated_figures(facts)
    keys = [f.text for f in facts if section_for(f, None, repeats.get(id(f))) == KEY_FIGURES]
    # One keeps the repeated figure; the one telling another figure stays a key figure.
    assert len(keys) == 2 and any("2,500" in k for k in keys)


def test_a_label_is_no_currency_number_word_or_adverb_and_keeps_an_acronym() -> None:
    # "4.0 billion stg": the currency after the number names nothing; "PSBR" does.
    assert measure_label([("The PSBR for 1988/89 was set at 4.0 billion stg.",
                           "4.0 billion stg")]) == "PSBR"  # fmt: skip
    # "already holds": an adverb; the stake is what the figure measures
    assert measure_label([("Norland's stake, already 13.6 pct, may rise.", "13.6 pct")]) == (
        "Norland's stake"
    )


def test_a_label_before_the_figure_ends_on_its_noun() -> None:
    # "base rates were cut to 10 pct": the verb is no measure, the phrase's last noun is
    said = [("Base lending rates were cut to 10 pct.", "10 pct"),
            ("The banks cut their base rates to 10 pct.", "10 pct")]  # fmt: skip
    assert measure_label(said) == "rates"
