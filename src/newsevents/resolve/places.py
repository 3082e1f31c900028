"""Find place mentions in a parsed article and resolve them to GeoNames entries.

Recognition takes spaCy's GPE/LOC/FAC entities, and also PERSON/NORP/ORG/PRODUCT entities
and capitalised tokens outside any entity when they name a sizeable gazetteer place and sit
where a place can (the small English model tags "Tskhinvali" as NORP or PERSON).  A place
that leads an institution's name is found inside it ("the Moscow City Court", "Shreveport
Police Department"), a direction word in front of a place is looked through ("North
Texas"), and "Laurel, Knox and Clay counties" names three counties.  Nationality
adjectives ("Russian", "American") are not places: an event's location is not a
nationality.

Disambiguation prefers (1) countries, disputed entities, capitals, regions and states the
article otherwise supports, (2) towns in a state or province the article names (Paris,
Texas, in an article about Texas), (3) well-known places, (4) places in the article's
countries, (5) larger population; "City, Region" pairs such as "Paris, Texas" are resolved
together.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsevents.parsed import ParsedDoc, Token
from newsevents.records import Place
from newsevents.resolve.gazetteer import (
    TIER_CAPITAL,
    TIER_CITY,
    TIER_STATE,
    Gazetteer,
    GeoEntry,
    is_generic,
    name_key,
)

log = logging.getLogger(__name__)

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

_TRIM_LEFT = re.compile(r"^(?:the\s+|[\s\"'“”‘’«»(\[*\-–—])+", re.IGNORECASE)
_TRIM_RIGHT = re.compile(r"(?:['’]s?|[\s\"'“”‘’«»)\].,;:!?*\-–—])+\Z")
_CONNECTORS = frozenset({"-", "of", "and", "for", "the", "de", "del", "la", "&"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_THE = re.compile(r"\bthe\b", re.IGNORECASE)
_PRECEDING_THE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*,\s*")
_DATELINE = re.compile(
    r"(?:^|(?<=[\n.\d]\s)|(?<=[\n.]))\s*([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})"
    r"(?=(?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:\([A-Za-z ]+\)\s*)?(?:--|—|–|-|:))\s"
)
_DEMONYM_ENDINGS = (("n", ""), ("ian", ""), ("ian", "a"), ("an", "a"), ("ese", ""),
                    ("ese", "a"), ("ish", ""), ("ish", "y"), ("i", ""), ("ic", "y"))  # fmt: skip


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
class _Span:
    start: int
    end: int
    text: str
    label: str  # spaCy label, "" for an unlabelled capitalised run
    tokens: list[Token]
    article: bool = False  # a leading "the" was trimmed off
    embedded: bool = False  # the leading part of a longer name ("Shreveport" Police...)
    area_only: bool = False  # embedded, and only a state, region or country will do
    lookup_text: str = ""  # what to look up when not the text: "Clay" in "Clay and Knox
    #                        counties" is "Clay County"
    key: str = ""
    cands: list[GeoEntry] = field(default_factory=list)
    choice: GeoEntry | None = None
    tentative: bool = False  # kept only if the article supports the chosen place


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
    spans = _looked_up(doc, _spans(doc, gaz), gaz, kb)
    persons = _person_tokens(doc)
    people = _default_people()
    # Labelled places first, then mislabelled ones, then unlabelled runs: each later group
    # may lean on names the earlier ones accepted ("her Tskhinvali counterpart").
    keep: list[_Span] = []
    for group in (_STRONG, _WEAK, _UNLABELLED):
        keys = {s.key for s in keep}
        for s in spans:
            if _group(s) == group and _accept(s, doc, persons, keys, gaz, kb, people):
                keep.append(s)
    spans = sorted(keep, key=lambda s: s.start)
    _resolve_pairs(doc.text, spans)
    ctx = _disambiguate(spans, gaz, dateline_place)
    return [
        _to_place(doc, s, s.choice)
        for s in spans
        if s.choice is not None and (not s.tentative or _supported(s, s.choice, ctx))
    ]


def _looked_up(
    doc: ParsedDoc, spans: list[_Span], gaz: Gazetteer, kb: KBLike | None
) -> list[_Span]:
    """The spans that name gazetteer places; for one that names none, the place that leads
    it or that a county word inside it makes ("Avoyelles Parish Sheriff's Office")."""
    out: list[_Span] = []
    taken: set[int] = set()
    for s in spans:
        if s.start in taken:
            continue
        if _lookup(s, gaz, kb):
            out.append(s)
            taken.add(s.start)
            continue
        used: list[_Span] = []
        for sub in _embedded(doc, s):
            if any(u.start < sub.end and sub.start < u.end for u in used):
                continue
            if _lookup(sub, gaz, kb) and (not sub.area_only or _is_area(sub.cands[0])):
                used.append(sub)
        out += used
        taken.update(u.start for u in used)
    return out


def _is_area(e: GeoEntry) -> bool:
    """A state, region or country (not a town): what an organisation's name may lead with."""
    return e.feature_class != "P" and e.tier >= TIER_STATE and e.kind != "county"


