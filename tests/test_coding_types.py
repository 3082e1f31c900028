"""Event types of the rule coder's trigger rows: the CAMEO code a common news phrasing gets,
each beside a phrasing with the same words that must keep another type (sentences written
for these tests)."""

from __future__ import annotations

from coding_helpers import cameo_codes, top


def test_a_call_for_sanctions_rallies_others_against_the_target(rules_code):
    # CAMEO 113's own example; the one who threatens sanctions is the one who imposes them
    ev = top(rules_code("A Kenyan senator called for sanctions against Uganda on Monday."))
    assert (ev.event, ev.cameo.code) == ("ACCUSE", "113")
    assert ev.recipient[0].code == "UGA"
    ev = top(rules_code("Kenya threatened sanctions against Uganda on Monday."))
    assert (ev.event, ev.cameo.code) == ("THREATEN", "1312")


def test_calling_on_others_to_rise_against_a_party_rallies_opposition(rules_code):
    ev = top(rules_code("Chilean rebels called on the army to rise up against the president."))
    assert ev.cameo.code == "113"
    # acting against a problem is an ordinary appeal
    ev = top(rules_code("The Chilean opposition called on the government to act against fraud."))
    assert (ev.event, ev.cameo.code) == ("REQUEST", "020")


def test_compensation_paid_is_a_concession_not_aid(rules_code):
    # CAMEO 080's own example: compensation for a wrong yields
    ev = top(rules_code("Peru paid compensation to 40 Chilean fishermen on Monday."))
    assert (ev.event, ev.cameo.code) == ("CONCEDE", "080")
    ev = top(rules_code("Peru paid aid to 40 Chilean villages on Monday."))
    assert (ev.event, ev.cameo.code) == ("AID", "071")


def test_failing_to_renew_sanctions_eases_them(rules_code):
    ev = top(rules_code("The Kenyan parliament failed to renew the arms embargo on Uganda."))
    assert (ev.event, ev.cameo.code) == ("RETREAT", "085")
    ev = top(rules_code("The Kenyan parliament renewed the arms embargo on Uganda."))
    assert (ev.event, ev.cameo.code) == ("COERCE", "163")


def test_reimposed_restrictions_are_imposed(rules_code):
    assert cameo_codes(rules_code("Kenya reimposed sanctions on Uganda on Friday.")) == {"163"}
    assert "191" in cameo_codes(rules_code("The Chilean army reimposed a blockade on the port."))
    assert "1723" in cameo_codes(rules_code("Peru reimposed a curfew in Lima on Friday."))


def test_accepting_a_formula_for_a_settlement_is_agreement(rules_code):
    ev = top(rules_code("Chile accepted a formula for ending its fishing dispute with Peru."))
    assert (ev.event, ev.cameo.code) == ("AGREE", "030")


def test_attacked_positions_is_force_and_attacked_a_position_is_criticism(rules_code):
    # only the plural matches the force row: armed positions
    ev = top(rules_code("Chilean jets attacked rebel positions near the Peruvian border."))
    assert (ev.event, ev.cameo.code) == ("ASSAULT", "190")
    ev = top(rules_code("The Chilean minister attacked the opposition's position on taxes."))
    assert (ev.event, ev.cameo.code) == ("ACCUSE", "111")


def test_an_attack_on_a_policy_is_criticism_and_on_a_place_is_force(rules_code):
    ev = top(rules_code("The Kenyan senator carried out a fierce attack on the budget proposals."))
    assert (ev.event, ev.cameo.code) == ("ACCUSE", "111")
    ev = top(rules_code("Ugandan rebels carried out an attack on an army base."))
    assert (ev.event, ev.cameo.code) == ("ASSAULT", "190")


def test_ordering_a_newspaper_to_stop_publishing_restricts_the_press(rules_code):
    ev = top(rules_code("The Kenyan government ordered the Daily Star to suspend publication."))
    assert (ev.event, ev.cameo.code) == ("COERCE", "1721")
    # an order about something else stays a demand
    ev = top(rules_code("A Kenyan court ordered the company to stop publishing its accounts."))
    assert (ev.event, ev.cameo.code) == ("REQUEST", "100")


def test_defacing_websites_is_a_cyber_attack(rules_code):
    ev = top(rules_code("Chilean hackers defaced hundreds of Peruvian government websites."))
    assert (ev.event, ev.cameo.code) == ("COERCE", "176")
    assert "176" not in cameo_codes(
        rules_code("Vandals defaced a statue of the Chilean president.")
    )


def test_a_warm_welcome_hosts_the_visitor(rules_code):
    ev = top(rules_code("The Kenyan president gave a warm welcome to the Ugandan leader."))
    assert (ev.event, ev.cameo.code) == ("CONSULT", "043")
    assert ev.recipient[0].code == "UGA"


def test_a_hearing_into_a_matter_is_an_inquiry(rules_code):
    ev = top(rules_code("Kenya's high court opened a hearing into the use of force by police."))
    assert (ev.event, ev.cameo.code) == ("ACCUSE", "090")


def test_an_authority_approving_a_measure_allows_it_and_approving_of_it_is_praise(rules_code):
    # CAMEO codes the approved measure, not an endorsement (its 0831 and 1322 examples)
    ev = top(rules_code("The Chilean senate approved the extradition of a Peruvian banker."))
    assert (ev.event, ev.cameo.code) == ("CONCEDE", "080")
    ev = top(rules_code("The Kenyan president approved of Uganda's decision to hold talks."))
    assert (ev.event, ev.cameo.code) == ("SUPPORT", "051")


def test_forcing_residents_out_of_their_homes_is_a_mass_expulsion(rules_code):
    ev = top(rules_code("Chilean troops forced hundreds of families out of their homes."))
    assert (ev.event, ev.cameo.code) == ("ASSAULT", "201")
    ev = top(rules_code("Peruvian rebels forced the governor out of the city."))
    assert (ev.event, ev.cameo.code) == ("COERCE", "174")


def test_speeding_up_a_withdrawal_withdraws(rules_code):
    ev = top(rules_code("Kenya speeded up the withdrawal of its troops from Somalia on Monday."))
    assert (ev.event, ev.cameo.code) == ("RETREAT", "0874")
    assert ev.actor[0].code == "KEN"


def test_ordered_patrols_raise_police_power(rules_code):
    ev = top(rules_code("The Kenyan government ordered police patrols in Nairobi after the riots."))
    assert (ev.event, ev.cameo.code) == ("MOBILIZE", "153")


def test_a_signature_drive_is_political_dissent(rules_code):
    ev = top(rules_code("The Chilean opposition began collecting signatures against the new law."))
    assert (ev.event, ev.cameo.code) == ("PROTEST", "140")
