"""Doers (sources) and the targets beside them that the rule coder finds, on sentences
written for these tests."""

from __future__ import annotations

from coding_helpers import codes, only

# -- parties with no country of their own take the state they face -------------------


def test_group_facing_a_state_body_takes_its_country(code):
    ev = only(
        code(
            "Islamist activists began a hunger strike to demand the resignation of the "
            "Tunisian president."
        ),
        "PROTEST",
    )
    assert codes(ev.actor) == ["TUN"]
    assert "a party outside the state" in ev.explanation


def test_group_a_state_body_acts_on_takes_its_country(code):
    ev = only(code("The Kenyan government accepted demands from the rebels."), "CONCEDE")
    assert codes(ev.recipient) == ["KEN"]


def test_foreign_group_does_not_take_the_country(code):
    ev = only(code("The Kenyan government expelled foreign journalists."), "COERCE")
    assert codes(ev.recipient) == [None]


def test_officials_do_not_take_the_country_they_face(code):
    # officials deal with other states as often as with their own
    ev = only(code("Officials criticised the Tunisian president on Monday."), "ACCUSE")
    assert codes(ev.actor) == [None]


def test_armed_forces_give_no_country_to_their_targets(code):
    # troops often fight abroad: whom they attack is not theirs
    ev = only(code("American troops attacked insurgents on Monday."), "ASSAULT")
    assert codes(ev.recipient) == [None]


# -- unnamed doers of attacks and arrests ---------------------------------------------


def test_unnamed_attackers_take_the_place_of_the_attack(code):
    ev = only(code("A roadside bomb near the town of Kandahar killed two soldiers."), "ASSAULT")
    assert codes(ev.actor) == ["AFG"]


def test_agentless_arrest_is_the_place_s_state(code):
    ev = only(code("A journalist was arrested in Ethiopia on Monday."), "COERCE")
    assert codes(ev.actor) == ["ETH"]
    assert all(r.entity_text != "Ethiopia" for r in ev.recipient)


def test_an_arrest_with_no_place_keeps_no_doer(code):
    events = code("A journalist was arrested on Monday.")
    assert all(not e.actor for e in events)


# -- pronoun doers are shown by their name --------------------------------------------


def test_pronoun_doer_is_shown_by_its_name_in_the_sentence(code):
    ev = only(code("President Obama said he will not lift the embargo on Cuba."), "REJECT")
    assert [a.entity_text for a in ev.actor] == ["President Obama"]
    assert codes(ev.actor) == ["USA"]


# -- targets ------------------------------------------------------------------------


def test_each_target_takes_the_place_of_its_own_phrase(code):
    ev = only(
        code("Japan provided aid to an orphanage in Tanzania and a credit union in Mozambique."),
        "AID",
    )
    assert set(codes(ev.recipient)) == {"TZA", "MOZ"}


def test_people_of_the_place_do_not_hide_the_place(code):
    ev = only(
        code(
            "The president lifted all restrictions on the ability of individuals to visit "
            "relatives in Cuba."
        ),
        "CONCEDE",
    )
    assert "CUB" in codes(ev.recipient)


def test_strike_targets_the_place_its_relative_clause_shut_down(code):
    ev = only(code("Unions staged a general strike that paralysed Lagos on Monday."), "PROTEST")
    assert "NGA" in codes(ev.recipient)


def test_people_an_act_s_purpose_reaches_are_its_target(code):
    ev = only(
        code("Egyptian police opened fire to disperse student demonstrators on Monday."),
        "ASSAULT",
    )
    assert [r.entity_text for r in ev.recipient] == ["student demonstrators"]
    assert codes(ev.recipient) == ["EGY"]


def test_people_struck_by_unnamed_attackers_are_the_place_s(code):
    ev = only(code("A journalist was shot dead in Kabul on Monday."), "ASSAULT")
    assert codes(ev.actor) == ["AFG"]
    assert codes(ev.recipient) == ["AFG"]


def test_visitors_arrested_somewhere_are_not_its_people(code):
    ev = only(code("A tourist was arrested in Ethiopia on Monday."), "COERCE")
    assert codes(ev.actor) == ["ETH"]
    assert codes(ev.recipient) == [None]


def test_a_party_contending_with_its_state_takes_its_country(code):
    ev = only(
        code("The small Renewal party has said it will boycott Algeria's elections."), "THREATEN"
    )
    assert codes(ev.actor) == ["DZA"]


def test_a_cleric_calling_for_sanctions_on_a_state_is_not_its_own(code):
    # CAMEO 113 ("rally opposition against"): the type is the trigger table's business
    ev = only(code("Bishop John Okoro called for sanctions against Nigeria."), "ACCUSE")
    assert codes(ev.actor) == [None]
    assert codes(ev.recipient) == ["NGA"]
