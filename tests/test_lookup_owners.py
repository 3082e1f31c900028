"""Actor lookup: roles owned by a party, roles taking their owner's sector, organisations
the knowledge base lacks taking their head noun's sector (newsevents.resolve.lookup)."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


@pytest.mark.parametrize(
    ("text", "code", "primary"),
    [
        ("Republican senators", "USA", "LEG"),
        ("two Democratic governors", "USA", "GOV"),
        ("Tory ministers", "GBR", "GOV"),
        ("BJP lawmakers", "IND", "LEG"),
        ("Likud politicians", "ISR", "PTY"),
    ],
)
def test_party_adjective_with_role_noun(lookup, text, code, primary):
    found = lookup.one(text)
    assert (found.code, found.sector[:1]) == (code, (primary,))
    assert "party" in found.matched_by


def test_party_owning_a_role_after_of(lookup):
    # a leader's generic GOV gives way to the party's sector, which depends on the date
    out = lookup.one("the deputy leader of the Labour Party", when=date(2019, 6, 1))
    assert (out.code, out.sector) == ("GBR", ("OPP", "PTY"))
    assert lookup.one("a spokesman for the Republican Party").code == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Democratic Unionist MPs",  # another party's name, not the US Democrats
        "republican senators",  # lower case: an ordinary adjective
        "anti-Republican protesters",  # a stance, not membership
    ],
)
def test_party_not_the_owner(lookup, text):
    assert lookup.one(text).code != "USA"


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("a spokeswoman for the Ghanaian police", "GHA", "COP"),
        ("the head of Peru's intelligence service", "PER", "SPY"),
        ("two members of the Zambian parliament", "ZMB", "LEG"),
        ("an adviser to the Chilean president", "CHL", "GOV"),
    ],
)
def test_sectorless_role_takes_its_owners_sector(lookup, text, code, sector):
    found = lookup.one(text)
    assert (found.code, found.sector[:1]) == (code, (sector,))


def test_unknown_organisation_takes_its_head_nouns_sector(lookup):
    found = lookup.one("the Royal Bhutan Army")
    assert (found.code, found.sector) == ("BTN", ("MIL",))
    # no role noun at the head: no sector is made up
    assert lookup.one("Bhutan Zorig Chusum").sector == ()


def test_context_leaving_the_owner_open_takes_the_texts_own(lookup):
    # the sentence names no country: the party adjective in the text itself decides
    found = lookup.one("Tory MPs", context="Tory MPs rebelled against the plan on Monday.")
    assert (found.code, found.sector[:1]) == ("GBR", ("LEG",))
    assert found.matched_by.startswith("context:")
    found = lookup.one("the Royal Bhutan Army", context="The Royal Bhutan Army denied the report.")
    assert (found.code, found.sector) == ("BTN", ("MIL",))
    # a bare role noun names no owner by itself: still none
    assert lookup.one("the colonel", context="The colonel refused to comment.").code is None


@pytest.mark.parametrize(
    ("text", "when", "name", "code"),
    [
        ("Chancellor Scholz", date(2023, 2, 1), "Olaf Scholz", "DEU"),
        ("Ms Meloni", date(2023, 2, 1), "Giorgia Meloni", "ITA"),
        ("Kenya's Ruto", date(2023, 2, 1), "William Ruto", "KEN"),
        ("Britain's Johnson", date(2021, 2, 1), "Boris Johnson", "GBR"),
    ],
)
def test_title_or_country_before_a_surname(lookup, text, when, name, code):
    found = lookup.one(text, when=when)
    assert (found.name, found.code, found.sector) == (name, code, ("GOV",))


def test_title_must_agree_with_the_bearers_office(lookup):
    # no Smith holds a senate seat in the knowledge base: no one is guessed
    found = lookup.one("Senator Smith", when=date(2020, 1, 1))
    assert found.identifier is None and found.code is None


def test_a_named_persons_staff_and_party(lookup):
    day = date(2021, 3, 1)
    spokesman = lookup.one("Erdogan's spokesman", when=day)
    assert (spokesman.code, spokesman.sector[:1], spokesman.kind) == ("TUR", ("GOV",), "person")
    party = lookup.one("Orbán's Fidesz", when=day)
    assert (party.code, party.kind) == ("HUN", "organisation")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Nigerian Christians", "NGA"), ("Egyptian Copts", "EGY"), ("Iraqi Yazidis", "IRQ")],
)
def test_a_nationality_and_a_noun_for_people_are_civilians(lookup, text, code):
    found = lookup.one(text)
    assert (found.code, found.sector) == (code, ("CVL",))


def test_a_noun_for_people_gives_no_sector_to_an_office_holder(lookup):
    # an office decides the sector, not the people noun at the end of a longer phrase
    found = lookup.one("Kenyan foreign minister")
    assert found.sector == ("GOV",)


def test_company_the_model_tags_as_a_place_owns_the_role(lookup):
    # the small model tags "Gazprom" GPE here; the groups index knows it as a company and
    # no gazetteer place has the name, so its head takes the company's country and sector
    out = lookup.one("the head of Gazprom", when=date(2019, 5, 1))
    assert (out.code, out.sector) == ("RUS", ("BUS",))
    # a real place keeps its own reading: a town's mayor is its state's
    assert lookup.one("the mayor of Garissa").code == "KEN"


def test_head_of_a_lawyers_body_is_judicial_not_government(lookup):
    out = lookup.one("the president of Ghana's bar association")
    assert (out.code, out.sector) == ("GHA", ("JUD",))
