"""Later mentions of a named person (first name, pet form, surname without its Arabic
article, a name after a swallowed verb or a glued function word) and the diplomatic
sector of a state's permanent representative.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import actor_of, actors_of
from newsevents.resolve.actors import _bare_surname, _pet_form


def _same(text: str, a: str, b: str, nth: int = 0) -> bool:
    index = actors_of(text)
    first, later = actor_of(index, a), actor_of(index, b, nth=nth)
    return first is not None and later is not None and first.id == later.id


def test_pet_forms():
    assert _pet_form("ollie", "oliver")
    assert _pet_form("danny", "daniel")
    assert _pet_form("alex", "alexander")
    # a plain -y or a short clipping is a name of its own
    assert not _pet_form("mary", "mark")
    assert not _pet_form("ali", "alistair")
    assert not _pet_form("oliver", "oliver")


def test_bare_surname():
    assert _bare_surname("al-hariri") == "hariri"
    assert _bare_surname("el-sisi") == "sisi"
    assert _bare_surname("alvarez") == "alvarez"


def test_a_first_name_after_the_full_name_is_the_same_person():
    text = (
        "Thomas Whitfield, a British volunteer from Leeds, died in Syria on Sunday. "
        "Fighters said Thomas had tried to save a child when the bomb exploded."
    )
    assert _same(text, "Thomas Whitfield", "Thomas", nth=0)


def test_a_first_name_shared_by_two_people_stays_apart():
    text = (
        "Thomas Whitfield and Thomas Brennan, two British volunteers, died in Syria on "
        "Sunday. Fighters said Thomas had tried to save a child."
    )
    index = actors_of(text)
    later = actor_of(index, "Thomas")
    assert later is None or later.name not in ("Thomas Whitfield", "Thomas Brennan")


def test_a_surname_without_its_arabic_article():
    text = (
        "Nabil al-Karimi, the chief negotiator of the Syrian opposition, arrived in Geneva. "
        "Karimi urged Russia to press the government."
    )
    index = actors_of(text)
    later = actor_of(index, "Karimi")
    assert later is not None and later.name == "Nabil al-Karimi"
    assert later.code == "SYR"


def test_a_function_word_glued_to_a_name_is_dropped():
    text = "Beyond Donald Trump's threats against Iran, US policy remains unclear."
    index = actors_of(text)
    trump = actor_of(index, "Donald Trump")
    assert trump is not None and trump.code == "USA"


def test_a_permanent_representative_is_his_states_official():
    text = (
        "The plan was criticised by Russia's permanent representative to the UN, "
        "Alexey Borodavkin, on Tuesday."
    )
    index = actors_of(text)
    person = actor_of(index, "Alexey Borodavkin")
    assert person is not None and person.code == "RUS" and "GOV" in person.sector


def test_a_pet_form_of_the_first_name_is_the_same_person():
    text = (
        "Oliver Grant, 24, from Portsmouth, was killed in Raqqa on Saturday. "
        "His mother said: Ollie asked me not to be angry with him."
    )
    assert _same(text, "Oliver Grant", "Ollie")


def test_the_first_name_after_a_form_of_address():
    text = (
        "Oliver Grant, 24, from Portsmouth, was killed in Raqqa on Saturday. "
        "Comrade Oliver joined the fight against Isis, the unit said."
    )
    index = actors_of(text)
    later = actor_of(index, "Oliver")
    assert later is not None and later.name == "Oliver Grant" and later.code == "GBR"


def test_a_given_name_rules_out_the_other_pronoun():
    # "Sajid" is a man's name: "her" is the woman named before, not the minister
    text = (
        "His case follows that of Amina Rahman, who left for Syria in 2015. Earlier this "
        "week, the home secretary, Sajid Javid, ordered that her citizenship be revoked."
    )
    index = actors_of(text)
    her = actor_of(index, "her")
    assert her is None or her.name != "Sajid Javid"


def test_a_kunya_gives_the_gender():
    # "Umm" (mother of) names a woman: "he" is the man named before
    text = "The commander Hamid Qassem often came to the house. Umm Karim said he was always armed."
    index = actors_of(text)
    he = actor_of(index, "he")
    assert he is not None and he.name == "Hamid Qassem"


def test_a_settlement_named_after_a_person_is_no_person():
    text = "Fighters entered the town of Omar on Sunday and he said they had left."
    index = actors_of(text)
    assert all(a.name != "Omar" for a in index.actors)


def test_a_titled_person_who_shares_a_groups_name():
    # the groups index knows "Abu Sayyaf" as a Philippine group; here it is a man's name
    text = (
        "She had served tea to the visitors whenever they came to see her husband, the "
        "Isis oil minister Abu Sayyaf. Abu Sayyaf was killed in a raid by US commandos."
    )
    index = actors_of(text)
    man = actor_of(index, "Abu Sayyaf", nth=1)
    assert man is not None and man.code == "IMG"


def test_the_group_keeps_its_own_name():
    text = "Abu Sayyaf kidnapped three tourists in the southern Philippines on Sunday."
    index = actors_of(text)
    group = actor_of(index, "Abu Sayyaf")
    assert group is not None and group.code == "PHL"


def test_a_demonym_after_the_name_is_the_person():
    text = (
        "The banner showed two volunteers, including Konstandin Marfield, the first Briton "
        "killed fighting Isis in March 2015."
    )
    index = actors_of(text)
    person = actor_of(index, "Konstandin Marfield")
    assert person is not None and person.code == "GBR"
    assert actor_of(index, "first Briton") is person


def test_a_stated_nationality_by_a_subject_pronoun():
    text = (
        "Helen Tarrant died in Afrin on Friday. She was one of eight British nationals "
        "killed fighting alongside the YPG."
    )
    index = actors_of(text)
    person = actor_of(index, "Helen Tarrant")
    assert person is not None and person.code == "GBR"


def test_a_home_in_a_province_named_by_its_compound():
    text = "Amira Haddad came to the camp after her village in Idlib province was freed from Isis."
    index = actors_of(text)
    person = actor_of(index, "Amira Haddad")
    assert person is not None and person.code == "SYR"
