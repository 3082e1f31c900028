"""Parties of events that the rule coder finds beyond the verb's own arguments: the party a
refusal defies, the leader of an attack, the purpose a sending serves, the place of an
attack by unnamed doers, and the doers of a crime under investigation (invented sentences)."""

from __future__ import annotations

import pytest

from newsevents.records import Article, Event
from newsevents.settings import Settings


@pytest.fixture(scope="module")
def code():
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(Settings(coder="rules"))

    def run(text: str) -> list[Event]:
        events = list(pipe.analyze_one(Article(id="t", text=text)).events)
        for ev in events:
            for p in (*ev.actor, *ev.recipient):
                assert text[p.start : p.end] == p.entity_text
        return events

    return run


def top(events: list[Event]) -> Event:
    assert events
    return max(events, key=lambda e: e.confidence)


def codes(parties) -> list[str | None]:
    return [p.code for p in parties]


# -- "despite": whom a refusal defies ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The minister refused to resign despite pressure from the Kenyan parliament.", "KEN"),
        ("The cabinet rejected the plan despite calls by Germany for a compromise.", "DEU"),
    ],
)
def test_a_refusal_targets_whom_it_defies(code, text, target):
    rejects = [e for e in code(text) if e.event == "REJECT"]
    assert rejects
    assert any(target in codes(e.recipient) for e in rejects), [
        (e.recipient, e.explanation) for e in rejects
    ]


def test_despite_a_circumstance_defies_no_one(code):
    for ev in code("The Kenyan minister refused to step down despite his age."):
        assert not ev.recipient, ev.explanation


# -- "a Saudi-led strike on X" ------------------------------------------------------


def test_the_leader_of_an_attack_is_its_doer_and_on_names_the_target(code):
    text = "A US-led air strike on a village in Syria killed ten civilians."
    strikes = [e for e in code(text) if e.event_text == "strike"]
    assert strikes, [(e.event_text, e.explanation) for e in code(text)]
    (ev,) = strikes
    assert codes(ev.actor) == ["USA"]
    assert "SYR" in codes(ev.recipient)


# -- a sending serves its purpose ----------------------------------------------------


def test_the_purpose_of_a_sending_outranks_it(code):
    events = code("Russia sent troops to Syria to fight the rebels.")
    assert {e.event for e in events} == {"ASSAULT", "MOBILIZE"}
    assert top(events).event == "ASSAULT"


def test_a_sending_without_purpose_stays(code):
    ev = top(code("Spain sent troops to Mali."))
    assert ev.event == "MOBILIZE"
    assert codes(ev.recipient) == ["MLI"]


def test_an_infinitive_to_is_no_journey(code):
    events = code("The United States is training Afghan pilots to fly helicopters.")
    assert not [e for e in events if e.event == "CONSULT"]
    # a journey keeps its "to" (whatever the type the trigger gives it)
    assert code("The Afghan president will fly to Washington on Monday.")


# -- unnamed doers struck "outside of" a place ----------------------------------------


def test_unnamed_doers_outside_of_a_town_are_coded_by_its_country(code):
    ev = top(
        code(
            "Two French soldiers were killed by a roadside bomb outside of the Malian town of Gao."
        )
    )
    assert ev.event == "ASSAULT"
    assert codes(ev.actor) == ["MLI"]
    assert codes(ev.recipient) == ["FRA"]


# -- the doers of a crime under investigation ----------------------------------------


def test_an_investigation_of_crimes_targets_those_who_committed_them(code):
    ev = top(
        code(
            "Serbian police opened an investigation into crimes committed by Croat forces "
            "against civilians."
        )
    )
    assert ev.event == "ACCUSE"
    assert codes(ev.recipient) == ["HRV"]


def test_an_inquiry_into_crimes_by_a_state_s_own_people_targets_them(code):
    # (the parser hangs "by" on the verb here)
    text = "Croatia is investigating war crimes by Croatian soldiers against Serb civilians."
    ev = top(code(text))
    assert ev.event == "ACCUSE"
    assert codes(ev.actor) == ["HRV"]
    assert codes(ev.recipient) == ["HRV"]


# -- events the hybrid classifier adds infer parties as rule events do ----------------


def test_an_added_event_gives_a_group_the_state_it_faces():
    from newsevents.coding.classifier import ClassScores
    from newsevents.coding.hybrid import HybridCoder
    from newsevents.pipeline import Pipeline

    class Fixed:
        def score_doc(self, doc):
            return [ClassScores.of({"AID": 0.9, "ASSAULT": 0.1}) for _ in doc.sentences]

    pipe = Pipeline(Settings(coder="rules"))
    pipe.coder = HybridCoder(pipe.settings, scorer=Fixed())
    text = "The rebels handed two letters to the Malian president."
    (ev,) = pipe.analyze_one(Article(id="t", text=text)).events
    assert "added by the event classifier" in ev.explanation
    assert codes(ev.actor) == ["MLI"]
    assert "MLI" in codes(ev.recipient)
