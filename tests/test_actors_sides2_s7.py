"""Sides of a war the text names only by their relation to a government or a people:
"the regime" named later, bare "government forces", "Kurdish peshmerga forces", "groups
opposed to Assad".  Short texts written for these tests."""

from __future__ import annotations

from datetime import date

from actor_helpers import mention

_WHEN = date(2017, 11, 1)
# places in two states, then two sentences with none: no focus country, and out of reach
# of a passage (a sentence and the two before)
_MEETING = "Ministers met in Brussels and Paris on Monday. They talked for hours. Nothing changed. "


def test_the_regime_is_the_one_the_article_names_later():
    text = (
        "Rebel leaders called the talks a meeting with the regime. Ministers met in Paris and "
        "Berlin on Monday. The Syrian regime has refused to negotiate."
    )
    assert mention(text, "the regime") == ("SYR", {"GOV"})


def test_the_regime_stays_open_when_two_states_are_called_so():
    text = (
        "Rebel leaders called the talks a meeting with the regime. Ministers met in Paris and "
        "Berlin on Monday. The Syrian regime and the Iranian regime have refused to negotiate."
    )
    found = mention(text, "the regime")
    assert found is None or found[0] is None


def test_government_forces_fight_where_the_passage_places_them():
    text = _MEETING + "On Sunday, government forces shelled villages near Homs."
    found = mention(text, "government forces", rule=True)
    assert found is not None and found[:2] == ("SYR", {"MIL"})
    assert "government forces: the country they fight in" in found[2]


def test_government_forces_between_two_countries_stay_open():
    text = _MEETING + "On Sunday, government forces shelled villages near Homs and Mosul."
    found = mention(text, "government forces")
    assert found is not None and found[0] is None


def test_government_troops_of_the_one_government_the_passage_names():
    text = (
        _MEETING + "Fighters loyal to the Syrian government seized a town on Saturday. "
        "A Syrian monitor said government troops had taken it."
    )
    assert mention(text, "government troops") == ("SYR", {"MIL"})


def test_government_troops_stay_open_when_two_governments_are_named():
    text = (
        _MEETING + "The British government and the Syrian government traded accusations. "
        "A Syrian monitor said government troops had taken it."
    )
    found = mention(text, "government troops")
    assert found is not None and found[0] is None


def test_a_base_is_not_where_government_forces_fight():
    text = _MEETING + "A Britain-based monitor said government forces had advanced."
    found = mention(text, "government forces")
    assert found is not None and found[0] is None


def test_kurdish_peshmerga_forces_are_the_peshmergas_state():
    # the Iraqi army as a party would block a guess from the article's other Kurds
    text = "Kurdish peshmerga forces were pushed out of the city by the Iraqi army."
    assert mention(text, "Kurdish peshmerga forces") == ("IRQ", {"MIL"})


def test_groups_opposed_to_a_leader_are_his_states_opposition():
    text = (
        "President Bashar al-Assad met envoys in Damascus. As many as 30 groups opposed to "
        "Assad will gather in Riyadh for talks."
    )
    found = mention(text, "30 groups", _WHEN)
    assert found == ("SYR", {"OPP"})


def test_groups_opposed_to_a_deal_are_nobodys_opposition():
    text = (
        "President Bashar al-Assad met envoys in Damascus. As many as 30 groups opposed to "
        "the deal will gather in Riyadh for talks."
    )
    found = mention(text, "30 groups", _WHEN)
    assert found is None or found[0] is None


def test_kurdish_militias_where_their_sentence_places_them():
    # "Turkish-backed Syrian rebels" name two of the Kurds' states by adjective only
    text = (
        _MEETING + "Kurdish militias swept through Raqqa province, while Turkish-backed "
        "Syrian rebels took towns in the north."
    )
    found = mention(text, "Kurdish militias", rule=True)
    assert found is not None and found[0] == "SYR"
    assert "the one the passage's places lie in" in found[2]


def test_kurds_fought_by_a_state_named_by_name_stay_open():
    text = _MEETING + "Turkey shelled Kurdish militias in villages near Raqqa."
    found = mention(text, "Kurdish militias")
    assert found is not None and found[0] is None


def test_one_kurdish_fighter_may_come_from_anywhere():
    text = (
        _MEETING + "A Kurdish fighter crossed Raqqa province, while Turkish-backed Syrian "
        "rebels took towns in the north."
    )
    found = mention(text, "Kurdish fighter")
    assert found is None or found[0] is None
