"""``newsevents eval places``: LGL reading and the scoring arithmetic, on invented articles."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsevents.errors import InputError
from newsevents.evaluate.places import (
    evaluate_places,
    format_report,
    great_circle_km,
    places_cli_command,
    read_gold,
    read_lgl,
)
from newsevents.records import AnalyzedArticle, Article, Place

TEXT_A = "Flooding hit Springfield, Illinois and Paris on Monday."
TEXT_B = "Residents of Main Street met in Boston."
USA, FRANCE = 6252001, 3017382


def _toponym(text: str, phrase: str, gaz: str = "") -> str:
    start = text.index(phrase)
    return (
        f"<toponym><start>{start}</start><end>{start + len(phrase)}</end>"
        f"<phrase>{phrase}</phrase>{gaz}</toponym>"
    )


def _gaz(gid: int, fclass: str, fcode: str, lat: float, lon: float, country: int) -> str:
    return (
        f'<gaztag geonameid="{gid}"><name>x</name><fclass>{fclass}</fclass>'
        f"<fcode>{fcode}</fcode><lat>{lat}</lat><lon>{lon}</lon>"
        f'<country geonameid="{country}">c</country></gaztag>'
    )


@pytest.fixture()
def lgl(tmp_path: Path) -> Path:
    a = "".join([
        _toponym(TEXT_A, "Springfield", _gaz(4250542, "P", "PPLA", 39.80, -89.64, USA)),
        _toponym(TEXT_A, "Illinois", _gaz(4896861, "A", "ADM1", 40.0, -89.0, USA)),
        _toponym(TEXT_A, "Paris", _gaz(2988507, "P", "PPLC", 48.85, 2.35, FRANCE)),
    ])  # fmt: skip
    b = _toponym(TEXT_B, "Main Street") + _toponym(
        TEXT_B, "Boston", _gaz(4930956, "P", "PPLA", 42.36, -71.06, USA)
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<articles>'
        f'<article docid="a"><title>t</title><text><![CDATA[{TEXT_A}]]></text>'
        f"<toponyms>{a}</toponyms></article>"
        f'<article docid="b"><text><![CDATA[{TEXT_B}]]></text><toponyms>{b}</toponyms></article>'
        "</articles>"
    )
    path = tmp_path / "lgl.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def _place(text: str, phrase: str, gid: int | None, lat: float | None, lon: float | None,
           code: str | None, extra: int = 0) -> Place:  # fmt: skip
    start = text.index(phrase)
    end = start + len(phrase) + extra
    return Place(text[start:end], start, end, phrase, gid, lat, lon, code, "P")


PREDICTED = {
    "a": [
        _place(TEXT_A, "Springfield", 4250542, 39.80, -89.64, "USA"),  # right
        _place(TEXT_A, "Illinois", 9999, 40.0, -89.0, "USA"),  # wrong id, right spot
        _place(TEXT_A, "Paris", 4717560, 33.66, -95.56, "USA", extra=3),  # "Paris on": Texas
        _place(TEXT_A, "Monday", None, 1.0, 1.0, "XXX"),  # spurious
    ],
    "b": [_place(TEXT_B, "Boston", 4930956, None, None, "USA")],  # no coordinates
}


class FakePipeline:
    """Stands in for Pipeline: returns fixed places per article id."""

    def __init__(self, places: dict[str, list[Place]]) -> None:
        self.places = places

    def analyze(self, items: Iterable[Article | InputError]) -> Iterator[AnalyzedArticle]:
        for a in items:
            assert isinstance(a, Article)
            yield AnalyzedArticle(article=a, places=tuple(self.places[a.id]))


def test_read_lgl(lgl: Path) -> None:
    arts = read_lgl(lgl)
    assert [a.id for a in arts] == ["a", "b"]
    springfield, illinois, paris = arts[0].toponyms
    assert (springfield.text, springfield.geonameid, springfield.country) == (
        "Springfield",
        4250542,
        "USA",
    )
    assert illinois.feature_code == "ADM1" and paris.country == "FRA"
    street = arts[1].toponyms[0]
    assert street.text == "Main Street" and street.geonameid is None and street.lat is None
    assert len(read_lgl(lgl, limit=1)) == 1


def test_scores_by_hand(lgl: Path) -> None:
    r = evaluate_places(lgl, pipeline=FakePipeline(PREDICTED), progress=False)
    assert r.system == "pipeline"
    assert (r.articles, r.gold, r.predicted) == (2, 5, 5)
    # 4 of 5 predictions overlap a toponym ("Monday" does not); 4 of 5 toponyms are found.
    assert r.precision == pytest.approx(0.8) and r.recall == pytest.approx(0.8)
    assert r.f1 == pytest.approx(0.8)
    # Exact spans: Springfield, Illinois, Boston ("Paris on" is too long).
    assert r.exact_precision == pytest.approx(0.6) and r.exact_recall == pytest.approx(0.6)
    t = r.total
    assert (t.found, t.resolvable, t.within_161km, t.no_coordinates) == (4, 4, 2, 1)
    assert t.accuracy_161km == pytest.approx(0.5)
    assert t.id_accuracy == pytest.approx(0.5)  # Springfield, Boston
    assert t.id_or_161km == 3  # Springfield, Illinois (near), Boston (same id)
    assert t.country_accuracy == pytest.approx(0.75)  # Paris is not in the USA
    assert r.gold_resolvable == 4 and r.end_to_end_161km == pytest.approx(0.5)
    paris_texas = great_circle_km(48.85, 2.35, 33.66, -95.56)
    assert r.error_km_mean == pytest.approx(paris_texas / 3)
    assert r.error_km_median == pytest.approx(0.0)
    rows = {row.name: row for row in r.rows}
    assert (rows["populated place (P)"].gold, rows["populated place (P)"].within_161km) == (3, 1)
    assert rows["ADM1 (state, province)"].id_match == 0
    assert rows["unresolved in gold"].gold == 1 and rows["unresolved in gold"].found == 0
    d = r.to_dict()
    assert d["recognition"]["overlap"]["precision"] == pytest.approx(0.8)
    assert d["resolution"]["accuracy_161km"] == pytest.approx(0.5)
    json.dumps(d)
    table = format_report(r)
    assert "80.0%" in table and "all toponyms" in table


def test_limit_counts_first_articles_only(lgl: Path) -> None:
    r = evaluate_places(lgl, limit=1, pipeline=FakePipeline(PREDICTED), progress=False)
    assert (r.articles, r.gold, r.predicted, r.predicted_matching) == (1, 3, 4, 3)
    assert r.recall == pytest.approx(1.0) and r.precision == pytest.approx(0.75)


def test_great_circle_london_paris() -> None:
    assert great_circle_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)
    assert great_circle_km(10.0, 20.0, 10.0, 20.0) == 0.0


def test_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read LGL"):
        read_lgl(bad)
    with pytest.raises(InputError):
        read_lgl(tmp_path / "missing.xml")


def test_places_stage_and_cli(tmp_path: Path) -> None:
    text = "The delegation travelled from London to Paris last week."
    london = _gaz(2643743, "P", "PPLC", 51.50853, -0.12574, 2635167)
    paris = _gaz(2988507, "P", "PPLC", 48.85341, 2.3488, FRANCE)
    xml = (
        f'<articles><article docid="x"><text>{text}</text><toponyms>'
        f"{_toponym(text, 'London', london)}{_toponym(text, 'Paris', paris)}"
        "</toponyms></article></articles>"
    )
    path = tmp_path / "lgl.xml"
    path.write_text(xml, encoding="utf-8")
    r = evaluate_places(path, progress=False)
    assert r.system == "places stage" and r.gold == 2
    assert r.recall == 1.0 and r.total.accuracy_161km == 1.0 and r.total.country_accuracy == 1.0

    app = typer.Typer()
    app.command()(places_cli_command)
    res = CliRunner().invoke(app, [str(path), "--format", "lgl", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["gold"] == 2
    res = CliRunner().invoke(app, [str(path), "--format", "xyz"])
    assert res.exit_code != 0


GWN_TEXT = "Officials in Cardiff spoke French as Paris Hilton toured Llandudno and the Welsh coast."


def _brat(tmp_path: Path) -> Path:
    d = tmp_path / "gwn"
    d.mkdir()
    (d / "1.txt").write_text(GWN_TEXT, encoding="utf-8")

    def span(phrase: str) -> str:
        start = GWN_TEXT.index(phrase)
        return f"{start} {start + len(phrase)}"

    ann = [
        f"T1\tLiteral {span('Cardiff')}\tCardiff",
        "N1\tReference T1 GeoNames:2653822\tCardiff",
        f"T2\tLanguage {span('French')}\tFrench",
        f"T3\tHomonym {span('Paris')}\tParis",
        f"T4\tLiteral {span('Llandudno')}\tLlandudno",
        "#1\tAnnotatorNotes T4\t53.32, -3.83",
        f"T5\tDemonym {span('Welsh')}\tWelsh",
        "#2\tAnnotatorNotes T5\thttps://www.geonames.org/2634895",
    ]
    (d / "1.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    return d


def test_read_geowebnews_brat(tmp_path: Path) -> None:
    (art,) = read_gold(_brat(tmp_path), "gwn")
    # The language and the homonym are no toponyms.
    assert [(t.text, t.kind) for t in art.toponyms] == [
        ("Cardiff", "Literal"), ("Llandudno", "Literal"), ("Welsh", "Demonym"),
    ]  # fmt: skip
    cardiff, llandudno, wales = art.toponyms
    # An id alone takes coordinates, class and country from the gazetteer.
    assert cardiff.geonameid == 2653822 and cardiff.country == "GBR"
    assert cardiff.lat == pytest.approx(51.48, abs=0.05) and cardiff.feature_class == "P"
    assert (llandudno.geonameid, llandudno.lat, llandudno.lon) == (None, 53.32, -3.83)
    assert wales.geonameid == 2634895 and wales.country == "GBR"


def test_geowebnews_report_has_a_row_per_type(tmp_path: Path) -> None:
    r = evaluate_places(_brat(tmp_path), fmt="gwn", progress=False)
    rows = {row.name: row for row in r.rows}
    assert rows["type Literal"].gold == 2 and rows["type Literal"].found == 2
    assert rows["type Literal"].within_161km == 2
    assert rows["type Demonym"].gold == 1


def test_brat_without_text_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.ann").write_text("T1\tLiteral 0 4\tRome\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.ann"):
        read_gold(tmp_path, "gwn")
    (tmp_path / "a.txt").write_text("Ro", encoding="utf-8")
    with pytest.raises(InputError, match="outside the text"):
        read_gold(tmp_path, "gwn")


def test_trnews_variant_xml(tmp_path: Path) -> None:
    # Converted copies put the fields under <toponym> and the country as an ISO code; a
    # phrase that the offsets miss by a few characters is found nearby.
    text = "Talks in Nairobi ended. Kenya said more talks would follow."
    start = text.index("Nairobi") + 2
    xml = (
        f"<articles><article><text>{text}</text><toponyms>"
        f'<toponym start="{start}" end="{start + 7}"><phrase>Nairobi</phrase>'
        "<geonameid>184745</geonameid><latitude>-1.28</latitude><longitude>36.82</longitude>"
        "<country>KE</country></toponym>"
        f"<toponym><start>{text.index('Kenya')}</start><end>{text.index('Kenya') + 5}</end>"
        "<geonameid>192950</geonameid></toponym>"
        "</toponyms></article></articles>"
    )
    path = tmp_path / "tr.xml"
    path.write_text(xml, encoding="utf-8")
    nairobi, kenya = read_gold(path, "trnews")[0].toponyms
    assert (nairobi.text, nairobi.lat, nairobi.country) == ("Nairobi", -1.28, "KEN")
    assert kenya.country == "KEN" and kenya.feature_code == "PCLI" and kenya.lat is not None
    with pytest.raises(InputError, match="TR-News"):
        (tmp_path / "bad.xml").write_text("<root/>", encoding="utf-8")
        read_gold(tmp_path / "bad.xml", "trnews")
