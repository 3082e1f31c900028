"""People with date-bounded offices, and named organisations and armed groups.

Data: ``newsevents/data/kb/people.tsv`` (one row per role period) and ``groups.tsv``, both
generated from the Phoenix/PETRARCH actor dictionaries by ``scripts/build_people_kb.py``
(columns in the KB README), and the hand-written ``people_recent.tsv`` (same columns: office
holders from about 2014 on, which the dictionaries of 2014-2015 miss), merged into the former
by :func:`merge_people`.  Lookups are case-, diacritics-, hyphen- and period-insensitive and
ignore a leading "the".

A person's offices follow PETRARCH's reading of date-restricted codes: on a given date the
dated role covering it applies (an office held wins over an overlapping ``ELI`` period, a
later appointment over an earlier one); an undated role applies when no dated one does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

__all__ = [
    "GroupEntry",
    "Office",
    "PeopleIndex",
    "PersonEntry",
    "group_sector",
    "merge_people",
    "name_key",
]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
#: letters Unicode does not decompose into a base letter and a mark ("Đukanović",
#: "Kılıçdaroğlu", "Wałęsa"), spelt without them in most English text
_UNDECOMPOSED = str.maketrans(
    {"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ı": "i", "Ħ": "H", "ħ": "h"}
)
_DASHES = re.compile(r"[\-\u2010-\u2015]+")
_T = TypeVar("_T")
_PEOPLE_COLUMNS = ("id", "name", "aliases", "code", "sector", "start", "end", "office", "cameo")
_GROUP_COLUMNS = ("id", "name", "aliases", "kind", "code", "sector", "cameo")


def name_key(text: str) -> str:
    """Lookup key: no diacritics, casefolded, hyphens as spaces, no periods, no leading "the"."""
    if text.isascii():
        plain = text.replace("`", "'").lower()
    else:
        decomposed = unicodedata.normalize(
            "NFKD", text.translate(_APOSTROPHES).translate(_UNDECOMPOSED)
        )
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    key = " ".join(_DASHES.sub(" ", plain).replace(".", "").split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True, slots=True)
class Office:
    """One role period: PLOVER country code and sectors, inclusive dates (None: open)."""

    code: str
    sector: tuple[str, ...]
    start: date | None
    end: date | None
    office: str | None
    cameo: str | None = None  # the CAMEO code it was converted from

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _preference(office: Office) -> tuple[bool, date]:
    return (office.sector[:1] != ("ELI",), office.start or date.min)


@dataclass(frozen=True, slots=True)
class PersonEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]

    def office_on(self, when: date | None) -> Office | None:
        """The role valid on ``when``; without a date, the latest role (the one that applies
        after every listed date, else the one that ended last)."""
        if when is None:
            current = self.office_on(date.max)
            dated = [o for o in self.offices if o.dated]
            if current is not None or not dated:
                return current
            return max(dated, key=lambda o: (o.end or o.start or date.min, *_preference(o)))
        covering = [o for o in self.offices if o.dated and o.covers(when)]
        if covering:
            return max(covering, key=_preference)
        undated = [o for o in self.offices if not o.dated]
        return max(undated, key=_preference) if undated else None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GroupEntry:
    """A named organisation: armed group, party, agency, IGO, NGO or company."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str  # armed | organisation | igo | ngo | company
    code: str  # PLOVER country field: ISO alpha-3, IGO/UNO/EUR/NGO/IMG/MNC
    sector: tuple[str, ...]
    cameo: str  # the CAMEO code it was converted from

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in (p.strip() for p in cell.split(";")) if part)


def _date(cell: str) -> date | None:
    return date.fromisoformat(cell) if cell else None


def _rows(text: str, columns: tuple[str, ...], source: str) -> Iterator[list[str]]:
    lines = text.split("\n")
    header = tuple(lines[0].rstrip("\r").split("\t"))
    if header != columns:
        raise ValueError(f"{source}: expected columns {columns}, found {header}")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.rstrip("\r").split("\t")
        if len(cells) != len(columns):
            raise ValueError(f"{source}:{number}: expected {len(columns)} cells")
        yield cells


def parse_people(text: str, source: str = "people.tsv") -> list[PersonEntry]:
    """People from a ``people.tsv`` text; rows of one person are consecutive."""
    people: list[PersonEntry] = []
    current: tuple[str, str, tuple[str, ...]] | None = None
    offices: list[Office] = []
    for pid, name, aliases, code, sector, start, end, office, cameo in _rows(
        text, _PEOPLE_COLUMNS, source
    ):
        if current is None or current[0] != pid:
            if current is not None:
                people.append(PersonEntry(*current, tuple(offices)))
            current, offices = (pid, name, _split(aliases)), []
        offices.append(
            Office(code, _split(sector), _date(start), _date(end), office or None, cameo or None)
        )
    if current is not None:
        people.append(PersonEntry(*current, tuple(offices)))
    return people


