"""Places and placed victims, second round: a town carried an attack to, whatever the
model tags it; victims placed by an account of an attack a few sentences back; counted
"others", "persons", "the local population", "people there"; conjoined victims; a
bearing "from" a country that is no origin.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import code_of, mention

# several states and no dominant one: the article gives no focus country to fall back on
_MEETING = "Ministers met in Brussels and Paris on Monday. "
_BOMBING = _MEETING + "Jets bombed a market in Maiduguri on Sunday. "


def test_a_town_an_offensive_is_extended_to_is_its_target():
    text = _MEETING + "The army said it would extend its offensive to the town of Kandahar."
    found = mention(text, "Kandahar")
    assert found is not None and found[0] == "AFG" and not found[1]


def test_a_town_one_travels_to_stays_a_place():
    assert code_of(_MEETING + "The minister travelled to the town of Kandahar.", "Kandahar") is None


def test_a_town_in_a_locative_phrase_stays_a_place():
    text = _MEETING + "Police questioned residents in the town of Kandahar."
    assert code_of(text, "Kandahar") is None


def test_victims_take_the_place_of_an_attack_four_sentences_back():
    text = (
        _BOMBING + "The attack was claimed by a jihadist group. A bomber blew himself up "
        "among shoppers. Witnesses described chaos. At least 20 civilians were killed."
    )
    assert mention(text, "20 civilians") == ("NGA", {"CVL"})


def test_far_back_only_an_account_of_violence_places_victims():
    text = (
        _MEETING + "Markets in Maiduguri were busy on Sunday. The governor praised the army. "
        "Shops reopened later. Witnesses described the scene. At least 20 civilians were killed."
    )
    assert code_of(text, "20 civilians") is None


def test_five_sentences_back_is_too_far():
    text = (
        _BOMBING + "The governor praised the army. Shops reopened later. Witnesses described "
        "the scene. Fighters are regrouping. At least 20 civilians were killed."
    )
    assert code_of(text, "20 civilians") is None


def test_counted_others_share_the_placed_victims_country():
    text = _BOMBING + "At least 20 civilians were killed and 45 others were injured."
    assert mention(text, "45 others") == ("NGA", {"CVL"})


def test_others_beside_victims_of_a_stated_nationality_stay_open():
    text = _BOMBING + "At least 20 Britons were killed and 45 others were injured."
    assert code_of(text, "45 others") is None


def test_a_border_a_town_lies_across_from_is_no_origin():
    text = (
        _MEETING + "At least 20 civilians were killed in Mopti, a town just across the border "
        "from Burkina Faso."
    )
    assert mention(text, "20 civilians") == ("MLI", {"CVL"})


def test_people_who_came_from_a_country_stay_open():
    text = _MEETING + "At least 20 civilians who had fled from Burkina Faso were killed in Mopti."
    assert code_of(text, "20 civilians") is None


def test_people_there_are_of_the_place_named_before():
    text = (
        _MEETING + "The offensive on Aleppo continued. People there are asking Russia to stop it."
    )
    assert mention(text, "People") == ("SYR", {"CVL"})


def test_people_without_there_asking_a_state_stay_open():
    text = _MEETING + "The offensive on Aleppo continued. People are asking Russia to stop it."
    assert code_of(text, "People") is None


def test_a_counted_person_killed_is_placed_where_it_happened():
    text = _MEETING + "One person was killed in Kandahar. The army said nothing."
    assert mention(text, "One person") == ("AFG", {"CVL"})


def test_an_uncounted_person_is_no_victim_group():
    assert code_of(_MEETING + "A person was killed in Kandahar.", "person") is None


def test_the_local_population_is_of_the_place():
    text = _BOMBING + "The local population fled."
    assert mention(text, "local population") == ("NGA", {"CVL"})


def test_a_bare_population_is_no_actor():
    assert mention(_BOMBING + "The population fled.", "population") is None


def test_victims_conjoined_to_placed_victims_share_the_place():
    text = _MEETING + "Jets bombed a market in Maiduguri, killing 20 civilians and two students."
    assert mention(text, "two students") == ("NGA", {"EDU"})


def test_conjoined_aid_workers_are_not_placed():
    text = _MEETING + "Jets bombed a market in Maiduguri, killing 20 civilians and two aid workers."
    assert mention(text, "two aid workers") is None


def test_conjoined_foreigners_keep_their_own_country():
    text = (
        _MEETING + "Jets bombed a market in Maiduguri, killing 20 civilians and two Syrian "
        "students."
    )
    found = mention(text, "two Syrian students")
    assert found is not None and found[0] == "SYR"


def test_a_nearby_province_attacked_lies_where_the_sentence_places_the_acts():
    text = (
        _MEETING + "Thousands fled fighting in Aleppo before jets launched an attack on the "
        "nearby province."
    )
    assert code_of(text, "the nearby province") == "SYR"


def test_an_unnamed_province_attacked_with_no_place_stays_open():
    text = _MEETING + "Thousands fled before jets launched an attack on the nearby province."
    assert code_of(text, "the nearby province") is None


def test_a_shelled_town_tagged_as_a_person_is_still_a_place():
    # the small model tags "Reyhanli" a person and "Kafr Zita" a facility here
    text = _MEETING + "Jets shelled the town of Reyhanli on Sunday."
    assert mention(text, "Reyhanli") == ("TUR", set())
    text = _MEETING + "Jets shelled the town of Kafr Zita on Sunday."
    assert mention(text, "Kafr Zita") == ("SYR", set())
