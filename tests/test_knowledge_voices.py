"""Whose voice a sentence is (issue 18, ninth round): what a party is reported, said or
rumoured to have or do in the passive is hearsay, whatever it tells; what someone says could,
might or may come is their view; speakers who gave a view and go on to tell an act give their
account of it; what a speaker says happened to a thing or a count is the news it gives, what
it says of a party that party's account. Sentences written for the test."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.dates import ArticleDate
from pakru_desktop.knowledge.entities import Entity, EntityMatcher
from pakru_desktop.knowledge.extract import extract
from pakru_desktop.knowledge.statements import StatementRules
from pakru_desktop.model import Block

from .conftest import ROOT

RULES = StatementRules.load(ROOT / "resources" / "statements.toml")
NAMES = EntityMatcher([Entity("Norland", "organisation", "", ()),
                       Entity("Orbis", "organisation", "", ()),
                       Entity("Tarvia", "place", "", ())])  # fmt: skip
FRIDAY = ArticleDate("1991-05-17")  # a Friday


def _modes(paragraph: str) -> list[str]:
    return [f.mode for f in extract([Block(1, "paragraph", paragraph)], FRIDAY, NAMES,
                                    RULES).facts]  # fmt: skip


# (sentence, the kind a reader gives it, the rule it shows)
CASES = [
    pytest.param(
        "A group led by Anna Vell has been reported as owning about 20 pct of Norland stock.",
        "reported",
        id="what_a_party_is_reported_to_hold_or_do_is_hearsay-1",
    ),
    pytest.param(
        "Orbis was reported to have sold its Tarvian unit for 40 mln dlrs.",
        "reported",
        id="what_a_party_is_reported_to_hold_or_do_is_hearsay-2",
    ),
    pytest.param(
        "Norland is rumoured to be preparing a 300 mln dlr bid for Orbis.",
        "reported",
        id="what_a_party_is_reported_to_hold_or_do_is_hearsay-3",
    ),
    pytest.param(
        "Tarvian insurers could face more than 30 mln dlrs of claims after the fire, a spokesman for the Norland exchange said.",
        "commentary",
        id="what_someone_says_could_or_may_come_is_a_view-1",
    ),
    pytest.param(
        "Orbis said the banks were holding up the accord and warned Tarvia may break off the talks.",
        "commentary",
        id="what_someone_says_could_or_may_come_is_a_view-2",
    ),
    pytest.param(
        "Arbitragers speculated a bidding war may erupt for Norland.",
        "commentary",
        id="what_someone_says_could_or_may_come_is_a_view-3",
    ),
    pytest.param(
        "Norland said it may sell its Tarvian unit.",
        "planned",
        id="a_may_that_is_a_plan_a_source_or_a_nouns_clause_is_no_view-1",
    ),
    pytest.param(
        "Sources said Norland may sell its Tarvian unit for 40 mln dlrs.",
        "reported",
        id="a_may_that_is_a_plan_a_source_or_a_nouns_clause_is_no_view-2",
    ),
    pytest.param(
        "Workers today began building a pipeline through which crude could be pumped to the coast, officials said.",
        "happened",
        id="a_may_that_is_a_plan_a_source_or_a_nouns_clause_is_no_view-3",
    ),
    pytest.param(
        "Tarvia is considering the request to buy 40 mln dlrs of grain, but such a move could strain its budget, officials said.",
        "planned",
        id="a_may_that_is_a_plan_a_source_or_a_nouns_clause_is_no_view-4",
    ),
    pytest.param(
        "About 200 people were rescued from the sinking ferry off the Tarvian coast, a port spokesman said.",
        "happened",
        id="what_a_speaker_says_happened_to_a_thing_or_a_count_is_news-1",
    ),
    pytest.param(
        "Norland, owners of the ferry, said the ship was carrying 543 people and that 345 had been rescued.",
        "happened",
        id="what_a_speaker_says_happened_to_a_thing_or_a_count_is_news-2",
    ),
    pytest.param(
        "The minister said a preliminary investigation had started into why the ferry sank.",
        "happened",
        id="what_a_speaker_says_happened_to_a_thing_or_a_count_is_news-3",
    ),
    pytest.param(
        "A special meeting of the Tarvian Cocoa Council failed to agree on export quotas, delegates said.",
        "happened",
        id="what_a_speaker_says_happened_to_a_thing_or_a_count_is_news-4",
    ),
    pytest.param(
        "Orbis said 38.3 mln shares of Norland were validly tendered by the deadline.",
        "happened",
        id="what_a_speaker_says_happened_to_a_thing_or_a_count_is_news-5",
    ),
    pytest.param(
        "Norland said a shareholder had agreed to sell its 20 pct stake.",
        "reported",
        id="what_a_speaker_says_of_a_party_or_sources_tell_stays_reported-1",
    ),
    pytest.param(
        "Orbis said the creditor banks were divided on the 40 mln dlr loan.",
        "reported",
        id="what_a_speaker_says_of_a_party_or_sources_tell_stays_reported-2",
    ),
    pytest.param(
        "Sources said 40 mln shares were tendered by the deadline.",
        "reported",
        id="what_a_speaker_says_of_a_party_or_sources_tell_stays_reported-3",
    ),
    pytest.param(
        "The Norland ferry was sinking off the Tarvian coast tonight with 463 people on board, the Tarvian newsagency TNA reported today.",
        "reported",
        id="what_a_news_agency_or_an_inquiry_is_told_is_their_report-1",
    ),
    pytest.param(
        "The disaster was almost certainly caused by the ship leaving port with its doors open, a government inquiry was told.",
        "reported",
        id="what_a_news_agency_or_an_inquiry_is_told_is_their_report-2",
    ),
    pytest.param(
        "Norland is looking for a buyer for its Tarvian unit, a spokesman said.",
        "planned",
        id="a_party_looking_for_or_exploring_something_plans_it-1",
    ),
    pytest.param(
        "Tarvia is exploring a sale of its 20 pct stake in Orbis.",
        "planned",
        id="a_party_looking_for_or_exploring_something_plans_it-2",
    ),
    pytest.param(
        "Trade Minister Anna Vell said her nation would maintain a trade surplus for three years.",
        "planned",
        id="a_speaker_telling_what_its_own_side_would_do_tells_a_plan-1",
    ),
    pytest.param(
        "The minister said his country would cut its duties on Norland cloth.",
        "planned",
        id="a_speaker_telling_what_its_own_side_would_do_tells_a_plan-2",
    ),
    pytest.param(
        "Governor Anna Vell said a further rise of the crown is inevitable.",
        "commentary",
        id="judgements_schedules_and_studies-1",
    ),
    pytest.param(
        "The senator said the Norland report was based on flawed assumptions.",
        "commentary",
        id="judgements_schedules_and_studies-2",
    ),
    pytest.param(
        "The minister said the 20 pct duty was probably the most promising way to help Tarvia.",
        "commentary",
        id="judgements_schedules_and_studies-3",
    ),
    pytest.param(
        "The bank's statement added that the measure would be effective until the end of July.",
        "planned",
        id="judgements_schedules_and_studies-4",
    ),
    pytest.param(
        "A 20 pct duty could cost Tarvian consumers 17 mln dlrs a year, a Norland study said.",
        "reported",
        id="judgements_schedules_and_studies-5",
    ),
    pytest.param(
        "Tarvia imposed currency controls today in what bankers called a desperate move to stop speculation.",
        "happened",
        id="names_for_acts_held_views_plans_weighed_and_acts_told_first-1",
    ),
    pytest.param(
        "Anna Vell said she thought pressure on the banks had more to do with the 20 pct cut than the Norland deal.",
        "commentary",
        id="names_for_acts_held_views_plans_weighed_and_acts_told_first-2",
    ),
    pytest.param(
        "The Tarvian government is considering tax incentives to raise oil output by 100,000 barrels, the minister said.",
        "planned",
        id="names_for_acts_held_views_plans_weighed_and_acts_told_first-3",
    ),
    pytest.param(
        "Tarvia approved plans to start negotiating bond issues of up to 400 mln dlrs.",
        "happened",
        id="names_for_acts_held_views_plans_weighed_and_acts_told_first-4",
    ),
    pytest.param(
        "Earlier this week, Norland launched a 640 mln dlr rights issue and said the money would enable it to renew its bid for Orbis.",
        "happened",
        id="names_for_acts_held_views_plans_weighed_and_acts_told_first-5",
    ),
    pytest.param(
        "A bill that would impose a 10 dlr fee on Tarvian oil was introduced in parliament by 12 deputies.",
        "happened",
        id="what_a_noun_would_do_effects_today_and_reviews_to_come-1",
    ),
    pytest.param(
        "The new rate of 7/8 pct over Libor on Tarvian debt goes into effect today, the minister said.",
        "happened",
        id="what_a_noun_would_do_effects_today_and_reviews_to_come-2",
    ),
    pytest.param(
        "Norland said a proposal for a tax break for its mills would undergo review.",
        "planned",
        id="what_a_noun_would_do_effects_today_and_reviews_to_come-3",
    ),
    pytest.param(
        "Brokers said Orbis today sold 24.2 mln Norland shares, almost five pct of the company.",
        "reported",
        id="brokers_reports_views_intents_and_aims-1",
    ),
    pytest.param(
        "Tarvian published reports, quoting government sources, say the two countries are close to a trade deal and it will end 20 pct tariffs.",
        "reported",
        id="brokers_reports_views_intents_and_aims-2",
    ),
    pytest.param(
        "Norland said it considered the proposed 2.20 dlrs a share offer to be too low.",
        "commentary",
        id="brokers_reports_views_intents_and_aims-3",
    ),
    pytest.param(
        "But Anna Vell said she hoped that in the next few weeks a final agreement would be reached with Norland.",
        "commentary",
        id="brokers_reports_views_intents_and_aims-4",
    ),
    pytest.param(
        "The minister told reporters he hopes to sign the 40 mln dlr accord in May.",
        "planned",
        id="brokers_reports_views_intents_and_aims-5",
    ),
    pytest.param(
        "Norland and Orbis are aiming for a pact by next October.",
        "planned",
        id="brokers_reports_views_intents_and_aims-6",
    ),
    pytest.param(
        "Anna Vell said further discussions would be held in June and September.",
        "planned",
        id="brokers_reports_views_intents_and_aims-7",
    ),
    pytest.param(
        "Tarvia and Norland agreed last December to the 15 pct charge, ending a long dispute over alleged Tarvian subsidies to its mills.",
        "happened",
        id="adjectives_joint_statements_and_a_guess_after_a_nouns_clause-1",
    ),
    pytest.param(
        "Norland Ltd and Orbis Corp said Norland has agreed to sell its Tarvian unit to Orbis for 985 mln dlrs.",
        "happened",
        id="adjectives_joint_statements_and_a_guess_after_a_nouns_clause-2",
    ),
    pytest.param(
        "In a letter to Norland's chairman Anna Vell, Orbis said Vell had again refused to meet on the 40 dlr offer.",
        "reported",
        id="adjectives_joint_statements_and_a_guess_after_a_nouns_clause-3",
    ),
    pytest.param(
        "Sugar which Tarvian producers plan to sell into intervention may be offered by the Commission for sale within the Community, a broker says.",
        "commentary",
        id="adjectives_joint_statements_and_a_guess_after_a_nouns_clause-4",
    ),
    pytest.param(
        "A board member said Congress should plan to provide at least 800 mln dlrs to Norland.",
        "commentary",
        id="advice_to_another_party_and_a_plan_signalled-1",
    ),
    pytest.param(
        "The Commission riposted by signalling that it would sell the 40,000 tonnes of sugar back onto the market.",
        "planned",
        id="advice_to_another_party_and_a_plan_signalled-2",
    ),
    pytest.param(
        "The joint committee of Tarvia's maize importers awarded contracts to two Norland firms to supply 60,000 tonnes of maize, a committee spokesman said.",
        "happened",
        id="a_body_named_in_common_words_acting_in_the_past-1",
    ),
    pytest.param(
        "The company's proposed acquisition of Orbis is valued at about 1.55 billion dlrs, analysts said.",
        "commentary",
        id="a_body_named_in_common_words_acting_in_the_past-2",
    ),
    pytest.param(
        "A target date of mid-September has been set for the signing of the 40 mln dlr package, Norland said in a statement.",
        "planned",
        id="dates_set_effects_foreseen_and_wishes-1",
    ),
    pytest.param(
        "A 50 pct cut in the tariff should help boost Tarvian exports to Norland, a spokesman for Orbis told Reuters.",
        "commentary",
        id="dates_set_effects_foreseen_and_wishes-2",
    ),
    pytest.param(
        "The prosecutor investigating the Norland case said he wanted to question a money broker.",
        "planned",
        id="dates_set_effects_foreseen_and_wishes-3",
    ),
    pytest.param(
        "The Tarvian Agriculture Department last December slashed its sugar import quota from Norland to 143,780 short tons.",
        "happened",
        id="acts_after_a_time_and_bills_introduced-1",
    ),
    pytest.param(
        "Anna Vell introduced in parliament a bill proposed by the government to cut the sugar price support, a spokesman for Vell said.",
        "happened",
        id="acts_after_a_time_and_bills_introduced-2",
    ),
    pytest.param(
        "Norland said it is ready to promptly purchase the Orbis railway if the regulator rejects the merger.",
        "planned",
        id="readiness_calculations_optimism_and_reports_acted_upon-1",
    ),
    pytest.param(
        "Trade unions calculate wage settlements have produced average rises of 7.3 pct.",
        "reported",
        id="readiness_calculations_optimism_and_reports_acted_upon-2",
    ),
    pytest.param(
        "Anna Vell said she was optimistic about reaching a 40 mln dlr agreement with the banks.",
        "commentary",
        id="readiness_calculations_optimism_and_reports_acted_upon-3",
    ),
    pytest.param(
        "Tarvia will ask Norland to raise its 40,000 tonne quota following market reports that Orbis will not fill its own, the minister said.",
        "planned",
        id="readiness_calculations_optimism_and_reports_acted_upon-4",
    ),
    pytest.param(
        "Private mediation talks between Norland and its union are set for Monday.",
        "planned",
        id="schedules_attempts_counterfactuals_and_hopes_as_nouns-1",
    ),
    pytest.param(
        "Leaders of the Norland negotiating teams are trying to set up an informal meeting.",
        "planned",
        id="schedules_attempts_counterfactuals_and_hopes_as_nouns-2",
    ),
    pytest.param(
        "Failure would have cost Norland between 25 mln and 100 mln dlrs, he added.",
        "commentary",
        id="schedules_attempts_counterfactuals_and_hopes_as_nouns-3",
    ),
    pytest.param(
        "A spokeswoman said the 40 mln dlr accord would be considered by the full cabinet later today.",
        "planned",
        id="schedules_attempts_counterfactuals_and_hopes_as_nouns-4",
    ),
    pytest.param(
        "Tarvian ministers resume talks in Norland tomorrow on the 10 pct price cuts, with only thin hopes of reaching a quick agreement.",
        "planned",
        id="schedules_attempts_counterfactuals_and_hopes_as_nouns-5",
    ),
    pytest.param(
        "Orbis also charged Norland is unlawfully coercing holders of its 40 mln dlr debentures.",
        "reported",
        id="a_partys_charge_against_another_is_its_claim-1",
    ),
    pytest.param(
        "Tarvia accused Norland of increasing its duties on 40,000 tonnes of farm goods.",
        "reported",
        id="a_partys_charge_against_another_is_its_claim-2",
    ),
]


@pytest.mark.parametrize(("sentence", "mode"), CASES)
def test_each_sentence_is_read_as_the_reader_reads_it(sentence: str, mode: str) -> None:
    assert _modes(sentence) == [mode]


def test_a_party_reporting_its_own_results_is_its_act() -> None:
    assert _modes("Norland has reported a profit of 3 mln dlrs for the year.") == ["happened"]


def test_speakers_going_on_after_their_view_tell_an_act_as_their_account() -> None:
    paragraph = ("Dealers said the Tarvian crown had gathered downward momentum and that "
                 "intervention alone could hardly stop its slide. They said the central bank "
                 "bought 1.5 billion dlrs today.")  # fmt: skip
    assert _modes(paragraph) == ["commentary", "reported"]


def test_a_plan_under_a_condition_told_after_it_stays_a_plan() -> None:
    sentence = ("Norland said it is prepared to raise its bid to 33 dlrs a share if Orbis "
                "negotiates a merger agreement.")  # fmt: skip
    assert _modes(sentence) == ["planned"]


def test_analysts_telling_what_happened_give_their_account_not_a_view() -> None:
    told = "A 40 mln dlr lawsuit pushed Norland into an about-face on the merger, analysts said."
    view = "A 40 mln dlr lawsuit could push Norland into an about-face, analysts said."
    assert (_modes(told), _modes(view)) == (["reported"], ["commentary"])


def test_a_hope_in_a_nouns_clause_leaves_the_act_happened() -> None:
    sentence = ("Tarvian officials returned from a trip to Norland last week in which they hoped "
                "to win new credits, but no agreements were reached.")  # fmt: skip
    assert _modes(sentence) == ["happened"]