def merge_people(base: Sequence[PersonEntry], recent: Iterable[PersonEntry]) -> list[PersonEntry]:
    """``base`` with the ``recent`` people merged in.

    A recent person is the base person (or persons: duplicates in the base are folded into
    the first) who shares its name or an alias of two words or more, and an office code.
    The recent rows are authoritative from the person's earliest dated start on: base rows
    starting then or later are dropped, base rows running past it end the day before (the
    dictionaries' open-ended offices of 2014-2015), and recent undated (fallback) rows
    replace the base's.  The merged entry keeps the base id and name and collects all
    names.  Recent people without a match are appended."""
    merged = list(base)
    recent = list(recent)
    wanted = {key for person in recent for key in _match_keys(person)}
    last_words = {key.rsplit(" ", 1)[-1] for key in wanted}
    positions: dict[str, list[int]] = {}
    for position, person in enumerate(merged):
        if any(_last_word(name) in last_words for name in person.names):
            for key in _match_keys(person) & wanted:
                positions.setdefault(key, []).append(position)
    removed: set[int] = set()
    for person in recent:
        codes = {office.code for office in person.offices}
        found = sorted(
            {
                position
                for key in _match_keys(person)
                for position in positions.get(key, ())
                if position not in removed
                and codes & {office.code for office in merged[position].offices}
            }
        )
        if not found:
            merged.append(person)
            continue
        merged[found[0]] = _merge_person([merged[i] for i in found], person)
        removed.update(found[1:])
    return [person for i, person in enumerate(merged) if i not in removed]


def _match_keys(person: PersonEntry) -> set[str]:
    """The keys a person is matched by: the name, and the aliases of two words or more."""
    keys = {key for key in map(name_key, person.aliases) if " " in key}
    return keys | {name_key(person.name)}


def _last_word(name: str) -> str:
    """The last word of ``name_key(name)``, cheaply for ASCII names."""
    if not name.isascii():
        return name_key(name).rsplit(" ", 1)[-1]
    words = name.lower().replace(".", "").replace("-", " ").split()
    return words[-1] if words else ""


def _merge_person(base: Sequence[PersonEntry], recent: PersonEntry) -> PersonEntry:
    starts = [o.start or date.min for o in recent.offices if o.dated]
    cutoff = min(starts, default=date.max)
    replace_undated = any(not o.dated for o in recent.offices)
    offices: list[Office] = []
    for office in (o for person in base for o in person.offices):
        if not office.dated:
            if not replace_undated:
                offices.append(office)
        elif office.start is None or office.start < cutoff:
            if office.end is None or office.end >= cutoff:
                office = _replace_end(office, cutoff - timedelta(days=1))
            offices.append(office)
    offices.extend(recent.offices)
    first = base[0]
    names = [name for person in (*base, recent) for name in person.names]
    seen = {name_key(first.name)}
    aliases: list[str] = []
    for name in names:
        key = name_key(name)
        if key not in seen:
            seen.add(key)
            aliases.append(name)
    return PersonEntry(first.id, first.name, tuple(aliases), tuple(dict.fromkeys(offices)))


def _replace_end(office: Office, end: date) -> Office:
    return Office(office.code, office.sector, office.start, end, office.office, office.cameo)


def parse_groups(text: str, source: str = "groups.tsv") -> list[GroupEntry]:
    return [
        GroupEntry(gid, name, _split(aliases), kind, code, _split(sector), cameo)
        for gid, name, aliases, kind, code, sector, cameo in _rows(text, _GROUP_COLUMNS, source)
    ]


