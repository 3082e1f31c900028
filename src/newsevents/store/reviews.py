"""People's reviews of coded events: a verdict, corrected fields, who, when and why.

Reviews sit in their own table beside the machine output and never change it.
They are append-only: a new review of an event supersedes the earlier ones
without deleting them, so the history of who decided what stays readable.

The reviewed events export as a gold file in the ``plover-gsr`` layout that
``newsevents eval events`` reads (:func:`gold_records`), so a team's corrections
become its own test set.  An event marked wrong has no gold event type; it is
written with ``"event": null``, which the gold reader skips, so that the file
keeps the verdict without scoring it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.store.db import Store
from newsevents.store.rows import first_day

MODALITIES = ("asserted", "negated", "hypothetical", "future", "reported")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,5}$")
MAX_TEXT = 2000  # characters of a reviewer name or note


class ReviewError(NewsEventsError):
    """A review that cannot be stored: unknown event, invalid correction."""


class Verdict(StrEnum):
    correct = "correct"  # the machine got it right: the event is gold as it is
    wrong = "wrong"  # not an event at all
    corrected = "corrected"  # an event, with some fields corrected


@dataclass(frozen=True)
class Correction:
    """Corrected fields of an event; None keeps the machine's value."""

    event_type: str | None = None
    cameo_code: str | None = None
    actor_code: str | None = None
    actor_sector: str | None = None  # '+'-joined sectors, as the store writes them
    recipient_code: str | None = None
    recipient_sector: str | None = None
    date: str | None = None  # ISO date at any precision
    place: str | None = None
    modality: str | None = None

    def changed(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v is not None}


CORRECTION_FIELDS = tuple(f.name for f in fields(Correction))


@dataclass(frozen=True)
class Review:
    id: int
    event_uid: str
    cluster_id: str
    verdict: Verdict
    correction: Correction
    reviewer: str
    note: str | None
    created_at: datetime


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from newsevents.coding.ontology import Ontology

    onto = Ontology.default()
    return frozenset(onto.plover_events), frozenset(onto.cameo_codes), _kb_sectors()


