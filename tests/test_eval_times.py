"""``newsevents eval times``: TimeML reading and the scoring arithmetic, on invented text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsevents.errors import InputError
from newsevents.evaluate.times import (
    evaluate_times,
    format_report,
    read_timeml,
    read_timeml_file,
    representable,
    times_cli_command,
)
from newsevents.records import AnalyzedArticle, Article, TimeExpr

DOC1 = """<?xml version="1.0" ?>
<TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" temporalFunction="false"
 functionInDocument="CREATION_TIME">05/04/2001</TIMEX3></DCT>
<TITLE>Mayor speaks</TITLE>
<TEXT>
The mayor <EVENT eid="e1" class="REPORTING">spoke</EVENT> <TIMEX3 tid="t1" type="DATE"
 value="2001-05-03">yesterday</TIMEX3> about <TIMEX3 tid="t2" type="DATE"
 value="FUTURE_REF">the future</TIMEX3>. Talks lasted <TIMEX3 tid="t3" type="DURATION"
 value="PT3H">three hours</TIMEX3> and ended in <TIMEX3 tid="t4" type="DATE"
 value="2000">2000</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""
DOC2 = """<TimeML><DOCID>doc2</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2001-05-05T10:30:00"
 functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Nothing happened.</TEXT></TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc1.tml").write_text(DOC1, encoding="utf-8")
    (tmp_path / "a" / "doc2.tml").write_text(DOC2, encoding="utf-8")
    (tmp_path / "copy").mkdir()  # the same document again: read once
    (tmp_path / "copy" / "doc1.tml").write_text(DOC1, encoding="utf-8")
    return tmp_path


def _expr(text: str, phrase: str, value: str | None, precision: str | None) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(phrase, start, start + len(phrase), value, precision)


class FakePipeline:
    """Stands in for Pipeline: returns fixed time expressions per document text."""

    def __init__(self) -> None:
        self.published: list[datetime | None] = []

    def analyze(self, items: Iterable[Article | InputError]) -> Iterator[AnalyzedArticle]:
        for a in items:
            assert isinstance(a, Article)
            self.published.append(a.published)
            t = a.text
            if a.id == "doc1":
                times = [
                    _expr(t, "yesterday", "2001-05-03", "day"),  # exact, right value
                    _expr(t, "about the future", None, None),  # overlaps, no value
                    _expr(t, "three hours", None, "duration"),  # exact DURATION
                    _expr(t, "in 2000", "2000", "year"),  # overlaps, right value
                    _expr(t, "Talks", None, None),  # spurious
                ]
            else:
                times = [_expr(t, "Nothing", None, None)]  # spurious
            yield AnalyzedArticle(article=a, times=tuple(times))


def test_read_timeml_offsets_and_dct(tml_dir: Path) -> None:
    doc = read_timeml_file(tml_dir / "a" / "doc1.tml")
    assert doc.id == "doc1" and doc.published == datetime(2001, 5, 4)
    assert "<" not in doc.text and "Mayor speaks" not in doc.text  # only <TEXT>
    assert [(g.text, g.type, g.value) for g in doc.timexes] == [
        ("yesterday", "DATE", "2001-05-03"),
        ("the future", "DATE", "FUTURE_REF"),
        ("three hours", "DURATION", "PT3H"),
        ("2000", "DATE", "2000"),
    ]
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text
    assert doc.text.index("spoke yesterday") > 0  # tags removed, spacing kept
    assert read_timeml_file(tml_dir / "a" / "doc2.tml").published == datetime(2001, 5, 5, 10, 30)
    docs = read_timeml(tml_dir)
    assert [d.id for d in docs] == ["doc1", "doc2"]  # the copy is skipped
    assert [d.id for d in read_timeml(tml_dir, limit=1)] == ["doc1"]


def test_scores_by_hand(tml_dir: Path) -> None:
    fake = FakePipeline()
    r = evaluate_times(tml_dir, pipeline=fake, progress=False)
    assert fake.published == [datetime(2001, 5, 4), datetime(2001, 5, 5, 10, 30)]
    assert (r.documents, r.predicted, r.system) == (2, 6, "pipeline")
    d = r.date
    # DATE: 3 gold, all overlapped; 5 predictions are charged to DATE (not "three hours";
    # the spurious "Talks" and "Nothing" are), 3 of them overlap a gold DATE; one exact span.
    assert (d.gold, d.found, d.exact, d.predicted, d.predicted_matching) == (3, 3, 1, 5, 3)
    assert d.precision == pytest.approx(0.6) and d.recall == 1.0
    assert d.f1 == pytest.approx(0.75)
    assert d.exact_f1 == pytest.approx(2 * 0.2 * (1 / 3) / (0.2 + 1 / 3))
    assert d.value_accuracy == pytest.approx(2 / 3)
    # lenient: FUTURE_REF is a form we produce, so it stays in (and is missed here)
    assert (d.lenient_gold, d.lenient_ok) == (3, 2)
    assert d.lenient_value_accuracy == pytest.approx(2 / 3)
    dur = r.row("DURATION")
    assert (dur.gold, dur.found, dur.exact, dur.predicted, dur.predicted_matching) == (
        1, 1, 1, 1, 1,
    )  # fmt: skip
    # a duration value such as P3D is now a form we produce, so it counts in lenient
    assert dur.value_accuracy == 0.0 and dur.lenient_gold == 1
    a = r.all
    assert (a.gold, a.found, a.predicted, a.predicted_matching, a.value_ok) == (4, 4, 6, 4, 2)
    assert a.precision == pytest.approx(4 / 6)
    assert [row.type for row in r.rows] == ["DATE", "DURATION", "ALL"]
    json.dumps(r.to_dict())
    assert "DURATION" in format_report(r)


def test_representable_values() -> None:
    for v in (
        "1998",
        "1998-02",
        "1998-02-06",
        "1998-W06",
        "199",
        "19",
        "1998-02-06T10:30",
        "PRESENT_REF",
        "1998-Q3",
        "XXXX-08",
        "1998-SU",
        "P3D",
        "XXXX-WXX-2",
    ):
        assert representable(v), v
    for v in ("1998-02-06TEV", "1989-WXX", "XXXX", "1998-Q5", "NOW"):
        assert not representable(v), v


def test_missing_and_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \.tml files"):
        read_timeml(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_timeml(tmp_path / "nope")
    bad = tmp_path / "x.tml"
    bad.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match="no <TEXT>"):
        read_timeml(bad)


def test_times_stage_and_cli(tmp_path: Path) -> None:
    doc = (
        '<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>Bombs exploded on '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">August 7, 1998</TIMEX3>, '
        "officials said.</TEXT></TimeML>"
    )
    (tmp_path / "x.tml").write_text(doc, encoding="utf-8")
    r = evaluate_times(tmp_path, progress=False)
    assert r.system == "times stage"
    assert (r.date.gold, r.date.found, r.date.exact, r.date.value_ok) == (1, 1, 1, 1)

    app = typer.Typer()
    app.command()(times_cli_command)
    res = CliRunner().invoke(app, [str(tmp_path), "--format", "timeml", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["documents"] == 1
