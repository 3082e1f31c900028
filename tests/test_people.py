"""People and groups: the Phoenix dictionary converter and the packaged index."""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsevents.resolve.people import (
    Office,
    PeopleIndex,
    PersonEntry,
    merge_people,
    name_key,
    parse_people,
)

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_people_kb.py"

# Invented actors in the Phoenix/PETRARCH dictionary format, with its quirks: a country line,
# a section header, "# CountryInfo.txt" notes, YYMMDD and YYYYMMDD dates, an undated fallback
# code, a duplicate entry, inline codes after a tab, a nickname in quotes, a bare agent code,
# a parenthesised acronym, a region code, a malformed date, a generic title.
TINY = """\
# Invented actors for a converter test
#
GEORGIA_  [GEO]
+TBILISI_

# Presidents
NIKO_BERIDZE_  # CountryInfo.txt
+PRESIDENT_NIKO_BERIDZE_
+BERIDZE
\t[GEOELI 600101-040125]
\t[GEOGOV 040125-131117]
\t[GEOELI]
ANNA_VON_KLEIN_
+DR._ANNA_VON_KLEIN
\t[USAGOVHLH 20090120-20130120] # Health Secretary
\t[USAELI >130121]
ANNA_VON_KLEIN_
\t[USAGOVHLH 20090120-20130120]
\t[USAMED <19990101]

TAMAR_"TAKO"_LOMIDZE_\t[IGOUNO 070101-111231] [ELI]# IGOrulers.txt

MOUNTAIN_LIBERATION_FRONT_(MLF)_ [GEOREB] # abc 21 Mar 13
+MOUNTAIN_FRONT_
MOUNTAIN_LIBERATION_FRONT_ [GEOREB]
+MLF_FIGHTERS_
GLOBAL_JIHAD_NETWORK_ [IMGMUSGJN]
WORLD_HEALTH_BODY_\t[IGOUNOHLH]# NGO_Actors
SOVIET_MOUNTAIN_GUARD_ [SUNMIL]
GEORGIAN_PRESIDENT_ [GEOGOV]
NOWHERE_REBELS_ [AFRREB]
ZURAB_TESTER_  [RUSGOV 2004017-20061201]
"""

PEOPLE_ROWS = [
    "id\tname\taliases\tcode\tsector\tstart\tend\toffice\tcameo",
    "niko-beridze\tNiko Beridze\tPresident Niko Beridze;Beridze\tGEO\tELI\t1960-01-01\t"
    "2004-01-25\t\tGEOELI",
    "niko-beridze\tNiko Beridze\tPresident Niko Beridze;Beridze\tGEO\tGOV\t2004-01-25\t"
    "2013-11-17\tPresident\tGEOGOV",
    "niko-beridze\tNiko Beridze\tPresident Niko Beridze;Beridze\tGEO\tELI\t\t\t\tGEOELI",
    "anna-von-klein\tAnna von Klein\tDr. Anna von Klein\tUSA\tGOV\t2009-01-20\t2013-01-20\t"
    "Health Secretary\tUSAGOVHLH",
    "anna-von-klein\tAnna von Klein\tDr. Anna von Klein\tUSA\tELI\t2013-01-21\t\t\tUSAELI",
    "anna-von-klein\tAnna von Klein\tDr. Anna von Klein\tUSA\tJRN\t\t1999-01-01\t\tUSAMED",
    "tamar-lomidze\tTamar Lomidze\tTako Lomidze\tUNO\t\t2007-01-01\t2011-12-31\t\tIGOUNO",
    "tamar-lomidze\tTamar Lomidze\tTako Lomidze\tUNO\tELI\t\t\t\tELI",
]
GROUP_ROWS = [
    "id\tname\taliases\tkind\tcode\tsector\tcameo",
    "mountain-liberation-front\tMountain Liberation Front\tMountain Front;MLF Fighters;MLF\t"
    "armed\tGEO\tREB\tGEOREB",
    "global-jihad-network\tGlobal Jihad Network\t\tarmed\tIMG\tREB\tIMGMUSGJN",
    "world-health-body\tWorld Health Body\t\tigo\tUNO\tMED\tIGOUNOHLH",
    "soviet-mountain-guard\tSoviet Mountain Guard\t\torganisation\tRUS\tMIL\tSUNMIL",
]


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_people_kb", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_people_kb"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def index() -> PeopleIndex:
    return PeopleIndex.default()


