"""Article mode agrees with lookup mode on well-known actors in running text: a one-word
group name before its men's noun ("ELN guerrillas"), an NGO's acronym shared with an armed
group ("RSF fighters"), "the forces" after a people's forces whose state is decided later,
"they" of a time clause of finding, a group's name after its country's demonym.  Short
texts written for these tests."""

from __future__ import annotations

from actor_helpers import actors_of, code_of, mention


def test_a_one_word_group_name_before_its_men_is_the_group():
    assert mention("ELN guerrillas blew up an oil pipeline on Sunday.", "ELN") == (
        "COL",
        {"REB"},
    )


def test_the_rebels_take_up_the_group_named_by_one_word():
    text = "Houthi rebels seized a cargo ship, and the rebels said they held its crew."
    assert code_of(text, "Houthi rebels") == "YEM"
    assert mention(text, "the rebels") == ("YEM", {"REB"})
    index = actors_of(text)
    assert len([a for a in index.actors if a.code == "YEM"]) == 1  # one actor, not two


def test_an_ngo_acronym_before_fighters_is_the_armed_group():
    assert mention("RSF fighters looted a hospital in Omdurman.", "RSF fighters") == (
        "SDN",
        {"PRM"},
    )


def test_an_ngo_acronym_without_armed_men_stays_the_ngo():
    assert code_of("RSF said three reporters were detained last week.", "RSF") == "NGO"
    assert code_of("RSF journalists were detained last week.", "RSF") != "SDN"


def test_a_rebel_groups_fighters_stay_rebels():
    assert mention("Hamas fighters ambushed a patrol.", "Hamas fighters") == ("PSE", {"REB"})


def test_the_forces_take_up_a_peoples_forces_placed_later():
    text = (
        "Kurdish peshmerga forces took the hill on Friday. The forces said they had lost six men."
    )
    assert mention(text, "The forces") == ("IRQ", {"MIL"})
    # the people's group named inside the role still decides its state
    assert mention(text, "Kurdish peshmerga forces") == ("IRQ", {"MIL"})


def test_the_forces_are_not_a_peoples_when_another_states_are_named():
    text = "Kurdish forces took the hill on Friday. Turkish troops shelled the forces at night."
    found = mention(text, "the forces")
    assert found is None or found[0] != "TUR"
    assert code_of(text, "Kurdish forces") != "TUR"


def test_they_who_find_are_the_subject_of_the_main_clause():
    text = "Peruvian police detained four men in Lima after they discovered rifles in a van."
    assert mention(text, "they") == ("PER", {"COP"})


def test_they_of_other_time_clauses_are_left_open():
    # "before they could reach the border": the men, as likely as the police
    text = "Peruvian police detained four men before they could reach the border."
    found = mention(text, "they")
    assert found is None or found[0] is None


def test_they_of_a_passive_clause_is_not_the_subject():
    text = "Peruvian police detained four men after they were found with rifles."
    found = mention(text, "they")
    assert found is None or found[1] != {"COP"}


def test_a_group_name_after_its_own_countrys_demonym():
    assert code_of("The Pakistani Taliban attacked a checkpoint near Peshawar.", "Taliban") == (
        "PAK"
    )
    assert mention("The Afghan Taliban rejected the offer.", "Taliban") == ("AFG", {"REB"})


def test_lookup_agrees_with_the_article(lookup):
    found = lookup.one("RSF fighters")
    assert (found.code, set(found.sector)) == ("SDN", {"PRM"})
    found = lookup.one("ELN guerrillas")
    assert (found.code, set(found.sector)) == ("COL", {"REB"})
    found = lookup.one("Afghan Taliban")
    assert (found.code, set(found.sector)) == ("AFG", {"REB"})
    context = "Peruvian police detained four men in Lima after they discovered rifles in a van."
    found = lookup.one("they", context=context)
    assert (found.code, set(found.sector)) == ("PER", {"COP"})


def test_a_one_word_group_name_before_its_leaders_is_the_group():
    assert code_of("ELN commanders signed the truce on Sunday.", "ELN commanders") == "COL"


def test_a_common_word_among_the_dictionaries_group_names_is_no_group():
    # the converted dictionaries name groups "Youth" and "Zero": no code from those
    assert code_of("Youth militias burned a market on Sunday.", "Youth militias") is None
    assert code_of("Zero fighters patrolled the bay.", "Zero fighters") is None


def test_an_ngo_acronym_before_its_officials_stays_the_ngo():
    assert code_of("RSF officials condemned the arrests on Sunday.", "RSF") == "NGO"