class PeopleIndex:
    """Name, alias and surname lookups over people and groups."""

    def __init__(self, people: Iterable[PersonEntry], groups: Iterable[GroupEntry] = ()) -> None:
        self.people: tuple[PersonEntry, ...] = tuple(people)
        self.all_groups: tuple[GroupEntry, ...] = tuple(groups)
        self._by_id = {person.id: person for person in self.people}
        self._names: dict[str, list[PersonEntry]] = {}
        self._surnames: dict[str, list[PersonEntry]] = {}
        self._short: dict[str, set[str]] = {}  # one-word aliases: the dictionary's own surnames
        for person in self.people:
            for name in person.names:
                key = name_key(name)
                _add(self._names, key, person)
                if " " not in name.strip():
                    self._short.setdefault(key, set()).add(person.id)
            surname = person.name.split()[-1] if person.name.split() else ""
            _add(self._surnames, name_key(surname), person)
        self._by_initial: dict[str, list[str]] = {}  # surname keys by first letter, lazily
        self._groups: dict[str, list[GroupEntry]] = {}
        for group in self.all_groups:
            for name in group.names:
                _add(self._groups, name_key(name), group)

    @classmethod
    def from_texts(
        cls, people: str, groups: str = "", recent: str = "", recent_groups: str = ""
    ) -> PeopleIndex:
        """From the texts of ``people.tsv``, ``groups.tsv``, ``people_recent.tsv`` and
        ``groups_recent.tsv`` (hand-written groups, looked up before the converted ones)."""
        entries = parse_people(people)
        if recent:
            entries = merge_people(entries, parse_people(recent, "people_recent.tsv"))
        found = parse_groups(recent_groups, "groups_recent.tsv") if recent_groups else []
        return cls(entries, [*found, *(parse_groups(groups) if groups else ())])

    @classmethod
    def from_dir(cls, directory: Path | Traversable) -> PeopleIndex:
        """Load ``people.tsv``, and ``groups.tsv``, ``people_recent.tsv`` and
        ``groups_recent.tsv`` where present, from a directory."""
        people = directory.joinpath("people.tsv").read_text(encoding="utf-8")
        return cls.from_texts(
            people,
            _optional(directory, "groups.tsv"),
            _optional(directory, "people_recent.tsv"),
            _optional(directory, "groups_recent.tsv"),
        )

    @classmethod
    def default(cls) -> PeopleIndex:
        """The packaged data (loaded once)."""
        return _default_index()

    def __len__(self) -> int:
        return len(self.people)

    def get(self, person_id: str) -> PersonEntry | None:
        return self._by_id.get(person_id)

    def lookup(self, name: str) -> list[PersonEntry]:
        """People with this full name or alias (dictionary order)."""
        return list(self._names.get(name_key(name), ()))

    def by_surname(self, surname: str, *, code: str | None = None) -> list[PersonEntry]:
        """People whose name ends with ``surname``, or who go by it alone in the dictionary;
        ``code`` keeps those with a role in that country (or organisation).

        Most prominent first: those the dictionary lists by the surname alone ("+PUTIN"),
        then by the number of names recorded, the number of roles, the latest appointment."""
        key = name_key(surname)
        if not key:
            return []
        short = self._short.get(key, set())
        candidates = {p.id: p for p in self._surnames.get(key, ())}
        for pid in sorted(short):
            candidates.setdefault(pid, self._by_id[pid])
        found = [
            p for p in candidates.values() if code is None or any(o.code == code for o in p.offices)
        ]

        def rank(person: PersonEntry) -> tuple[bool, int, int, date]:
            starts = [o.start for o in person.offices if o.start is not None]
            latest = max(starts, default=date.min)
            return (person.id in short, len(person.aliases), len(person.offices), latest)

        return sorted(found, key=rank, reverse=True)

    def similar_surnames(self, surname: str) -> list[PersonEntry]:
        """People whose surname is one edit (a letter added, dropped or changed) from
        ``surname``, for misspelt names ("Mitterand", "Gbago"); only for surnames of five
        letters or more, where one edit rarely turns one real name into another."""
        key = name_key(surname)
        if len(key) < 5 or " " in key:
            return []
        if not self._by_initial:
            for k in self._surnames:
                self._by_initial.setdefault(k[:1], []).append(k)
        found: dict[str, PersonEntry] = {}
        for other in self._by_initial.get(key[:1], ()):
            if other != key and abs(len(other) - len(key)) <= 1 and _one_edit(key, other):
                for person in self._surnames[other]:
                    found.setdefault(person.id, person)
        return list(found.values())

    def groups(self, name: str) -> list[GroupEntry]:
        """Organisations and armed groups with this name or alias."""
        return list(self._groups.get(name_key(name), ()))


def group_sector(group: GroupEntry, when: date | None) -> tuple[str, ...]:
    """A group's sectors on ``when``: ``GOV`` while it holds the state's government
    (``group_terms.tsv``: the Taliban from 2021-08-15), else its own."""
    terms = _group_terms().get(group.id, ())
    if when is not None and any(first <= when <= last for first, last in terms):
        return ("GOV",)
    return group.sector


@functools.cache
def _group_terms() -> dict[str, tuple[tuple[date, date], ...]]:
    text = _optional(resources.files("newsevents") / "data" / "kb", "group_terms.tsv")
    terms: dict[str, tuple[tuple[date, date], ...]] = {}
    for line in text.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip():
            continue
        periods = []
        for period in _split(cells[1]):
            first, _, last = period.partition("..")
            periods.append(
                (
                    date.fromisoformat(first) if first else date.min,
                    date.fromisoformat(last) if last else date.max,
                )
            )
        terms[cells[0].strip()] = tuple(periods)
    return terms


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (different strings) are one insertion, deletion or
    substitution apart."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _optional(directory: Path | Traversable, name: str) -> str:
    file = directory.joinpath(name)
    return file.read_text(encoding="utf-8") if file.is_file() else ""


def _add(index: dict[str, list[_T]], key: str, item: _T) -> None:
    if not key:
        return
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not item:  # an entry's names are indexed consecutively
        bucket.append(item)


@functools.cache
def _default_index() -> PeopleIndex:
    return PeopleIndex.from_dir(resources.files("newsevents") / "data" / "kb")
