"""Typed records handed between pipeline stages.

Every record is a frozen dataclass.  Attribute names are snake_case; the JSON
output contract (``DESIGN.md``) uses the PLOVER camelCase names, produced by
:func:`newsevents.output.to_json`, which converts ``feature_class`` to
``featureClass`` and so on.  Character offsets are Python ``str`` indices into
``Article.text``, half-open ``[start, end)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, as ingested."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    author: str | None = None
    #: place named in a dateline such as ``Civil Georgia, Tbilisi / 15 Nov.'17``
    dateline_place: str | None = None
    #: where the article came from (file name, ``file:line``, ``<stdin>``)
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A participant (person, organisation, state) with all its mentions."""

    id: str
    name: str
    kind: str  # person | organisation | state | group
    code: str | None  # ISO 3166-1 alpha-3 or a PLOVER/CAMEO code such as IGO
    sector: tuple[str, ...] = ()
    office: str | None = None
    identifier_id: str | None = None  # knowledge-base identifier, when known
    mentions: tuple[Mention, ...] = ()
    #: knowledge-base id of the state or entity the actor belongs to ("south-ossetia" for
    #: its leader): tells apart entities that share a code, such as two GEO PRE regions
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    code: str | None  # ISO alpha-3 of the country the place lies in
    feature_class: str | None  # GeoNames feature class: P city, A admin area, R road
    #: named by a nationality adjective or demonym ("Russian"): where something is
    #: from, never where an event happened
    adjectival: bool = False


@dataclass(frozen=True, slots=True)
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None  # ISO prefix at its precision: 2017-11-14, 2017-08, 2008, 2016-Q1
    #: day | week | month | quarter | season | year | decade | century | time | duration
    #: | set (recurring) | ref (PRESENT_REF and the like: no date)
    precision: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted content, without quotation marks
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: str | None
    speaker_id: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    goldstein: float | None


@dataclass(frozen=True, slots=True)
class EventActor:
    actor_id: str | None
    code: str | None
    sector: tuple[str, ...]
    entity_text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TextInfo:
    sequence: int  # index of the sentence in the article
    start: int  # sentence span
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str | None
    date_precision: str | None
    event: str  # PLOVER event type, e.g. CONSULT
    mode: str | None
    context: tuple[str, ...]
    #: 0 neutral, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    quad_code: int
    cameo: Cameo
    actor: tuple[EventActor, ...]
    recipient: tuple[EventActor, ...]
    event_text: str  # the trigger words
    event_loc: Place | None
    modality: str  # asserted | negated | hypothetical | future | reported
    confidence: float
    explanation: str
    text_info: TextInfo
    trigger_start: int = -1
    trigger_end: int = -1
    #: for a ``reported`` event, who said it (the speaker of the quote or reported clause)
    reported_by: EventActor | None = None


@dataclass(frozen=True, slots=True)
class AnalyzedArticle:
    """An article with everything extracted from it."""

    article: Article
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())