def _kb_sectors() -> frozenset[str]:
    from importlib.resources import files

    text = (files("newsevents") / "data" / "kb" / "sectors.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()[1:]
    return frozenset(line.split("\t", 1)[0] for line in lines if line.strip())


def vocabulary() -> dict[str, list[str]]:
    """What a correction may say: event types, CAMEO codes, sectors, modalities."""
    events, cameo, sectors = _vocabulary()
    return {
        "eventTypes": sorted(events),
        "cameoCodes": sorted(cameo),
        "sectors": sorted(sectors),
        "modalities": list(MODALITIES),
    }


def normalise(c: Correction) -> Correction:
    """The correction cleaned up (codes upper case, blanks as None), or ``ReviewError``."""
    events, cameo, sectors = _vocabulary()
    vals: dict[str, str | None] = {}
    for name in CORRECTION_FIELDS:
        v = getattr(c, name)
        v = " ".join(v.split()) if isinstance(v, str) else None
        vals[name] = v or None
    for name in ("event_type", "actor_code", "recipient_code"):
        value = vals[name]
        if value:
            vals[name] = value.upper()
    if vals["event_type"] and vals["event_type"] not in events:
        raise ReviewError(
            f"event type {vals['event_type']!r} is not a PLOVER event ({', '.join(sorted(events))})"
        )
    if vals["cameo_code"] and vals["cameo_code"] not in cameo:
        raise ReviewError(f"CAMEO code {vals['cameo_code']!r} is not in the CAMEO codebook")
    for side in ("actor", "recipient"):
        code = vals[f"{side}_code"]
        if code and not _CODE.match(code):
            raise ReviewError(f"{side} code {code!r} is not a code such as RUS or NATO")
        sector = vals[f"{side}_sector"]
        if sector:
            parts = [p for p in re.split(r"[+\s,]+", sector.upper()) if p]
            unknown = [p for p in parts if p not in sectors]
            if unknown:
                raise ReviewError(f"{side} sector {', '.join(unknown)} is not a PLOVER sector")
            vals[f"{side}_sector"] = "+".join(parts) or None
    if vals["date"] and first_day(vals["date"]) is None:
        raise ReviewError(f"date {vals['date']!r} is not an ISO date (2017-11-14, 2017-11, 2017)")
    if vals["modality"]:
        vals["modality"] = vals["modality"].lower()
        if vals["modality"] not in MODALITIES:
            raise ReviewError(
                f"modality {vals['modality']!r} is not one of {', '.join(MODALITIES)}"
            )
    return Correction(**vals)


def add_review(
    store: Store,
    event: str,
    verdict: Verdict | str,
    *,
    reviewer: str,
    correction: Correction | None = None,
    note: str | None = None,
) -> Review:
    """Store a review of ``event`` (an event uid, or a cluster id: its best-told mention).

    ``corrected`` needs at least one corrected field; ``correct`` and ``wrong`` take none.
    """
    try:
        verdict = Verdict(verdict)
    except ValueError:
        raise ReviewError(
            f"verdict {verdict!r} is not one of {', '.join(v.value for v in Verdict)}"
        ) from None
    correction = normalise(correction or Correction())
    if verdict is Verdict.corrected and not correction.changed():
        raise ReviewError("a 'corrected' verdict needs at least one corrected field")
    if verdict is not Verdict.corrected and correction.changed():
        raise ReviewError(f"a {verdict.value!r} verdict takes no corrected fields")
    reviewer = " ".join((reviewer or "").split())
    if not reviewer:
        raise ReviewError("say who reviews: reviewer is empty")
    if len(reviewer) > 200 or (note and len(note) > MAX_TEXT):
        raise ReviewError(f"reviewer (200) or note ({MAX_TEXT} characters) is too long")
    with store.connect(read_only=False) as con:
        found = con.execute(
            """SELECT e.uid, e.cluster_id FROM events e JOIN articles a ON a.uid = e.article_uid
            WHERE e.uid = $1 OR (e.cluster_id = $1 AND a.is_latest)
            ORDER BY e.uid = $1 DESC, e.confidence DESC, a.published, e.uid LIMIT 1""",
            [event],
        ).fetchone()
        if found is None:
            raise ReviewError(f"no event {event!r} in {store.path}")
        now = datetime.now(UTC).replace(tzinfo=None)
        values = [getattr(correction, f) for f in CORRECTION_FIELDS]
        row = con.execute(
            f"""INSERT INTO reviews (event_uid, cluster_id, verdict, {", ".join(CORRECTION_FIELDS)},
                reviewer, note, created_at)
            VALUES ({", ".join("?" * (len(CORRECTION_FIELDS) + 6))}) RETURNING id""",
            [found[0], found[1], verdict.value, *values, reviewer, note or None, now],
        ).fetchone()
    assert row is not None
    return Review(int(row[0]), found[0], found[1], verdict, correction, reviewer, note, now)


REVIEW_SELECT = (
    f"SELECT id, event_uid, cluster_id, verdict, {', '.join(CORRECTION_FIELDS)}, reviewer, "
    "note, created_at FROM reviews"
)


def review_from_row(row: tuple[Any, ...]) -> Review:
    """A :class:`Review` from a row of :data:`REVIEW_SELECT`."""
    n = len(CORRECTION_FIELDS)
    return Review(
        id=int(row[0]),
        event_uid=row[1],
        cluster_id=row[2],
        verdict=Verdict(row[3]),
        correction=Correction(*row[4 : 4 + n]),
        reviewer=row[4 + n],
        note=row[5 + n],
        created_at=row[6 + n],
    )


def reviews(
    store: Store,
    *,
    clusters: list[str] | None = None,
    latest: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Review]:
    """Reviews, newest first; of some clusters only; ``latest``: one per reviewed event."""
    sql = REVIEW_SELECT
    params: list[Any] = []
    if clusters is not None:
        if not clusters:
            return []
        sql += " WHERE cluster_id IN (SELECT unnest($1::VARCHAR[]))"
        params.append(clusters)
    if latest:
        sql += " QUALIFY row_number() OVER (PARTITION BY event_uid ORDER BY id DESC) = 1"
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    with store.connect() as con:
        return [review_from_row(r) for r in con.execute(sql, params).fetchall()]


def latest_by_cluster(store: Store, clusters: list[str]) -> dict[str, Review]:
    """The newest review of each cluster that has one."""
    out: dict[str, Review] = {}
    for r in reviews(store, clusters=clusters):
        out.setdefault(r.cluster_id, r)
    return out


def _party(text: str | None, code: str | None, sector: str | None) -> dict[str, str]:
    return {"actorText": text or "", "code": code or "", "sector": sector or ""}


def _side(
    texts: list[str], codes: list[str], sectors: list[str], code: str | None, sector: str | None
) -> list[dict[str, str]] | str:
    """Gold parties of one side: the machine's, with a corrected code or sector applied to
    the first participant (or a new one, when the machine found nobody)."""
    parties = [
        _party(t, c, s) for t, c, s in zip(texts or [], codes or [], sectors or [], strict=False)
    ]
    if code or sector:
        if parties:
            first = parties[0]
            parties[0] = _party(
                first["actorText"], code or first["code"], sector or first["sector"]
            )
        else:
            parties = [_party("", code, sector)]
    return parties or ""


def gold_records(store: Store) -> list[dict[str, Any]]:
    """The latest review of every reviewed event as a PLOVER gold-standard record.

    ``text`` is the event's sentence; ``event``, ``source`` and ``target`` the reviewed
    type and parties (``null`` event for a wrong one).  The other keys (mode, CAMEO,
    date, place, modality, the verdict, who and when) ride along for the team's use.
    """
    cols = ", ".join(f"r.{f}" for f in CORRECTION_FIELDS)
    sql = f"""SELECT r.id, r.event_uid, r.cluster_id, r.verdict, {cols}, r.reviewer, r.note,
            r.created_at, e.evidence, e.event_type AS m_event_type, e.mode,
            e.cameo_code AS m_cameo_code, e.date AS m_date, e.place_name,
            e.modality AS m_modality, e.actor_texts, e.actor_codes, e.actor_sectors,
            e.recipient_texts,
            e.recipient_codes, e.recipient_sectors, a.article_id, a.url
        FROM reviews r JOIN events e ON e.uid = r.event_uid JOIN articles a ON a.uid = e.article_uid
        QUALIFY row_number() OVER (PARTITION BY r.event_uid ORDER BY r.id DESC) = 1
        ORDER BY r.id"""
    with store.connect() as con:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    out = []
    for r in rows:
        wrong = r["verdict"] == Verdict.wrong
        out.append(
            {
                "id": f"review-{r['id']}",
                "text": r["evidence"],
                "event": None if wrong else r["event_type"] or r["m_event_type"],
                "mode": None if wrong or r["event_type"] else r["mode"],
                "cameo": None
                if wrong
                else r["cameo_code"] or (None if r["event_type"] else r["m_cameo_code"]),
                "source": _side(
                    r["actor_texts"],
                    r["actor_codes"],
                    r["actor_sectors"],
                    r["actor_code"],
                    r["actor_sector"],
                ),
                "target": _side(
                    r["recipient_texts"],
                    r["recipient_codes"],
                    r["recipient_sectors"],
                    r["recipient_code"],
                    r["recipient_sector"],
                ),
                "date": r["date"] or r["m_date"],
                "place": r["place"] or r["place_name"],
                "modality": r["modality"] or r["m_modality"],
                "verdict": r["verdict"],
                "machineEvent": r["m_event_type"],
                "reviewer": r["reviewer"],
                "note": r["note"],
                "reviewedAt": _iso(r["created_at"]),
                "eventId": r["event_uid"],
                "clusterId": r["cluster_id"],
                "articleId": r["article_id"],
                "url": r["url"],
            }
        )
    return out


def _iso(v: datetime | date | None) -> str | None:
    return v.isoformat() if v is not None else None


def write_gold(store: Store, path: str | Path) -> int:
    """Write :func:`gold_records` as a JSON list to ``path``; returns how many."""
    records = gold_records(store)
    Path(path).write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return len(records)
