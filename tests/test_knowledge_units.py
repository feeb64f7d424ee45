"""The knowledge layer's parts on their own: dates, figures, entities, sentences, and the
grouping of reports into agreeing facts and conflicts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakru_desktop.knowledge.corroborate import group
from pakru_desktop.knowledge.dates import ArticleDate, find_dates, human_date
from pakru_desktop.knowledge.disagreements import conflicts
from pakru_desktop.knowledge.entities import Entity, EntityMatcher, load_entities
from pakru_desktop.knowledge.facts import Citation, DateRef, StoredFact, content_stems
from pakru_desktop.knowledge.figures import Figure, find_figures
from pakru_desktop.text.sentences import sentence_spans, sentences

from .conftest import ENTITIES

FEB_2026 = ArticleDate("2026-02-27", estimated=True)
JULY_2025 = ArticleDate("2025-07")


def _dates(text: str, article: ArticleDate = FEB_2026) -> list[tuple[str, str, str, bool]]:
    return [(d.iso, d.text, d.precision, d.inferred) for d in find_dates(text, article)]


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "iso", "written"),
    [
        ("They signed it on 14 May 2026 in Moscow.", "2026-05-14", "14 May 2026"),
        ("They signed it on May 14, 2026 in Moscow.", "2026-05-14", "May 14, 2026"),
        ("They signed it on 2026-05-14 in Moscow.", "2026-05-14", "2026-05-14"),
        ("Talks were held on 3rd June 2025.", "2025-06-03", "3rd June 2025"),
    ],
)
def test_full_dates_are_day_precise_and_not_inferred(text: str, iso: str, written: str) -> None:
    assert _dates(text) == [(iso, written, "day", False)]


def test_month_year_year_and_decade() -> None:
    text = "Relations began in May 1948, the mill rose in the 1970s and aid came in 2005."
    assert _dates(text) == [
        ("1948-05", "May 1948", "month", False),
        ("1970", "1970s", "decade", False),
        ("2005", "2005", "year", False),
    ]


@pytest.mark.parametrize(
    ("text", "article", "iso"),
    [
        ("On June 3, Lavrov met Fatemi.", JULY_2025, "2025-06-03"),
        ("the May 13 agreement on a steel mill", JULY_2025, "2025-05-13"),
        ("a visit to Moscow from March 2 to 5", FEB_2026, "2026-03-02"),
        ("Signed on 14 May, the deal took effect.", FEB_2026, "2026-05-14"),
        # More than six months after the article: the previous year's date.
        ("On December 20 the delegation met.", FEB_2026, "2025-12-20"),
        ("They met on 20 December.", FEB_2026, "2025-12-20"),
    ],
)
def test_day_month_takes_its_year_from_the_article_and_is_inferred(
    text: str, article: ArticleDate, iso: str
) -> None:
    found = find_dates(text, article)
    assert [(d.iso, d.precision, d.inferred) for d in found] == [(iso, "day", True)]


@pytest.mark.parametrize(
    ("article", "iso"),
    [
        (ArticleDate("2026-02-27"), "2025-11"),  # nine months ahead: last November
        (ArticleDate("2026-05-10"), "2026-11"),  # exactly six months ahead: this year
        (ArticleDate("2026-04"), "2025-11"),  # seven months ahead
        (ArticleDate("2026"), "2026-11"),  # a year-only date counts as mid-year
    ],
)
def test_lone_month_more_than_six_months_after_the_article_is_last_year(
    article: ArticleDate, iso: str
) -> None:
    found = find_dates("A delegation visited Islamabad in November, officials said.", article)
    assert [(d.iso, d.precision, d.inferred) for d in found] == [(iso, "month", True)]


def test_lone_month_at_the_start_of_a_sentence_is_found() -> None:
    found = find_dates("In November, a delegation visited Islamabad.", FEB_2026)
    assert [(d.iso, d.precision, d.inferred) for d in found] == [("2025-11", "month", True)]


def test_lone_month_after_mid_is_found() -> None:
    found = find_dates("Talks are to resume by mid-March, officials said.", FEB_2026)
    assert [(d.iso, d.precision, d.inferred) for d in found] == [("2026-03", "month", True)]


def test_lone_month_text_leaves_out_the_sentence_full_stop() -> None:
    (found,) = find_dates("A delegation of Russian emergency services visited in November.",
                          FEB_2026)  # fmt: skip
    assert found.text == "November"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Last year, we imported more oil.", "2025"), ("It rose last year.", "2025"),
     ("in the previous year", "2025"), ("scheduled for later this year", "2026"),
     ("expected next year", "2027")],
)  # fmt: skip
def test_relative_years_count_from_the_article_year(text: str, iso: str) -> None:
    assert [(d.iso, d.precision, d.inferred) for d in find_dates(text, FEB_2026)] == [
        (iso, "year", True)
    ]


def test_incomplete_dates_keep_their_day_and_month_in_a_year_unknown_without_article_date(
) -> None:  # fmt: skip
    # Issue 18: with no article date, a day and month are events of a year unknown (0000),
    # still in their order; "last year" has nothing to count from.
    text = "Last year, on June 3 and again in November, they met; in May 1948 it began."
    assert _dates(text, ArticleDate()) == [("0000-06-03", "June 3", "day", True),
                                           ("0000-11", "November", "month", True),
                                           ("1948-05", "May 1948", "month", False)]  # fmt: skip
    assert human_date("0000-06-03", "day") == "3 June (year unknown)"


def test_numbers_of_things_are_not_years() -> None:
    assert _dates("They shipped 2015 tonnes and hired 2020 people for $2024 million.") == []


def test_the_2022_floods_are_a_year_not_a_count() -> None:
    text = "Russia helped after the 2005 earthquake and the 2022 floods."
    assert [d.iso for d in find_dates(text)] == ["2005", "2022"]
    assert find_figures(text, [(d.start, d.end) for d in find_dates(text)]) == []
    assert find_figures(text) == []


@pytest.mark.parametrize("text", ["Signed on 30 February 2026.", "Due on April 31, 2025."])
def test_impossible_calendar_days_never_become_dates(text: str) -> None:
    for mention in find_dates(text, FEB_2026):
        if mention.precision == "day":
            datetime.date.fromisoformat(mention.iso)  # raises on 2026-02-30


# ---------------------------------------------------------------------------- figures


def _figures(text: str) -> list[tuple[float, str, str, str]]:
    return [(f.value, f.unit, f.qualifier, f.text) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("signed a $2.5 billion agreement", 2.5e9, "USD", "$2.5 billion"),
        ("trade had reached US$1 billion before", 1e9, "USD", "US$1 billion"),
        ("a loan of 200 million dollars", 2e8, "USD", "200 million dollars"),
        ("worth Rs 500 crore in all", 5e9, "PKR", "Rs 500 crore"),
        ("a EUR 40 million grant", 4e7, "EUR", "EUR 40 million"),
        ("a ₽5 billion contract", 5e9, "RUB", "₽5 billion"),
        ("a 15% rise in trade", 15, "%", "15%"),
        ("a 12 per cent cut", 12, "%", "12 per cent"),
        ("received 100,000 metric tons of LPG", 1e5, "tonnes", "100,000 metric tons"),
        ("supplies to 10 million tons", 1e7, "tonnes", "10 million tons"),
        ("a pipeline of 250 kilometres", 250, "km", "250 kilometres"),
        ("a plant of 1,200 MW", 1200, "MW", "1,200 MW"),
        ("with 60 businesspersons on board", 60, "businessperson", "60 businesspersons"),
        ("joined by 90 Pakistani companies", 90, "company", "90 Pakistani companies"),
    ],
)
def test_money_percentages_quantities_and_counts(
    text: str, value: float, unit: str, written: str
) -> None:
    assert _figures(text) == [(pytest.approx(value), unit, "=", written)]


@pytest.mark.parametrize(
    ("text", "qualifier", "written"),
    [
        ("comprising more than 60 businesspersons", ">", "more than 60 businesspersons"),
        ("an export value of over $500 million", ">", "over $500 million"),
        ("from around 90 Pakistani companies", "~", "around 90 Pakistani companies"),
        ("about 1,200 MW of power", "~", "about 1,200 MW"),
        ("a cut of up to 5%", "<", "up to 5%"),
    ],
)
def test_qualifiers_are_kept_with_the_figure(text: str, qualifier: str, written: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.qualifier, figure.text) == (qualifier, written)
    assert text[figure.start : figure.end] == written


def test_about_ninety_is_the_same_claim_as_ninety_but_more_than_hundred_is_not_hundred() -> None:
    (about_90,) = find_figures("around 90 Pakistani companies")
    (plain_90,) = find_figures("90 companies from Pakistan")
    (over_100,) = find_figures("more than 100 Pakistani companies")
    (plain_100,) = find_figures("100 Pakistani companies")
    assert about_90.claim == plain_90.claim and about_90.key == plain_90.key
    assert over_100.key == plain_100.key and over_100.claim != plain_100.claim
    assert about_90.claim != over_100.claim


@pytest.mark.parametrize(
    "text", ["ten times more", "the 2022 floods", "in 1990 years", "about 10 times", "Covid-19"]
)
def test_words_that_count_nothing_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_spans_already_taken_by_dates_are_skipped() -> None:
    text = "In 2023 Pakistan took a $3 billion package."
    (date,) = find_dates(text)
    assert [f.text for f in find_figures(text, [(date.start, date.end)])] == ["$3 billion"]


# ---------------------------------------------------------------------------- entities


@pytest.fixture(scope="module")
def matcher() -> EntityMatcher:
    return EntityMatcher(load_entities(ENTITIES))


@pytest.mark.parametrize(
    "text",
    ["Shehbaz Sharif met him.", "Shahbaz Sharif met him.", "PM Shehbaz’s Moscow visit",
     "Mian Muhammad Shahbaz Sharif met him.", "Sharif told Putin so."],
)  # fmt: skip
def test_every_spelling_of_shehbaz_sharif_is_one_person(matcher: EntityMatcher, text: str) -> None:
    assert matcher.names(text)[0] == "Shehbaz Sharif"


def test_the_longest_form_is_one_mention(matcher: EntityMatcher) -> None:
    text = "Prime Minister Mian Muhammad Shahbaz Sharif arrived in Karachi."
    found = [(e.name, text[s:e_]) for e, s, e_ in matcher.find(text)]
    assert found == [("Shehbaz Sharif", "Mian Muhammad Shahbaz Sharif"), ("Karachi", "Karachi")]


def test_words_of_a_name_may_be_joined_by_any_punctuation() -> None:
    forum = Entity("Moscow-Islamabad Media Forum", "organisation", "", ("Pak-Russia Media Forum",))
    khorev = Entity("Albert Khorev", "person", "", ("Albert P. Khorev",))
    matcher = EntityMatcher([forum, khorev])
    for text in ("the Pak-Russia Media Forum", "the Pak–Russia Media Forum",
                 "the Pak Russia media forum", "Albert P. Khorev said"):  # fmt: skip
        assert len(matcher.find(text)) == 1, text


def test_acronyms_match_in_capitals_only() -> None:
    app = Entity("Associated Press of Pakistan", "organisation", "", ("APP",))
    matcher = EntityMatcher([app])
    assert matcher.names("The APP reported it.") == ["Associated Press of Pakistan"]
    assert matcher.names("Download the app now.") == []
    assert matcher.names("The App Store listed it.") == []
    assert matcher.names("reported by the associated press of pakistan") == [
        "Associated Press of Pakistan"
    ]


def test_names_are_distinct_and_in_order_of_first_mention(matcher: EntityMatcher) -> None:
    text = "Putin met Sharif in Moscow; Shehbaz Sharif thanked Vladimir Putin."
    assert matcher.names(text) == ["Vladimir Putin", "Shehbaz Sharif", "Moscow"]


def test_a_name_inside_a_longer_word_is_not_a_mention(matcher: EntityMatcher) -> None:
    assert matcher.names("the Russianness of Pakistaniyat") == []


def test_candidates_are_unknown_names_and_acronyms_only(matcher: EntityMatcher) -> None:
    text = ("Geopolitical expert Roksolana Zygon and President Ivan Petrovich Sidorov met the "
            "XYZ board and the Foo Bar Institute about LNG in Karachi.")  # fmt: skip
    candidates = matcher.candidates(text)
    assert "Ivan Petrovich Sidorov" in candidates
    assert "Foo Bar Institute" in candidates and "XYZ" in candidates
    assert "Roksolana Zygon" not in candidates  # known
    assert "LNG" not in candidates and "Karachi" not in candidates
    assert not any(c.startswith(("President", "The ")) for c in candidates)


def test_entities_load_from_toml_and_a_broken_file_gives_none(tmp_path: Path) -> None:
    good = tmp_path / "entities.toml"
    good.write_text('[[person]]\nname = "Ivan Petrov"\nrole = "Envoy"\naliases = ["Petrov"]\n'
                    '[[place]]\nname = "Gwadar"\n', encoding="utf-8")  # fmt: skip
    loaded = {e.name: e for e in load_entities(good)}
    assert set(loaded) == {"Ivan Petrov", "Gwadar"}
    assert loaded["Ivan Petrov"].kind == "person" and loaded["Ivan Petrov"].forms == (
        "Ivan Petrov", "Petrov")  # fmt: skip
    assert loaded["Gwadar"].kind == "place"
    broken = tmp_path / "broken.toml"
    broken.write_text("[[person]\nname = ", encoding="utf-8")
    assert load_entities(broken) == []
    assert load_entities(tmp_path / "missing.toml") == []


# ---------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Vyacheslav Belokrantsky spoke. Then he left.",
         ["Dr. Vyacheslav Belokrantsky spoke.", "Then he left."]),
        ("The former U.S. President spoke. Next came Russia.",
         ["The former U.S. President spoke.", "Next came Russia."]),
        ("relations.In this context, the pipeline matters.",
         ["relations.", "In this context, the pipeline matters."]),
        ("He said: “We respect Russia-India ties.” He smiled.",
         ["He said: “We respect Russia-India ties.”", "He smiled."]),
        ("It cost $3 billion. 2023 was hard!  Was it?",
         ["It cost $3 billion.", "2023 was hard!", "Was it?"]),
    ],
)  # fmt: skip
def test_sentences_split_where_a_reader_would(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_spans_are_exact_quotes_of_the_paragraph() -> None:
    paragraph = ("On June 3, Russian Foreign Minister Sergey Lavrov met Fatemi. "
                 "Lavrov called Pakistan a “natural ally.” Dr. Khan agreed.")  # fmt: skip
    spans = sentence_spans(paragraph)
    quotes = [paragraph[s:e] for s, e in spans]
    assert quotes == sentences(paragraph)
    assert len(quotes) == 3
    for quote in quotes:
        assert quote in paragraph and quote == quote.strip()


# ---------------------------------------------------------------------------- corroboration


def _fact(
    fact_id: int,
    text: str,
    article: str,
    *,
    figures: tuple[Figure, ...] = (),
    dates: tuple[DateRef, ...] = (),
    entities: tuple[str, ...] = (),
    events: tuple[str, ...] = (),
    paragraph: int = 1,
) -> StoredFact:
    return StoredFact(
        fact_id=fact_id,
        text=text,
        kind="figure" if figures else "date" if dates else "meeting",
        dates=list(dates),
        figures=list(figures),
        entities=list(entities),
        events=list(events),
        topics=["trade"],
        citation=Citation(article, f"{article}.txt", paragraph, text),
        stems=content_stems(text),
    )


def _companies(value: float, qualifier: str, written: str) -> Figure:
    return Figure(value, "company", qualifier, written, 0, 0)


FORUM = ("Pakistan-Russia Business Forum", "Moscow")
ABOUT_90 = _fact(1, "Around 90 Pakistani companies will take part in the Pakistan-Russia "
                    "Business Forum in Moscow.", "a",
                 figures=(_companies(90, "~", "Around 90 Pakistani companies"),),
                 entities=FORUM, events=("business forum",))  # fmt: skip
EXACTLY_90 = _fact(2, "The Pakistan-Russia Business Forum in Moscow will bring together 90 "
                      "companies from Pakistan.", "b",
                   figures=(_companies(90, "=", "90 companies"),),
                   entities=FORUM, events=("business forum",))  # fmt: skip
OVER_100 = _fact(3, "The Pakistan-Russia Business Forum in Moscow will bring together more "
                    "than 100 companies from Pakistan.", "c",
                 figures=(_companies(100, ">", "more than 100 companies"),),
                 entities=FORUM, events=("business forum",))  # fmt: skip


def test_reports_with_the_same_figure_about_the_same_thing_are_one_fact() -> None:
    (fact,) = group([ABOUT_90, EXACTLY_90])
    assert fact.text == ABOUT_90.text  # the earliest report gives the wording
    assert [c.article_id for c in fact.citations] == ["a", "b"]
    assert fact.article_count == 2


def test_reports_with_different_figures_are_never_one_fact() -> None:
    facts = group([ABOUT_90, EXACTLY_90, OVER_100])
    assert len(facts) == 2
    by_articles = sorted(sorted(c.article_id for c in f.citations) for f in facts)
    assert by_articles == [["a", "b"], ["c"]]


def test_sentences_differing_only_in_their_number_stay_apart() -> None:
    first = _fact(1, "The forum in Moscow will host 90 companies.", "a",
                  figures=(_companies(90, "=", "90 companies"),), entities=FORUM,
                  events=("business forum",))  # fmt: skip
    second = _fact(2, "The forum in Moscow will host 91 companies.", "b",
                   figures=(_companies(91, "=", "91 companies"),), entities=FORUM,
                   events=("business forum",))  # fmt: skip
    assert len(group([first, second])) == 2


def test_the_same_figure_about_different_things_is_not_merged() -> None:
    trade = _fact(1, "Bilateral trade between Pakistan and Russia reached US$1 billion.", "a",
                  figures=(Figure(1e9, "USD", "=", "US$1 billion", 0, 0),),
                  entities=("Pakistan", "Russia"))  # fmt: skip
    loan = _fact(2, "The IMF approved a US$1 billion loan for Egypt.", "b",
                 figures=(Figure(1e9, "USD", "=", "US$1 billion", 0, 0),),
                 entities=("International Monetary Fund", "Egypt"))  # fmt: skip
    assert len(group([trade, loan])) == 2


def test_a_syndicated_copy_of_a_sentence_is_the_same_fact() -> None:
    copy = _fact(9, ABOUT_90.text, "z", figures=ABOUT_90.figures, entities=FORUM,
                 events=("business forum",))  # fmt: skip
    (fact,) = group([ABOUT_90, copy])
    assert {c.article_id for c in fact.citations} == {"a", "z"}


def test_same_dates_merge_and_different_dates_do_not() -> None:
    may = DateRef("2025-05-13", "May 13", "day", True)
    june = DateRef("2025-06-13", "June 13", "day", True)
    text = "Pakistan and Russia signed the steel mill agreement in Karachi on {}."
    one = _fact(1, text.format("May 13"), "a", dates=(may,), entities=("Karachi",),
                events=("mill agreement",))  # fmt: skip
    two = _fact(2, text.format("May 13"), "b", dates=(may,), entities=("Karachi",),
                events=("mill agreement",))  # fmt: skip
    other = _fact(3, text.format("June 13"), "c", dates=(june,), entities=("Karachi",),
                  events=("mill agreement",))  # fmt: skip
    facts = group([one, two, other])
    assert sorted(len(f.citations) for f in facts) == [1, 2]


def test_differing_figures_about_the_same_thing_are_a_conflict_with_both_claims() -> None:
    facts = group([ABOUT_90, EXACTLY_90, OVER_100])
    (conflict,) = conflicts(facts)
    assert "compan" in conflict.about
    claims = {claim.value: claim for claim in conflict.claims}
    assert set(claims) == {"Around 90 Pakistani companies", "more than 100 companies"}
    assert [c.article_id for c in claims["Around 90 Pakistani companies"].citations] == ["a", "b"]
    assert [c.article_id for c in claims["more than 100 companies"].citations] == ["c"]
    assert claims["more than 100 companies"].text == OVER_100.text


def test_agreeing_reports_and_different_units_are_no_conflict() -> None:
    assert conflicts(group([ABOUT_90, EXACTLY_90])) == []
    money = _fact(4, "The Pakistan-Russia Business Forum in Moscow expects deals of $90 million.",
                  "d", figures=(Figure(9e7, "USD", "=", "$90 million", 0, 0),), entities=FORUM,
                  events=("business forum",))  # fmt: skip
    assert conflicts(group([ABOUT_90, money])) == []


_QUALIFIER_WORDS = {"=": "", "~": "around ", ">": "more than ", "<": "up to "}

reports = st.lists(
    st.tuples(
        st.sampled_from([90, 100, 120]),
        st.sampled_from(["=", "~", ">", "<"]),
        st.sampled_from(["a", "b", "c", "d"]),
        st.sampled_from(["will bring together", "will host", "expects"]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_property_one_fact_never_holds_two_different_figures(
    drawn: list[tuple[int, str, str, str]],
) -> None:
    stored = []
    for i, (value, qualifier, article, verb) in enumerate(drawn):
        written = f"{_QUALIFIER_WORDS[qualifier]}{value} companies"
        text = f"The Pakistan-Russia Business Forum in Moscow {verb} {written} from Pakistan."
        stored.append(_fact(i, text, article, figures=(_companies(value, qualifier, written),),
                            entities=FORUM, events=("business forum",)))  # fmt: skip
    facts = group(stored)
    assert sum(len(f.members) for f in facts) == len(stored)
    for fact in facts:
        assert len({m.figures[0].claim for m in fact.members}) == 1
    distinct = {s.figures[0].claim for s in stored}
    assert len(facts) >= len(distinct)
    for conflict in conflicts(facts):
        values = [c.value for c in conflict.claims]
        assert len(conflict.claims) >= 2 and len(set(values)) == len(values)


# ---------------------------------------------------------------------------- properties

_WORDS = ["May", "June", "March", "in", "In", "on", "the", "1970s", "2022", "14", "3", "2 to 5",
          "last year", "$", "US$", "2.5", "billion", "million", "%", "per cent", "100,000",
          "metric tons", "companies", "more than", "around", ",", ".", "–", "-", "Dr.", "U.S.",
          "”", "“", "Sharif", "floods", "0", "31", "February", "mid-", "1,2", "9" * 30]  # fmt: skip
sentence_like = st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join) | st.text(max_size=200)
article_dates = st.sampled_from(
    [ArticleDate(), ArticleDate("2026-02-27"), ArticleDate("2025-07"), ArticleDate("1999")]
)
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None)


@PROPERTY_SETTINGS
@given(text=sentence_like, article=article_dates)
def test_property_find_dates_never_raises_and_spans_index_the_text(
    text: str, article: ArticleDate
) -> None:
    found = find_dates(text, article)
    previous_end = 0
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end  # left to right, none overlapping
        previous_end = mention.end
        assert mention.precision in {"day", "month", "year", "decade"}
        assert mention.iso[:4].isdigit()


@PROPERTY_SETTINGS
@given(text=sentence_like)
def test_property_find_figures_never_raises_and_spans_index_the_text(text: str) -> None:
    previous_end = 0
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.text
        assert figure.start >= previous_end
        previous_end = figure.end
        assert figure.qualifier in {"=", "~", ">", "<"} and figure.unit


@PROPERTY_SETTINGS
@given(text=sentence_like)
def test_property_sentences_cover_the_paragraph_and_quote_it_exactly(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    covered = []
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        covered.append(text[start:end])
    assert "".join("".join(covered).split()) == "".join(text.split())