# -- recognition ----------------------------------------------------------------------------


def _spans(doc: ParsedDoc, gaz: Gazetteer) -> list[_Span]:
    out: list[_Span] = _county_lists(doc) + _datelines(doc)
    covered: set[int] = {t.i for s in out for t in s.tokens}
    for ent in doc.entities:
        ent_tokens = {t.i for t in doc.tokens_in(ent.start, ent.end)}
        if ent.label not in PLACE_LABELS | WEAK_LABELS or ent_tokens & covered:
            covered |= ent_tokens
            continue
        covered |= ent_tokens
        span = _trimmed(doc, ent.start, ent.end, ent.label)
        if span is not None:
            out.append(span)
    for run in _capitalised_runs(doc, covered):
        span = _trimmed(doc, run[0].start, run[-1].end, "")
        if span is not None:
            out.append(span)
    out = [_with_abbreviation_dot(doc, s, gaz) for s in out]
    out.sort(key=lambda s: s.start)
    return out


def _with_abbreviation_dot(doc: ParsedDoc, s: _Span, gaz: Gazetteer) -> _Span:
    """Keep the dot of a state abbreviation that trimming took off: "Kan." not "Kan"."""
    if doc.text[s.end : s.end + 1] == "." and gaz.is_state_abbreviation(
        doc.text[s.start : s.end + 1]
    ):
        s.end += 1
        s.text = doc.text[s.start : s.end]
        s.tokens = doc.tokens_in(s.start, s.end)
    return s


def _datelines(doc: ParsedDoc) -> list[_Span]:
    """The place of a dateline in capitals: "MANSFIELD --", "COLUMBUS, Ohio (AP) —"."""
    out: list[_Span] = []
    for m in _DATELINE.finditer(doc.text):
        start, end = m.span(1)
        tokens = doc.tokens_in(start, end)
        if tokens:
            out.append(_Span(start, end, m.group(1), "GPE", tokens))
    return out


def _county_lists(doc: ParsedDoc) -> list[_Span]:
    """ "Becker, Clay and Otter Tail counties": each name is a county (looked up with the
    county word), labelled as a place."""
    out: list[_Span] = []
    for tok in doc.tokens:
        word = COUNTY_WORDS.get(tok.lower)
        if word is None or not tok.text.islower() or tok.lower == word.lower():
            continue
        names: list[list[Token]] = [[]]
        j = tok.i - 1
        while j >= 0:
            t = doc.tokens[j]
            if t.text[:1].isupper() and t.pos == "PROPN":
                names[-1].insert(0, t)
            elif t.text in (",", "and", "&", "or") and names[-1]:
                names.append([])
            else:
                break
            j -= 1
        for name in names:
            if name:
                span = _Span(name[0].start, name[-1].end, doc.text[name[0].start : name[-1].end],
                             "GPE", name)  # fmt: skip
                span.lookup_text = f"{span.text} {word}"
                out.append(span)
    return out


