"""The rule coder on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsevents.records import Article

PUBLISHED = datetime(2021, 6, 10, 9, 0)  # a Thursday


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text: str):
        result = pipeline.analyze_one(Article(id="t", text=text, published=PUBLISHED))
        for ev in result.events:
            for p in (*ev.actor, *ev.recipient):
                assert text[p.start : p.end] == p.entity_text
            assert ev.explanation
        return result.events

    return run


def only(events, event_type):
    found = [e for e in events if e.event == event_type]
    assert found, [(e.event, e.explanation) for e in events]
    return found[0]


def texts(parties):
    return [p.entity_text for p in parties]


def test_meeting_with_date_and_place(code):
    ev = only(
        code("Egyptian President Omar Fahmy met Sudanese leader Idris Kamal in Cairo on Tuesday."),
        "CONSULT",
    )
    assert ev.actor[0].code == "EGY" and ev.recipient[0].code == "SDN"
    assert ev.date == "2021-06-08" and ev.date_precision == "day"
    assert ev.event_loc is not None and ev.event_loc.code == "EGY"
    assert ev.modality == "asserted"
    assert "from 'on Tuesday'" in ev.explanation or "from 'Tuesday'" in ev.explanation


def test_accusation_has_actor_and_recipient(code):
    ev = only(code("Pakistan accused India of violating the ceasefire."), "ACCUSE")
    assert ev.actor[0].code == "PAK" and ev.recipient[0].code == "IND"
    assert ev.quad_code == 3 and ev.cameo.goldstein is not None and ev.cameo.goldstein < 0


def test_passive_agent_is_the_actor(code):
    ev = only(code("Three Malian soldiers were killed by jihadist rebels."), "ASSAULT")
    assert any(p.code == "MLI" for p in ev.recipient)
    assert "passive" in ev.explanation


def test_coordinated_subjects_are_both_actors(code):
    events = code("Chile and Peru signed a fishing agreement.")
    ev = next(e for e in events if e.cameo.code == "057")
    # a mutual act: the first named acts toward the other (the dyad of wire-event coding)
    assert [p.code for p in ev.actor] == ["CHL"] and [p.code for p in ev.recipient] == ["PER"]


def test_negated(code):
    ev = only(code("Turkey did not attack the Kurdish town."), "ASSAULT")
    assert ev.modality == "negated"


def test_future_acts_are_coded_as_intents_and_threats(code):
    # CAMEO's convention: a planned visit is an intent to meet, a planned sanction a threat
    ev = only(code("Canadian Prime Minister Mark Stone will visit Mexico next week."), "AGREE")
    assert ev.modality == "future" and ev.cameo.code == "036"
    assert "recoded 042 -> 036" in ev.explanation
    ev = only(code("Indonesia plans to impose sanctions on Myanmar."), "THREATEN")
    assert ev.modality == "future" and ev.cameo.code.startswith("13")


def test_refusal_is_a_rejection(code):
    ev = only(code("Israel will not release the prisoners."), "REJECT")
    assert ev.modality == "negated" and ev.cameo.code.startswith("12")


def test_demanded_act_is_not_an_event_of_its_own(code):
    events = code("Protesters urged Slovak Prime Minister Jan Horak to resign.")
    assert [e.event for e in events] == ["REQUEST"]


def test_hypothetical(code):
    ev = only(code("If talks fail, Ethiopia could attack Eritrea."), "ASSAULT")
    assert ev.modality == "hypothetical"


def test_reported_speech(code):
    ev = only(code("Serbian officials said Kosovo police had arrested two Serbs."), "COERCE")
    assert ev.modality == "reported"
    assert ev.reported_by is not None and ev.reported_by.entity_text == "Serbian officials"
    assert ev.reported_by.code == "SRB"


def test_said_alone_is_no_event(code):
    assert code("The French ambassador said the weather in Rome was pleasant.") == ()


def test_nominal_event_between_parties(code):
    ev = only(code("Talks between Armenia and Azerbaijan resumed in Geneva."), "CONSULT")
    assert {p.code for p in (*ev.actor, *ev.recipient)} == {"ARM", "AZE"}


def test_date_inherited_from_the_preceding_event(code):
    events = code(
        "Greek Prime Minister Nikos Pappas met Cypriot President Elena Georgiou on Monday. "
        "After the meeting, Greece and Cyprus signed a defence agreement."
    )
    signing = next(e for e in events if e.cameo.code == "057")
    assert signing.date == "2021-06-07"
    assert "inherited" in signing.explanation


def test_publication_date_is_flagged(code):
    ev = only(code("Norway condemned the arrests."), "ACCUSE")
    assert ev.date == "2021-06-10"
    assert "publication date" in ev.explanation


def test_abstract_subject_is_no_actor_but_unknown_agents_are_kept(code):
    assert not [e for e in code("The new proposals met with strong disapproval.")]
    ev = only(code("Armed men attacked an army camp near the border."), "ASSAULT")
    # kept without a country (the actor index may or may not give it an id of its own)
    assert ev.actor[0].entity_text == "Armed men" and ev.actor[0].code is None


def test_obligation_is_not_an_act_and_verbal_attacks_are_criticism(code):
    ev = only(code("Romanian Prime Minister Dan Popa should resign, critics say."), "CONCEDE")
    assert ev.modality == "hypothetical"
    ev = only(code("The Irish opposition attacked the government's new pledges."), "ACCUSE")
    assert ev.cameo.code == "111"


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # the partner of the governed clause
        ("Finland offered to hand over two suspects to Sweden on Monday.", {"SWE"}),
        # the partner of the clause's object, with its conjuncts
        ("Japan agreed to provide loans for Vietnam and Laos.", {"VNM", "LAO"}),
        # who a demand is addressed to: the subject of the demanded clause
        ("Chile demanded that Peru withdraw its troops from the border.", {"PER"}),
    ],
)
def test_recipient_one_step_further(code, text, recipients):
    events = code(text)
    assert events
    assert {r.code for r in events[0].recipient if r.code} == recipients


def test_deeper_recipient_is_only_taken_when_it_is_a_known_actor(code):
    # "the border" sits where a recipient could, but is no actor: no recipient is invented
    events = code("Chile agreed to withdraw from the border on Monday.")
    assert all(r.code is None for e in events for r in e.recipient)


@pytest.fixture(scope="module")
def rules_code(pipeline):
    """The rule coder alone (the default hybrid coder may re-type its events)."""
    from newsevents.coding.rules import RuleCoder

    coder = RuleCoder(pipeline.settings)

    def run(text: str):
        saved = pipeline.coder
        pipeline.coder = coder
        try:
            return pipeline.analyze_one(Article(id="t", text=text, published=PUBLISHED)).events
        finally:
            pipeline.coder = saved

    return run


def test_willing_to_act_takes_the_subject_of_be(rules_code):
    # the subject of "is" does the withdrawing; readiness is coded as intent
    events = rules_code("Norway is willing to withdraw its soldiers from the disputed border zone.")
    ev = next(e for e in events if e.actor and e.actor[0].code == "NOR")
    assert ev.modality == "future"


def test_continued_attacks_are_attacks(rules_code):
    ev = only(
        rules_code("Ethiopian troops continued their attacks on Eritrea on Monday."),
        "ASSAULT",
    )
    assert ev.actor[0].code == "ETH" and any(r.code == "ERI" for r in ev.recipient)


def test_required_words_inside_a_prepositional_object(rules_code):
    ev = only(rules_code("Sudanese militias used Chadian villagers as human shields."), "ASSAULT")
    assert ev.cameo.code == "184" and ev.actor[0].code == "SDN"


def test_distributed_supplies_are_aid(rules_code):
    ev = only(rules_code("Kenya distributed medical supplies to Somali refugees."), "AID")
    assert ev.cameo.code == "073" and ev.actor[0].code == "KEN"


def test_dependent_clause_is_not_the_subjects_act(rules_code):
    # "when" clauses keep their own subject: no event may borrow the main subject
    events = rules_code("Chad protested when Nigerian troops were attacked near the border.")
    assert all(not (e.event == "ASSAULT" and e.actor and e.actor[0].code == "TCD") for e in events)


def test_aid_without_a_named_beneficiary_is_kept(rules_code):
    # a specific trigger with a known doer names the act even when the text leaves the
    # beneficiary implicit
    ev = only(rules_code("Norway is providing emergency assistance after the floods."), "AID")
    assert ev.actor[0].code == "NOR" and not ev.recipient


def test_bare_aid_verb_still_needs_a_recipient(rules_code):
    assert not [e for e in rules_code("Norway helped a lot.") if e.event == "AID"]


def test_charged_with_a_crime_is_an_accusation(rules_code):
    ev = only(rules_code("A Kenyan court charged the Ugandan envoy with smuggling gold."), "ACCUSE")
    assert "envoy" in " ".join(texts(ev.recipient))


def test_criticism_from_x_has_x_as_actor_and_the_subject_as_recipient(rules_code):
    ev = only(rules_code("Chile faced sharp criticism from Peru over fishing quotas."), "ACCUSE")
    assert [a.code for a in ev.actor] == ["PER"]
    assert [r.code for r in ev.recipient] == ["CHL"]


def test_a_document_issuer_does_what_the_document_does(rules_code):
    ev = only(rules_code("The Ghanaian parliament passed a resolution condemning Togo."), "ACCUSE")
    assert "parliament" in " ".join(texts(ev.actor)).lower()
    assert [r.code for r in ev.recipient] == ["TGO"]


def test_declining_to_comment_and_expressing_concern_are_statements(rules_code):
    assert not rules_code("The Danish foreign ministry declined to comment on the report.")
    assert not rules_code("Sweden expressed concern about the fate of the detained sailors.")


def test_a_specific_act_beats_a_statement_reading(rules_code):
    # "claiming" is another clause: "rejected" keeps its own reading
    ev = only(
        rules_code("Bolivia rejected the election results, claiming widespread fraud."), "REJECT"
    )
    assert ev.actor[0].code == "BOL"
    ev = only(rules_code("Latvia denied entry to a Belarusian reporter."), "REJECT")
    assert ev.cameo.code == "1245"


def test_yielding_to_demands_and_easing_trade_barriers(rules_code):
    ev = only(rules_code("The Nepali government accepted the demands of the strikers."), "CONCEDE")
    assert ev.cameo.code == "080"
    ev = only(rules_code("Canada reduced tariffs on Mexican steel."), "RETREAT")
    assert ev.cameo.code == "085"
    ev = only(rules_code("Chile opened its borders to Venezuelan refugees."), "AID")
    assert ev.cameo.code == "075"


def test_pledged_support_is_support_and_agreeing_a_deal_is_signing_one(rules_code):
    ev = only(rules_code("Japan pledged full support for the Philippine peace plan."), "SUPPORT")
    assert ev.actor[0].code == "JPN"
    ev = only(rules_code("Peru and Chile agreed a new fisheries treaty."), "SUPPORT")
    assert ev.cameo.code == "057"


def test_attending_a_meeting_of_a_body_is_a_consultation(rules_code):
    ev = only(
        rules_code("The Kenyan president attended a meeting of the African Union."), "CONSULT"
    )
    assert ev.actor[0].code == "KEN" and "African Union" in " ".join(texts(ev.recipient))


def test_intent_reaches_through_a_chain_of_complements(rules_code):
    # "agreed to allow X to deliver": the delivery is agreed, not done
    events = rules_code(
        "Syria agreed to allow Turkish aid workers to deliver food to the besieged towns."
    )
    delivery = [e for e in events if e.event_text.startswith("deliver")]
    assert delivery and delivery[0].modality == "future"
    assert delivery[0].cameo.code.startswith("03")  # intent to give aid
    assert all(e.event != "AID" for e in events)


def test_attacking_a_policy_is_criticism(rules_code):
    ev = only(rules_code("The Irish opposition attacked the government's budget plans."), "ACCUSE")
    assert ev.cameo.code == "111"


@pytest.mark.parametrize(
    ("text", "event", "code"),
    [
        # the trigger noun's own modifiers: whose diplomats, whose proposal
        ("Norway expelled two Chilean diplomats on Monday.", "SANCTION", "CHL"),
        ("Peru rejected Bolivia's proposal for a new border commission.", "REJECT", "BOL"),
        # an abstract object names its owner: "calls by X"
        ("Sweden rejected recent calls by Finland for a joint fleet.", "REJECT", "FIN"),
        # the party to a purpose clause: "to protest against X's decision"
        (
            "Hundreds of farmers staged a hunger strike to protest against Ghana's decision.",
            "PROTEST",
            "GHA",
        ),
        # the party a condition is put to: "threatened ... unless X withdrew"
        (
            "Armenia threatened to halt the talks unless Georgia withdrew its troops.",
            "THREATEN",
            "GEO",
        ),
    ],
)
def test_recipient_from_the_trigger_noun_owner_or_purpose(rules_code, text, event, code):
    ev = only(rules_code(text), event)
    assert code in [r.code for r in ev.recipient], ev.explanation


def test_place_of_the_act_is_the_target_only_when_no_party_is_named(rules_code):
    ev = only(rules_code("Thousands of students demonstrated in Ukraine on Friday."), "PROTEST")
    assert [r.code for r in ev.recipient] == ["UKR"]
    assert "the place where the act happens" in ev.explanation
    ev = only(rules_code("Turkish police arrested two Dutch reporters in Syria."), "COERCE")
    assert "NLD" in [r.code for r in ev.recipient] and "SYR" not in [r.code for r in ev.recipient]
    # a meeting still needs a second party: a place alone makes no visit
    assert not rules_code("Hungarian engineers arrived in Kenya to build a dam.")


def test_verb_lemma_read_off_the_form_when_the_tagger_misses(rules_code):
    assert only(rules_code("Rebels wounded three Malian soldiers."), "ASSAULT")
    from newsevents.coding.lexicon import Lexicon

    lex = Lexicon.default()
    assert lex.verb_lemma("stag", "staged") == "stage"
    assert lex.verb_lemma("meet", "met") == "meet"
    assert lex.verb_lemma("xyzzy", "xyzzied") == "xyzzy"  # unknown: the tagger's lemma


def test_location_is_not_taken_from_an_event_in_another_sentence(rules_code):
    events = rules_code(
        "Iraqi police arrested two men in Baghdad on Monday. Militants attacked a post."
    )
    attack = only(events, "ASSAULT")
    assert attack.date == only(events, "COERCE").date  # the date does carry over
    assert attack.event_loc is None


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        # shared evidence or know-how is cooperation, not a statement
        ("Chilean police shared evidence with Peru on the smuggling ring.", "COOPERATE", "064"),
        ("Kenya sent emergency supplies to Uganda after the floods.", "AID", "073"),
        ("Poland strengthened its forces in Lithuania last month.", "MOBILIZE", "154"),
    ],
)
def test_cooperation_aid_and_mobilisation_triggers(rules_code, text, event, cameo):
    ev = only(rules_code(text), event)
    assert ev.cameo.code == cameo, ev.explanation


def test_giving_evidence_is_testimony_not_cooperation(rules_code):
    events = rules_code("Scottish doctors gave evidence to the Irish parliament on Tuesday.")
    assert all(e.event != "COOPERATE" for e in events)


def test_forces_deployed_without_an_agent_are_the_actor(rules_code):
    ev = only(rules_code("About 300 Ghanaian peacekeepers were deployed to Mali."), "AID")
    assert ev.cameo.code == "074"
    assert "GHA" in [a.code for a in ev.actor], ev.explanation
    # a passive with its agent keeps the agent as the actor
    ev = only(rules_code("Three Malian soldiers were killed by jihadist rebels."), "ASSAULT")
    assert "MLI" in [r.code for r in ev.recipient]


def test_event_noun_requirements_reach_its_prepositional_object(rules_code):
    # "cessation of hostilities": the required word is the object of "of", in the plural,
    # and is no attack of its own
    events = rules_code("Armenia and Azerbaijan announced a cessation of hostilities on Sunday.")
    assert all(e.event != "ASSAULT" for e in events), [e.explanation for e in events]
    from newsevents.coding.rules import RuleCoder
    from newsevents.nlp import parse_one

    doc = parse_one("The cessation of hostilities held.")
    cands = RuleCoder()._candidates(doc, 0, len(doc.tokens))
    assert [(c.token.text, c.trigger.cameo) for c in cands] == [("cessation", "0871")]


def test_saying_another_party_must_act_is_a_demand(rules_code):
    # the speaker demands; the clause's act is not coded as the other party's
    events = rules_code("Chile said on Monday that Peru must withdraw its troops from the border.")
    ev = only(events, "REQUEST")
    assert ev.cameo.code.startswith("10"), ev.explanation
    assert "CHL" in [a.code for a in ev.actor]
    assert "PER" in [r.code for r in ev.recipient]
    assert all(e.event != "RETREAT" for e in events), [e.explanation for e in events]
    # "should" gives an opinion, "will" a prediction: no demand
    events = rules_code("Chile said on Monday that Peru will withdraw its troops from the border.")
    assert all(e.event != "REQUEST" for e in events)


def test_a_demand_noun_names_who_is_to_act(rules_code):
    events = rules_code("Ghana repeated its demand that Togo lift the border closure.")
    ev = only(events, "REQUEST")
    assert "GHA" in [a.code for a in ev.actor] and "TGO" in [r.code for r in ev.recipient]
    assert all(e.event != "RETREAT" for e in events)


def test_returning_something_yields_it_but_returning_somewhere_does_not(rules_code):
    # CAMEO 0842 (return property) is PLOVER's RETREAT, merged into YIELD by some golds
    events = rules_code("Belgium returned the stolen statues to Mali on Friday.")
    ev = next(e for e in events if e.cameo.code == "0842")
    assert "MLI" in [r.code for r in ev.recipient]
    events = rules_code("The Belgian king returned to Mali on Friday.")
    assert all(e.cameo.code != "0842" for e in events), [e.explanation for e in events]


def test_light_verbs_carry_stance_and_warrant_nouns(rules_code):
    ev = only(rules_code("Kenyan police issued an arrest warrant for a Ugandan general."), "COERCE")
    assert ev.cameo.code == "173"
    ev = only(
        rules_code("Jordan expressed its rejection and condemnation of the Syrian raid."), "ACCUSE"
    )
    assert "JOR" in [a.code for a in ev.actor]
    assert "condemnation" not in " ".join(texts(ev.recipient))


def test_purpose_clause_shares_its_governors_doer_and_negation(rules_code):
    ev = only(rules_code("Norway sent a team of experts to Chad to investigate the massacre."),
              "ACCUSE")  # fmt: skip
    assert "NOR" in [a.code for a in ev.actor], ev.explanation
    # a request's purpose clause is what is asked for, not the requester's act
    events = rules_code("Brazil and Chile called on Peru to lift its sanctions against Bolivia.")
    assert all(e.event != "RETREAT" for e in events), [e.explanation for e in events]


def test_ambiguous_verbs_need_the_object_their_event_acts_on(rules_code):
    # "meet" a rule or a deadline, "target" seats, "refuse" food: no one is met or attacked
    for text, wrong in (
        ("The Danish finance minister said he would meet his spending rules next year.", "AGREE"),
        ("The Danish opposition will make visits to target seats in the north.", "ASSAULT"),
        ("Doctors said Danish patients may refuse food and fluids in their last days.", "REJECT"),
    ):
        events = rules_code(text)
        assert all(e.event != wrong for e in events), [e.explanation for e in events]
    ev = only(rules_code("The Danish finance minister will meet his Swedish counterpart."), "AGREE")
    assert ev.cameo.code == "036"
    ev = only(rules_code("The Danish minister refused the Swedish offer on Monday."), "REJECT")
    assert "DNK" in [a.code for a in ev.actor]


def test_a_noun_taking_to_is_no_infinitive(rules_code):
    events = rules_code("The Danish review would look at partial defences to murder.")
    assert all(e.event != "ASSAULT" for e in events), [e.explanation for e in events]


def test_declining_to_say_is_a_statement_and_modals_on_the_governor(rules_code):
    events = rules_code("The Danish minister refused to say whether Sweden had been told.")
    assert all(e.event != "REJECT" for e in events), [e.explanation for e in events]
    events = rules_code("The Danish army could be used to attack Swedish troops.")
    assert all(e.modality == "hypothetical" for e in events if e.event == "ASSAULT")


def test_calling_for_someone_to_act_is_the_request_only(code):
    events = code("The Danish premier wrote to Olaf Berg, calling for him to apologise at once.")
    assert all(e.event != "SUPPORT" for e in events), [e.explanation for e in events]


def test_targeting_a_thing_is_an_attack_targeting_seats_is_not(rules_code):
    assert only(rules_code("Russian jets targeted a hospital in Idlib."), "ASSAULT")
    assert not rules_code("The Liberal Democrats will target seats held by Labour.")


def test_guilty_of_an_act_names_its_doer(rules_code):
    text = "The Danish army and Swedish rebels were guilty of violating the truce."
    ev = only(rules_code(text), "ASSAULT")
    assert len(ev.actor) == 2, ev.explanation
    ev = only(rules_code("The Swedish rebels were responsible for the killings."), "ASSAULT")
    assert "Swedish rebels" in " ".join(texts(ev.actor)), ev.explanation


def test_a_predicate_noun_names_no_act(rules_code):
    events = rules_code("His remarks were a recognition that voters will get angry.")
    assert all(e.event != "SUPPORT" for e in events), [e.explanation for e in events]


def test_a_thing_is_no_actor_but_the_act_stands(code):
    # the subject shows the attack happened; the bomb itself is no one's code or sector
    ev = only(code("A roadside bomb killed four Kenyan soldiers near Mandera."), "ASSAULT")
    assert not ev.actor
    assert any(p.code == "KEN" for p in ev.recipient)


def test_the_doer_named_inside_the_act(code):
    ev = only(code("A car bombing by the Taliban killed six Afghan police officers."), "ASSAULT")
    assert texts(ev.actor) == ["Taliban"]
    ev = only(code("A Taliban attack killed six Afghan police officers."), "ASSAULT")
    assert [p.code for p in ev.actor] == ["AFG"] or texts(ev.actor) == ["Taliban"]


def test_inanimate_nouns_list():
    from newsevents.coding.nouns import is_inanimate

    assert is_inanimate("tent") and is_inanimate("fee") and is_inanimate("Window")
    # a noun with any person, group or place sense may name a participant
    assert not any(is_inanimate(w) for w in ("family", "group", "nation", "sniper", "west"))


# -- who the act is aimed at (recipients) -----------------------------------------------


def test_the_party_a_things_phrase_names_is_the_recipient(code):
    # "the appeal of X", "a protest by X", "a request from X", "threats made by X"
    for text, whom in (
        ("The Estonian court rejected the appeal of a Latvian businessman.", "LVA"),
        ("Finland condemned a protest by Swedish farmers.", "SWE"),
        ("The Chilean president refused a request from the Peruvian ambassador.", "PER"),
        ("Egypt condemned the threats made by the Sudanese army.", "SDN"),
    ):
        events = code(text)
        assert events, text
        assert [p.code for p in events[0].recipient] == [whom], events[0].explanation


def test_coordinated_subjects_of_a_mutual_act_form_a_dyad(code):
    ev = only(code("Norway and Chile signed a fisheries agreement."), "SUPPORT")
    assert [p.code for p in ev.actor] == ["NOR"] and [p.code for p in ev.recipient] == ["CHL"]
    assert "coordinated subjects" in ev.explanation
    # a one-sided act keeps both doers: "X and Y condemned Z"
    ev = only(code("Norway and Chile condemned the Peruvian government."), "ACCUSE")
    assert {p.code for p in ev.actor} == {"NOR", "CHL"} and ev.recipient[0].code == "PER"


def test_an_investigation_into_names_its_target(code):
    text = "Belgian prosecutors opened an investigation into a Dutch shipping firm."
    ev = only(code(text), "ACCUSE")
    assert [p.code for p in ev.recipient] == ["NLD"], ev.explanation


def test_the_place_where_the_acts_noun_happens(code):
    ev = only(code("Turkish police declared a curfew in parts of Ankara."), "COERCE")
    assert texts(ev.recipient) == ["Ankara"] and ev.recipient[0].code == "TUR"


def test_the_persons_an_act_requires_are_its_recipients(code):
    ev = only(code("Peru freed 12 prisoners on Monday."), "RETREAT")
    assert texts(ev.recipient) == ["12 prisoners"], ev.explanation
    ev = only(code("A Greek court found the banker guilty of fraud."), "ACCUSE")
    assert texts(ev.recipient) == ["banker"], ev.explanation
    # what is given or one's own forces are no target
    ev = only(code("Chile withdrew its troops from the border town."), "RETREAT")
    assert "troops" not in texts(ev.recipient), ev.explanation


def test_who_a_demand_addresses(code):
    text = "Striking nurses demanded that the hospital director withdraw the new rota."
    ev = only(code(text), "REQUEST")
    assert texts(ev.recipient) == ["hospital director"], ev.explanation


@pytest.mark.parametrize(
    "text",
    [
        # what is denied, claimed, weighed or regretted is the statement's content
        "The Chilean ministry denied charges that its troops had attacked the village.",
        "Norway is considering sending aid to Chad.",
        "The rebels claimed that they had bombed the bridge.",
        "The Peruvian minister expressed concern about the shelling of the border town.",
    ],
)
def test_a_statement_about_an_act_is_no_act(code, text):
    assert [e.event for e in code(text)] == []


def test_a_report_of_an_act_still_codes_it(code):
    # "said" reports the act; only a claim of one's own act is a claim of responsibility
    ev = only(code("The Chilean rebels said they had bombed the bridge."), "ASSAULT")
    assert ev.modality == "reported"


def test_offers_and_agreements_to_stop_fighting_are_agreements(code):
    ev = only(code("Canada is ready to contribute troops to the African Union mission."), "AGREE")
    assert ev.cameo.code.startswith("03") and ev.modality == "future"
    ev = only(code("The two Sudanese militias agreed to a ceasefire."), "AGREE")
    assert ev.cameo.code == "0356"


def test_a_decision_to_act_is_the_act(code):
    # unlike "plans to lift" (an intent), "decided to lift" is coded as the lifting
    ev = only(code("Japan decided to lift its sanctions on Peru."), "RETREAT")
    assert ev.cameo.code == "085"


def test_a_withheld_concession_is_a_refusal(code):
    text = "The Kenyan government did not give permission for the opposition rally."
    assert only(code(text), "REJECT").cameo.code == "124"
    assert only(code("Peru cannot accept more refugees from Chile."), "REJECT").cameo.code == "121"


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        ("Hundreds of Kenyan dock workers stopped work on Monday.", "PROTEST", "143"),
        (
            "The Chilean senator launched a scathing attack on the Peruvian finance minister.",
            "ACCUSE",
            "111",
        ),
        ("Chilean troops captured the border town after heavy fighting.", "ASSAULT", "190"),
        ("The Peruvian president cancelled a planned visit to Chile.", "REJECT", "125"),
        # CAMEO 113 (rally opposition against): its own example is a call for sanctions
        ("A Kenyan lawmaker called for sanctions against Uganda.", "ACCUSE", "113"),
        ("Protesters in Lima burned the Chilean flag.", "PROTEST", "141"),
        ("Peruvian troops remained on alert along the border.", "MOBILIZE", "150"),
        ("The rebel fighters laid down their weapons on Sunday.", "RETREAT", "0873"),
    ],
)
def test_common_ways_to_express_acts(code, text, event, cameo):
    assert only(code(text), event).cameo.code == cameo


@pytest.mark.parametrize(
    ("text", "event", "recipient"),
    [
        # whom the participle on the act's noun aimed it at
        ("Chile decided to lift the sanctions imposed on Peru last year.", "RETREAT", "Peru"),
        # the other side of the talks that ended a strike
        (
            "Kenyan nurses called off the strike after talks with the Kenyan government.",
            None,
            "Kenyan government",
        ),
        # the stance noun's partner, on the act's own noun
        (
            "Chilean miners began a hunger strike in protest at the Peruvian government's"
            " refusal to pay them.",
            "PROTEST",
            "Peruvian government",
        ),
        # the condition is put to its subject, even with no country known for it
        (
            "The dock workers said they will not end the strike until the port authorities"
            " raise wages.",
            "REJECT",
            "port authorities",
        ),
        # the act's noun after "on": where the forces stand is its target
        ("Chilean troops remained on alert in Lima after the attack.", "MOBILIZE", "Lima"),
        # a force "made up of" troops stands for them
        (
            "The regional bloc agreed to establish a force made up of Kenyan troops.",
            "AGREE",
            "Kenyan troops",
        ),
    ],
)
def test_recipients_a_step_further_in(code, text, event, recipient):
    events = code(text)
    found = [e for e in events if event is None or e.event == event]
    assert any(recipient in texts(e.recipient) for e in found), [
        (e.event, e.explanation) for e in events
    ]


def test_a_place_with_no_country_is_still_the_target(rules_code):
    # (the disputed region has no country in the gazetteer; coded or not, it is the target)
    events = rules_code("The army imposed a curfew in parts of Kashmir on Friday.")
    assert "Kashmir" in texts(only(events, "COERCE").recipient)


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # the parser hangs the only finite verb on its subject ("delegation ... called")
        (
            "A delegation of the Farmers Union on Monday called on Prime Minister Ana Lopes "
            "to lift the tariffs.",
            "REQUEST",
            "Farmers Union",
        ),
        (
            "Viktor Petrov, a former Bulgarian banker, called for sanctions against "
            "Zelenograd Bank.",
            "ACCUSE",  # CAMEO 113: rallying others against the bank
            "Viktor Petrov",
        ),
        # the passive's subject does the infinitive: "X was allowed to defy"
        (
            "The opposition leader could not be allowed to defy the court order, the "
            "minister said.",
            "REJECT",
            "opposition leader",
        ),
        # receiving: the giver is in the "from" phrase
        ("Mali received food aid from Japan and Canada.", "AID", "Japan"),
        # an agent noun said of its subject
        ("Norway remains the largest donor of humanitarian assistance in Sudan.", "AID", "Norway"),
        ("Norway is one of the largest donors to the Palestinians.", "AID", "Norway"),
        ("Norway lent $2 billion to Ghana.", "AID", "Norway"),
        ("The authorities suspended publication of the main opposition newspaper.", "COERCE", None),
        ("Turkey closed its border crossings with Syria.", "COERCE", "Turkey"),
        ("The judge set a 30-day deadline for the ministry to respond.", "THREATEN", None),
        ("Police searched the senator's home on Tuesday.", "ACCUSE", None),
    ],
)
def test_doers_and_phrasings(rules_code, text, event, actor):
    ev = only(rules_code(text), event)
    if actor is not None:
        assert actor in texts(ev.actor), ev.explanation


def test_mali_receives_rather_than_gives(rules_code):
    ev = only(rules_code("Mali received food aid from Japan and Canada."), "AID")
    assert "Mali" in texts(ev.recipient) and "Mali" not in texts(ev.actor)


@pytest.mark.parametrize(
    "text",
    [
        "The new funding demonstrates the government's commitment to farmers.",
        "Norway has reinforced its commitment to refugees.",
        "Officials said no deadline had been set for the withdrawal.",
    ],
)
def test_other_senses_and_denials_are_no_events(rules_code, text):
    assert not [e for e in rules_code(text) if e.event in ("PROTEST", "MOBILIZE", "THREATEN")]


def test_a_passive_without_to_keeps_its_passive(rules_code):
    # "were reported killed": the soldiers were killed, they did not kill
    for ev in rules_code("Two soldiers were reported killed in the north."):
        assert "Two soldiers" not in texts(ev.actor)


@pytest.mark.parametrize(
    ("text", "event", "recipient", "not_recipient"),
    [
        # the forces moved are the doer's own; whom they are moved against is the target
        (
            "Chile mobilized its army for an offensive against Bolivia.",
            "MOBILIZE",
            "Bolivia",
            "army",
        ),
        # troops sent to a force serving in a country: the country is the target
        ("Norway is sending soldiers to the UN force in Lebanon.", None, "Lebanon", "soldiers"),
        # whom a ban is aimed at, a clause further in
        (
            "Peru refused to lift the ban on Chilean fishing boats.",
            "REJECT",
            "Chilean",
            None,
        ),
        # a passive condition: who is to meet the demands
        (
            "The nurses will not end their strike until their demands are met by the health board.",
            "REJECT",
            "health board",
            None,
        ),
        # "its allies" are others than the owner
        ("Bolivia and its allies agreed to hold joint exercises.", "AGREE", "allies", None),
        # coordinated nationality adjective and noun: the first acts toward the other
        (
            "Brazilian and the Argentine navies agreed to hold joint exercises.",
            "AGREE",
            "Argentine navies",
            None,
        ),
        # whose the voiced stance is does it, it is not its target
        (
            "The Kenyan minister expressed Kenya's support for the people of Uganda.",
            None,
            None,
            "Kenya",
        ),
        # the demands of people stand for the people
        (
            "The mayor conceded to the demands of the striking bus drivers.",
            None,
            "striking bus drivers",
            "demands",
        ),
    ],
)
def test_recipients_round_three(code, text, event, recipient, not_recipient):
    events = code(text)
    found = [e for e in events if event is None or e.event == event]
    assert found, [(e.event, e.explanation) for e in events]
    why = [(e.event, e.explanation) for e in found]
    if recipient is not None:
        assert any(any(recipient in r for r in texts(e.recipient)) for e in found), why
    if not_recipient is not None:
        assert not any(not_recipient in texts(e.recipient) for e in found), why


def test_an_act_inside_another_acts_clause_ranks_below_it(rules_code):
    from newsevents.evaluate.events import top_event

    # the demand is the purpose of the threatened blockade, not the sentence's news
    events = rules_code(
        "Truckers in Ontario said they would blockade the border crossing next week "
        "to demand lower fuel taxes."
    )
    demand = only(events, "REQUEST")
    top = top_event(events)
    assert top is not None and top.event == "THREATEN"
    assert demand.confidence < top.confidence


def test_a_party_holding_meetings_consults_whoever_the_others_are(rules_code):
    ev = only(
        rules_code("Kenya's health minister held several meetings in Geneva last week."), "CONSULT"
    )
    assert "Kenya's health minister" in texts(ev.actor)
    # one meeting of one named party may be its own internal one
    assert not [
        e
        for e in rules_code("Kenya's health minister held a meeting in Geneva last week.")
        if e.event == "CONSULT"
    ]


def test_conveying_support_expresses_it(rules_code):
    ev = only(
        rules_code(
            "The Greek prime minister called his Cypriot counterpart to convey his support."
        ),
        "SUPPORT",
    )
    assert "Greek prime minister" in texts(ev.actor)


def test_a_finite_verb_hung_on_its_subject_keeps_that_subject(rules_code):
    # the parser may read "X, called Y to ..." as a participle on X
    ev = only(
        rules_code(
            "Chile's foreign minister Ana Soto, called Peru's president Luis Vega on Monday "
            "to convey Chile's support and solidarity, her office said."
        ),
        "SUPPORT",
    )
    assert any("Soto" in t for t in texts(ev.actor))


def test_declaring_a_ceasefire_is_the_declarer_act(rules_code):
    ev = only(
        rules_code(
            "The Sudanese president on Monday declared an open-ended cessation of hostilities."
        ),
        "RETREAT",
    )
    assert any("president" in t for t in texts(ev.actor))


def test_free_trade_is_no_release(rules_code):
    events = rules_code("Chile and Peru have agreed a landmark free trade agreement.")
    assert [e.cameo.code for e in events if e.event == "AGREE"] == []
    assert [e.cameo.code for e in events if e.event == "SUPPORT"] == ["057"]
    # a misparsed "let free X" still frees X
    assert only(rules_code("Peru let free three jailed activists."), "RETREAT")


def test_the_complement_names_what_is_agreed(rules_code):
    ev = only(rules_code("Japan has agreed to lend $2 billion to Kenya."), "AGREE")
    assert ev.cameo.code == "033"


def test_withdrawal_from_a_place_is_no_act_of_the_place(rules_code):
    ev = only(rules_code("The Syrian withdrawal from Lebanon was completed in April."), "RETREAT")
    assert texts(ev.actor) == ["Syrian"]
    assert texts(ev.recipient) == ["Lebanon"]


def test_declining_a_request_rejects_it(rules_code):
    ev = only(
        rules_code("The Kenyan police declined a request from Reuters to comment on the case."),
        "REJECT",
    )
    assert "Reuters" in texts(ev.recipient)
    assert only(rules_code("Mexico canceled a gas deal with Peru."), "REJECT")


def test_a_place_deeper_in_the_clause_is_the_target(rules_code):
    ev = only(
        rules_code("Norway remains the biggest donor of humanitarian assistance in Kenya."), "AID"
    )
    assert texts(ev.recipient) == ["Kenya"]
    ev = only(
        rules_code("Sweden has provided $9 million to pay for food for families stranded in Chad."),
        "AID",
    )
    assert "Chad" in texts(ev.recipient)


def test_the_deeper_search_sees_the_parties_on_the_way():
    from newsevents.coding.rules import _farther_places, _farther_words
    from newsevents.nlp import parse_one

    doc = parse_one("Canada vetoed a UN resolution censuring its raid of a home in Peru.")
    verb = next(t for t in doc.tokens if t.lower == "vetoed")
    places = _farther_places(doc, verb)
    assert [t.text for t in places] == ["Peru"]
    words = [t.text for t in _farther_words(doc, verb, places[0].i)]
    assert "UN" in words and "Canada" not in words and "Peru" not in words
