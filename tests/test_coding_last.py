"""Rejections voiced with "oppose", a stance stated with "is opposed to", an object moved
after an "as" phrase, and the leader of a thing an act goes to (sentences written for
these tests)."""

from __future__ import annotations

from coding_helpers import codes, top


def test_opposing_mediation_or_a_plan_is_a_rejection(rules_code):
    # CAMEO 126/127: opposing mediation or a deployment rejects it (PLOVER REJECT)
    ev = top(rules_code("Norway opposed Swedish mediation in the talks on Monday."))
    assert (ev.event, ev.cameo.code) == ("REJECT", "126")
    assert codes(ev.recipient) == ["SWE"]
    ev = top(rules_code("Peru opposed the deployment of a Chilean force on Monday."))
    assert (ev.event, ev.cameo.code) == ("REJECT", "127")
    ev = top(rules_code("Peru strongly opposes the Chilean plan."))
    assert ev.event == "REJECT"
    # opposing a person or a government is disapproval, not a rejection
    ev = top(rules_code("Norway opposed the Swedish minister on Monday."))
    assert (ev.event, ev.cameo.code) == ("ACCUSE", "110")


def test_is_opposed_to_states_the_subjects_stance(rules_code):
    ev = top(rules_code("Norway is opposed to Swedish mediation in the talks, an aide said."))
    assert ev.event == "REJECT"
    assert codes(ev.actor) == ["NOR"]
    assert codes(ev.recipient) == ["SWE"]
    # an agent still makes it a passive: Sweden opposes Norway
    ev = top(rules_code("Norway was opposed by Sweden in the vote on Monday."))
    assert codes(ev.actor) == ["SWE"]
    assert codes(ev.recipient) == ["NOR"]


def test_object_moved_after_an_as_phrase_is_the_target(rules_code):
    ev = top(rules_code("Norway on Monday condemned as a crime Sweden's crackdown in Finland."))
    assert ev.event == "ACCUSE"
    assert codes(ev.recipient) == ["SWE"]
    # an ordinary object before "as" keeps its own owner
    ev = top(rules_code("Norway condemned Sweden's crackdown as a brutal act on Monday."))
    assert codes(ev.recipient) == ["SWE"]


def test_leader_of_the_thing_an_act_goes_to_is_the_target(rules_code):
    ev = top(rules_code("Norway condemned the US-led invasion on Monday."))
    assert ev.event == "ACCUSE"
    assert codes(ev.recipient) == ["USA"]
    # "commit to assistance to the X-led war": the partner of the noun the clause goes to
    events = rules_code("Denmark has refused to commit to any assistance to the US-led war.")
    ev = next(e for e in events if e.event == "REJECT" and e.event_text == "refused")
    assert codes(ev.recipient) == ["USA"]
