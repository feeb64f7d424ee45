"""Whose word a sentence is, and when its act happened (issue 18, fifth round): a party's
plan told by its speaker, an announcement of plans, a plan in a later clause or a noun's
"in which" clause, speculation, a few quoted words, officials telling another party's act,
a speaker going on at a sentence's end; a weekday that is the article's own day, "this
Friday", a date an act sets. Sentences written for the test."""

from __future__ import annotations

import pytest

from pakru_desktop.knowledge.dates import ArticleDate, find_dates
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


def _facts(paragraph: str, article: ArticleDate = FRIDAY) -> list:
    return extract([Block(1, "paragraph", paragraph)], article, NAMES, RULES).facts


def _modes(paragraph: str) -> list[str]:
    return [f.mode for f in _facts(paragraph)]


@pytest.mark.parametrize("sentence", [
    "Government officials said Tarvia would make a formal request next week for talks.",
    "Trade Secretary Anne Holt said the United States would go ahead with planned 40 mln "
    "dlr duties on Tarvian cloth.",
    "The embassy said Tarvia would complain to the world trade body and seek new talks.",
])  # fmt: skip
def test_a_named_partys_plan_told_by_a_speaker_is_planned(sentence: str) -> None:
    assert _modes(sentence) == ["planned"]


def test_a_things_would_told_by_a_speaker_stays_a_view() -> None:
    assert _modes("Norland said the duties would hurt its exports to Tarvia.") == ["commentary"]


@pytest.mark.parametrize("sentence", [
    "Norland said it and Orbis have signed a letter of intent in which Orbis plans to buy "
    "Vell Mills.",
    "Yesterday, Tarvia announced plans to put 20 pct duties on 40 mln dlrs of imports.",
    "A customs official said bonding began on May 1 and if the duties are imposed, they will "
    "date from that day.",
])  # fmt: skip
def test_an_act_whose_plan_is_its_object_or_a_later_clause_happened(sentence: str) -> None:
    assert _modes(sentence) == ["happened"]


def test_a_plan_after_a_list_joined_by_and_is_still_the_sentences() -> None:
    sentence = (
        "Norland said the previously announced sale of its steel and cement units to "
        "Orbis is expected to be completed June 30."
    )
    assert _modes(sentence) == ["planned"]


@pytest.mark.parametrize("sentence", [
    '"They probably will close the Vell mill and move output to Tarvia."',
    'Asked what the chance was of the 100 pct duties being lifted, he said "slim to none."',
])  # fmt: skip
def test_speculation_and_a_few_quoted_words_are_commentary(sentence: str) -> None:
    assert _modes(sentence) == ["commentary"]


def test_a_plan_before_a_guess_in_the_same_sentence_stays_planned() -> None:
    sentence = (
        "Officials said Tarvia would make a formal request next week and that the two "
        "sides would probably meet the week after."
    )
    assert _modes(sentence) == ["planned"]