def _on(person: PersonEntry, when: date | None) -> Office:
    office = person.office_on(when)
    assert office is not None
    return office


# --- converter --------------------------------------------------------------------------------


def test_converter_rows_exactly(builder: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "tiny.actors.txt").write_text(TINY, encoding="utf-8")
    facts = builder.KBFacts(
        countries=frozenset({"GEO", "USA", "RUS"}),
        acronyms=frozenset({"US"}),
        places=frozenset({"georgia", "georgian"}),
    )
    stats = builder.build(tmp_path, tmp_path, facts, files=["tiny.actors.txt"])
    assert (tmp_path / "people.tsv").read_text(encoding="utf-8").splitlines() == PEOPLE_ROWS
    assert (tmp_path / "groups.tsv").read_text(encoding="utf-8").splitlines() == GROUP_ROWS
    assert stats.entries == {
        "total": 13,
        "person": 3,
        "person duplicate merged": 1,
        "person without convertible role": 1,  # ZURAB_TESTER_: malformed date
        "group": 4,
        "group duplicate merged": 1,
        "country or place (skipped)": 1,  # GEORGIA_
        "generic title (skipped)": 1,  # GEORGIAN_PRESIDENT_
        "group without convertible code": 1,  # NOWHERE_REBELS_: a region code
    }
    assert stats.codes == {"converted": 15, "bad date": 1, "no country": 1}


def test_converter_reads_the_built_index(builder: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "tiny.actors.txt").write_text(TINY, encoding="utf-8")
    facts = builder.KBFacts(frozenset({"GEO", "USA", "RUS"}), frozenset(), frozenset())
    builder.build(tmp_path, tmp_path, facts, files=["tiny.actors.txt"])
    small = PeopleIndex.from_dir(tmp_path)
    (beridze,) = small.lookup("president niko beridze")
    assert beridze.office_on(date(2010, 5, 1)) == Office(
        "GEO", ("GOV",), date(2004, 1, 25), date(2013, 11, 17), "President", "GEOGOV"
    )
    # boundary day: the office held wins over the ELI period ending that day
    assert _on(beridze, date(2004, 1, 25)).sector == ("GOV",)
    assert _on(beridze, date(2015, 1, 1)).sector == ("ELI",)  # the undated fallback
    assert _on(beridze, None).sector == ("ELI",)
    (klein,) = small.lookup("Anna von Klein")
    assert _on(klein, date(1990, 1, 1)).sector == ("JRN",)  # "<19990101"
    assert klein.office_on(date(2005, 1, 1)) is None  # no role then, no fallback
    assert _on(klein, None).start == date(2013, 1, 21)
    assert [g.id for g in small.groups("mlf")] == ["mountain-liberation-front"]


@pytest.mark.parametrize(
    ("restriction", "expected"),
    [
        ("", (None, None)),
        (">080508", (date(2008, 5, 8), None)),
        ("<19990101", (None, date(1999, 1, 1))),
        ("700101-990809", (date(1970, 1, 1), date(1999, 8, 9))),
        ("19120101-300801", (date(1912, 1, 1), date(2030, 8, 1))),  # 00-30: 20YY
        ("20090120-20170120", (date(2009, 1, 20), date(2017, 1, 20))),
    ],
)
def test_date_restrictions(builder: ModuleType, restriction: str, expected: tuple) -> None:
    assert builder.parse_restriction(restriction) == expected


@pytest.mark.parametrize("bad", ["2004017-20061201", "990101", "20100101-20090101", "1234"])
def test_bad_date_restrictions(builder: ModuleType, bad: str) -> None:
    with pytest.raises(ValueError):
        builder.parse_restriction(bad)


