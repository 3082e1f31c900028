"""Event types of further trigger rows: a news phrasing's CAMEO code beside a phrasing with
the same verb that must keep another type (sentences written for these tests)."""

from __future__ import annotations

from coding_helpers import top


def test_mobilising_funds_is_economic_aid_not_mobilising_forces(rules_code):
    ev = top(rules_code("Japan is mobilising new funds to rebuild schools in Peru."))
    assert (ev.event, ev.cameo.code) == ("AID", "071")
    ev = top(rules_code("Japan mobilised 5 million dollars for Peru on Monday."))
    assert (ev.event, ev.cameo.code) == ("AID", "071")
    # forces mobilised keep the military code
    ev = top(rules_code("Japan mobilised its troops near the border on Monday."))
    assert (ev.event, ev.cameo.code) == ("MOBILIZE", "154")


def test_observers_sent_abroad_are_assistance_not_a_troop_build_up(rules_code):
    ev = top(rules_code("The African Union deployed election observers in Chile on Monday."))
    assert (ev.event, ev.cameo.code) == ("AID", "070")
    # troops sent to watch a border are still forces moved, not observers
    ev = top(rules_code("Peru deployed troops to monitor the border with Chile on Monday."))
    assert ev.event == "MOBILIZE"


def test_training_foreign_pilots_is_military_aid(rules_code):
    ev = top(rules_code("The Peruvian air force trains Chilean pilots in Lima."))
    assert (ev.event, ev.cameo.code) == ("AID", "072")


def test_military_experts_sent_to_investigate_are_coded_by_the_purpose(rules_code):
    ev = top(rules_code("Peru sent military experts to Chile to investigate the explosion."))
    assert ev.event == "ACCUSE"
    assert ev.cameo.code.startswith("09")
    # military aid sent keeps the aid code
    ev = top(rules_code("Peru sent military aid to Chile on Monday."))
    assert (ev.event, ev.cameo.code) == ("AID", "072")


def test_strikes_carried_out_against_armed_targets_are_attacks(rules_code):
    # the parser hangs "against ..." on the verb when a date comes between
    ev = top(rules_code("Chile's air force carried out strikes on Monday against rebel targets."))
    assert (ev.event, ev.cameo.code) == ("ASSAULT", "190")
    # a strike against a plan is a labour strike
    ev = top(rules_code("Chilean dockers carried out a strike on Monday against the pension plan."))
    assert ev.event == "PROTEST"