@pytest.mark.parametrize("sentence", [
    "Kessel Mining agreed to forgive 15 mln dlrs of Vell Mills debt as part of Norland's 150 "
    "mln dlr purchase of Vell, a Norland official said.",
    "The officials, who asked not to be named, said Tarvia had asked about escorts for a dozen "
    "ships.",
    "It said Tarvia had been fully carrying out the pact.",
    "The Tarvian news agency reported a senior official as saying Tarvia would end the pact "
    "if the duties are imposed.",
])  # fmt: skip
def test_a_speaker_telling_what_another_party_did_is_reported(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


def test_a_speaker_going_on_at_the_end_of_the_next_sentence_still_reports() -> None:
    paragraph = (
        "Shipping sources said a Tarvian tanker was hit by a missile on Monday. "
        "Gunboats usually hail a ship before attacking but the Pivot was hit near "
        "Tarvia without warning, they added."
    )
    assert _modes(paragraph) == ["reported", "reported"]


def test_the_same_ending_after_an_act_is_the_act() -> None:
    paragraph = (
        "Norland bought 20 pct of Orbis on Monday. The shares were bought from a "
        "Tarvia pension fund, they added."
    )
    assert _modes(paragraph) == ["happened", "happened"]


@pytest.mark.parametrize(("text", "article", "iso"), [
    ("Norland said its directors met Friday to review the offer.", "1991-05-17", "1991-05-17"),
    ("Tarvia announced 20 pct duties on cloth, effective Friday.", "1991-05-17", "1991-05-17"),
    ("The Norland board will consider the bid again this Friday.", "1991-05-15", "1991-05-17"),
    ("The Norland board considered the bid this Monday.", "1991-05-15", "1991-05-13"),
])  # fmt: skip
def test_a_weekday_that_is_the_articles_own_day_is_that_day(text: str, article: str,
                                                            iso: str) -> None:  # fmt: skip
    assert [d.iso for d in find_dates(text, ArticleDate(article))][:1] == [iso]


def test_a_date_an_act_sets_is_not_when_it_happened() -> None:
    (fact,) = _facts("Norland said it and Orbis agreed to set June 4 as the new target date "
                     "for a merger agreement.")  # fmt: skip
    assert fact.date is not None and fact.date.iso == "1991-05-17"


def test_a_speakers_quoted_view_after_a_colon_is_commentary_a_quoted_act_is_the_act() -> None:
    view = ('Norland chairman Anne Holt stated: "Norland believes it is premature to judge '
            'the pact only six months after it was signed."')  # fmt: skip
    act = 'Norland chairman Anne Holt said: "We bought 20 pct of Orbis last week."'
    assert _modes(view) == ["commentary"]
    assert _modes(act) == ["happened"]


def test_a_denial_is_the_news_of_the_articles_day() -> None:
    (fact,) = _facts("Orbis denied reports that it raised its offer for Vell Mills to 50 dlrs.")
    assert (fact.mode, fact.date.iso if fact.date else None) == ("happened", "1991-05-17")


@pytest.mark.parametrize("sentence", [
    "Tarvia said today its warplanes had attacked a tanker and two oil rigs.",
    "Tarvia said its gunboats hit two ships off the coast in raids last night.",
])  # fmt: skip
def test_a_belligerents_communique_is_its_claim(sentence: str) -> None:
    assert _modes(sentence) == ["reported"]


def test_a_strike_the_article_tells_in_its_own_words_happened() -> None:
    assert _modes("Tarvian warplanes attacked a tanker near Vell on Monday.") == ["happened"]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Norland said it has entered into an agreement to merge with Orbis in a deal valued at "
     "500 mln dlrs.", "happened"),
    ("Norland said it was pleased with the 500 mln dlr offer.", "reported"),
    ("Norland said the agreement calls for holders to receive 24 dlrs a share.", "planned"),
    ("It said the agreement is subject to the waiver by June 3 of conditions of its 20 mln "
     "dlr bank credit.", "planned"),
    ("Norland said the class action suit alleges the 24 dlr price is unfair.", "reported"),
    ("The strikes began on May 1 in protest at employers' plans to cut 800 jobs.", "happened"),
    ("Talks broke down Thursday after Orbis tabled a final offer over planned redundancies of "
     "800 jobs.", "happened"),
    ("The Tarvia dockers' union has called off the strikes that hit Vell port for eight weeks.",
     "happened"),
    ("Union leader Anne Holt described the 20 pct raise as a victory for the union.",
     "commentary"),
    ("Tarvia's minister announced he is withdrawing the 10 mln dlr subsidy for Vell port as "
     "from July 1.", "planned"),
    ("A Norland financial source, speaking anonymously, told Reuters that the 20 mln dlr price "
     "was low.", "reported"),
    ("Defence officials told Reuters that Tarvia had decided not to accept the offer of 12 "
     "ships.", "reported"),
    ("The Tarvia Times, quoting sources close to the talks, today said Norland broke off talks "
     "last night with Orbis.", "reported"),
])  # fmt: skip
def test_a_verb_no_list_names_a_plans_noun_and_whose_word_it_is(sentence: str,
                                                                 mode: str) -> None:  # fmt: skip
    assert _modes(sentence) == [mode]


