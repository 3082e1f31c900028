"""``newsevents eval events``: gold readers, the scoring arithmetic, the command.

The gold files are written here, in the formats of the development data, with
sentences invented for these tests.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import typer
from typer.testing import CliRunner

from newsevents.errors import InputError
from newsevents.evaluate.events import (
    EventsReport,
    cli_command,
    evaluate_events,
    format_report,
    score,
    top_event,
)
from newsevents.evaluate.events_formats import GoldParty, GoldSentence, locate, read_gold
from newsevents.records import Cameo, Event, EventActor, TextInfo

QUAD = {"AGREE": 1, "CONSULT": 1, "CONCEDE": 1, "AID": 2, "RETREAT": 2, "ACCUSE": 3}
QUAD.update({"REQUEST": 3, "REJECT": 3, "ASSAULT": 4, "COERCE": 4})


def party(code: str | None, start: int, end: int) -> EventActor:
    return EventActor(None, code, (), "x" * (end - start), start, end)


def event(kind: str, confidence: float = 0.8, actor=(), recipient=()) -> Event:
    return Event(
        id="e",
        date=None,
        date_precision=None,
        event=kind,
        mode=None,
        context=(),
        quad_code=QUAD[kind],
        cameo=Cameo("000", None),
        actor=tuple(actor),
        recipient=tuple(recipient),
        event_text=kind.lower(),
        event_loc=None,
        modality="asserted",
        confidence=confidence,
        explanation="",
        text_info=TextInfo(0, 0, 10),
    )


def gold(label: str, sources=(), targets=(), id_: str = "g") -> GoldSentence:
    return GoldSentence(id_, "some sentence", label, label, tuple(sources), tuple(targets))


# -- readers -------------------------------------------------------------------------------

PLV_HEADER = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\n"


def test_read_plv_spans_and_labels(tmp_path):
    path = tmp_path / "plv.tsv"
    path.write_text(
        PLV_HEADER + "0\t7\tThe mayor of Zenda praised the bakers.\t"
        "<s>The mayor of Zenda</s> praised <t>the bakers</t>.\tThe mayor\tthe bakers\tSUPPORT\n"
        + "1\t9\tRuritania released two fishermen.\t"
        "<s>Ruritania</s> released two fishermen.\tRuritania\t\tYIELD\n",
        encoding="utf-8",
    )
    rows = read_gold(path, "plv")
    assert [r.id for r in rows] == ["7", "9"]
    first, second = rows
    assert first.label == "SUPPORT"
    assert [(p.start, p.end, p.text) for p in first.sources] == [(0, 18, "The mayor of Zenda")]
    assert [(p.start, p.end, p.text) for p in first.targets] == [(27, 37, "the bakers")]
    assert second.label == "YIELD" and second.targets == ()


def test_read_plv_rejects_mismatched_marking(tmp_path):
    path = tmp_path / "plv.tsv"
    path.write_text(
        PLV_HEADER + "0\t1\tA met B.\t<s>A</s> met <t>C</t>.\tA\tC\tCONSULT\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="does not match"):
        read_gold(path, "plv")


def test_read_plover_gsr(tmp_path):
    records = [
        {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes"},
        {"id": "X-1", "event": "AGREE"},  # no text: skipped
        {
            "id": "DEMAND-1",
            "event": "DEMAND",
            "text": "Freedonian and Sylvanian envoys asked the Zenda council for grain.",
            "source": [
                {"actorText": "Freedonian ... envoys", "code": "FRD", "sector": "GOV"},
                {"actorText": "Sylvanian  envoys", "code": "syl"},
            ],
            "target": "",
        },
        {
            "id": "FIGHT-1",
            "event": "FIGHT",
            "text": "Rebels shelled the town.",
            "source": [{"actorText": "rebels", "code": "XYZ"}],
            "target": [{"actorText": "the village", "code": "XYZ"}],
        },
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    rows = read_gold(path, "plover-gsr")
    assert [r.id for r in rows] == ["DEMAND-1", "FIGHT-1"]
    demand, fight = rows
    assert demand.label == "REQUEST" and demand.raw_label == "DEMAND"
    assert [(p.start, p.end, p.code) for p in demand.sources] == [(0, 31, "FRD"), (15, 31, "SYL")]
    assert demand.targets == ()
    assert fight.label == "ASSAULT"
    assert (fight.sources[0].start, fight.sources[0].end) == (0, 6)  # case-insensitive
    assert not fight.targets[0].located  # "the village" is not in the sentence


def test_read_cameo_class(tmp_path):
    path = tmp_path / "cc.tsv"
    path.write_text("Zenda thanked Ruritania.\t1\n\nRebels burned a bus.\t4\n", encoding="utf-8")
    rows = read_gold(path, "cameo-class")
    assert [(r.id, r.label, r.text) for r in rows] == [
        ("1", "1", "Zenda thanked Ruritania."),
        ("3", "4", "Rebels burned a bus."),
    ]
    path.write_text("Zenda thanked Ruritania.\t7\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cc\.tsv:1"):
        read_gold(path, "cameo-class")


def test_missing_gold_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_gold(tmp_path / "absent.tsv", "plv")


def test_locate():
    assert locate("b  c", "a b c d") == (2, 5)
    assert locate("A ... d", "a b c d") == (0, 7)
    assert locate("zz", "a b c") is None


# -- scoring arithmetic --------------------------------------------------------------------


def test_top_event_takes_the_first_of_equals():
    a, b, c = event("AGREE", 0.7), event("ACCUSE", 0.9), event("REJECT", 0.9)
    assert top_event([a, b, c]) is b
    assert top_event([]) is None


def test_plover_scores_by_hand():
    golds = [gold("ACCUSE"), gold("ACCUSE"), gold("ACCUSE"), gold("AGREE"), gold("REJECT")]
    preds = [
        (event("ACCUSE"),),
        (event("AGREE", 0.5), event("ACCUSE", 0.9)),  # the more confident one counts
        (),  # nothing coded: none
        (event("ACCUSE"),),
        None,  # the pipeline failed: none
    ]
    r = score(golds, preds, fmt="plv")
    rows = {c.label: c for c in r.classes}
    # ACCUSE: 2 right of 3 predicted, 2 of 3 gold
    acc = rows["ACCUSE"]
    assert (acc.support, acc.predicted, acc.correct) == (3, 3, 2)
    assert acc.precision == pytest.approx(2 / 3) and acc.recall == pytest.approx(2 / 3)
    assert acc.f1 == pytest.approx(2 / 3)
    assert (rows["AGREE"].support, rows["AGREE"].predicted, rows["AGREE"].f1) == (1, 0, 0.0)
    assert rows["REJECT"].f1 == 0.0
    assert r.macro_over == ("ACCUSE", "AGREE", "REJECT")
    assert r.macro_f1 == pytest.approx((2 / 3) / 3)
    assert r.accuracy == pytest.approx(2 / 5)
    assert r.micro_precision == pytest.approx(2 / 3)  # 3 answered, 2 right
    assert r.micro_recall == pytest.approx(2 / 5)
    assert r.micro_f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))
    assert r.coverage == pytest.approx(3 / 5)
    assert r.failed == 1
    cells = {(c.gold, c.predicted): c.count for c in r.confusion}
    assert cells == {
        ("ACCUSE", "ACCUSE"): 2,
        ("ACCUSE", "none"): 1,
        ("AGREE", "ACCUSE"): 1,
        ("REJECT", "none"): 1,
    }
    assert [(c.gold, c.predicted) for c in r.top_confusions(1)] == [("ACCUSE", "none")]


def test_a_type_only_predicted_gets_a_row_but_no_macro_weight():
    r = score([gold("AGREE"), gold("AGREE")], [(event("AGREE"),), (event("COERCE"),)], fmt="plv")
    rows = {c.label: c for c in r.classes}
    assert rows["COERCE"].predicted == 1 and rows["COERCE"].support == 0
    assert r.macro_over == ("AGREE",)
    assert r.macro_f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_yield_gold_takes_concede_and_retreat():
    golds = [gold("YIELD"), gold("YIELD"), gold("AGREE")]
    preds = [(event("CONCEDE"),), (event("RETREAT"),), (event("CONCEDE"),)]
    r = score(golds, preds, fmt="plv")
    rows = {c.label: c for c in r.classes}
    assert (rows["YIELD"].correct, rows["YIELD"].predicted) == (2, 3)
    assert "CONCEDE" not in rows
    assert any("scored as gold YIELD" in n for n in r.label_notes)
    # without YIELD in the gold, CONCEDE stays itself
    r2 = score([gold("CONCEDE")], [(event("CONCEDE"),)], fmt="plv")
    assert r2.accuracy == 1.0


def test_span_agreement_over_correctly_typed_events():
    src, tgt = GoldParty("A", None, 0, 5), GoldParty("B", None, 10, 15)
    golds = [
        gold("ACCUSE", [src], [tgt]),  # actor overlaps, recipient does not
        gold("ACCUSE", [src], [tgt]),  # both overlap
        gold("ACCUSE", [src], []),  # no gold target: not judged for the recipient
        gold("AGREE", [src], [tgt]),  # wrong type: not judged
    ]
    preds = [
        (event("ACCUSE", actor=[party(None, 4, 8)], recipient=[party(None, 15, 20)]),),
        (event("ACCUSE", actor=[party(None, 0, 2)], recipient=[party(None, 9, 11)]),),
        (event("ACCUSE", actor=[party(None, 5, 9)]),),  # touches, does not overlap
        (event("ACCUSE", actor=[party(None, 0, 5)]),),
    ]
    r = score(golds, preds, fmt="plv")
    agree = {a.name: a for a in r.agreements}
    assert (agree["actor overlaps gold source"].agree, agree["actor overlaps gold source"].n) == (
        2,
        3,
    )
    rec = agree["recipient overlaps gold target"]
    assert (rec.agree, rec.n) == (1, 2)
    assert rec.rate == pytest.approx(0.5)
    assert not any("triple" in a.name for a in r.agreements)  # plv has no codes


def test_triple_agreement(pipeline):
    golds = [
        gold("ACCUSE", [GoldParty("a", "USA", 0, 1)], [GoldParty("b", "IGO", 2, 3)]),
        gold("ACCUSE", [GoldParty("a", "USA", 0, 1)], [GoldParty("b", "FRA", 2, 3)]),
        gold("AGREE", [GoldParty("a", "USA", 0, 1)], [GoldParty("b", "FRA", 2, 3)]),
        gold("AGREE", [GoldParty("a", "USA", 0, 1)], []),  # no target code: not counted
    ]
    preds = [
        (event("ACCUSE", actor=[party("US", 0, 1)], recipient=[party("UNO", 2, 3)]),),
        (event("ACCUSE", actor=[party("USA", 0, 1)], recipient=[party("DEU", 2, 3)]),),
        (event("ACCUSE", actor=[party("USA", 0, 1)], recipient=[party("FRA", 2, 3)]),),
        (event("AGREE", actor=[party("USA", 0, 1)]),),
    ]
    r = score(golds, preds, fmt="plover-gsr", kb=pipeline.kb)
    triple = next(a for a in r.agreements if "triple" in a.name)
    # the UN's code UNO is an IGO in the knowledge base; alpha-2 US is USA
    assert (triple.agree, triple.n) == (1, 3)
    # precision: three of our events code both sides, one of them is right
    precision = next(a for a in r.agreements if a.name == "triple precision")
    assert (precision.agree, precision.n) == (1, 3)


def test_cameo_class_scores_by_hand():
    golds = [gold("0"), gold("3"), gold("3"), gold("4"), gold("1")]
    preds = [(), (event("ACCUSE"),), (event("ASSAULT"),), (event("COERCE"),), (event("AID"),)]
    r = score(golds, preds, fmt="cameo-class")
    rows = {c.label: c for c in r.classes}
    assert [c.label for c in r.classes] == ["0", "1", "2", "3", "4"]
    assert (rows["0"].precision, rows["0"].recall) == (1.0, 1.0)
    assert (rows["3"].precision, rows["3"].recall) == (1.0, 0.5)
    assert rows["3"].f1 == pytest.approx(2 / 3)
    assert (rows["4"].precision, rows["4"].recall) == (0.5, 1.0)
    assert (rows["1"].predicted, rows["1"].f1) == (0, 0.0)
    assert (rows["2"].support, rows["2"].predicted, rows["2"].f1) == (0, 1, 0.0)
    assert r.macro_f1 == pytest.approx((1.0 + 0.0 + 0.0 + 2 / 3 + 2 / 3) / 5)
    assert r.accuracy == pytest.approx(3 / 5)
    assert r.micro_precision == r.micro_recall == r.accuracy
    assert r.agreements == ()


def test_cameo_class_follows_the_cameo_code_not_the_plover_quad():
    # An appeal (CAMEO 02) is a REQUEST, PLOVER's verbal conflict, but CAMEO's class 0.
    appeal = replace(event("REQUEST"), cameo=Cameo("020", None))
    demand = replace(event("REQUEST"), cameo=Cameo("100", None))
    # The labels put reductions of relations (CAMEO 16) with verbal conflict.
    expel = replace(event("COERCE"), cameo=Cameo("1663", None))
    r = score([gold("0"), gold("3"), gold("3")], [(appeal,), (demand,), (expel,)],
              fmt="cameo-class")  # fmt: skip
    assert [i.predicted for i in r.items] == ["0", "3", "3"]


def test_score_needs_one_prediction_per_sentence():
    with pytest.raises(ValueError):
        score([gold("AGREE")], [], fmt="plv")


# -- end to end ----------------------------------------------------------------------------


@pytest.fixture
def plv_file(tmp_path):
    path = tmp_path / "plv.tsv"
    rows = [
        ("<s>Pakistan</s> accused <t>India</t> of violating the ceasefire.", "ACCUSE"),
        ("<s>Zenda villagers</s> enjoyed the sunny weather.", "AGREE"),
        ("<s>Ruritania</s> thanked <t>Freedonia</t> for the flowers.", "SUPPORT"),
    ]
    lines = [PLV_HEADER.rstrip("\n")]
    for n, (marked, label) in enumerate(rows):
        plain = marked
        for m in ("<s>", "</s>", "<t>", "</t>"):
            plain = plain.replace(m, "")
        lines.append(f"{n}\t{n + 100}\t{plain}\t{marked}\t\t\t{label}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_events_end_to_end(plv_file, pipeline):
    r = evaluate_events(plv_file, fmt="plv", pipeline=pipeline)
    assert isinstance(r, EventsReport)
    assert r.n == 3 and r.failed == 0 and r.seconds > 0
    first = r.items[0]
    assert (first.id, first.gold, first.predicted) == ("100", "ACCUSE", "ACCUSE")
    assert first.actor_agrees is True and first.recipient_agrees is True
    assert r.items[1].predicted == "none"  # nothing happens in the weather sentence
    limited = evaluate_events(plv_file, fmt="plv", pipeline=pipeline, limit=1)
    assert limited.n == 1 and limited.accuracy == 1.0
    text = format_report(r)
    assert "macro-F1" in text and "ACCUSE" in text and "sentences/s" in text
    data = json.loads(json.dumps(r.to_dict(items=True)))
    assert data["n"] == 3 and len(data["items"]) == 3 and "items" not in r.to_dict()


def test_cli_command(plv_file, pipeline, monkeypatch):
    from newsevents.evaluate import events as module

    real = module.evaluate_events
    monkeypatch.setattr(module, "evaluate_events", lambda *a, **k: real(*a, pipeline=pipeline, **k))
    app = typer.Typer()
    app.command()(cli_command)
    runner = CliRunner()
    res = runner.invoke(app, [str(plv_file), "--format", "plv", "--limit", "2", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["n"] == 2 and data["format"] == "plv"
    res = runner.invoke(app, [str(plv_file), "--format", "cameo-class"])
    assert res.exit_code != 0  # a plv file is not cameo-class
