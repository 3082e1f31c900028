"""Actors named by spelling variants, ethnic groups, opposition owners and city names that are
also surnames.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import mention
from newsevents.resolve.kb import KnowledgeBase


def test_city_named_police_is_not_a_namesake_ministers_country():
    # "Kano" is also the surname of a Japanese minister in the people index
    found = mention("Kano police detained twelve traders after the clashes.", "Kano police")
    assert found is not None and found[0] == "NGA" and "COP" in found[1]


def test_leaders_of_an_opposition_coalition_are_opposition():
    text = "Leaders of the Kenyan opposition alliance rejected the new budget on Friday."
    found = mention(text, "Leaders")
    assert found == ("KEN", {"OPP"})


def test_leaders_of_a_country_stay_government():
    found = mention("Leaders of Kenya rejected the new budget on Friday.", "Leaders")
    assert found is not None and found[0] == "KEN" and "OPP" not in found[1]


def test_capital_under_a_gazetteer_spelling_variant():
    kb = KnowledgeBase.default()
    nepal = kb.capital_of(1283240)  # Kathmandu's GeoNames id
    assert nepal is not None and nepal.code == "NPL"
    assert kb.capital_of(None) is None
    found = mention("Khatmandu rejected the demands of the protesters on Sunday.", "Khatmandu")
    assert found is not None and found[0] == "NPL"


def test_ethnic_groups_of_one_state():
    found = mention("Kikuyu elders criticised the governor on Monday.", "Kikuyu elders")
    assert found is not None and found[0] == "KEN"
    found = mention("Dinka fighters attacked a cattle camp on Sunday.", "Dinka fighters")
    assert found is not None and found[0] == "SSD"
    found = mention("Sinhalese monks marched through the town.", "Sinhalese monks")
    assert found is not None and found[0] == "LKA"


def test_people_of_two_states_follows_the_sentence():
    kb = KnowledgeBase.default()
    assert set(kb.people_states("Ndebele")) == {"ZWE", "ZAF"}
    assert kb.region("Ndebele") is None
    # Mozambique's civil-war rebels were Shona too: no one state for the word alone
    assert set(kb.people_states("Shona")) == {"ZWE", "MOZ"}
    assert mention("Shona rebels attacked a village on Tuesday.", "Shona rebels")[0] is None


def test_an_unplaced_mention_does_not_undo_a_placed_one():
    text = (
        "Kurdish militias clashed with rebels near Qamishli in north-east Syria on Monday. "
        "Aid workers said thousands had fled. "
        "Families were sleeping in schools. "
        "\u201cThe Kurdish militias are not letting them leave,\u201d a doctor said."
    )
    first = mention(text, "Kurdish militias")
    later = text.index("The Kurdish militias") + 4
    last = mention(text, text[later : later + 16])
    assert first is not None and first[0] == "SYR"
    assert last is not None and last[0] == "SYR"


FOCUS_TEXT = (
    "Kenya's parliament approved the budget on Monday. Kenya's president signed it. "
    "Opposition leaders criticised the plan. Opposition leader Ruth Achieng condemned the "
    "vote. Archbishop John Mwangi condemned the vote."
)


def test_opposition_takes_the_focus_country():
    assert mention(FOCUS_TEXT, "Opposition leaders") == ("KEN", {"OPP"})
    found = mention(FOCUS_TEXT, "Ruth Achieng")
    assert found is not None and found[0] == "KEN" and "OPP" in found[1]


def test_clergy_take_no_focus_country():
    # clerics speak on other countries than the one an article is about
    found = mention(FOCUS_TEXT, "Archbishop John Mwangi")
    assert found is not None and found[0] is None and "REL" in found[1]


def test_an_international_bodys_resolution_names_the_body():
    text = "Norway tabled a Security Council resolution on the ceasefire on Tuesday."
    found = mention(text, "Security Council")
    assert found is not None and found[0] == "UNO"


def test_a_bodys_name_on_a_place_noun_is_no_actor():
    text = "Protesters gathered outside the Security Council building on Tuesday."
    assert mention(text, "Security Council") is None