def test_a_quote_ending_on_its_speaker_is_the_speakers_words() -> None:
    paragraph = ('"We cannot afford to wait. The strikes have already cost Norland dearly and '
                 'damaged its business," Holt said.')  # fmt: skip
    assert "happened" not in _modes(paragraph)


@pytest.mark.parametrize(("paragraph", "iso"), [
    ("The two sides have agreed to appoint an independent chairman for Norland, a spokesman "
     "said.", "1991-05-17"),
    ("About 220 Norland dockers stopped work this afternoon in protest.", "1991-05-17"),
    ("The Tarvia Times, quoting sources close to the talks, today said Norland broke off talks "
     "last night with Orbis.", "1991-05-16"),
])  # fmt: skip
def test_the_act_is_dated_the_day_it_happened_not_the_day_it_was_told(paragraph: str,
                                                                       iso: str) -> None:  # fmt: skip
    (fact,) = _facts(paragraph)
    assert fact.date is not None and fact.date.iso == iso


@pytest.mark.parametrize(("sentence", "mode"), [
    ("He denied Tarvia was pumping above its quota of 40,000 bpd.", "reported"),
    ("Holt put the group's output shortfall in May at 900,000 bpd.", "reported"),
    ('"We bought 20 pct of Orbis in May," Holt said.', "happened"),
    ('Holt told the Tarvia daily Al-Anba "All members are producing within their quotas."',
     "reported"),
    ("Tarvia, they said, was pumping 1.2 mln bpd.", "reported"),
    ("Norland will continue to restrain output as long as Orbis does, Holt said.", "planned"),
    ('Norland chairman Anne Holt will draw up what delegates called a "pre-compromise" on '
     "Tuesday.", "planned"),
    ("A package on how the Norland manager will buy and sell cocoa was presented to a working "
     "group this afternoon.", "happened"),
    ("One Norland delegate said consumer proposals mean buying more cocoa for less.",
     "reported"),
    ("A customs official said bonding of Norland imports began on May 1.", "happened"),
    ("The Tarvia rules are unlikely to do more than stem the fall in prices, many delegates "
     "said.", "commentary"),
    ("Norland accused Orbis of spreading rumours that Tarvia pumps 20 pct over its quota.",
     "reported"),
    ("Tarvia output was running at 14.7 mln bpd in early May, a survey shows.", "reported"),
])  # fmt: skip
def test_denials_estimates_quotes_and_speakers_of_others_acts(sentence: str, mode: str) -> None:
    assert _modes(sentence) == [mode]


def test_a_stories_first_statement_is_the_news_of_its_day_a_past_before_it_is_not() -> None:
    (first, second) = _facts("Norland producers accepted the principles of a compromise, "
                             "delegates said. Orbis had rejected the compromise earlier, "
                             "Norland said.")  # fmt: skip
    assert first.date is not None and first.date.iso == "1991-05-17"
    assert second.date is None


def test_a_quote_of_what_others_did_is_not_shown_as_happened() -> None:
    quote = '"Tarvia members as a whole produced below their quota in May," Holt said.'
    assert _modes(quote) in (["reported"], ["commentary"])


