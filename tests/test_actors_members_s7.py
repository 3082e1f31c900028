"""Men and members of an armed group: "Isis snipers" (the group owns a noun for armed men
the KB has no role for), "former members of the group" (not ex-officials, ELI), "the
insurgent group" in an article about one armed group.  Short texts written for these
tests."""

from __future__ import annotations

from actor_helpers import mention

_FLIGHT = "The family fled Raqqa in June. "


def test_a_group_named_before_armed_men_owns_them():
    text = _FLIGHT + "Two streets from safety, Isis snipers began targeting us."
    assert mention(text, "snipers") == ("IMG", {"REB"})


def test_armed_men_of_a_state_are_no_group_s():
    text = _FLIGHT + "Two streets from safety, army snipers began targeting us."
    found = mention(text, "snipers")
    assert found is None or "REB" not in found[1]


def test_armed_men_with_no_owner_stay_open():
    text = _FLIGHT + "On Monday suicide bombers attacked the market."
    assert mention(text, "bombers") is None


def test_former_members_of_an_armed_group_are_no_officials():
    text = _FLIGHT + "Former members of Isis have returned to Idlib."
    assert mention(text, "Former members") == ("IMG", {"REB"})
    text = _FLIGHT + "On Monday, former Isis members returned to Idlib."
    assert mention(text, "former Isis members") == ("IMG", {"REB"})


def test_former_members_of_the_group_are_no_officials():
    text = _FLIGHT + "Isis lost the city. Former members of the group have returned to Idlib."
    found = mention(text, "Former members")
    assert found is not None and "ELI" not in found[1]


def test_former_members_of_a_state_body_stay_ex_officials():
    text = "Former members of parliament met in London on Monday."
    assert mention(text, "Former members") == (None, {"ELI"})
    text = "A former cabinet member spoke in London on Monday."
    assert mention(text, "former cabinet member") == (None, {"ELI"})


# the article's group, named more than any other; the Kurds only at the start
_ISIS = (
    "Kurdish forces took Raqqa from Islamic State in 2017. Islamic State ruled the city for "
    "three years. Islamic State executed dozens of residents there. On Monday Islamic State "
    "lost another city. Islamic State still holds villages in the desert. "
)


def test_the_insurgent_group_in_an_article_about_one_group():
    text = _ISIS + "That the insurgent group has been driven out is good news."
    assert mention(text, "the insurgent group") == ("IMG", {"REB"})


def test_the_insurgent_group_beside_another_armed_group_stays_open():
    text = _ISIS + "Hamas fighters attacked a convoy. The insurgent group has been driven out."
    found = mention(text, "The insurgent group")
    assert found is None or found[0] != "IMG"


_IS_LOST = "Islamic State lost Raqqa in October. "


def test_members_of_the_armed_group_named_in_their_of_phrase():
    text = _IS_LOST + "Former members of the group have returned to Idlib."
    assert mention(text, "Former members") == ("IMG", {"REB"})


def test_members_shared_with_members_of_something_else_stay_open():
    # one actor for "members" of the group and of a band: not all the group's
    text = (
        _IS_LOST + "Senior members of the group fled to Deir ez-Zor. "
        "Two members of the band played in Paris."
    )
    found = mention(text, "Senior members")
    assert found is None or found[0] is None


def test_a_person_whose_apposition_makes_them_a_group_s_fighter_is_no_civilian():
    text = (
        "Jets struck Raqqa on Monday. Omar Moe, from Cardiff, a fighter with Islamic State, "
        "was killed in the strike."
    )
    assert mention(text, "Omar Moe") == ("GBR", {"REB"})


def test_a_person_from_a_city_with_no_such_apposition_stays_a_civilian():
    text = (
        "Jets struck Raqqa on Monday. Islamic State lost the city. Omar Moe, from Cardiff, "
        "a student, was killed in the strike."
    )
    found = mention(text, "Omar Moe")
    assert found is not None and "REB" not in found[1]
