"""Disambiguation by context: "City, Region" pairs, anchors, the article's countries
and states, size and feature type."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field

from newsevents.resolve.gazetteer import (
    TIER_CAPITAL,
    TIER_CITY,
    TIER_REGION,
    TIER_STATE,
    Gazetteer,
    GeoEntry,
)
from newsevents.resolve.places_span import MIN_WEAK_POPULATION, Span

_COMMA_GAP = re.compile(r"\s*,\s*")
#: Words after a name that make it a municipality: "Lebanon Police", "Jordan Elementary
#: School", "a Palestine man", "Dublin's city manager".  A country is named by its adjective
#: in such phrases ("a Lebanese man"), so they mark a town of the country's name.
_TOWN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:city\s+(?:council|hall|manager|commission|limits|schools)|"
    r"police(?:\s+department)?|fire\s+department|mayor|council(?:man|woman|member)|"
    r"(?:public\s+)?library|township|village\s+board|"
    r"(?:independent\s+)?school\s+district|(?:elementary|middle|junior\s+high|high)"
    r"(?:\s+schools?)?|man|woman|girl|boy|residents?)\b",
    re.IGNORECASE,
)
#: Words before a name that make it a municipality: "the city of Jordan".
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|township)\s+of\s+\Z", re.IGNORECASE)


def town_cued(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` used as a municipality's ("Lebanon Police",
    "the city of Jordan")?"""
    return bool(
        _TOWN_AFTER.match(text, end) or _TOWN_BEFORE.search(text[max(0, start - 20) : start])
    )


def supported(s: Span, e: GeoEntry, ctx: Context) -> bool:
    """Does the rest of the article put it where ``e`` is: a town in its state or province,
    a state or larger place in its country?  ("Heathrow airport" is no Heathrow, Florida,
    in an article that names the United States; "the Bar Council" no Bar, Montenegro.)"""
    if ctx.area(e, s.key) > 0:
        return True
    return e.tier >= TIER_STATE and ctx.country(e.code, s.key) > 0


def resolve_pairs(text: str, spans: list[Span]) -> None:
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
#: Names of towns, counties or states in a country that make a namesake there beat an
#: unsupported big city abroad.
MIN_LOCAL = 2
#: A town this many times smaller than its name's biggest reading needs more support.
DWARFED = 500
#: Two readings this close (km) support each other: a town and its county, neighbouring
#: towns ("Paris" and "Henry County" are both in Tennessee, 10 km apart).
NEAR_KM = 40.0