@pytest.mark.parametrize(("paragraph", "modes"), [
    ("Moody's said it downgraded Norland and affirmed the ratings of Orbis.", ["happened"]),
    ("Norland chairman Anne Holt said the company plans to go forward with its debt offering.",
     ["planned"]),
    ("Norland said it completed the sale of its trust unit to Orbis, a transaction that will "
     "result in a gain of 75 mln dlrs.", ["happened"]),
    ("The dollar is expected to decline further against the Tarvia crown, dealers said.",
     ["commentary"]),
    ("Dealers said Tarvia's central bank bought dollars on Monday. They said the central bank "
     "bought 1.5 billion dlrs today.", ["reported", "reported"]),
    ('"We have taken the appropriate action in Tarvia," Holt said.', ["happened"]),
    ("Holt said Norland wishes to attend a meeting of Tarvia's lenders in April.", ["planned"]),
    ("The Tarvia Senate voted to condemn the tax and said it would result in retaliation.",
     ["happened"]),
    ("But the diplomats said a lobby in Tarvia was using the proposal as an excuse.",
     ["reported"]),
])  # fmt: skip
def test_own_acts_plans_forecasts_and_others_acts(paragraph: str, modes: list[str]) -> None:
    assert _modes(paragraph) == modes


@pytest.mark.parametrize(("paragraph", "modes"), [
    ("Holt outlined his plan today to the 12-bank advisory committee of Norland.",
     ["happened"]),
    ("Tarvia is urging Norland's banks to accept a novel proposal, a Vell administration "
     "official said.", ["reported"]),
    ("The Tarvia government has agreed to make token payments on its 10.3 billion dlr debt, "
     "bankers said.", ["reported"]),
    ("Holt said he has raised his offer for Norland shares to 32 dlrs and has reduced the "
     "number of shares he is seeking to 29.1 mln.", ["happened"]),
    ("Tarvia's Lower House passed the 1987 budget of 50 billion crowns shortly before midnight.",
     ["happened"]),
    ("A. William Reynolds of Norland told shareholders he expects to announce an alternative "
     "to the 100 dlr offer within a week.", ["planned"]),
])  # fmt: skip
def test_more_verbs_contact_clauses_and_third_parties(paragraph: str, modes: list[str]) -> None:
    assert _modes(paragraph) == modes


def test_a_decision_dated_ahead_happened_an_act_dated_ahead_is_planned() -> None:
    decided = _facts("Norland members decided at a meeting to hold a public hearing on the "
                     "20 mln dlr budget on June 13.")  # fmt: skip
    withdrawing = _facts("Tarvia's minister announced he is withdrawing the 10 mln dlr subsidy "
                         "for Norland as from July 1.")  # fmt: skip
    assert [f.mode for f in decided + withdrawing] == ["happened", "planned"]


@pytest.mark.parametrize(("paragraph", "modes"), [
    ("Norland said it intended to make a tender offer for the 45 pct of Orbis it does not own "
     "at 70 dlrs a share.", ["planned"]),
    ("Norland has extended its 70 dlr per share tender offer for Orbis until midnight June 4.",
     ["happened"]),
    ("Holt of Norland estimated a price of 75 dlrs a share.", ["reported"]),
    ("Holt leaves for Tarvia tomorrow with the Norland delegation.", ["planned"]),
    ("The Norland board meeting has been delayed by one day and will now run from June 3 to "
     "June 5.", ["planned"]),
    ("Norland remained silent on market rumours it would sell its 20 pct stake in Orbis.",
     ["happened"]),
])  # fmt: skip
def test_intents_deadlines_estimates_schedules_and_silence(paragraph: str,
                                                           modes: list[str]) -> None:  # fmt: skip
    assert _modes(paragraph) == modes


def test_a_weekday_before_will_looks_ahead() -> None:
    found = find_dates("The Norland board Monday will discuss the 20 mln dlr sale.", FRIDAY)
    assert [d.iso for d in found] == ["1991-05-20"]


