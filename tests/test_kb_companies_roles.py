"""Companies of 2015-2026 news (state-owned and national firms coded with their country and
BUS, multinationals MNC), earlier offices of heads of state and government, and role nouns
for unidentified armed men, displaced people, broadcasters and believers. Short texts
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import mention
from newsevents.resolve.kb import KnowledgeBase
from newsevents.resolve.lookup import Lookup
from newsevents.resolve.people import PeopleIndex


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


# -- companies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Gazprom", "RUS"),
        ("Rosneft", "RUS"),
        ("Rosatom", "RUS"),
        ("Saudi Aramco", "SAU"),
        ("Aramco", "SAU"),
        ("ADNOC", "ARE"),
        ("QatarEnergy", "QAT"),
        ("Qatar Petroleum", "QAT"),
        ("NIOC", "IRN"),
        ("Sonatrach", "DZA"),
        ("NNPC", "NGA"),
        ("Petrobras", "BRA"),
        ("PDVSA", "VEN"),
        ("Pemex", "MEX"),
        ("Ecopetrol", "COL"),
        ("CNPC", "CHN"),
        ("Sinopec", "CHN"),
        ("CNOOC", "CHN"),
        ("ONGC", "IND"),
        ("Pertamina", "IDN"),
        ("Petronas", "MYS"),
        ("Statoil", "NOR"),
        ("Naftogaz", "UKR"),
        ("Ethiopian Airlines", "ETH"),
        ("Turkish Airlines", "TUR"),
        ("Huawei", "CHN"),
        ("ZTE", "CHN"),
        ("TikTok", "CHN"),
        ("ByteDance", "CHN"),
        ("TSMC", "TWN"),
        ("Lockheed Martin", "USA"),
        ("Raytheon", "USA"),
        ("BAE Systems", "GBR"),
        ("Rheinmetall", "DEU"),
        ("Elbit Systems", "ISR"),
        ("Baykar", "TUR"),
        ("Norinco", "CHN"),
        ("COSCO", "CHN"),
        ("Eskom", "ZAF"),
    ],
)
def test_national_company(lookup: Lookup, name: str, code: str) -> None:
    found = lookup.one(name)
    assert (found.code, found.sector) == (code, ("BUS",))


@pytest.mark.parametrize(
    "name", ["Apple", "Alphabet Inc.", "Meta Platforms", "ExxonMobil", "Glencore", "Maersk"]
)
def test_multinational_company(lookup: Lookup, name: str) -> None:
    # PLOVER's MNC country field, without BUS (BUS is business "not including MNCs")
    found = lookup.one(name)
    assert (found.code, found.sector) == ("MNC", ())


@pytest.mark.parametrize("form", ["Shell", "Total", "X", "Vale", "Alphabet", "Amazon", "Meta"])
def test_company_short_forms_with_other_readings_left_out(people: PeopleIndex, form: str):
    assert not any(g.kind == "company" and g.code == "MNC" for g in people.groups(form))


def test_company_in_running_text() -> None:
    text = "Huawei said the restrictions would hurt consumers in Europe."
    assert mention(text, "Huawei") == ("CHN", {"BUS"})
    text = "Ethiopian Airlines suspended its flights to the region on Monday."
    assert mention(text, "Ethiopian Airlines") == ("ETH", {"BUS"})


# -- earlier offices of heads of state and government ------------------------------------------


@pytest.mark.parametrize(
    ("name", "when", "code", "sector"),
    [
        ("Friedrich Merz", date(2023, 5, 1), "DEU", ("OPP",)),
        ("Friedrich Merz", date(2021, 12, 1), "DEU", ("LEG",)),
        ("Friedrich Merz", date(2025, 6, 1), "DEU", ("GOV",)),
        ("Claudia Sheinbaum", date(2020, 5, 1), "MEX", ("GOV",)),
        ("Javier Milei", date(2022, 5, 1), "ARG", ("LEG",)),
        ("Lee Jae-myung", date(2020, 5, 1), "KOR", ("GOV",)),
        ("Lee Jae-myung", date(2023, 5, 1), "KOR", ("OPP",)),
        ("Keir Starmer", date(2018, 5, 1), "GBR", ("OPP",)),
        ("Kamala Harris", date(2019, 5, 1), "USA", ("LEG",)),
        ("JD Vance", date(2024, 5, 1), "USA", ("LEG",)),
        ("Mike Pence", date(2015, 5, 1), "USA", ("GOV",)),
        ("Gabriel Boric", date(2019, 5, 1), "CHL", ("LEG",)),
        ("Nayib Bukele", date(2016, 5, 1), "SLV", ("GOV",)),
        ("Daniel Noboa", date(2022, 5, 1), "ECU", ("LEG",)),
        ("Yoon Suk-yeol", date(2020, 5, 1), "KOR", ("JUD",)),
        ("Yoshihide Suga", date(2018, 5, 1), "JPN", ("GOV",)),
        ("Sanae Takaichi", date(2023, 5, 1), "JPN", ("GOV",)),
        ("Anthony Albanese", date(2020, 5, 1), "AUS", ("OPP",)),
        ("Kyriakos Mitsotakis", date(2017, 5, 1), "GRC", ("OPP",)),
        ("Mikhail Mishustin", date(2015, 5, 1), "RUS", ("GOV",)),
        ("Kassym-Jomart Tokayev", date(2016, 5, 1), "KAZ", ("LEG",)),
        ("Mustafa al-Kadhimi", date(2018, 5, 1), "IRQ", ("SPY",)),
        ("Nawaf Salam", date(2020, 5, 1), "UNO", ("JUD",)),
        ("Mark Carney", date(2016, 5, 1), "GBR", ("GOV",)),
        ("Mark Carney", date(2021, 5, 1), "CAN", ("ELI",)),
        ("Joko Widodo", date(2013, 5, 1), "IDN", ("GOV",)),
        ("Giorgia Meloni", date(2019, 5, 1), "ITA", ("OPP",)),
        ("Donald Tusk", date(2022, 5, 1), "POL", ("OPP",)),
        ("Donald Tusk", date(2010, 5, 1), "POL", ("GOV",)),
        ("Simon Harris", date(2022, 3, 1), "IRL", ("GOV",)),
        ("Yulia Svyrydenko", date(2023, 3, 1), "UKR", ("GOV",)),
    ],
)
def test_earlier_office(
    lookup: Lookup, name: str, when: date, code: str, sector: tuple[str, ...]
) -> None:
    found = lookup.one(name, when=when)
    assert (found.code, found.sector) == (code, sector)


# -- role nouns and nouns for people -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("unidentified assailants", "UAF"),
        ("unknown attackers", "UAF"),
        ("masked men", "UAF"),
        ("a masked gunman", "UAF"),
        ("armed men", "UAF"),
        ("displaced families", "REF"),
        ("displaced civilians", "REF"),
        ("a television station", "JRN"),
        ("a radio station", "JRN"),
        ("a news outlet", "JRN"),
        ("photographers", "JRN"),
        ("Maoists", "REB"),
        ("private military contractors", "PRM"),
        ("truck drivers", "LAB"),
        ("an opposition figure", "OPP"),
    ],
)
def test_role_noun(lookup: Lookup, text: str, sector: str) -> None:
    found = lookup.one(text)
    assert found.code is None and found.sector == (sector,)


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("Colombian unidentified assailants", "COL", "UAF"),
        ("Pakistani displaced families", "PAK", "REF"),
        ("Afghan television channel", "AFG", "JRN"),
        ("Indian contractors", "IND", "BUS"),
        ("Iraqi lenders", "IRQ", "BUS"),
        ("Colombian opposition figures", "COL", "OPP"),
    ],
)
def test_role_noun_with_demonym(lookup: Lookup, text: str, code: str, sector: str) -> None:
    found = lookup.one(text)
    assert (found.code, found.sector) == (code, (sector,))


@pytest.mark.parametrize(
    "noun", ["Christians", "Muslims", "Copts", "Hindus", "Jews", "Buddhists", "Shiites"]
)
def test_believers_are_civilians(kb: KnowledgeBase, noun: str) -> None:
    # PLOVER's REL is religious bodies and clergy; believers are civilians (CVL), and as
    # nouns for people they make an actor in an article only with a country
    role = kb.role(noun, people_nouns=True)
    assert role is not None and role.sector == ("CVL",)
    assert kb.role(noun) is None


def test_religious_adjectives_still_name_a_body(kb: KnowledgeBase) -> None:
    role = kb.role("Christian leaders")
    assert role is not None and role.sector == ("REL",)


def test_christian_is_still_a_first_name() -> None:
    text = "Christian Lindner said the budget would be balanced."
    assert mention(text, "Christian Lindner", date(2023, 1, 1)) == ("DEU", {"GOV"})


def test_naxalites_are_indian_rebels(lookup: Lookup) -> None:
    found = lookup.one("Naxalites")
    assert (found.code, found.sector) == ("IND", ("REB",))


def test_liberal_democratic_party_without_of_japan(lookup: Lookup) -> None:
    found = lookup.one("the Liberal Democratic Party", when=date(2022, 1, 1))
    assert (found.code, found.sector) == ("JPN", ("PTY",))
    found = lookup.one("the Liberal Democratic Party of Russia")
    assert found.code == "RUS"