@pytest.mark.parametrize(
    ("cameo", "inherited", "code", "sector"),
    [
        ("RUSGOV", "", "RUS", ("GOV",)),
        ("USAGOVHLH", "", "USA", ("GOV",)),  # a portfolio, not a second sector
        ("IRNGOVLEG", "", "IRN", ("LEG",)),  # CAMEO legislators
        ("GBRMED", "", "GBR", ("JRN",)),  # CAMEO MED is media
        ("NGOHLH", "", "NGO", ("MED",)),  # CAMEO HLH is health
        ("PSEREBHMS", "", "PSE", ("REB",)),
        ("TURINS", "", "TUR", ("REB",)),
        ("IMGMUSALQ", "", "IMG", ("REB",)),
        ("IGOUNOJUDICJ", "", "UNO", ("JUD",)),
        ("IGOEUREEC", "", "EUR", ()),
        ("IGOWSTNAT", "", "IGO", ()),
        ("MNCUSAMED", "", "MNC", ("JRN",)),
        ("TMPGOV", "", "TLS", ("GOV",)),
        ("KSVGOV", "", "KOS", ("GOV",)),
        ("ELI", "UNO", "UNO", ("ELI",)),
        ("INTREB", "", "IMG", ("REB",)),
    ],
)
def test_convert_code(
    builder: ModuleType, cameo: str, inherited: str, code: str, sector: tuple[str, ...]
) -> None:
    countries = frozenset({"RUS", "USA", "IRN", "GBR", "PSE", "TUR", "TLS", "KOS"})
    converted = builder.convert_code(cameo, countries, inherited)
    assert (converted.code, converted.sector) == (code, sector)


@pytest.mark.parametrize("cameo", ["AFRREB", "WEUREB", "KNTGOV", "ELI", "MED"])
def test_convert_code_without_country(builder: ModuleType, cameo: str) -> None:
    assert builder.convert_code(cameo, frozenset({"USA"})) is None


@pytest.mark.parametrize(
    ("raw", "organisation", "expected"),
    [
        ("VLADIMIR PUTIN", False, "Vladimir Putin"),
        ("GEORGE W. BUSH", False, "George W. Bush"),
        ("RICHARD VON WEIZSACKER", False, "Richard von Weizsacker"),
        ("JOHN MCCAIN", False, "John McCain"),
        ("ELIZABETH II", False, "Elizabeth II"),
        ("CONOR O'BRIEN", False, "Conor O'Brien"),
        ("ABDUL MAJID AL QA'UD", False, "Abdul Majid al Qa'ud"),
        ("IZZ AD-DIN AL-QASSAM", False, "Izz Ad-Din al-Qassam"),
        ("APO'S REVENGE HAWKS", True, "Apo's Revenge Hawks"),
        ("DGSE", True, "DGSE"),
        ("THE ISLAMIC STATE", True, "the Islamic State"),
        ("PARTY OF GOD", True, "Party of God"),
    ],
)
def test_nice_case(builder: ModuleType, raw: str, organisation: bool, expected: str) -> None:
    assert builder.nice_case(raw, organisation=organisation) == expected


def _row(builder: ModuleType, name: str, code: str) -> Any:
    return builder.PersonRow("x", name, (), code, ("GOV",), None, None, "", code + "GOV")


def test_fix_code_moves_mauritanians_and_guinea_bissau_people(builder: ModuleType) -> None:
    # the dictionaries file Mauritanian leaders under Mauritius and some Guinea-Bissau
    # ones under Guinea; everyone else keeps the dictionary's code
    moved = builder.fix_code(_row(builder, "Ahmed Ould Example", "MUS"))
    assert (moved.code, moved.cameo) == ("MRT", "MRTGOV")
    assert builder.fix_code(_row(builder, "Jose Mario Vaz", "GIN")).code == "GNB"
    assert builder.fix_code(_row(builder, "Navin Example", "MUS")).code == "MUS"
    assert builder.fix_code(_row(builder, "Alpha Example", "GIN")).code == "GIN"


