"""``newsevents actors``: lookup, list, add and import-dictionary through the typer app."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsevents.actors_cli import actors_app
from newsevents.resolve.userkb import COLUMNS

runner = CliRunner()


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


def _add(kb, *args: str):
    return runner.invoke(actors_app, ["add", "--kb", str(kb), *args])


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_lookup_prints_one_json_object_per_text():
    res = runner.invoke(
        actors_app, ["lookup", "Vladimir Putin", "Nigerian soldiers", "--date", "2017-11-14"]
    )
    assert res.exit_code == 0, res.output
    putin, soldiers = _json_lines(res.stdout)
    assert set(putin) == {
        "query",
        "name",
        "code",
        "sector",
        "office",
        "identifierId",
        "kind",
        "matchedBy",
    }
    assert (putin["code"], putin["sector"], putin["identifierId"]) == (
        "RUS",
        ["GOV"],
        "vladimir-putin",
    )
    assert (soldiers["code"], soldiers["sector"], soldiers["matchedBy"]) == (
        "NGA",
        ["MIL"],
        "role noun + adjective",
    )


def test_lookup_with_context_resolves_a_pronoun():
    context = "Russian President Vladimir Putin met the Abkhaz leader, and he promised loans."
    res = runner.invoke(actors_app, ["lookup", "he", "--context", context])
    assert res.exit_code == 0, res.output
    [found] = _json_lines(res.stdout)
    assert (found["name"], found["code"]) == ("Vladimir Putin", "RUS")
    assert found["matchedBy"].startswith("context: coreference (pronoun)")


def test_lookup_file_of_queries(tmp_path):
    queries = tmp_path / "queries.jsonl"
    queries.write_text(
        "\n".join(
            [
                json.dumps({"text": "four Saudi men"}),
                json.dumps(
                    {
                        "text": "he",
                        "date": "2017-11-14",
                        "context": "Putin met the Abkhaz leader, and he promised loans.",
                    }
                ),
                "not json",
                json.dumps({"text": "Tskhinvali", "date": "yesterday"}),
                "",
                json.dumps({"text": "the Kremlin"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    res = runner.invoke(actors_app, ["lookup", "--file", str(queries)])
    assert res.exit_code == 1  # two bad lines, reported; the others answered
    found = _json_lines(res.stdout)
    assert [(f["query"], f["code"]) for f in found] == [
        ("four Saudi men", "SAU"),
        ("he", "RUS"),
        ("the Kremlin", "RUS"),
    ]
    assert f"{queries}:3: not JSON" in res.stderr
    assert f"{queries}:4: date 'yesterday' is not YYYY-MM-DD" in res.stderr


def test_lookup_needs_a_text_or_a_file():
    res = runner.invoke(actors_app, ["lookup"])
    assert res.exit_code == 2
    assert "give TEXT" in res.output


def test_add_then_list_round_trip(tmp_path):
    kb = tmp_path / "my-actors.tsv"
    first = runner.invoke(
        actors_app,
        [
            "add",
            "--kb",
            str(kb),
            "--name",
            "Tamar Kvlividze",
            "--code",
            "GEO",
            "--sector",
            "GOV",
            "--sector",
            "PRE",
            "--alias",
            "Kvlividze",
            "--office",
            "Deputy Leader",
            "--start",
            "2016-01-01",
        ],
    )
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == (
        f"added person Tamar Kvlividze (GEO GOV;PRE 2016-01-01..) to {kb}"
    )
    second = _add(
        kb, "--name", "Tamar Kvlividze", "--code", "GEO", "--sector", "ELI", "--end", "2015-12-31"
    )
    assert second.exit_code == 0, second.output
    group = _add(
        kb,
        "--kind",
        "armed",
        "--name",
        "Red Valley Brigade",
        "--code",
        "NGA",
        "--sector",
        "REB",
        "--alias",
        "RVB",
    )
    assert group.exit_code == 0, group.output
    lines = kb.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "\t".join(COLUMNS),
        "tamar-kvlividze\tTamar Kvlividze\tKvlividze\tperson\tGEO\tGOV;PRE\t2016-01-01\t\t"
        "Deputy Leader\t",
        "tamar-kvlividze\tTamar Kvlividze\t\tperson\tGEO\tELI\t\t2015-12-31\t\t",
        "red-valley-brigade\tRed Valley Brigade\tRVB\tarmed\tNGA\tREB\t\t\t\t",
    ]

    listed = runner.invoke(actors_app, ["list", "--kb", str(kb), "--name-contains", "kvlividze"])
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.splitlines() == [
        "kind\tid\tname\tcode\tsector\tstart\tend\toffice\tsource",
        f"person\ttamar-kvlividze\tTamar Kvlividze\tGEO\tGOV;PRE\t2016-01-01\t\tDeputy Leader\t"
        f"{kb}:2",
        f"person\ttamar-kvlividze\tTamar Kvlividze\tGEO\tELI\t\t2015-12-31\t\t{kb}:3",
    ]
    as_json = runner.invoke(
        actors_app, ["list", "--kb", str(kb), "--kind", "armed", "--code", "NGA", "--json"]
    )
    rows = _json_lines(as_json.stdout)
    assert rows[-1] == {
        "kind": "armed",
        "id": "red-valley-brigade",
        "name": "Red Valley Brigade",
        "code": "NGA",
        "sector": ["REB"],
        "start": None,
        "end": None,
        "office": None,
        "source": f"{kb}:4",
        "aliases": ["RVB"],
    }
    assert all(r["kind"] == "armed" and r["code"] == "NGA" for r in rows)

    # the lookup sees the new entries, dated
    res = runner.invoke(
        actors_app, ["lookup", "Kvlividze", "RVB", "--kb", str(kb), "--date", "2017-11-14"]
    )
    person, brigade = _json_lines(res.stdout)
    assert (person["code"], person["sector"], person["office"]) == (
        "GEO",
        ["GOV", "PRE"],
        "Deputy Leader",
    )
    assert (brigade["name"], brigade["code"]) == ("Red Valley Brigade", "NGA")


def test_list_packaged_states_by_umbrella_kind():
    res = runner.invoke(actors_app, ["list", "--kind", "state", "--code", "GEO"])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.stdout.splitlines()[1:]]
    assert {(r[0], r[1]) for r in rows} >= {
        ("country", "GEO"),
        ("disputed", "south-ossetia"),
        ("disputed", "abkhazia"),
    }
    assert {r[0] for r in rows} <= {"country", "disputed", "seat"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--code", "RU"], "unknown country code 'RU' (did you mean RUS?)"),
        (["--code", "RUS", "--sector", "ARMY"], "unknown sector code 'ARMY'"),
        (["--code", "RUS", "--start", "2020-02-30"], "--start '2020-02-30' is not a date"),
        (
            ["--code", "RUS", "--start", "2020-01-02", "--end", "2020-01-01"],
            "end 2020-01-01 is before start 2020-01-02",
        ),
        (["--code", "RUS", "--kind", "state", "--id", "kremlin"], "packaged knowledge-base id"),
    ],
)
def test_add_rejects_bad_entries(tmp_path, args, message):
    kb = tmp_path / "my.tsv"
    res = runner.invoke(actors_app, ["add", "--kb", str(kb), "--name", "Some One", *args])
    assert res.exit_code == 2
    assert message in " ".join(res.output.split())
    assert not kb.exists()


DICTIONARY = """\
TAMAR_KVLIVIDZE_  # Minister of Culture
+KVLIVIDZE_
[GEOGOV 160101-191231]

