"""The command line, end to end, on the packaged example and on a batch with bad inputs."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from newsevents.cli import app, example_path

runner = CliRunner()


def test_extract_example_prints_the_analysis():
    res = runner.invoke(app, ["extract", "--example", "--no-progress"])
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1
    art = json.loads(lines[0])
    assert set(art) >= {
        "id",
        "title",
        "source",
        "url",
        "published",
        "text",
        "entities",
        "actors",
        "places",
        "times",
        "quotes",
        "events",
    }
    assert art["title"] == "Moldovan President Hosts Transnistrian Leader in Chisinau"
    assert art["published"].startswith("2021-03-03")
    text = art["text"]
    for ev in art["events"]:
        assert set(ev) >= {
            "id",
            "date",
            "datePrecision",
            "event",
            "mode",
            "context",
            "quadCode",
            "cameo",
            "actor",
            "recipient",
            "eventText",
            "eventLoc",
            "modality",
            "confidence",
            "explanation",
            "textInfo",
        }
        for p in ev["actor"] + ev["recipient"]:
            assert text[p["start"] : p["end"]] == p["entityText"]
    # the leaders' meeting: dated by "on Tuesday" (2021-03-02), not the publication date
    meeting = [
        e
        for e in art["events"]
        if e["event"] == "CONSULT"
        and {"Rusu", "Balan"}
        <= {w for p in e["actor"] + e["recipient"] for w in p["entityText"].split()}
    ]
    assert meeting and meeting[0]["date"] == "2021-03-02"
    assert meeting[0]["eventLoc"]["name"].startswith("Chi")
    # Transnistria is a disputed entity of Moldova: MDA with PRE
    balan = next(a for a in art["actors"] if "Balan" in a["name"])
    assert balan["code"] == "MDA" and {"GOV", "PRE"} <= set(balan["sector"])
    signing = [
        e
        for e in art["events"]
        if e["cameo"]["code"] == "057"
        and {"Cebotari", "Lungu"}
        <= {w for p in e["actor"] + e["recipient"] for w in p["entityText"].split()}
    ]
    assert signing, [e["explanation"] for e in art["events"]]
    assert any(e["date"] == "2020-06-12" for e in art["events"])
    speakers = {q["speakerText"] for q in art["quotes"]}
    assert "Rusu" in speakers
    assert not any(q["text"].strip(" ,.") == "colleague" for q in art["quotes"])
    assert "1 articles read, 0 failed" in res.stderr


def test_code_csv(tmp_path):
    out = tmp_path / "events.csv"
    res = runner.invoke(app, ["code", str(example_path()), "-o", str(out), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(r["articleId"] and r["event"] and r["cameoCode"] for r in rows)


def test_code_jsonl_from_stdin():
    text = (
        "Rebels Attack Convoy\n\nRebel fighters attacked a Malian army convoy near Gao "
        "on Monday, the army said.\n"
    )
    res = runner.invoke(app, ["code", "-", "--published", "2020-05-06"], input=text)
    assert res.exit_code == 0, res.output
    events = [json.loads(ln) for ln in res.stdout.splitlines() if ln.strip()]
    assert any(e["event"] == "ASSAULT" and e["date"] == "2020-05-04" for e in events), events


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(
        "French President Anne Martel met German Chancellor Paul Weber in Berlin on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\xff" * 20)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in Montr\xe9al.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok1", "text": "Kenyan police arrested ten protesters in Nairobi."}\n'
        '{"id": "broken", "text": \n',
        encoding="utf-8",
    )
    res = runner.invoke(app, ["extract", str(tmp_path), "--no-progress"])
    assert res.exit_code == 0, res.output
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4, res.stderr
    for name in ("binary.txt", "latin1.txt", "empty.txt", "feed.jsonl:2"):
        assert sum(name in e for e in errors) == 1, (name, errors)
    ids = [json.loads(ln)["id"] for ln in res.stdout.splitlines() if ln.strip()]
    assert len(ids) == 2 and "ok1" in ids
    assert "2 articles read, 4 failed" in res.stderr


def test_help_explains_commands():
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    assert "extract" in res.stdout and "code" in res.stdout
    res = runner.invoke(app, ["code", "--help"])
    assert "--format" in res.stdout and "--published" in res.stdout
