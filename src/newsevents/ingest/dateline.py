"""Datelines: the line or prefix that says who published an article, where and when.

Recognised forms (each part optional except as noted):

* a metadata line of parts separated by ``/``, ``|``, ``•`` or a spaced dash, with a
  date, a ``By`` author or a ``Published:``-style label among them::

      Civil Georgia, Tbilisi / 15 Nov.'17 / 12:31   source, place / date / time
      By Jane Doe | Reuters | March 3, 2019         author | source | date
      Published: 2019-03-03 14:05                   label: date time
      Tbilisi, 5 May 2018                           place, date

* a wire-service dateline opening the first paragraph, with the place in capitals
  and a closing dash::

      LONDON, March 3 (Reuters) - ...
      KYIV, Ukraine (AP) — ...

``published`` is only set when the date has a year; a capitalised place is
title-cased (``NEW YORK`` -> ``New York``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from newsevents.ingest.dates import DateMatch, find_date, find_time

_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+/\s+|\s+[-–—]{1,2}\s+")
_LABEL = re.compile(
    r"^(?:first\s+|last\s+)?(?:published|posted|updated|modified|dated?)\b"
    r"(?:\s+(?:on|at))?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_BY = re.compile(r"^by\s+(?P<name>.+)$", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\b(?:GMT|UTC|[A-Z]{1,2}[SD]?T)\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}"
)
# what may separate a date, a time and a place inside one part
_FILLER = re.compile(r"^[\s,;:.\-–—]*(?:\b(?:at|on)\b)?[\s,;:.\-–—]*$", re.IGNORECASE)
# lower-case words allowed inside names (Bosnia and Herzegovina, Ciudad de México)
_PARTICLES = frozenset(
    {"of", "the", "and", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
     "la", "le", "les", "el", "al", "van", "von", "der", "den", "y", "e", "i"}
)  # fmt: skip
# capitalised words that open a paragraph like a wire dateline but are labels
_NOT_PLACES = frozenset(
    {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "WATCH",
     "VIDEO", "LIVE", "FACTBOX", "EXPLAINER", "CORRECTED", "CORRECTION", "REFILE", "FEATURE",
     "INTERVIEW", "NOTE", "WARNING"}
)  # fmt: skip
_WIRE_DASH = re.compile(r"\s+-{1,2}\s+|\s*[–—]\s*")
_AGENCY = re.compile(r"\((?P<agency>[^()\n]{1,40})\)\s*$")
_MAX_LINE = 160
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline says; every field may be missing."""

    source: str | None = None
    place: str | None = None
    published: datetime | None = None
    author: str | None = None

    def merge(self, other: Dateline) -> Dateline:
        """Fields of ``self``, completed by those of ``other``."""
        return Dateline(
            self.source or other.source,
            self.place or other.place,
            self.published or other.published,
            self.author or other.author,
        )


def parse_dateline(line: str) -> Dateline | None:
    """The dateline on a line of its own, or None if ``line`` is not one."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    result = Dateline()
    date: DateMatch | None = None
    clock: tuple[int, int, int] | None = None
    evidence = False  # a date, a time after a label, or an author: what makes it a dateline
    for raw in _SEPARATORS.split(line):
        part = raw.strip()
        if not part:
            continue
        label = _LABEL.match(part)
        if label:
            part = part[label.end() :]
        by = _BY.match(part)
        if by:
            author, _, rest = by["name"].partition(",")
            if not _looks_like_name(author) or (rest and not _looks_like_name(rest)):
                return None
            result = result.merge(Dateline(author=author.strip(), source=rest.strip() or None))
            evidence = True
            continue
        found_date = find_date(part)
        if found_date:
            date = date or found_date
            part = part[: found_date.start] + " " + part[found_date.end :]
            evidence = True
        found_time = find_time(part)
        if found_time:
            clock = clock or found_time[2:]
            part = part[: found_time[0]] + " " + part[found_time[1] :]
            evidence = evidence or bool(label)
        if found_date or found_time or label:
            rest = _ZONE.sub(" ", _WEEKDAY.sub(" ", part)).strip(" ,;:.-–—")
            if _FILLER.match(rest):
                continue
            rest = re.sub(r"^(?:at|on|in)\s+|\s+(?:at|on)$", "", rest).strip(" ,")
            if not _looks_like_name(rest) or result.place:
                return None
            result = replace(result, place=_place_name(rest))
            continue
        # a part made only of names: "Source, Place" or "Source"
        names = [n.strip() for n in part.split(",")]
        if len(names) > 2 or not all(_looks_like_name(n) for n in names):
            return None
        if result.source is None:
            result = replace(result, source=names[0])
            if len(names) == 2:
                result = replace(result, place=result.place or _place_name(names[1]))
        elif result.place is None and len(names) == 1:
            result = replace(result, place=_place_name(names[0]))
        else:
            return None
    if not evidence:
        return None
    return replace(result, published=_combine(date, clock))


def parse_wire_dateline(paragraph: str) -> tuple[Dateline, int] | None:
    """A wire dateline opening ``paragraph``, and where the text after it starts."""
    dash = _WIRE_DASH.search(paragraph[:_MAX_LINE])
    if not dash or dash.start() == 0:
        return None
    head = paragraph[: dash.start()].strip()
    agency = _AGENCY.search(head)
    if agency:
        head = head[: agency.start()].strip()
    place, _, rest = head.partition(",")
    place = place.strip()
    letters = [c for c in place if c.isalpha()]
    if (
        len(letters) < 2
        or place.upper() != place
        or any(c.isdigit() for c in place)
        or len(place.split()) > 4
        or place.split()[0].strip(".") in _NOT_PLACES
        # a lone short capitalised word with nothing else (NATO - ...) is likelier an acronym
        or (not agency and not rest.strip() and len(place.split()) == 1 and len(letters) < 5)
    ):
        return None
    date = find_date(rest)
    if date:
        rest = rest[: date.start] + rest[date.end :]
    rest = rest.strip(" ,")
    if rest and not all(_looks_like_name(n) for n in rest.split(",")):
        return None
    source = agency["agency"].strip() if agency else None
    if source and not _looks_like_name(source):
        return None
    first_place = re.split(r"\s*/\s*", place)[0]
    return Dateline(
        source=source, place=_place_name(first_place), published=_combine(date, None)
    ), dash.end()


def _combine(date: DateMatch | None, clock: tuple[int, int, int] | None) -> datetime | None:
    if date is None or date.year is None:
        return None
    return datetime(date.year, date.month, date.day, *(clock or (0, 0, 0)))


def _looks_like_name(text: str) -> bool:
    """Short, capitalised, no sentence punctuation: a source, place or person name."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or text.rstrip()[-1] in "!?;:":
        return False
    if text.endswith(".") and not _ABBREVIATION.fullmatch(words[-1]):  # D.C., Inc.
        return False
    if any(c.isdigit() for c in text):
        return False
    for word in words:
        head = word.lstrip("(\"'“‘")
        if not head:
            return False
        if head[0].isupper() or head in _PARTICLES or "-" in head or "&" in head:
            continue
        if re.fullmatch(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}", head):  # a site name: civil.ge
            continue
        return False
    return True


def _place_name(text: str) -> str:
    text = text.strip()
    return text.title() if text.isupper() else text
