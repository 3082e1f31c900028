"""Opposition leaders and presidential runners-up of 2015-2026 (people_recent.tsv): an
undated ``OPP`` fallback, and their dated offices where they held one."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    # (name, date, code, sector)
    ("Elly Schlein", date(2024, 5, 1), "ITA", "OPP"),
    ("Geert Wilders", date(2023, 11, 23), "NLD", "OPP"),
    ("Santiago Abascal", date(2023, 7, 1), "ESP", "OPP"),
    ("Abascal", date(2023, 7, 1), "ESP", "OPP"),  # was a Mexican namesake / Chilean city
    ("Pablo Iglesias", date(2020, 6, 1), "ESP", "GOV"),  # second deputy prime minister
    ("Pablo Iglesias", date(2022, 6, 1), "ESP", "OPP"),
    ("Eric Zemmour", date(2022, 4, 1), "FRA", "OPP"),
    ("Han Dong-hoon", date(2023, 1, 1), "KOR", "GOV"),  # justice minister
    ("Han Dong-hoon", date(2024, 6, 1), "KOR", "ELI"),
    ("Tarique Rahman", date(2024, 9, 1), "BGD", "OPP"),
    ("Ko Wen-je", date(2020, 1, 1), "TWN", "GOV"),  # mayor of Taipei
    ("Ko Wen-je", date(2024, 1, 1), "TWN", "OPP"),
    ("Anies Baswedan", date(2020, 1, 1), "IDN", "GOV"),  # governor of Jakarta
    ("Anies Baswedan", date(2024, 1, 1), "IDN", "OPP"),
    ("Leni Robredo", date(2020, 1, 1), "PHL", "GOV"),  # vice president
    ("Leni Robredo", date(2023, 1, 1), "PHL", "OPP"),
    ("Bill Shorten", date(2016, 1, 1), "AUS", "OPP"),
    ("Erin O'Toole", date(2021, 1, 1), "CAN", "OPP"),
    ("Erin O'Toole", date(2023, 1, 1), "CAN", "LEG"),
    ("John Steenhuisen", date(2022, 1, 1), "ZAF", "OPP"),
    ("John Steenhuisen", date(2025, 1, 1), "ZAF", "GOV"),  # agriculture minister
    ("Tundu Lissu", date(2025, 4, 1), "TZA", "OPP"),
    ("Peter Obi", date(2023, 3, 1), "NGA", "OPP"),
    ("Atiku Abubakar", date(2005, 1, 1), "NGA", "GOV"),  # vice president
    ("Atiku Abubakar", date(2023, 3, 1), "NGA", "OPP"),
    ("Kizza Besigye", date(2021, 1, 1), "UGA", "OPP"),
    ("Moise Katumbi", date(2023, 12, 1), "COD", "OPP"),
    ("Martin Fayulu", date(2019, 1, 1), "COD", "OPP"),
    ("Henrique Capriles", date(2019, 1, 1), "VEN", "OPP"),
    ("Leopoldo Lopez", date(2019, 4, 30), "VEN", "OPP"),
    ("Keiko Fujimori", date(2021, 6, 1), "PER", "OPP"),
    ("Xochitl Galvez", date(2024, 5, 1), "MEX", "OPP"),
    ("José Antonio Kast", date(2022, 1, 1), "CHL", "OPP"),
    ("Fernando Haddad", date(2019, 1, 1), "BRA", "OPP"),
    ("Fernando Haddad", date(2024, 1, 1), "BRA", "GOV"),  # finance minister
    ("Mir Hossein Mousavi", date(2010, 2, 1), "IRN", "OPP"),
    ("Mir Hossein Mousavi", date(1985, 1, 1), "IRN", "GOV"),  # the dictionary's premiership
    ("Boris Nadezhdin", date(2024, 2, 1), "RUS", "OPP"),
    ("Vladimir Kara-Murza", date(2024, 8, 1), "RUS", "OPP"),
    ("Yair Lapid", date(2020, 8, 1), "ISR", "OPP"),  # leader of the opposition
    ("Yair Lapid", date(2021, 8, 1), "ISR", "GOV"),
    ("Avigdor Lieberman", date(2022, 1, 1), "ISR", "GOV"),  # finance minister
    ("Avigdor Lieberman", date(2023, 6, 1), "ISR", "ELI"),
]


@pytest.mark.parametrize(("name", "when", "code", "sector"), CASES)
def test_opposition_figure(lookup, name, when, code, sector):
    found = lookup.one(name, when=when)
    assert (found.code, found.sector) == (code, (sector,))


def test_bare_mousavi_stays_the_army_chief(lookup):
    """No surname alias for Mir-Hossein Mousavi: "Mousavi" alone is a common Iranian name."""
    found = lookup.one("Mousavi", when=date(2022, 6, 1))
    assert found.sector != ("OPP",)
