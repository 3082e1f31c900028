"""Sectors the hand-checks of Guardian articles found missing or wrong: former rank-and-file
members of a force, families, media roles, a demonym's state agency, a leader's forces and
the Kurdish leaders' dated roles.  Short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import mention


# -- a former soldier is a private person, a former general an elite ------------------------
@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("a former British soldier", ("CVL",)),
        ("former British soldiers", ("CVL",)),
        ("an ex-policeman", ("CVL",)),
        ("a former police officer", ("CVL",)),
        ("a former paratrooper", ("CVL",)),
        ("a former general", ("ELI",)),
        ("a retired colonel", ("ELI",)),
        ("a former army officer", ("ELI",)),
        ("a former minister", ("ELI",)),
        ("a former rebel", ("REB",)),
    ],
)
def test_former_rank_and_file_is_civilian_former_officials_elite(kb, text, sector):
    role = kb.role(text)
    assert role is not None and role.sector == sector


def test_veterans_are_private_people(kb):
    role = kb.role("veterans", people_nouns=True)
    assert role is not None and role.sector == ("CVL",)


def test_former_soldier_keeps_his_country(lookup):
    found = lookup.one("a former British soldier")
    assert (found.code, list(found.sector)) == ("GBR", ["CVL"])


# -- families -------------------------------------------------------------------------------
_RAID = "Jets bombed Raqqa on Sunday. "


def test_members_of_a_family_are_civilians():
    text = _RAID + "Fifteen members of the same family were killed in Raqqa."
    found = mention(text, "Fifteen members")
    assert found is not None and found[1] == {"CVL"}


def test_family_members_are_civilians(kb):
    role = kb.role("family members")
    assert role is not None and role.sector == ("CVL",)


def test_a_royal_or_named_family_is_left_alone(kb):
    # a ruling family's members may be its state's elite: no CVL from the word "family"
    role = kb.role("royal family members")
    assert role is not None and role.sector == ()
    text = "Members of the Saudi royal family met ministers in Riyadh."
    found = mention(text, "Members")
    assert found is None or "CVL" not in found[1]


# -- media roles ----------------------------------------------------------------------------
@pytest.mark.parametrize("noun", ["film-maker", "filmmaker", "documentary maker", "cameraman"])
def test_media_roles_are_journalists(kb, noun):
    role = kb.role(noun)
    assert role is not None and role.sector == ("JRN",)


def test_a_hyphenated_media_role_in_running_text():
    text = "A British film-maker has been killed in northern Syria."
    assert mention(text, "British film-maker") == ("GBR", {"JRN"})


# -- a demonym's state agency ---------------------------------------------------------------
def test_a_demonym_on_an_agency_is_the_state_government():
    text = "Migrants were rescued by the Spanish maritime rescue agency on Sunday."
    assert mention(text, "Spanish") == ("ESP", {"GOV"})


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("UK aid agencies sent food to Yemen on Sunday.", "UK aid"),
        ("A Russian streaming service sued the regulator.", "Russian streaming"),
    ],
)
def test_aid_agencies_and_commercial_services_are_not_the_government(text, words):
    found = mention(text, words)
    assert found is not None and "GOV" not in found[1]


def test_a_service_of_state_business_is_the_government():
    text = "The Greek asylum service rejected the claims on Monday."
    assert mention(text, "Greek") == ("GRC", {"GOV"})


# -- a leader's forces ----------------------------------------------------------------------
def test_a_dead_leaders_troops_are_his_states_army():
    text = (
        "Saddam Hussein ruled Iraq for decades. In the 1990s, the party invited Saddam's "
        "troops to help oust its rivals."
    )
    assert mention(text, "troops", date(2017, 10, 1)) == ("IRQ", {"MIL"})


def test_a_sitting_leaders_forces_are_his_states_army():
    text = "Assad's forces shelled Douma on Monday."
    assert mention(text, "forces", date(2018, 2, 1)) == ("SYR", {"MIL"})


# -- Kurdish leaders' dated roles -----------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "when", "code", "sector"),
    [
        ("Jalal Talabani", date(1963, 5, 1), "IRQ", ["REB"]),
        ("Jalal Talabani", date(1980, 1, 1), "IRQ", ["REB"]),
        ("Jalal Talabani", date(1998, 1, 1), "IRQ", ["PTY"]),
        ("Jalal Talabani", date(2012, 5, 1), "IRQ", ["GOV"]),
        ("Jalal Talabani", date(2019, 1, 1), "IRQ", ["ELI"]),
        ("Mustafa Barzani", date(1970, 3, 1), "IRQ", ["REB"]),
        ("Masoud Barzani", date(1985, 1, 1), "IRQ", ["REB"]),
        ("Masoud Barzani", date(2010, 1, 1), "IRQ", ["GOV"]),
    ],
)
def test_kurdish_leaders_roles_by_date(lookup, name, when, code, sector):
    found = lookup.one(name, when=when)
    assert (found.code, list(found.sector)) == (code, sector)


def test_a_kin_apposition_leaves_a_known_person_his_office():
    # "X, Masoud's father": a relation, not a role; the people index says who he was
    text = (
        "The party was founded by Mustafa Barzani, Masoud's father. In 1970, Mustafa Barzani "
        "negotiated with Baghdad."
    )
    assert mention(text, "Mustafa Barzani", date(2017, 10, 4)) == ("IRQ", {"REB"})


# -- people who fled ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("In Beirut I met eight Syrian men who had fled the war.", "eight Syrian men", "REF"),
        ("Syrian civilians fleeing the strike were killed in Idlib.", "Syrian civilians", "CVL"),
        ("Four Iraqi men who did not flee were arrested.", "Four Iraqi men", "CVL"),
    ],
)
def test_people_who_fled_are_refugees(text, words, sector):
    found = mention(text, words)
    assert found is not None and found[1] == {sector}


# -- a named person declared a fighter ------------------------------------------------------
def test_a_person_declared_a_fighter_is_an_armed_man():
    text = "Ali Khan, from Cardiff, was killed in Syria. Khan was an Isis fighter."
    assert mention(text, "Ali Khan") == ("GBR", {"REB"})


@pytest.mark.parametrize(
    "claim", ["Khan was not an Isis fighter.", "Khan was an alleged Isis fighter."]
)
def test_a_denied_or_hedged_claim_leaves_a_civilian(claim):
    text = "Ali Khan, from Cardiff, was killed in Syria. " + claim
    assert mention(text, "Ali Khan") == ("GBR", {"CVL"})