@pytest.mark.parametrize(("paragraph", "modes"), [
    ("Norland chairman Anne Holt said the company has made several proposals to Orbis to "
     "settle a 9 mln dlr claim.", ["happened"]),
    ("Norland said it was likely to suspend its 75 cents per share dividend.", ["planned"]),
    ("Norland said it has been advised by Orbis that Orbis intends to tender all of its "
     "1,477,829 Norland shares.", ["reported"]),
    ("Norland said it has amended its 69 dlr per share tender offer to reduce the maximum "
     "number it will accept to 9,309,394.", ["happened"]),
    ("Norland said the U.S. Department of Transportation has issued an order allowing it to buy "
     "9,309,394 Orbis shares.", ["reported"]),
    ("Tarvia's bank committee expressed grave concern over the suspension of 68 billion dlrs of "
     "payments, according to a telex from its chairman.", ["reported"]),
    ("Anne Holt of Orbis said he believes Tarvia will strike an agreement with its 14 creditor "
     "banks.", ["commentary"]),
    ("Tarvia today suggested to its bank creditors an extension of 60 days, a spokesman for the "
     "central bank said.", ["happened"]),
    ("Tarvia has set up a special debt commission to renegotiate its 109 billion dlr debt, "
     "officials said.", ["happened"]),
    ("Norland and Orbis hope to reach an agreement on the 20 mln dlr sale very shortly.",
     ["planned"]),
])  # fmt: skip
def test_the_company_a_subject_opening_in_the_past_advice_and_hopes(paragraph: str,
                                                                    modes: list[str]) -> None:  # fmt: skip
    assert _modes(paragraph) == modes


def test_a_view_opened_by_a_named_subject_is_no_act() -> None:
    paragraph = ("Holt reckoned the Tarvia surplus could be less than half the 94,000 tonnes "
                 "estimated by the committee.")  # fmt: skip
    assert _modes(paragraph) != ["happened"]


@pytest.mark.parametrize(("paragraph", "modes"), [
    ("Norland, in documents filed with a Tarvia court, said a ruling forcing it to post a bond "
     "of 20 mln dlrs would halt its credit agreements.", ["commentary"]),
    ("Norland said the agreement would take effect on June 1 with 20 mln dlrs paid at once.",
     ["planned"]),
    ("Holt predicted that the 10.5 mln dlr Norland judgment would be overturned.",
     ["commentary"]),
    ('Norland counsel Anne Holt said, "we currently anticipate that the brief will be filed around '
     'the week of July 20."', ["planned"]),
])  # fmt: skip
def test_what_a_thing_would_do_predictions_and_a_speakers_own_plan(paragraph: str,
                                                                   modes: list[str]) -> None:  # fmt: skip
    assert _modes(paragraph) == modes


def test_the_rest_of_a_quote_telling_what_others_did_is_the_speakers_claim() -> None:
    paragraph = ('"We are in a position to confirm that, despite news to the contrary ... Tarvia '
                 'members as a whole produced below their 20 pct quota in May," Holt, who is '
                 "Norland's minister, said.")  # fmt: skip
    assert "happened" not in _modes(paragraph)


def test_a_news_agency_opening_the_sentence_reports() -> None:
    sentence = ("Kyodo News Agency said a small group of Norland members filed a complaint "
                "calling for Holt's expulsion from the party.")  # fmt: skip
    assert _modes(sentence) == ["reported"]


@pytest.mark.parametrize("sentence", [
    '"Norland wants to delay a cut in its rates until the budget," said Ann Lee, economist '
    "at Orbis Securities.",
    "The central bank has been selling the currency for three days, economists at the big "
    "banks said.",
])  # fmt: skip
def test_an_economists_account_is_commentary_not_an_event(sentence: str) -> None:
    # Economists weigh what others do, as analysts do: their word is a view.
    assert _modes(sentence) == ["commentary"]