@dataclass
class Context:
    """Where the article is: for each country (alpha-3) and each first-level area
    (alpha-2, admin1 code), the name keys of the places that lie there."""

    gaz: Gazetteer
    countries: dict[str, set[str]] = field(default_factory=dict)
    areas: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: Areas where an ambiguous name has some reading: "Paris" and "Henry County" both
    #: have one in Tennessee (a tie-breaker between towns only).
    possible: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    #: Mentions (not names) per area: "Indiana" four times outweighs "Illinois" once.
    mentions: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Names of towns, counties and states (no capitals, big cities or countries) per
    #: country: how local the article is to it.
    local: dict[str, set[str]] = field(default_factory=dict)
    #: Each name's local readings (towns and counties with coordinates): for proximity.
    readings: dict[str, list[GeoEntry]] = field(default_factory=dict)
    #: Names the article uses as a municipality's (:func:`town_cued`).
    towns: frozenset[str] = frozenset()
    #: Names found only where a place is unsure (inside an organisation's name, an
    #: unlabelled word): too weak to keep a big city abroad ("the Blarney Brothers").
    weak: frozenset[str] = frozenset()
    #: The entry each name points to without context (:func:`_anchor`), if any.
    anchors: dict[str, int | None] = field(default_factory=dict)

    def add(self, key: str, e: GeoEntry) -> None:
        if e.code is not None:
            self.countries.setdefault(e.code, set()).add(key)
            if e.tier <= TIER_STATE and e.kind not in ("country", "disputed", "region"):
                self.local.setdefault(e.code, set()).add(key)
        area = self.area_of(e)
        if area is not None:
            self.areas.setdefault(area, set()).add(key)
            self.mentions[area] = self.mentions.get(area, 0) + 1

    def country(self, code: str | None, skip: str) -> int:
        """Other names (not ``skip``) that put the article in this country."""
        return len(self.countries.get(code or "", set()) - {skip})

    def area(self, e: GeoEntry, skip: str) -> int:
        """Other names that put the article in the state or province of ``e``."""
        area = self.area_of(e)
        if area is None:
            return 0
        return sum(1 for k in self.areas.get(area, set()) - {skip} if not self._same(k, e))

    def _same(self, key: str, e: GeoEntry) -> bool:
        """Is ``key`` another name of ``e`` ("Dublin City" of Dublin)?  No support then."""
        return e.geonameid is not None and self.anchors.get(key) == e.geonameid

    def possibly(self, e: GeoEntry, skip: str) -> float:
        """Other names that may lie in the state or province of ``e``, each weighted by
        the share of its readings' areas that this one is (Richland, in eight states,
        says less for Nebraska than Colfax County, in two)."""
        area = self.area_of(e)
        if area is None:
            return 0.0
        return sum(w for k, w in self.possible.get(area, {}).items() if k != skip)

    def near(self, e: GeoEntry, skip: str) -> int:
        """Other names with a reading within :data:`NEAR_KM` of ``e``."""
        if e.lat is None or e.lon is None or e.kind not in _LOCAL_KINDS:
            return 0
        # Not the names of national capitals ("Washington", "Moscow"): their namesakes lie
        # near many a town, and lists of capitals are common in international news.
        return sum(
            1
            for k, rs in self.readings.items()
            if k != skip
            and all(r.tier < TIER_CAPITAL for r in rs)
            and any(r.geonameid != e.geonameid and _close(e, r) for r in rs)
        )

    def area_of(self, e: GeoEntry) -> tuple[str, str] | None:
        return _area(e)

    def coarse(self, e: GeoEntry) -> bool:
        """Is the state or province of ``e`` most of its country (England)?  Then naming
        it does not make a town there beat a capital elsewhere."""
        area = _area(e)
        return area is not None and self.gaz.is_coarse_area(*area)

    def copy(self) -> Context:
        return Context(
            self.gaz,
            {k: set(v) for k, v in self.countries.items()},
            {k: set(v) for k, v in self.areas.items()},
            {k: dict(v) for k, v in self.possible.items()},
            dict(self.mentions),
            {k: set(v) for k, v in self.local.items()},
            self.readings,
            self.towns,
            self.weak,
            self.anchors,
        )

    def country_of(self, e: GeoEntry, skip: str, firm: bool = False) -> int:
        """Other names that put the article in the country of ``e``, not counting other
        names of ``e`` itself ("Dublin City" beside "Dublin"), nor with ``firm`` names
        found only where a place is unsure."""
        keys = self.countries.get(e.code or "", set()) - {skip}
        if firm:
            keys -= self.weak
        return sum(1 for k in keys if not self._same(k, e))


_LOCAL_KINDS = frozenset({"city", "capital", "county"})


