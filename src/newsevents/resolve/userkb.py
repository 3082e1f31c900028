"""User actor files: people, organisations and state names added on top of the packaged KB.

A user file is tab-separated UTF-8 with a header row, in the columns of the packaged
``people.tsv`` and ``groups.tsv`` together (``COLUMNS``)::

    id  name  aliases  kind  code  sector  start  end  office  cameo

One row per person and role period (rows sharing an ``id`` are one person), one row per
organisation (``kind`` organisation, armed, igo, ngo or company) and one per state name
(``kind`` state: a name standing for a state or one of its bodies, such as "the Elysee").
A packaged ``people.tsv`` or ``groups.tsv`` file is read as well (a missing ``kind`` column
means people).  ``newsevents/data/kb/README.md`` documents the columns.

:func:`load_knowledge` gives the packaged knowledge base and people index with a user file's
entries on top: user people merge with a packaged person of the same name and country as
``people_recent.tsv`` does (:func:`newsevents.resolve.people.merge_people`: the user's rows are
authoritative from their earliest start date on), new organisations come first in name
lookups, state names are loaded like seats of government.  The file is named by the caller,
else by ``NEWSEVENTS_ACTORS_FILE``.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsevents.errors import ConfigError
from newsevents.resolve.kb import ExtraName, KnowledgeBase
from newsevents.resolve.people import (
    GroupEntry,
    Office,
    PeopleIndex,
    PersonEntry,
    merge_people,
    name_key,
)

__all__ = [
    "COLUMNS",
    "ENV_VAR",
    "GROUP_KINDS",
    "KINDS",
    "NON_STATE_CODES",
    "Knowledge",
    "UserEntry",
    "append_entries",
    "check_entry",
    "env_actors_file",
    "load_knowledge",
    "read_user_file",
    "slug",
]

COLUMNS = ("id", "name", "aliases", "kind", "code", "sector", "start", "end", "office", "cameo")
#: kinds of organisation, as in the packaged groups.tsv
GROUP_KINDS = ("organisation", "armed", "igo", "ngo", "company")
KINDS = ("person", "state", *GROUP_KINDS)
#: PLOVER country-field codes that are not states (manual Table 5.1)
NON_STATE_CODES = ("IGO", "NGO", "UNO", "EUR", "IMG", "MNC")
ENV_VAR = "NEWSEVENTS_ACTORS_FILE"
_REQUIRED = ("name", "code")
_BAD_CHARS = re.compile(r"[\t\r\n]")


@dataclass(frozen=True, slots=True)
class UserEntry:
    """One row of a user actor file."""

    id: str
    name: str
    kind: str  # person | state | organisation | armed | igo | ngo | company
    code: str
    sector: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    office: str | None = None
    cameo: str | None = None
    origin: str = ""  # "FILE:LINE" of the row, for messages

    def cells(self) -> list[str]:
        """The row in ``COLUMNS`` order."""
        return [
            self.id,
            self.name,
            ";".join(self.aliases),
            self.kind,
            self.code,
            ";".join(self.sector),
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.office or "",
            self.cameo or "",
        ]


@dataclass(frozen=True)
class Knowledge:
    """The knowledge base and people index to resolve with, and the user file they include."""

    kb: KnowledgeBase
    people: PeopleIndex
    actors_file: Path | None = None


def slug(text: str) -> str:
    """An id from a name: ``Anatoly Bibilov`` -> ``anatoly-bibilov``."""
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "x"


def env_actors_file() -> Path | None:
    """The user actor file named by ``NEWSEVENTS_ACTORS_FILE``, if set."""
    value = os.environ.get(ENV_VAR, "").strip()
    return Path(value).expanduser() if value else None


# -- reading -------------------------------------------------------------------------------


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split(";") if p.strip())


def _date(cell: str | None, origin: str, column: str) -> date | None:
    cell = (cell or "").strip()
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise ConfigError(f"{origin}: {column} {cell!r} is not a date (YYYY-MM-DD)") from None


def read_user_file(path: Path) -> list[UserEntry]:
    """The rows of a user actor file (not yet checked against the KB: see :func:`check_entry`).

    Raises :class:`ConfigError` naming the file and line for an unreadable file, a missing
    column or a bad date."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the actor file: {exc}") from exc
    return list(_parse(text, str(path)))


def _parse(text: str, source: str) -> Iterator[UserEntry]:
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        return
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in reader.fieldnames or ()]
    reader.fieldnames = header
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise ConfigError(
            f"{source}:1: missing column(s) {', '.join(missing)}; expected {' '.join(COLUMNS)}"
        )
    default_kind = "person" if "kind" not in header else ""
    for number, row in enumerate(reader, start=2):
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        origin = f"{source}:{number}"
        if None in row:
            raise ConfigError(f"{origin}: more cells than columns")
        name = (row.get("name") or "").strip()
        yield UserEntry(
            id=(row.get("id") or "").strip() or slug(name),
            name=name,
            kind=(row.get("kind") or "").strip() or default_kind,
            code=(row.get("code") or "").strip(),
            sector=_split(row.get("sector")),
            aliases=_split(row.get("aliases")),
            start=_date(row.get("start"), origin, "start"),
            end=_date(row.get("end"), origin, "end"),
            office=(row.get("office") or "").strip() or None,
            cameo=(row.get("cameo") or "").strip() or None,
            origin=origin,
        )


# -- checking ------------------------------------------------------------------------------