def _embedded(doc: ParsedDoc, s: _Span) -> list[_Span]:
    """Places inside a name that is no place, best first: the part before an institution
    noun ("Minnesota" in "the Minnesota House", "Kabul" in "Kabul-based"), a county
    ("Henry County" in "Paris-Henry County Arts Council"), and in an organisation's name a
    state or country that leads it or follows "of" ("Texas Forest Service", "University of
    Georgia"); the last two are marked ``area_only``."""
    toks = s.tokens
    out: list[_Span] = []

    def sub(part: list[Token], area_only: bool = False) -> _Span:
        text = doc.text[part[0].start : part[-1].end]
        article = s.article and part[0] is toks[0]
        return _Span(part[0].start, part[-1].end, text, s.label, part, article,
                     embedded=True, area_only=area_only)  # fmt: skip

    for k in range(1, len(toks)):
        word = toks[k].lower
        spaced_dash = word in ("-", "–", "—") and doc.text[toks[k].start - 1 : toks[k].start] == " "
        based = word == "-" and k + 1 < len(toks) and toks[k + 1].lower == "based"
        if word in INSTITUTION_NOUNS or spaced_dash or based:
            if all(t.text[:1].isupper() for t in toks[:k]):
                out.append(sub(toks[:k]))
            break
    for k in range(1, len(toks)):
        if toks[k].lower in COUNTY_WORDS and toks[k].text[:1].isupper():
            i = k - 1
            while i > 0 and toks[i - 1].text[:1].isupper():
                i -= 1
            if i > 0 or k < len(toks) - 1:  # not the whole span, already looked up
                out.append(sub(toks[i : k + 1]))
            break
    if s.label in ("ORG", "FAC", "PRODUCT"):
        caps = 0
        while caps < len(toks) and toks[caps].text[:1].isupper():
            caps += 1
        out += [sub(toks[:n], area_only=True) for n in range(min(caps, len(toks) - 1), 0, -1)]
        for k, t in enumerate(toks[:-1]):
            if t.lower == "of":
                rest = toks[k + 1 :]
                n = 0
                while n < len(rest) and rest[n].text[:1].isupper():
                    n += 1
                out += [sub(rest[:m], area_only=True) for m in range(n, 0, -1)]
                break
    return out


def _trimmed(doc: ParsedDoc, start: int, end: int, label: str) -> _Span | None:
    raw = doc.text[start:end]
    left = _TRIM_LEFT.match(raw)
    s = start + (left.end() if left else 0)
    right = _TRIM_RIGHT.search(doc.text, s, end)
    e = right.start() if right and right.start() > s else end
    if e <= s:
        return None
    trimmed_the = left is not None and _THE.search(left.group()) is not None
    article = trimmed_the or _PRECEDING_THE.search(doc.text[max(0, s - 8) : s]) is not None
    return _Span(s, e, doc.text[s:e], label, doc.tokens_in(s, e), article)


def _capitalised_runs(doc: ParsedDoc, covered: set[int]) -> Iterable[list[Token]]:
    """Runs of capitalised name-like tokens that spaCy left outside every entity.

    Lower-case connectors between capitalised words keep a run going, so that a name such
    as "Treaty of Alliance and Integration" is looked up whole (and not as "Alliance").
    """
    run: list[Token] = []
    for tok in doc.tokens:
        if _name_like(tok, doc, covered) and (not run or tok.start - run[-1].end <= 1):
            run.append(tok)
            continue
        if run and tok.lower in _CONNECTORS and tok.i not in covered:
            run.append(tok)
            continue
        if run:
            yield _strip_connectors(run)
        run = [tok] if _name_like(tok, doc, covered) else []
    if run:
        yield _strip_connectors(run)


def _name_like(tok: Token, doc: ParsedDoc, covered: set[int]) -> bool:
    sent_first = bool(doc.sentences) and tok.i == doc.sentences[tok.sent].first
    return (
        tok.i not in covered
        and tok.text[:1].isupper()
        and tok.pos in ("PROPN", "ADJ", "NOUN")
        and (not sent_first or tok.pos == "PROPN")
    )


