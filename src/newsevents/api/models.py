"""The API's answers and requests, as the OpenAPI description shows them.

Field names follow the output contract (docs/output.md): camelCase, PLOVER names.
Values are data, never markup: whoever shows them must escape them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from newsevents.store.query import StoredEvent
from newsevents.store.reviews import CORRECTION_FIELDS, Correction, Review


class ErrorOut(BaseModel):
    status: int
    error: str = Field(description="the HTTP reason phrase")
    message: str = Field(description="what was wrong, in one line")
    details: list[dict[str, str]] | None = Field(
        default=None, description="for 422: each invalid field and its problem"
    )


class Party(BaseModel):
    code: str
    sector: list[str]
    text: str
    entity: str = Field(description="knowledge-base entity it belongs to, if any")


class EventPlace(BaseModel):
    name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    code: str | None


class CorrectionOut(BaseModel):
    eventType: str | None = None
    cameoCode: str | None = None
    actorCode: str | None = None
    actorSector: str | None = None
    recipientCode: str | None = None
    recipientSector: str | None = None
    date: str | None = None
    place: str | None = None
    modality: str | None = None

    @classmethod
    def of(cls, c: Correction) -> CorrectionOut:
        return cls(**{_camel(f): getattr(c, f) for f in CORRECTION_FIELDS})

    def to_correction(self) -> Correction:
        return Correction(**{f: getattr(self, _camel(f)) for f in CORRECTION_FIELDS})


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


class ReviewOut(BaseModel):
    id: int
    eventUid: str
    clusterId: str
    verdict: Literal["correct", "wrong", "corrected"]
    correction: CorrectionOut
    reviewer: str
    note: str | None
    createdAt: dt.datetime

    @classmethod
    def of(cls, r: Review) -> ReviewOut:
        return cls(
            id=r.id,
            eventUid=r.event_uid,
            clusterId=r.cluster_id,
            verdict=r.verdict.value,
            correction=CorrectionOut.of(r.correction),
            reviewer=r.reviewer,
            note=r.note,
            createdAt=r.created_at,
        )


class ReviewIn(BaseModel):
    verdict: Literal["correct", "wrong", "corrected"] = Field(
        description="correct: right as coded; wrong: not an event; corrected: see correction"
    )
    reviewer: str = Field(min_length=1, max_length=200, description="who reviews")
    note: str | None = Field(default=None, max_length=2000)
    correction: CorrectionOut = Field(
        default_factory=CorrectionOut, description="corrected fields; omitted ones stay"
    )
    eventUid: str | None = Field(
        default=None, description="the mention reviewed; default: the cluster's best-told one"
    )


class EventOut(BaseModel):
    uid: str = Field(description="the mention: article uid + event id")
    eventId: str
    clusterId: str = Field(description="the deduplicated event: same id in every report")
    articleId: str
    articleUid: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.datetime | None
    date: str | None
    day: dt.date | None
    datePrecision: str | None
    event: str
    mode: str | None
    context: list[str]
    quadCode: int
    cameo: str | None
    goldstein: float | None
    actor: list[Party]
    recipient: list[Party]
    eventText: str | None
    place: EventPlace | None
    modality: str
    reportedBy: str | None
    reportedByCode: str | None
    confidence: float | None
    evidence: str | None
    explanation: str | None
    sentenceStart: int | None
    sentenceEnd: int | None
    numMentions: int
    numArticles: int
    numSources: int
    sources: list[str]
    review: ReviewOut | None = Field(
        default=None,
        description="the newest review of this event, if any: machine output "
        "above is never changed by it",
    )

    @classmethod
    def of(cls, e: StoredEvent, review: Review | None = None) -> EventOut:
        place = None
        if e.place_name or e.geonameid is not None:
            place = EventPlace(
                name=e.place_name, geonameid=e.geonameid, lat=e.lat, lon=e.lon, code=e.place_code
            )
        return cls(
            uid=e.uid,
            eventId=e.event_id,
            clusterId=e.cluster_id,
            articleId=e.article_id,
            articleUid=e.article_uid,
            title=e.title,
            source=e.source,
            url=e.url,
            published=e.published,
            date=e.date,
            day=e.day,
            datePrecision=e.date_precision,
            event=e.event_type,
            mode=e.mode,
            context=list(e.context or []),
            quadCode=e.quad_class,
            cameo=e.cameo_code,
            goldstein=e.goldstein,
            actor=_parties(e.actor_codes, e.actor_sectors, e.actor_texts, e.actor_entities),
            recipient=_parties(
                e.recipient_codes, e.recipient_sectors, e.recipient_texts, e.recipient_entities
            ),
            eventText=e.event_text,
            place=place,
            modality=e.modality,
            reportedBy=e.reported_by_text,
            reportedByCode=e.reported_by_code,
            confidence=e.confidence,
            evidence=e.evidence,
            explanation=e.explanation,
            sentenceStart=e.sentence_start,
            sentenceEnd=e.sentence_end,
            numMentions=e.num_mentions,
            numArticles=e.num_articles,
            numSources=e.num_sources,
            sources=list(e.sources or []),
            review=ReviewOut.of(review) if review else None,
        )


def _parties(
    codes: list[str], sectors: list[str], texts: list[str], entities: list[str]
) -> list[Party]:
    n = max(len(codes or []), len(texts or []))

    def at(xs: list[str], i: int) -> str:
        return xs[i] if xs and i < len(xs) and xs[i] is not None else ""

    return [
        Party(
            code=at(codes, i),
            sector=[s for s in at(sectors, i).split("+") if s],
            text=at(texts, i),
            entity=at(entities, i),
        )
        for i in range(n)
    ]


class Page(BaseModel):
    total: int = Field(description="how many match, over all pages")
    limit: int
    offset: int


class EventPage(Page):
    items: list[EventOut]


class EventDetail(BaseModel):
    event: EventOut = Field(description="the event as its most confident report tells it")
    mentions: list[EventOut] = Field(description="every report of it, one per article")
    reviews: list[ReviewOut] = Field(description="its review history, newest first")


class ArticleOut(BaseModel):
    uid: str
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.datetime | None
    nEvents: int
    version: int
    isLatest: bool
    ingestedAt: dt.datetime


class ArticlePage(Page):
    items: list[ArticleOut]


class Mark(BaseModel):
    start: int
    end: int
    kind: Literal["actor", "place", "time", "quote", "trigger"]
    label: str = Field(description="what to show on hover: the explanation for a trigger")
    ref: str | None = Field(default=None, description="actor id, or event id for a trigger")


class ArticleDetail(BaseModel):
    article: ArticleOut
    text: str
    analysis: dict[str, Any] = Field(description="the article as `newsevents extract` wrote it")
    events: list[EventOut] = Field(description="its events, with their clusters")
    marks: list[Mark] = Field(description="spans to highlight in text, by kind")


class ActorOut(BaseModel):
    code: str | None
    name: str | None
    kind: str | None
    sectors: list[str]
    nEvents: int = Field(description="deduplicated events it takes part in")
    nArticles: int


class ActorPage(Page):
    items: list[ActorOut]


class QuoteOut(BaseModel):
    text: str | None
    kind: str | None
    cue: str | None
    speaker: str | None
    speakerId: str | None
    start: int | None
    end: int | None
    articleId: str
    articleUid: str
    title: str | None


class QuotePage(Page):
    items: list[QuoteOut]


class PlaceOut(BaseModel):
    name: str | None
    geonameid: int | None
    lat: float
    lon: float
    code: str | None
    nEvents: int
    nArticles: int
    quad: list[int] = Field(description="events per quad class 0-4")


class SeriesOut(BaseModel):
    period: dt.date
    actor: str
    recipient: str
    eventType: str
    quadClass: int
    events: int
    mentions: int
    goldstein: float


class NetworkNode(BaseModel):
    id: str
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    quad: list[int] = Field(description="events per quad class 0-4")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class SearchOut(BaseModel):
    query: str
    events: list[EventOut]
    articles: list[ArticleOut]


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, description="the article's text")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=500)
    published: dt.datetime | None = Field(default=None, description="ISO 8601")
    id: str | None = Field(default=None, max_length=200, description="default: hash of text")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank")
        return v


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class IngestedOut(BaseModel):
    id: str
    title: str | None
    nEvents: int


class IngestOut(BaseModel):
    stored: int = Field(description="article versions written")
    unchanged: int = Field(description="already stored with the same content")
    events: int
    articles: list[IngestedOut]
    failures: list[dict[str, str]]


class Info(BaseModel):
    readOnly: bool = Field(description="true when no token is configured: no ingest, no reviews")
    schemaVersion: int
    counts: dict[str, int]
    reviews: int
