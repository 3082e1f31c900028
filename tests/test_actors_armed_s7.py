"""Unnamed men of the armed group an article is about ("snipers", "retreating fighters",
"the bomber" in an article on Isis) are that group's, and so is a bare "the group" whose
passage names only it.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import mention

# an article about Isis: named four times and more, no other group of no state's code
_ISIS = (
    "Islamic State has lost almost all of its territory in Syria. The militants of Islamic "
    "State still hold a few streets of the town, and Isis has refused to surrender. On "
    "Sunday Isis released a video. "
)


def test_bare_fighters_of_the_article_group():
    text = _ISIS + "On Monday snipers killed three Syrian soldiers near the river."
    assert mention(text, "snipers") == ("IMG", {"REB"})


def test_counted_fighters_killed_by_the_groups_enemy():
    text = _ISIS + "The coalition against Isis says it has killed more than 6,000 fighters."
    assert mention(text, "6,000 fighters") == ("IMG", {"REB"})


def test_suicide_bombers_and_the_group_after_them():
    text = (
        _ISIS + "Soldiers said two suicide bombers had attacked their post last week. "
        "According to officers, the group is hiding in tunnels."
    )
    assert mention(text, "two suicide bombers") == ("IMG", {"REB"})
    assert mention(text, "the group is")[0] == "IMG"


def test_qualified_fighters_are_not_the_groups():
    text = _ISIS + "On Monday Kurdish fighters killed three militants near the river."
    found = mention(text, "Kurdish fighters")
    assert found is None or found[0] != "IMG"


def test_not_where_the_group_itself_is_the_other_side():
    # the fighters attack to dislodge the extremists: they are the group's enemies
    text = _ISIS + "The town has been attacked by fighters trying to dislodge the extremists."
    found = mention(text, "fighters trying")
    assert found is None or found[0] != "IMG"


def test_not_where_another_stateless_group_is_in_the_passage():
    text = (
        _ISIS + "In Idlib, a group linked to al-Qaida has grown stronger. "
        "On Monday snipers killed three Syrian soldiers near the town."
    )
    found = mention(text, "snipers")
    assert found is None or found[0] != "IMG"


def test_not_in_an_article_about_another_armed_group_as_much():
    # the Syrian Democratic Forces are named as often: whose men they are is open
    text = (
        "Islamic State lost the town. The Syrian Democratic Forces took the town. The SDF "
        "said Islamic State had fled. The SDF held a parade, and Islamic State released a "
        "video. The SDF counted the dead. Islamic State denied it. On Monday snipers killed "
        "three soldiers near the river."
    )
    found = mention(text, "snipers")
    assert found is None or found[0] != "IMG"


def test_not_bombers_attacking_a_named_city():
    # whose they are, the article must say
    text = _ISIS + "Last year suicide bombers attacked Brussels."
    found = mention(text, "suicide bombers")
    assert found is None or found[0] != "IMG"


def test_not_what_fighters_must_be():
    text = _ISIS + "These fighters must be brought before courts, the minister said."
    found = mention(text, "fighters must")
    assert found is None or found[0] != "IMG"


def test_kin_of_fighters_are_not_the_group():
    text = _ISIS + "Since March, thousands of wives of fighters have left the town."
    found = mention(text, "fighters have")
    assert found is None or found[0] != "IMG"
    wives = mention(text, "thousands of wives")
    assert wives is None or wives[0] != "IMG"
