"""The filter language `claims -w`, `export -w` and the TUI's search box share."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claimtrack.filters import FilterError, describe, parse
from claimtrack.store import ClaimQuery


def test_key_value_words_narrow_and_the_rest_searches():
    query = parse(
        'status:Benar,keliru speaker:"Sri Mulyani" outlet:detik since:2024-05-01 until:2024-05-31 '
        "assignee:me lang:ID contested checked:no sort:recent senjata rusia",
        editor="ana",
    ).query
    assert query.statuses == ("verified", "false")
    assert (query.speaker, query.outlet, query.assignee, query.language) == ("Sri Mulyani", "detik", "ana", "id")
    assert (query.since, query.until) == (date(2024, 5, 1), date(2024, 5, 31))
    assert (query.contested, query.previously_checked, query.sort) == (True, False, "recent")
    assert query.search == "senjata rusia"


def test_describe_writes_a_query_back_in_the_same_language():
    text = 'status:false speaker:"Sri Mulyani" since:2024-05-01 assignee:none contested sort:sources tax'
    query = parse(text, editor="ana").query
    assert describe(query, editor="ana") == text
    assert parse(describe(query, editor="ana"), editor="ana").query == query
    assert describe(ClaimQuery()) == ""


def test_days_back_and_indonesian_keys():
    query = parse("sejak:7d pembicara:AHY media:kompas").query
    assert query.since == date.today() - timedelta(days=7)
    assert (query.speaker, query.outlet) == ("AHY", "kompas")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("status:sorta", "unknown status 'sorta'"),
        ("since:yesterday", "since: 'yesterday' is not a date"),
        ("sort:sideways", "unknown order 'sideways'"),
        ("contested:maybe", "contested: 'maybe'"),
        ("outlet:", "outlet: give a value"),
    ],
)
def test_a_word_it_cannot_read_is_an_error_or_while_typing_a_problem(text, problem):
    with pytest.raises(FilterError, match=problem):
        parse(text)
    loose = parse(f"{text} senjata", strict=False)
    assert loose.query.search == "senjata" and problem in loose.problems[0]


def test_an_unclosed_quote_while_typing_is_no_error():
    assert parse('speaker:"Sri Mul', strict=False).query.speaker == "Sri Mul"
