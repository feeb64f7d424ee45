"""The fast ways dates, figures, named events and names are read (ASCII twins of the patterns,
a pattern tried only at word starts, names placed from their first words) read a sentence as
the plain ways do: the same sentence is read once as ASCII and once with a non-ASCII letter
after it (which sends it down the Unicode path), and the two readings must agree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pakru_desktop.knowledge import entities
from pakru_desktop.knowledge.dates import ArticleDate, find_dates
from pakru_desktop.knowledge.entities import Entity, EntityMatcher
from pakru_desktop.knowledge.extract import event_spans
from pakru_desktop.knowledge.figures import find_figures
from pakru_desktop.knowledge.word_lists import word_starts

ARTICLE = ArticleDate("1987-03-18")
# Pieces of newswire sentences: dates, figures, named events, and the words around them.
PIECES = [
    "on March 5", "5 March 1987", "March 1987", "Sept. 12, 1986", "in mid-April", "1987-03-02",
    "the 1970s", "last year", "next week", "yesterday", "late today", "on Friday", "Monday",
    "the December accord", "the end of May", "April three", "until May one", "week of July 20",
    "12.5 pct", "5 mln dlrs", "$2.1 billion", "1,250 tonnes", "90 companies", "45 to 50 banks",
    "between 65.75 and 91.00 dlrs", "five mln barrels", "the fifth meeting", "3-1/2 pct",
    "a trade agreement", "the Tokyo summit", "Sunday's elections", "a joint venture", "said",
    "XMarch 5", "aMay", "19870", "AJan", "the", "of", ",", ".", "-", "and", "to",
]  # fmt: skip
NAMES = EntityMatcher([
    Entity("Norland", "place", "", ()), Entity("Norland Oil", "organisation", "", ("NOC",)),
    Entity("Alba Bank", "organisation", "", ("Alba",)), Entity("OPEC", "organisation", "", ()),
])  # fmt: skip
PIECES += ["Norland", "Norland Oil", "NORLAND", "norland's", "Norlander", "Norland_Oil", "NOC",
           "noc", "Alba", "Alba-Bank", "Alba Bank", "OPEC", "Opec", "(Norland)", "Norland-Oil"]  # fmt: skip
SENTENCES = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_dates_read_the_same_on_the_ascii_and_the_unicode_path(sentence: str) -> None:
    assert find_dates(sentence, ARTICLE) == find_dates(sentence + " é", ARTICLE)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_figures_read_the_same_on_the_ascii_and_the_unicode_path(sentence: str) -> None:
    assert find_figures(sentence) == find_figures(sentence + " é")


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_named_events_read_the_same_on_the_ascii_and_the_unicode_path(sentence: str) -> None:
    assert event_spans(sentence) == event_spans(sentence + " é")


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_known_names_found_the_same_whether_or_not_folding_keeps_offsets(sentence: str) -> None:
    # "ß" folds to "ss": the paragraph is then read word by word, not by the words' places.
    assert NAMES.find(sentence) == NAMES.find(sentence + " ß")


# Capitalised runs and acronyms as newswire writes them, and what breaks them.
NAME_PIECES = st.sampled_from([
    "Bank", "of", "Norland", "the", "Central", "McDonald", "O'Neill", "Al-Ahram", "Pak-Russia",
    "REUTER", "OPEC", "ABCDEFGH", "US", "a", "said", "and", "De", "de", "X", "Ab", "iPhone",
    "Norland’s", "  ", "\n", ",", ".", "-", "2", "CEO", "NOCs", "DLRS", "Mr", "Co", "Inc",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(NAME_PIECES, min_size=1, max_size=14).map(" ".join))
def test_unknown_names_are_found_as_the_plain_patterns_find_them(text: str) -> None:
    # The fast patterns (atomic words, one capital first) against the ones they stand for.
    def spans(matches: object) -> list[tuple[int, int]]:
        return [m.span() for m in matches]  # type: ignore[attr-defined]

    assert spans(word_starts(entities._CAPITALISED_RUN_AT, text)) == spans(
        entities._CAPITALISED_RUN.finditer(text))  # fmt: skip
    assert spans(word_starts(entities._ACRONYM_AT, text)) == spans(
        entities._ACRONYM.finditer(text))  # fmt: skip


def test_a_known_name_is_found_only_as_whole_words() -> None:
    text = "Norlander and Norland_Oil differ; Norland Oil (NOC) and norland, then Norland."
    found = [(e.name, text[s:e_]) for e, s, e_ in NAMES.find(text)]
    # "Norlander" is another word; "_" parts words as punctuation does ("Norland_Oil").
    assert found == [("Norland Oil", "Norland_Oil"), ("Norland Oil", "Norland Oil"),
                     ("Norland Oil", "NOC"), ("Norland", "norland"), ("Norland", "Norland")]  # fmt: skip


def test_an_information_separator_between_day_and_month_reads_as_a_space() -> None:
    # Unicode's \s takes \x1c-\x1f, ASCII's does not: such text must not take the ASCII path.
    spaced = find_dates("Talks opened on 5 March 1987 in Geneva.", ARTICLE)
    separated = find_dates("Talks opened on 5\x1fMarch 1987 in Geneva.", ARTICLE)
    assert [d.iso for d in separated] == [d.iso for d in spaced]
    assert [d.iso for d in spaced]  # the date is read at all


def test_a_month_name_inside_a_word_is_no_date() -> None:
    # Read without its opening "\b", a month pattern keeps only matches at a word's start.
    assert find_dates("The XMarch 5 index and the AJan 10 series rose.", ARTICLE) == []
    assert find_dates("The March 5 index and the Jan 10 series rose.", ARTICLE) != []
