"""The read-only endpoints: events, articles, actors, quotes, places, series, search."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import StreamingResponse

from newsevents.api import reads
from newsevents.api.context import ApiContext, context
from newsevents.api.highlight import spans
from newsevents.api.models import (
    ActorOut,
    ActorPage,
    ArticleDetail,
    ArticleOut,
    ArticlePage,
    ErrorOut,
    EventDetail,
    EventOut,
    EventPage,
    Info,
    Mark,
    Network,
    NetworkEdge,
    NetworkNode,
    PlaceOut,
    QuoteOut,
    QuotePage,
    ReviewOut,
    SearchOut,
    SeriesOut,
)
from newsevents.store.export import FLAT_COLUMNS, flat_row, plover_json, spreadsheet_safe
from newsevents.store.query import EventQuery, StoredEvent, Unit
from newsevents.store.reviews import Review, reviews, vocabulary
from newsevents.store.schema import SCHEMA_VERSION
from newsevents.store.series import Level, Period
from newsevents.store.series import series as make_series

router = APIRouter(prefix="/api")
Ctx = Annotated[ApiContext, Depends(context)]

MAX_PAGE = 1000
ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "a filter that cannot be applied"},
    422: {"model": ErrorOut, "description": "a parameter of the wrong type or range"},
}
NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": ErrorOut}}


class Download(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def event_query(
    actor: Annotated[
        str | None, Query(description="actor code, optionally with sector: 'RUS GOV'")
    ] = None,
    actor_sector: Annotated[str | None, Query(description="actor sector: GOV, MIL...")] = None,
    recipient: Annotated[str | None, Query(description="recipient code, optionally sector")] = None,
    recipient_sector: Annotated[str | None, Query()] = None,
    party: Annotated[str | None, Query(description="a code on either side")] = None,
    event: Annotated[str | None, Query(description="PLOVER event type: CONSULT...")] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code or prefix: 04, 042")] = None,
    quad: Annotated[int | None, Query(ge=0, le=4, description="quad class 0-4")] = None,
    since: Annotated[date | None, Query(description="from this day, YYYY-MM-DD")] = None,
    until: Annotated[date | None, Query(description="up to this day, YYYY-MM-DD")] = None,
    place: Annotated[
        str | None, Query(description="place name, ISO alpha-3 country or GeoNames id")
    ] = None,
    modality: Annotated[
        str | None, Query(description="asserted, negated, hypothetical, future or reported")
    ] = None,
    q: Annotated[str | None, Query(max_length=500, description="words in the evidence")] = None,
    source: Annotated[str | None, Query(description="news source name")] = None,
    article: Annotated[str | None, Query(description="article id or uid")] = None,
    cluster: Annotated[str | None, Query(description="event (cluster) id")] = None,
) -> EventQuery:
    """The event filters shared by events, places, series and network."""
    if since and until and since > until:
        raise HTTPException(400, f"since {since} is after until {until}")
    return EventQuery(
        actor=actor or None,
        actor_sector=actor_sector or None,
        recipient=recipient or None,
        recipient_sector=recipient_sector or None,
        party=party or None,
        event_type=event or None,
        cameo=cameo or None,
        quad_class=quad,
        since=since,
        until=until,
        place=place or None,
        modality=modality or None,
        text=q or None,
        source=source or None,
        article=article or None,
        cluster=cluster or None,
    )


Filters = Annotated[EventQuery, Depends(event_query)]
UnitQ = Annotated[
    Unit,
    Query(description="events: deduplicated; mentions: every report; one-a-day: Phoenix filter"),
]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def _limit(limit: int | None, default: int = 50) -> int:
    if limit is None:
        return default
    if limit > MAX_PAGE:
        raise HTTPException(
            400,
            f"limit {limit} is over {MAX_PAGE} for a JSON page: page with offset, or download "
            "everything with format=jsonl or format=csv",
        )
    return limit


@router.get("/info", response_model=Info, tags=["store"])
def info(ctx: Ctx) -> Info:
    """What the store holds, and whether this server accepts writes."""
    with ctx.access.read() as store:
        counts = store.counts()
        n = reads.review_count(store)
    return Info(readOnly=ctx.read_only, schemaVersion=SCHEMA_VERSION, counts=counts, reviews=n)


@router.get("/vocabulary", tags=["store"])
def vocab() -> dict[str, list[str]]:
    """The values a review may use: PLOVER event types, CAMEO codes, sectors, modalities."""
    return vocabulary()


@router.get("/events", response_model=EventPage, responses=ERRORS, tags=["events"])
def events(
    ctx: Ctx,
    query: Filters,
    unit: UnitQ = Unit.events,
    limit: Annotated[
        int | None, Query(ge=1, description="page size (JSON: default 50, at most 1000)")
    ] = None,
    offset: Offset = 0,
    format: Annotated[
        Download, Query(description="json: a page; jsonl or csv: a file of every match")
    ] = Download.json,
) -> EventPage | StreamingResponse:
    """Events matching every filter given, oldest first, with their newest review.

    ``format=jsonl`` or ``csv`` downloads all matches (or ``limit`` of them) in the
    formats ``newsevents events`` writes; machine output only.
    """
    if format is not Download.json:
        with ctx.access.read() as store:
            answer = reads.events_page(store, query, unit, limit or 10**9, offset, count=False)
        return _download(answer.events, format)
    page = _limit(limit)
    with ctx.access.read() as store:
        answer = reads.events_page(store, query, unit, page, offset)
    return EventPage(
        total=answer.total,
        limit=page,
        offset=offset,
        items=[EventOut.of(e, answer.reviews.get(e.cluster_id)) for e in answer.events],
    )


def _download(found: list[StoredEvent], fmt: Download) -> StreamingResponse:
    def lines() -> Iterator[str]:
        if fmt is Download.jsonl:
            for e in found:
                yield json.dumps(plover_json(e), ensure_ascii=False) + "\n"
            return
        buf = io.StringIO()
        w = csv.DictWriter(buf, FLAT_COLUMNS, lineterminator="\n")
        w.writeheader()
        for e in found:
            w.writerow(spreadsheet_safe(flat_row(e)))  # a browser download ends in Excel
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()

    media = "application/x-ndjson" if fmt is Download.jsonl else "text/csv; charset=utf-8"
    return StreamingResponse(
        lines(),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="events.{fmt.value}"'},
    )


@router.get(
    "/events/{cluster_id}", response_model=EventDetail, responses=NOT_FOUND, tags=["events"]
)
def event(ctx: Ctx, cluster_id: str) -> EventDetail:
    """One event: as its most confident report tells it, every report, its reviews."""
    with ctx.access.read() as store:
        best, mentions, history = reads.event_detail(store, cluster_id)
    if best is None:
        raise HTTPException(404, f"no event {cluster_id!r} in the latest articles")
    latest = history[0] if history else None
    by_uid: dict[str, Review] = {}
    for r in history:
        by_uid.setdefault(r.event_uid, r)
    return EventDetail(
        event=EventOut.of(best, latest),
        mentions=[EventOut.of(m, by_uid.get(m.uid)) for m in mentions],
        reviews=[ReviewOut.of(r) for r in history],
    )


def _article_out(r: reads.ArticleRow) -> ArticleOut:
    return ArticleOut(
        uid=r.uid,
        id=r.article_id,
        title=r.title,
        source=r.source,
        url=r.url,
        published=r.published,
        nEvents=r.n_events,
        version=r.version,
        isLatest=r.is_latest,
        ingestedAt=r.ingested_at,
    )


@router.get("/articles", response_model=ArticlePage, responses=ERRORS, tags=["articles"])
def articles(
    ctx: Ctx,
    q: Annotated[str | None, Query(max_length=500, description="words in title or text")] = None,
    source: Annotated[str | None, Query(description="news source name")] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Offset = 0,
) -> ArticlePage:
    """The latest version of each article, newest first."""
    page = _limit(limit)
    with ctx.access.read() as store:
        total, rows = reads.articles_page(store, q, source, page, offset)
    return ArticlePage(
        total=total, limit=page, offset=offset, items=[_article_out(r) for r in rows]
    )


@router.get("/articles/{ref}", response_model=ArticleDetail, responses=NOT_FOUND, tags=["articles"])
def article(ctx: Ctx, ref: str) -> ArticleDetail:
    """One article (by id, or uid for a given version): its text, analysis, events and the
    spans to highlight."""
    with ctx.access.read() as store:
        found = reads.article(store, ref)
    if found is None:
        raise HTTPException(404, f"no article {ref!r}")
    return ArticleDetail(
        article=_article_out(found.row),
        text=found.text,
        analysis=found.analysis,
        events=[EventOut.of(e, found.reviews.get(e.cluster_id)) for e in found.events],
        marks=[Mark(**vars(s)) for s in spans(found.analysis)],
    )


@router.get("/actors", response_model=ActorPage, responses=ERRORS, tags=["actors"])
def actors(
    ctx: Ctx,
    q: Annotated[
        str | None, Query(max_length=200, description="words in the name, or a code")
    ] = None,
    code: Annotated[str | None, Query(description="exact code: RUS, NATO")] = None,
    sector: Annotated[str | None, Query(description="sector: GOV, MIL...")] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Offset = 0,
) -> ActorPage:
    """Actors by code and name, with how many events and articles they appear in."""
    page = _limit(limit)
    with ctx.access.read() as store:
        total, rows = reads.actors_page(store, q, code, sector, page, offset)
    items = [
        ActorOut(
            code=r.code,
            name=r.name,
            kind=r.kind,
            sectors=list(r.sectors or []),
            nEvents=r.n_events,
            nArticles=r.n_articles,
        )
        for r in rows
    ]
    return ActorPage(total=total, limit=page, offset=offset, items=items)


@router.get("/quotes", response_model=QuotePage, responses=ERRORS, tags=["articles"])
def quotes(
    ctx: Ctx,
    q: Annotated[str | None, Query(max_length=500, description="words in the quote")] = None,
    speaker: Annotated[
        str | None, Query(max_length=200, description="words in the speaker")
    ] = None,
    article: Annotated[str | None, Query(description="article id or uid")] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Offset = 0,
) -> QuotePage:
    """Quotes of the latest articles, with their speakers."""
    page = _limit(limit)
    with ctx.access.read() as store:
        total, rows = reads.quotes_page(store, q, speaker, article, page, offset)
    items = [
        QuoteOut(
            text=r.text,
            kind=r.kind,
            cue=r.cue,
            speaker=r.speaker,
            speakerId=r.speaker_id,
            start=r.start,
            end=r.end,
            articleId=r.article_id,
            articleUid=r.article_uid,
            title=r.title,
        )
        for r in rows
    ]
    return QuotePage(total=total, limit=page, offset=offset, items=items)


@router.get("/places", response_model=list[PlaceOut], responses=ERRORS, tags=["events"])
def places(
    ctx: Ctx,
    query: Filters,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> list[PlaceOut]:
    """Where the matching events happened, with coordinates, busiest first (for a map)."""
    with ctx.access.read() as store:
        rows = reads.event_places(store, query, limit)
    return [
        PlaceOut(
            name=r.name,
            geonameid=r.geonameid,
            lat=r.lat,
            lon=r.lon,
            code=r.code,
            nEvents=r.n_events,
            nArticles=r.n_articles,
            quad=r.quad,
        )
        for r in rows
    ]


@router.get("/series", response_model=list[SeriesOut], responses=ERRORS, tags=["events"])
def series(
    ctx: Ctx,
    query: Filters,
    period: Period = Period.month,
    level: Level = Level.country,
    directed: bool = True,
) -> list[SeriesOut]:
    """Deduplicated events per period, dyad, event type and quad class."""
    with ctx.access.read() as store:
        rows = make_series(store, query, period=period, level=level, directed=directed)
    return [
        SeriesOut(
            period=r.period,
            actor=r.actor,
            recipient=r.recipient,
            eventType=r.event_type,
            quadClass=r.quad_class,
            events=r.events,
            mentions=r.mentions,
            goldstein=r.goldstein,
        )
        for r in rows
    ]


@router.get("/network", response_model=Network, responses=ERRORS, tags=["actors"])
def network(
    ctx: Ctx,
    query: Filters,
    level: Level = Level.country,
    top: Annotated[int, Query(ge=1, le=500, description="the busiest dyads kept")] = 60,
) -> Network:
    """Who acts on whom: the busiest dyads of the matching events, for a network chart."""
    with ctx.access.read() as store:
        nodes, edges = reads.network(store, query, level, top)
    return Network(
        nodes=[NetworkNode(id=k, events=v) for k, v in sorted(nodes.items())],
        edges=[
            NetworkEdge(source=e.source, target=e.target, events=e.events, quad=e.quad)
            for e in edges
        ],
    )


@router.get("/search", response_model=SearchOut, responses=ERRORS, tags=["events"])
def search(
    ctx: Ctx,
    q: Annotated[str, Query(min_length=2, max_length=500, description="words to find")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> SearchOut:
    """Events whose evidence holds the words, and articles whose title or text does."""
    with ctx.access.read() as store:
        found = reads.events_page(store, EventQuery(text=q), Unit.events, limit, 0, count=False)
        arts = reads.search_articles(store, q, limit)
    return SearchOut(
        query=q,
        events=[EventOut.of(e, found.reviews.get(e.cluster_id)) for e in found.events],
        articles=[_article_out(a) for a in arts],
    )


@router.get("/reviews", response_model=list[ReviewOut], responses=ERRORS, tags=["reviews"])
def list_reviews(
    ctx: Ctx,
    latest: Annotated[bool, Query(description="only the newest review of each event")] = False,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Offset = 0,
) -> list[ReviewOut]:
    """Reviews, newest first."""
    page = _limit(limit, 100)
    with ctx.access.read() as store:
        found = reviews(store, latest=latest, limit=page, offset=offset)
    return [ReviewOut.of(r) for r in found]
