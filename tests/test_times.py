"""Time expressions: resolution rules and finding them in parsed text."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsevents.parsed import ParsedDoc
from newsevents.resolve.timerules import Anchors, anaphoric, holiday_date, spoken_years
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
        ("the first quarter of 2016", "2016-Q1", "quarter"),
        ("the fourth quarter of 1997", "1997-Q4", "quarter"),
        ("Q3 2017", "2017-Q3", "quarter"),
        ("the summer of 2008", "2008-SU", "season"),
        ("nineteen ninety-six", "1996", "year"),
        ("the year two thousand", "2000", "year"),
        ("January nineteen ninety-seven", "1997-01", "month"),
        ("every Thursday", "XXXX-WXX-4", "set"),
        ("daily", "P1D", "set"),
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
    # the nearest occurrence; a past verb rules out one more than 60 days ahead only
    # (a few days ahead with a past verb is an article dated before the event)
    assert resolve_expression("November 20", PUB)[0] == "2017-11-20"
    assert resolve_expression("November 20", PUB, tense="past")[0] == "2017-11-20"
    assert resolve_expression("on March 20", jan)[0] == "2017-03-20"
    assert resolve_expression("on March 20", jan, tense="past")[0] == "2016-03-20"
    assert resolve_expression("in March", PUB, tense="future") == ("2018-03", "month")
    assert resolve_expression("in March", PUB, tense="past") == ("2017-03", "month")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("by Jan. 14", datetime(2000, 1, 6), "2000-01-14"),
        ("early March", datetime(1999, 2, 10), "1999-03"),
        ("in April", datetime(1998, 12, 5), "1999-04"),
        ("in January", datetime(2017, 11, 15), "2018-01"),
        ("in September", datetime(2017, 11, 15), "2017-09"),
    ],
)
def test_partial_dates_without_tense_take_the_nearest(
    text: str, published: datetime, value: str
) -> None:
    assert resolve_expression(text, published)[0] == value


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
        ("last Wednesday", "2017-11-08", "day"),  # written on a Wednesday: a week back
        ("January this year", "2017-01", "month"),
        ("June 5 last year", "2016-06-05", "day"),
        ("late-November", "2017-11", "month"),
        ("the current fiscal year", "2017", "year"),
        ("the third quarter", "2017-Q3", "quarter"),
        ("third-quarter", "2017-Q3", "quarter"),
        ("the fourth quarter", "2017-Q4", "quarter"),  # begun on 1 October
        ("the latest quarter", "2017-Q3", "quarter"),
        ("this year's first quarter", "2017-Q1", "quarter"),
        ("this summer", "2017-SU", "season"),
        ("last spring", "2017-SP", "season"),
        ("next spring", "2018-SP", "season"),
        ("Christmas", "2017-12-25", "day"),
        ("last Christmas", "2016-12-25", "day"),
        ("Thanksgiving", "2017-11-23", "day"),
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
    assert resolve_expression("the next day", PUB) == (None, None)  # see test_find_refers_back
    assert resolve_expression("16", PUB) == (None, None)
    # no year written: dateparser's 1925 for "April 24 and 25" is refused
    assert resolve_expression("April 24 and 25", PUB)[0] in (None, "2018-04-24")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("in the past", "PAST_REF"),
        ("recent years", "PAST_REF"),
        ("the near future", "FUTURE_REF"),
    ],
)
def test_reference_words(text: str, value: str) -> None:
    """TimeML's PRESENT_REF etc. have precision "ref", which event dating ignores."""
    assert resolve_expression(text, PUB) == (value, "ref")
    assert resolve_expression(text, None) == (value, "ref")


def test_holidays_follow_tense() -> None:
    assert holiday_date("easter", 2017) == date(2017, 4, 16)
    assert holiday_date("easter", 2000) == date(2000, 4, 23)
    assert holiday_date("good friday", 2024) == date(2024, 3, 29)
    assert resolve_expression("Easter Monday", PUB)[0] == "2018-04-02"
    assert resolve_expression("Easter Monday", PUB, tense="past")[0] == "2017-04-17"


