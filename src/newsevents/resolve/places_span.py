"""The candidate span record and the word lists that recognition and acceptance share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsevents.parsed import Token
from newsevents.resolve.gazetteer import (
    GeoEntry,
)

PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Labels spaCy's small model often puts on place names it does not know (FAC: a
#: facility is rarely a settlement, but "Sokhumi" can come out as one).
WEAK_LABELS = frozenset({"PERSON", "NORP", "ORG", "FAC", "PRODUCT"})
#: A mislabelled or unlabelled name must be at least this populous (or a country/capital).
MIN_WEAK_POPULATION = 20_000

LOCATIVE_PREPS = frozenset(
    {"in", "at", "to", "from", "with", "near", "into", "inside", "outside", "around", "toward",
     "towards", "via", "through", "throughout", "across", "between", "within"}
)  # fmt: skip
#: Verbs whose subject is a person rather than a place named by a mislabelled span.
PERSON_VERBS = frozenset(
    {"say", "tell", "add", "note", "thank", "meet", "announce", "claim", "state", "ask", "reply",
     "write", "argue", "insist", "warn", "explain", "deny", "accuse", "urge", "call", "visit",
     "praise", "criticise", "criticize", "sign", "speak"}
)  # fmt: skip
#: Words after a place name that make the name part of an institution's ("the Minnesota
#: House", "Kabul airport", "Dublin City Council", "Ohio State University").
INSTITUTION_NOUNS = frozenset(
    {"police", "sheriff", "sheriffs", "fire", "department", "dept", "city", "town", "township",
     "council", "councils", "mayor", "house", "senate", "legislature", "assembly", "parliament",
     "government", "governor", "court", "courthouse", "hall", "airport", "port", "university",
     "college", "school", "schools", "hospital", "library", "museum", "zoo", "board",
     "commission", "commissioner", "commissioners", "chamber", "public", "municipal", "metro",
     "regional", "community", "area", "state", "district", "prosecutor", "prosecutors",
     "attorney", "authorities", "officials", "residents", "region", "province", "administration",
     "ministry", "embassy", "consulate", "station", "jail", "prison", "stadium"}
)  # fmt: skip
#: Nouns that a place name modifies when it says where people or things are: "a
#: Gainesville man", "Huntsville residents", "the Buford home", "DeKalb neighborhoods".
PLACE_FRAME_NOUNS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "boys", "girls", "teen", "teens",
     "teenager", "teenagers", "resident", "residents", "native", "natives",
     "homeowner", "homeowners", "taxpayer", "taxpayers", "voter", "voters", "parents",
     "home", "homes", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods",
     "suburb", "suburbs", "outskirts", "limits", "motorist", "motorists", "businesses",
     "villagers", "townspeople", "citizens", "locals"}
)  # fmt: skip
#: Nouns whose "of" takes a place: "residents of Huntsville", "the mayor of Sligo", "the
#: city of Saida", "the Town of Groton".
OF_PLACE_NOUNS = frozenset(
    {"resident", "residents", "native", "natives", "citizens", "people", "mayor", "city", "town",
     "village", "township", "borough", "municipality", "outskirts", "suburbs", "suburb",
     "streets", "centre", "center", "heart", "edge", "east", "west", "north", "south",
     "downtown", "county", "province", "region", "district"}
)  # fmt: skip
#: What a place's possessive names: "Greer's city limits", "Avondale's downtown".
PLACE_POSSESSIONS = frozenset(
    {"mayor", "downtown", "streets", "population", "residents", "limits", "neighborhoods",
     "neighbourhoods", "outskirts", "suburbs", "skyline", "airport", "harbor", "harbour", "port",
     "city", "town", "village", "centre", "center", "citizens", "inhabitants", "council",
     "schools", "sights", "boundaries", "border", "borders", "north", "south", "east", "west"}
)  # fmt: skip
#: A legislator's party and home town: "Rep. Wendell Gilliard, D-Charleston".
PARTY_PREFIX = re.compile(r"(?:^|[\s(,])(?:D|R|I|DFL|Ind|Dem|Rep)-\s?\Z")
#: Direction words looked through when the whole name is unknown ("Northeast Georgia").
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "upstate", "downstate", "downtown", "greater", "upper",
     "lower", "mid", "north-east", "north-west", "south-east", "south-west", "n", "s", "e", "w"}
)  # fmt: skip
#: Prepositions that take a place after a direction word: "north of Moorhead".
DIRECTION_PREP_HEADS = DIRECTION_WORDS | {"outside", "ahead", "part", "parts", "outskirts"}
#: County-like words: "Laurel County", "Rapides Parish", "Clay and Knox counties".
COUNTY_WORDS = {"county": "County", "counties": "County", "parish": "Parish",
                "parishes": "Parish", "borough": "Borough", "boroughs": "Borough"}  # fmt: skip
#: A place found only inside an institution's name or by a locative preposition must be at
#: least this populous, or be supported by the rest of the article, or be a state/country.
MIN_EMBEDDED_POPULATION = 1_000
#: KB kinds that name an organisation or seat of power, never a place ("the Kremlin").
NON_PLACE_KB_KINDS = frozenset({"seat", "igo", "ngo"})
PLACE_KB_KINDS = frozenset({"country", "disputed", "capital"})

PRECEDING_THE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)


class KBEntryLike(Protocol):
    name: str
    kind: str
    code: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None


class KBLike(Protocol):
    def by_name(self, text: str) -> Any: ...


class PeopleLike(Protocol):
    def by_surname(self, surname: str, *, code: str | None = None) -> list[Any]: ...

    def groups(self, name: str) -> list[Any]: ...


@dataclass
class Span:
    start: int
    end: int
    text: str
    label: str  # spaCy label, "" for an unlabelled capitalised run
    tokens: list[Token]
    article: bool = False  # a leading "the" was trimmed off
    embedded: bool = False  # the leading part of a longer name ("Shreveport" Police...)
    org_part: bool = False  # leads or ends an organisation's name: a town there needs support
    lookup_text: str = ""  # what to look up when not the text: "Clay" in "Clay and Knox
    #                        counties" is "Clay County"
    key: str = ""
    cands: list[GeoEntry] = field(default_factory=list)
    choice: GeoEntry | None = None
    tentative: bool = False  # kept only if the article supports the chosen place
    dateline: bool = False  # "BYESVILLE --": a place whatever its tags say


def head_token(tokens: list[Token]) -> Token:
    idx = {t.i for t in tokens}
    for t in tokens:
        if t.head not in idx or t.head == t.i:
            return t
    return tokens[-1]