def _close(a: GeoEntry, b: GeoEntry) -> bool:
    """Within :data:`NEAR_KM` (an equirectangular approximation, fine at this range)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    dlat = a.lat - b.lat
    if abs(dlat) > 1.0:
        return False
    dlon = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.hypot(dlat, dlon) <= NEAR_KM


def _local_readings(cands: list[GeoEntry]) -> list[GeoEntry]:
    return [c for c in cands if c.primary and c.kind in _LOCAL_KINDS and c.lat is not None]


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


def disambiguate(
    spans: list[Span], gaz: Gazetteer, dateline: str | None, text: str | None = None
) -> Context:
    """Choose an entry for each span from what the other names in the article say
    (and, given the article's ``text``, from how it uses each name)."""
    ctx = Context(gaz)
    if text is not None:
        ctx.towns = frozenset(s.key for s in spans if town_cued(text, s.start, s.end))
    firm = {s.key for s in spans if not s.tentative}
    ctx.weak = frozenset(s.key for s in spans if s.key not in firm)
    if dateline:
        top = _anchor(gaz.candidates(dateline))
        if top is not None:
            ctx.add("\0dateline", top)
    for s in spans:
        top = s.choice or _anchor(s.cands)
        if top is not None:
            ctx.add(s.key, top)
            ctx.anchors[s.key] = top.geonameid
            ctx.readings[s.key] = _local_readings([top])
        else:
            ctx.readings[s.key] = _local_readings(s.cands)
            codes = {c.code for c in s.cands}
            if len(codes) == 1 and None not in codes:  # Henry County: somewhere in the US
                ctx.countries.setdefault(s.cands[0].code or "", set()).add(s.key)
                if all(c.tier <= TIER_STATE for c in s.cands):
                    ctx.local.setdefault(s.cands[0].code or "", set()).add(s.key)
            areas = {a for c in s.cands if c.primary and c.tier == TIER_CITY
                     and (a := ctx.area_of(c)) is not None}  # fmt: skip
            for area in areas:
                ctx.possible.setdefault(area, {})[s.key] = 1 / len(areas)
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


def _best(cands: list[GeoEntry], ctx: Context, skip: str) -> GeoEntry | None:
    """The likeliest entry: well-known places the article supports, then towns in a state
    or province the article names (which beat a capital or state elsewhere that nothing
    else supports: Paris, Texas, in an article about Texas) or that lie near a reading of
    another name (Paris beside Henry County, Tennessee), then well-known places, then
    towns in the article's countries, by the mentions of their state, the states their
    ambiguous neighbours may lie in, and size."""

    biggest = max((c.population for c in cands if c.primary), default=0)

    def key(c: GeoEntry) -> tuple[int, int, int, int, bool, bool, float, int, int]:
        area, country = ctx.area(c, skip), ctx.country_of(c, skip, firm=True)
        if c.kind == "country":  # "Mexico" in an article about the United States
            country += sum(ctx.country(n, skip) for n in ctx.gaz.neighbours(c.code))
        strong = c.tier >= TIER_STATE
        near = ctx.near(c, skip) if c.primary else 0
        # A neighbour's reading is weaker evidence than a name the article pins down: it
        # makes a town as likely as a capital elsewhere, and a capital no likelier than a
        # town in a state the article names (London, Ontario, beside Richmond Hill).
        # A hamlet needs more than its state's one mention to beat a city hundreds of times
        # its size: "Manchester" beside "Florida" is not Manchester, Florida (pop. 1,000).
        hamlet = biggest >= DWARFED * max(c.population, 1)
        fine = (area + near >= (2 if hamlet else 1)) and c.primary and not ctx.coarse(c)
        group = 3 if strong and (area or country) else 2 if fine else int(strong)
        possible = ctx.possibly(c, skip) + near if c.primary else 0
        capital = c.kind == "capital" and strong  # Washington, D.C., before the state
        mentions = ctx.mentions.get(_area(c) or ("", ""), 0) if area else 0
        return (group, area, mentions, country, c.primary or strong, capital, possible,
                c.tier, c.population)  # fmt: skip

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

    def larger_abroad(town: GeoEntry) -> GeoEntry:
        """Support for a town's country alone does not beat a far larger city elsewhere:
        Geneva, Switzerland, in an article about the United States."""
        if key(town)[:2] != (0, 0):
            return town
        larger = [c for c in ranked if c.primary and c.code != town.code
                  and c.population >= LARGER_ABROAD * max(town.population, 1)]  # fmt: skip
        return max(larger, key=lambda c: c.population) if larger else town

    if not best.primary and best.kind in ("city", "capital") and not ctx.country(best.code, skip):
        # A name that is only an alias of a big city ("Cancun" of Changchun) means the city
        # whose own name it is, if that one is not tiny beside it: Cancún.
        own = [c for c in ranked if c.primary and c.kind in ("city", "capital")
               and c.population >= max(MIN_WEAK_POPULATION, best.population // 10)]  # fmt: skip
        if own:
            best, best_key = own[0], key(own[0])
    best = larger_abroad(best)
    best_key = key(best)
    if not best.primary and skip in ctx.towns and best_key[0] <= 1:
        # "Berea police", "a Berea man": a municipality's name in use now, not the former
        # name of a city abroad (Aleppo) that nothing else supports -- provided the article
        # supports the town's own country ("Bombay police" alone stays Mumbai)
        own = [
            c
            for c in ranked
            if c.primary and c.kind in ("city", "capital") and ctx.country_of(c, skip, firm=True)
        ]
        if own:
            best, best_key = own[0], key(own[0])
    if best.kind == "state" and not best.primary:
        # A province named only by an alias that its chief city bears ("Geneva" for the
        # canton Genève, "Moscow" for Moskva) means the city.
        city = [c for c in ranked if c.kind in ("city", "capital") and c.primary
                and (c.country2, c.admin1) == (best.country2, best.admin1)]  # fmt: skip
        if city:
            best = larger_abroad(city[0])
            best_key = key(best)
    if best.kind == "state" and best_key[0] == 1:
        # A province abroad that nothing else supports yields to a town in the article's
        # country: Canterbury, England, not Canterbury, New Zealand, in a British article.
        home = [c for c in ranked if c.kind == "city" and c.primary and key(c)[3] > 0]
        if home:
            best, best_key = home[0], key(home[0])
    if best.kind == "county":
        # "Leicester" is the city more than the unitary authority around it.
        city = [c for c in ranked if c.kind in ("city", "capital") and c.primary
                and (c.country2, c.admin1) == (best.country2, best.admin1)]  # fmt: skip
        if city:
            best, best_key = city[0], key(city[0])
    if best_key[0] == 2 and best_key[1] + ctx.near(best, skip) < MIN_SUPPORT_OVER_COUNTRY:
        # A lone mention of a town's state does not outweigh a country of the same name
        # ("Lebanon" in an article that names Ohio once); the state and a neighbouring
        # town do (Palestine beside Anderson County, Texas).
        country = next((c for c in ranked if c.kind in ("country", "disputed")), None)
        if country is not None:
            best, best_key = country, key(country)
    if best.feature_class == "P" and best.tier >= TIER_REGION and best_key[0] <= 1:
        # A big city abroad that nothing else supports yields to a namesake in a country
        # whose towns and states the article names: Alexandria, Virginia, in an article
        # about Old Town and Mount Vernon.
        foreign = best.code or ""
        # A name used as a municipality's ("Paris City Council asked the city manager")
        # needs less: one local name.
        need = 1 if skip in ctx.towns else MIN_LOCAL
        if not ctx.country_of(best, skip, firm=True) and not any(
            ctx.country(n, skip) for n in ctx.gaz.neighbours(foreign)
        ):
            # For a national capital, names found only where a place is unsure ("Home" in
            # "Home Office") do not count: they sent "Moscow, Paris and Washington" to America.
            unsure = ctx.weak if best.tier >= TIER_CAPITAL else frozenset()
            locals_ = {code: names - unsure - {skip} for code, names in ctx.local.items()}
            home = [c for c in ranked if c.primary and c.code != foreign
                    and len(locals_.get(c.code or "", set())) >= need]  # fmt: skip
            if home:
                best, best_key = home[0], key(home[0])
    if skip in ctx.towns and best.kind in ("country", "disputed") and len(skip) > 3:
        # (Not a country's short form: "a US citizen" is no citizen of Us, France.)
        # "Lebanon Police", "a Palestine man": a town of the country's name.
        town = [c for c in ranked if c.primary and c.kind in ("city", "capital")]
        if town:
            best, best_key = town[0], key(town[0])
    if (
        best.tier == TIER_CITY
        and not best.primary
        and best.population < MIN_WEAK_POPULATION
        and ctx.country(best.code, skip) == 0
    ):
        return None  # "Anbar" only as an alias of a small foreign town: more likely unknown
    return best
