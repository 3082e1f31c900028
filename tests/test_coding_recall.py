"""Recall of the rule coder: trigger rows and argument finding for common news phrasings,
each with a sentence where the same words must not fire (sentences written for these tests)."""

from __future__ import annotations

from coding_helpers import only, types


def test_calling_a_party_is_a_phone_call_but_calling_for_or_naming_is_not(rules_code):
    ev = only(
        rules_code("Kenyan President Tom Mbaya called Ugandan President Paul Okello on Monday."),
        "CONSULT",
    )
    assert ev.cameo.code == "041" and ev.actor[0].code == "KEN" and ev.recipient[0].code == "UGA"
    assert "CONSULT" not in types(rules_code("Kenya called an emergency cabinet meeting."))
    assert "CONSULT" not in types(rules_code("Kenya called for calm in the region."))


def test_a_call_s_purpose_outranks_the_call(rules_code):
    events = rules_code("Ghana's president called Togo's leader on Monday to congratulate him.")
    top = max(events, key=lambda e: e.confidence)
    assert top.event == "SUPPORT"


def test_calling_a_party_a_name_is_criticism(rules_code):
    ev = only(
        rules_code("The Kenyan president called the Ugandan leader a liar on Monday."), "ACCUSE"
    )
    assert ev.cameo.code == "111" and ev.actor[0].code == "KEN"
    assert "ACCUSE" not in types(
        rules_code("The Kenyan president called the Ugandan leader a friend.")
    )


def test_a_meal_with_a_party_is_a_meeting(rules_code):
    ev = only(
        rules_code("The Kenyan president had dinner with Uganda's president in Nairobi."), "CONSULT"
    )
    assert ev.actor[0].code == "KEN" and any(r.code == "UGA" for r in ev.recipient)
    assert "CONSULT" not in types(rules_code("The Kenyan president had dinner in Nairobi."))


def test_reinstating_a_person_yields_but_a_reinstated_ban_does_not(rules_code):
    ev = only(
        rules_code("The Kenyan president reinstated the sacked Ugandan envoy on Monday."), "CONCEDE"
    )
    assert ev.cameo.code == "080"
    assert "CONCEDE" not in types(rules_code("Kenya reinstated the ban on plastic bags."))


def test_the_first_to_act_is_the_subject_of_be(rules_code):
    ev = only(
        rules_code("Kenya was the first country to recognise Uganda's new government."), "SUPPORT"
    )
    assert ev.actor[0].code == "KEN"


def test_the_taker_of_steps_does_the_act(rules_code):
    ev = only(rules_code("Kenyan police took steps to disperse the mob in Nairobi."), "ASSAULT")
    assert ev.cameo.code == "175" and ev.actor[0].code == "KEN"


def test_a_name_the_parser_left_before_the_verb_is_its_subject(rules_code):
    # the fronted phrase swallows the subject in the parse; the name before the verb does it
    ev = only(
        rules_code(
            "On a visit to Nairobi, Ugandan President Paul Okello voiced his "
            "strong support of Kenya."
        ),
        "SUPPORT",
    )
    assert ev.actor[0].code == "UGA"


def test_state_forces_modifying_an_event_noun_do_it():
    from newsevents.coding.rules import RuleCoder
    from newsevents.nlp import parse_one

    coder = RuleCoder()

    def doers(text: str, noun: str) -> list[str]:
        doc = parse_one(text)
        tok = next(t for t in doc.tokens if t.lower == noun)
        return [t.lower for t in coder._noun_arguments(doc, tok)[0]]

    assert doers("Residents fled a police crackdown on the town.", "crackdown") == ["police"]
    assert doers("Officials welcomed a prisoner release in the town.", "release") == []


def test_suspended_aid_is_a_sanction(rules_code):
    ev = only(rules_code("Kenya announced a suspension of aid to Uganda on Monday."), "SANCTION")
    assert ev.cameo.code == "162" and ev.actor[0].code == "KEN"


def test_declared_thing_as_subject_of_an_infinitive(rules_code):
    ev = only(
        rules_code("Kenyan authorities declared a curfew to begin at midnight in Nairobi."),
        "COERCE",
    )
    assert ev.cameo.code == "1723"


def test_blaming_in_a_statement_is_an_accusation(rules_code):
    ev = only(
        rules_code("The Kenyan government said Ugandan rebels were behind the bombing."), "ACCUSE"
    )
    assert ev.cameo.code == "112" and ev.actor[0].code == "KEN"
    # a duty, a denial or the speaker's own side is no accusation
    for text in (
        "The Kenyan government said the Ugandan governor was responsible for education.",
        "The Kenyan government said Ugandan rebels were not behind the bombing.",
        "The Kenyan rebels said they were responsible for the bombing.",
    ):
        assert all(e.cameo.code != "112" for e in rules_code(text)), text


def test_critics_without_an_owner_criticise(rules_code):
    ev = only(rules_code("Critics say the Kenyan government has ignored the drought."), "ACCUSE")
    assert ev.cameo.code == "111"


def test_honours_and_approved_requests(rules_code):
    ev = only(rules_code("Kenya awarded a medal to the Ugandan president on Monday."), "SUPPORT")
    assert ev.cameo.code == "051" and ev.actor[0].code == "KEN"
    ev = only(rules_code("Kenya approved Uganda's request for more time."), "CONCEDE")
    assert ev.cameo.code == "080"


def test_letting_a_party_act_yields_but_a_law_or_a_phrase_does_not(rules_code):
    ev = only(
        rules_code("The Kenyan minister allowed the Ugandan envoy to visit the prison."), "CONCEDE"
    )
    assert ev.cameo.code == "080" and ev.actor[0].code == "KEN"
    for text in (
        "The new bill would allow Kenyan police to search homes.",
        "Allow me to say a few words about Kenya.",
        "Kenya allowed the sale of arms.",
    ):
        assert all(e.cameo.code not in ("080", "035") for e in rules_code(text)), text


def test_the_means_of_an_act_is_the_subject_s(rules_code):
    ev = only(rules_code("Kenya responded by expelling two Ugandan diplomats."), "SANCTION")
    assert ev.actor[0].code == "KEN"


def test_an_irregular_past_the_tagger_left_is_looked_up():
    from newsevents.coding.lexicon import Lexicon

    lex = Lexicon.default()
    assert lex.verb_lemma("overran", "overran") == "overrun"
    assert lex.verb_lemma("withdrew", "withdrew") == "withdraw"


def test_an_announced_clause_is_coded_in_its_own_tense(rules_code):
    # "announced it would boycott" is a threatened boycott, not an announced one
    events = rules_code("Nigeria announced it would boycott the Kenyan trade summit.")
    assert all(e.cameo.code != "163" for e in events)
