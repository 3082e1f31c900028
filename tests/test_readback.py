"""Reading output back: records from JSON, and resuming an interrupted extract/code."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsevents.cli import app, example_path
from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.output import article_to_dict
from newsevents.readback import analyzed_from_dict, resume_point

runner = CliRunner()

ARTICLES = [
    "Kenyan police arrested ten protesters in Nairobi on Monday.",
    "French President Anne Martel met German Chancellor Paul Weber in Berlin on Friday. "
    "Weber promised to visit Paris in March.",
    "The weather was mild across the region.",  # no events
    "Rebel fighters attacked a Malian army convoy near Gao, the army said. "
    "The Malian government condemned the attack.",
    "Japanese Prime Minister Kenji Sato visited Seoul and signed a trade agreement.",
]


def test_round_trip_on_the_packaged_example(pipeline):
    [analysed] = pipeline.analyze(iter_articles([str(example_path())]))
    d = json.loads(json.dumps(article_to_dict(analysed)))
    back = analyzed_from_dict(d, origin="example.txt")
    assert article_to_dict(back) == article_to_dict(analysed)
    assert back.events and back.events[0].cameo == analysed.events[0].cameo
    assert back.actors == analysed.actors and back.places == analysed.places
    assert back.article.origin == "example.txt"
    assert back.article.published == analysed.article.published
    assert back.events[0].trigger_start == -1  # not in the contract


def test_a_record_outside_the_contract_is_an_input_error():
    with pytest.raises(InputError, match="x1"):
        analyzed_from_dict({"id": "x1", "text": "t", "events": [{"id": "E1"}]})


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\n{text}\n", encoding="utf-8")
    # the same article twice (feeds repeat stories): same id, written twice in full runs
    (folder / "a9.txt").write_bytes((folder / "a1.txt").read_bytes())
    return folder


def _cli(*args: str):
    res = runner.invoke(app, [*args, "--no-progress", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    return res


@pytest.mark.parametrize(
    ("command", "fmt"),
    [("extract", None), ("code", "jsonl"), ("code", "csv"), ("code", "tsv")],
)
def test_resume_after_a_kill_gives_the_uninterrupted_output(corpus, tmp_path, command, fmt):
    extra = ["--format", fmt] if fmt else []
    full = tmp_path / "full.out"
    _cli(command, str(corpus), "-o", str(full), *extra)
    data = full.read_bytes()
    assert data.count(b"\n") >= 4
    if command == "extract":
        ids = [json.loads(line)["id"] for line in data.splitlines()]
        assert len(ids) == 6 and ids[1] == ids[5]
    # killed in the middle of the third record: the half line must go
    cut = tmp_path / "cut.out"
    cut.write_bytes(data[: data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 7])
    res = _cli(command, str(corpus), "-o", str(cut), "--resume", *extra)
    assert cut.read_bytes() == data
    assert "skipped (already done)" in res.stderr
    # resuming a finished run changes nothing and analyses (at most) the last article
    res = _cli(command, str(corpus), "-o", str(cut), "--resume", *extra)
    assert cut.read_bytes() == data
    assert "0 failed" in res.stderr and ("0 articles read" in res.stderr or command == "code")


def test_resume_needs_an_output_file(corpus):
    res = runner.invoke(app, ["extract", str(corpus), "--resume", "--no-progress"])
    assert res.exit_code != 0 and "-o FILE" in res.output


def test_resume_point_drops_the_last_articles_events(tmp_path):
    out = tmp_path / "events.jsonl"
    lines = [{"articleId": a, "id": f"{a}-E{i}"} for a, i in [("A", 1), ("A", 2), ("B", 1)]]
    text = "".join(json.dumps(x) + "\n" for x in lines)
    out.write_text(text + '{"articleId": "B", "id": "B-E2", "ev', encoding="utf-8")
    point = resume_point(out, "jsonl", per_event=True)
    # B may have lost events with the cut line: it is done again
    assert point.done == {"A": 1}
    assert point.keep_bytes == len("".join(json.dumps(x) + "\n" for x in lines[:2]))
    point = resume_point(out, "jsonl", per_event=False)
    assert point.done == {"A": 2, "B": 1} and point.keep_bytes == len(text)
