"""Coreference of role nouns, armed-group descriptions and pronouns with an actor named
before them in the same short text: "the general" for a named army chief, "the militants"
for a named group's fighters, "it" for the organisation that says it, "them" for the group a
subject acted on.  Each rule is tested where it must fire and where it must not.  Short
texts written for these tests."""

from __future__ import annotations

from datetime import date

from actor_helpers import actor_of, actors_of, mention, named

# -- role nouns ---------------------------------------------------------------------------


def test_a_rank_noun_takes_up_the_named_commander_of_that_service():
    text = "Army chief Asim Munir met Chinese officials, and the general pledged closer ties."
    assert mention(text, "the general", date(2024, 5, 1)) == ("PAK", {"MIL"})


def test_the_office_noun_takes_up_the_person_titled_with_it():
    text = "Senator Marco Rubio criticized the deal, and the senator urged new sanctions."
    assert mention(text, "the senator", date(2020, 5, 1)) == ("USA", {"LEG"})


def test_a_role_noun_in_the_same_clause_as_the_person_is_someone_else():
    text = "Senator Marco Rubio met the senator on Monday."
    found = mention(text, "senator on", date(2020, 5, 1))
    assert found is None or found[0] != "USA"


def test_a_role_noun_used_for_someone_unnamed_before_is_not_the_named_person():
    text = (
        "Senator Marco Rubio spoke on Monday. A senator from Ohio objected, and the senator "
        "demanded a vote."
    )
    index_mention = mention(text, "the senator", date(2020, 5, 1), rule=True)
    assert index_mention is None or "-> named" not in index_mention[2]


def test_a_vice_president_is_not_the_president():
    text = "Vice President Jane Cole arrived on Monday. The president said she was pleased."
    found = mention(text, "The president", rule=True)
    assert found is None or "-> named" not in found[2]


def test_a_rank_noun_does_not_take_up_a_civilian_office():
    text = "Foreign Minister Ana Lopez met reporters in Lima, and the general spoke later."
    found = mention(text, "the general", rule=True)
    assert found is None or "-> named" not in found[2]


# -- armed-group descriptions --------------------------------------------------------------


def test_the_militants_take_up_a_named_groups_fighters():
    text = "Al-Shabaab fighters stormed a hotel in Mogadishu, and the militants held it for hours."
    assert mention(text, "the militants") == ("SOM", {"REB"})


def test_the_rebels_take_up_the_named_group_the_troops_fought():
    text = (
        "Colombian troops clashed with FARC fighters near the border, and the rebels fled "
        "into Venezuela."
    )
    assert mention(text, "the rebels") == ("COL", {"REB"})


def test_the_militants_a_subject_pursues_are_the_other_group():
    text = "Al-Shabaab fighters stormed a hotel, and Kenyan troops pursued the militants."
    assert mention(text, "the militants") == ("SOM", {"REB"})


def test_a_groups_own_clause_does_not_make_it_its_opponent():
    # the SDF is the subject of the clause holding "the militants": the other side
    text = "Islamic State attacked the town. The SDF advanced and the militants fled."
    assert mention(text, "the militants") == ("IMG", {"REB"})


def test_the_militants_a_relative_clause_subject_fights_are_the_other_group():
    # "which" stands for the SDF: the SDF advance, against Islamic State
    text = (
        "Islamic State lost its last town. No statement came from the SDF, which have been "
        "advancing against the militants for weeks."
    )
    assert mention(text, "the militants") == ("IMG", {"REB"})


def test_a_plural_used_before_for_other_men_is_those_men():
    text = "Kurdish rebels attacked Isis positions. The rebels said they had taken the town."
    found = mention(text, "The rebels")
    assert found is None or found[0] != "IMG"


def test_a_countrys_rebels_are_no_named_group():
    text = "Syrian rebels stormed a hotel in Aleppo, and the militants held it for hours."
    found = mention(text, "the militants")
    assert found is None or found[0] != "SYR"


# -- "it": the speaker ---------------------------------------------------------------------


def test_it_in_what_an_organisation_says_is_the_organisation():
    assert mention("NATO said it would send more troops to the eastern flank.", "it")[0] == "IGO"


def test_it_after_a_participle_of_saying_is_the_clause_subject():
    text = "Al-Shabaab claimed the attack, saying it had targeted a military base."
    assert mention(text, "it had") == ("SOM", {"REB"})


def test_it_after_an_addressee_is_left_open():
    text = "Britain told Iran it would reopen the embassy."
    assert mention(text, "it would") is None


def test_it_after_another_subject_in_the_reported_clause_is_left_open():
    text = "NATO said the plan was sound and it would work."
    assert mention(text, "it would") is None


# -- "them": the group acted on -----------------------------------------------------------


def test_them_is_the_group_the_subjects_conjoined_acts_took_as_object():
    text = "Chinese coast guard ships blocked Filipino fishermen and fired water cannon at them."
    assert mention(text, "them")[0] == "PHL"


def test_them_after_a_new_subject_is_left_open():
    text = "Police arrested Kenyan protesters, and soldiers beat them."
    assert mention(text, "them") is None


# -- he/she: the speaker of the quotation before, the sex of a given name -----------------

_QUOTED = (
    "Lena Okafor, the group's spokesperson, said: “We have waited for months. Nothing has "
    "changed. The camps are full and the winter is coming.” The aid would arrive in March, "
    "she said."
)


def test_she_after_a_run_of_quoted_sentences_is_their_speaker():
    assert mention(_QUOTED, "she said", rule=True) is not None
    assert "pronoun (f)" in mention(_QUOTED, "she said", rule=True)[2]


def test_a_pronoun_inside_the_quotation_is_not_bound_to_its_speaker_that_way():
    text = _QUOTED.replace("The aid would arrive in March, she said.", "")
    assert mention(text, "We have") is None


def test_no_speaker_is_taken_when_two_people_speak_the_quotation():
    text = (
        "Lena Okafor and Tom Reyes said: “We have waited for months. Nothing has changed. "
        "The camps are full.” The aid would arrive in March, she said."
    )
    assert mention(text, "she said") is None


def test_a_mans_given_name_does_not_take_her():
    text = (
        "Sarah Ahmed was stranded in the camp for a year. Richard Hollis said the government "
        "should help her."
    )
    index = actors_of(text)
    assert actor_of(index, "her") is named(index, "Sarah Ahmed")


def test_a_womans_given_name_does_not_take_him():
    text = (
        "Omar Haddad was stranded in the camp for a year. Laura Quint said the government "
        "should help him."
    )
    index = actors_of(text)
    assert actor_of(index, "him") is named(index, "Omar Haddad")


def test_it_as_the_subject_of_a_copula_is_not_the_speaker():
    text = "The council said it was clear that the talks had failed."
    assert mention(text, "it was") is None
