"""Pronouns bound to the wrong person: cataphora in a fronted phrase ("In his speech, Macron
warned"), a person's first name the model tagged as an organisation, and the speaker of a
quotation that the next sentence continues.  Short texts written for these tests."""

from __future__ import annotations

import re

from actor_helpers import actors_of


def _holder(text: str, word: str, nth: int = 0) -> str | None:
    """Name of the actor holding the nth occurrence of ``word`` (a whole word) in ``text``."""
    index = actors_of(text)
    start = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth]
    actor_id = index.at(start, start + len(word))
    actor = index.by_id(actor_id) if actor_id else None
    return actor.name if actor else None


# -- cataphora: a fronted phrase's pronoun names the clause's subject -------------------


def test_a_possessive_in_a_fronted_phrase_names_the_subject_after_it():
    text = (
        "Chancellor Olaf Scholz spoke in Berlin on Monday. "
        "In his speech on Tuesday, President Emmanuel Macron warned Russia."
    )
    assert _holder(text, "his") == "Emmanuel Macron"


def test_a_participial_clause_names_the_subject():
    text = (
        "Prime Minister Rishi Sunak visited Kyiv. Speaking to his supporters in Lyon, "
        "President Emmanuel Macron said France would help."
    )
    assert _holder(text, "his") == "Emmanuel Macron"


def test_a_fronted_phrase_names_a_private_person_too():
    text = (
        "President Joe Biden met reporters. "
        "After his arrest in Moscow, Evan Gershkovich said he was innocent."
    )
    assert _holder(text, "his") == "Evan Gershkovich"


def test_a_reaction_to_someone_else_keeps_the_earlier_person():
    # "Responding to his remarks": the remarks are someone else's, not the responder's
    text = (
        "President Joe Biden spoke in Washington. Responding to his remarks, "
        "President Vladimir Putin rejected the plan."
    )
    assert _holder(text, "his") == "Joe Biden"
    text = (
        "President Joe Biden spoke in Washington. Following in his footsteps, "
        "Prime Minister Rishi Sunak visited Kyiv."
    )
    assert _holder(text, "his") == "Joe Biden"


def test_a_subject_that_is_no_person_leaves_the_usual_reading():
    text = "President Joe Biden spoke on Monday. Despite his efforts, the talks in Geneva failed."
    assert _holder(text, "his") == "Joe Biden"
    # an expletive subject names no one
    text = "President Joe Biden spoke on Monday. In his pain, there was also strength."
    assert _holder(text, "his") == "Joe Biden"


def test_a_subject_the_parse_hid_in_the_phrase_leaves_the_pronoun_open():
    # "Elyas" parsed inside the fronted phrase, and tagged as an organisation: not
    # Erdogan, named a sentence before
    text = (
        "President Recep Tayyip Erdogan was criticised. Near the frontline, with a radio in "
        "one hand and a phone to talk with his own men in the other, Elyas, 25, from Hasaka, "
        "said the battle was nearly won."
    )
    assert _holder(text, "his") is None


def test_a_subject_the_parse_hid_is_the_name_after_the_comma():
    text = (
        "President Recep Tayyip Erdogan was criticised. If he gets his way, Erdogan, a "
        "strongman in all but name, is likely to win."
    )
    assert _holder(text, "his") == "Recep Tayyip Erdogan"


def test_the_person_owning_the_subject_after_the_phrase():
    text = "Tony Blair spoke in London. Despite his efforts, Gordon Brown's plan failed."
    assert _holder(text, "his") == "Gordon Brown"


# -- a coordinated subject is a pair ------------------------------------------------------


def test_he_does_not_take_up_one_of_a_coordinated_subject():
    text = (
        "President Donald Trump announced the pullout. Naturally, both Putin and Erdogan "
        "welcomed the decision, giving Trump the praise he craves."
    )
    assert _holder(text, "he") is None


# -- a first name tagged as an organisation ----------------------------------------------


def test_a_first_name_tagged_as_an_organisation_is_the_person():
    text = (
        "When Ruaa Abu Rashed arrived in Germany, she knew no German. Chancellor Angela "
        "Merkel's policy was blamed. “People look at us differently,” Ruaa says. "
        "She would like to study law."
    )
    assert _holder(text, "Ruaa", nth=1) == "Ruaa Abu Rashed"
    assert _holder(text, "She") == "Ruaa Abu Rashed"  # not Merkel, named in passing


# -- a quotation continued in the next sentence ------------------------------------------


def test_a_continued_quotation_is_not_about_its_speaker():
    text = (
        "Omar Saleh went to Syria in 2016. “Omar never fought,” friend Karim Haddad told "
        "reporters. “He told me he wanted to film the war.”"
    )
    assert _holder(text, "He") == "Omar Saleh"
