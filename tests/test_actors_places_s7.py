"""Places as participants of violent acts ("the assault on the city of Homs", "fired
mortars at Kandahar", "shelled rebel-held villages in Homs province") and victims placed
where the act fell, past the countries that act in the sentence ("Moscow said 24
civilians were killed in Homs").  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import code_of, mention

# several states and no dominant one: the article gives no focus country to fall back on
_MEETING = "Ministers met in Brussels and Paris on Monday. "


def test_a_town_under_a_place_noun_is_the_target_of_an_assault():
    found = mention(_MEETING + "Jets launched an assault on the city of Homs.", "Homs")
    assert found is not None and found[0] == "SYR" and not found[1]


def test_a_town_in_a_locative_phrase_stays_a_place():
    assert code_of(_MEETING + "Ten soldiers were killed in the city of Homs.", "Homs") is None


def test_a_town_fired_at_is_a_target():
    assert code_of(_MEETING + "Troops fired mortars at Kandahar on Sunday.", "Kandahar") == "AFG"


def test_at_a_town_without_a_shot_is_a_location():
    assert code_of(_MEETING + "Troops gathered at Kandahar on Sunday.", "Kandahar") is None


def test_a_town_naming_an_offensive_is_its_target():
    assert code_of(_MEETING + "The Mosul offensive began on Monday.", "Mosul") == "IRQ"


def test_unnamed_towns_shelled_take_the_country_of_their_own_phrase():
    text = _MEETING + "Jets shelled several rebel-held villages in Homs province."
    assert mention(text, "several rebel-held villages") == ("SYR", {"REB"})


def test_unnamed_towns_without_a_place_of_their_own_stay_uncoded():
    assert mention(_MEETING + "Jets shelled several villages on Sunday.", "villages") is None


def test_unnamed_towns_in_a_locative_phrase_are_no_target():
    text = _MEETING + "Jets flew over several villages in Homs province."
    assert mention(text, "villages") is None


def test_a_capital_speaking_places_no_one():
    # "Moscow said": the Russian government, not where the victims were
    text = _MEETING + "Moscow said 24 civilians were killed in Homs."
    assert code_of(text, "24 civilians") == "SYR"


def test_a_state_fighting_alongside_places_no_one():
    text = _MEETING + "24 civilians were killed in Homs by rebels fighting alongside Turkey."
    assert code_of(text, "24 civilians") == "SYR"


def test_a_country_as_subject_still_counts_as_a_place():
    # "Brazil investigated ...": the act may be Brazil's own; the people stay open
    text = _MEETING + "Brazil investigated the killing of 24 miners while troops fought in Homs."
    assert code_of(text, "24 miners") is None


def test_victims_of_a_town_struck_by_a_missile_from_abroad():
    # "from Syria" is where the missile was fired, not where anyone is from
    text = _MEETING + "One civilian was killed after a missile from Syria struck the town of Kilis."
    assert code_of(text, "One civilian") == "TUR"


def test_towns_held_by_a_named_group_are_left_to_the_group():
    text = _MEETING + "Troops besieged the last villages held by Isis in Homs province."
    assert mention(text, "the last villages") is None
