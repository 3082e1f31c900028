"""Definite nouns repeating an earlier mention's head noun ("the navy" after "the Malaysian
navy", "the army" after "Nigerian troops") and "the monarch"/"the palace" after a titled
monarch take up that actor; where two states' forces share the noun, another noun was used,
or the earlier use of the noun is nobody's, they stay open.  Short texts written for these
tests."""

from __future__ import annotations

import pytest

from actor_helpers import mention

LINKED = "the NOUN -> named"

# (text, the repeating phrase, expected code, expected sector)
REPEATS = [
    (
        "Nigerian troops killed 12 militants in Borno, and the army said two soldiers died.",
        "the army",
        "NGA",
        "MIL",
    ),
    (
        "Thai soldiers fired tear gas at protesters, and the army said no one was hurt.",
        "the army",
        "THA",
        "MIL",
    ),
    (
        "Sudanese forces shelled the town, and the military said it had repelled an attack.",
        "the military",
        "SDN",
        "MIL",
    ),
    (
        "Israeli forces raided Jenin overnight. The forces said they arrested ten people.",
        "The forces",
        "ISR",
        "MIL",
    ),
    (
        "Malian soldiers patrolled the market in Gao, and the troops said the town was calm.",
        "the troops",
        "MLI",
        "MIL",
    ),
    (
        "The Burmese army shelled three villages. The military denied targeting civilians.",
        "The military",
        "MMR",
        "MIL",
    ),
    (
        "A Pakistani court sentenced the former minister, and the court ordered his arrest.",
        "the court",
        "PAK",
        "JUD",
    ),
    (
        "An Iranian court jailed two activists on Sunday. The court said they had spread lies.",
        "The court",
        "IRN",
        "JUD",
    ),
    (
        "Peruvian prosecutors charged the mayor, and the prosecutors sought his detention.",
        "the prosecutors",
        "PER",
        "JUD",
    ),
]

MONARCHS = [
    (
        "Moroccan King Mohammed VI pardoned 300 prisoners, and the palace said the monarch "
        "acted on humanitarian grounds.",
        "the monarch",
        "MAR",
    ),
    (
        "Moroccan King Mohammed VI pardoned 300 prisoners, and the palace said the monarch "
        "acted on humanitarian grounds.",
        "the palace",
        "MAR",
    ),
    (
        "Spain's King Felipe VI visited Valencia after the floods, and the monarch met volunteers.",
        "the monarch",
        "ESP",
    ),
    (
        "Thailand's King Maha Vajiralongkorn granted a royal pardon. The palace said 200 "
        "inmates would be freed.",
        "The palace",
        "THA",
    ),
]


@pytest.mark.parametrize(("text", "words", "code", "sector"), REPEATS)
def test_a_definite_noun_repeating_a_head_takes_up_that_actor(text, words, code, sector):
    found = mention(text, words, rule=True)
    assert found is not None and LINKED in found[2]
    assert found[0] == code and sector in found[1]


@pytest.mark.parametrize(("text", "words", "code"), MONARCHS)
def test_the_monarch_and_the_speaking_palace_take_up_a_titled_monarch(text, words, code):
    found = mention(text, words, rule=True)
    assert found is not None and LINKED in found[2] and found[0] == code


# -- must not fire -----------------------------------------------------------------------------

OPEN = [
    # two states' forces in play: "the army" could be either
    (
        "Indian and Pakistani troops exchanged fire, and the army said two soldiers died.",
        "the army",
    ),
    (
        "Ethiopian troops and Eritrean soldiers clashed near the border. The army said the "
        "fighting stopped.",
        "The army",
    ),
    ("Indian police and Pakistani police met, and the police said talks went well.", "the police"),
    # another noun: a navy is not the coast guard, an air force not the army
    (
        "The Chinese coast guard blocked a Philippine boat, and the navy said it was watching.",
        "the navy",
    ),
    ("Jordanian police closed the road, and the army said it had sent reinforcements.", "the army"),
    # the earlier use of the noun is nobody's: "a court in Lagos" names no state
    (
        "Ghanaian officials said a court in Lagos would hear the case; the court sat on Monday.",
        "the court",
    ),
    # the noun in the earlier actor's own clause: its opponent, not itself
    ("Chadian soldiers attacked the army near the capital.", "the army"),
    # a paragraph break ends the chain
    ("Kenyan troops entered the town.\n\nThe army said it was not involved.", "The army"),
    # a palace that does not speak is a building
    (
        "Jordan's King Abdullah hosted the envoy, and protesters gathered outside the palace.",
        "the palace",
    ),
    # "the monarch" with two monarchs named
    (
        "King Charles met Emir Tamim of Qatar in London, and the monarch praised the talks.",
        "the monarch",
    ),
    # a role with its own modifier is no repetition
    ("Nigerian troops entered the town, and the rebel army fled.", "the rebel army"),
]


@pytest.mark.parametrize(("text", "words"), OPEN)
def test_a_repeated_noun_stays_open_where_another_referent_is_possible(text, words):
    found = mention(text, words, rule=True)
    assert found is None or LINKED not in found[2]


def test_the_military_as_a_domain_is_no_actor():
    text = (
        "Syrian troops shelled the town. The Kurdish council said it was ready to talk "
        "not only in terms of the military but politically."
    )
    found = mention(text, "the military", rule=True)
    assert found is None or LINKED not in found[2]


def test_a_states_forces_are_not_the_target_of_that_state():
    text = "Turkish troops entered Afrin on Monday. Turkey said it would strike the troops."
    found = mention(text, "the troops", rule=True)
    assert found is None or LINKED not in found[2]


# -- "they" opening what a plural speaker says --------------------------------------------------

SPEAKER_THEY = [
    ("Kenyan police said they had arrested four suspects in Mombasa.", "KEN"),
    ("Ukrainian officials said they expected more strikes on the grid.", "UKR"),
    ("Brazilian prosecutors said they would appeal the ruling.", "BRA"),
    ("Egyptian officials said on Monday that they had reopened the crossing.", "EGY"),
]


@pytest.mark.parametrize(("text", "code"), SPEAKER_THEY)
def test_they_opening_a_plural_speakers_words_is_the_speaker(text, code):
    found = mention(text, "they", rule=True)
    assert found is not None and found[0] == code and "the speaker" in found[2]


SPEAKER_THEY_OPEN = [
    # an addressee named: "they" may be the people told
    "Kenyan police told the villagers they had to leave the area.",
    # another subject opens the reported clause
    "Ukrainian officials said the talks failed because they refused to sign.",
    # a singular speaker is no "they"
    "The Kenyan interior ministry said they were investigating.",
]


@pytest.mark.parametrize("text", SPEAKER_THEY_OPEN)
def test_they_is_not_the_speaker_where_others_could_be_meant(text):
    found = mention(text, "they", rule=True)
    assert found is None or "the speaker" not in found[2]