def test_fixed_codes_merge_with_recent_offices(index: PeopleIndex) -> None:
    (aziz,) = index.lookup("Mohamed Ould Abdel Aziz")
    assert _on(aziz, date(2016, 1, 1)).code == "MRT"
    (vaz,) = index.lookup("Jose Mario Vaz")
    assert (_on(vaz, date(2016, 1, 1)).code, _on(vaz, date(2016, 1, 1)).office) == (
        "GNB",
        "President",
    )


# --- loader on synthetic rows -----------------------------------------------------------------


def _person(*offices: Office) -> PersonEntry:
    return PersonEntry("x", "X", (), offices)


def test_office_on_prefers_office_over_overlapping_eli() -> None:
    eli = Office("USA", ("ELI",), date(1973, 1, 1), date(2006, 6, 9), None)
    gov = Office("USA", ("GOV",), date(1973, 9, 22), date(1977, 1, 20), "Secretary of State")
    person = _person(eli, gov)
    assert person.office_on(date(1975, 1, 1)) is gov
    assert person.office_on(date(1980, 1, 1)) is eli
    assert person.office_on(None) is eli  # no open role and no fallback: the last to end


def test_office_on_later_appointment_wins() -> None:
    first = Office("RUS", ("GOV",), date(1999, 8, 9), date(2000, 5, 7), None)
    second = Office("RUS", ("GOV",), date(1999, 12, 31), date(2008, 5, 7), None)
    assert _person(first, second).office_on(date(2000, 1, 1)) is second


def test_lookup_normalises_names() -> None:
    person = PersonEntry("recep-tayyip-erdogan", "Recep Tayyip Erdogan", ("Erdogan",), ())
    index = PeopleIndex([person])
    assert index.lookup("Recep Tayyip Erdoğan") == [person]
    assert index.lookup("ERDOĞAN") == [person]
    assert index.lookup("Recep-Tayyip Erdogan") == [person]
    assert index.lookup("Erdo") == []
    assert name_key("The U.S. President") == "us president"


def test_by_surname_ranks_and_filters() -> None:
    known = PersonEntry(
        "a", "Ann Smith", ("Smith", "A. Smith"), (Office("GBR", ("GOV",), None, None, None),)
    )
    other = PersonEntry("b", "Bob Smith", (), (Office("USA", ("GOV",), None, None, None),))
    index = PeopleIndex([other, known])
    assert [p.id for p in index.by_surname("smith")] == ["a", "b"]
    assert [p.id for p in index.by_surname("Smith", code="USA")] == ["b"]
    assert index.by_surname("Jones") == []


def test_similar_surnames_allow_one_edit_on_long_names_only() -> None:
    long = PersonEntry("k", "Kemal Ozturkmen", (), (Office("TUR", ("GOV",), None, None, None),))
    short = PersonEntry("s", "Ann Smith", (), (Office("GBR", ("GOV",), None, None, None),))
    index = PeopleIndex([long, short])
    assert [p.id for p in index.similar_surnames("Ozturkman")] == ["k"]  # changed
    assert [p.id for p in index.similar_surnames("Ozturkemen")] == ["k"]  # added
    assert [p.id for p in index.similar_surnames("Oztrkmen")] == ["k"]  # dropped
    assert index.similar_surnames("Ozturkmen") == []  # the same name is no misspelling
    assert index.similar_surnames("Ozturkmann") == []  # two edits
    assert index.similar_surnames("Smythe") == []  # two edits
    assert index.similar_surnames("Smit") == []  # too short to guess


# --- packaged data ----------------------------------------------------------------------------


def test_default_is_cached_and_loads_fast() -> None:
    from newsevents.resolve import people

    people._default_index.cache_clear()
    start = time.perf_counter()
    first = PeopleIndex.default()
    elapsed = time.perf_counter() - start
    assert PeopleIndex.default() is first
    assert len(first) > 15000 and len(first.all_groups) > 5000
    assert elapsed < 2.0  # about 0.3 s on the development machine


def test_putin(index: PeopleIndex) -> None:
    (putin,) = index.lookup("Vladimir Putin")
    assert index.lookup("PRESIDENT PUTIN") == [putin]
    office = _on(putin, date(2017, 11, 14))
    assert (office.code, office.sector) == ("RUS", ("GOV",))
    assert _on(putin, date(1995, 1, 1)).sector == ("ELI",)
    assert index.by_surname("Putin")[0] is putin


