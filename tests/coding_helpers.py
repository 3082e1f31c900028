"""Small helpers shared by the event-coding tests (fixtures ``code`` and ``rules_code``
live in conftest.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsevents.records import Event, EventActor


def only(events: Sequence[Event], event_type: str) -> Event:
    """The first event of a type; fails showing what was coded instead."""
    found = [e for e in events if e.event == event_type]
    assert found, [(e.event, e.explanation) for e in events]
    return found[0]


def top(events: Sequence[Event]) -> Event:
    """The most confident event: the sentence's reading in ``eval events``."""
    assert events, "no event"
    return max(events, key=lambda e: e.confidence)


def codes(parties: Iterable[EventActor]) -> list[str | None]:
    return [p.code for p in parties]


def texts(parties: Iterable[EventActor]) -> list[str]:
    return [p.entity_text for p in parties]


def types(events: Iterable[Event]) -> set[str]:
    return {e.event for e in events}


def cameo_codes(events: Iterable[Event]) -> set[str]:
    return {e.cameo.code for e in events}
