"""Relatives of a person whose nationality the text states, people a state repatriates,
"its" owned by a state's plural body, and plural demonym nouns under a capitalised
modifier.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import code_of, mention


def test_the_family_of_a_stated_national_takes_the_country():
    text = (
        "Jane Roe is a Briton who travelled to Syria in 2015. "
        "Roe's family appealed to ministers on Monday."
    )
    found = mention(text, "family", rule=True)
    assert found is not None
    assert found[0] == "GBR" and "kin of a person" in found[2]


def test_a_possessive_pronoun_owner_counts_too():
    text = (
        "Jane Roe is a Briton who travelled to Syria in 2015. "
        "Her son was taken to a camp by the guards."
    )
    assert code_of(text, "son") == "GBR"


def test_a_spouse_keeps_no_country():
    # fighters' wives and volunteers' husbands are often of another state
    text = (
        "Jane Roe is a Briton who travelled to Syria in 2015. "
        "Her husband was killed in an airstrike."
    )
    assert code_of(text, "husband") is None


def test_a_relative_placed_elsewhere_keeps_no_country():
    # kin abroad: "her son in Toronto" is not said to be British
    text = (
        "Jane Roe is a Briton who travelled to Syria in 2015. "
        "Her son in Toronto was arrested by the police."
    )
    assert code_of(text, "son") is None


def test_a_relative_with_a_nationality_of_their_own_keeps_it():
    text = (
        "Jane Roe is a Briton who travelled to Syria in 2015. "
        "Her Canadian son was arrested by the police."
    )
    assert code_of(text, "son") == "CAN"


def test_a_home_is_not_a_nationality_for_kin():
    # a father who lives in Dhaka says nothing of where his daughter belongs
    text = "Ahmed Ali, who lives in Dhaka, spoke on Monday. His daughter was detained."
    assert code_of(text, "daughter") is None


def test_children_a_state_repatriates_are_its_nationals():
    text = "France has said it will repatriate 130 children from the camps."
    found = mention(text, "130 children", rule=True)
    assert found is not None
    assert found[0] == "FRA" and "repatriates" in found[2]


def test_people_brought_back_to_a_country():
    text = "The family is in a camp and has pleaded to be brought back to Australia."
    assert code_of(text, "family") == "AUS"


def test_refugee_children_a_host_repatriates_are_not_its_own():
    text = "Turkey will repatriate 300 refugee children next month."
    assert code_of(text, "children") is None


def test_its_soldiers_of_a_states_officials():
    text = (
        "Turkey launched an offensive on Saturday. "
        "Turkish officials on Tuesday said two of its soldiers had been killed."
    )
    found = mention(text, "soldiers")
    assert found is not None and found[0] == "TUR" and "MIL" in found[1]


def test_its_after_another_named_body_stays_open():
    text = (
        "Turkey launched an offensive on Saturday. "
        "Turkish officials said the YPG had lost many of its fighters."
    )
    assert code_of(text, "fighters") != "TUR"


def test_a_plural_demonym_under_other():
    text = (
        "Hall is the third Briton killed this year. "
        "Other Britons killed fighting Isis include Mark Doe, 32, a nurse."
    )
    assert code_of(text, "Other Britons") == "GBR"


_LEFT = "Jane Roe left for Syria in 2015. She said she wanted to return. "


def test_a_citizenship_in_a_quotation_names_the_one_woman_of_the_sentence():
    # the coreference pass leaves "her" in the quotation open; the sentence names one
    # woman and a man (a male given name), so "her British citizenship" is Roe's
    text = _LEFT + (
        "Her family wrote to the minister, Mark Hill, on Thursday: “We will help Jane in "
        "challenging your decision to take away her British citizenship.”"
    )
    assert code_of(text, "Jane Roe") == "GBR"
    assert code_of(text, "family") == "GBR"  # and her kin with her


def test_a_citizenship_pronoun_with_a_person_of_unknown_gender_stays_open():
    text = _LEFT + (
        "Her family wrote to the minister, Sam Lee, on Thursday: “We will help Jane in "
        "challenging your decision to take away her British citizenship.”"
    )
    assert code_of(text, "Jane Roe") is None