def test_us_president_after_leaving_office(index: PeopleIndex) -> None:
    (bush,) = index.lookup("George W. Bush")
    in_office = _on(bush, date(2005, 6, 1))
    assert (in_office.code, in_office.sector, in_office.office) == (
        "USA",
        ("GOV",),
        "U.S. President",
    )
    after = _on(bush, date(2012, 6, 1))
    assert (after.code, after.sector) == ("USA", ("ELI",))
    (reagan,) = index.lookup("Ronald Reagan")
    assert _on(reagan, date(1995, 1, 1)).sector == ("ELI",)


def test_un_secretary_general_merged_across_files(index: PeopleIndex) -> None:
    (ban,) = index.lookup("Ban Ki-moon")
    assert _on(ban, date(2010, 1, 1)).code == "UNO"
    assert _on(ban, date(2005, 1, 1)).code == "KOR"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Hamas", "PSE"),
        ("Taliban", "AFG"),
        ("Islamic State", "IMG"),
        ("ISIS", "IMG"),
        ("Hezbollah", "LBN"),
        ("Boko Haram", "NGA"),
        ("FARC", "COL"),
    ],
)
def test_armed_groups(index: PeopleIndex, name: str, code: str) -> None:
    found = index.groups(name)
    assert found, name
    assert (found[0].code, found[0].sector, found[0].kind) == (code, ("REB",), "armed")


