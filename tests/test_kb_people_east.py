"""Office holders of Africa, the Middle East and Asia in people_recent.tsv (2014-2026).

A sample of the hand-written rows, read through the public lookups: the office held on a
date, the handover between two holders, and the dictionary's stale open-ended periods that
the recent rows close."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.nlp import parse_one
from newsevents.resolve.actors import resolve_actors
from newsevents.resolve.lookup import Lookup
from newsevents.resolve.people import PeopleIndex

IRGC_CHIEF = "Commander-in-Chief of the IRGC"
ARMED_FORCES_CHIEF = "Chief of Staff of the Armed Forces"
PARTY_CHIEF = "General Secretary of the Communist Party"


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


@pytest.mark.parametrize(
    ("name", "day", "code", "sector", "office"),
    [
        # a dictionary period open since 2009 (GOV;MIL, no office) closed by the recent rows
        ("Emmerson Mnangagwa", date(2016, 6, 1), "ZWE", ("GOV",), "Vice President"),
        ("Emmerson Mnangagwa", date(2023, 1, 1), "ZWE", ("GOV",), "President"),
        ("Robert Mugabe", date(2017, 11, 20), "ZWE", ("GOV",), "President"),
        ("Robert Mugabe", date(2019, 1, 1), "ZWE", ("ELI",), None),
        ("Paul Kagame", date(2023, 1, 1), "RWA", ("GOV",), "President"),
        ("Yoweri Museveni", date(2021, 1, 1), "UGA", ("GOV",), "President"),
        # Algeria, April 2019: Bouteflika resigns, Bensalah is interim head of state
        ("Abdelaziz Bouteflika", date(2019, 4, 1), "DZA", ("GOV",), "President"),
        ("Abdelaziz Bouteflika", date(2019, 5, 1), "DZA", ("ELI",), None),
        ("Abdelkader Bensalah", date(2019, 5, 1), "DZA", ("GOV",), "Interim President"),
        # Chad: father, then the son's junta, then his elected presidency
        ("Idriss Déby", date(2020, 1, 1), "TCD", ("GOV",), "President"),
        (
            "Mahamat Idriss Deby",
            date(2021, 6, 1),
            "TCD",
            ("GOV", "MIL"),
            "Chairman of the Transitional Military Council",
        ),
        ("Mahamat Déby", date(2024, 6, 1), "TCD", ("GOV",), "President"),
        # Gabon's coup of 2023-08-30
        ("Ali Bongo", date(2023, 8, 1), "GAB", ("GOV",), "President"),
        ("Ali Bongo Ondimba", date(2023, 9, 15), "GAB", ("ELI",), None),
        ("Brice Oligui Nguema", date(2023, 9, 15), "GAB", ("GOV", "MIL"), "Transitional President"),
        # Malawi: Mutharika, Chakwera, Mutharika again
        ("Peter Mutharika", date(2017, 1, 1), "MWI", ("GOV",), "President"),
        ("Peter Mutharika", date(2022, 1, 1), "MWI", ("ELI",), None),
        ("Lazarus Chakwera", date(2022, 1, 1), "MWI", ("GOV",), "President"),
        # Kenya's handover of 2022-09-13
        ("Uhuru Kenyatta", date(2022, 9, 1), "KEN", ("GOV",), "President"),
        ("Uhuru Kenyatta", date(2022, 10, 1), "KEN", ("ELI",), None),
        ("Rigathi Gachagua", date(2023, 5, 1), "KEN", ("GOV",), "Deputy President"),
        ("Rigathi Gachagua", date(2025, 5, 1), "KEN", ("OPP",), None),
        # Tunisia's prime ministers of 2024
        ("Ahmed Hachani", date(2024, 1, 1), "TUN", ("GOV",), "Prime Minister"),
        ("Ahmed Hachani", date(2024, 10, 1), "TUN", ("ELI",), None),
        ("Kamel Madouri", date(2024, 10, 1), "TUN", ("GOV",), "Prime Minister"),
    ],
)
def test_african_heads_of_state_and_government(
    lookup: Lookup, name: str, day: date, code: str, sector: tuple[str, ...], office: str | None
) -> None:
    found = lookup.one(name, when=day)
    assert (found.code, found.sector, found.office) == (code, sector, office), name


@pytest.mark.parametrize(
    ("name", "day", "code", "sector", "office"),
    [
        ("Sirajuddin Haqqani", date(2019, 1, 1), "AFG", ("REB",), None),
        (
            "Sirajuddin Haqqani",
            date(2023, 1, 1),
            "AFG",
            ("GOV",),
            "Interior Minister of the Taliban government",
        ),
        ("Khalid bin Salman", date(2023, 1, 1), "SAU", ("GOV", "MIL"), "Defence Minister"),
        ("Mohammad Ali Jafari", date(2018, 1, 1), "IRN", ("MIL",), IRGC_CHIEF),
        ("Mohammad Bagheri", date(2020, 1, 1), "IRN", ("MIL",), ARMED_FORCES_CHIEF),
        ("Mohammad Bagheri", date(2025, 7, 1), "IRN", ("ELI",), None),
        ("Yossi Cohen", date(2018, 1, 1), "ISR", ("SPY",), "Director of the Mossad"),
        ("Yossi Cohen", date(2022, 1, 1), "ISR", ("ELI",), None),
        ("David Barnea", date(2022, 1, 1), "ISR", ("SPY",), "Director of the Mossad"),
        ("Faiz Hameed", date(2020, 1, 1), "PAK", ("SPY",), "Director-General of the ISI"),
        ("Mohammed Deif", date(2021, 5, 1), "PSE", ("REB",), None),
        ("Walid Muallem", date(2017, 1, 1), "SYR", ("GOV",), "Foreign Minister"),
        ("Faisal Mekdad", date(2023, 1, 1), "SYR", ("GOV",), "Foreign Minister"),
        ("Faisal Mekdad", date(2025, 3, 1), "SYR", ("ELI",), None),
        ("Ahmed Aboul Gheit", date(2020, 1, 1), "IGO", (), "Secretary-General of the Arab League"),
    ],
)
def test_middle_east_ministers_commanders_and_armed_groups(
    lookup: Lookup, name: str, day: date, code: str, sector: tuple[str, ...], office: str | None
) -> None:
    found = lookup.one(name, when=day)
    assert (found.code, found.sector, found.office) == (code, sector, office), name


@pytest.mark.parametrize(
    ("name", "day", "code", "sector", "office"),
    [
        ("Takeshi Iwaya", date(2025, 1, 1), "JPN", ("GOV",), "Foreign Minister"),
        ("Gen Nakatani", date(2025, 1, 1), "JPN", ("GOV", "MIL"), "Defence Minister"),
        ("Kim Yong-hyun", date(2024, 11, 1), "KOR", ("GOV", "MIL"), "Defence Minister"),
        ("Kim Yong-hyun", date(2025, 1, 1), "KOR", ("ELI",), None),
        ("Cho Jung-tai", date(2024, 6, 1), "TWN", ("GOV",), "Premier"),
        ("Chen Chien-jen", date(2024, 6, 1), "TWN", ("ELI",), None),
        ("Nguyen Phu Trong", date(2019, 6, 1), "VNM", ("GOV",), "President"),
        ("Nguyen Phu Trong", date(2022, 6, 1), "VNM", ("GOV",), PARTY_CHIEF),
        ("Najib Razak", date(2016, 1, 1), "MYS", ("GOV",), "Prime Minister"),
        ("Najib Tun Razak", date(2019, 1, 1), "MYS", ("ELI",), None),
        ("Bipin Rawat", date(2018, 5, 1), "IND", ("MIL",), "Chief of the Army Staff"),
        ("Kao Kim Hourn", date(2024, 1, 1), "IGO", (), "Secretary-General of ASEAN"),
        ("Lim Jock Hoi", date(2024, 1, 1), "BRN", ("ELI",), None),
    ],
)
def test_asian_office_holders(
    lookup: Lookup, name: str, day: date, code: str, sector: tuple[str, ...], office: str | None
) -> None:
    found = lookup.one(name, when=day)
    assert (found.code, found.sector, found.office) == (code, sector, office), name


def test_recent_rows_merge_into_the_dictionary_person() -> None:
    index = PeopleIndex.default()
    (najib,) = index.lookup("Najib Razak")  # the dictionary's two spellings folded into one
    assert index.lookup("Mohamed Najib bin Tun Abdul Razak") == [najib]
    (gilani,) = index.lookup("Yousuf Raza Gilani")
    assert index.lookup("Syed Yousaf Raza Gillani") == [gilani]
    office = gilani.office_on(date(2016, 1, 1))  # the open 2008 period ends in 2012
    assert office is not None and office.sector == ("ELI",)


def test_an_added_leader_in_a_sentence() -> None:
    text = "Paul Kagame and Felix Tshisekedi met in Luanda on Saturday."
    index = resolve_actors(parse_one(text), when=date(2022, 7, 6))
    kagame = next(a for a in index.actors if any(m.text == "Paul Kagame" for m in a.mentions))
    assert (kagame.code, kagame.sector[:1]) == ("RWA", ("GOV",))
