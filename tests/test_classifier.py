"""The packaged event-type classifier: loading, scores, input words, stored scores."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from newsevents import nlp
from newsevents.coding.classifier import (
    MODEL_DIR,
    ClassScores,
    EventClassifier,
    TableScorer,
    sentence_features,
    text_key,
)
from newsevents.coding.ontology import Ontology
from newsevents.errors import ConfigError

STRIKE = "Hundreds of dock workers went on strike at the port to demand higher wages."
BOMB = "A suicide bomber blew himself up at a checkpoint, killing five soldiers."


@pytest.fixture(scope="module")
def clf() -> EventClassifier:
    return EventClassifier.default()


def test_loads_once_from_the_package(clf):
    assert EventClassifier.default() is clf
    packaged = Path(str(resources.files("newsevents").joinpath(*MODEL_DIR)))
    assert (packaged / "type").is_dir() and (packaged / "README.md").is_file()
    assert "YIELD" in clf.labels and "CONCEDE" not in clf.labels
    size = sum(f.stat().st_size for f in packaged.rglob("*") if f.is_file())
    assert size <= 10 * 2**20


def test_scores_are_distributions_over_plover_types(clf):
    doc = nlp.parse_one(f"{STRIKE} {BOMB}")
    scores = clf.score_doc(doc)
    assert len(scores) == len(doc.sentences) == 2
    for s in scores:
        assert sum(p for _, p in s.probs) == pytest.approx(1.0)
        assert {k for k, _ in s.probs} == set(Ontology.default().plover_events)
        values = [p for _, p in s.probs]
        assert values == sorted(values, reverse=True)
    assert scores[0].best == "PROTEST" and scores[0].best_score > 0.5
    assert scores[1].best == "ASSAULT" and scores[1].best_score > 0.5


def test_batch_and_single_scores_agree(clf):
    words = [sentence_features(d, d.sentences[0]) for d in nlp.parse([STRIKE, BOMB])]
    together = clf.score_words(words)
    alone = [clf.score_words([w])[0] for w in words]
    for a, b in zip(together, alone, strict=True):
        assert a.best == b.best and a.best_score == pytest.approx(b.best_score)
    assert clf.score_words([]) == []


def test_features_mask_names_and_mark_negation():
    doc = nlp.parse_one("Angela Merkel did not visit Poland in March.")
    words = sentence_features(doc, doc.sentences[0])
    assert "_person_" in words and "_gpe_" in words
    assert not {"angela", "merkel", "poland"} & set(words)
    assert "not" in words and "visit" in words


def _main(text: str) -> list[str]:
    doc = nlp.parse_one(text)
    return [w for w in sentence_features(doc, doc.sentences[0]) if w.startswith(("mv", "speech:"))]


def test_features_mark_the_main_clause():
    # a reporting verb passes the main verb on to the clause it governs
    assert _main("Officials said the rebels attacked the convoy near the border.") == [
        "speech:say",
        "mv:attack",
        "mv>dobj:convoy",
    ]
    assert _main("Police arrested two men on Monday.") == ["mv:arrest", "mv>dobj:man"]
    assert set(_main("The minister did not sign the treaty.")) == {
        "mv:sign",
        "mv:not",
        "mv>dobj:treaty",
    }
    # the act agreed to, with its object
    words = _main("The government agreed to lift the ban on imports.")
    assert {"mv:agree", "mv>xcomp:lift", "mv>xcomp>dobj:ban"} <= set(words)


def test_class_scores_normalise():
    s = ClassScores.of({"AID": 2.0, "ASSAULT": 6.0})
    assert s.best == "ASSAULT" and s.best_score == pytest.approx(0.75)
    assert s.prob("AID") == pytest.approx(0.25) and s.prob("PROTEST") == 0.0


def test_table_scorer_reads_stored_scores(tmp_path):
    path = tmp_path / "oof.jsonl"
    rec = {"dataset": "x", "key": text_key(STRIKE), "gold": "PROTEST", "scores": {"PROTEST": 3}}
    path.write_text(json.dumps(rec) + "\n\n", encoding="utf-8")
    table = TableScorer.from_jsonl(path)
    (s,) = table.score_doc(nlp.parse_one(STRIKE))
    assert s.best == "PROTEST" and s.best_score == 1.0
    assert table.score_doc(nlp.parse_one(BOMB)) == [] and table.missing == [BOMB]
    assert text_key("a  b\n c") == text_key("a b c")


def test_table_scorer_rejects_bad_lines(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"key": "k"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.jsonl:1"):
        TableScorer.from_jsonl(path)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="no event classifier"):
        EventClassifier.load(tmp_path)