def test_sectors_are_plover_codes(index: PeopleIndex) -> None:
    from importlib import resources

    table = resources.files("newsevents") / "data" / "kb" / "sectors.tsv"
    valid = {line.split("\t")[0] for line in table.read_text(encoding="utf-8").splitlines()[1:]}
    used = {s for p in index.people for o in p.offices for s in o.sector}
    used |= {s for g in index.all_groups for s in g.sector}
    assert used <= valid
    countries = resources.files("newsevents") / "data" / "kb" / "countries.tsv"
    codes = {line.split("\t")[0] for line in countries.read_text(encoding="utf-8").splitlines()[1:]}
    codes |= {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"}
    assert {o.code for p in index.people for o in p.offices} <= codes
    assert {g.code for g in index.all_groups} <= codes


# --- people_recent.tsv and the merge ---------------------------------------------------------

HEADER = "id\tname\taliases\tcode\tsector\tstart\tend\toffice\tcameo"
# An invented dictionary: an office left open in 2015, an undated GOV fallback, a duplicate
# entry under another spelling, and a namesake in another country.
BASE_ROWS = [
    HEADER,
    "tamar-lomidze\tTamar Lomidze\tLomidze\tGEO\tELI\t1980-01-01\t2004-01-01\t\tGEOELI",
    "tamar-lomidze\tTamar Lomidze\tLomidze\tGEO\tGOV\t2004-01-01\t2006-12-31\t\tGEOGOV",
    "tamar-lomidze\tTamar Lomidze\tLomidze\tGEO\tGOV\t2012-05-01\t\tPrime Minister\tGEOGOV",
    "tamar-lomidze\tTamar Lomidze\tLomidze\tGEO\tGOV\t2014-01-01\t\t\tGEOGOV",
    "tamar-lomidze\tTamar Lomidze\tLomidze\tGEO\tGOV\t\t\t\tGEOGOV",
    "tamar-lomidse\tTamar Lomidse\t\tGEO\tGOV\t2012-06-01\t\t\tGEOGOV",
    "tamar-lomidze-2\tTamar Lomidze\t\tARM\tGOV\t2010-01-01\t\t\tARMGOV",
]
RECENT_ROWS = [
    HEADER,
    "tamar-lomidze\tTamar Lomidze\tTamar Lomidse;Lomidse\tGEO\tGOV\t2012-05-01\t2016-05-01\t"
    "Prime Minister\tGEOGOV",
    "tamar-lomidze\tTamar Lomidze\tTamar Lomidse;Lomidse\tGEO\tGOV\t2020-02-01\t\tPresident\t"
    "GEOGOV",
    "tamar-lomidze\tTamar Lomidze\tTamar Lomidse;Lomidse\tGEO\tELI\t\t\t\tGEOELI",
    "nino-beridze\tNino Beridze\t\tGEO\tGOV\t2018-01-01\t\tForeign Minister\tGEOGOV",
]


def test_merge_people_replaces_rows_from_the_first_recent_start() -> None:
    index = PeopleIndex.from_texts("\n".join(BASE_ROWS), recent="\n".join(RECENT_ROWS))
    assert [p.id for p in index.people] == ["tamar-lomidze", "tamar-lomidze-2", "nino-beridze"]
    lomidze = index.get("tamar-lomidze")
    assert lomidze is not None
    assert lomidze.offices == (
        Office("GEO", ("ELI",), date(1980, 1, 1), date(2004, 1, 1), None, "GEOELI"),
        Office("GEO", ("GOV",), date(2004, 1, 1), date(2006, 12, 31), None, "GEOGOV"),
        Office("GEO", ("GOV",), date(2012, 5, 1), date(2016, 5, 1), "Prime Minister", "GEOGOV"),
        Office("GEO", ("GOV",), date(2020, 2, 1), None, "President", "GEOGOV"),
        Office("GEO", ("ELI",), None, None, None, "GEOELI"),
    )
    # the duplicate spelling is folded in, its names kept; the namesake in Armenia is not
    assert lomidze.aliases == ("Lomidze", "Tamar Lomidse", "Lomidse")
    assert [p.id for p in index.lookup("Tamar Lomidse")] == ["tamar-lomidze"]
    assert [p.id for p in index.lookup("Tamar Lomidze")] == ["tamar-lomidze", "tamar-lomidze-2"]
    assert _on(lomidze, date(2018, 1, 1)).sector == ("ELI",)  # between the offices
    assert _on(lomidze, date(2005, 1, 1)).sector == ("GOV",)  # the dictionary's, kept
    assert _on(lomidze, date(2021, 1, 1)).office == "President"


def test_merge_people_clips_an_open_office_before_the_recent_start() -> None:
    base = [
        PersonEntry("a", "Ann Smith", (), (Office("USA", ("GOV",), date(2009, 1, 1), None, None),))
    ]
    recent = [
        PersonEntry(
            "x", "Ann Smith", (), (Office("USA", ("GOV",), date(2013, 1, 1), None, "Envoy"),)
        )
    ]
    (merged,) = merge_people(base, recent)
    assert merged.id == "a"
    assert merged.offices[0].end == date(2012, 12, 31)
    assert (
        merge_people(
            base, [PersonEntry("y", "Ann Smith", (), (Office("FRA", ("GOV",), None, None, None),))]
        )[1].id
        == "y"
    )


def test_from_dir_reads_people_recent(tmp_path: Path) -> None:
    (tmp_path / "people.tsv").write_text("\n".join(BASE_ROWS) + "\n", encoding="utf-8")
    assert len(PeopleIndex.from_dir(tmp_path)) == 3
    (tmp_path / "people_recent.tsv").write_text("\n".join(RECENT_ROWS) + "\n", encoding="utf-8")
    assert len(PeopleIndex.from_dir(tmp_path)) == 3  # one folded, one added


@pytest.mark.parametrize(
    ("name", "when", "code", "sector", "office"),
    [
        ("Donald Trump", date(2019, 6, 1), "USA", ("GOV",), "President"),
        ("Donald J. Trump", date(2023, 1, 1), "USA", ("ELI",), None),  # between his terms
        ("Trump", date(2025, 6, 1), "USA", ("GOV",), "President"),
        ("Volodymyr Zelensky", date(2023, 1, 1), "UKR", ("GOV",), "President"),
        ("Zelenskyy", date(2023, 1, 1), "UKR", ("GOV",), "President"),
        ("Sergei Lavrov", date(2024, 1, 1), "RUS", ("GOV",), "Foreign Minister"),
        ("Wang Yi", date(2020, 3, 1), "CHN", ("GOV",), "Foreign Minister"),
        (
            "Wang Yi",
            date(2023, 3, 1),
            "CHN",
            ("GOV",),
            "Director of the Central Foreign Affairs Commission Office",
        ),
        ("Wang Yi", date(2024, 3, 1), "CHN", ("GOV",), "Foreign Minister"),
        ("Qin Gang", date(2023, 3, 1), "CHN", ("GOV",), "Foreign Minister"),
        ("Antony Blinken", date(2022, 1, 1), "USA", ("GOV",), "Secretary of State"),
        ("Sergei Shoigu", date(2022, 3, 1), "RUS", ("GOV", "MIL"), "Defence Minister"),
        ("Hakan Fidan", date(2024, 1, 1), "TUR", ("GOV",), "Foreign Minister"),
        ("Barack Obama", date(2020, 1, 1), "USA", ("ELI",), None),  # the open 2009 row closed
        ("Joe Biden", date(2015, 1, 1), "USA", ("GOV",), "Vice President"),
        ("Bashar al-Assad", date(2025, 3, 1), "SYR", ("ELI",), None),  # undated GOV replaced
        ("Recep Tayyip Erdoğan", date(2016, 1, 1), "TUR", ("GOV",), "President"),
        ("Antonio Guterres", date(2020, 1, 1), "UNO", (), "Secretary-General"),
        ("Yahya Sinwar", date(2020, 1, 1), "PSE", ("REB",), "Hamas leader in Gaza"),
    ],
)
def test_recent_office_holders(
    index: PeopleIndex,
    name: str,
    when: date,
    code: str,
    sector: tuple[str, ...],
    office: str | None,
) -> None:
    found = index.lookup(name)
    assert found, name
    held = _on(found[0], when)
    assert (held.code, held.sector, held.office) == (code, sector, office)


def test_recent_people_by_surname_and_merged(index: PeopleIndex) -> None:
    (trump,) = index.lookup("Donald Trump")
    assert index.by_surname("Trump")[0] is trump
    assert index.by_surname("Trump", code="USA")[0] is trump
    assert index.by_surname("Zelensky")[0].id == "volodymyr-zelensky"
    (putin,) = index.lookup("Vladimir Putin")  # one entry, the dictionary's id and names
    assert putin.id == "vladimir-putin" and "President Putin" in putin.aliases
    assert _on(putin, date(2010, 1, 1)).office == "Prime Minister"
    (kiir,) = index.lookup("Salva Kiir")  # two dictionary entries folded into one
    assert _on(kiir, date(2008, 1, 1)).code == "SDN" and _on(kiir, date(2015, 1, 1)).code == "SSD"


def test_people_recent_file_is_well_formed() -> None:
    from importlib import resources

    text = (resources.files("newsevents") / "data" / "kb" / "people_recent.tsv").read_text(
        encoding="utf-8"
    )
    recent = parse_people(text, "people_recent.tsv")
    assert len(recent) > 300
    assert len({p.id for p in recent}) == len(recent)  # a person's rows are consecutive
    for person in recent:
        assert [o for o in person.offices if not o.dated], person.id  # the fallback row
        for office in person.offices:
            if office.dated:
                assert office.start is not None, person.id
                assert office.end is None or office.start <= office.end, person.id
                assert office.end is None or office.end <= date(2026, 12, 31), person.id
    index = PeopleIndex.default()
    assert len({p.id for p in index.people}) == len(index.people)


def test_hand_written_groups_win_over_converted_ones() -> None:
    from newsevents.resolve.people import PeopleIndex

    header = "id\tname\taliases\tkind\tcode\tsector\tcameo\n"
    converted = header + "old-front\tRed Front\tRF\tarmed\tIMG\tREB\tIMGREB\n"
    recent = header + "red-front\tRed Front\tRedF\tarmed\tPER\tREB\t\n"
    people = "id\tname\taliases\tcode\tsector\tstart\tend\toffice\tcameo\n"
    index = PeopleIndex.from_texts(people, converted, "", recent)
    assert [g.code for g in index.groups("Red Front")] == ["PER", "IMG"]
    assert index.groups("RF")[0].code == "IMG"
    assert PeopleIndex.default().groups("Revolutionary United Front")[0].code == "SLE"


def test_name_key_folds_letters_unicode_does_not_decompose() -> None:
    assert name_key("Milo Đukanović") == "milo dukanovic"
    assert name_key("Kemal Kılıçdaroğlu") == "kemal kilicdaroglu"
    assert name_key("Lech Wałęsa") == "lech walesa"
    assert name_key("Ørsted") == "orsted"


@pytest.mark.parametrize(
    ("name", "when", "code", "sector"),
    [
        ("Ramzan Kadyrov", date(2019, 3, 1), "RUS", "GOV"),
        ("Sheikh Hasina", date(2019, 3, 1), "BGD", "GOV"),
        ("Sheikh Hasina", date(2024, 9, 1), "BGD", "ELI"),
        ("Isaias Afwerki", date(2019, 3, 1), "ERI", "GOV"),
        ("Milo Djukanovic", date(2019, 3, 1), "MNE", "GOV"),
        ("Leo Varadkar", date(2021, 3, 1), "IRL", "GOV"),
        ("Emily Thornberry", date(2019, 3, 1), "GBR", "OPP"),
    ],
)
def test_packaged_recent_people(name: str, when: date, code: str, sector: str) -> None:
    found = PeopleIndex.default().lookup(name)
    assert found, name
    office = found[0].office_on(when)
    assert office is not None and office.code == code and office.sector[0] == sector


def test_group_governs_in_its_terms() -> None:
    from datetime import date

    from newsevents.resolve.people import PeopleIndex, group_sector

    taliban = PeopleIndex.default().groups("Taliban")[0]
    assert group_sector(taliban, date(2019, 1, 1)) == ("REB",)
    assert group_sector(taliban, date(2023, 1, 1)) == ("GOV",)
    assert group_sector(taliban, None) == ("REB",)


def test_recent_office_holders_and_term_ends() -> None:
    from datetime import date

    from newsevents.resolve.people import PeopleIndex

    index = PeopleIndex.default()
    ishiba = index.lookup("Shigeru Ishiba")[0]
    assert ishiba.office_on(date(2025, 3, 1)).sector == ("GOV",)  # type: ignore[union-attr]
    assert ishiba.office_on(date(2025, 12, 1)).sector == ("ELI",)  # type: ignore[union-attr]
    yunus = index.lookup("Muhammad Yunus")[0]
    assert yunus.office_on(date(2024, 10, 1)).code == "BGD"  # type: ignore[union-attr]
    oppo = index.lookup("Benjamin Netanyahu")[0].office_on(date(2022, 1, 1))
    assert oppo is not None and oppo.sector == ("OPP",)


@pytest.mark.parametrize(
    ("name", "day", "code", "sector"),
    [
        ("Petr Fiala", date(2023, 6, 1), "CZE", ("GOV",)),
        ("Petr Fiala", date(2026, 2, 1), "CZE", ("ELI",)),
        ("Andrej Babis", date(2026, 2, 1), "CZE", ("GOV",)),
        ("Krisjanis Karins", date(2020, 6, 1), "LVA", ("GOV",)),
        ("Mariusz Blaszczak", date(2021, 6, 1), "POL", ("GOV", "MIL")),
        # the base dictionary's open-ended office ends where the recent rows begin
        ("Luc Frieden", date(2018, 6, 1), "LUX", ("ELI",)),
        ("Ingrida Simonyte", date(2016, 6, 1), "LTU", ("ELI",)),
    ],
)
def test_recent_offices_of_smaller_states(
    index: PeopleIndex, name: str, day: date, code: str, sector: tuple
) -> None:
    found = index.lookup(name)
    assert found, name
    office = found[0].office_on(day)
    assert office is not None and (office.code, office.sector) == (code, sector)


def test_morsi_presidency_starts_in_june_2012(index: PeopleIndex) -> None:
    (morsi,) = index.lookup("Mohamed Morsi")
    assert _on(morsi, date(2012, 9, 1)).sector == ("GOV",)
    assert _on(morsi, date(2016, 9, 1)) is None or _on(morsi, date(2016, 9, 1)).sector != ("GOV",)
