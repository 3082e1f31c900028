"""Resolve one English time expression to an ISO value at its precision.

Values are ISO 8601 prefixes, as in TimeML: ``2017-11-14`` (day), ``2017-11``
(month), ``2017`` (year), ``2017-W45`` (ISO week), ``199`` (decade: the 1990s,
i.e. years ``199x``), ``18`` (century: the 19th century, years ``18xx``),
``2017-11-03T12:31`` (time).  Durations and ages get precision ``duration``
with no value; a bare clock time gets precision ``time`` with no value.  TimeML
values outside the calendar (``1997-Q4`` quarter, ``1998-SU`` season,
``PRESENT_REF`` ref, ``P1D`` set) come from :mod:`newsevents.resolve.timerules`.

Parts of the day keep the day: "Friday night" is ``2000-01-07`` (day), not TimeML's
``2000-01-07TNI``, and "the weekend" is its ISO week, so that event dating, which
reads calendar precisions only, can use them.

Own rules come first because they are predictable (``dateparser`` turns "the
1990s" into a timestamp); dateparser is only a guarded last resort.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from newsevents.resolve.timerules import (
    HOLIDAY,
    Anchors,
    anaphoric,
    holiday_date,
    resolve_special,
    spoken_years,
    two_digit_year,
)

Result = tuple[str | None, str | None]
NONE: Result = (None, None)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "one": 1, "a couple of": 2, "a couple": 2,
                     "couple of": 2, "dozen": 12, "a dozen": 12, "half a dozen": 6,
                     "a hundred": 100, "hundred": 100})  # fmt: skip
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]  # fmt: skip
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINALS)}
ORDINAL_WORDS["twenty-first"] = 21
ORDINAL_WORDS.update({f"{t}-{u}": 20 + 10 * i + j + 1 for i, t in enumerate(("twenty", "thirty"))
                      for j, u in enumerate(_ORDINALS[:9])})  # fmt: skip
_ORDW = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUMW = "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True))
NUM = rf"(?:\d+|(?:{'|'.join(_TENS)})-(?:{'|'.join(_UNITS[:9])})|{_NUMW})"
_UNIT = r"(?:day|week|fortnight|month|year|decade|centur(?:y|ie))s?"

# Words before an expression that do not change its value ("back in 2008").
_LEAD = re.compile(
    r"^(?:mid-|(?:(?:the )?(?:end|beginning|start|middle|turn|close) of|"
    r"the (?:first|second|latter|last) half of|as of|as early as|as late as|some ?time in|"
    r"on|in|at|since|until|till|til|by|from|during|before|after|back|around|about|circa|"
    r"approximately|through(?:out)?|to|of|the|early|late|mid|earlier|later|very)\s+"
    r"|(?:early|late|mid)-(?=\w))"
)
_DUR_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
_DUR_UNITS = r"(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)"
_FEW = rf"(?:{NUM}|(?:a )?few|several|couple of|many|some|\d+ or \d+|{NUM} or {NUM})"
# "the past week", "three-hour", "recent months"; not "the next day" (an anaphoric date).
_DURATION = re.compile(
    rf"^(?:(?:over|in|during|for|within|throughout|at least|just|only) )*"
    rf"(?:the (?:past|last|recent) {_DUR_UNIT}|the (?:next|coming|first|final) {_DUR_UNITS}"
    rf"|(?:the )?(?:past|last|next|coming|recent|first|final) {_FEW}[ -]{_DUR_UNIT}"
    rf"|(?:about|nearly|almost|more than|less than|at least|another|{_FEW}|an?|a half)[ -]"
    rf"(?:and a half )?{_DUR_UNIT}(?:[ -]long| long)?"
    rf"|recent {_DUR_UNITS}|{_DUR_UNITS}|{_DUR_UNIT}[ -]long)$"
)
_AGE = re.compile(rf"\b{NUM}[- ](?:year|month|week|day)s?[- ]old\b|^aged? \d+$")
_CLOCK = re.compile(
    r"\b(?:at |about |around )?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\d{1,2}[:.]\d{2}"
    r"(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\b\.?))?|noon|midday|midnight)"
    r"(?:\s*(?:gmt|utc|[ecmp][sd]t|cet|cest|msk|local time))?"
)
_PART = re.compile(r"\s*\b(?:morning|afternoon|evening|night)$")
_PREFIX_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2})?)?)?$")
_WD_OPT = rf"(?:(?P<wd>{_WD}),? )?"  # "Tuesday, November 14"
_D = r"(?P<day>\d{1,2})(?:-\d{1,2})?"  # a range "14-15" keeps its first day
_Y = r"(?P<yr>\d{4}|'\d{2})"
_MD = re.compile(rf"^{_WD_OPT}(?P<mon>{_MON}) {_D}(?:,? {_Y})?$")
_DM = re.compile(rf"^{_WD_OPT}{_D} (?:of )?(?P<mon>{_MON}),?(?: {_Y})?$")
_MON_REL_YEAR = re.compile(rf"^({_MON})(?: (\d{{1,2}}))?,? (?:of )?(this|last|next) year$")
_MY = re.compile(rf"^({_MON})(?:,? (?:of )?(\d{{4}})| ?('\d{{2}}))?$")
_REL_MONTH = re.compile(rf"^(last|this|next|past|previous|coming) ({_MON})$")
_WEEKDAY = re.compile(rf"^(?:(last|this|next|past|previous|coming) )?({_WD})$")
_CALENDAR = re.compile(
    r"^(this|last|next|past|previous|coming|current|full) (?:(?:fiscal|calendar) )?"
    r"(week|weekend|month|year|decade|century)$"
)
_AGO = re.compile(rf"^({NUM}) ({_UNIT}) (ago|from now|hence)$")
_IN_N = re.compile(rf"^in ({NUM}) ({_UNIT})(?: time)?$")
_CENTURY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ -]century$|^([a-z-]+)[ -]century$")
_YEAR = re.compile(r"^(?:the year )?(\d{4})$")
_ANY_YEAR = re.compile(r"(?<![\d-])(1[0-9]\d\d|20\d\d)(?![\d-])")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, unit = word.partition("-")
    if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


def _day(d: date) -> Result:
    return d.isoformat(), "day"


def _month(y: int, m: int) -> Result:
    return f"{y:04d}-{m:02d}", "month"


def _week(d: date) -> Result:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}", "week"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


#: A partial date ("Nov. 10", "in April") is the occurrence nearest publication, except
#: that a past-tense verb rules out one more than this far ahead and a future-tense verb
#: one already over.  On the TimeBank/AQUAINT month-day expressions without a year,
#: nearest-with-tense gets 146/151 right (latest-not-after-publication with 60 days of
#: slack: 128); on bare months 91/103 (against 83).
PAST_SLACK_DAYS = 60
PAST_SLACK_MONTH_DAYS = 30


def _pick_date(
    m: int, d: int, pub: date, tense: str | None, weekday: int | None = None
) -> date | None:
    """Year for a month-day without one (see ``PAST_SLACK_DAYS``).  A weekday given
    with the date ("Sunday, 30 January") decides when it fits one year only."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(date(y, m, d))
        except ValueError:
            continue
    fitting = [c for c in cands if c.weekday() == weekday]
    if len(fitting) == 1:
        return fitting[0]
    return pick_occurrence(cands, pub, tense)


