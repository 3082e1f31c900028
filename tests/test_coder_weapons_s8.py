"""What a verb of firing or throwing takes as object is the weapon, the means of the act;
its target is what the weapon is aimed at ("fired a missile at a tanker").  And a party
that strikes a state's things abroad ("Israeli shipping", "the US embassy") is not thereby
of that state.  Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import codes, only, texts


def test_the_missile_fired_is_no_target_the_ship_it_is_fired_at_is(rules_code):
    ev = only(rules_code("Pirates fired a missile at a tanker on Tuesday."), "ASSAULT")
    assert texts(ev.recipient) == ["tanker"]


def test_rockets_fired_from_one_place_into_another_target_the_second(rules_code):
    ev = only(rules_code("Hamas fired rockets from Gaza into Israel on Monday."), "ASSAULT")
    assert codes(ev.recipient) == ["ISR"]


def test_a_salvo_of_missiles_is_the_means_too(rules_code):
    ev = only(rules_code("Russia fired a salvo of cruise missiles at Ukraine."), "ASSAULT")
    assert codes(ev.recipient) == ["UKR"]


def test_tear_gas_fired_at_protesters_targets_the_protesters(rules_code):
    ev = only(rules_code("Police fired tear gas at protesters in Nairobi."), "ASSAULT")
    assert texts(ev.recipient) == ["protesters"]


def test_live_rounds_are_a_munition(rules_code):
    ev = only(rules_code("Troops fired live rounds at students in Dhaka."), "ASSAULT")
    assert texts(ev.recipient) == ["students"]


def test_a_weapon_deployed_is_the_doers_own(rules_code):
    ev = only(rules_code("The regime deployed sarin gas against civilians."), "MOBILIZE")
    assert texts(ev.recipient) == ["civilians"]


def test_a_person_shot_is_still_the_target(rules_code):
    ev = only(rules_code("Soldiers shot a protester in Bamako."), "ASSAULT")
    assert texts(ev.recipient) == ["protester"]


def test_the_place_missiles_are_fired_at_does_not_code_the_unnamed_doers(rules_code):
    ev = only(rules_code("Missiles were fired at Israel from Yemen."), "ASSAULT")
    assert "ISR" not in codes(ev.actor)
    assert codes(ev.recipient) == ["ISR"]


def test_the_place_a_rocket_lands_in_still_codes_the_unnamed_doers(rules_code):
    # "in Kabul" says where the attack happened, not what it was aimed at
    ev = only(rules_code("A rocket was fired at a police station in Kabul."), "ASSAULT")
    assert codes(ev.actor) == ["AFG"]


def test_bombs_dropped_on_a_group_are_an_air_attack_on_it(rules_code):
    ev = only(rules_code("The US dropped bombs on an Isis base in Afghanistan."), "ASSAULT")
    assert ev.cameo.code == "195"
    assert codes(ev.actor) == ["USA"]
    assert "IMG" in codes(ev.recipient)


def test_a_demand_dropped_is_still_a_concession(rules_code):
    events = rules_code("The party dropped its demand for a recount.")
    assert "ASSAULT" not in {e.event for e in events}
    only(events, "CONCEDE")


def test_drones_launched_at_a_state_are_a_drone_attack(rules_code):
    ev = only(rules_code("Iran launched drones at Israel on Sunday."), "ASSAULT")
    assert ev.cameo.code == "1952"
    assert codes(ev.recipient) == ["ISR"]


def test_mortars_lobbed_at_a_base_are_artillery_fire(rules_code):
    ev = only(rules_code("Militants lobbed mortars at an army base near Kandahar."), "ASSAULT")
    assert ev.cameo.code == "194"


def test_rebels_who_target_a_states_shipping_are_not_of_that_state(rules_code):
    ev = only(rules_code("Rebels targeted Israeli shipping on Sunday."), "ASSAULT")
    assert codes(ev.actor) == [None]


def test_militants_who_fire_at_an_embassy_are_not_of_its_state(rules_code):
    ev = only(rules_code("Militants fired a rocket at the US embassy on Sunday."), "ASSAULT")
    assert "USA" not in codes(ev.actor)
    assert codes(ev.recipient) == ["USA"]


def test_rebels_who_attack_a_states_capital_still_take_its_country(rules_code):
    ev = only(rules_code("The rebels attacked Juba on Sunday."), "ASSAULT")
    assert codes(ev.actor) == ["SSD"]


def test_rebels_who_attack_a_states_towns_still_take_its_country(rules_code):
    ev = only(rules_code("Rebels attacked Israeli towns on Sunday."), "ASSAULT")
    assert codes(ev.actor) == ["ISR"]


def test_a_weapon_naming_another_thing_is_not_fired(rules_code):
    # "a drone programme", "a missile defence programme", "the bomb inquiry": no attack
    for text in (
        "The army launched a drone programme last year.",
        "Russia launched a missile defence programme.",
    ):
        assert "ASSAULT" not in {e.event for e in rules_code(text)}, text
    events = rules_code("Police dropped the bomb investigation on Monday.")
    assert "ASSAULT" not in {e.event for e in events}
    only(events, "CONCEDE")


def test_a_weapon_naming_the_munition_fired_still_counts(rules_code):
    ev = only(rules_code("The army fired artillery shells at the village."), "ASSAULT")
    assert ev.cameo.code == "194"
    assert texts(ev.recipient) == ["village"]


def test_who_fired_the_weapon_that_struck_is_the_doer(rules_code):
    ev = only(rules_code("A missile fired by Houthi rebels hit a tanker."), "ASSAULT")
    assert texts(ev.actor) == ["Houthi rebels"]
    ev = only(rules_code("The school was hit by a missile fired by Russian forces."), "ASSAULT")
    assert codes(ev.actor) == ["RUS"]


def test_where_a_weapon_was_fired_from_is_not_its_doer(rules_code):
    ev = only(rules_code("A missile fired from Syria hit a village."), "ASSAULT")
    assert "SYR" not in codes(ev.actor)
