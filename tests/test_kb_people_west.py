"""Office holders of Europe, the Americas, Oceania and international organisations added to
people_recent.tsv: dated offices, handovers, and the dictionary's open periods they close."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsevents.resolve.lookup import Lookup
from newsevents.resolve.people import PeopleIndex


@pytest.fixture(scope="module")
def index() -> PeopleIndex:
    return PeopleIndex.default()


def _held(index: PeopleIndex, name: str, when: date) -> tuple[str, tuple[str, ...], str | None]:
    found = index.lookup(name)
    assert found, name
    office = found[0].office_on(when)
    assert office is not None, (name, when)
    return office.code, office.sector, office.office


@pytest.mark.parametrize(
    ("name", "when", "code", "sector", "office"),
    [
        # US cabinet and security posts
        ("Janet Yellen", date(2016, 6, 1), "USA", ("GOV",), "Chair of the Federal Reserve"),
        ("Janet Yellen", date(2022, 6, 1), "USA", ("GOV",), "Treasury Secretary"),
        ("Kristi Noem", date(2020, 6, 1), "USA", ("GOV",), "Governor of South Dakota"),
        ("Kristi Noem", date(2025, 6, 1), "USA", ("GOV",), "Secretary of Homeland Security"),
        ("Gina Haspel", date(2019, 6, 1), "USA", ("SPY",), "CIA Director"),
        ("John Ratcliffe", date(2020, 9, 1), "USA", ("SPY",), "Director of National Intelligence"),
        ("John Ratcliffe", date(2025, 6, 1), "USA", ("SPY",), "CIA Director"),
        ("Mark Milley", date(2021, 6, 1), "USA", ("MIL",), "Chairman of the Joint Chiefs of Staff"),
        ("Mark Milley", date(2024, 6, 1), "USA", ("ELI",), None),
        # Russia and Ukraine
        (
            "Alexander Bortnikov",
            date(2020, 6, 1),
            "RUS",
            ("SPY",),
            "Director of the Federal Security Service (FSB)",
        ),
        ("Sergei Naryshkin", date(2015, 6, 1), "RUS", ("LEG",), "Chairman of the State Duma"),
        ("Nikolai Patrushev", date(2025, 3, 1), "RUS", ("GOV",), "Aide to the President"),
        ("Andriy Yermak", date(2023, 6, 1), "UKR", ("GOV",), "Head of the Office of the President"),
        ("Andrii Yermak", date(2026, 1, 15), "UKR", ("ELI",), None),
        # Europe: heads of government and state, ministers
        ("Stefan Löfven", date(2018, 6, 1), "SWE", ("GOV",), "Prime Minister"),
        ("Magdalena Andersson", date(2023, 6, 1), "SWE", ("OPP",), "Leader of the Opposition"),
        ("Robert Fico", date(2024, 6, 1), "SVK", ("GOV",), "Prime Minister"),
        ("Robert Fico", date(2020, 6, 1), "SVK", ("ELI",), None),  # dictionary's 2006 row closed
        ("Sauli Niinistö", date(2020, 6, 1), "FIN", ("GOV",), "President"),
        ("Klaus Iohannis", date(2025, 3, 1), "ROU", ("ELI",), None),
        ("Ilie Bolojan", date(2025, 3, 1), "ROU", ("GOV",), "Acting President"),
        (
            "Antonio Tajani",
            date(2018, 6, 1),
            "EUR",
            ("LEG",),
            "President of the European Parliament",
        ),
        ("Antonio Tajani", date(2023, 6, 1), "ITA", ("GOV",), "Foreign Minister"),
        ("Guido Crosetto", date(2023, 6, 1), "ITA", ("GOV", "MIL"), "Defence Minister"),
        ("Micheál Martin", date(2015, 6, 1), "IRL", ("OPP",), "Leader of the Opposition"),
        ("Micheal Martin", date(2023, 6, 1), "IRL", ("GOV",), "Tánaiste"),
        ("Rishi Sunak", date(2021, 6, 1), "GBR", ("GOV",), "Chancellor of the Exchequer"),
        ("Rishi Sunak", date(2024, 9, 1), "GBR", ("OPP",), "Leader of the Opposition"),
        ("Ivica Dacic", date(2023, 6, 1), "SRB", ("GOV",), "Foreign Minister"),
        # the Americas and Oceania
        ("Lenin Moreno", date(2015, 6, 1), "ECU", ("ELI",), None),  # dictionary's VP row closed
        ("Rodrigo Chaves", date(2026, 6, 1), "CRI", ("ELI",), None),
        ("Penny Wong", date(2018, 6, 1), "AUS", ("OPP",), "Leader of the Opposition in the Senate"),
        ("Richard Marles", date(2023, 6, 1), "AUS", ("GOV", "MIL"), "Defence Minister"),
        ("John Key", date(2018, 6, 1), "NZL", ("ELI",), None),
        # international organisations
        ("Kristalina Georgieva", date(2018, 6, 1), "UNO", (), "Chief Executive of the World Bank"),
        ("Kristalina Georgieva", date(2021, 6, 1), "IGO", (), "Managing Director of the IMF"),
        (
            "Karim Khan",
            date(2023, 6, 1),
            "IGO",
            ("JUD",),
            "Prosecutor of the International Criminal Court",
        ),
        ("Feridun Sinirlioglu", date(2025, 6, 1), "IGO", (), "OSCE Secretary General"),
    ],
)
def test_office_on_date(
    index: PeopleIndex,
    name: str,
    when: date,
    code: str,
    sector: tuple[str, ...],
    office: str | None,
) -> None:
    assert _held(index, name, when) == (code, sector, office)


@pytest.mark.parametrize(
    ("before", "after", "last_day", "code", "office"),
    [
        # the handover day is in both periods; the next day only the successor holds it
        ("Kirstjen Nielsen", "Kevin McAleenan", date(2019, 4, 10), "USA", None),
        ("Mark Milley", "Charles Q. Brown", date(2023, 9, 29), "USA", None),
        ("Stefan Löfven", "Magdalena Andersson", date(2021, 11, 30), "SWE", "Prime Minister"),
        ("Michael D. Higgins", "Catherine Connolly", date(2025, 11, 11), "IRL", "President"),
        ("Klaus Iohannis", "Ilie Bolojan", date(2025, 2, 12), "ROU", None),
        ("Jim Yong Kim", "David Malpass", date(2019, 1, 31), "UNO", None),
    ],
)
def test_handover(
    index: PeopleIndex, before: str, after: str, last_day: date, code: str, office: str | None
) -> None:
    earlier = _held(index, before, last_day)
    assert earlier[0] == code and earlier[1] != ("ELI",)
    if office is not None:
        assert earlier[2] == office
    next_day = last_day + timedelta(days=1)
    assert _held(index, before, next_day)[1] == ("ELI",)
    later = _held(index, after, next_day + timedelta(days=90))
    assert later[0] == code and later[1] != ("ELI",)


def test_lookup_by_name_and_surname(lookup: Lookup) -> None:
    found = lookup.one("Vitali Klitschko", when=date(2022, 3, 1))
    assert (found.code, found.sector, found.office) == ("UKR", ("GOV",), "Mayor of Kyiv")
    found = lookup.one("Haspel", when=date(2019, 6, 1))
    assert (found.identifier, found.code, found.sector) == ("gina-haspel", "USA", ("SPY",))
    # a namesake added for Romania does not take the surname from Hungary's prime minister
    found = lookup.one("Orban", when=date(2020, 6, 1))
    assert (found.code, found.office) == ("HUN", "Prime Minister")
    # the dictionary's spelling is an alias of the same person, not a second entry
    (borissov,) = lookup.people.lookup("Boyko Borissov")
    assert lookup.people.lookup("Boyko Borisov") == [borissov]
