"""Tests of newsevents.ingest: every input kind, datelines, ids, and bad inputs."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import content_id, iter_articles
from newsevents.ingest.dateline import parse_dateline, parse_wire_dateline
from newsevents.ingest.dates import parse_published
from newsevents.records import Article

BODY = (
    "The foreign minister of Freedonia met her Sylvanian counterpart on Tuesday to discuss "
    "a disputed river border, officials said.\n\nBoth sides agreed to meet again next month.\n"
)
HTML_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Ministers Discuss River Border | Valley Herald</title>
<meta property="og:site_name" content="Valley Herald">
<meta name="author" content="Ana Perez">
<meta property="article:published_time" content="2020-06-12T09:30:00+02:00">
<link rel="canonical" href="https://news.example.org/border-talks"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers Discuss River Border</h1>
<p>The foreign minister of Freedonia met her Sylvanian counterpart on Tuesday to discuss
a disputed river border, officials said after the talks in the capital.</p>
<p>Both sides agreed to meet again next month and to set up a joint technical commission
that will survey the river bed before the spring floods.</p></article>
<footer>All rights reserved.</footer></body></html>
"""


def collect(inputs: list[str], **kwargs: object) -> tuple[list[Article], list[InputError]]:
    articles: list[Article] = []
    errors: list[InputError] = []
    for item in iter_articles(inputs, **kwargs):  # type: ignore[arg-type]
        (errors if isinstance(item, InputError) else articles).append(item)  # type: ignore[arg-type]
    return articles, errors


def write(path: Path, content: str | bytes) -> str:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


# --- plain text and datelines -------------------------------------------------------------


def test_txt_headline_and_slash_dateline(tmp_path: Path) -> None:
    content = (
        "Ministers Meet Over River Dispute\r\nValley Herald, Lakeville / 12 Jun.'20 / 09:45\r\n\r\n"
    )
    path = write(tmp_path / "a.txt", content + BODY)
    [article], errors = collect([path])
    assert errors == []
    assert article.title == "Ministers Meet Over River Dispute"
    assert article.source == "Valley Herald"
    assert article.dateline_place == "Lakeville"
    assert article.published == datetime(2020, 6, 12, 9, 45)
    assert article.origin == path
    # the whole file is the text (only line ends normalised), so offsets refer to the file
    assert article.text == (content + BODY).replace("\r\n", "\n")
    assert article.text.startswith("Ministers Meet")


def test_txt_byline_style_dateline(tmp_path: Path) -> None:
    path = write(
        tmp_path / "b.txt",
        f"Border Talks Resume\nBy Jane Roe | Wire Press | March 3, 2019\n\n{BODY}",
    )
    [article], _ = collect([path])
    assert (article.title, article.source, article.author) == (
        "Border Talks Resume",
        "Wire Press",
        "Jane Roe",
    )
    assert article.published == datetime(2019, 3, 3)


def test_txt_wire_dateline_without_year_sets_no_date(tmp_path: Path) -> None:
    text = f"Border Talks Resume\n\nLAKEVILLE, March 3 (Wire Press) - {BODY}"
    [article], _ = collect([write(tmp_path / "c.txt", text)])
    assert article.title == "Border Talks Resume"
    assert article.dateline_place == "Lakeville"
    assert article.source == "Wire Press"
    assert article.published is None  # no year: not a full date


def test_txt_published_label_and_place_date_lines(tmp_path: Path) -> None:
    text = f"Border Talks Resume\nPublished: 2019-03-03 14:05\n\n{BODY}"
    [article], _ = collect([write(tmp_path / "d.txt", text)])
    assert article.published == datetime(2019, 3, 3, 14, 5)
    text = f"Border Talks Resume\nLakeville, 5 May 2018\n\n{BODY}"
    [article], _ = collect([write(tmp_path / "e.md", text)])
    assert (article.dateline_place, article.published) == ("Lakeville", datetime(2018, 5, 5))


def test_txt_without_headline_is_just_text(tmp_path: Path) -> None:
    [article], _ = collect([write(tmp_path / "f.txt", BODY)])
    assert article.title is None
    assert article.source is None and article.published is None
    # a first line ending like a sentence is not a headline even when a blank line follows
    [article], _ = collect([write(tmp_path / "g.text", "It rained all day.\n\nThen it stopped.\n")])
    assert article.title is None


@pytest.mark.parametrize(
    "line",
    ["Putin Meets Leader in Moscow", "Talks resume on 5 May 2018", "The army said it had won."],
)
def test_headline_like_lines_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_wire_dateline_variants() -> None:
    found = parse_wire_dateline("NEW YORK, Ukraine (AP) — Officials said")
    assert found is not None
    assert found[0].place == "New York" and found[0].source == "AP"
    assert parse_wire_dateline("NATO - the alliance said") is None
    assert parse_wire_dateline("BREAKING - something happened") is None


