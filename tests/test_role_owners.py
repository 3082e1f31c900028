"""Roles owned by a body named after "of": a presiding or generic role of a state's court,
union, agency or legislature takes the body's sector ("the president of Kenya's Supreme
Court" JUD), while a role of the state itself keeps its own ("the president of Kenya" GOV)
(newsevents.resolve.actors._post_owner, _body_noun_sector)."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import mention

WHEN = date(2022, 6, 1)


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        # courts
        ("the president of Kenya's Supreme Court", "KEN", ("JUD",)),
        ("the president of Brazil's Supreme Court", "BRA", ("JUD",)),
        ("the head of Pakistan's Supreme Court", "PAK", ("JUD",)),
        ("the chief justice of India", "IND", ("JUD",)),
        # unions
        ("the leader of the Bolivian miners' union", "BOL", ("LAB",)),
        ("the leader of Chile's dockworkers' union", "CHL", ("LAB",)),
        ("the head of Argentina's largest union", "ARG", ("LAB",)),
        ("the president of Colombia's teachers' union", "COL", ("LAB",)),
        ("the secretary general of Kenya's teachers' union", "KEN", ("LAB",)),
        # state agencies, commissions, services
        ("the head of Russia's space agency", "RUS", ("GOV",)),
        ("the head of Japan's nuclear regulatory agency", "JPN", ("GOV",)),
        ("the director of Mexico's migration agency", "MEX", ("GOV",)),
        ("the head of the Ugandan electoral commission", "UGA", ("GOV",)),
        ("the chairman of Pakistan's election commission", "PAK", ("GOV",)),
        ("the chairman of Nigeria's electoral commission", "NGA", ("GOV",)),
        ("the governor of Egypt's central bank", "EGY", ("GOV",)),
        ("the governor of Turkey's central bank", "TUR", ("GOV",)),
        ("the director of the Kenya Wildlife Service", "KEN", ("GOV",)),
        ("the head of Ghana's immigration service", "GHA", ("GOV",)),
        # legislatures
        ("the speaker of Iran's parliament", "IRN", ("LEG",)),
        ("the speaker of Nigeria's senate", "NGA", ("LEG",)),
        ("the president of Peru's Congress", "PER", ("LEG",)),
        ("members of Peru's Congress", "PER", ("LEG",)),
        ("Senate president", "USA", ("LEG",)),
        # armed bodies and police
        ("the chief of Nigeria's army", "NGA", ("MIL",)),
        ("the commander of Colombia's army", "COL", ("MIL",)),
        ("a spokeswoman for Nigeria's army", "NGA", ("MIL",)),
        ("the head of Brazil's federal police", "BRA", ("COP",)),
        # universities
        ("the dean of Cairo University's law faculty", "EGY", ("EDU",)),
        ("the rector of Chile's largest university", "CHL", ("EDU",)),
        # a civilian seat's chief of staff is no officer; an army's is
        ("the White House chief of staff", "USA", ("GOV",)),
        ("Nigeria's chief of army staff", "NGA", ("MIL",)),
    ],
)
def test_role_of_a_body_takes_its_sector(lookup, text, code, sector):
    found = lookup.one(text, when=WHEN)
    assert (found.code, found.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        # the state itself owns the role: its own sector stays
        ("the president of Kenya", "KEN", ("GOV",)),
        ("the president of France", "FRA", ("GOV",)),
        ("the leader of Russia", "RUS", ("GOV",)),
        ("the president of Kenya's government", "KEN", ("GOV",)),
        # the opposition, not the government
        ("the leader of the opposition", None, ("OPP",)),
        ("the leader of Zambia's opposition", "ZMB", ("OPP",)),
        ("the head of state", None, ("GOV",)),
        # "director" of a country names no body: no sector invented
        ("the director of Kenya", "KEN", ()),
    ],
)
def test_role_of_the_state_keeps_its_own(lookup, text, code, sector):
    found = lookup.one(text, when=WHEN)
    assert (found.code, found.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        (
            "The president of Kenya's Supreme Court said the vote was valid.",
            "president",
            "KEN",
            "JUD",
        ),
        (
            "Police fired tear gas, said the leader of the Bolivian miners' union.",
            "leader",
            "BOL",
            "LAB",
        ),
        ("The head of Russia's space agency announced a new launch.", "head", "RUS", "GOV"),
        (
            "The chairman of Pakistan's election commission rejected the complaint.",
            "chairman",
            "PAK",
            "GOV",
        ),
        (
            "The director of the Kenya Wildlife Service met rangers on Monday.",
            "director",
            "KEN",
            "GOV",
        ),
        (
            "The secretary general of Kenya's teachers' union called a strike.",
            "secretary",
            "KEN",
            "LAB",
        ),
        ("The president of Colombia's teachers' union called a strike.", "president", "COL", "LAB"),
        ("The head of Brazil's federal police resigned on Friday.", "head", "BRA", "COP"),
        ("The chief of Nigeria's army visited troops in the north.", "chief", "NGA", "MIL"),
        ("The head of the Ugandan electoral commission declared the result.", "head", "UGA", "GOV"),
        ("The speaker of Iran's parliament criticised the deal.", "speaker", "IRN", "LEG"),
        ("The governor of Egypt's central bank raised interest rates.", "governor", "EGY", "GOV"),
    ],
)
def test_role_of_a_body_in_a_sentence(text, words, code, sector):
    assert mention(text, words, WHEN) == (code, {sector})


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        ("The president of France visited Algeria.", "president", "FRA", "GOV"),
        ("The president of Kenya met the judges.", "president", "KEN", "GOV"),
        ("The leader of the opposition called for protests.", "leader", None, "OPP"),
    ],
)
def test_role_of_the_state_in_a_sentence(text, words, code, sector):
    assert mention(text, words, WHEN) == (code, {sector})


def test_state_and_court_presidents_apart():
    text = "The president of Kenya met the president of Kenya's Supreme Court."
    assert mention(text, "president of Kenya met", WHEN) == ("KEN", {"GOV"})
    assert mention(text, "president of Kenya's", WHEN) != ("KEN", {"GOV"})


def _actors(text: str):
    from newsevents.nlp import parse_one
    from newsevents.resolve.actors import resolve_actors

    return resolve_actors(parse_one(text), when=WHEN).actors


def test_title_before_a_name_tagged_as_organisation():
    # the model may take an unfamiliar full name for an organisation: the title before it
    # still makes it a person, with the title's country and sector
    found = [
        a
        for a in _actors("Indonesian police chief Listyo Sigit Prabowo said officers erred.")
        if "Prabowo" in a.name
    ]
    assert [(a.kind, a.code, a.sector) for a in found] == [("person", "IDN", ("COP",))]


def test_lookup_title_before_an_unknown_name(lookup):
    found = lookup.one("Indonesian police chief Listyo Sigit Prabowo", when=WHEN)
    assert (found.kind, found.code, found.sector) == ("person", "IDN", ("COP",))


def test_body_noun_before_a_company_name_is_no_title():
    # "airline" names a body: the company after it stays an organisation
    found = [
        a
        for a in _actors("The budget airline Air Peace cancelled flights.")
        if a.name == "Air Peace"
    ]
    assert found and found[0].kind != "person"


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("A spokesman for Russia's space agency said the launch was delayed.", "RUS", ("GOV",)),
        ("A spokesman for Kenya's Supreme Court said the judges would meet.", "KEN", ("JUD",)),
        ("A spokeswoman for Brazil's federal police confirmed the arrests.", "BRA", ("COP",)),
        ("A spokesman for the Kenyan police said officers were arrested.", "KEN", ("COP",)),
        ("A spokesman for Hamas said the talks failed.", "PSE", ("REB",)),
    ],
)
def test_spokesman_for_a_body(text, code, sector):
    # the spokesman speaks for the body after "for": its country and sector
    found = [a for a in _actors(text) if a.name.startswith("spokes")]
    assert [(a.code, a.sector) for a in found] == [(code, sector)]


def test_spokesman_for_people_has_no_owner():
    found = [a for a in _actors("A spokesman for the family said they were shocked.")]
    assert all(a.code is None for a in found)
