"""Time expressions: resolution rules and finding them in parsed text."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsevents.parsed import ParsedDoc
from newsevents.resolve.times import find_times, resolve_expression

PUB = datetime(2017, 11, 15, 12, 31)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("November 14, 2017", "2017-11-14", "day"),
        ("14 November 2017", "2017-11-14", "day"),
        ("Sept. 11, 2001", "2001-09-11", "day"),
        ("August 2017", "2017-08", "month"),
        ("2008", "2008", "year"),
        ("back in 2008", "2008", "year"),
        ("early 2014", "2014", "year"),
        ("the first quarter of 2016", "2016", "year"),
        ("the 1990s", "199", "decade"),
        ("the '80s", "198", "decade"),
        ("the 19th century", "18", "century"),
        ("the twenty-first century", "20", "century"),
        ("2017-11-03", "2017-11-03", "day"),
        ("2017-11-03T09:15", "2017-11-03T09:15", "time"),
        ("25/12/2016", "2016-12-25", "day"),
        ("15 Nov.'17", "2017-11-15", "day"),
    ],
)
def test_absolute(text: str, value: str, precision: str) -> None:
    assert resolve_expression(text, PUB) == (value, precision)
    assert resolve_expression(text, None) == (value, precision)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("on November 14", PUB, "2017-11-14"),
        ("on August 8", PUB, "2017-08-08"),
        ("Aug. 8", PUB, "2017-08-08"),
        ("8 August", PUB, "2017-08-08"),
        ("the 8th of August", PUB, "2017-08-08"),
        ("Monday, August 7", PUB, "2017-08-07"),
        ("on December 20", datetime(2017, 1, 5), "2016-12-20"),
        ("mid-October", PUB, "2017-10"),
    ],
)
def test_partial_dates_take_the_latest_year(text: str, published: datetime, value: str) -> None:
    assert resolve_expression(text, published)[0] == value


def test_partial_dates_follow_tense() -> None:
    jan = datetime(2017, 1, 5)
    assert resolve_expression("on December 20", jan, tense="future")[0] == "2017-12-20"
    # a date a few days ahead is an upcoming event unless the verb is past
    assert resolve_expression("November 20", PUB)[0] == "2017-11-20"
    assert resolve_expression("November 20", PUB, tense="past")[0] == "2016-11-20"
    assert resolve_expression("in March", PUB, tense="future") == ("2018-03", "month")
    assert resolve_expression("in March", PUB, tense="past") == ("2017-03", "month")


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("today", "2017-11-15", "day"),
        ("this morning", "2017-11-15", "day"),
        ("tonight", "2017-11-15", "day"),
        ("yesterday", "2017-11-14", "day"),
        ("last night", "2017-11-14", "day"),
        ("tomorrow", "2017-11-16", "day"),
        ("on Tuesday", "2017-11-14", "day"),
        ("Monday evening", "2017-11-13", "day"),
        ("on Wednesday", "2017-11-15", "day"),  # publication day itself
        ("on Thursday", "2017-11-09", "day"),
        ("next Tuesday", "2017-11-21", "day"),
        ("last week", "2017-W45", "week"),
        ("this week", "2017-W46", "week"),
        ("next week", "2017-W47", "week"),
        ("last month", "2017-10", "month"),
        ("earlier this month", "2017-11", "month"),
        ("next month", "2017-12", "month"),
        ("this year", "2017", "year"),
        ("last year", "2016", "year"),
        ("late last year", "2016", "year"),
        ("ten years ago", "2007", "year"),
        ("10 years ago", "2007", "year"),
        ("twenty-five years ago", "1992", "year"),
        ("two days ago", "2017-11-13", "day"),
        ("three weeks ago", "2017-W43", "week"),
        ("a month ago", "2017-10", "month"),
        ("two decades ago", "199", "decade"),
        ("last November", "2016-11", "month"),
    ],
)
def test_relative(text: str, value: str, precision: str) -> None:
    assert resolve_expression(text, PUB) == (value, precision)
    assert resolve_expression(text, None) == (None, None)


def test_weekday_future_tense_looks_ahead() -> None:
    assert resolve_expression("on Friday", PUB, tense="future")[0] == "2017-11-17"
    assert resolve_expression("on Friday", PUB)[0] == "2017-11-10"
    assert resolve_expression("in two weeks", PUB, tense="future") == ("2017-W48", "week")


@pytest.mark.parametrize(
    "text", ["66-year-old", "ten years", "for three days", "the past week", "the last year"]
)
def test_durations_have_no_value(text: str) -> None:
    assert resolve_expression(text, PUB) == (None, "duration")


def test_times_and_unresolvable() -> None:
    assert resolve_expression("12:31", PUB) == (None, "time")
    assert resolve_expression("at 3 p.m.", PUB) == (None, "time")
    assert resolve_expression("3 p.m. Tuesday", PUB) == ("2017-11-14", "day")
    assert resolve_expression("the next day", PUB) == (None, None)
    assert resolve_expression("recently", PUB) == (None, None)
    assert resolve_expression("16", PUB) == (None, None)


# -- finding -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parse():  # type: ignore[no-untyped-def]
    from newsevents.nlp import parse_one

    return parse_one


def _found(doc: ParsedDoc) -> list[tuple[str, str | None, str | None]]:
    times = find_times(doc, PUB)
    for t in times:
        assert doc.text[t.start : t.end] == t.text
    return [(t.text, t.value, t.precision) for t in times]


def test_find_ago_and_back_in(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The minister said it happened ten years ago, back in 2008.")
    assert _found(doc) == [("ten years ago", "2007", "year"), ("2008", "2008", "year")]


def test_find_partial_date(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("An agreement was signed with the rebels on August 8.")
    assert _found(doc) == [("August 8", "2017-08-08", "day")]


def test_find_regex_forms_and_skips_ages(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(
        "Earlier this month, the 66-year-old envoy visited Paris on Aug. 8 and 3 September. "
        "Last week he met the mayor."
    )
    found = _found(doc)
    assert ("Aug. 8", "2017-08-08", "day") in found
    assert ("3 September", "2017-09-03", "day") in found
    assert ("Last week", "2017-W45", "week") in found
    assert found[0][1:] == ("2017-11", "month")
    assert not any("year-old" in text for text, _, _ in found)


def test_find_uses_tense(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The two leaders will meet again on Friday. They spoke on Monday.")
    assert _found(doc) == [("Friday", "2017-11-17", "day"), ("Monday", "2017-11-13", "day")]


def test_find_dateline_and_iso(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Tbilisi / 14 Nov.'17 / 09:10\n\nThe report, dated 2017-11-03, was released.")
    found = _found(doc)
    assert ("14 Nov.'17", "2017-11-14", "day") in found
    assert ("2017-11-03", "2017-11-03", "day") in found


def test_find_without_publication_date(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The treaty was signed on 12 March 1998 and ratified yesterday.")
    times = find_times(doc, None)
    assert [(t.text, t.value) for t in times][:1] == [("12 March 1998", "1998-03-12")]
    assert all(t.value is None for t in times[1:])


def test_weekday_with_partial_date_picks_the_year() -> None:
    # 20 December 2016 was a Tuesday; 20 December 2017 a Wednesday.
    assert resolve_expression("Wednesday, December 20", datetime(2017, 1, 5))[0] == "2017-12-20"
    assert resolve_expression("Tuesday, December 20", datetime(2017, 1, 5))[0] == "2016-12-20"