def pick_occurrence(cands: list[date], pub: date, tense: str | None) -> date | None:
    """Of a recurring day's occurrences, the one meant (see ``PAST_SLACK_DAYS``)."""
    if tense == "future":
        cands = [c for c in cands if c >= pub] or cands
    elif tense == "past":
        cands = [c for c in cands if c <= pub + timedelta(days=PAST_SLACK_DAYS)] or cands
    return min(cands, key=lambda c: abs((c - pub).days)) if cands else None


def _pick_month(m: int, pub: date, tense: str | None) -> tuple[int, int]:
    """Year for a month named without one: the nearest occurrence, as in ``_pick_date``."""
    cands = [(y, m) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "future":
        cands = [c for c in cands if c >= (pub.year, pub.month)]
    elif tense == "past":
        limit = pub + timedelta(days=PAST_SLACK_MONTH_DAYS)
        cands = [c for c in cands if c <= (limit.year, limit.month)]

    def distance(c: tuple[int, int]) -> int:
        first = date(c[0], c[1], 1)
        last = date(*_add_months(c[0], c[1], 1), 1) - timedelta(days=1)
        return 0 if first <= pub <= last else min(abs((first - pub).days), abs((last - pub).days))

    return min(cands, key=distance)


def resolve_in_context(
    text: str, published: datetime | None, anchors: Anchors, *, tense: str | None = None
) -> Result:
    """Like :func:`resolve_expression`, but "the quarter", "a year earlier", "later that
    year", "the next day" take their value from ``anchors`` (what the text was talking
    about just before)."""
    out = anaphoric(normalise(text), anchors)
    return out if out is not None else resolve_expression(text, published, tense=tense)


def normalise(text: str) -> str:
    """Lower case, plain quotes and blanks, no ordinal suffixes, spoken years as digits."""
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    t = re.sub(r"\s+", " ", t).strip(' ,;:!?"()[]')
    t = re.sub(r"'s$", "", t)  # "Tuesday's meeting" -> tuesday
    t = re.sub(rf"\b({_MON}|{_WD})\.\s*", r"\1 ", t).strip()  # "nov.'17", "aug. 8"
    t = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b(?! century)", r"\1", t)
    t = re.sub(r"\.$", "", t)
    t = re.sub(rf"\b({_MON}) ({_ORDW})\b", lambda m: f"{m[1]} {ORDINAL_WORDS[m[2]]}", t)
    return spoken_years(t)


@functools.lru_cache(maxsize=4096)
def resolve_expression(
    text: str, published: datetime | None, *, tense: str | None = None
) -> Result:
    """Resolve ``text`` against the publication time; see the module docstring.

    ``tense`` (``past``, ``present``, ``future`` or None) decides which occurrence
    of a partial date ("on December 20", "Tuesday") is meant.  Without
    ``published`` only absolute expressions resolve.  Returns ``(None, None)``
    when the expression cannot be resolved.  Expressions that refer back ("the
    next day", "later that year") resolve in :func:`resolve_in_context`.
    """
    t = normalise(text)
    if not t:
        return NONE
    pub = published.date() if published is not None else None
    m = _IN_N.match(t)
    if m and tense == "future":  # "will return in two weeks"; otherwise a duration
        n = _number(m[1])
        return _shift(m[2].rstrip("s"), n, pub) if n is not None and pub else NONE
    if _AGE.search(t):
        return None, "duration"
    prev = None
    while prev != t:  # peel "back in", "the end of", "early" ... repeatedly
        prev = t
        special = resolve_special(t, pub, tense)  # before "the" goes: "the quarter"
        if special is not None:
            return special
        if _DURATION.match(t):
            return None, "duration"
        t = _LEAD.sub("", t)
    return _resolve(t, pub, tense)


def _resolve(t: str, pub: date | None, tense: str | None) -> Result:
    m = _ISO.match(t)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return NONE
        if m[3] is None:
            return _month(y, mo)
        try:
            d = date(y, mo, int(m[3]))
        except ValueError:
            return NONE
        return (f"{d.isoformat()}T{m[4]}:{m[5]}", "time") if m[4] else _day(d)
    m = _PREFIX_NUMERIC.match(t)
    if m:
        return _numeric(int(m[1]), int(m[2]), int(m[3]), pub)
    # A clock time on a known day resolves to the day; alone it has no value.
    if _CLOCK.search(t):
        rest = _CLOCK.sub(" ", t)
        rest = re.sub(r"^(?:[\s,/]|(?:on|at|of)\b)+|[\s,/]+$", "", rest)
        if not rest:
            return None, "time"
        value, precision = _resolve(_LEAD.sub("", rest), pub, tense)
        return (value, precision) if value else (None, "time")
    for rule in (_absolute, _relative):
        out = rule(t, pub, tense)
        if out is not None:
            return out
    m = _ANY_YEAR.search(t)  # "the summer of 2008", "the first quarter of 2017"
    if m and len(_ANY_YEAR.findall(t)) == 1:
        return m[1], "year"
    return _dateparser_fallback(t, pub)


def _numeric(a: int, b: int, y: int, pub: date | None) -> Result:
    """dd/mm/yyyy vs mm/dd/yyyy: the one a field > 12 allows, else the one nearer the
    publication date, else day-first (the international order)."""
    options = []
    for d, mo in ((a, b), (b, a)):
        try:
            options.append(date(y, mo, d))
        except ValueError:
            continue
    if not options:
        return NONE
    if pub is not None and len(options) == 2:
        options.sort(key=lambda c: abs((c - pub).days))
    return _day(options[0])


def _absolute(t: str, pub: date | None, tense: str | None) -> Result | None:
    m = _MD.match(t) or _DM.match(t)
    if m:
        mon, day, yr = MONTHS[m["mon"]], int(m["day"]), m["yr"]
        if yr is None:
            if pub is None:
                return NONE
            d = _pick_date(mon, day, pub, tense, WEEKDAYS.get(m["wd"] or ""))
            return _day(d) if d else NONE
        year = two_digit_year(int(yr[1:]), pub) if yr.startswith("'") else int(yr)
        try:
            return _day(date(year, mon, day))
        except ValueError:
            return NONE
    m = _MON_REL_YEAR.match(t)
    if m:  # "January this year", "June 5 last year"
        if pub is None:
            return NONE
        year = pub.year + {"this": 0, "last": -1, "next": 1}[m[3]]
        if m[2] is None:
            return _month(year, MONTHS[m[1]])
        try:
            return _day(date(year, MONTHS[m[1]], int(m[2])))
        except ValueError:
            return NONE
    m = _MY.match(t)
    if m:
        mon = MONTHS[m[1]]
        if m[2]:
            return _month(int(m[2]), mon)
        if m[3]:
            return _month(two_digit_year(int(m[3][1:]), pub), mon)
        return _month(*_pick_month(mon, pub, tense)) if pub else NONE
    m = _YEAR.match(t)
    if m:
        return m[1], "year"
    m = re.match(r"^(\d{3})0'?s$", t)
    if m:
        return m[1], "decade"
    m = re.match(r"^'?(\d)0'?s$", t) or re.match(rf"^({'|'.join(DECADE_WORDS)})$", t)
    if m:
        digit = int(m[1]) if m[1].isdigit() else DECADE_WORDS[m[1]]
        return str(two_digit_year(digit * 10, pub) // 10), "decade"
    m = _CENTURY.match(t)
    if m:
        n = int(m[1]) if m[1] else ORDINAL_WORDS.get(m[2])
        return (f"{n - 1:02d}", "century") if n else NONE
    return None


def _relative(t: str, pub: date | None, tense: str | None) -> Result | None:
    if pub is None:
        return None
    t = re.sub(r"^(?:earlier|later|early|late) ", "", t)
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return _day(pub)
    if t == "last night":
        return _day(pub - timedelta(days=1))
    m = HOLIDAY.match(t)
    if m:  # "Christmas", "last Thanksgiving", "Easter Sunday"
        return _holiday(m["name"], m["mod"], pub, tense)
    t = _PART.sub("", t) or t  # "Tuesday night", "yesterday morning"
    simple = {
        "today": 0, "yesterday": -1, "tomorrow": 1,
        "the day before yesterday": -2, "day before yesterday": -2,
        "the day after tomorrow": 2, "day after tomorrow": 2,
    }  # fmt: skip
    if t in simple:
        return _day(pub + timedelta(days=simple[t]))
    if t == "weekend":  # "over the weekend": the latest one
        t = "this weekend"
    m = _CALENDAR.match(t)
    if m:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m[1], 0)
        return _calendar_unit(m[2], step, pub)
    m = _WEEKDAY.match(t)
    if m:
        return _weekday(WEEKDAYS[m[2]], m[1], pub, tense)
    m = _REL_MONTH.match(t)
    if m:
        mon = MONTHS[m[2]]
        if m[1] == "this":
            return _month(pub.year, mon)
        if m[1] in ("next", "coming"):
            return _month(pub.year if mon > pub.month else pub.year + 1, mon)
        return _month(pub.year if mon < pub.month else pub.year - 1, mon)
    m = _AGO.match(t)
    if m:
        n = _number(m[1])
        if n is None:
            return NONE
        return _shift(m[2].rstrip("s"), -n if m[3] == "ago" else n, pub)
    return None


def _holiday(name: str, mod: str | None, pub: date, tense: str | None) -> Result:
    if mod == "this":
        return _day(holiday_date(name, pub.year))
    cands = [holiday_date(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if mod == "last":
        cands = [c for c in cands if c < pub]
    elif mod == "next":
        cands = [c for c in cands if c > pub]
    d = pick_occurrence(cands, pub, tense)
    return _day(d) if d else NONE


def _calendar_unit(unit: str, step: int, pub: date) -> Result:
    if unit == "week":
        return _week(pub + timedelta(weeks=step))
    if unit == "weekend":  # the Saturday of that week; a Monday's "this weekend" is past
        sat = pub + timedelta(days=5 - pub.weekday())
        if (step == 0 and pub.weekday() == 0) or step < 0:
            sat -= timedelta(weeks=1)
        return _week(sat + timedelta(weeks=max(step, 0)))
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, step))
    if unit == "year":
        return str(pub.year + step), "year"
    if unit == "decade":
        return str(pub.year // 10 + step), "decade"
    return f"{pub.year // 100 + step:02d}", "century"


def _weekday(wd: int, mod: str | None, pub: date, tense: str | None) -> Result:
    if mod == "this":
        return _day(pub + timedelta(days=wd - pub.weekday()))
    if mod in ("next", "coming"):
        return _day(pub + timedelta(days=(wd - pub.weekday()) % 7 or 7))
    if mod is None and tense == "future":  # wire style: "will meet Tuesday" may be today
        return _day(pub + timedelta(days=(wd - pub.weekday()) % 7))
    if mod is not None:  # "last Wednesday" written on a Wednesday is a week back
        return _day(pub - timedelta(days=(pub.weekday() - wd) % 7 or 7))
    return _day(pub - timedelta(days=(pub.weekday() - wd) % 7))


def _shift(unit: str, n: int, pub: date) -> Result:
    if unit == "day":
        return _day(pub + timedelta(days=n))
    if unit in ("week", "fortnight"):
        return _week(pub + timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, n))
    if unit == "year":
        return str(pub.year + n), "year"
    if unit == "decade":
        return str((pub.year + 10 * n) // 10), "decade"
    return f"{(pub.year + 100 * n) // 100:02d}", "century"


_DP_PERIODS = {"day", "month", "year"}


def _dateparser_fallback(t: str, pub: date | None) -> Result:
    """Last resort for other written dates; only tried on text naming a month and
    holding a digit (bare numbers such as "16" or "9/11" are not dates), and only
    day/month/year answers are trusted."""
    if not (re.search(r"\d", t) and re.search(rf"\b(?:{_MON})\b", t)):
        return NONE
    parser = _dateparser(pub)
    if parser is None:
        return NONE
    try:
        data = parser.get_date_data(t)
    except (ValueError, OverflowError, TypeError):
        return NONE
    if data is None or data.date_obj is None or data.period not in _DP_PERIODS:
        return NONE
    d = data.date_obj.date()
    if pub is not None and not re.search(r"\d{4}", t) and abs(d.year - pub.year) > 1:
        return NONE  # "april 24 and 25" is not 1925: no year written, none far away
    if data.period == "day":
        return _day(d)
    if data.period == "month":
        return _month(d.year, d.month)
    return str(d.year), "year"


@functools.lru_cache(maxsize=64)
def _dateparser(pub: date | None) -> Any:
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # optional: the own rules cover the common forms
        return None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    else:
        settings["REQUIRE_PARTS"] = ["year"]  # nothing relative without an anchor
    return DateDataParser(languages=["en"], settings=settings)
