"""Sides of a civil war: a people's armed men placed by the people's known groups or the
phrase's own place, rebels named by their backer, "the regime"/"the opposition" of one
country's war, bodies named beside a demonym, and UN titles naming a country.  Short texts
written for these tests."""

from __future__ import annotations

from datetime import date

from actor_helpers import mention

_DAY = date(2018, 1, 20)


def test_a_peoples_militias_are_rebels_of_the_state_its_known_groups_have():
    text = (
        "The YPG said Turkish jets had bombed villages near Afrin. The YPG controls the "
        "area and the YPG has vowed to resist. Kurdish militias shelled the Turkish town of "
        "Kilis in response."
    )
    assert mention(text, "Kurdish militias") == ("SYR", {"REB"})


def test_kin_counts_the_people_under_another_word():
    # "the Syrian Kurds" tells which Kurds the later "Kurdish forces" are
    text = (
        "Ankara regards the Syrian Kurds as terrorists. Erdogan said the Kurds would be "
        "crushed. He threatened Kurdish forces that Turkey views as a danger."
    )
    assert mention(text, "Kurdish forces") == ("SYR", {"REB"})


def test_kin_state_named_as_a_party_in_the_sentence_decides_nothing():
    # the article's Kurds are Syria's, but the sentence names Syria as a party: unsure
    text = (
        "The Syrian Kurds took Raqqa. The Syrian Kurds now hold the city. Syrian officials "
        "have long been wary of Kurdish forces."
    )
    found = mention(text, "Kurdish forces")
    assert found is not None and found[0] is None


def test_the_phrase_own_place_wins_over_a_party():
    # "Turkish officials": Turkey is a party, yet "in Syria" on the noun says where they are
    text = "Turkish officials said the Kurdish forces in Syria were a threat."
    assert mention(text, "Kurdish forces") == ("SYR", {"REB"})


def test_a_place_owned_by_a_pronoun_leaves_the_people_open():
    for text in (
        "The YPG holds Raqqa. The YPG fought Isis. The plan matters for Ankara's long war "
        "with Kurdish militants inside its own borders.",
        # the place hangs on the noun whose object the people are
        "The YPG holds Raqqa. The YPG fought Isis. The deal has consequences for Ankara's "
        "campaign against Kurdish militants within its borders.",
    ):
        found = mention(text, "Kurdish militants")
        assert found is not None and found[0] is None


def test_the_regime_coordinated_with_the_opposition():
    text = (
        "The Assad regime has besieged the town for months. The envoy will host talks "
        "between the regime and opposition in Geneva next week."
    )
    assert mention(text, "the regime and", _DAY) == ("SYR", {"GOV"})
    assert mention(text, "opposition in", _DAY) == ("SYR", {"OPP"})


def test_a_regime_coordinated_with_a_state_is_not_that_state():
    text = (
        "Russian jets struck Idlib on Monday. The Russians deny it. "
        "\u201cThe regime and the Russians might attack at any moment,\u201d an activist said."
    )
    found = mention(text, "The regime")
    assert found is None or found[0] != "RUS"


def test_regime_change_is_no_earlier_regime():
    text = (
        "The Assad regime rejected the plan. Washington has wavered on regime change. "
        "Diplomats will host talks between the regime and opposition in Geneva."
    )
    assert mention(text, "the regime and", _DAY) == ("SYR", {"GOV"})


def test_the_opposition_is_that_of_the_state_whose_opposition_was_named():
    text = (
        "The Syrian opposition delegation arrived in Geneva on Monday. Russia said the "
        "opposition's demands were unrealistic."
    )
    assert mention(text, "opposition's") == ("SYR", {"OPP"})


def test_a_government_modifier_is_the_government_of_the_passage_state():
    text = (
        "Syrian troops shelled Idlib on Monday. Thousands of people fled a government "
        "assault on the town."
    )
    assert mention(text, "government assault") == ("SYR", {"GOV"})


def test_government_before_a_role_stays_the_roles():
    text = "Syrian troops shelled Idlib on Monday. Government forces entered the town."
    found = mention(text, "Government forces", rule=True)
    assert found is None or not found[2].startswith("the NOUN")


