"""A place in a locative phrase says where an act happened; it is the act's target only
when nothing else is ("demonstrated in X", "imposed a curfew in X").  Sentences written
for these tests."""

from __future__ import annotations

from coding_helpers import codes, only


def test_a_named_person_visited_in_a_place_is_not_joined_by_the_place(rules_code):
    ev = only(rules_code("Officials visited Ahmed Karimov at a prison in Tashkent."), "CONSULT")
    assert "Ahmed Karimov" in [r.entity_text for r in ev.recipient]
    assert "UZB" not in codes(ev.recipient)


def test_a_place_visited_with_no_one_named_stays_the_target(rules_code):
    ev = only(rules_code("Officials visited a prison in Tashkent on Monday."), "CONSULT")
    assert "UZB" in codes(ev.recipient)


def test_the_person_a_passive_acts_on_is_the_target_not_the_place(rules_code):
    ev = only(
        rules_code("The Melbourne man, whose father was Fijian, is accused in Turkey of fraud."),
        "ACCUSE",
    )
    assert [r.entity_text for r in ev.recipient] == ["Melbourne man"]
    assert "TUR" not in codes(ev.recipient)


def test_where_troops_would_remain_is_no_target(rules_code):
    ev = only(rules_code("Iran sought approval for its troops to remain in Lebanon."), "REQUEST")
    assert "LBN" not in codes(ev.recipient)


def test_where_troops_would_deploy_still_is(rules_code):
    events = rules_code("Iran sought approval for its troops to deploy in Lebanon.")
    assert "LBN" in codes(only(events, "REQUEST").recipient)


def test_where_people_are_believed_to_be_is_no_target(rules_code):
    ev = only(
        rules_code(
            "Belgium refused to take back the fighters, of whom 150 are believed to be in Libya."
        ),
        "REJECT",
    )
    assert "LBY" not in codes(ev.recipient)


def test_what_an_act_noun_is_of_is_no_locative_place(rules_code):
    ev = only(
        rules_code("Russia opposed the plan, saying it could lead to the partitioning of Libya."),
        "REJECT",
    )
    assert "LBY" not in codes(ev.recipient)


def test_the_town_of_a_place_still_names_it(rules_code):
    ev = only(
        rules_code("Russia opposed the plan, saying it would bring clashes in the town of Sirte."),
        "REJECT",
    )
    assert codes(ev.recipient) == ["LBY"]
    ev = only(rules_code("The government imposed a curfew in the town of Cizre."), "COERCE")
    assert codes(ev.recipient) == ["TUR"]


def test_a_rescue_agency_gives_the_people_it_saves_no_country(rules_code) -> None:
    events = rules_code(
        "The Spanish maritime rescue agency rescued 600 people in the sea on Sunday."
    )
    saved = [p for ev in events for p in (*ev.actor, *ev.recipient) if "600" in p.entity_text]
    assert saved and all(p.code is None for p in saved)


def test_a_state_body_at_home_still_places_a_group(rules_code) -> None:
    events = rules_code("The Algerian interior ministry accepted demands from the rebels.")
    rebels = [p for ev in events for p in (*ev.actor, *ev.recipient) if p.entity_text == "rebels"]
    assert rebels and all(p.code == "DZA" for p in rebels)


def test_a_relative_is_the_party_not_whose_relative_she_is(rules_code) -> None:
    events = rules_code(
        "After two days of questioning, the authorities released his fiancee, Ana Lind."
    )
    recipients = [p.entity_text for ev in events for p in ev.recipient]
    assert recipients and "his" not in recipients
