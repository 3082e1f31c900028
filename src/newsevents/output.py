"""Serialising records to the JSON output contract and to flat rows."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any

from newsevents.records import AnalyzedArticle, Event

#: record attributes that are internal and not part of the output contract
_INTERNAL = {"trigger_start", "trigger_end", "dateline_place", "origin", "author"}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def to_json(obj: Any) -> Any:
    """Plain JSON data for a record, with the contract's camelCase names."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            _camel(f.name): to_json(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if f.name not in _INTERNAL
        }
    if isinstance(obj, tuple | list):
        return [to_json(x) for x in obj]
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return obj


def article_to_dict(result: AnalyzedArticle) -> dict[str, Any]:
    """One line of ``newsevents extract``: the article and all it holds."""
    a = result.article
    out: dict[str, Any] = {
        "id": a.id,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "text": a.text,
    }
    for name in ("entities", "actors", "places", "times", "quotes", "events"):
        out[name] = to_json(getattr(result, name))
    if a.author:
        out["author"] = a.author
    if a.dateline_place:
        out["dateline"] = a.dateline_place
    return out


def event_to_dict(event: Event, article_id: str) -> dict[str, Any]:
    """One line of ``newsevents code``: the event plus its article id."""
    return {"articleId": article_id, **to_json(event)}


CSV_COLUMNS = [
    "articleId",
    "id",
    "date",
    "datePrecision",
    "event",
    "mode",
    "context",
    "quadCode",
    "cameoCode",
    "goldstein",
    "actorCode",
    "actorSector",
    "actorText",
    "recipientCode",
    "recipientSector",
    "recipientText",
    "eventText",
    "placeName",
    "geonameid",
    "lat",
    "lon",
    "modality",
    "reportedByText",
    "reportedByCode",
    "confidence",
    "sentence",
    "sentenceStart",
    "sentenceEnd",
    "explanation",
]


def event_row(event: Event, article_id: str) -> dict[str, Any]:
    """A flat row of an event for CSV/TSV: lists joined with ``;``."""

    def side(parts: tuple[Any, ...], attr: str) -> str:
        vals = []
        for p in parts:
            v = getattr(p, attr)
            vals.append("+".join(v) if isinstance(v, tuple) else str(v or ""))
        return ";".join(vals)

    loc = event.event_loc
    return {
        "articleId": article_id,
        "id": event.id,
        "date": event.date,
        "datePrecision": event.date_precision,
        "event": event.event,
        "mode": event.mode,
        "context": ";".join(event.context),
        "quadCode": event.quad_code,
        "cameoCode": event.cameo.code,
        "goldstein": event.cameo.goldstein,
        "actorCode": side(event.actor, "code"),
        "actorSector": side(event.actor, "sector"),
        "actorText": side(event.actor, "entity_text"),
        "recipientCode": side(event.recipient, "code"),
        "recipientSector": side(event.recipient, "sector"),
        "recipientText": side(event.recipient, "entity_text"),
        "eventText": event.event_text,
        "placeName": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "modality": event.modality,
        "reportedByText": event.reported_by.entity_text if event.reported_by else None,
        "reportedByCode": event.reported_by.code if event.reported_by else None,
        "confidence": event.confidence,
        "sentence": event.text_info.sequence,
        "sentenceStart": event.text_info.start,
        "sentenceEnd": event.text_info.end,
        "explanation": re.sub(r"\s+", " ", event.explanation),
    }