def _country_codes(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(e.code for e in kb.entries.values() if e.kind == "country")


def check_entry(entry: UserEntry, kb: KnowledgeBase | None = None) -> None:
    """Raise :class:`ConfigError` (one line) if ``entry`` is not a valid user-file row:
    unknown kind, country code (ISO alpha-3 of the packaged list, or IGO/NGO/UNO/EUR/IMG/MNC)
    or sector (``sectors.tsv``), dates on a non-person or in the wrong order, tabs or ``;``
    inside names."""
    kb = kb or KnowledgeBase.default()
    where = f"{entry.origin}: " if entry.origin else ""
    if not entry.name:
        raise ConfigError(f"{where}a name is required")
    if entry.kind not in KINDS:
        raise ConfigError(f"{where}unknown kind {entry.kind!r}; use one of {', '.join(KINDS)}")
    for text in (entry.id, entry.name, *entry.aliases, entry.office or "", entry.cameo or ""):
        if _BAD_CHARS.search(text):
            raise ConfigError(f"{where}{text!r}: names cannot hold tabs or line breaks")
    if ";" in entry.name:
        raise ConfigError(f"{where}{entry.name!r}: ';' separates aliases, not allowed in a name")
    if entry.code not in _country_codes(kb) and entry.code not in NON_STATE_CODES:
        known = kb.by_code(entry.code) if entry.code else None
        hint = f" (did you mean {known.code}?)" if known else ""
        raise ConfigError(
            f"{where}unknown country code {entry.code!r}{hint}: use an ISO 3166-1 alpha-3 code "
            f"of the packaged country list or one of {', '.join(NON_STATE_CODES)}"
        )
    bad = [s for s in entry.sector if s not in kb.sectors]
    if bad:
        raise ConfigError(
            f"{where}unknown sector code {bad[0]!r}: use PLOVER sectors "
            f"({', '.join(sorted(kb.sectors))})"
        )
    if entry.kind != "person" and (entry.start or entry.end or entry.office):
        raise ConfigError(f"{where}start, end and office are for people (kind person) only")
    if entry.start and entry.end and entry.end < entry.start:
        raise ConfigError(f"{where}end {entry.end} is before start {entry.start}")


# -- writing -------------------------------------------------------------------------------


def append_entries(path: Path, entries: Iterable[UserEntry]) -> int:
    """Append rows to a user file, writing the header first if the file is new or empty.

    The file must have the full ``COLUMNS`` header (files in another layout are refused
    rather than mixed).  Returns the number of rows written."""
    entries = list(entries)
    exists = path.is_file() and path.stat().st_size > 0
    if exists:
        with path.open(encoding="utf-8") as handle:
            first = handle.readline().rstrip("\r\n").split("\t")
        if tuple(h.strip() for h in first) != COLUMNS:
            raise ConfigError(
                f"{path}: its columns are not {' '.join(COLUMNS)}; add to a new file instead"
            )
    newline = exists and not path.read_bytes().endswith(b"\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        if not exists:
            handle.write("\t".join(COLUMNS) + "\n")
        elif newline:
            handle.write("\n")
        for entry in entries:
            handle.write("\t".join(" ".join(cell.split()) for cell in entry.cells()) + "\n")
    return len(entries)


# -- loading on top of the packaged data -----------------------------------------------------


def load_knowledge(actors_file: Path | None = None, *, use_env: bool = True) -> Knowledge:
    """The packaged KB and people, plus the entries of ``actors_file`` (default: the file
    named by ``NEWSEVENTS_ACTORS_FILE`` when ``use_env``).  Loaded once per file version."""
    path = actors_file or (env_actors_file() if use_env else None)
    if path is None:
        return Knowledge(KnowledgeBase.default(), PeopleIndex.default())
    try:
        stat = path.stat()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the actor file: {exc}") from exc
    return _load(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load(path: Path, _mtime: int, _size: int) -> Knowledge:
    entries = read_user_file(path)
    packaged = KnowledgeBase.default()
    for entry in entries:
        check_entry(entry, packaged)
    states = [e for e in entries if e.kind == "state"]
    seen: set[str] = set()
    for entry in states:
        if entry.id in packaged.entries or entry.id in seen:
            raise ConfigError(f"{entry.origin}: id {entry.id!r} is already used; choose another")
        seen.add(entry.id)
    kb = KnowledgeBase.with_extra(
        ExtraName(e.id, e.name, e.code, e.sector, e.aliases) for e in states
    )
    base = PeopleIndex.default()
    added = _people(e for e in entries if e.kind == "person")
    groups = [_group(e) for e in entries if e.kind in GROUP_KINDS]
    people = base
    if added or groups:
        # user people merge as people_recent.tsv does: authoritative from their first date
        people = PeopleIndex(merge_people(base.people, added), [*groups, *base.all_groups])
    return Knowledge(kb, people, path)


def _people(entries: Iterable[UserEntry]) -> list[PersonEntry]:
    """Rows sharing an id are one person (in any order); names and aliases are pooled."""
    by_id: dict[str, tuple[str, list[str], list[Office]]] = {}
    for e in entries:
        name, aliases, offices = by_id.setdefault(e.id, (e.name, [], []))
        for alias in (e.name, *e.aliases):
            if name_key(alias) != name_key(name) and alias not in aliases:
                aliases.append(alias)
        offices.append(Office(e.code, e.sector, e.start, e.end, e.office, e.cameo))
    return [
        PersonEntry(pid, name, tuple(aliases), tuple(offices))
        for pid, (name, aliases, offices) in by_id.items()
    ]


def _group(e: UserEntry) -> GroupEntry:
    return GroupEntry(e.id, e.name, e.aliases, e.kind, e.code, e.sector, e.cameo or "")
