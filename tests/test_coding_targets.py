"""Recipients (targets) the rule coder finds, on sentences written for these tests."""

from __future__ import annotations

import pytest

from coding_helpers import codes, only


def test_group_placed_in_a_country_takes_its_code(code):
    ev = only(code("Armed rebels in Chad rejected an appeal from President Idriss Deby."), "REJECT")
    assert codes(ev.actor) == ["TCD"]
    assert codes(ev.recipient) == ["TCD"]


def test_partner_of_the_acts_of_phrase_is_the_target(code):
    ev = only(code("Uruguay ordered a suspension of air links with Paraguay."), "REQUEST")
    assert "PRY" in codes(ev.recipient)


def test_bare_preposition_before_a_reduced_relative(code):
    ev = only(
        code(
            "Ecuador has granted political asylum to two Colombian navy officers holed up "
            "in a consulate since last week's raid."
        ),
        "AID",
    )
    assert codes(ev.recipient) == ["COL"]


def test_coordinated_subjects_of_agreed_act_are_a_dyad(code):
    ev = only(code("Chile and Peru have agreed to give trade concessions."), "AGREE")
    assert codes(ev.actor) == ["CHL"] and codes(ev.recipient) == ["PER"]
    assert "coordinated subjects" in ev.explanation


def test_agreed_act_with_its_own_target_keeps_both_doers(code):
    events = code("Chile and Peru agreed to lift tariffs on Bolivian goods.")
    ev = next(e for e in events if e.event_text == "lift tariffs")
    assert codes(ev.actor) == ["CHL", "PER"]
    assert codes(ev.recipient) == ["BOL"]


def test_coordinated_names_on_the_doers_noun_are_a_dyad(code):
    ev = only(code("UK and EU negotiators agreed a fishing deal."), "SUPPORT")
    assert codes(ev.actor) == ["GBR"] and codes(ev.recipient) == ["EUR"]


def test_uncoded_country_name_alone_is_not_split(code):
    # "EU foreign ministers": one name, no dyad
    events = code("EU foreign ministers agreed a fishing deal.")
    assert all("coordinated names" not in e.explanation for e in events)


def test_purpose_clause_reaches_the_governing_verbs_object(code):
    ev = only(
        code(
            "Chilean President Gabriel Boric called Argentine President Javier Milei "
            "to congratulate him."
        ),
        "SUPPORT",
    )
    assert codes(ev.recipient) == ["ARG"]


def test_partner_of_what_ended_the_act(code):
    ev = only(
        code(
            "Colombian truck drivers called off their strike after reaching an agreement "
            "with the Venezuelan government."
        ),
        "CONCEDE",
    )
    assert codes(ev.recipient) == ["VEN"]


def test_place_of_a_clause_of_the_same_moment(code):
    ev = only(
        code(
            "Two Somali gunmen killed nine people on Friday when they stormed a hotel in Nairobi."
        ),
        "ASSAULT",
    )
    assert "KEN" in codes(ev.recipient)
    assert "the place where the act happens" in ev.explanation


@pytest.mark.parametrize(
    "text",
    ["Peacekeepers in Mali arrested three rebels.", "Observers in Kenya criticised the police."],
)
def test_visitors_and_forces_do_not_take_the_country_they_are_in(code, text):
    ev = code(text)[0]
    assert ev.actor[0].code is None


def test_purpose_served_where_the_doers_are_sent(code):
    ev = only(
        code("The African Union sent a team of experts to Burundi to investigate the killings."),
        "ACCUSE",
    )
    assert "BDI" in codes(ev.recipient)
