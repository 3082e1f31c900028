"""Find place mentions in a parsed article and resolve them to GeoNames entries.

Recognition takes spaCy's GPE/LOC/FAC entities, and also PERSON/NORP/ORG entities and
capitalised tokens outside any entity when they name a sizeable gazetteer place and sit
where a place can (the small English model tags "Tskhinvali" as NORP or PERSON).
Disambiguation prefers (1) countries, disputed entities, capitals, regions and states,
(2) places in the article's focus countries, (3) larger population; "City, Region" pairs
such as "Paris, Texas" are resolved together.
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
    name_key,
)

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Labels spaCy's small model often puts on place names it does not know (FAC: a
#: facility is rarely a settlement, but "Sokhumi" can come out as one).
WEAK_LABELS = frozenset({"PERSON", "NORP", "ORG", "FAC"})
#: A mislabelled or unlabelled name must be at least this populous (or a country/capital).
MIN_WEAK_POPULATION = 20_000
#: A city this size whose name is otherwise rare sets the article's focus country.
MIN_FOCUS_POPULATION = 50_000

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


@dataclass
class _Span:
    start: int
    end: int
    text: str
    label: str  # spaCy label, "" for an unlabelled capitalised run
    tokens: list[Token]
    article: bool = False  # a leading "the" was trimmed off
    key: str = ""
    cands: list[GeoEntry] = field(default_factory=list)
    choice: GeoEntry | None = None


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
    spans = [s for s in _spans(doc) if _lookup(s, gaz, kb)]
    persons = _person_tokens(doc)
    # Labelled places first, then mislabelled ones, then unlabelled runs: each later group
    # may lean on names the earlier ones accepted ("her Tskhinvali counterpart").
    keep: list[_Span] = []
    for group in (_STRONG, _WEAK, _UNLABELLED):
        keys = {s.key for s in keep}
        keep += [s for s in spans if _group(s) == group and _accept(s, doc, persons, keys, gaz, kb)]
    spans = sorted(keep, key=lambda s: s.start)
    _resolve_pairs(doc.text, spans)
    focus, local = _focus(spans, gaz, dateline_place)
    for s in spans:
        if s.choice is None:
            s.choice = _best(s.cands, _Excluding(focus, s.key), _Excluding(local, s.key))
    return [_to_place(doc, s, s.choice) for s in spans if s.choice is not None]


# -- recognition ----------------------------------------------------------------------------


def _spans(doc: ParsedDoc) -> list[_Span]:
    out: list[_Span] = []
    covered: set[int] = set()
    for ent in doc.entities:
        covered.update(t.i for t in doc.tokens_in(ent.start, ent.end))
        if ent.label not in PLACE_LABELS | WEAK_LABELS:
            continue
        span = _trimmed(doc, ent.start, ent.end, ent.label)
        if span is not None:
            out.append(span)
    for run in _capitalised_runs(doc, covered):
        span = _trimmed(doc, run[0].start, run[-1].end, "")
        if span is not None:
            out.append(span)
    out.sort(key=lambda s: s.start)
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
    span.key = name_key(span.text)
    if not span.key or not span.tokens:
        return False
    text = ("the " + span.text) if span.article else span.text  # "The Hague"
    cands = gaz.candidates(text)
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
            if own is not None and own.primary and own.kind in ("region", "disputed"):
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
) -> bool:
    """Is the span a place?  Labelled GPE/LOC proper names are; the rest must earn it."""
    group = _group(s)
    if group == _STRONG:
        return True
    best = s.cands[0]
    if best.tier < TIER_STATE and best.population < MIN_WEAK_POPULATION:
        return False
    if _is_demonym(s.text, gaz, kb):
        return False
    if s.key in place_keys:  # the same name was accepted as a place elsewhere
        return True
    if any(t.lower in persons for t in s.tokens):
        return False
    head = _head(s.tokens)
    locative = head.dep == "pobj" and doc.tokens[head.head].lower in LOCATIVE_PREPS
    if locative:
        return True
    if best.tier < TIER_CAPITAL and (group == _UNLABELLED or s.label in ("ORG", "FAC")):
        # Unlabelled capitalised words ("University") and organisations named after towns
        # ("Liverpool beat Chelsea") need a locative preposition.
        return False
    verb = doc.tokens[head.head]
    if head.dep in ("nsubj", "nsubjpass") and verb.lemma.lower() in PERSON_VERBS:
        return False
    last = s.tokens[-1].i
    nxt = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper():
        return False  # a first name: "Florence Nightingale"
    first = s.tokens[0].i
    prev = doc.tokens[first - 1] if first > 0 else None
    # A title or first name before it: "Mr Jackson", "Andrew Jackson".
    return not (prev is not None and prev.pos == "PROPN" and prev.text[:1].isupper())


def _head(tokens: list[Token]) -> Token:
    idx = {t.i for t in tokens}
    for t in tokens:
        if t.head not in idx or t.head == t.i:
            return t
    return tokens[-1]


def _is_demonym(text: str, gaz: Gazetteer, kb: KBLike | None) -> bool:
    """Adjectives formed from a country or region name: "Russian", "Ossetian", "Chinese"."""
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
        if not _COMMA_GAP.fullmatch(text[a.end : b.start]):
            continue
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


def _focus(
    spans: list[_Span], gaz: Gazetteer, dateline: str | None
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Country codes the article is about, by the name key that contributed them.

    ``focus`` comes from countries, disputed entities, capitals and large unambiguous
    cities; ``local`` only from sub-national places (cities, states), which is what makes a
    state such as Georgia, USA, more likely than the country.
    """
    focus: dict[str, set[str]] = {}
    local: dict[str, set[str]] = {}
    items = [(s.key, s.choice or s.cands[0], s.cands) for s in spans]
    if dateline:
        cands = gaz.candidates(dateline)
        if cands:
            items.append(("\0dateline", cands[0], cands))
    for key, top, cands in items:
        if top.code is None:
            continue
        rival = next((c for c in cands if c is not top and c.geonameid != top.geonameid), None)
        dominant = rival is None or rival.population * 10 < top.population
        if top.tier >= TIER_CAPITAL or (top.population >= MIN_FOCUS_POPULATION and dominant):
            focus.setdefault(key, set()).add(top.code)
        if top.kind in ("city", "state") and (dominant or top.kind == "state"):
            local.setdefault(key, set()).add(top.code)
    return focus, local


