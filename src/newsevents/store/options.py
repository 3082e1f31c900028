"""The choices a store query, series or export takes.

Kept free of DuckDB so that the command line can offer them without loading the
database engine at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class Unit(StrEnum):
    events = "events"
    mentions = "mentions"
    one_a_day = "one-a-day"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Level(StrEnum):
    #: the code alone (``RUS``); a disputed entity's authorities are their own side,
    #: named by entity: ``GEO PRE south-ossetia``
    country = "country"
    #: the code with every sector: ``RUS GOV``, ``GEO GOV PRE south-ossetia``
    sector = "sector"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"
    gdelt = "gdelt"
