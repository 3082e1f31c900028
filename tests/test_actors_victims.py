"""Unnamed victims placed by the sentence before: "Jets bombed markets in Maiduguri. At
least 20 civilians were killed." (ICEWS "Citizen (Country)").  Short texts written for
these tests."""

from __future__ import annotations

from actor_helpers import code_of

# several states and no dominant one: the article gives no focus country to fall back on
_MEETING = "Ministers met in Brussels and Paris on Monday. "


def test_victims_take_the_place_of_the_sentence_before():
    text = (
        _MEETING + "Jets bombed markets in Maiduguri on Sunday. At least 20 civilians were killed."
    )
    assert code_of(text, "20 civilians") == "NGA"


def test_the_place_carries_over_a_sentence_that_names_none():
    text = (
        _MEETING + "Jets bombed markets in Maiduguri on Sunday. At least 20 civilians were "
        "killed. More than 100 civilians have died this year."
    )
    assert code_of(text, "100 civilians") == "NGA"


def test_a_country_named_as_an_actor_places_no_one():
    # "Nigeria condemned": a government speaking, not where the victims were
    text = _MEETING + "Nigeria condemned the attack on Sunday. At least 20 civilians were killed."
    assert code_of(text, "20 civilians") is None


def test_places_in_two_countries_place_no_one():
    text = (
        _MEETING + "Jets bombed markets in Maiduguri and in Niamey on Sunday. "
        "At least 20 civilians were killed."
    )
    assert code_of(text, "20 civilians") is None


def test_a_new_paragraph_starts_afresh():
    text = (
        _MEETING
        + "Jets bombed markets in Maiduguri on Sunday.\n\nAt least 20 civilians were killed."
    )
    assert code_of(text, "20 civilians") is None


def test_a_journey_in_the_sentence_before_places_no_one():
    text = (
        _MEETING
        + "Hundreds of families fled to Maiduguri on Sunday. At least 20 civilians were killed."
    )
    assert code_of(text, "20 civilians") is None
