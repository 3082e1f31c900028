"""Reading events back from the store, deduplicated across articles.

Three units:

* ``mentions`` — every event as one article told it;
* ``events`` (default) — mentions of the same event (same cluster: date, type,
  mode, modality, both sides; see :func:`newsevents.store.rows.cluster_id`) merged
  into one, with how many mentions, articles and sources report it, like GDELT's
  NumMentions/NumArticles/NumSources but counting each article once;
* ``one-a-day`` — the Phoenix pipeline's filter: one event per day, source,
  target and CAMEO code.

Only the latest version of each article counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.store.db import Store
from newsevents.store.options import Unit


class QueryError(NewsEventsError):
    """A filter that cannot be applied (bad date, unknown quad class...)."""


@dataclass(frozen=True)
class EventQuery:
    """Filters on events; every one given must hold (AND).

    Codes match either an actor's country/organisation code (``RUS``) or, with a
    space, code and sector (``RUS GOV``).  ``cameo`` matches a code prefix, so
    ``04`` finds every consultation.  ``text`` searches the evidence sentence.
    """

    actor: str | None = None
    actor_sector: str | None = None
    recipient: str | None = None
    recipient_sector: str | None = None
    party: str | None = None  # either side
    event_type: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    place: str | None = None  # place name, ISO alpha-3 country, or GeoNames id
    modality: str | None = None
    text: str | None = None
    source: str | None = None
    article: str | None = None  # article id or store uid
    cluster: str | None = None
    #: one stored article version (its uid), latest or not; otherwise latest versions only
    version: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions (on events ``e`` joined with articles ``a``) and parameters."""
        conds = ["a.uid = ?" if self.version else "a.is_latest"]
        params: list[Any] = [self.version] if self.version else []

        def add(cond: str, *values: Any) -> None:
            conds.append(cond)
            params.extend(values)

        for side, value, sector in (
            ("actor", self.actor, self.actor_sector),
            ("recipient", self.recipient, self.recipient_sector),
        ):
            code, _, sec = (value or "").strip().upper().partition(" ")
            sector = (sector or sec).strip().upper()
            # code and sector must hold for the same participant
            if code and sector:
                add(
                    f"list_bool_or(list_transform(list_zip(e.{side}_codes, e.{side}_sectors), "
                    "lambda x: x[1] = ? AND list_contains(string_split(x[2], '+'), ?)))",
                    code,
                    sector,
                )
            elif code:
                add(f"list_contains(e.{side}_codes, ?)", code)
            elif sector:
                add(
                    f"list_contains(string_split(array_to_string(e.{side}_sectors, '+'), '+'), ?)",
                    sector,
                )
        if self.party:
            code = self.party.strip().upper()
            add(
                "(list_contains(e.actor_codes, ?) OR list_contains(e.recipient_codes, ?))",
                code,
                code,
            )
        if self.event_type:
            add("e.event_type = ?", self.event_type.strip().upper())
        if self.cameo:
            if not re.fullmatch(r"\d{2,4}", self.cameo.strip()):
                raise QueryError(f"CAMEO code {self.cameo!r} is not 2-4 digits")
            add("starts_with(e.cameo_code, ?)", self.cameo.strip())
        if self.quad_class is not None:
            if self.quad_class not in range(5):
                raise QueryError(f"quad class {self.quad_class} is not 0-4")
            add("e.quad_class = ?", self.quad_class)
        if self.since:
            add("e.day >= ?", self.since)
        if self.until:
            add("e.day <= ?", self.until)
        if self.place:
            p = self.place.strip()
            if p.isdigit():
                add("e.geonameid = ?", int(p))
            elif re.fullmatch(r"[A-Za-z]{3}", p):
                add("(e.place_code = ? OR e.place_name ILIKE ?)", p.upper(), p)
            else:
                add("e.place_name ILIKE ?", p)
        if self.modality:
            add("e.modality = ?", self.modality.strip().lower())
        if self.text:
            add("e.evidence ILIKE ? ESCAPE '\\'", f"%{_escape_like(self.text)}%")
        if self.source:
            add("a.source ILIKE ?", self.source)
        if self.article:
            add("(a.article_id = ? OR a.uid = ?)", self.article, self.article)
        if self.cluster:
            add("e.cluster_id = ?", self.cluster)
        return " AND ".join(conds), params


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class StoredEvent:
    """One event as the store holds it, with how widely it was reported."""

    uid: str
    event_id: str
    cluster_id: str
    article_uid: str
    article_id: str
    title: str | None
    source: str | None
    url: str | None
    published: Any
    day: date | None
    date: str | None
    date_precision: str | None
    event_type: str
    mode: str | None
    context: list[str]
    quad_class: int
    cameo_code: str | None
    goldstein: float | None
    actor_codes: list[str]
    actor_sectors: list[str]
    actor_texts: list[str]
    actor_entities: list[str]
    recipient_codes: list[str]
    recipient_sectors: list[str]
    recipient_texts: list[str]
    recipient_entities: list[str]
    event_text: str | None
    place_name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    place_code: str | None
    place_class: str | None
    modality: str
    reported_by_text: str | None
    reported_by_code: str | None
    confidence: float | None
    sentence_index: int | None
    sentence_start: int | None
    sentence_end: int | None
    evidence: str | None
    explanation: str | None
    json: str
    num_mentions: int = 1
    num_articles: int = 1
    num_sources: int = 1
    sources: list[str] = field(default_factory=list)


