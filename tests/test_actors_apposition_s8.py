"""Private people named by a noun take the country their own apposition or relative
clause states ("her husband, a Macedonian,"), and a bare "her husband" soon after is the
one described.  Short texts written for these tests."""

from __future__ import annotations

from actor_helpers import actors_of, mention


def test_a_demonym_noun_in_apposition_is_the_person():
    text = "Her fourth husband, a Macedonian, was arrested by police in Istanbul."
    assert mention(text, "fourth husband") == ("MKD", {"CVL"})
    # the demonym is the husband's mention, not an actor for the state
    assert mention(text, "Macedonian") == ("MKD", {"CVL"})
    assert not any(a.name == "Macedonian" for a in actors_of(text).actors)


def test_a_demonym_apposition_outweighs_the_place_of_the_act():
    assert mention("A man, a Syrian, was detained by police in Athens.", "man") == (
        "SYR",
        {"CVL"},
    )


def test_a_citizen_noun_in_apposition_merges_into_the_person():
    text = "The victim, a British citizen, was stabbed in Paris."
    assert mention(text, "victim") == ("GBR", {"CVL"})
    index = actors_of(text)
    assert [a.code for a in index.actors if "victim" in a.name or "citizen" in a.name] == ["GBR"]


def test_kin_with_a_national_in_apposition():
    assert mention("Her son, a Dutch national, was arrested in Ankara.", "son")[0] == "NLD"
    assert mention("His wife, an American, was killed in Kabul.", "wife")[0] == "USA"


def test_a_plural_apposition_with_both_or_all():
    assert mention("Two of the victims, both Britons, were killed in Kabul.", "victims")[0] == "GBR"
    assert mention("Three tourists, all Germans, were killed in Kabul.", "tourists")[0] == "DEU"


def test_a_list_after_the_noun_is_no_apposition():
    text = "Police arrested a man, a Syrian and a Briton in Athens."
    assert mention(text, "man")[0] != "SYR"


def test_a_demonym_on_another_noun_is_not_the_person():
    # an official's country is the state's role, not the private man's nationality
    text = "A man spoke to the British embassy in Athens."
    assert mention(text, "man")[0] != "GBR"


def test_a_bare_spouse_later_is_the_one_described():
    text = (
        "She married her second husband, a Tunisian, in Raqqa. They had a son. "
        "Her husband was killed in Mosul."
    )
    assert mention(text, "husband was")[0] == "TUN"


def test_a_spouse_with_words_of_its_own_is_someone_else():
    text = (
        "She married her second husband, a Tunisian, in Raqqa. "
        "Her first husband was killed in Mosul."
    )
    assert mention(text, "first husband")[0] != "TUN"


def test_a_spouse_far_after_is_not_linked():
    text = (
        "She married her second husband, a Tunisian, in Raqqa. They had a son. The war "
        "went on. Bombs fell every day. Food ran out. Many people fled. "
        "Her husband was killed in Mosul."
    )
    assert mention(text, "husband was")[0] != "TUN"


def test_a_who_is_clause_states_the_nationality():
    assert mention("The man, who is Egyptian, was shot in Kabul.", "man")[0] == "EGY"
    text = "A woman, who was a Syrian national, was arrested in Athens."
    assert mention(text, "woman")[0] == "SYR"


def test_a_negated_or_claimed_nationality_is_not_stated():
    assert mention("The man, who is not Egyptian, was shot in Kabul.", "man")[0] != "EGY"
    assert mention("A man who said he was Egyptian was shot in Kabul.", "man")[0] != "EGY"
