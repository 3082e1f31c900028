"""Breadth of the knowledge base's organisations: parties of many countries with their
terms in government, armed groups and state forces of 2015-2026, role nouns and seats of
government. Short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import code_of, mention
from newsevents.resolve.people import group_sector


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


@pytest.mark.parametrize(
    ("name", "code", "when", "sector"),
    [
        ("Georgian Dream", "GEO", date(2023, 1, 1), ("PTY",)),
        ("United National Movement", "GEO", date(2023, 1, 1), ("OPP", "PTY")),
        ("United National Movement", "GEO", date(2010, 1, 1), ("PTY",)),
        ("Servant of the People", "UKR", date(2022, 3, 1), ("PTY",)),
        ("Civil Contract", "ARM", date(2017, 1, 1), ("OPP", "PTY")),
        ("Brothers of Italy", "ITA", date(2023, 1, 1), ("PTY",)),
        ("Five Star Movement", "ITA", date(2023, 6, 1), ("OPP", "PTY")),
        ("PSOE", "ESP", date(2017, 1, 1), ("OPP", "PTY")),
        ("PVV", "NLD", date(2024, 9, 1), ("PTY",)),
        ("PVV", "NLD", date(2025, 7, 1), ("OPP", "PTY")),
        ("FPÖ", "AUT", date(2018, 6, 1), ("PTY",)),
        ("Syriza", "GRC", date(2020, 1, 1), ("OPP", "PTY")),
        ("Morena", "MEX", date(2019, 1, 1), ("PTY",)),
        ("PRI", "MEX", date(2015, 1, 1), ("PTY",)),
        ("Liberal Party of Canada", "CAN", date(2010, 1, 1), ("OPP", "PTY")),
        ("Movement for Socialism", "BOL", date(2020, 1, 1), ("OPP", "PTY")),
        ("FSLN", "NIC", date(2023, 1, 1), ("PTY",)),
        ("People Power Party", "KOR", date(2025, 6, 1), ("OPP", "PTY")),
        ("Kuomintang", "TWN", date(2012, 1, 1), ("PTY",)),
        ("PTI", "PAK", date(2020, 1, 1), ("PTY",)),
        ("PTI", "PAK", date(2023, 1, 1), ("OPP", "PTY")),
        ("Awami League", "BGD", date(2025, 1, 1), ("OPP", "PTY")),
        ("National League for Democracy", "MMR", date(2022, 1, 1), ("OPP", "PTY")),
        ("Pheu Thai", "THA", date(2024, 1, 1), ("PTY",)),
        ("UMNO", "MYS", date(2019, 1, 1), ("OPP", "PTY")),
        ("Prosperity Party", "ETH", date(2023, 1, 1), ("PTY",)),
        ("All Progressives Congress", "NGA", date(2023, 1, 1), ("PTY",)),
        ("PASTEF", "SEN", date(2023, 1, 1), ("OPP", "PTY")),
        ("New Patriotic Party", "GHA", date(2025, 6, 1), ("OPP", "PTY")),
        ("Democratic Alliance", "ZAF", date(2025, 1, 1), ("PTY",)),
    ],
)
def test_party_and_its_terms_in_government(kb, name, code, when, sector):
    entry = kb.by_name(name)
    assert entry is not None and entry.kind == "party" and entry.code == code
    assert kb.party_sector(entry, when) == sector


def test_a_party_never_in_government_is_opposition_on_any_date(kb):
    afd = kb.by_name("AfD")
    assert afd is not None
    assert kb.party_sector(afd, date(2024, 1, 1)) == ("OPP", "PTY")
    assert kb.party_sector(afd, None) == ("OPP", "PTY")
    # no record is not "never": a party whose terms are unknown stays plain PTY
    unknown = kb.by_name("Nepali Congress")
    assert unknown is not None and kb.party_sector(unknown, date(2024, 1, 1)) == ("PTY",)


@pytest.mark.parametrize(
    "form",
    ["Liberals", "Greens", "Social Democrats", "Labour", "APC", "NPP", "NDC", "AAP", "NSC"],
)
def test_ambiguous_forms_name_no_new_party(kb, form):
    entry = kb.by_name(form)
    # "Labour" stays the UK party; acronyms with common other readings name none
    assert entry is None or entry.code == "GBR"


def test_a_ruling_party_in_running_text_needs_its_country():
    text = "Georgia's ruling Georgian Dream party said on Monday it would hold talks."
    assert mention(text, "Georgian Dream", date(2024, 5, 1)) == ("GEO", {"PTY"})
    text = "Pakistan's PTI said police had arrested hundreds of its supporters."
    assert mention(text, "PTI", date(2023, 5, 10)) == ("PAK", {"OPP", "PTY"})
    # the country unnamed: no party of the knowledge base
    assert code_of("Leaders of the PTI met on Monday.", "PTI", date(2023, 5, 10)) is None


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("Polisario Front", "MAR", ("REB",)),
        ("CODECO", "COD", ("REB",)),
        ("FDLR", "COD", ("REB",)),
        ("Wazalendo", "COD", ("PRM",)),
        ("Ambazonia Defence Forces", "CMR", ("REB",)),
        ("Syrian National Army", "SYR", ("REB",)),
        ("Russian Volunteer Corps", "RUS", ("REB",)),
        ("Africa Corps", "RUS", ("PRM",)),
        ("Viv Ansanm", "HTI", ("CRM",)),
        ("Radwan Force", "LBN", ("REB",)),
        ("Southern Transitional Council", "YEM", ("REB",)),
        ("Syrian Negotiations Commission", "SYR", ("OPP",)),
        ("HNC", "SYR", ("OPP",)),
        ("Syrian Network for Human Rights", "SYR", ("SOC",)),
        ("Faylaq al-Rahman", "SYR", ("REB",)),
        ("YPJ", "SYR", ("REB",)),
        ("PYD", "SYR", ("PTY",)),
        ("Fano", "ETH", ("REB",)),
        ("Clan del Golfo", "COL", ("CRM",)),
        ("Patriotic Union of Kurdistan", "IRQ", ("PTY",)),
        ("Sudan People's Liberation Movement", "SSD", ("PTY",)),
        ("Workers' Party of Korea", "PRK", ("GOV",)),
        ("CCP", "CHN", ("GOV",)),
        ("Lazarus Group", "PRK", ("SPY",)),
        ("Tehreek-e-Taliban Pakistan", "PAK", ("REB",)),
    ],
)
def test_armed_groups_and_movements(people, name, code, sector):
    groups = people.groups(name)
    assert groups, name
    assert (groups[0].code, groups[0].sector) == (code, sector)


def test_groups_that_hold_a_government(people):
    haqqani = people.groups("Haqqani network")[0]
    assert group_sector(haqqani, date(2019, 1, 1)) == ("REB",)
    assert group_sector(haqqani, date(2023, 1, 1)) == ("GOV",)
    burundi = people.groups("CNDD-FDD")[0]
    assert group_sector(burundi, date(2020, 1, 1)) == ("GOV",)


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("Ethiopian National Defense Force", "ETH", "MIL"),
        ("FARDC", "COD", "MIL"),
        ("the Beehive", "NZL", "GOV"),
        ("Aso Rock", "NGA", "GOV"),
        ("Itamaraty", "BRA", "GOV"),
        ("La Moneda", "CHL", "GOV"),
        ("the Mukataa", "PSE", "GOV"),
        ("Vauxhall Cross", "GBR", "SPY"),
        ("Hôtel de Brienne", "FRA", "MIL"),
        ("Korean People's Army", "PRK", "MIL"),
        ("Black Sea Fleet", "RUS", "MIL"),
        ("Kurdistan Regional Government", "IRQ", "GOV"),
    ],
)
def test_seats_and_state_forces(kb, text, code, sector):
    entry = kb.by_name(text)
    assert entry is not None and entry.code == code and sector in entry.sector


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("North Korean hackers", "PRK", "SPY"),
        ("Qatari mediators", "QAT", "GOV"),
        ("Ecuadorian prisoners", "ECU", "CVL"),
        ("Palestinian detainees", "PSE", "CVL"),
        ("Iranian political prisoners", "IRN", "OPP"),
        ("Russian conscripts", "RUS", "MIL"),
        ("Filipino seafarers", "PHL", "CVL"),
        ("Russian military attaché", "RUS", "MIL"),
        ("Israeli defence chief", "ISR", "MIL"),
        ("Ukrainian prosecutor general", "UKR", "JUD"),
        ("Kenyan aid workers", "KEN", "SOC"),
        ("German executives", "DEU", "BUS"),
    ],
)
def test_role_nouns_with_a_country(lookup, text, code, sector):
    found = lookup.one(text, when=date(2023, 1, 1))
    assert found.code == code and sector in found.sector


def test_a_rank_word_general_after_a_title_is_no_army_general(kb):
    role = kb.role("prosecutor general")
    assert role is not None and role.sector == ("JUD",)
    assert kb.role("consul general").sector == ("GOV",)


def test_people_nouns_need_a_country(kb):
    # "hackers", "prisoners" alone name no actor in an article: only with a country
    assert kb.role("hackers") is None
    assert kb.role("hackers", people_nouns=True).sector == ("SPY",)
    assert kb.role("political prisoners").sector == ("OPP",)


def test_a_seat_with_other_readings_needs_its_country():
    text = "On Parliament Hill, Canadian MPs voted against the bill."
    assert code_of(text, "Parliament Hill") == "CAN"
    london = "Walkers crowded Parliament Hill in London on Sunday."
    assert code_of(london, "Parliament Hill") != "CAN"