def _strip_connectors(run: list[Token]) -> list[Token]:
    """Drop trailing connectors; a run that still has inner ones is a multi-word name."""
    while run and run[-1].lower in _CONNECTORS:
        run = run[:-1]
    return run


def _lookup(span: _Span, gaz: Gazetteer, kb: KBLike | None) -> bool:
    """Fill ``span.cands``; False when the span names nothing (or names a non-place)."""
    name = span.lookup_text or span.text
    span.key = name_key(name)
    if not span.key or not span.tokens:
        return False
    text = ("the " + name) if span.article else name  # "The Hague"
    cands = gaz.candidates(text)
    if not cands and len(span.tokens) > 1 and span.tokens[0].lower.rstrip(".") in DIRECTION_WORDS:
        # "Northeast Georgia", "North Texas": the place without the direction word (the
        # span keeps it).  "North Korea" and "South Sudan" are names of their own.
        rest = span.text[span.tokens[1].start - span.start :].lstrip(" -")
        cands = [c for c in gaz.candidates(rest)
                 if c.feature_class != "P" or c.population >= MIN_WEAK_POPULATION]  # fmt: skip
        text = rest
    if span.article and _head(span.tokens).dep not in _MODIFIER_DEPS:
        # "the West", "the Valley": a bare settlement name takes no article in English,
        # so keep only areas and places whose own name has one ("The Hague").  In "the
        # Tskhinvali leader" the article belongs to "leader".
        cands = [c for c in cands if c.feature_class != "P" or name_key(c.name).startswith("the ")]
    entry = kb.by_name(text) if kb is not None else None
    if entry is not None:
        kind = getattr(entry, "kind", None)
        if kind in NON_PLACE_KB_KINDS:
            return False
        if kind in PLACE_KB_KINDS:
            kb_geo = _from_kb(entry, cands, gaz)
            # The KB maps "England" to the UK (right for actors); for places keep our own
            # entry when it has that exact name and lies in the same country.
            own = cands[0] if cands else None
            if own is not None and own.primary and own.kind in ("region", "disputed", "state"):
                kb_geo = None if kb_geo is None or own.code == kb_geo.code else kb_geo
            if kb_geo is not None:
                cands = [kb_geo, *[c for c in cands if c.geonameid != kb_geo.geonameid]]
    span.cands = cands
    return bool(cands)


def _from_kb(entry: KBEntryLike, cands: list[GeoEntry], gaz: Gazetteer) -> GeoEntry | None:
    """A gazetteer entry for a KB place, preferring our own record of the same place."""
    gid = getattr(entry, "geonameid", None)
    for c in cands:
        if (gid is not None and c.geonameid == gid) or (
            gid is None and c.code == entry.code and c.kind in ("country", "disputed")
        ):
            return c
    if entry.kind == "country" and entry.code:
        own = gaz.country(entry.code)
        if own is not None:
            return own
    if entry.lat is None or entry.lon is None:
        return None
    kind = "capital" if entry.kind == "capital" else entry.kind
    fclass = "P" if kind == "capital" else "A"
    return GeoEntry(gid, entry.name, entry.lat, entry.lon, entry.code, None, fclass, kind)


def _person_tokens(doc: ParsedDoc) -> set[str]:
    """Lower-cased words of multi-word PERSON names ("Vladimir Putin" -> vladimir, putin)."""
    out: set[str] = set()
    for ent in doc.entities:
        if ent.label == "PERSON":
            words = [t.lower for t in doc.tokens_in(ent.start, ent.end) if t.text[:1].isupper()]
            if len(words) > 1:
                out.update(words)
    return out


_STRONG, _WEAK, _UNLABELLED = 0, 1, 2


def _group(s: _Span) -> int:
    if s.label in PLACE_LABELS and any(t.pos == "PROPN" for t in s.tokens):
        return _STRONG
    return _WEAK if s.label else _UNLABELLED