_EVENT_COLUMNS = [f.name for f in fields(StoredEvent)]
_FROM_ARTICLE = {"article_id", "title", "source", "url", "published"}
_COUNTS = {"num_mentions", "num_articles", "num_sources", "sources"}


def events_sql(
    q: EventQuery, unit: Unit = Unit.events, *, limit: int | None = None, offset: int = 0
) -> tuple[str, list[Any]]:
    """The SELECT giving :class:`StoredEvent` columns for a query, and its parameters."""
    where, params = q.where()
    base_cols = ", ".join(
        f"a.{c}" if c in _FROM_ARTICLE else f"e.{c}" for c in _EVENT_COLUMNS if c not in _COUNTS
    )
    matched = (
        f"SELECT {base_cols}, a.doc_key, coalesce(a.source, a.doc_key) AS src "
        f"FROM events e JOIN articles a ON a.uid = e.article_uid WHERE {where}"
    )
    plain = ", ".join(c for c in _EVENT_COLUMNS if c not in _COUNTS)
    if unit is Unit.mentions:
        sql = (
            f"SELECT {plain}, 1 AS num_mentions, 1 AS num_articles, 1 AS num_sources, "
            f"[coalesce(source, '')] AS sources FROM ({matched}) m"
        )
    else:
        # counts over every current mention of a matched event, not only the matched ones
        sql = f"""
        WITH m AS ({matched}),
        best AS (
            SELECT * FROM m
            QUALIFY row_number() OVER (
                PARTITION BY cluster_id ORDER BY confidence DESC, published, uid) = 1
        ),
        counts AS (
            SELECT e.cluster_id, count(*) AS num_mentions,
                count(DISTINCT a.doc_key) AS num_articles,
                count(DISTINCT coalesce(a.source, a.doc_key)) AS num_sources,
                list(DISTINCT a.source ORDER BY a.source)
                    FILTER (WHERE a.source IS NOT NULL) AS sources
            FROM events e JOIN articles a ON a.uid = e.article_uid
            WHERE a.is_latest AND e.cluster_id IN (SELECT cluster_id FROM best)
            GROUP BY e.cluster_id
        )
        SELECT {", ".join("b." + c for c in _EVENT_COLUMNS if c not in _COUNTS)},
            c.num_mentions, c.num_articles, c.num_sources, coalesce(c.sources, []) AS sources
        FROM best b JOIN counts c USING (cluster_id)"""
        if unit is Unit.one_a_day:
            sql = f"""SELECT * FROM ({sql}) x QUALIFY row_number() OVER (
                PARTITION BY day, actor_codes, recipient_codes, cameo_code
                ORDER BY num_articles DESC, confidence DESC, uid) = 1"""
    sql = f"SELECT * FROM ({sql}) r ORDER BY day NULLS LAST, published, uid"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql, params


def find_events(
    store: Store,
    q: EventQuery | None = None,
    unit: Unit = Unit.events,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredEvent]:
    """Events matching ``q``, oldest first."""
    sql, params = events_sql(q or EventQuery(), unit, limit=limit, offset=offset)
    with store.connect() as con:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [StoredEvent(**dict(zip(names, row, strict=True))) for row in cur.fetchall()]


def count_events(store: Store, q: EventQuery | None = None, unit: Unit = Unit.events) -> int:
    """How many events ``find_events`` would return without a limit."""
    sql, params = events_sql(q or EventQuery(), unit)
    with store.connect() as con:
        row = con.execute(f"SELECT count(*) FROM ({sql}) n", params).fetchone()
    return int(row[0]) if row else 0
