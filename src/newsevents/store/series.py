"""Counting events over time: dyad x period x event type, as rows and as a chart.

Each deduplicated event counts once (not once per article that told it); the
mentions behind it are summed separately.  A dyad is (actor, recipient); an event
whose actors act together with no recipient ("X and Y signed a treaty") counts
for each pair of them, and an event with one side only counts with that side
blank, so nothing coded is left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations, product

from newsevents.store.db import Store
from newsevents.store.options import Level, Period
from newsevents.store.query import EventQuery, StoredEvent, Unit, find_events
from newsevents.store.rows import party_label


@dataclass(frozen=True)
class SeriesRow:
    period: date
    actor: str
    recipient: str
    event_type: str
    quad_class: int
    events: int
    mentions: int
    goldstein: float


def period_start(day: date, period: Period) -> date:
    if period is Period.week:
        return day - timedelta(days=day.weekday())
    if period is Period.month:
        return day.replace(day=1)
    if period is Period.year:
        return day.replace(month=1, day=1)
    return day


def next_period(start: date, period: Period) -> date:
    if period is Period.day:
        return start + timedelta(days=1)
    if period is Period.week:
        return start + timedelta(days=7)
    if period is Period.month:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def period_range(first: date, last: date, period: Period) -> list[date]:
    """Every period start from ``first`` to ``last``: a chart's axis has no holes."""
    out, d = [], period_start(first, period)
    while d <= last:
        out.append(d)
        d = next_period(d, period)
    return out


def _labels(codes: list[str], sectors: list[str], entities: list[str], level: Level) -> list[str]:
    out = set()
    for code, joined, entity in zip(codes, sectors, entities, strict=False):
        secs = [s for s in joined.split("+") if s]
        label = party_label(code, secs, entity)
        if label and level is Level.sector:
            label = " ".join([code, *[s for s in secs if s != "PRE"], *label.split()[1:]])
        out.add(label)
    return sorted(out - {""})


def dyads(e: StoredEvent, level: Level = Level.country) -> list[tuple[str, str]]:
    """The (actor, recipient) pairs an event counts for."""
    actors = _labels(e.actor_codes, e.actor_sectors, e.actor_entities, level)
    recips = _labels(e.recipient_codes, e.recipient_sectors, e.recipient_entities, level)
    if actors and recips:
        return [(a, r) for a, r in product(actors, recips) if a != r] or [(actors[0], recips[0])]
    if len(actors) > 1 and not recips:
        return list(combinations(actors, 2))
    if actors:
        return [(a, "") for a in actors]
    return [("", r) for r in recips]


def series(
    store: Store,
    q: EventQuery | None = None,
    *,
    period: Period = Period.month,
    level: Level = Level.country,
    directed: bool = True,
) -> list[SeriesRow]:
    """Counts of deduplicated events per period, dyad, event type and quad class."""
    counts: dict[tuple[date, str, str, str, int], list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for e in find_events(store, q, Unit.events):
        if e.day is None:
            continue
        start = period_start(e.day, period)
        for actor, recip in dyads(e, level):
            if not directed and recip and recip < actor:
                actor, recip = recip, actor
            c = counts[(start, actor, recip, e.event_type, e.quad_class)]
            c[0] += 1
            c[1] += e.num_mentions
            c[2] += e.goldstein or 0.0
    return [
        SeriesRow(k[0], k[1], k[2], k[3], k[4], int(v[0]), int(v[1]), round(v[2], 2))
        for k, v in sorted(counts.items())
    ]