def _accept(
    s: _Span,
    doc: ParsedDoc,
    persons: set[str],
    place_keys: set[str],
    gaz: Gazetteer,
    kb: KBLike | None,
    people: PeopleLike | None = None,
) -> bool:
    """Is the span a place?  Labelled GPE/LOC proper names are; the rest must earn it.

    Weak evidence (a small town found inside an institution's name or after a locative
    preposition only) marks the span tentative: it is kept if the article supports it."""
    group = _group(s)
    best = s.cands[0]
    if s.lookup_text:  # one of a list of counties
        return best.kind == "county"
    if is_generic(s.text) and best.kind in ("city", "capital", "county"):
        return False  # "North", "Central" (but "the Middle East" is a region)
    if best.kind == "county" and s.tokens[-1].lower in COUNTY_WORDS:
        return True  # "Laurel County"
    head = _head(s.tokens)
    locative = _locative(doc, head)
    if s.embedded or (group != _STRONG and _before_institution(doc, s)):
        if (
            s.label == "NORP"  # "an Arab province", "a Christian school"
            or head.pos != "PROPN"
            or not (best.primary or best.tier >= TIER_STATE)
            or _is_demonym(s.text, gaz, kb)  # "the Russian Embassy"
            or any(t.lower in persons for t in s.tokens)  # "the Jackson Police Department"
        ):
            return False
        # A small town, or a small area ("the Bar Council" is no Bar, Montenegro), must
        # also be supported by the rest of the article.
        small = best.tier < TIER_STATE and (
            best.feature_class != "P" or best.population < MIN_WEAK_POPULATION
        )
        s.tentative = small and s.key not in place_keys
        return (
            best.population >= MIN_EMBEDDED_POPULATION
            or best.tier >= TIER_STATE
            or (s.key in place_keys)
        )
    if (
        _person_name(s, persons if group != _STRONG else set(), people)
        and not locative
        and all(c.tier == TIER_CITY for c in s.cands)
    ):
        return False  # "Obama" is no Obama, Japan; "Hamas" no Hamm
    if group == _STRONG:
        return True
    if not _sizeable(best):
        if not (
            locative
            and best.primary
            and best.population >= MIN_EMBEDDED_POPULATION
            and s.label != "ORG"  # "in Congress" is no Congress, Arizona
        ):
            return False
        s.tentative = True  # "in Pewaukee": kept if the article is about Wisconsin
    if _is_demonym(s.text, gaz, kb):
        return False
    if s.key in place_keys:  # the same name was accepted as a place elsewhere
        return True
    if any(t.lower in persons for t in s.tokens):
        return False
    if locative:
        return True
    if best.tier < TIER_CAPITAL and (group == _UNLABELLED or s.label in ("ORG", "FAC")):
        # Unlabelled capitalised words ("University") and organisations named after towns
        # ("Liverpool beat Chelsea") need a locative preposition.
        return False
    verb = doc.tokens[head.head]
    if (
        head.dep in ("nsubj", "nsubjpass")
        and verb.lemma.lower() in PERSON_VERBS
        and best.tier < TIER_CAPITAL  # "Tbilisi says", "Moscow denied": a government
    ):
        return False
    last = s.tokens[-1].i
    nxt = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper():
        return False  # a first name: "Florence Nightingale"
    first = s.tokens[0].i
    prev = doc.tokens[first - 1] if first > 0 else None
    # A title or first name before it: "Mr Jackson", "Andrew Jackson".
    return not (prev is not None and prev.pos == "PROPN" and prev.text[:1].isupper())


def _sizeable(e: GeoEntry) -> bool:
    return e.tier >= TIER_STATE or e.population >= MIN_WEAK_POPULATION


def _locative(doc: ParsedDoc, head: Token) -> bool:
    """After a locative preposition ("in Moorhead", "in Oakport and Moorhead") or a
    direction ("north of Moorhead")?"""
    tok = head
    while tok.dep == "conj" and tok.head != tok.i:
        tok = doc.tokens[tok.head]
    if tok.dep != "pobj":
        return False
    prep = doc.tokens[tok.head]
    if prep.lower in LOCATIVE_PREPS:
        return True
    return prep.lower == "of" and doc.tokens[prep.head].lower in DIRECTION_PREP_HEADS