def test_spoken_years() -> None:
    assert spoken_years("in nineteen ninety-one") == "in 1991"
    assert spoken_years("two thousand and eight") == "2008"
    assert spoken_years("twenty seventeen") == "2017"
    assert spoken_years("twenty one soldiers") == "twenty one soldiers"


def test_referring_expressions_use_the_anchors() -> None:
    anchors = Anchors().after("1998-03-12", "day", referring=False)
    assert anaphoric("the next day", anchors) == ("1998-03-13", "day")
    assert anaphoric("two days later", anchors) == ("1998-03-14", "day")
    assert anaphoric("later that year", anchors) == ("1998", "year")
    assert anaphoric("the following month", anchors) == ("1998-04", "month")
    assert anaphoric("a year earlier", anchors) == ("1997", "year")
    quarter = anchors.after("1989-Q3", "quarter", referring=False)
    assert anaphoric("a year earlier", quarter) == ("1988-Q3", "quarter")
    assert anaphoric("the year-ago period", quarter) == ("1988-Q3", "quarter")
    assert anaphoric("the 1988 quarter", quarter) == ("1988-Q3", "quarter")
    # a referring quarter does not change the quarter under discussion
    assert quarter.after("1988-Q3", "quarter", referring=True).quarter == "1989-Q3"
    assert anaphoric("the next day", Anchors()) is None
    # "a year later" moves the discussion on: no day to count from any more
    later = anchors.after("1999", "year", referring=True)
    assert anaphoric("the next day", later) is None
    assert anaphoric("that year", later) == ("1999", "year")


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


def test_find_refers_back(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse(
        "The army entered the city on 12 March 1998. The next day, talks began. "
        "Later that year, a truce was signed."
    )
    assert _found(doc) == [
        ("12 March 1998", "1998-03-12", "day"),
        ("The next day", "1998-03-13", "day"),
        ("Later that year", "1998", "year"),
    ]


def test_find_quarters_and_a_year_earlier(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Profit rose in the third quarter. A year earlier, it fell.")
    assert _found(doc) == [
        ("the third quarter", "2017-Q3", "quarter"),
        ("A year earlier", "2016-Q3", "quarter"),
    ]


def test_find_trims_like_timeml(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Kopp, 44, praised last month's agreement on the Aug. 7, 1998 bombings.")
    assert _found(doc) == [
        ("last month", "2017-10", "month"),
        ("Aug. 7, 1998", "1998-08-07", "day"),
    ]


def test_find_splits_ranges(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Prices rose between 1994 and 1997. The summit was held on April 24 and 25.")
    assert _found(doc) == [
        ("1994", "1994", "year"),
        ("1997", "1997", "year"),
        ("April 24", "2017-04-24", "day"),
        ("25", "2017-04-25", "day"),
    ]


def test_find_reference_words_and_sets(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Officials met last Wednesday and now meet daily until Christmas.")
    assert _found(doc) == [
        ("last Wednesday", "2017-11-08", "day"),
        ("now", "PRESENT_REF", "ref"),
        ("daily", "P1D", "set"),
        ("Christmas", "2017-12-25", "day"),
    ]


def test_find_future_cue_before_the_date(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("He could arrive as early as Tuesday. Protesters planned a march on Saturday.")
    assert _found(doc) == [("Tuesday", "2017-11-21", "day"), ("Saturday", "2017-11-18", "day")]


def test_range_end_takes_the_year_of_its_start(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The strike began on 3 March 2012 and lasted until mid-April.")
    assert [v for _, v, _ in _found(doc)] == ["2012-03-03", "2012-04"]
    doc = parse("The fair ran from December 28, 2011 to January 3.")
    assert [v for _, v, _ in _found(doc)] == ["2011-12-28", "2012-01-03"]
    # a new sentence is no range: the month keeps its own reading
    doc = parse("The fair opened on December 28, 2011. In January the town was quiet.")
    assert _found(doc)[1][1] != "2012-01"
