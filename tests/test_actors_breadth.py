"""Breadth of actor resolution: descriptions of one of several armed groups, acronyms,
surnames tagged as organisations, groups and bodies placed by the text, namesakes of
capitals, parts of countries, predecessor states, faiths as qualifiers, and role nouns.
Short texts written for these tests."""

from __future__ import annotations

from datetime import date

from actor_helpers import code_of
from actor_helpers import mention as _mention


def mention(text: str, words: str, when: date | None = None):
    """(code, sectors, rule) of the actor covering ``words``."""
    return _mention(text, words, when, rule=True)


def test_a_description_names_the_armed_group_the_passage_is_about():
    text = (
        "The Syrian Democratic Forces launched an offensive in 2018. "
        "Islamic State has lost most of its land, and Islamic State commanders are hiding "
        "in the desert. "
        "Officials said Islamic State fighters had fled east, and the SDF pursued the militants."
    )
    assert code_of(text, "militants") == "IMG"


def test_a_description_is_not_the_group_acting_on_it():
    # the SDF speaks of the militants: the other group, even where it is named more
    text = (
        "The Syrian Democratic Forces attacked the town. Islamic State held the town. "
        "The SDF said the militants had fled."
    )
    assert code_of(text, "militants") == "IMG"


def test_a_description_stays_open_when_the_passage_names_both_groups_alike():
    text = (
        "Islamic State attacked the town. The Syrian Democratic Forces attacked the village. "
        "Officials said the militants had fled."
    )
    assert code_of(text, "militants") is None


def test_an_acronym_is_the_organisation_named_before():
    text = (
        "The International Rescue Committee warned of famine in the camp. "
        "The IRC said aid was blocked."
    )
    assert code_of(text, "IRC") == "NGO"
    # no organisation with those initials: no code from the acronym
    assert code_of("The XYZ said aid was blocked in the camp.", "XYZ") is None


def test_a_group_named_again_untagged_is_the_same_group():
    text = (
        "Isis claimed the attack on the checkpoint, officials said. Isis fighters fled. "
        "Officials believe Isis has lost its last town."
    )
    found = mention(text, "Isis claimed")
    assert found is not None and found[0] == "IMG" and "named before" in found[2]


def test_rebels_placed_in_a_country_are_its_rebels_but_troops_are_not():
    assert mention("Rebels in Liberia attacked a village on Tuesday.", "Rebels")[:2] == (
        "LBR",
        {"REB"},
    )
    assert code_of("Foreign fighters in Mali surrendered to the army.", "Foreign") is None
    assert code_of("French troops in Mali withdrew from the town.", "French") == "FRA"


def test_a_court_named_by_its_city_belongs_to_that_country():
    assert code_of("An Istanbul court sentenced the journalist to prison.", "Istanbul") == "TUR"
    # the seats of international courts are no national courts
    assert code_of("The Hague court ruled on the border dispute.", "Hague") is None


def test_a_capital_s_namesake_in_another_country_is_no_capital():
    text = "Gunmen seized Tripoli, the north Lebanese port, on Sunday."
    found = mention(text, "Tripoli")
    assert found is not None and found[0] == "LBN" and "GOV" not in found[1]
    # the capital itself still stands for its government
    assert mention("Tripoli said the talks with Tunis had failed.", "Tripoli")[:2] == (
        "LBY",
        {"GOV"},
    )


def test_a_place_confirmed_or_qualified_by_a_clause_keeps_its_country():
    assert code_of("Rebels seized Afrin, a town in Syria near the Turkish border.", "Afrin") == (
        "SYR"
    )
    text = "Rebels seized Afrin, an enclave in the north-west which the US did not defend."
    assert code_of(text, "Afrin") == "SYR"


def test_a_capital_taken_by_force_is_a_place_not_its_government():
    found = mention("Rebels seized Tripoli on Sunday.", "Tripoli")
    assert found is not None and found[0] == "LBY" and "GOV" not in found[1]


def test_a_compass_part_of_a_country_is_in_that_country():
    assert code_of("Israeli jets bombed South Lebanon on Monday.", "South Lebanon") == "LBN"


def test_predecessor_states_are_coded_as_their_continuation():
    when = date(1985, 1, 1)
    assert code_of("Soviet troops entered the town.", "Soviet", when) == "RUS"
    assert code_of("The Yugoslav army shelled the city.", "Yugoslav", when) == "SRB"
    assert code_of("Rhodesian troops attacked the camp.", "Rhodesian", when) == "ZWE"


def test_a_faith_does_not_hide_where_people_are():
    text = "In Anbar province, Sunni tribesmen refused to surrender their weapons."
    assert code_of(text, "Sunni") == "IRQ"
    # a nationality does: these tribesmen are Syrians wherever they are
    text = "In Anbar province, Syrian tribesmen refused to surrender their weapons."
    assert code_of(text, "Syrian") == "SYR"


def test_a_surname_tagged_as_an_organisation_is_the_known_person_only_as_a_possessive():
    text = "Abu Bakr al-Baghdadi led the group for years. Baghdadi's men were fighting in the town."
    found = mention(text, "Baghdadi's")
    assert found is not None and found[0] == "IMG"


def test_whose_regime_is_the_leader_s_government():
    text = (
        "Ramzan Kadyrov, the ruler of Chechnya, whose regime has been accused of abuses, "
        "met officials on Monday."
    )
    assert mention(text, "regime")[:2] == ("RUS", {"GOV"})


def test_new_role_nouns_take_their_owner_s_country():
    assert mention("US federal investigators questioned the suspect.", "investigators")[:2] == (
        "USA",
        {"COP"},
    )
    assert mention("A Pakistani magistrate ordered his release.", "Pakistani")[:2] == (
        "PAK",
        {"JUD"},
    )
