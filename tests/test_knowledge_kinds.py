"""Which kind of statement a newswire sentence is (happened, planned, reported, commentary):
the rules of issue 18's second round, each on sentences written for the test."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.dates import ArticleDate, find_dates
from pakru_desktop.knowledge.entities import Entity, EntityMatcher
from pakru_desktop.knowledge.extract import extract
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.statements import StatementRules
from pakru_desktop.model import Block

from .conftest import ROOT

RULES = StatementRules.load(ROOT / "resources" / "statements.toml")
# The names a librarian's entity file would know; "Kessel Mining" and "Compania Minera
# Austral" are left to be found as unknown names.
NAMES = EntityMatcher([Entity("Norland", "organisation", "", ()),
                       Entity("Orbis", "organisation", "", ()),
                       Entity("Tarvia", "place", "", ())])  # fmt: skip


def _modes(paragraph: str) -> list[str]:
    knowledge = extract([Block(1, "paragraph", paragraph)], ArticleDate("1991-05-14"), NAMES,
                        RULES)  # fmt: skip
    return [f.mode for f in knowledge.facts]


@pytest.mark.parametrize("sentence", [
    "Norland will ask its bankers for a grace period on 40 mln dlrs of loans.",
    "The central bank will lend Tarvia 2 mln ounces of gold.",
    "Kessel Mining is seeking a buyer for its smelter, the company said.",
    "The smelter is due to resume output on June 3.",
    "Kessel Mining said it plans to sell its trucking arm.",
    "Kessel Mining intends to tender for the remaining shares of Orbis.",
    "Orbis expects to close the sale by September.",
    "Kessel agreed to buy the mill for 12 mln dlrs, subject to approval by regulators.",
    "Later today the appeals court is due to rule on whether the ban is lawful.",
    "The Dockers Union said they would offer to end their stoppage on their own terms.",
    "Norland said earlier it would let the offer lapse tonight.",
    "The dockers of Tarvia are demanding a pay rise of 40 pct.",
    "Striking dockers said they would offer their resignation rather than end the stoppage.",
    "Kessel Mining said it is seeking an injunction because the bid breaks the law.",
])  # fmt: skip
def test_a_future_or_intended_act_is_planned(sentence: str) -> None:
    assert _modes(sentence) == ["planned"]


@pytest.mark.parametrize("sentence", [
    "Traders said Kessel sold 20,000 tonnes of zinc last week.",
    "Shipping sources said Norland suspended loadings at the port of Vell.",
    "According to industry sources, Kessel paid 30 mln dlrs for the stake.",
    "Kessel said it might be willing to raise its 45 dlr a share offer.",
    "The ministry would neither confirm nor deny reports that Tarvia will cut output by half.",
    "Norland also said a U.S. appeals court had blocked the sale of its 30 pct stake.",
    "Norland also said a U.S. appeals court had blocked the sale of its stake.",
    "Norland said the Tarvia Securities Board has authorized, but not begun, a suit against it.",
    "Kessel said the Orbis finance unit had received no offer for its 20 pct stake.",
])  # fmt: skip
def test_hearsay_and_a_hedged_intent_are_reported(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


@pytest.mark.parametrize("sentence", [
    "Kessel said it extended its 45 dlr a share offer to July 10.",
    "Kessel Mining said it filed suit in federal court to block the bid.",
    "Norland declared force majeure on its nickel shipments.",
    "Tarvia suspended crude exports after the landslide.",
    "Last night the company urged shareholders to reject the 45 dlr offer.",
    "Orbis said it amended its offer to drop two conditions.",
    "Kessel said it currently holds 1,250,000 shares, or about 8.1 pct, of Orbis.",
    "The dockers, who are seeking a 60 pct pay rise, have rejected an offer of 20 pct.",
    "Kessel said it agreed to drop its lawsuit after Orbis withdrew two proposals that, if "
    "adopted, would have made a takeover harder.",
    "The miners' strike, which began on April 2, has now ended, a union spokesman said.",
    "About 900 of the 3,000 miners are now back at work, a union spokesman said today.",
    "The president said in a statement issued today that the flood destroyed 30 bridges.",
    "The development bank said today it is lending 9 mln dlrs to Tarvia for the bridges.",
    "Kessel Mining said it is ending its offer for Orbis.",
    "Norland has signed two supply contracts, which aim to raise its exports by 10 pct.",
    "Kessel told the Tarvia Securities Board it has acquired 5 pct of Orbis.",
    "Orbis said the two members of its board named by Kessel last week had resigned.",
    "This represents just over 30 pct of the outstanding shares of Orbis.",
])  # fmt: skip
def test_an_actor_telling_of_its_own_act_or_a_done_act_happened(sentence: str) -> None:
    assert _modes(sentence) == ["happened"]


@pytest.mark.parametrize("sentence", [
    '"The offer is far too low for a company of its quality" said Norland.',
    "An accord is in sight in the dockers' stoppage, a union official said.",
    "The stoppage is hurting zinc shipments and could lead to a shortage abroad, shipowners said.",
])  # fmt: skip
def test_a_speakers_view_with_no_figure_or_date_is_commentary(sentence: str) -> None:
    assert _modes(sentence) == ["commentary"]


def test_the_rest_of_a_quote_with_no_speaker_of_its_own_is_the_speakers_view() -> None:
    paragraph = ('A union leader, Jon Vell, said "it is a war of nerves. They are using '
                 'threats and we are using the courts."')  # fmt: skip
    assert _modes(paragraph)[-1] == "commentary"


def test_a_verb_of_acting_used_of_a_thought_is_no_act() -> None:
    assert _modes('"It raises questions about the strength of the Orbis offer."') != ["happened"]


def test_an_act_in_a_nouns_clause_is_not_the_sentences() -> None:
    # The expiry belongs to the offer; the sentence is the speaker's judgement of it.
    assert _modes("Mr Holt said the 45 dlr offer, which expires June 2, is a fair offer.") == [
        "reported"
    ]


def test_a_plain_verb_is_an_act_only_right_after_a_plan() -> None:
    # "to cut" as a purpose, "may be unable to export" as a hedge: no act of the sentence.
    assert _modes("Tarvia may be unable to export ore for up to five months.") != ["happened"]
    assert _modes("It is essential for Norland to repay its debt, its chairman wrote.") == []


def test_a_sentence_with_no_figure_needs_a_name_or_an_actor_and_an_act() -> None:
    assert _modes("The weather improved and the roads were busy again.") == []
    assert _modes("It said the state mining firm Compania Minera Austral (CMA) notified "
                  "buyers that it was declaring force majeure.") == ["happened"]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a surprise 1.4 billion-dlr offer", 1.4e9, "USD"),
    ("the 43-km link to the coast", 43.0, "km"),
    ("its 180,000-bpd quota", 180000.0, "bpd"),
    ("Norland will lend Tarvia three mln barrels of crude", 3e6, "barrels"),
    ("a two billion dlr credit line", 2e9, "USD"),
])  # fmt: skip
def test_a_unit_joined_by_a_hyphen_or_a_number_in_words_is_read(
    text: str, value: float, unit: str
) -> None:
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_a_number_word_is_a_figure_only_before_its_scale() -> None:
    assert find_figures("two of the five directors resigned") == []


def _dated(paragraphs: list[str]) -> list[tuple[str, list[str]]]:
    blocks = [Block(n, "paragraph", text) for n, text in enumerate(paragraphs, start=1)]
    knowledge = extract(blocks, ArticleDate("1991-05-14"), NAMES, RULES)
    return [(f.mode, [d.iso for d in f.dates]) for f in knowledge.facts]


def test_a_speakers_own_act_is_the_news_of_the_article_day() -> None:
    assert _dated(["Kessel Mining said it raised its offer for Orbis to 50 dlrs a share.",
                   "Kessel Mining said it bought 20,000 Orbis shares last year.",
                   "Kessel Mining said it would buy more Orbis shares."]) == [
        ("happened", ["1991-05-14"]),  # today's news
        ("happened", ["1990"]),  # background, dated in its own words
        ("planned", []),  # a plan is not dated by the day it is told
    ]  # fmt: skip
    # The date of a noun is not the act's: the board urged today, the offer was made May 2.
    assert _dated(["Orbis said its board urged holders to reject the 45 dlr offer made May 2 "
                   "by Kessel Mining."]) == [("happened", ["1991-05-14", "1991-05-02"])]  # fmt: skip
    # An act the lead dates itself, or a claim about others, takes no date from the article.
    assert _dated(["Kessel Mining said it raised its offer to 50 dlrs on May 9."]) == [
        ("happened", ["1991-05-09"])]  # fmt: skip
    assert _dated(["Traders said Kessel Mining bought 20,000 Orbis shares."])[0][1] == []


def test_a_day_written_in_words_after_its_month_is_a_date() -> None:
    found = find_dates("Tarvia will reopen the line on May one, the ministry said.",
                       ArticleDate("1991-04-20"))  # fmt: skip
    assert [(d.iso, d.text, d.precision) for d in found] == [("1991-05-01", "May one", "day")]
    assert find_dates("May one day see peace?", ArticleDate("1991-04-20")) == []


def test_a_pronoun_after_a_pronoun_means_the_one_the_line_before_meant() -> None:
    blocks = [Block(1, "paragraph", "Kessel Mining said it raised its offer to 50 dlrs a share. "
                    "The company said it extended the offer to June 3. "
                    "It said holders had tendered 1.2 mln shares.")]  # fmt: skip
    knowledge = extract(blocks, ArticleDate("1991-05-14"), NAMES, RULES)
    assert [f.referent for f in knowledge.facts] == ["", "Kessel Mining", "Kessel Mining"]


def test_an_act_done_by_the_article_day_is_dated_its_month() -> None:
    # The date in the strike's own clause is when it began, not when it ended.
    assert _dated(["The miners' strike, which began on April 2, has now ended, a union "
                   "spokesman said."]) == [("happened", ["1991-05", "1991-04-02"])]  # fmt: skip


def test_a_date_is_carried_from_the_sentence_before_only_where_the_text_links_them() -> None:
    lead = ("Tarvia today halted its ore exports after a landslide last night blocked the "
            "railway, a ministry statement said.")  # fmt: skip
    # The speaker goes on ("It said", in its next paragraph as wire copy has it), and the
    # act points back to the event told before ("the blast").
    linked = "It said the state mining firm notified buyers of force majeure due to the blast."
    assert _dated([lead, linked])[1] == ("happened", ["1991-05-14"])
    # No pointer back, or another speaker: no date taken.
    assert _dated([lead, "It said the state mining firm notified its buyers."])[1][1] == []
    assert _dated([lead, "Traders said the firm notified buyers due to the blast."])[1][1] == []
