"""Parties' terms in national government (``parties.tsv`` ``government``) and companies named
by a state and a business word ("Kenya Power").  Short texts written for these tests."""

from __future__ import annotations

from datetime import date
from importlib.resources import files
from itertools import pairwise

import pytest

from actor_helpers import mention
from newsevents.resolve.kb import NEVER_GOVERNED


@pytest.mark.parametrize(
    ("name", "when", "sector"),
    [
        # coalition partners hold the government as much as the head of government's party
        ("CHP", date(2022, 6, 1), ("OPP", "PTY")),
        ("CHP", date(1995, 12, 1), ("PTY",)),
        ("Orange Democratic Movement", date(2020, 6, 1), ("OPP", "PTY")),
        ("Orange Democratic Movement", date(2010, 6, 1), ("PTY",)),
        ("Orange Democratic Movement", date(2025, 1, 1), ("PTY",)),
        ("Shas", date(2022, 1, 1), ("OPP", "PTY")),
        ("Shas", date(2024, 1, 1), ("PTY",)),
        ("N-VA", date(2016, 1, 1), ("PTY",)),
        ("N-VA", date(2020, 1, 1), ("OPP", "PTY")),
        ("IFP", date(2000, 1, 1), ("PTY",)),
        ("IFP", date(2015, 1, 1), ("OPP", "PTY")),
        # the president's formal ruling alliance in a presidential system
        ("MHP", date(2015, 1, 1), ("OPP", "PTY")),
        ("MHP", date(2021, 1, 1), ("PTY",)),
        # an earlier term filled in: a date before the first period would read OPP
        ("FDP", date(1995, 1, 1), ("PTY",)),
        ("Congress party", date(1994, 1, 1), ("PTY",)),
        # outside support is not government: never in a union cabinet
        ("BSP", date(2008, 1, 1), ("OPP", "PTY")),
        ("BSP", None, ("OPP", "PTY")),
        # a regional party governing its region only has no national record: plain PTY
        ("SNP", date(2020, 1, 1), ("PTY",)),
        ("SNP", None, ("PTY",)),
    ],
)
def test_party_sector_on_a_date(kb, name, when, sector):
    entry = kb.by_name(name)
    assert entry is not None and entry.kind == "party"
    assert kb.party_sector(entry, when) == sector


def test_every_government_cell_is_the_marker_or_ordered_periods():
    # a typo ("2019-13-01", "2010..2005", overlapping terms) would silently flip sectors
    text = files("newsevents").joinpath("data/kb/parties.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    for row in rows:
        cell = row[5].strip()
        if cell in ("", NEVER_GOVERNED):
            continue
        periods = []
        for period in cell.split(";"):
            first, sep, last = period.partition("..")
            assert sep, (row[0], period)
            periods.append(
                (
                    date.fromisoformat(first) if first else date.min,
                    date.fromisoformat(last) if last else date.max,
                )
            )
        for (a, b), (c, _d) in pairwise(periods):
            assert a <= b <= c, (row[0], cell)
        assert periods[-1][0] <= periods[-1][1], (row[0], cell)


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("Kenya Power cut electricity to Nairobi on Monday.", "Kenya Power", "KEN"),
        ("Uganda Telecom said on Friday it would sell its towers.", "Uganda Telecom", "UGA"),
        ("Russian Railways suspended trains to the border on Tuesday.", "Russian Railways", "RUS"),
    ],
)
def test_a_state_and_a_business_word_name_a_company(text, words, code):
    found = mention(text, words)
    assert found is not None and found[0] == code and found[1] == {"BUS"}


def test_a_state_body_and_a_study_group_are_no_company():
    text = "The Kenya Revenue Authority said taxes rose on Monday."
    found = mention(text, "Kenya Revenue Authority")
    assert found is not None and "BUS" not in found[1]
    text = "The Iraq Study Group urged talks with Iran on Wednesday."
    found = mention(text, "Iraq Study Group")
    assert found is None or "BUS" not in found[1]


def test_lookup_of_a_company_name_the_kb_lacks(lookup):
    result = lookup.one("Kenya Power")
    assert (result.code, result.sector) == ("KEN", ("BUS",))


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        # a bare "Bank of COUNTRY" is the central bank
        ("The Bank of Ghana raised its policy rate on Monday.", "Bank of Ghana", "GHA", {"GOV"}),
        ("Rates rose, the Bank of Italy said on Friday.", "Bank of Italy", "ITA", {"GOV"}),
        # ...except where that name is a lender's, and a capital's bank is a lender
        ("The Bank of Ireland said profits fell on Friday.", "Bank of Ireland", "IRL", {"BUS"}),
        ("The Bank of Baghdad said profits fell on Friday.", "Bank of Baghdad", "IRQ", {"BUS"}),
    ],
)
def test_bank_of_a_country_is_its_central_bank(text, words, code, sector):
    found = mention(text, words)
    assert found is not None and (found[0], found[1]) == (code, sector)
