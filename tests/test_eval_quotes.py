"""Quote attribution evaluation: brat reading, direct/indirect, and the metric arithmetic.

All gold data is invented here, in the PolNeAR brat layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsevents.errors import InputError
from newsevents.evaluate.brat import (
    GoldArticle,
    GoldAttribution,
    attributions,
    parse_ann,
    quote_kind,
    read_polnear,
)
from newsevents.evaluate.quotes import (
    build_report,
    cli_command,
    evaluate_quotes,
    format_report,
    indirect_shape,
    score_article,
)
from newsevents.records import Quote

TEXT = (
    "Vote in Lakeland.\n\n"
    "“We will win the vote in May,” Anna Berg said. “Nobody can stop us now.”\n\n"
    "Tom Weller said the plan would fail badly.\n\n"
    "“Rain is coming soon,” said the forecast office.\n\n"
    "According to the ministry, taxes will rise.\n\n"
    "The sign read “Welcome home” today.\n"
)


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def ann_line(ident: str, label: str, *parts: str, nth: int = 0, text: str = TEXT) -> str:
    """A brat T line for ``parts`` (the ``nth`` occurrence of each) of ``text``."""
    spans = [span(text, p, nth) for p in parts]
    offsets = ";".join(f"{a} {b}" for a, b in spans)
    return f"{ident}\t{label} {offsets}\t{' '.join(parts)}"


ANN = "\n".join(
    [
        ann_line("T1", "Content", "“We will win the vote in May,”", "“Nobody can stop us now.”"),
        ann_line("T2", "Source", "Anna Berg"),
        ann_line("T3", "Cue", "said"),
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        ann_line("T4", "Source", "Tom Weller"),
        ann_line("T5", "Cue", "said", nth=1),
        ann_line("T6", "Content", "the plan would fail badly"),
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        ann_line("T7", "Content", "“Rain is coming soon,”"),
        ann_line("T8", "Source", "the forecast office"),
        ann_line("T9", "Cue", "said", nth=2),
        "E3\tAttribution:T9 Content:T7 Cue:T9 Source:T8",
        ann_line("T10", "Cue", "According to"),
        ann_line("T11", "Content", "taxes will rise"),
        "E4\tAttribution-no-source:T10 Cue:T10 Content:T11",
        "R1\tCoref Arg1:T2 Arg2:T4",
        "A1\tNegated E2",
    ]
)


def quote(text: str, part: str, kind: str = "direct", **speaker: object) -> Quote:
    a, b = span(text, part)
    fields: dict[str, object] = {
        "speaker_id": None,
        "speaker_text": None,
        "speaker_start": None,
        "speaker_end": None,
    }
    if "who" in speaker:
        s, e = span(text, str(speaker.pop("who")))
        fields.update(speaker_text=text[s:e], speaker_start=s, speaker_end=e)
    fields.update(speaker)
    return Quote(text=part, start=a, end=b, kind=kind, cue=None, **fields)  # type: ignore[arg-type]


@pytest.fixture()
def gold() -> GoldArticle:
    return GoldArticle("a1", TEXT, attributions(parse_ann(ANN), TEXT))


# ---------------------------------------------------------------- reading


def test_parse_ann_reads_fragments_events_and_skips_other_lines() -> None:
    doc = parse_ann(ANN)
    t1 = doc.spans["T1"]
    assert t1.label == "Content"
    assert t1.fragments == (
        span(TEXT, "“We will win the vote in May,”"),
        span(TEXT, "“Nobody can stop us now.”"),
    )
    labels = [e.label for e in doc.events]
    assert labels == ["Attribution"] * 3 + ["Attribution-no-source"]
    assert doc.events[0].args == (("Content", "T1"), ("Cue", "T3"), ("Source", "T2"))


def test_parse_ann_rejects_a_malformed_line() -> None:
    with pytest.raises(InputError, match=r"x\.ann:2"):
        parse_ann("T1\tSource 0 4\tVote\nT2\tSource zero 4\tVote", origin="x.ann")


def test_attributions_join_content2_and_keep_sourceless_ones() -> None:
    text = "“One.” He said it. “Two.”"
    ann = "\n".join(
        [
            "T1\tContent 0 6\t“One.”",
            "T2\tSource 7 9\tHe",
            "T3\tCue 10 14\tsaid",
            "T4\tContent 19 25\t“Two.”",
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2 Content2:T4",
        ]
    )
    (g,) = attributions(parse_ann(ann), text)
    assert g.content == ((0, 6), (19, 25))
    assert g.source == ((7, 9),)
    assert g.kind == "direct"
    last = attributions(parse_ann(ANN), TEXT)[-1]
    assert last.source == ()  # Attribution-no-source


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        ("He said “we won.” Then", "“we won.”", "direct"),
        ("He said “we won.” Then", "we won.", "direct"),  # marks just outside the span
        ("He said ''we won,'' and left", "we won,", "direct"),  # newswire ''
        ("He called it a “fiasco” today", "it a “fiasco” today", "mixed"),
        ("“A,” he said, “B.”", "“A,” he said, “B.”", "mixed"),  # two quotes, narration between
        ("He said the plan would fail", "the plan would fail", "indirect"),
        ("It’s fine, he said", "It’s fine", "indirect"),  # an apostrophe is no quote
    ],
)
def test_quote_kind(text: str, part: str, kind: str) -> None:
    assert quote_kind(text, (span(text, part),)) == kind


def test_gold_kinds(gold: GoldArticle) -> None:
    assert [g.kind for g in gold.attributions] == ["direct", "indirect", "direct", "indirect"]


def write_polnear(root: Path) -> None:
    (root / "dev").mkdir()
    (root / "dev_attributions").mkdir()
    (root / "dev" / "paper_2016-01-02_vote.txt").write_text(TEXT, encoding="utf-8")
    (root / "dev_attributions" / "paper_2016-01-02_vote_bb.ann").write_text("", encoding="utf-8")
    (root / "dev_attributions" / "paper_2016-01-02_vote_aa.ann").write_text(ANN, encoding="utf-8")
    (root / "dev" / "zeta_2016-01-03_none.txt").write_text("No annotations.", encoding="utf-8")
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\tpublication_date\n"
        "dev\tpaper_2016-01-02_vote\tpaper\t2016-01-02\n",
        encoding="utf-8",
    )


def test_read_polnear_layout_first_annotator_and_metadata(tmp_path: Path) -> None:
    write_polnear(tmp_path)
    (art,) = read_polnear(tmp_path)  # the text without .ann is left out
    assert art.id == "paper_2016-01-02_vote"
    assert art.annotation == "paper_2016-01-02_vote_aa.ann"
    assert len(art.attributions) == 4
    assert art.source == "paper"
    assert art.published is not None and art.published.date().isoformat() == "2016-01-02"


def test_read_polnear_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        read_polnear(tmp_path / "missing")
    with pytest.raises(InputError, match=r"no \.txt files"):
        read_polnear(tmp_path)


# ---------------------------------------------------------------- the metric


def test_score_article_arithmetic(gold: GoldArticle) -> None:
    office = span(TEXT, "the forecast office")
    quotes = [
        quote(TEXT, "We will win the vote in May", who="Anna Berg"),  # 7 of 12 gold tokens
        quote(TEXT, "Nobody can stop us now."),  # a piece inside the same attribution
        # wrong speaker span, but its actor is mentioned as the gold source
        quote(TEXT, "Rain is coming soon", who="Tom Weller", speaker_id="A1"),
        quote(TEXT, "Welcome home", kind="mixed"),  # no gold there
    ]
    r = score_article(gold, quotes, {"A1": (office,)})
    d, m, i = r.content["direct"], r.content["mixed"], r.content["indirect"]
    assert (d.gold, d.found, d.predicted, d.correct) == (2, 2, 3, 3)
    assert (m.gold, m.found, m.predicted, m.correct) == (0, 0, 1, 0)
    assert (i.gold, i.found, i.predicted, i.correct) == (2, 0, 0, 0)
    s = r.speaker["direct"]
    # P2 matches content but has no speaker; the sourceless gold is left out of speaker
    assert (s.gold, s.found, s.predicted, s.correct) == (2, 2, 3, 2)
    assert r.speaker["indirect"].gold == 1
    assert r.pieces == {"direct": 1, "mixed": 0, "indirect": 0}

    report = build_report("polnear", [r])
    total = report.row("all")
    assert (total.content.gold, total.content.found) == (4, 2)
    assert (total.content.predicted, total.content.correct) == (4, 3)
    assert total.content.precision == pytest.approx(0.75)
    assert total.content.recall == pytest.approx(0.5)
    assert total.content.f1 == pytest.approx(0.6)
    assert total.speaker.precision == pytest.approx(0.5)
    assert total.speaker.recall == pytest.approx(2 / 3)
    assert total.speaker.f1 == pytest.approx(4 / 7)
    assert total.pieces == 1
    assert report.direct_errors == ()  # the mixed false positive is not a direct error
    shapes = {e.category: e.count for e in report.indirect_shapes}
    assert shapes == {"X <cue> ... (no 'that')": 1, "according to X, ...": 1}


def test_a_quote_covering_less_than_half_misses(gold: GoldArticle) -> None:
    r = score_article(gold, [quote(TEXT, "win the vote", who="Anna Berg")], {})
    d = r.content["direct"]
    assert (d.found, d.correct) == (0, 1)  # inside the gold content, but covers 3 of 12
    assert r.errors[0][0] == "missed: content split or truncated (<50% covered)"
    assert r.errors[1][0] == "missed: quote not found"  # the forecast office's quote


def test_speaker_error_categories(gold: GoldArticle) -> None:
    text = TEXT.replace("said the forecast office", "Ann Lee said")
    ann = ANN.replace(
        ann_line("T8", "Source", "the forecast office"),
        ann_line("T8", "Source", "Ann Lee", text=text),
    )
    g = GoldArticle("a2", text, attributions(parse_ann(ann), text))
    qs = [
        quote(text, "We will win the vote in May", who="Anna Berg"),
        quote(text, "Rain is coming soon", who="he"),
    ]
    r = score_article(g, qs, {})
    assert [c for c, _ in r.errors] == ["speaker: our pronoun not resolved to an actor"]
    qs[1] = quote(text, "Rain is coming soon")
    r = score_article(g, qs, {})
    assert [c for c, _ in r.errors] == ["speaker: none found"]
    qs[1] = quote(text, "Rain is coming soon", who="Tom Weller")
    assert [c for c, _ in score_article(g, qs, {}).errors] == ["speaker: other wrong speaker"]


@pytest.mark.parametrize(
    ("text", "content", "source", "cue", "shape"),
    [
        ("Ann said that taxes rise.", "that taxes rise", "Ann", "said", "X <cue> that ..."),
        ("Taxes rise, Ann said.", "Taxes rise", "Ann", "said", "..., X <cue> (content first)"),
        ("Ann told us taxes rise.", "taxes rise", "Ann", "told", "X <cue> Y (that) ... (words"),
        ("Ann asked why taxes rise.", "why taxes rise", "Ann", "asked", "X <cue> wh-"),
    ],
)
def test_indirect_shapes(text: str, content: str, source: str, cue: str, shape: str) -> None:
    g = GoldAttribution(
        (span(text, content),), (span(text, source),), (span(text, cue),), "indirect"
    )
    assert indirect_shape(text, g).startswith(shape)


# ---------------------------------------------------------------- end to end


def test_evaluate_quotes_runs_the_pipeline(tmp_path: Path, pipeline: object) -> None:
    write_polnear(tmp_path)
    report = evaluate_quotes(tmp_path, fmt="polnear", pipeline=pipeline)  # type: ignore[arg-type]
    assert report.articles == 1 and report.failed == 0
    direct = report.row("direct")
    assert direct.content.gold == 2
    assert direct.content.recall == 1.0  # both direct quotes are found
    assert report.row("indirect").content.gold == 2
    text = format_report(report)
    assert "speaker and content" in text and "direct" in text
    data = report.to_dict(examples=False)
    assert data["kinds"]["direct"]["content"]["gold"] == 2
    assert json.dumps(data)


def test_cli_command_prints_json(
    tmp_path: Path, pipeline: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsevents.pipeline as pl

    write_polnear(tmp_path)
    monkeypatch.setattr(pl, "Pipeline", lambda: pipeline)
    app = typer.Typer()
    app.command()(cli_command)
    args = [str(tmp_path), "--format", "polnear", "--limit", "1", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 1
    result = CliRunner().invoke(app, [str(tmp_path / "nope")])
    assert result.exit_code != 0
