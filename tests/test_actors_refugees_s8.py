"""Refugees and people on the move: where a journey ends is not where people are from
("her father arrived in Germany" is no German), the people the text calls refugees take
PLOVER's REF sector and no country from their host.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import mention


def test_arrival_in_a_country_gives_no_country():
    # "siblings and father" own no possessive of their own: placed by the act before
    assert mention("One by one, her sisters and father arrived in Germany.", "father") == (
        None,
        {"CVL"},
    )


def test_arrival_at_a_place_inside_a_country_gives_no_country():
    text = "Five villagers arrived at a camp in Jordan and were arrested."
    assert mention(text, "Five villagers") == (None, {"CVL"})


def test_asylum_sought_in_a_country_gives_no_country():
    text = "Five men sought asylum in Sweden last year."
    found = mention(text, "Five men")
    assert found is not None and found[0] is None


def test_people_in_a_place_are_still_placed_there():
    # the rule is about journeys: people where the act happens keep its country
    assert mention("Police arrested villagers in Kano on Monday.", "villagers") == (
        "NGA",
        {"CVL"},
    )


def test_a_shell_that_lands_places_its_victims():
    # "landed" is no arrival of people: the victims are of the place hit
    text = "A shell landed in a market in Aleppo, killing five civilians."
    assert mention(text, "five civilians") == ("SYR", {"CVL"})


def test_refugee_modifier_makes_refugees_not_placed_in_the_host():
    assert mention("Police arrested refugee men in Berlin on Monday.", "refugee men") == (
        None,
        {"REF"},
    )


def test_asylum_seeking_people_are_refugees():
    text = "Police arrested asylum-seeking children in Calais on Monday."
    found = mention(text, "seeking children")
    assert found == (None, {"REF"})


def test_refugee_modifier_keeps_a_demonym():
    text = "Police arrested Syrian refugee women in Berlin on Monday."
    assert mention(text, "Syrian refugee women") == ("SYR", {"REF"})


def test_apposition_all_refugees():
    text = "Eight Syrian men, all refugees, were arrested in Berlin."
    assert mention(text, "Eight Syrian men") == ("SYR", {"REF"})


def test_predicate_nominal_refugees():
    assert mention("The men are refugees. Police arrested them.", "men") == (None, {"REF"})


def test_men_who_fled_the_war_are_refugees():
    text = "Eight Syrian men who had fled the war were arrested in Berlin."
    assert mention(text, "Eight Syrian men") == ("SYR", {"REF"})


def test_men_who_fled_the_scene_are_not_refugees():
    text = "Eight Syrian men who fled the scene were arrested in Berlin."
    assert mention(text, "Eight Syrian men") == ("SYR", {"CVL"})


def test_people_who_fled_a_country_are_refugees_not_placed_in_the_host():
    text = "Families who escaped from Eritrea in 2015 were arrested in Khartoum."
    assert mention(text, "Families") == (None, {"REF"})


def test_a_town_fled_gives_no_country():
    # people may flee a town within their own country: neither refugees nor placed
    found = mention("Police arrested families who fled Aleppo.", "families")
    assert found is not None and found == (None, {"CVL"})


def test_tourists_who_fled_a_country_are_not_refugees():
    found = mention("Police arrested tourists who fled Egypt.", "tourists")
    assert found is not None and "REF" not in found[1]


def test_the_coder_gives_refugees_no_country_of_their_host(rules_code):
    events = rules_code("Refugees in Lebanon protested against the government on Monday.")
    parties = [p for ev in events for p in ev.actor if p.entity_text == "Refugees"]
    assert parties and all(p.code is None for p in parties)


def test_the_coder_gives_refugee_populations_no_country_of_their_host(rules_code):
    events = rules_code(
        "Aid groups say refugee populations in Lebanon are being pressured to return."
    )
    parties = [p for ev in events for p in (*ev.actor, *ev.recipient)]
    assert all(p.code is None for p in parties if "refugee" in p.entity_text)


def test_refugees_take_the_country_of_the_war_they_flee(rules_code) -> None:
    events = rules_code(
        "The agency will send food to refugees fleeing the civil war in Sierra Leone."
    )
    parties = [p for ev in events for p in ev.recipient if p.entity_text == "refugees"]
    assert parties and all(p.code == "SLE" for p in parties)


def test_refugees_facing_their_own_state_take_it(rules_code) -> None:
    events = rules_code("Chechen refugees began a hunger strike against the Russian government.")
    parties = [p for ev in events for p in ev.actor if "refugees" in p.entity_text]
    assert parties and all(p.code == "RUS" for p in parties)
