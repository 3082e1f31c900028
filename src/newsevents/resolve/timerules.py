"""Time expressions beyond plain calendar dates, and those that refer back.

TimeML conventions (TimeBank, AQUAINT), each with its own precision so that users of
:class:`~newsevents.records.TimeExpr` that only know calendar precisions (the event
coder reads ``day``, ``week``, ``month``, ``year``, ``decade``, ``century``) ignore them:

* quarters: ``1997-Q4`` (precision ``quarter``), "the third quarter", "third-quarter",
  "Q3 2017", "the latest quarter" (the last one completed at publication);
* seasons: ``1998-SU`` (precision ``season``; ``SP``, ``SU``, ``FA``, ``WI``);
* reference words: ``PRESENT_REF`` ("now", "currently"), ``PAST_REF`` ("recently",
  "in the past", "recent years"), ``FUTURE_REF`` ("the future"), precision ``ref``;
* sets (recurring times): ``P1D`` ("daily", "every day"), ``XXXX-WXX-4`` ("every
  Thursday"), ``XXXX-07`` ("each July"), precision ``set``;
* holidays ("Christmas", "Thanksgiving", "Easter Monday") are days: :func:`holiday_date`;
* expressions that refer back ("the quarter", "a year earlier", "later that year", "the
  next day") resolve against :class:`Anchors`, what the text talked about before.

Spoken years ("nineteen ninety-six", "the year two thousand") become digits in
:func:`spoken_years` before the calendar rules run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

Result = tuple[str | None, str | None]

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "final": 4}  # fmt: skip
_REL_YEAR = {"this year": 0, "the current year": 0, "last year": -1, "the previous year": -1,
             "next year": 1, "the coming year": 1}  # fmt: skip
_YEAR_WORDS = r"(?:this|last|next|the current|the previous|the coming) year"
_QORD = "|".join(_ORD)
# "the 1988 third quarter", "this year's third quarter", "the third quarter of 1997",
# "third-quarter", "the fiscal first quarter", "the fourth quarter of last year".
_QUARTER = re.compile(
    rf"^(?:(?:the )?(?:(?P<y1>\d{{4}})|(?P<r1>{_YEAR_WORDS})'s?|(?P<ago>year-earlier|year-ago)) )?"
    rf"(?:(?:the|its|a) )?"
    rf"(?:fiscal[ -])?(?P<ord>{_QORD})[ -](?:fiscal[ -])?quarter"
    rf"(?: of (?:fiscal )?(?:(?P<y2>\d{{4}})|(?P<r2>{_YEAR_WORDS})))?$"
)
_Q_SHORT = re.compile(r"^q(?P<ord>[1-4])(?:[ /-]?(?P<y2>\d{4}|'\d\d))?$")
# Quarters relative to publication: the last one completed, the current one, the next.
_Q_RELATIVE = {
    "the quarter": -1, "the latest quarter": -1, "latest quarter": -1,
    "the most recent quarter": -1, "the recent quarter": -1, "the just-ended quarter": -1,
    "the just-completed quarter": -1, "the previous quarter": -1, "the prior quarter": -1,
    "last quarter": -1, "the last quarter": -1, "the past quarter": -1,
    "the latest period": -1, "latest period": -1,
    "the current quarter": 0, "this quarter": 0, "the present quarter": 0,
    "next quarter": 1, "the next quarter": 1, "the coming quarter": 1,
}  # fmt: skip
#: The same quarter a year before the quarter under discussion (see :func:`anaphoric`).
_Q_YEAR_BEFORE = re.compile(
    r"^(?:the )?(?:comparable |corresponding |same )?(?:year-earlier|year-ago|year earlier|"
    r"year ago|prior-year|previous-year)(?: (?:third |second |first |fourth )?"
    r"(?:quarter|period))?$|^(?:the )?(?:same |comparable |corresponding )?(?:quarter|period)"
    r" (?:a year (?:ago|earlier)|of last year|last year)$|^last year's quarter$"
)
_A_YEAR_BEFORE = re.compile(r"^(?:a|one) year (?:ago|earlier|before)$")

SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON = re.compile(
    r"^(?:(?P<mod>this past|this coming|this|last|next|past|previous|coming) )?"
    rf"(?P<s>{'|'.join(SEASON_CODES)})(?:(?: of)? (?P<y>\d{{4}}))?$"
    rf"|^(?P<y0>\d{{4}}) (?P<s0>{'|'.join(SEASON_CODES)})$"
)

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "until recently": "PAST_REF", "the past": "PAST_REF", "past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "distant future": "FUTURE_REF",
}  # fmt: skip
_SET_WORDS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
              "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y"}  # fmt: skip
_SET_UNITS = {"hour": "PT1H", "day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M",
              "quarter": "P3M", "year": "P1Y"}  # fmt: skip
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"]  # fmt: skip
_SET = re.compile(
    rf"^(?:every|each) (?:(?P<unit>{'|'.join(_SET_UNITS)})|(?P<wd>{'|'.join(_WEEKDAY_NAMES)})"
    rf"|(?P<mon>{'|'.join(_MONTH_NAMES)}))$"
)
_RECENT = re.compile(r"^(?:(?:in|over|during) )?(?:the )?recent (?:days|weeks|months|years)$")

# -- holidays -----------------------------------------------------------------------------

_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
    "halloween": (10, 31), "valentine's day": (2, 14), "may day": (5, 1),
}  # fmt: skip
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
                   "good friday": -2, "palm sunday": -7, "maundy thursday": -3,
                   "ash wednesday": -46, "pentecost": 49, "whit sunday": 49}  # fmt: skip
_NTH_WEEKDAY = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4)}  # US: 4th Thu
HOLIDAY = re.compile(
    r"^(?:(?P<mod>last|this|next) )?(?P<name>"
    + "|".join(sorted((re.escape(k) for k in (*_FIXED_HOLIDAYS, *_EASTER_OFFSETS,
                                              *_NTH_WEEKDAY)), key=len, reverse=True))
    + ")$"
)  # fmt: skip


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def holiday_date(name: str, year: int) -> date:
    """The day of a holiday matched by :data:`HOLIDAY` in ``year``."""
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    if name in _EASTER_OFFSETS:
        return easter(year) + timedelta(days=_EASTER_OFFSETS[name])
    month, weekday, n = _NTH_WEEKDAY[name]
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# -- spoken years -------------------------------------------------------------------------

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TWO_DIGITS: dict[str, int] = {w: 10 + i for i, w in enumerate(_TEENS)}
for _i, _t in enumerate(_TENS):
    _TWO_DIGITS[_t] = 20 + 10 * _i
    for _j, _u in enumerate(_UNITS):
        _TWO_DIGITS[f"{_t}-{_u}"] = _TWO_DIGITS[f"{_t} {_u}"] = 21 + 10 * _i + _j
_SMALL = {w: i + 1 for i, w in enumerate(_UNITS)} | _TWO_DIGITS
_TD = "|".join(sorted(_TWO_DIGITS, key=len, reverse=True))
_SM = "|".join(sorted(_SMALL, key=len, reverse=True))
_SPOKEN = re.compile(
    rf"\b(?:(?P<c>nineteen|eighteen|twenty) (?P<yy>{_TD}|hundred)"
    rf"|two thousand(?: and)?(?: (?P<n>{_SM}))?)\b(?![ -](?:{_SM}|hundred|thousand)\b)"
)


def spoken_years(t: str) -> str:
    """``nineteen ninety-six`` -> ``1996``, ``two thousand and eight`` -> ``2008``."""

    def repl(m: re.Match[str]) -> str:
        if m["c"]:
            century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["c"]]
            yy = 0 if m["yy"] == "hundred" else _TWO_DIGITS[m["yy"]]
            if century == 20 and yy < 10:  # "twenty twenty" is 2020; "twenty one" a count
                return m.group()
            return str(century * 100 + yy)
        return str(2000 + (_SMALL[m["n"]] if m["n"] else 0))

    return _SPOKEN.sub(repl, t)


# -- rules --------------------------------------------------------------------------------


def resolve_special(t: str, pub: date | None, tense: str | None) -> Result | None:
    """A reference word, set, quarter or season in normalised text ``t``; None if ``t`` is
    none of these."""
    if t in _REFS:
        return _REFS[t], "ref"
    if _RECENT.match(t):
        return "PAST_REF", "ref"
    if t in _SET_WORDS:  # TimeML SET values: a period, or a calendar pattern
        return _SET_WORDS[t], "set"
    m = _SET.match(t)
    if m:
        if m["unit"]:
            return _SET_UNITS[m["unit"]], "set"
        if m["wd"]:
            return f"XXXX-WXX-{_WEEKDAY_NAMES.index(m['wd']) + 1}", "set"
        return f"XXXX-{_MONTH_NAMES.index(m['mon']) + 1:02d}", "set"
    out = _quarter(t, pub)
    if out is None:
        out = _season(t, pub, tense)
    return out


def _quarter(t: str, pub: date | None) -> Result | None:
    m = _QUARTER.match(t) or _Q_SHORT.match(t)
    if m:
        q = _ORD[m["ord"]] if m["ord"] in _ORD else int(m["ord"])
        groups = m.groupdict()
        y = groups.get("y1") or groups.get("y2")
        rel = groups.get("r1") or groups.get("r2")
        if y:
            year = int(y) if len(y) == 4 else two_digit_year(int(y[1:]), pub)
        elif pub is None:
            return None, None
        elif rel:
            year = pub.year + _REL_YEAR[rel]
        else:
            year = _quarter_year(q, pub) - (1 if m.groupdict().get("ago") else 0)
        return quarter_value(year, q), "quarter"
    if t in _Q_RELATIVE:
        if pub is None:
            return None, None
        return shift_quarter(current_quarter(pub), _Q_RELATIVE[t]), "quarter"
    if _Q_YEAR_BEFORE.match(t):  # with no quarter under discussion: the latest one
        if pub is None:
            return None, None
        if "quarter" in t:
            return shift_quarter(current_quarter(pub), -5), "quarter"
        return str(pub.year - 1), "year"
    return None


def two_digit_year(yy: int, pub: date | None) -> int:
    """Century for ``'17``: not after the publication year (POSIX pivot 69 without one)."""
    if pub is not None:
        year = (pub.year // 100) * 100 + yy
        return year - 100 if year > pub.year + 1 else year
    return 1900 + yy if yy >= 69 else 2000 + yy


def _quarter_year(q: int, pub: date) -> int:
    """A quarter named without a year: the latest one begun by publication.  Not the next
    one for the future tense: "expects third-quarter results" in October is about the
    quarter just ended."""
    return pub.year if 3 * (q - 1) + 1 <= pub.month else pub.year - 1


def quarter_value(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def current_quarter(pub: date) -> str:
    return quarter_value(pub.year, (pub.month - 1) // 3 + 1)


def shift_quarter(value: str, n: int) -> str:
    year, q = int(value[:4]), int(value[-1])
    k = year * 4 + (q - 1) + n
    return quarter_value(k // 4, k % 4 + 1)


def _season(t: str, pub: date | None, tense: str | None) -> Result | None:
    m = _SEASON.match(t)
    if not m:
        return None
    code = SEASON_CODES[m["s"] or m["s0"]]
    if m["y"] or m["y0"]:
        return f"{m['y'] or m['y0']}-{code}", "season"
    if pub is None:
        return None, None
    start = _SEASON_START[code]
    begun = start <= pub.month
    over = start + 3 <= pub.month
    mod = m["mod"]
    if mod in ("last", "past", "previous", "this past"):
        year = pub.year if over else pub.year - 1
    elif mod in ("next", "coming", "this coming"):
        year = pub.year if not begun else pub.year + 1
    elif mod == "this":
        year = pub.year
    elif tense == "future":
        year = pub.year if not over else pub.year + 1
    else:
        year = pub.year if begun else pub.year - 1
    return f"{year:04d}-{code}", "season"


@dataclass(frozen=True, slots=True)
class Anchors:
    """What the text was last talking about, for expressions that refer back: the last
    explicit quarter (of the past year), and the last day, month and year resolved."""

    quarter: str | None = None
    day: date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None

    def after(self, value: str | None, precision: str | None, *, referring: bool) -> Anchors:
        """The anchors once an expression with this value has been read.  An expression
        that itself refers back does not change the quarter under discussion."""
        if value is None or precision is None:
            return self
        if precision == "quarter":
            quarter = self.quarter if referring else value
            return replace(self, quarter=quarter, year=int(value[:4]), month=None, day=None)
        if precision == "season":
            return replace(self, year=int(value[:4]), month=None, day=None)
        if precision == "day":
            d = date.fromisoformat(value)
            return replace(self, day=d, month=(d.year, d.month), year=d.year)
        if precision == "month":  # a day of another month is no longer under discussion
            y, m = int(value[:4]), int(value[5:7])
            day = self.day if self.day and (self.day.year, self.day.month) == (y, m) else None
            return replace(self, day=day, month=(y, m), year=y)
        if precision == "year":
            y = int(value)
            keep = self.month is not None and self.month[0] == y
            return replace(self, year=y, month=self.month if keep else None,
                           day=self.day if keep else None)  # fmt: skip
        return self


_SAME = r"(?:(?:earlier|later|early|late) )?(?:that|the same|that same|this same)"
_DAY_REF = re.compile(
    rf"^(?:{_SAME} (?P<same>day|morning|afternoon|evening|night)"
    r"|(?:earlier|later) in the (?P<in>day)"
    r"|(?:the )?(?P<next>next|following) (?:day|morning|afternoon|evening|night)"
    r"|(?:the )?(?P<prev>previous|preceding) (?:day|morning|afternoon|evening|night)"
    r"|the (?:day|night) before"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d) days? (?P<dir>later|earlier|before|after))$"
)
_MONTH_REF = re.compile(
    rf"^(?:{_SAME} month|(?:earlier|later) in the month|(?:the )?(?P<next>following) month"
    r"|a month later"
    r"|(?:the )?(?P<prev>previous|preceding) month|the month before|a month earlier)$"
)
_YEAR_REF = re.compile(
    rf"^(?:{_SAME} year|(?:earlier|later) in the year|(?:the )?(?P<next>following) year"
    r"|(?:a|one) year later"
    r"|(?:the )?(?P<prev>previous|preceding|prior) year|the year before|(?:a|one) year earlier)$"
)
_REFERRING_ARTICLE = re.compile(
    r"^(?:its|the) (?=(?:same |comparable |corresponding |\d{4} )?(?:quarter|year-|period))"
)
_SMALL_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def anaphoric(t: str, anchors: Anchors) -> Result | None:
    """The value of normalised ``t`` when it refers back to what the text was talking
    about ("the quarter", "a year earlier", "later that year", "the next day"); None
    when ``t`` is no such expression or there is nothing to refer to."""
    t = _REFERRING_ARTICLE.sub("", t)
    q = anchors.quarter
    if q is not None:
        if t in ("quarter", "that quarter", "same quarter", "period", "latest period"):
            return q, "quarter"
        if _Q_YEAR_BEFORE.match(t) or _A_YEAR_BEFORE.match(t):
            return shift_quarter(q, -4), "quarter"
        m = re.match(r"^(\d{4}) (?:quarter|period)$", t)  # "the 1988 quarter"
        if m:
            return quarter_value(int(m[1]), int(q[-1])), "quarter"
    m = _DAY_REF.match(t)
    if m and anchors.day is not None:
        step = 0 if m["same"] or m["in"] else 1 if m["next"] else -1
        if m["n"]:
            n = int(m["n"]) if m["n"].isdigit() else _SMALL_N[m["n"]]
            step = n if m["dir"] in ("later", "after") else -n
        return (anchors.day + timedelta(days=step)).isoformat(), "day"
    m = _MONTH_REF.match(t)
    if m and anchors.month is not None:
        k = anchors.month[0] * 12 + anchors.month[1] - 1 + _step(m, t)
        return f"{k // 12:04d}-{k % 12 + 1:02d}", "month"
    m = _YEAR_REF.match(t)
    if m and anchors.year is not None:
        return str(anchors.year + _step(m, t)), "year"
    return None


def _step(m: re.Match[str], t: str) -> int:
    """+1 for "the following month", "a year later"; -1 for "the year before"; else 0."""
    if m["next"] or t.endswith("later"):
        return 1
    if m["prev"] or t.endswith(("before", "earlier")):
        return -1
    return 0
