"""Dates in article metadata: datelines and ``published`` fields.

Dateline dates are matched with explicit patterns rather than a general date
parser, so that a date without a year (``March 3``) stays partial instead of
silently taking the current year: ``published`` is only set from a full date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

logger = logging.getLogger(__name__)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# a four-digit year, or an abbreviated one as in 15 Nov.'17
_YEAR = r"(?:(?P<year>\d{4})|['’‘](?P<yy>\d{2}))(?!\d)"

_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(rf"(?<!\d){_DAY}\s*{_MONTH},?\s*{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s*{_DAY},?\s*{_YEAR}", re.IGNORECASE),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
    # partial dates (no year): recognised so the text is not mistaken for a name
    re.compile(rf"(?<!\d){_DAY}\s+{_MONTH}", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)", re.IGNORECASE),
]
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a string; ``year`` is None for a partial date."""

    start: int
    end: int
    year: int | None
    month: int
    day: int


def find_date(text: str) -> DateMatch | None:
    """The first valid date in ``text`` (full dates are preferred to partial ones)."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("month"):
                month = _MONTHS[groups["month"][:3].lower()]
            else:
                month = int(groups["mon"])
            day = int(groups["day"])
            year: int | None = None
            if groups.get("year"):
                year = int(groups["year"])
            elif groups.get("yy"):
                year = _expand_year(int(groups["yy"]))
            try:
                datetime(year or 2000, month, day)  # 2000 is a leap year: 29 Feb is valid
            except ValueError:
                continue
            return DateMatch(m.start(), m.end(), year, month, day)
    return None


def find_time(text: str) -> tuple[int, int, int, int, int] | None:
    """``(start, end, hour, minute, second)`` of the first clock time in ``text``."""
    for m in _TIME.finditer(text):
        hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
        if m["ampm"]:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
        if hour < 24 and minute < 60 and second < 60:
            return m.start(), m.end(), hour, minute, second
    return None


def parse_published(value: str) -> datetime | None:
    """A ``published`` value (ISO 8601 or a common written format) as a naive datetime.

    The time zone, if given, is dropped rather than converted: the local calendar
    date is what resolving "yesterday" or "on Monday" in the article needs.
    Relative expressions ("2 days ago") are not resolved.  Unparseable values
    give None and a logged warning.
    """
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    import dateparser  # slow to import; most inputs are ISO and never need it

    parsed = dateparser.parse(
        value,
        settings={
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )
    if parsed is None:
        logger.warning("unparseable published date %r ignored", value)
        return None
    return parsed.replace(tzinfo=None)


def _expand_year(yy: int) -> int:
    # '17 is 2017, but '98 is 1998: a two-digit year at most a year ahead is this century
    this_year = datetime.now().year
    return 2000 + yy if 2000 + yy <= this_year + 1 else 1900 + yy
