"""The endpoints that change the store (ingest, reviews: token required) and the gold export."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from newsevents.api.context import ApiContext, context
from newsevents.api.models import (
    ErrorOut,
    IngestedOut,
    IngestIn,
    IngestOut,
    ReviewIn,
    ReviewOut,
)
from newsevents.errors import InputError
from newsevents.ingest.ids import content_id
from newsevents.records import Article
from newsevents.store import write_all
from newsevents.store.reviews import add_review, gold_records

router = APIRouter(prefix="/api")
Ctx = Annotated[ApiContext, Depends(context)]


def writer(ctx: Ctx, request: Request) -> ApiContext:
    """The context, once the request has shown the token (checked before the body)."""
    ctx.require_token(request)
    return ctx


Writer = Annotated[ApiContext, Depends(writer)]

WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "an invalid correction"},
    401: {"model": ErrorOut, "description": "no token, or the wrong one"},
    403: {"model": ErrorOut, "description": "the server is read-only (no token configured)"},
    404: {"model": ErrorOut, "description": "no such event"},
    413: {"model": ErrorOut, "description": "the request body is too large"},
    422: {"model": ErrorOut, "description": "a field of the wrong type"},
}


@router.post(
    "/articles",
    response_model=IngestOut,
    responses=WRITE_ERRORS,
    tags=["articles"],
    summary="Ingest articles (token required)",
)
def ingest(ctx: Writer, body: IngestIn) -> IngestOut:
    """Analyse articles and store them, as ``newsevents ingest`` does.

    Needs ``Authorization: Bearer TOKEN``.  The same article twice is stored once;
    an article whose text fails analysis is listed in ``failures`` and the rest go on.
    """
    arts = []
    for n, a in enumerate(body.articles):
        text = a.text.strip()
        arts.append(
            Article(
                id=a.id or content_id(text),
                text=text,
                title=a.title,
                source=a.source,
                url=a.url,
                published=a.published.replace(tzinfo=None) if a.published else None,
                origin=f"api:{a.url or a.id or n}",
            )
        )
    pipeline = ctx.pipeline()
    with ctx.analysing:
        results = list(pipeline.analyze(arts))
    with ctx.access.write() as store:
        stats = write_all(store, results)
    done = [r for r in results if not isinstance(r, InputError)]
    return IngestOut(
        stored=stats.articles,
        unchanged=stats.unchanged,
        events=sum(len(r.events) for r in done),
        articles=[
            IngestedOut(id=r.article.id, title=r.article.title, nEvents=len(r.events)) for r in done
        ],
        failures=[
            {"origin": r.origin, "reason": r.reason} for r in results if isinstance(r, InputError)
        ],
    )


@router.post(
    "/events/{cluster_id}/reviews",
    response_model=ReviewOut,
    status_code=201,
    responses=WRITE_ERRORS,
    tags=["reviews"],
    summary="Review an event (token required)",
)
def review(ctx: Writer, cluster_id: str, body: ReviewIn) -> ReviewOut:
    """Mark an event correct or wrong, or correct its fields.

    Stored beside the machine output, which stays as it was; the newest review of
    an event is the one that counts.  Needs ``Authorization: Bearer TOKEN``.
    """
    with ctx.access.write() as store:
        if body.eventUid:
            _check_member(store, body.eventUid, cluster_id)
        r = add_review(
            store,
            body.eventUid or cluster_id,
            body.verdict,
            reviewer=body.reviewer,
            correction=body.correction.to_correction(),
            note=body.note,
        )
    return ReviewOut.of(r)


def _check_member(store: Any, uid: str, cluster_id: str) -> None:
    from newsevents.store.reviews import ReviewError

    with store.connect() as con:
        row = con.execute("SELECT cluster_id FROM events WHERE uid = ?", [uid]).fetchone()
    if row is None or row[0] != cluster_id:
        raise ReviewError(f"no event {uid!r} in event {cluster_id!r}")


@router.get("/reviews/export", tags=["reviews"], response_model=list[dict[str, Any]])
def export_reviews(ctx: Ctx) -> JSONResponse:
    """The reviewed events as a gold file: ``newsevents eval events FILE --format plover-gsr``."""
    with ctx.access.read() as store:
        records = gold_records(store)
    return JSONResponse(
        records, headers={"Content-Disposition": 'attachment; filename="gold.json"'}
    )
