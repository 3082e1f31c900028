"""Spelling-tolerant fallback for romanised Arabic and Persian place names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.resolve.gazetteer import (
    Gazetteer,
    MemoryCities,
    _city_rows,
    loose_key,
    name_key,
)


def _city(gid: int, name: str, cc: str, alternates: list[str], pop: int = 0) -> dict:
    return {
        "geonameid": gid, "name": name, "latitude": 35.0, "longitude": 40.0,
        "countrycode": cc, "population": pop, "admin1code": "01", "alternatenames": alternates,
    }  # fmt: skip


CITIES = {
    "1": _city(1, "Al Ḩawījah", "IQ", ["Al Hawijah"]),
    "2": _city(2, "Dayr Qamar", "SY", ["Deir Qamar", "Dayr al Qamar"], 5000),
    "3": _city(3, "Hawijah", "GB", ["Hawijah"]),  # not of a loose country: exact names only
}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hawija", "Al Hawijah"),  # article, final h
        ("Deir Qammar", "Deir Qamar"),  # doubled letter
        ("Baghouz", "Baghuz"),  # ou
        ("Deir Ezzor", "Deir ez-Zor"),  # spacing of an assimilated article
    ],
)
def test_loose_key_merges_romanisations(a: str, b: str) -> None:
    assert loose_key(name_key(a)) == loose_key(name_key(b))


def test_loose_key_keeps_distinct_names_apart() -> None:
    assert loose_key(name_key("Homs")) != loose_key(name_key("Hama"))
    # A lone "Al" is a name, not an article to drop.
    assert loose_key(name_key("Al")) == "al"


@pytest.fixture(params=["sqlite", "memory"])
def gaz(request: pytest.FixtureRequest, tmp_path: Path) -> Gazetteer:
    if request.param == "memory":
        return Gazetteer(MemoryCities(_city_rows(CITIES)))
    src = tmp_path / "tiny.json"
    src.write_text(json.dumps(CITIES), encoding="utf-8")
    return Gazetteer.from_source(src, directory=tmp_path / "cache")


def test_unlisted_romanisation_finds_the_city_as_an_alias(gaz: Gazetteer) -> None:
    (hit,) = [c for c in gaz.candidates("Hawija") if c.code == "IRQ"]
    assert hit.geonameid == 1 and not hit.primary
    assert [c.geonameid for c in gaz.candidates("Deir Qammar")] == [2]


def test_exact_names_win_and_other_countries_stay_exact(gaz: Gazetteer) -> None:
    # "Hawijah" is the exact name of the British entry; the fallback is not consulted.
    assert [c.code for c in gaz.candidates("Hawijah")] == ["GBR"]
    # The British entry has no loose form: a misspelling finds only the Iraqi town.
    assert [c.geonameid for c in gaz.candidates("Hawijja")] == [1]


def test_short_names_get_no_fallback(gaz: Gazetteer) -> None:
    assert gaz.candidates("Haw") == []
