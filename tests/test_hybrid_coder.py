"""The hybrid coder: rule events re-typed, dropped or completed by the classifier.

The fusion tests use a fixed scorer so that they test the decisions, not the model;
the last tests run the packaged model on clear-cut invented sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from newsevents.coding.base import available_coders, get_coder
from newsevents.coding.classifier import ClassScores, TableScorer
from newsevents.coding.hybrid import FusionThresholds, HybridCoder
from newsevents.coding.ontology import Ontology
from newsevents.parsed import ParsedDoc
from newsevents.records import Article, Event
from newsevents.settings import Settings

#: rules code REQUEST from the weak trigger "asked" (confidence below 0.8)
WEAK = "The ministry asked Germany to return the stolen paintings."
#: rules code ACCUSE from the strong trigger "accused"
STRONG = "The opposition leader accused the president of rigging the vote."
#: the rules find no trigger here
NO_RULE = (
    "The government of Norway sent two planes carrying food and medicine to flood victims "
    "in Pakistan."
)


class FixedScorer:
    """Gives every sentence the same scores."""

    def __init__(self, probs: Mapping[str, float]) -> None:
        self.scores = ClassScores.of(probs)

    def score_doc(self, doc: ParsedDoc) -> list[ClassScores]:
        return [self.scores for _ in doc.sentences]


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline

    return Pipeline(Settings(coder="rules"))


def code(pipe, text: str, scorer=None) -> list[Event]:
    pipe.coder = HybridCoder(pipe.settings, scorer=scorer)
    return list(pipe.analyze_one(Article(id="t", text=text)).events)


def rules(pipe, text: str) -> list[Event]:
    from newsevents.coding.rules import RuleCoder

    pipe.coder = RuleCoder(pipe.settings)
    return list(pipe.analyze_one(Article(id="t", text=text)).events)


def test_registered():
    assert "hybrid" in available_coders()
    assert isinstance(get_coder(Settings(coder="hybrid")), HybridCoder)


def test_adds_an_event_where_rules_found_none(pipe):
    assert rules(pipe, NO_RULE) == []
    events = code(pipe, NO_RULE, FixedScorer({"AID": 0.9, "ASSAULT": 0.1}))
    assert len(events) == 1
    ev = events[0]
    onto = Ontology.default()
    assert ev.event == "AID"
    assert onto.to_plover(ev.cameo.code).event == "AID"
    assert ev.quad_code == onto.plover_quad("AID")
    assert ev.confidence == pytest.approx(0.9)
    assert "added by the event classifier (score 0.90" in ev.explanation
    assert ev.event_text == "sent"
    assert ev.actor, "the subject of the main verb is the actor"
    assert any("Pakistan" in r.entity_text or "victims" in r.entity_text for r in ev.recipient)


def test_no_event_added_below_the_threshold(pipe):
    labels = ("AID", "AGREE", "SUPPORT", "ACCUSE", "REJECT", "ASSAULT", "PROTEST", "COERCE")
    spread = FixedScorer({lab: 1.0 for lab in labels})  # best 0.125: unsure
    assert spread.scores.best_score < FusionThresholds().add
    assert code(pipe, NO_RULE, spread) == []


def test_retypes_a_weak_rule_event(pipe):
    (before,) = rules(pipe, WEAK)
    assert before.event == "REQUEST" and before.confidence < FusionThresholds().weak_trigger
    (ev,) = code(pipe, WEAK, FixedScorer({"RETREAT": 0.9, "REQUEST": 0.02, "AID": 0.08}))
    assert ev.event == "RETREAT"
    assert Ontology.default().to_plover(ev.cameo.code).event == "RETREAT"
    assert ev.explanation.startswith("re-typed REQUEST -> RETREAT by the event classifier")
    assert ev.actor == before.actor and ev.recipient == before.recipient


def test_keeps_a_weak_event_the_classifier_also_supports(pipe):
    (ev,) = code(pipe, WEAK, FixedScorer({"RETREAT": 0.6, "REQUEST": 0.4}))
    assert ev.event == "REQUEST"


def test_keeps_a_strong_rule_event(pipe):
    (before,) = rules(pipe, STRONG)
    assert before.confidence >= FusionThresholds().weak_trigger
    (ev,) = code(pipe, STRONG, FixedScorer({"THREATEN": 0.95, "ACCUSE": 0.05}))
    assert ev == before


def test_drops_rule_events_when_confident_of_no_event(pipe):
    assert rules(pipe, WEAK)
    assert code(pipe, WEAK, FixedScorer({"NONE": 0.95, "REQUEST": 0.05})) == []
    assert code(pipe, WEAK, FixedScorer({"NONE": 0.6, "REQUEST": 0.4}))  # not confident


def test_sentences_without_scores_keep_the_rules(pipe):
    table = TableScorer({})
    assert code(pipe, WEAK, table) == rules(pipe, WEAK)
    assert table.missing == [WEAK]


def test_packaged_model_adds_nothing_to_a_sentence_without_event(pipe):
    assert code(pipe, "The weather was sunny and warm across the region on Sunday.") == []


def test_packaged_model_keeps_a_clear_rule_event(pipe):
    text = "Hundreds of workers went on strike at the port to demand higher wages."
    events = code(pipe, text)
    # the strike is the sentence's main event; its purpose ("to demand") may be another
    assert events[0].event == "PROTEST"
    assert all(e.event in ("PROTEST", "REQUEST") for e in events)
    ruled = rules(pipe, text)[0]
    # the classifier agrees: same event, confidence raised, the agreement explained
    assert replace(events[0], confidence=ruled.confidence, explanation=ruled.explanation) == ruled
    assert events[0].confidence > ruled.confidence
    assert "confirmed by the event classifier" in events[0].explanation


def test_no_event_is_added_on_a_verb_that_carries_no_act(pipe):
    # a confident classifier is not enough when the main verb is "was" or "wants"
    for text in (
        "The government of Norway was very generous to Pakistan last year.",
        "The government of Norway wants a better deal for Pakistan.",
    ):
        events = code(pipe, text, FixedScorer({"AID": 0.95, "ASSAULT": 0.05}))
        assert all("added by the event classifier" not in e.explanation for e in events)


def test_no_event_is_added_without_a_known_doer(pipe):
    text = "Somebody sent two planes carrying food and medicine to flood victims."
    events = code(pipe, text, FixedScorer({"AID": 0.95, "ASSAULT": 0.05}))
    assert all("added by the event classifier" not in e.explanation for e in events)


def test_keeps_an_unambiguous_trigger_whatever_its_event_confidence(pipe):
    text = "Peru urged Chile to sign the treaty."
    (before,) = [e for e in rules(pipe, text) if e.event == "REQUEST"]
    # no recipient-less penalty hides it: the event is unsure, the trigger "urged" is not
    assert before.confidence < FusionThresholds().weak_trigger
    events = code(pipe, text, FixedScorer({"SUPPORT": 0.9, "REQUEST": 0.02, "AID": 0.08}))
    assert "REQUEST" in [e.event for e in events]
    assert all("re-typed" not in e.explanation for e in events)


def test_the_classifier_confirms_an_event_instead_of_retyping_another(pipe):
    text = "The Peruvian army struck a rebel camp and Peru urged Chile to help."
    before = {e.event: e for e in rules(pipe, text)}
    assert before["ASSAULT"].confidence < before["REQUEST"].confidence
    events = {e.event: e for e in code(pipe, text, FixedScorer({"ASSAULT": 0.9, "AID": 0.1}))}
    assert set(events) == {"ASSAULT", "REQUEST"}
    assert events["ASSAULT"].confidence > events["REQUEST"].confidence
    assert "confirmed by the event classifier" in events["ASSAULT"].explanation
    assert events["REQUEST"] == before["REQUEST"]


def test_retypes_at_most_one_event_per_sentence(pipe):
    text = "The ministry asked Germany to return the paintings and asked France to pay."
    assert len([e for e in rules(pipe, text) if e.event == "REQUEST"]) == 2
    events = code(pipe, text, FixedScorer({"RETREAT": 0.9, "REQUEST": 0.02, "AID": 0.08}))
    assert sorted(e.event for e in events) == ["REQUEST", "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean army claimed responsibility for the raid on the Peruvian depot.",
        "The government of Chile denied charges that it had shelled the Peruvian border town.",
    ],
)
def test_no_event_is_added_to_a_statement_about_an_act(pipe, text):
    # the classifier reads the act the sentence mentions; the sentence claims or denies it
    assert code(pipe, text, FixedScorer({"ASSAULT": 0.95, "AID": 0.05})) == []
    # a sentence that reports an act of its own still gets the classifier's event
    assert code(pipe, NO_RULE, FixedScorer({"ASSAULT": 0.95, "AID": 0.05}))


def test_an_added_event_with_no_party_takes_its_place_as_target(pipe):
    text = "Egyptian troops waited in Sinai."
    assert not rules(pipe, text)
    events = code(pipe, text, FixedScorer({"MOBILIZE": 0.9, "AID": 0.1}))
    assert [e.event for e in events] == ["MOBILIZE"]
    assert [(r.entity_text, r.code) for r in events[0].recipient] == [("Sinai", "EGY")]


def test_an_agreement_to_cooperate_is_not_retyped_to_the_act(pipe):
    # PLOVER: a cooperative act agreed to or promised is AGREE, not the act itself
    text = "Norway agreed to accept more than 200 people now living in the island camps."
    (before,) = rules(pipe, text)
    assert before.event == "AGREE" and before.confidence < FusionThresholds().weak_trigger
    (ev,) = code(pipe, text, FixedScorer({"AID": 0.9, "AGREE": 0.02, "ASSAULT": 0.08}))
    assert ev == before
    # a retreat agreed to is CONCEDE, which the classifier may still give
    (ev,) = code(pipe, text, FixedScorer({"CONCEDE": 0.9, "AGREE": 0.02, "AID": 0.08}))
    assert ev.event == "CONCEDE"