# --- html ---------------------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    [article], errors = collect([write(tmp_path / "page.html", HTML_PAGE)])
    assert errors == []
    assert "disputed river border" in article.text
    assert "All rights reserved" not in article.text  # boilerplate removed
    assert "Home" not in article.text
    assert article.title == "Ministers Discuss River Border"
    assert article.source == "Valley Herald"
    assert article.author == "Ana Perez"
    assert article.url == "https://news.example.org/border-talks"
    assert (
        article.published is not None and article.published.date() == datetime(2020, 6, 12).date()
    )


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Freedonia", "Fréedonia"
    )
    [article], errors = collect([write(tmp_path / "latin.htm", page.encode("latin-1"))])
    assert errors == []
    assert "Fréedonia" in article.text


def test_html_without_text_and_broken_html(tmp_path: Path) -> None:
    empty_page = write(tmp_path / "nav.html", "<html><body><nav></nav></body></html>")
    broken = write(tmp_path / "broken.html", "<html><p>Unclosed <b><div>" + BODY * 3)
    articles, errors = collect([empty_page, broken])
    assert [e.reason for e in errors] == ["no article text found"]
    assert "nav.html" in str(errors[0])
    assert len(articles) == 1 and "river border" in articles[0].text


# --- json lines and csv -------------------------------------------------------------------


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        {"id": 7, "text": BODY, "title": "T1", "source": "S1", "url": "https://x.example/1",
         "published": "2019-03-03T14:05:00Z", "extra": [1, 2]},
        {"text": "Second article text about a ceasefire.", "published": "not a date at all"},
    ]  # fmt: skip
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n\n")
    (first, second), errors = collect([path])
    assert errors == []
    assert (first.id, first.title, first.source, first.url) == (
        "7",
        "T1",
        "S1",
        "https://x.example/1",
    )
    assert first.published == datetime(2019, 3, 3, 14, 5)
    assert first.origin == f"{path}:1" and second.origin == f"{path}:2"
    assert second.published is None  # unparseable date is not fatal
    assert second.id == content_id("Second article text about a ceasefire.")


def test_jsonl_bad_records(tmp_path: Path) -> None:
    content = "\n".join(
        ['{"text": "Fine one."}', "[1, 2]", '{"title": "no text"}', '{"text": "  "}',
         '{"text": "Also fine."}']
    )  # fmt: skip
    articles, errors = collect([write(tmp_path / "mixed.ndjson", content)])
    assert [a.text for a in articles] == ["Fine one.", "Also fine."]
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4"]
    assert "not a JSON object" in errors[0].reason
    assert "'text'" in errors[1].reason
    assert errors[2].reason == "empty text"


@pytest.mark.parametrize(("name", "sep"), [("rows.csv", ","), ("rows.tsv", "\t")])
def test_csv_and_tsv_with_bom(tmp_path: Path, name: str, sep: str) -> None:
    rows = [
        sep.join(["id", "title", "text", "published", "other"]),
        sep.join(["a1", "First", '"Line one\nline two"', "3 March 2019", "x"]),
        sep.join(["", "Second", "Another text.", "", ""]),
        sep.join(["a3", "Third", "", "", ""]),
    ]
    path = write(tmp_path / name, "\ufeff" + "\n".join(rows) + "\n")
    articles, errors = collect([path])
    assert [a.id for a in articles] == ["a1", content_id("Another text.")]
    assert articles[0].text == "Line one\nline two"
    assert articles[0].published == datetime(2019, 3, 3)
    assert articles[1].origin == f"{path}:4"  # the first record spans lines 2-3
    assert [(e.origin, e.reason) for e in errors] == [(f"{path}:5", "empty text")]


def test_csv_without_text_column(tmp_path: Path) -> None:
    _, [error] = collect([write(tmp_path / "bad.csv", "id,words\n1,hello\n")])
    assert "no 'text' column" in error.reason


# --- stdin, ids, overrides ----------------------------------------------------------------


def test_stdin_text_and_jsonl() -> None:
    [article], _ = collect(["-"], stdin=io.StringIO(f"Border Talks Resume\n\n{BODY}"))
    assert article.origin == "<stdin>" and article.title == "Border Talks Resume"
    stream = io.StringIO('  {"text": "One."}\n{"text": "Two."}\n{oops\n')
    articles, [error] = collect(["-"], stdin=stream)
    assert [a.text for a in articles] == ["One.", "Two."]
    assert [a.origin for a in articles] == ["<stdin>:1", "<stdin>:2"]
    assert error.origin == "<stdin>:3" and "invalid JSON" in error.reason
    [article], _ = collect(["-"], stdin=io.BytesIO(BODY.encode("utf-8")))
    assert article.text == BODY