def test_a_un_title_naming_a_country_is_the_uns():
    # (the words of the title after "UN", which is a mention of its own)
    text = "The rebels met the UN Syria special envoy in Geneva on Tuesday."
    assert mention(text, "special envoy") == ("UNO", {"GOV"})
    text = "He said the UN\u2019s special Syria envoy would host talks."
    assert mention(text, "Syria envoy") == ("UNO", {"GOV"})


def test_a_countrys_un_envoy_stays_the_countrys():
    text = "Syria's UN envoy rejected the report on Tuesday."
    assert mention(text, "envoy")[0] == "SYR"


def test_a_body_named_beside_a_demonym_gives_the_sector():
    text = "A Turkish military assault on the city continued for a fifth day."
    assert mention(text, "Turkish") == ("TUR", {"MIL"})
    text = "Moscow promised that its jets would not attack Turkish units."
    assert mention(text, "Turkish") == ("TUR", {"MIL"})
    text = "The YPG launched counter-attacks on Syrian rebel positions."
    assert mention(text, "Syrian") == ("SYR", {"REB"})
    text = "Russia organised talks with Syrian opposition groups in Astana."
    assert mention(text, "Syrian") == ("SYR", {"OPP"})


def test_a_demonym_on_a_plain_noun_has_no_sector():
    text = "Officials studied a Turkish proposal on Monday."
    assert mention(text, "Turkish") == ("TUR", set())


def test_backed_rebels_fight_in_the_articles_war():
    text = (
        "Turkey intervened in the war in Syria in 2016. On Sunday Ankara welcomed the "
        "Ankara-backed rebels taking part in the campaign."
    )
    assert mention(text, "backed rebels") == ("SYR", {"REB"})


def test_backed_rebels_without_a_war_or_place_stay_open():
    text = "Ankara welcomed the Ankara-backed rebels taking part in the campaign."
    found = mention(text, "backed rebels")
    assert found is None or found[0] is None


def test_plain_fighters_are_not_placed_by_the_war():
    # fighters may be a transnational group's (Isis) or foreigners
    text = "The war in Syria has lasted seven years. Fighters attacked the town on Monday."
    found = mention(text, "Fighters")
    assert found is None or found[0] is None


def test_backed_militias_need_the_sentence_place():
    text = "The war in Syria has lasted seven years. Iranian-backed militias attacked the town."
    found = mention(text, "backed militias")
    assert found is None or found[0] is None
    text = "The war in Syria has lasted seven years. Iranian-backed militias fought in Aleppo."
    assert mention(text, "backed militias") == ("SYR", {"PRM"})


def test_the_kurds_as_a_noun_take_the_place_of_their_sentence():
    text = "Washington said its troops would stay in Syria to protect the Kurds."
    assert mention(text, "Kurds") == ("SYR", set())
    text = "Ankara criticised Washington. The Russians spoke of Syria's Kurds on Monday."
    assert mention(text, "Kurds") == ("SYR", set())


def test_the_kurds_of_no_state_the_text_says_stay_uncovered():
    text = "Officials in London and Paris met on Monday. The Kurds were not invited."
    assert mention(text, "Kurds") is None


def test_a_peoples_territory_placed_by_its_own_phrase():
    text = "Turkey has resumed shelling a Kurdish enclave inside Syria."
    assert mention(text, "Kurdish") == ("SYR", set())


def test_a_peoples_territory_with_no_place_is_no_state():
    text = "Turkey has resumed shelling a Kurdish enclave on the border."
    found = mention(text, "Kurdish")
    assert found is None or found[0] is None


def test_rebel_groups_and_backed_groups_fight_in_the_war():
    text = (
        "The Syrian conflict began in 2011. Ankara has armed rebel groups since then, and "
        "Turkish-supported groups fought in the north."
    )
    assert mention(text, "rebel groups") == ("SYR", {"REB"})
    assert mention(text, "Turkish-supported groups") == ("SYR", {"REB"})


def test_two_wars_place_no_rebels():
    text = (
        "The Iraq war ended in 2011 and the war in Syria began. Ankara has welcomed the "
        "US-backed rebels taking part in the campaign."
    )
    found = mention(text, "backed rebels")
    assert found is None or found[0] is None


def test_a_bare_opposition_is_the_wars_country():
    text = (
        "The war in Syria has lasted seven years. Russia, Iran and the Assad government "
        "have mounted a new offensive against the opposition in recent weeks."
    )
    assert mention(text, "opposition in", _DAY) == ("SYR", {"OPP"})
