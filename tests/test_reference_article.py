"""Acceptance on the reference article, read from ../shared (never copied here)."""

from __future__ import annotations

import pytest

from newsevents.ingest import iter_articles
from newsevents.records import AnalyzedArticle, Event, EventActor

REFERENCE = "examples/civil-georgia-2017-11-15-putin-bibilov.txt"


@pytest.fixture(scope="module")
def result(pipeline, shared_file) -> AnalyzedArticle:
    path = shared_file(REFERENCE)
    (article,) = list(iter_articles([str(path)]))
    return pipeline.analyze_one(article)


def _parties(ev: Event) -> list[EventActor]:
    return [*ev.actor, *ev.recipient]


def _party(ev: Event, surname: str) -> EventActor | None:
    for p in _parties(ev):
        if surname in p.entity_text:
            return p
    return None


def _actor_named(result: AnalyzedArticle, name: str):
    return next(a for a in result.actors if name in a.name)


def test_metadata_from_headline_and_dateline(result):
    a = result.article
    assert a.title == "Putin Meets South Ossetian Leader in Moscow"
    assert a.source == "Civil Georgia"
    assert a.published is not None and a.published.date().isoformat() == "2017-11-15"


def test_offsets_are_exact(result):
    text = result.article.text
    for coll in (result.entities, result.places, result.times, result.quotes):
        for x in coll:
            assert text[x.start : x.end] == x.text
    for actor in result.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for ev in result.events:
        for p in _parties(ev):
            assert text[p.start : p.end] == p.entity_text
        assert text[ev.trigger_start : ev.trigger_end].split()[0] == ev.event_text.split()[0]


def test_people_resolved(result):
    putin = _actor_named(result, "Vladimir Putin")
    assert putin.code == "RUS" and "GOV" in putin.sector
    bibilov = _actor_named(result, "Anatoly Bibilov")
    assert bibilov.code == "GEO" and {"GOV", "PRE"} <= set(bibilov.sector)
    texts = {m.text for m in bibilov.mentions}
    assert "the Tskhinvali leader" in texts or "Tskhinvali leader" in texts
    assert any(
        m.text == "Russian President" or m.text == "the Russian President" for m in putin.mentions
    )
    assert any(m.text.lower() == "he" for m in bibilov.mentions)
    skv = _actor_named(result, "Skvortsova")
    assert skv.code == "RUS" and "GOV" in skv.sector
    tot = _actor_named(result, "Totchiev")
    assert tot.code == "GEO" and {"GOV", "PRE"} <= set(tot.sector)


def test_meeting_is_consult_dated_by_the_text_in_moscow(result):
    meetings = [
        e
        for e in result.events
        if e.event == "CONSULT"
        and e.cameo.code in ("040", "042", "043")
        and _party(e, "Putin")
        and _party(e, "Bibilov")
    ]
    assert meetings, [e.explanation for e in result.events]
    ev = meetings[0]
    putin, bibilov = _party(ev, "Putin"), _party(ev, "Bibilov")
    assert putin.code == "RUS" and "GOV" in putin.sector
    assert bibilov.code == "GEO" and {"GOV", "PRE"} <= set(bibilov.sector)
    assert ev.date == "2017-11-14"
    assert ev.event_loc is not None and ev.event_loc.geonameid == 524901


def test_health_agreement_signed_by_the_ministers(result):
    signed = [
        e
        for e in result.events
        if (e.event == "AGREE" or e.cameo.code == "057")
        and _party(e, "Skvortsova")
        and _party(e, "Totchiev")
    ]
    assert signed, [e.explanation for e in result.events]
    ev = signed[0]
    assert _party(ev, "Skvortsova").code == "RUS"
    tot = _party(ev, "Totchiev")
    assert tot.code == "GEO" and {"GOV", "PRE"} <= set(tot.sector)
    assert ev.date == "2017-11-14"


def test_earlier_agreement_with_sokhumi(result):
    earlier = [
        e
        for e in result.events
        if e.date == "2017-08-08"
        and (e.event == "AGREE" or e.cameo.code.startswith("05"))
        and any(p.code == "GEO" and "PRE" in p.sector for p in _parties(e))
    ]
    assert earlier, [(e.event, e.date, e.explanation) for e in result.events]


def test_quotes_attributed(result):
    putin = _actor_named(result, "Vladimir Putin")
    bibilov = _actor_named(result, "Anatoly Bibilov")
    by_start = {q.text[:30]: q for q in result.quotes}
    aware = next(q for q in result.quotes if q.text.startswith("We are aware of what"))
    assert aware.speaker_id == putin.id
    think = next(q for q in result.quotes if q.text.startswith("I think the state of our"))
    assert think.speaker_id == bibilov.id
    assert not any(q.text.strip(" ,.") == "counterpart" for q in result.quotes), by_start


def test_places_resolved(result):
    found = {p.text: p for p in result.places}
    for name in ("Moscow", "Tbilisi", "Tskhinvali", "Sokhumi", "South Ossetia", "Abkhazia"):
        assert name in found, sorted(found)
        assert found[name].lat is not None and found[name].lon is not None
    assert found["Moscow"].geonameid == 524901


def test_back_in_2008(result):
    times = {t.text: t for t in result.times}
    t2008 = next(t for t in result.times if "2008" in t.text)
    assert t2008.value == "2008" and t2008.precision == "year", times
