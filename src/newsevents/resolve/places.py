"""Find place mentions in a parsed article and resolve them to GeoNames entries.

Recognition takes spaCy's GPE/LOC/FAC entities, and also PERSON/NORP/ORG/PRODUCT entities
and capitalised tokens outside any entity when they name a sizeable gazetteer place and sit
where a place can (the small English model tags "Tskhinvali" as NORP or PERSON).  A place
that leads an institution's name is found inside it ("the Moscow City Court", "Shreveport
Police Department"), a direction word in front of a place is looked through ("North
Texas"), and "Laurel, Knox and Clay counties" names three counties.  Nationality
adjectives ("Russian") are places of their country, marked as ``adjectival``:
never an event's location.  Streets and numbered roads come without a GeoNames entry.

Modules: ``places_recognize`` (candidate spans, gazetteer lookups), ``places_accept``
(which spans are places), ``places_resolve`` (disambiguation), ``places_demonym``,
``places_streets``; ``places_span`` holds the shared span record and word lists.

Disambiguation prefers (1) countries, disputed entities, capitals, regions and states the
article otherwise supports, (2) towns in a state or province the article names (Paris,
Texas, in an article about Texas) or within 40 km of a reading of another name (Paris and
Henry County, Tennessee), (3) well-known places, (4) places in the article's countries, the
state it mentions most and the states its ambiguous names share, (5) larger population; a
big city abroad that nothing supports yields to a namesake in a country whose towns the
article names.  "City, Region" pairs such as "Paris, Texas" are resolved together.
"""

from __future__ import annotations

import logging
import re

from newsevents.parsed import ParsedDoc
from newsevents.records import Place
from newsevents.resolve.gazetteer import (
    Gazetteer,
    GeoEntry,
    name_key,
)
from newsevents.resolve.places_accept import (
    STRONG,
    UNLABELLED,
    WEAK,
    accept,
    firmly_placed,
    group_of,
    person_surnames,
    person_tokens,
    recurring,
    surname_in_article,
)
from newsevents.resolve.places_demonym import find_demonyms, is_adjectival
from newsevents.resolve.places_recognize import candidate_spans, looked_up
from newsevents.resolve.places_resolve import disambiguate, resolve_pairs, supported
from newsevents.resolve.places_span import (
    COUNTY_WORDS,
    PRECEDING_THE,
    KBLike,
    PeopleLike,
    Span,
)
from newsevents.resolve.places_streets import find_streets

__all__ = ["find_places", "is_adjectival"]

log = logging.getLogger(__name__)


def find_places(
    doc: ParsedDoc,
    *,
    dateline_place: str | None = None,
    gazetteer: Gazetteer | None = None,
    kb: KBLike | None = None,
) -> list[Place]:
    """Place mentions in ``doc``, in text order, resolved to gazetteer entries.

    ``dateline_place`` (e.g. "Tbilisi" from "Civil Georgia, Tbilisi / 15 Nov.'17") makes
    its country a focus country.  ``kb`` defaults to the packaged knowledge base when
    available; it supplies disputed entities and marks seats of power as non-places.
    """
    gaz = gazetteer or Gazetteer.default()
    kb = kb if kb is not None else _default_kb()
    spans = looked_up(doc, candidate_spans(doc, gaz), gaz, kb)
    persons = person_tokens(doc, gaz, kb)
    people = _default_people()
    # Labelled places first, then mislabelled ones, then unlabelled runs: each later group
    # may lean on names the earlier ones accepted ("her Tskhinvali counterpart").
    keep: list[Span] = []
    for group in (STRONG, WEAK, UNLABELLED):
        keys = {s.key for s in keep}
        for s in spans:
            if group_of(s) == group and accept(s, doc, persons, keys, gaz, kb, people):
                keep.append(s)
        if group == STRONG:
            # A word the article labels a place at least as often as it puts it in a
            # person's name is no person's: "Historic Dublin" tagged a person once does not
            # make "Dublin City Council" a person's.
            persons = persons - _mostly_places(doc, keep)
    # The surname of a person the article names in full is the person's wherever nothing
    # frames it as a place: "Beaumont" after "Peter Beaumont", "Hall" after "Ollie Hall".
    surnames = person_surnames(doc)
    keep = [s for s in keep if not surname_in_article(s, doc, surnames)]
    # A name the article firmly takes as a place is one wherever it recurs: "Gainesville"
    # labelled a person after "Gainesville residents".
    firm = {s.key for s in keep if not s.tentative and not s.embedded and firmly_placed(s, doc)}
    for s in keep:
        if s.key in firm:
            s.tentative = False
    kept = {id(s) for s in keep}
    keep += [s for s in spans if id(s) not in kept and recurring(s, doc, firm, persons)]
    # A street's name is no town ("Washington Street" is not Washington), nor evidence of
    # where the article is: a street named after a state or a distant city is common.
    streets = find_streets(doc.text)
    spans = sorted(
        (s for s in keep if not any(
            r.start < s.end and s.start < r.end and not _road_of(doc.text, s, r) for r in streets
        )),
        key=lambda s: s.start,
    )  # fmt: skip
    resolve_pairs(doc.text, spans)
    ctx = disambiguate(spans, gaz, dateline_place, doc.text)
    places = [
        _to_place(doc, s, s.choice)
        for s in spans
        if s.choice is not None and (not s.tentative or supported(s, s.choice, ctx))
    ]
    places += streets
    taken = [(p.start, p.end) for p in places]
    places += find_demonyms(doc, taken, gaz, kb, persons)
    return sorted(places, key=lambda p: p.start)