class _Excluding:
    """Support for each country from every name key but one (a name must not vouch for
    itself): the number of other names that put the article in that country."""

    def __init__(self, by_key: dict[str, set[str]], skip: str) -> None:
        self.by_key, self.skip = by_key, skip

    def count(self, code: str | None) -> int:
        return sum(1 for k, v in self.by_key.items() if k != self.skip and code in v)


def _best(cands: list[GeoEntry], focus: _Excluding, local: _Excluding) -> GeoEntry | None:
    def key(c: GeoEntry) -> tuple[bool, bool, int, int, bool, int]:
        strong = c.tier >= TIER_STATE
        near = (local if c.kind == "state" else focus).count(c.code)
        return (strong and near > 0, strong, near, c.tier, c.primary, c.population)

    best = max(cands, key=key)
    if (
        best.tier == TIER_CITY
        and not best.primary
        and best.population < MIN_WEAK_POPULATION
        and focus.count(best.code) == 0
    ):
        return None  # "Anbar" only as an alias of a small Turkish town: more likely unknown
    return best


def _to_place(doc: ParsedDoc, s: _Span, e: GeoEntry) -> Place:
    start = s.start
    if s.article and name_key(e.name).startswith("the "):  # keep the article of "The Hague"
        m = _PRECEDING_THE.search(doc.text[max(0, start - 8) : start])
        if m:
            start -= len(m.group())
    return Place(doc.text[start : s.end], start, s.end, e.name, e.geonameid, e.lat, e.lon,
                 e.code, e.feature_class)  # fmt: skip


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
