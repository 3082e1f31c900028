"""What the API reads from the store beyond :mod:`newsevents.store.query`.

Each function opens one short-lived read connection (the store's rule) and does
all its queries on it, since opening a connection costs more than most queries.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb

from newsevents.store import Store
from newsevents.store.query import EventQuery, StoredEvent, Unit, events_sql
from newsevents.store.reviews import REVIEW_SELECT, Review, review_from_row
from newsevents.store.series import Level, dyads


@dataclass(frozen=True)
class EventsAnswer:
    total: int
    events: list[StoredEvent]
    reviews: dict[str, Review]  # newest review per cluster shown


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _stored(cur: duckdb.DuckDBPyConnection) -> list[StoredEvent]:
    names = [d[0] for d in cur.description]
    return [StoredEvent(**dict(zip(names, row, strict=True))) for row in cur.fetchall()]


def _latest_reviews(con: duckdb.DuckDBPyConnection, clusters: list[str]) -> dict[str, Review]:
    if not clusters:
        return {}
    rows = con.execute(
        f"{REVIEW_SELECT} WHERE cluster_id IN (SELECT unnest($1::VARCHAR[])) ORDER BY id DESC",
        [clusters],
    ).fetchall()
    out: dict[str, Review] = {}
    for row in rows:
        r = review_from_row(row)
        out.setdefault(r.cluster_id, r)
    return out


def events_page(
    store: Store, q: EventQuery, unit: Unit, limit: int, offset: int, *, count: bool = True
) -> EventsAnswer:
    """One page of events, how many match in all, and their newest reviews."""
    sql, params = events_sql(q, unit, limit=limit, offset=offset)
    with store.connect() as con:
        events = _stored(con.execute(sql, params))
        total = len(events) + offset
        if count and (len(events) == limit or (offset and not events)):
            full, fparams = events_sql(q, unit)
            row = con.execute(f"SELECT count(*) FROM ({full}) n", fparams).fetchone()
            total = int(row[0]) if row else 0
        reviews = _latest_reviews(con, sorted({e.cluster_id for e in events}))
    return EventsAnswer(total, events, reviews)


def event_detail(
    store: Store, cluster: str
) -> tuple[StoredEvent | None, list[StoredEvent], list[Review]]:
    """A cluster as its best report tells it, every report of it, and its reviews."""
    q = EventQuery(cluster=cluster)
    with store.connect() as con:
        sql, params = events_sql(q, Unit.events)
        best = _stored(con.execute(sql, params))
        sql, params = events_sql(q, Unit.mentions)
        mentions = _stored(con.execute(sql, params))
        rows = con.execute(f"{REVIEW_SELECT} WHERE cluster_id = ? ORDER BY id DESC", [cluster])
        history = [review_from_row(r) for r in rows.fetchall()]
    return (best[0] if best else None), mentions, history


# -- articles -------------------------------------------------------------------------------

_ARTICLE_COLS = "uid, article_id, title, source, url, published, n_events, version, is_latest, "
_ARTICLE_COLS += "ingested_at"


@dataclass(frozen=True)
class ArticleRow:
    uid: str
    article_id: str
    title: str | None
    source: str | None
    url: str | None
    published: datetime | None
    n_events: int
    version: int
    is_latest: bool
    ingested_at: datetime


def articles_page(
    store: Store, text: str | None, source: str | None, limit: int, offset: int
) -> tuple[int, list[ArticleRow]]:
    """Latest article versions, newest first; ``text`` in the title or the text."""
    conds, params = ["is_latest"], []
    if text:
        conds.append("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
        like = f"%{_escape_like(text)}%"
        params += [like, like]
    if source:
        conds.append("source ILIKE ?")
        params.append(source)
    where = " AND ".join(conds)
    with store.connect() as con:
        row = con.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()
        rows = con.execute(
            f"SELECT {_ARTICLE_COLS} FROM articles WHERE {where} "
            "ORDER BY published DESC NULLS LAST, title, uid "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        ).fetchall()
    return (int(row[0]) if row else 0), [ArticleRow(*r) for r in rows]


@dataclass(frozen=True)
class ArticleFull:
    row: ArticleRow
    text: str
    analysis: dict[str, Any]
    events: list[StoredEvent]
    reviews: dict[str, Review]


def article(store: Store, ref: str) -> ArticleFull | None:
    """An article by id or uid (its latest version for an id), with its events."""
    with store.connect() as con:
        found = con.execute(
            f"SELECT {_ARTICLE_COLS}, text, analysis FROM articles "
            "WHERE article_id = $1 OR uid = $1 ORDER BY uid = $1 DESC, is_latest DESC, "
            "version DESC LIMIT 1",
            [ref],
        ).fetchone()
        if found is None:
            return None
        row = ArticleRow(*found[:10])
        # this version's own mentions, whether or not it is the latest
        sql, params = events_sql(EventQuery(version=row.uid), Unit.mentions)
        events = _stored(con.execute(sql, params))
        reviews = _latest_reviews(con, sorted({e.cluster_id for e in events}))
    return ArticleFull(row, found[10], json.loads(found[11]), events, reviews)


# -- actors, quotes, places -----------------------------------------------------------------


@dataclass(frozen=True)
class ActorRow:
    code: str | None
    name: str | None
    kind: str | None
    sectors: list[str]
    n_events: int
    n_articles: int


def actors_page(
    store: Store, text: str | None, code: str | None, sector: str | None, limit: int, offset: int
) -> tuple[int, list[ActorRow]]:
    """Actors by code and name over the latest articles, busiest first.

    An actor's events are found through the actor ids each event names, so a
    person counts for the events they take part in, not for every event of
    their country.
    """
    conds, params = ["true"], []
    if text:
        conds.append("(x.name ILIKE ? ESCAPE '\\' OR x.code ILIKE ?)")
        params += [f"%{_escape_like(text)}%", text]
    if code:
        conds.append("x.code = ?")
        params.append(code.strip().upper())
    if sector:
        conds.append("list_contains(x.sectors, ?)")
        params.append(sector.strip().upper())
    where = " AND ".join(conds)
    sql = f"""
    WITH act AS (
        SELECT x.* FROM actors x JOIN articles a ON a.uid = x.article_uid
        WHERE a.is_latest AND {where}
    ),
    ev AS (
        SELECT e.article_uid, e.cluster_id, unnest(list_concat(
            json_extract_string(e.json, '$.actor[*].actorId'),
            json_extract_string(e.json, '$.recipient[*].actorId'))) AS actor_id
        FROM events e WHERE e.article_uid IN (SELECT article_uid FROM act)
    ),
    agg AS (
        SELECT act.code, act.name, any_value(act.kind) AS kind,
            list_sort(list_distinct(flatten(list(act.sectors)))) AS sectors,
            count(DISTINCT ev.cluster_id) AS n_events,
            count(DISTINCT act.article_uid) AS n_articles
        FROM act LEFT JOIN ev ON ev.article_uid = act.article_uid AND ev.actor_id = act.actor_id
        GROUP BY act.code, act.name
    )"""
    with store.connect() as con:
        row = con.execute(f"{sql} SELECT count(*) FROM agg", params).fetchone()
        rows = con.execute(
            f"{sql} SELECT * FROM agg ORDER BY n_events DESC, n_articles DESC, name "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        ).fetchall()
    return (int(row[0]) if row else 0), [ActorRow(*r) for r in rows]


@dataclass(frozen=True)
class QuoteRow:
    text: str | None
    kind: str | None
    cue: str | None
    speaker: str | None
    speaker_id: str | None
    start: int | None
    end: int | None
    article_id: str
    article_uid: str
    title: str | None


def quotes_page(
    store: Store,
    text: str | None,
    speaker: str | None,
    article_ref: str | None,
    limit: int,
    offset: int,
) -> tuple[int, list[QuoteRow]]:
    conds, params = ["a.is_latest"], []
    if text:
        conds.append("q.text ILIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(text)}%")
    if speaker:
        conds.append("q.speaker_text ILIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(speaker)}%")
    if article_ref:
        conds.append("(a.article_id = ? OR a.uid = ?)")
        params += [article_ref, article_ref]
    base = f"FROM quotes q JOIN articles a ON a.uid = q.article_uid WHERE {' AND '.join(conds)}"
    with store.connect() as con:
        row = con.execute(f"SELECT count(*) {base}", params).fetchone()
        rows = con.execute(
            "SELECT q.text, q.kind, q.cue, q.speaker_text, q.speaker_id, q.start_char, "
            f"q.end_char, a.article_id, a.uid, a.title {base} "
            "ORDER BY a.published DESC NULLS LAST, a.uid, q.start_char "
            f"LIMIT {int(limit)} OFFSET {int(offset)}",
            params,
        ).fetchall()
    return (int(row[0]) if row else 0), [QuoteRow(*r) for r in rows]


@dataclass(frozen=True)
class PlaceRow:
    name: str | None
    geonameid: int | None
    lat: float
    lon: float
    code: str | None
    n_events: int
    n_articles: int
    quad: list[int] = field(default_factory=list)


def event_places(store: Store, q: EventQuery, limit: int) -> list[PlaceRow]:
    """Where the matching (deduplicated) events happened, busiest places first."""
    sql, params = events_sql(q, Unit.events)
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {i})" for i in range(5))
    agg = f"""SELECT place_name, geonameid, lat, lon, place_code, count(*) AS n,
            count(DISTINCT article_uid) AS na,
            [{quads}] AS quad
        FROM ({sql}) ev WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, place_name LIMIT {int(limit)}"""
    with store.connect() as con:
        rows = con.execute(agg, params).fetchall()
    return [PlaceRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], list(r[7])) for r in rows]


# -- network and search ---------------------------------------------------------------------


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    events: int
    quad: list[int]


def network(
    store: Store, q: EventQuery, level: Level, top: int
) -> tuple[dict[str, int], list[Edge]]:
    """The ``top`` busiest dyads of the matching events, and how active each side is."""
    sql, params = events_sql(q, Unit.events)
    cols = (
        "actor_codes, actor_sectors, actor_entities, recipient_codes, recipient_sectors, "
        "recipient_entities, quad_class"
    )
    with store.connect() as con:
        rows = con.execute(f"SELECT {cols} FROM ({sql}) ev", params).fetchall()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 5)
    for ac, asec, aent, rc, rsec, rent, quad in rows:
        ev = _DyadEvent(ac, asec, aent, rc, rsec, rent)
        for a, r in dyads(ev, level):  # type: ignore[arg-type]
            if a and r:
                counts[(a, r)][quad if 0 <= quad < 5 else 0] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))[:top]
    edges = [Edge(a, r, sum(qs), qs) for (a, r), qs in ranked]
    nodes: dict[str, int] = defaultdict(int)
    for e in edges:
        nodes[e.source] += e.events
        nodes[e.target] += e.events
    return dict(nodes), edges


@dataclass(frozen=True)
class _DyadEvent:
    """The fields :func:`newsevents.store.series.dyads` reads."""

    actor_codes: list[str]
    actor_sectors: list[str]
    actor_entities: list[str]
    recipient_codes: list[str]
    recipient_sectors: list[str]
    recipient_entities: list[str]


def search_articles(store: Store, text: str, limit: int) -> list[ArticleRow]:
    """Latest articles whose title (first) or text holds ``text``."""
    like = f"%{_escape_like(text)}%"
    with store.connect() as con:
        rows = con.execute(
            f"SELECT {_ARTICLE_COLS} FROM articles WHERE is_latest AND "
            "(title ILIKE $1 ESCAPE '\\' OR text ILIKE $1 ESCAPE '\\') "
            f"ORDER BY (title ILIKE $1 ESCAPE '\\') DESC, published DESC NULLS LAST, uid "
            f"LIMIT {int(limit)}",
            [like],
        ).fetchall()
    return [ArticleRow(*r) for r in rows]


def review_count(store: Store) -> int:
    with store.connect() as con:
        row = con.execute("SELECT count(*) FROM reviews").fetchone()
    return int(row[0]) if row else 0