@pytest.mark.parametrize("sentence", [
    "Lee estimates that Norland has been buying its own shares over the past few days.",
    '"We decided years ago that insuring the Norland mines would have been too costly," Lee said.',
    '"It is obvious that Orbis has agreed to the new bands with its partners," Lee said.',
])  # fmt: skip
def test_an_estimate_or_what_is_obvious_to_a_speaker_is_a_view(sentence: str) -> None:
    # "estimates that …", "it is obvious that …", "would have been": the speaker weighs; what
    # they weigh is not shown as having happened.
    assert _modes(sentence) in (["commentary"], ["reported"])


def test_a_sentence_opening_with_such_is_read_for_what_it_says() -> None:
    # "Such" only points back to what was named; it makes no view of its own.
    assert _modes("Such targets are believed to have been agreed by Norland and Orbis at "
                  "their meeting last month.") == ["reported"]  # fmt: skip
    assert _modes("Such purchases were completed by Norland in Tarvia last week.") == ["happened"]


def test_an_act_done_without_something_is_still_an_act() -> None:
    # "Without" opens the circumstances of the act, not a condition or a view.
    assert _modes("Without waiting for its board, Norland bought 10 pct of Orbis last week.") == [
        "happened"
    ]


def test_a_plan_keeps_its_mode_when_a_later_clause_weighs() -> None:
    # "until it can examine …": the "can" belongs to the clause of time, not to the plan.
    assert _modes("Norland said production will remain shut down at its Tarvia smelter until it can inspect "
                  "the furnaces.") == ["planned"]  # fmt: skip
    # and a view of the whole sentence stays one
    assert _modes("Norland could close its Tarvia smelter, an engineer said.") == ["commentary"]


def test_a_judgement_told_by_delegates_stays_a_view() -> None:
    # "It is expected that … will take …, delegates said": their expectation, not a schedule.
    assert _modes("It is expected that the new Norland pact will take at least a year to "
                  "enter into force, delegates said.") == ["commentary"]  # fmt: skip


def test_what_analysts_look_for_on_a_later_day_stays_their_view() -> None:
    # Dated after the article, an analysts' expectation is still no schedule.
    facts = _facts("However, most analysts in Tarvia are still looking for a full point about "
                   "June 4, budget day.", ArticleDate("1991-05-10"))  # fmt: skip
    assert [f.mode for f in facts] == ["commentary"]


@pytest.mark.parametrize("day", ["May 28", "June 4"])
def test_a_schedule_in_may_is_no_possibility(day: str) -> None:
    # The month "May" is not the modal "may": the speech on May 28 is as scheduled as on June 4.
    facts = _facts(f"Norland's budget speech on {day} starts at 1530 GMT and is sure to echo "
                   "its optimism, analysts say.", ArticleDate("1991-05-10"))  # fmt: skip
    assert [f.mode for f in facts] == ["planned"]


def test_a_speakers_few_quoted_words_about_others_make_a_claim() -> None:
    # The speaker's own words for what others do ('the "narrow interest" of the banks') are
    # its characterisation of them: a claim, not an event the article vouches for.
    assert _modes('Norland said the "narrow interest" of Orbis was holding up a merger of '
                  "the two groups.") == ["reported"]  # fmt: skip
    # its own act, quoted words or not, is its act
    assert _modes('Norland said it had signed a "historic" supply pact with Orbis.') == ["happened"]


@pytest.mark.parametrize("opening", ["Bankers said", "Some diplomats said", "Traders say"])
def test_an_unnamed_group_opening_the_sentence_tells_a_claim(opening: str) -> None:
    # An unnamed group telling what a named party did: its account, not an event.
    assert _modes(f"{opening} Norland became so frustrated with the delay that it suspended "
                  "its share swaps last month.") == ["reported"]  # fmt: skip


def test_a_condition_told_by_inversion_is_a_view_of_what_might_be() -> None:
    # "should Norland cut its price, Orbis would lose": no event, a consequence foreseen.
    assert _modes('The minister said yesterday should Tarvia revalue the won suddenly Norland '
                  'would run "a tremendous trade deficit."') == ["commentary"]  # fmt: skip
