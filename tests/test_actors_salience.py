"""Actors the article identifies away from the mention: a person's country from where
they live or come from, the armed group a description or a possessive takes up, and
capitals that stand for their governments.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import actor_of, actors_of, code_of, mention


def test_where_a_person_lives_now_gives_their_country():
    text = (
        "Zalina Ruslanova, a mother of five who now lives in Grozny, was on the last flight. "
        "In 2012, she was sentenced to two years in prison."
    )
    assert mention(text, "Zalina Ruslanova") == ("RUS", {"CVL"})
    assert code_of(text, "she was") == "RUS"  # the pronoun bound to her


def test_a_former_home_gives_no_country():
    text = (
        "Zalina Ruslanova, a mother of five who lived in Grozny, was on the last flight. "
        "In 2012, she was sentenced to two years in prison."
    )
    assert code_of(text, "Zalina Ruslanova") is None


_SEIZED = (
    "The war went on for years. Abu Bakr al-Baghdadi said that the Nusra Front had joined "
    "Islamic State. The group had seized power through fear."
)


def test_the_group_is_the_armed_group_the_article_is_about():
    # the passage names both groups once; the article named Islamic State throughout
    text = (
        "Islamic State attacked Mosul in 2014. Islamic State then took Raqqa. Islamic State "
        "executed hundreds of prisoners. Later Islamic State lost both cities. " + _SEIZED
    )
    assert mention(text, "The group") == ("IMG", {"REB"})


def test_no_armed_group_dominates_the_article_so_the_group_stays_open():
    text = "Islamic State attacked Mosul in 2014. " + _SEIZED
    assert mention(text, "The group") is None


_BOKO = (
    "Boko Haram attacked Maiduguri in 2014. Boko Haram then took Bama. Boko Haram kidnapped "
    "hundreds of girls. Later Boko Haram lost both towns. The war went on for years. "
)


def test_an_earlier_definite_group_continues_the_chain():
    # "the group he led" is Boko Haram again: no new group that "The group" could name
    text = _BOKO + (
        "Abubakar Shekau said that Ansaru had joined the group he led. "
        "The group had seized power through fear."
    )
    assert actor_of(actors_of(text), "The group").name == "Boko Haram"
    # the chain names what the earlier "the group" names: unsure where no group dominates
    text = (
        "Boko Haram attacked Maiduguri in 2014. Abubakar Shekau said that Ansaru had joined "
        "the group he led. The group had seized power through fear."
    )
    assert actor_of(actors_of(text), "The group") is None
    # a new group of people in between may be what "the group" names
    text = _BOKO + "A group of women met Ansaru fighters in Kano. The group had walked for days."
    assert actor_of(actors_of(text), "The group") is None


def test_its_people_belong_to_an_actor_not_to_a_thing_in_between():
    # "a new campaign" owns no fighters: "its" is Islamic State's
    text = (
        "Islamic State has changed tactics. It announced a new campaign last July, when its "
        "fighters attacked a village in the south."
    )
    assert mention(text, "fighters") == ("IMG", {"REB"})
    # a town has residents: "its" may be the town's, so the residents stay open
    text = (
        "Islamic State has changed tactics. It attacked the town last July, when its "
        "residents were asleep."
    )
    assert code_of(text, "residents") is None


def test_capitals_toured_to_press_a_case_are_their_governments():
    text = (
        "The opposition leader has been touring Washington, Paris and London to press the "
        "case for sanctions."
    )
    assert mention(text, "Washington") == ("USA", {"GOV"})
    assert mention(text, "London") == ("GBR", {"GOV"})
    # a visit with no such purpose leaves the capitals places
    text = "The opposition leader has been touring Washington, Paris and London to see the sights."
    assert mention(text, "Washington") is None


def test_a_person_who_is_from_a_place_takes_its_country():
    text = "Amira Haddad and her mother are from Mosul in Iraq, but they were kidnapped in 2014."
    assert mention(text, "Amira Haddad") == ("IRQ", {"CVL"})
    # "came from" in the past is a journey, not an origin
    assert code_of("Amira Haddad came from Mosul to Raqqa in 2014.", "Amira Haddad") is None


def test_an_original_home_yields_to_a_citizenship_acquired():
    text = "Amira Haddad is originally from Mosul and became a US citizen in 2010."
    assert mention(text, "Amira Haddad") == ("USA", {"CVL"})
    assert code_of("Amira Haddad is originally from Mosul.", "Amira Haddad") is None


def test_the_group_s_fighters_are_the_group_s():
    text = (
        "Islamic State attacked Mosul in June. The group's remaining fighters killed ten villagers."
    )
    assert mention(text, "The group") == ("IMG", {"REB"})
    assert mention(text, "group's remaining fighters") == ("IMG", {"REB"})


def test_the_group_a_group_fights_is_not_that_group():
    # the SDF (under either name) are the subject: "the group" is their enemy, not them
    text = (
        "The Kurdish-led Syrian Democratic Forces (SDF) hold thousands of prisoners and are "
        "battling the group's remaining fighters near the border."
    )
    assert mention(text, "the group") is None
    assert code_of(text, "remaining fighters") is None


def test_a_journey_to_seek_help_is_no_lobbying():
    text = "The minister flew to Paris to seek medical treatment."
    assert mention(text, "Paris") is None


def test_a_people_s_actors_take_the_state_the_article_s_others_have():
    text = (
        "Kurdish-led forces have been fighting extremists in Syria's Deir ez-Zor province. "
        "Later, Turkey sent troops to oust Kurdish militants from an enclave."
    )
    assert mention(text, "Kurdish militants") == ("SYR", {"REB"})
    # alone, the Kurds Turkey fights have no state
    assert (
        code_of("Turkey sent troops to oust Kurdish militants from an enclave.", "Kurdish") is None
    )


def test_the_other_actors_state_is_not_taken_where_the_sentence_makes_it_a_party():
    text = (
        "Kurdish-led forces have been fighting extremists in Syria's Deir ez-Zor province. "
        "Later, Syrian troops attacked Kurdish militants near the border."
    )
    assert code_of(text, "Kurdish militants") is None
