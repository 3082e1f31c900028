"""Rows for the store's tables, built from one analysed article.

Pure functions: no database here, so what is stored can be tested on its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from newsevents.ingest.ids import content_id
from newsevents.output import article_to_dict, event_to_dict
from newsevents.records import AnalyzedArticle, Article, Event, EventActor

_LINE_ORIGIN = re.compile(r":\d+$")


def article_key(article: Article) -> str:
    """What makes two texts versions of one article: its URL, its own id, or its file.

    Without any of those (a JSON line without id or url, standard input) the text
    itself is the identity, so a changed text is a new article, not a new version.
    """
    if article.url:
        return f"url:{article.url.strip()}"
    if article.id != content_id(article.text):
        return f"id:{article.id}"
    origin = article.origin
    if origin and not origin.startswith("<") and not _LINE_ORIGIN.search(origin):
        return f"file:{os.path.abspath(origin)}"
    return f"text:{article.id}"


def content_hash(article: Article) -> str:
    """Hash of everything that changes the analysis: text, title, date, source, url."""
    parts = [
        article.text,
        article.title or "",
        article.published.isoformat() if article.published else "",
        article.source or "",
        article.url or "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def article_uid(key: str, chash: str) -> str:
    return hashlib.sha256(f"{key}\x1f{chash}".encode()).hexdigest()[:20]


def party_label(code: str | None, sector: tuple[str, ...] | list[str], entity: str | None) -> str:
    """A side as counted: its code, and for a disputed entity's authorities (PRE) which
    entity, since South Ossetia and Abkhazia share the code GEO."""
    if not code:
        return ""
    if "PRE" in sector:
        return f"{code} PRE {entity}" if entity else f"{code} PRE"
    return code


def _party_key(parts: tuple[EventActor, ...], entities: dict[str, str]) -> str:
    # an uncoded party is its words, so that "protesters" in two articles can still meet
    keys = set()
    for p in parts:
        if p.code:
            keys.add(party_label(p.code, p.sector, entities.get(p.actor_id or "")))
        else:
            keys.add("~" + " ".join(p.entity_text.lower().split()))
    return "|".join(sorted(keys))


def cluster_id(
    event: Event, fallback_day: str | None, entities: dict[str, str] | None = None
) -> str:
    """The same event told by several articles gets the same id.

    Key: date (at its precision), PLOVER type and mode, modality, and both sides.
    The CAMEO sub-code and the place are left out on purpose: two reports of one
    meeting often differ there, and splitting them would over-count it.
    """
    key = "\x1f".join(
        [
            event.date or fallback_day or "",
            event.event,
            event.mode or "",
            event.modality,
            _party_key(event.actor, entities or {}),
            _party_key(event.recipient, entities or {}),
        ]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def first_day(value: str | None) -> date | None:
    """The first day of an ISO date at any precision (``2017``, ``2017-11``, ``2017-W46``)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value)
    if m:
        y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    m = re.match(r"^(\d{4})-W(\d{2})$", value)
    if m:
        try:
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
    m = re.match(r"^(\d{4})-Q([1-4])$", value)
    if m:
        return date(int(m[1]), 3 * int(m[2]) - 2, 1)
    return None


@dataclass(frozen=True)
class ArticleRows:
    """Everything one article version adds to the store, table by table."""

    uid: str
    doc_key: str
    content_hash: str
    article: dict[str, Any]
    events: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    places: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


def article_rows(result: AnalyzedArticle, *, ingested_at: datetime) -> ArticleRows:
    """The rows of every table for one analysed article (version filled in on write)."""
    a = result.article
    key = article_key(a)
    chash = content_hash(a)
    uid = article_uid(key, chash)
    fallback = a.published.date().isoformat() if a.published else None
    entities = {x.id: x.affiliation for x in result.actors if x.affiliation}
    events = [_event_row(e, uid, a, fallback, entities) for e in result.events]
    return ArticleRows(
        uid=uid,
        doc_key=key,
        content_hash=chash,
        article={
            "uid": uid,
            "article_id": a.id,
            "doc_key": key,
            "content_hash": chash,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published,
            "origin": a.origin,
            "text": a.text,
            "analysis": json.dumps(article_to_dict(result), ensure_ascii=False),
            "n_events": len(result.events),
            "ingested_at": ingested_at,
        },
        events=events,
        actors=[
            {
                "article_uid": uid,
                "actor_id": act.id,
                "name": act.name,
                "kind": act.kind,
                "code": act.code,
                "sectors": list(act.sector),
                "office": act.office,
                "identifier": act.identifier_id,
                "affiliation": act.affiliation,
                "n_mentions": len(act.mentions),
            }
            for act in result.actors
        ],
        places=[
            {
                "article_uid": uid,
                "text": p.text,
                "name": p.name,
                "geonameid": p.geonameid,
                "lat": p.lat,
                "lon": p.lon,
                "code": p.code,
                "feature_class": p.feature_class,
                "adjectival": p.adjectival,
                "start_char": p.start,
                "end_char": p.end,
            }
            for p in result.places
        ],
        quotes=[
            {
                "article_uid": uid,
                "text": q.text,
                "kind": q.kind,
                "cue": q.cue,
                "speaker_id": q.speaker_id,
                "speaker_text": q.speaker_text,
                "start_char": q.start,
                "end_char": q.end,
            }
            for q in result.quotes
        ],
    )


def _event_row(
    e: Event, uid: str, a: Article, fallback_day: str | None, entities: dict[str, str]
) -> dict[str, Any]:
    loc = e.event_loc
    ti = e.text_info
    return {
        "uid": f"{uid}:{e.id}",
        "event_id": e.id,
        "article_uid": uid,
        "cluster_id": cluster_id(e, fallback_day, entities),
        "day": first_day(e.date),
        "date": e.date,
        "date_precision": e.date_precision,
        "event_type": e.event,
        "mode": e.mode,
        "context": list(e.context),
        "quad_class": e.quad_code,
        "cameo_code": e.cameo.code,
        "goldstein": e.cameo.goldstein,
        "actor_codes": [p.code or "" for p in e.actor],
        "actor_sectors": ["+".join(p.sector) for p in e.actor],
        "actor_texts": [p.entity_text for p in e.actor],
        "actor_entities": [entities.get(p.actor_id or "", "") for p in e.actor],
        "recipient_codes": [p.code or "" for p in e.recipient],
        "recipient_sectors": ["+".join(p.sector) for p in e.recipient],
        "recipient_texts": [p.entity_text for p in e.recipient],
        "recipient_entities": [entities.get(p.actor_id or "", "") for p in e.recipient],
        "event_text": e.event_text,
        "place_name": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "place_code": loc.code if loc else None,
        "place_class": loc.feature_class if loc else None,
        "modality": e.modality,
        "reported_by_text": e.reported_by.entity_text if e.reported_by else None,
        "reported_by_code": e.reported_by.code if e.reported_by else None,
        "confidence": e.confidence,
        "sentence_index": ti.sequence,
        "sentence_start": ti.start,
        "sentence_end": ti.end,
        "evidence": a.text[ti.start : ti.end],
        "explanation": e.explanation,
        "json": json.dumps(event_to_dict(e, a.id), ensure_ascii=False),
    }