RED_VALLEY_BRIGADE_ (RVB)
[NGAREB]
"""


def test_import_dictionary_then_lookup(tmp_path):
    source = tmp_path / "test.actors.txt"
    source.write_text(DICTIONARY, encoding="utf-8")
    kb = tmp_path / "imported.tsv"
    res = runner.invoke(actors_app, ["import-dictionary", str(source), "--kb", str(kb)])
    assert res.exit_code == 0, res.output
    assert "imported 1 people (1 role periods) and 1 organisations" in res.stdout
    assert kb.read_text(encoding="utf-8").splitlines()[1:] == [
        "tamar-kvlividze\tTamar Kvlividze\tKvlividze\tperson\tGEO\tGOV\t2016-01-01\t2019-12-31\t"
        "Minister of Culture\tGEOGOV",
        "red-valley-brigade\tRed Valley Brigade\tRVB\tarmed\tNGA\tREB\t\t\t\tNGAREB",
    ]
    again = runner.invoke(actors_app, ["import-dictionary", str(source), "--kb", str(kb)])
    assert "0 rows written, 2 already there" in again.stdout
    found = runner.invoke(
        actors_app, ["lookup", "Tamar Kvlividze", "--kb", str(kb), "--date", "2018-01-01"]
    )
    [person] = _json_lines(found.stdout)
    assert (person["code"], person["sector"], person["office"]) == (
        "GEO",
        ["GOV"],
        "Minister of Culture",
    )


def test_environment_variable_is_the_default_kb(tmp_path, monkeypatch):
    kb = tmp_path / "env.tsv"
    _add(kb, "--kind", "armed", "--name", "Red Valley Brigade", "--code", "NGA", "--sector", "REB")
    monkeypatch.setenv("NEWSEVENTS_ACTORS_FILE", str(kb))
    res = runner.invoke(actors_app, ["lookup", "Red Valley Brigade"])
    assert _json_lines(res.stdout)[0]["code"] == "NGA"


def test_bad_user_file_is_one_line_error(tmp_path):
    kb = tmp_path / "bad.tsv"
    kb.write_text("\t".join(COLUMNS) + "\nx\tX\t\tperson\tZZZ\t\t\t\t\t\n", encoding="utf-8")
    res = runner.invoke(actors_app, ["lookup", "Russia", "--kb", str(kb)])
    assert res.exit_code == 2
    assert res.stderr.strip().splitlines() == [
        f"newsevents actors: error: {kb}:2: unknown country code 'ZZZ': use an ISO 3166-1 "
        "alpha-3 code of the packaged country list or one of IGO, NGO, UNO, EUR, IMG, MNC"
    ]


def test_mentions_table_of_an_article(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(
        "Russian President Vladimir Putin met Abkhaz leader Aslan Kvarchia in Moscow on Tuesday.\n",
        encoding="utf-8",
    )
    res = runner.invoke(actors_app, ["mentions", str(article), "--published", "2017-11-14"])
    assert res.exit_code == 0, res.output
    header, *rows = [line.split("\t") for line in res.stdout.splitlines()]
    assert header == [
        "article",
        "mention",
        "start",
        "end",
        "actor",
        "name",
        "kind",
        "code",
        "sector",
        "office",
        "identifier",
    ]
    by_mention = {r[1]: r for r in rows}
    putin = by_mention["Russian President Vladimir Putin"]
    assert (putin[2], putin[3], putin[5], putin[7], putin[8]) == (
        "0",
        "32",
        "Vladimir Putin",
        "RUS",
        "GOV",
    )
    leader = by_mention["Abkhaz leader Aslan Kvarchia"]
    assert (leader[7], leader[8]) == ("GEO", "GOV;PRE")
    moscow = by_mention["Moscow"]
    assert (moscow[6], moscow[7], moscow[10]) == ("place (P)", "RUS", "geonames:524901")
