"""The query language: what the parser reads, and how it reads what it cannot parse."""

from __future__ import annotations

import pytest

from pakru_desktop.search.query import describe, parse


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("pipeline", "pipeline"),
        ("gas pipeline", "gas AND pipeline"),
        ('"gas pipeline"', '"gas pipeline"'),
        ("gas OR oil", "(gas OR oil)"),
        ("gas AND oil", "gas AND oil"),
        ("pakistan -india", "pakistan AND NOT india"),
        ("pakistan NOT india", "pakistan AND NOT india"),
        ("pip*", "pip*"),
        ("(gas OR oil) pipeline", "(gas OR oil) AND pipeline"),
        ("Pakistan-Russia", '"pakistan russia"'),
        ("Pakistan–Russia", '"pakistan russia"'),
        ("Shehbaz’s", '"shehbaz s"'),
        ("Shehbaz's", '"shehbaz s"'),
        ("ÉNERGIE", "energie"),
        ("gas or oil", "gas AND or AND oil"),  # operators are uppercase only
        ('-"gas pipeline" steel', 'NOT "gas pipeline" AND steel'),
        ("pipeline -(Ukraine OR India)", "pipeline AND NOT (ukraine OR india)"),
    ],
)
def test_query_is_read_as(typed: str, read_as: str) -> None:
    parsed = parse(typed)
    assert describe(parsed.tree) == read_as
    assert parsed.notice is None


@pytest.mark.parametrize(
    ("typed", "read_as", "reason"),
    [
        ("(gas OR oil", "gas AND or AND oil", "not closed"),
        ("gas OR", "gas AND or", "both sides"),
        ("OR gas", "or AND gas", "both sides"),
        ("gas)", "gas", "no opening"),
        ("gas NOT", "gas AND not", "after it"),
        ("(" * 40 + "gas" + ")" * 40, "gas", "nested"),
    ],
)
def test_unreadable_query_is_searched_as_plain_words_with_a_notice(
    typed: str, read_as: str, reason: str
) -> None:
    parsed = parse(typed)
    assert describe(parsed.tree) == read_as
    assert parsed.notice is not None and reason in parsed.notice


def test_only_negative_terms_search_nothing_and_say_why() -> None:
    parsed = parse("-india")
    assert parsed.tree is None
    assert "NOT" in (parsed.notice or "")


def test_unclosed_quote_runs_to_the_end_with_a_notice() -> None:
    parsed = parse('steel "karachi mill')
    assert describe(parsed.tree) == 'steel AND "karachi mill"'
    assert "quote" in (parsed.notice or "")


def test_live_typing_makes_the_last_bare_word_a_prefix() -> None:
    assert describe(parse("gas pip", live=True).tree) == "gas AND pip*"
    assert describe(parse("gas pip ", live=True).tree) == "gas AND pip"
    assert describe(parse('"gas pip"', live=True).tree) == '"gas pip"'


def test_empty_and_punctuation_only_queries_have_no_tree() -> None:
    for typed in ["", "   ", "*", '""', "()", "-", "&&&"]:
        assert parse(typed).tree is None


def test_upper_case_and_is_an_operator_and_lower_case_and_a_word() -> None:
    assert describe(parse("gas AND oil").tree) == describe(parse("gas oil").tree) == "gas AND oil"
    assert describe(parse("gas and oil").tree) == "gas AND and AND oil"
    assert describe(parse("AND gas AND").tree) == "gas"
    assert describe(parse("(gas AND oil) OR steel").tree) == "(gas AND oil OR steel)"


def test_a_trailing_operator_while_typing_waits_for_the_next_word() -> None:
    for typed in ["gas AND", "gas AND ", "gas OR", "gas NOT"]:
        parsed = parse(typed, live=True)
        assert describe(parsed.tree) == "gas", typed  # "gas" is finished, not a prefix
        assert parsed.notice is None


def test_words_joined_by_and_are_not_merged_into_a_name(engine) -> None:  # type: ignore[no-untyped-def]
    # "Tariq Fatemi" is a name (entities.toml); "Tariq AND Fatemi" asks for two words anywhere.
    merged = engine.compile(parse("Tariq Fatemi").tree).expression
    apart = engine.compile(parse("Tariq AND Fatemi").tree).expression
    assert '"tariq fatemi"' in merged and '"tariq" AND' not in merged
    assert '"tariq" AND' in apart  # Tariq alone, and the name Fatemi