def _mostly_places(doc: ParsedDoc, strong: list[Span]) -> set[str]:
    counts: dict[str, int] = {}
    for s in strong:
        if not s.dateline:
            # Each word of a multi-word place too: "Sri Lanka" tagged a person now and then.
            for t in s.tokens if len(s.tokens) > 1 else ():
                counts[t.lower] = counts.get(t.lower, 0) + 1
            if len(s.tokens) == 1:
                counts[s.key] = counts.get(s.key, 0) + 1
    # A nationality tag counts too ("Sochi" tagged NORP), but a tie it makes is no
    # majority: "Baghdadi" tagged NORP once stays Abu Bakr al-Baghdadi's.
    tagged: set[str] = set()
    for ent in doc.entities:
        if ent.label == "NORP":
            for t in doc.tokens_in(ent.start, ent.end):
                counts[t.lower] = counts.get(t.lower, 0) + 1
                tagged.add(t.lower)
    for ent in doc.entities:
        if ent.label == "PERSON":
            for t in doc.tokens_in(ent.start, ent.end):
                if t.lower in counts:
                    counts[t.lower] -= 1
    return {k for k, n in counts.items() if n > 0 or (n == 0 and k not in tagged)}


#: A highway word after a state's or county's name: the road is that state's or county's.
_HIGHWAY_AFTER = re.compile(r"\s+(?:Highway|Turnpike|Route|Road|Expressway|Freeway)\b")


def _road_of(text: str, s: Span, road: Place) -> bool:
    """Does ``s`` name the state or county a road belongs to ("Minnesota Highway 34",
    "Ohio Turnpike", "Otter Tail County Road 1")?  Then it is a place of its own, unlike
    the town or state a street is named after ("Washington Street", "Georgia Avenue")."""
    if s.start != road.start or not _HIGHWAY_AFTER.match(text, s.end, road.end):
        return False
    best = s.cands[0]
    county = best.kind == "county" and s.tokens[-1].lower in COUNTY_WORDS
    return county or (best.kind == "state" and best.primary)


def _to_place(doc: ParsedDoc, s: Span, e: GeoEntry) -> Place:
    start = s.start
    if s.article and name_key(e.name).startswith("the "):  # keep the article of "The Hague"
        m = PRECEDING_THE.search(doc.text[max(0, start - 8) : start])
        if m:
            start -= len(m.group())
    return Place(doc.text[start : s.end], start, s.end, e.name, e.geonameid, e.lat, e.lon,
                 e.code, e.feature_class)  # fmt: skip


def _default_people() -> PeopleLike | None:
    try:
        from newsevents.resolve.people import PeopleIndex
    except ImportError:
        return None
    try:
        people: PeopleLike = PeopleIndex.default()
    except (OSError, ValueError, LookupError) as exc:  # places work without it
        log.warning("people index unavailable for places: %s", exc)
        return None
    return people


def _default_kb() -> KBLike | None:
    try:
        from newsevents.resolve.kb import KnowledgeBase
    except ImportError:
        return None
    try:
        kb: KBLike = KnowledgeBase.default()
    except (OSError, ValueError, LookupError) as exc:  # places work without the KB
        log.warning("knowledge base unavailable for places: %s", exc)
        return None
    return kb