def _before_institution(doc: ParsedDoc, s: _Span) -> bool:
    """Followed by an institution noun: "Kabul airport", "Alexandria Police"."""
    nxt = s.tokens[-1].i + 1
    return nxt < len(doc.tokens) and doc.tokens[nxt].lower in INSTITUTION_NOUNS


def _person_name(s: _Span, persons: set[str], people: PeopleLike | None) -> bool:
    """A one-word name that is a person's or group's: part of a person's full name in
    the article ("Fairfield" after "Jane Fairfield"), a surname that the people knowledge
    base knows alone ("Obama"), or a group's name ("Hamas")."""
    if len(s.tokens) != 1:
        return False
    if s.tokens[0].lower in persons:
        return True
    if people is None:
        return False
    if people.groups(s.text):
        return True
    key = name_key(s.text)
    return any(name_key(a) == key for p in people.by_surname(s.text)[:3] for a in p.aliases)


def _supported(s: _Span, e: GeoEntry, ctx: _Context) -> bool:
    """Does the rest of the article put it where ``e`` is: a town in its state or province,
    a state or larger place in its country?  ("Heathrow airport" is no Heathrow, Florida,
    in an article that names the United States; "the Bar Council" no Bar, Montenegro.)"""
    if ctx.area(e, s.key) > 0:
        return True
    return e.tier >= TIER_STATE and ctx.country(e.code, s.key) > 0


def _head(tokens: list[Token]) -> Token:
    idx = {t.i for t in tokens}
    for t in tokens:
        if t.head not in idx or t.head == t.i:
            return t
    return tokens[-1]


def _is_demonym(text: str, gaz: Gazetteer, kb: KBLike | None) -> bool:
    """Adjectives formed from a country or region name: "Russian", "Ossetian", "Chinese"
    (but not a name of the area itself, as "U.S." is)."""
    if any(c.tier >= TIER_STATE and c.feature_class != "P" for c in gaz.candidates(text)):
        return False
    by_adjective = getattr(kb, "by_adjective", None)
    if by_adjective is not None and by_adjective(text) is not None:
        return True
    low = text.strip()
    for ending, repl in _DEMONYM_ENDINGS:
        if low.lower().endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: len(low) - len(ending)] + repl
            if any(c.tier >= TIER_STATE and c.feature_class in "AL" for c in gaz.candidates(stem)):
                return True
    return False


# -- disambiguation -------------------------------------------------------------------------


def _resolve_pairs(text: str, spans: list[_Span]) -> None:
    """Resolve "City, Region" pairs together: "Paris, Texas", "Atlanta, Georgia"."""
    for a, b in itertools.pairwise(spans):
        if not _COMMA_GAP.fullmatch(text[a.end : b.start]) or a.key == b.key:
            continue
        if a.cands[0].kind in ("country", "disputed", "region"):
            continue  # a list: "Russia, America, the European Union"
        pairs = [(x, y) for x in a.cands if x.kind not in ("country", "region")
                 for y in b.cands if _contains(y, x)]  # fmt: skip
        if pairs:
            x, y = max(pairs, key=lambda p: (p[0].rank(), p[1].rank()))
            a.choice, b.choice = x, y


def _contains(area: GeoEntry, place: GeoEntry) -> bool:
    if area.kind in ("country", "disputed"):
        return area.code is not None and area.code == place.code
    if area.kind == "state":
        return place.country2 == area.country2 and place.admin1 == area.admin1
    return False


#: A name's top candidate is an anchor when it is this many times as populous as any rival.
DOMINANCE = 10
#: A city abroad this many times as populous beats a town supported by its country alone.
LARGER_ABROAD = 5
#: State support a town needs to beat a country of the same name with no support.
MIN_SUPPORT_OVER_COUNTRY = 2