def test_ids_are_stable_and_content_based(tmp_path: Path) -> None:
    a = collect([write(tmp_path / "one.txt", BODY)])[0][0]
    b = collect(["-"], stdin=io.StringIO(BODY))[0][0]
    c = collect(["-"], stdin=io.StringIO(BODY + "More."))[0][0]
    assert a.id == b.id == content_id(BODY)
    assert len(a.id) == 16 and int(a.id, 16) >= 0
    assert c.id != a.id


def test_overrides(tmp_path: Path) -> None:
    text = f"Border Talks Resume\nBy Jane Roe | Wire Press | March 3, 2019\n\n{BODY}"
    path = write(tmp_path / "o.txt", text)
    when = datetime(2021, 1, 2, 3, 4)
    [article], _ = collect([path], published=when, source="My Feed")
    assert (article.published, article.source) == (when, "My Feed")
    rec = write(
        tmp_path / "o.jsonl", json.dumps({"text": BODY, "source": "S", "published": "2019-01-01"})
    )
    [article], _ = collect([rec], published=when, source="My Feed")
    assert (article.published, article.source) == (when, "My Feed")


def test_parse_published_formats() -> None:
    assert parse_published("2019-03-03") == datetime(2019, 3, 3)
    assert parse_published("2019-03-03T14:05:00+05:00") == datetime(2019, 3, 3, 14, 5)
    assert parse_published("March 3, 2019 2:05 pm") == datetime(2019, 3, 3, 14, 5)
    assert parse_published("3 days ago") is None
    assert parse_published("") is None


# --- directories and bad inputs -----------------------------------------------------------


def test_directory_walk(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / "b.txt", "Second file text.")
    write(tmp_path / "sub" / "a.txt", "Nested file text.")
    write(tmp_path / "a.txt", "First file text.")
    write(tmp_path / ".hidden" / "x.txt", "Hidden.")
    write(tmp_path / ".dot.txt", "Hidden too.")
    write(tmp_path / "notes.pdf", "not an article")
    articles, errors = collect([str(tmp_path)])
    assert errors == []
    assert [a.text for a in articles] == [
        "First file text.",
        "Second file text.",
        "Nested file text.",
    ]
    # named explicitly, an unknown type is reported
    _, [error] = collect([str(tmp_path / "notes.pdf")])
    assert "unsupported file type" in error.reason


def test_bad_inputs_yield_one_error_each_and_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = write(tmp_path / "latin.txt", "Caf\xe9 talks ended.".encode("latin-1"))
    empty = write(tmp_path / "empty.txt", "  \n\t\n")
    lines = [
        json.dumps({"text": "Good record one."}),
        '{"text": "broken',
        json.dumps({"text": "Good two."}),
    ]
    jsonl = write(tmp_path / "records.jsonl", "\n".join(lines))
    missing = str(tmp_path / "missing.txt")
    articles, errors = collect([good, binary, latin, empty, jsonl, missing])
    assert [a.text for a in articles] == [BODY, "Good record one.", "Good two."]
    assert len(errors) == 5
    by_name = {Path(e.origin.split(":")[0]).name: e for e in errors}
    assert set(by_name) == {"image.txt", "latin.txt", "empty.txt", "records.jsonl", "missing.txt"}
    for name, error in by_name.items():
        assert name in str(error) and "\n" not in str(error)
    assert "binary" in by_name["image.txt"].reason
    assert by_name["latin.txt"].reason == "not valid UTF-8 (byte 0xe9 at offset 3)"
    assert by_name["empty.txt"].reason == "empty"
    assert by_name["records.jsonl"].origin == f"{jsonl}:2"
    assert by_name["records.jsonl"].reason.startswith("invalid JSON")
    assert by_name["missing.txt"].reason == "no such file or directory"


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 100)
    _, [error] = collect([path], max_bytes=100)
    assert error.reason.startswith("too large")
    rec = write(tmp_path / "big.jsonl", json.dumps({"text": "x" * 200}) + '\n{"text": "ok"}\n')
    [article], [error] = collect([rec], max_bytes=100)
    assert article.text == "ok" and error.origin == f"{rec}:1"


def test_common_column_names_are_understood(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "Headline,Body,date,link\n"
        "Ports reopen,Dock workers in Lagos ended their strike.,2019-04-10,http://x.test/a\n",
        encoding="utf-8",
    )
    (article,) = list(iter_articles([str(path)]))
    assert article.title == "Ports reopen"
    assert article.text.startswith("Dock workers")
    assert article.published is not None and article.published.date().isoformat() == "2019-04-10"
    assert article.url == "http://x.test/a"
