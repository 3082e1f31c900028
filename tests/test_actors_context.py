"""Countries the context gives actors that name none: the place of the act for unnamed
private people, police and courts, and nationality stated with "be" or a relative clause.
Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import code_of, mention


def test_private_people_take_the_country_of_the_place_of_the_act():
    text = "Police fired tear gas at protesters in Nairobi on Tuesday."
    assert mention(text, "protesters") == ("KEN", {"CVL"})
    assert mention(text, "Police") == ("KEN", {"COP"})


def test_released_from_is_no_origin_but_the_release_is_placed():
    # "from prison" says nothing of the father; "in Leeds" is where the act happened
    assert code_of("A father was released from prison in Leeds on Monday.", "father") == "GBR"
    assert code_of("A father was released from a prison in Leeds.", "father") is None


def test_objects_of_the_act_are_placed_too():
    # "civilians" is no subject here: an actor only because the place gives a country
    assert mention("Soldiers killed four civilians in the city of Mombasa.", "civilians") == (
        "KEN",
        {"CVL"},
    )
    assert code_of("Gunmen killed twelve villagers in Zamfara state, Nigeria.", "villagers") == (
        "NGA"
    )


def test_places_in_several_countries_give_no_country():
    assert code_of("Protesters in Lagos and Accra marched on Friday.", "Protesters") is None


def test_people_who_move_or_are_foreigners_take_no_place_country():
    assert code_of("Hundreds of women travelled to Syria last year.", "women") is None
    assert code_of("Twelve tourists were kidnapped in Mali.", "tourists") is None
    text = "Foreign fighters and their children are held in a camp in Iraq."
    assert code_of(text, "children") is None


def test_an_origin_in_the_sentence_beats_the_place():
    text = "A man who says he is a pharmacist from Leeds has been detained in Syria."
    assert code_of(text, "man") != "SYR"


def test_another_clause_s_journey_does_not_block_the_place():
    text = "He returned to Kenya in May and police arrested him at Nairobi airport."
    assert mention(text, "police") == ("KEN", {"COP"})


def test_stated_nationality_codes_a_person():
    text = (
        "Hoda Rahim is the only American among the women in the camp. "
        "Rahim said she wanted to go home."
    )
    assert mention(text, "Hoda Rahim") == ("USA", {"CVL"})
    # the women around her are not American, and the article names no place for them
    assert code_of(text, "women") is None
    assert code_of("Jon Brisk, who is a Canadian national, was detained.", "Jon Brisk") == "CAN"


def test_hyphenated_or_refugee_nationality_is_no_stated_nationality():
    assert code_of("Amir Saleh is a Syrian-American doctor.", "Amir Saleh") is None


def test_relative_clause_says_where_a_person_is_from():
    text = "Jane Doe, who is from Leeds, was arrested in Turkey on Monday."
    assert mention(text, "Jane Doe") == ("GBR", {"CVL"})


def test_home_gives_a_person_their_country():
    text = "Jane Roe fled her home in Leeds in 2015. Roe said she wanted to come home to Britain."
    assert mention(text, "Jane Roe") == ("GBR", {"CVL"})
    assert code_of("Amina Bello said she wants to come home to Nigeria.", "Amina Bello") == "NGA"


def test_counted_people_are_placed_and_bodies_are_not():
    text = "Police dispersed thousands of students in Jakarta on Saturday."
    assert code_of(text, "students") == "IDN"
    # hospitals set up somewhere are things, not participants placed there
    assert code_of("The army set up two hospitals in Kano.", "hospitals") is None


def test_incomers_and_contested_regions_take_no_place_country():
    assert code_of("Gunmen kidnapped three aid workers in Mali.", "aid workers") is None
    assert code_of("Settlers attacked a village in the West Bank.", "Settlers") is None
    assert code_of("Police in Crimea detained three men.", "Police") is None