@dataclass
class _Context:
    """Where the article is: for each country (alpha-3) and each first-level area
    (alpha-2, admin1 code), the name keys of the places that lie there."""

    gaz: Gazetteer
    countries: dict[str, set[str]] = field(default_factory=dict)
    areas: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: Areas where an ambiguous name has some reading: "Paris" and "Henry County" both
    #: have one in Tennessee (a tie-breaker between towns only).
    possible: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, key: str, e: GeoEntry) -> None:
        if e.code is not None:
            self.countries.setdefault(e.code, set()).add(key)
        area = self.area_of(e)
        if area is not None:
            self.areas.setdefault(area, set()).add(key)

    def country(self, code: str | None, skip: str) -> int:
        """Other names (not ``skip``) that put the article in this country."""
        return len(self.countries.get(code or "", set()) - {skip})

    def area(self, e: GeoEntry, skip: str) -> int:
        """Other names that put the article in the state or province of ``e``."""
        area = self.area_of(e)
        return 0 if area is None else len(self.areas.get(area, set()) - {skip})

    def possibly(self, e: GeoEntry, skip: str) -> int:
        """Other names that may lie in the state or province of ``e``."""
        area = self.area_of(e)
        return 0 if area is None else len(self.possible.get(area, set()) - {skip})

    def area_of(self, e: GeoEntry) -> tuple[str, str] | None:
        return _area(e)

    def coarse(self, e: GeoEntry) -> bool:
        """Is the state or province of ``e`` most of its country (England)?  Then naming
        it does not make a town there beat a capital elsewhere."""
        area = _area(e)
        return area is not None and self.gaz.is_coarse_area(*area)

    def copy(self) -> _Context:
        return _Context(
            self.gaz,
            {k: set(v) for k, v in self.countries.items()},
            {k: set(v) for k, v in self.areas.items()},
            {k: set(v) for k, v in self.possible.items()},
        )


def _area(e: GeoEntry) -> tuple[str, str] | None:
    if e.kind in ("country", "disputed", "region") or not e.country2 or not e.admin1:
        return None
    return (e.country2, e.admin1)


def _anchor(cands: list[GeoEntry]) -> GeoEntry | None:
    """The entry a name points to without context: its only reading, or one that dwarfs
    every rival elsewhere ("Atlanta", "Texas", "Ga."; not "Georgia", "Springfield")."""
    if not cands:
        return None
    top = cands[0]
    if top.lat is None and top.kind not in ("country", "disputed"):
        return None
    for c in cands[1:]:
        if c.geonameid == top.geonameid or (_area(c) is not None and _area(c) == _area(top)):
            continue  # the same place, or a namesake in the same state ("Moskva" province)
        if c.code == top.code and _area(top) is None:
            continue  # a town in the country of the same name
        if top.kind == "county" and c.kind == "county":
            return None  # county sizes say little: Richmond County is Staten Island and Augusta
        if top.population < DOMINANCE * max(c.population, 1) or c.tier > top.tier:
            return None
    return top


def _disambiguate(spans: list[_Span], gaz: Gazetteer, dateline: str | None) -> _Context:
    """Choose an entry for each span from what the other names in the article say."""
    ctx = _Context(gaz)
    if dateline:
        top = _anchor(gaz.candidates(dateline))
        if top is not None:
            ctx.add("\0dateline", top)
    for s in spans:
        top = s.choice or _anchor(s.cands)
        if top is not None:
            ctx.add(s.key, top)
        else:
            for c in s.cands:
                area = ctx.area_of(c)
                if area is not None and c.primary and c.tier == TIER_CITY:
                    ctx.possible.setdefault(area, set()).add(s.key)
    # Once more with every name's first choice as context: "Georgia", resolved to the
    # state by "Atlanta", now also vouches for Gainesville, Georgia.
    again = ctx.copy()
    for s in spans:
        if s.choice is None:
            choice = _best(s.cands, ctx, s.key)
            if choice is not None:
                again.add(s.key, choice)  # not a town picked for want of context
    for s in spans:
        if s.choice is None:
            s.choice = _best(s.cands, again, s.key)
    return again


def _best(cands: list[GeoEntry], ctx: _Context, skip: str) -> GeoEntry | None:
    """The likeliest entry: well-known places the article supports, then towns in a state
    or province the article names (which beat a capital or state elsewhere that nothing
    else supports: Paris, Texas, in an article about Texas), then well-known places, then
    towns in the article's countries, by size."""

    def key(c: GeoEntry) -> tuple[int, int, int, bool, bool, int, int, int]:
        area, country = ctx.area(c, skip), ctx.country(c.code, skip)
        if c.kind == "country":  # "Mexico" in an article about the United States
            country += sum(ctx.country(n, skip) for n in ctx.gaz.neighbours(c.code))
        strong = c.tier >= TIER_STATE
        fine = area and c.primary and not ctx.coarse(c)
        group = 3 if strong and (area or country) else 2 if fine else int(strong)
        possible = ctx.possibly(c, skip) if c.primary else 0
        capital = c.kind == "capital" and strong  # Washington, D.C., before the state
        return (group, area, country, c.primary or strong, capital, possible, c.tier,
                c.population)  # fmt: skip

    ranked = sorted(cands, key=key, reverse=True)
    best = ranked[0]
    best_key = key(best)
    if best_key[1] == 0 and best.tier < TIER_CAPITAL and best.kind != "state":
        # Within one country the state decides: Manhattan, Kansas, in an article about
        # Kansas, though Manhattan, New York, is larger.
        local = [c for c in ranked if c.code == best.code and c.primary and key(c)[1] > 0]
        if local:
            best, best_key = local[0], key(local[0])
    if not best.primary and best.kind in ("city", "capital"):
        # A town's own name beats another place's former or foreign one where the article
        # is about the town's country: Salisbury is Salisbury, England, not Harare (once
        # Salisbury, Rhodesia), in an article about Britain.
        own = [c for c in ranked if c.primary and c.kind in ("city", "capital")
               and c.population >= MIN_WEAK_POPULATION and ctx.country(c.code, skip)]  # fmt: skip
        if own:
            best, best_key = own[0], key(own[0])
    if best_key[0] == 0 and best_key[1] == 0:
        # Support for a town's country alone does not beat a far larger city elsewhere:
        # Geneva, Switzerland, in an article about the United States.
        larger = [c for c in ranked if c.primary and c.code != best.code
                  and c.population >= LARGER_ABROAD * max(best.population, 1)]  # fmt: skip
        if larger:
            best = max(larger, key=lambda c: c.population)
            best_key = key(best)
    if best.kind == "state" and best_key[0] == 1:
        # A province abroad that nothing else supports yields to a town in the article's
        # country: Canterbury, England, not Canterbury, New Zealand, in a British article.
        home = [c for c in ranked if c.kind == "city" and c.primary and key(c)[2] > 0]
        if home:
            best, best_key = home[0], key(home[0])
    if best.kind == "county":
        # "Leicester" is the city more than the unitary authority around it.
        city = [c for c in ranked if c.kind in ("city", "capital") and c.primary
                and (c.country2, c.admin1) == (best.country2, best.admin1)]  # fmt: skip
        if city:
            best, best_key = city[0], key(city[0])
    if best_key[0] == 2 and best_key[1] < MIN_SUPPORT_OVER_COUNTRY:
        # A lone mention of a town's state does not outweigh a country of the same name
        # ("Lebanon" in an article that names Ohio once).
        country = next((c for c in ranked if c.kind in ("country", "disputed")), None)
        if country is not None:
            best, best_key = country, key(country)
    if (
        best.tier == TIER_CITY
        and not best.primary
        and best.population < MIN_WEAK_POPULATION
        and ctx.country(best.code, skip) == 0
    ):
        return None  # "Anbar" only as an alias of a small foreign town: more likely unknown
    return best


def _to_place(doc: ParsedDoc, s: _Span, e: GeoEntry) -> Place:
    start = s.start
    if s.article and name_key(e.name).startswith("the "):  # keep the article of "The Hague"
        m = _PRECEDING_THE.search(doc.text[max(0, start - 8) : start])
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
