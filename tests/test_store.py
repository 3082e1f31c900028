"""The DuckDB store: idempotent writes, versions, deduplication, queries, series, exports."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from datetime import date, datetime

import duckdb
import pytest

from newsevents.errors import ConfigError
from newsevents.records import Article
from newsevents.store import Store, StoreError, write_all
from newsevents.store.export import GDELT_COLUMNS, ExportFormat, write_events, write_parquet
from newsevents.store.query import EventQuery, QueryError, Unit, count_events, find_events
from newsevents.store.rows import article_key, cluster_id, content_hash, first_day
from newsevents.store.schema import SCHEMA_VERSION
from newsevents.store.series import Period, series

PUB = datetime(2024, 3, 6)
ACCUSE_1 = (
    "Finland complains\n\nThe government of Finland accused Russia on Monday of violating "
    "its airspace with a military helicopter."
)
ACCUSE_2 = (
    "Helsinki complains to Moscow\n\nFinland on Monday accused Russia of violating Finnish "
    "airspace, the foreign ministry said in a statement."
)
BALTIC = "Baltic trade deal\n\nEstonia and Latvia signed a trade agreement in Riga on Tuesday."


def art(text: str, url: str, source: str, published: datetime = PUB) -> Article:
    from newsevents.ingest.ids import content_id

    return Article(
        id=content_id(text), text=text, url=url, source=source, published=published, origin=url
    )


@pytest.fixture(scope="module")
def analysed(pipeline):
    arts = [
        art(ACCUSE_1, "https://a.example/1", "Daily Planet"),
        art(ACCUSE_2, "https://b.example/2", "Morning Star"),
        art(BALTIC, "https://a.example/3", "Daily Planet"),
    ]
    return {a.url: pipeline.analyze_one(a) for a in arts}


@pytest.fixture
def store(tmp_path, analysed):
    s = Store(tmp_path / "news.duckdb")
    write_all(s, analysed.values())
    return s


def test_schema_is_versioned_and_newer_stores_are_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT max(version) FROM schema_info").fetchone()[0] == SCHEMA_VERSION
    con.execute("INSERT INTO schema_info VALUES (?, 'future', current_timestamp)", [999])
    con.close()
    with pytest.raises(ConfigError, match="newer"):
        Store(path)


def test_opening_a_missing_store_to_read_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "nope.duckdb", create=False)
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    with pytest.raises(StoreError, match=r"bad\.duckdb"):
        Store(bad)


def test_the_same_articles_twice_are_stored_once(store, analysed):
    before = store.counts()
    stats = write_all(store, analysed.values())
    assert stats.articles == 0 and stats.unchanged == 3
    assert store.counts() == before
    assert before["articles"] == 3 and before["event_mentions"] >= 3


def test_a_changed_article_becomes_a_new_version(store, pipeline):
    changed = art(ACCUSE_1 + " Russia denied it.", "https://a.example/1", "Daily Planet")
    stats = write_all(store, [pipeline.analyze_one(changed)])
    assert stats.articles == 1 and stats.new_versions == 1
    counts = store.counts()
    assert counts["articles"] == 3 and counts["article_versions"] == 4
    with store.connect() as con:
        rows = con.execute(
            "SELECT version, is_latest, uid FROM articles WHERE url = ? ORDER BY version",
            ["https://a.example/1"],
        ).fetchall()
    assert [r[:2] for r in rows] == [(1, False), (2, True)]
    # queries see only the latest version's events
    seen = {e.article_uid for e in find_events(store, EventQuery(), Unit.mentions)}
    assert rows[1][2] in seen and rows[0][2] not in seen


def test_article_identity_prefers_url_then_own_id_then_file(tmp_path):
    from newsevents.ingest.ids import content_id

    text = "Some text."
    assert article_key(Article(id="x", text=text, url="https://e.example/a")) == (
        "url:https://e.example/a"
    )
    assert article_key(Article(id="doc-7", text=text, origin="f.jsonl:3")) == "id:doc-7"
    f = tmp_path / "a.txt"
    assert article_key(Article(id=content_id(text), text=text, origin=str(f))) == f"file:{f}"
    assert article_key(Article(id=content_id(text), text=text, origin="f.jsonl:3")).startswith(
        "text:"
    )
    a = Article(id="x", text=text, published=PUB)
    assert content_hash(a) != content_hash(Article(id="x", text=text))


def test_one_event_reported_by_two_sources_is_one_event(store):
    accuse = find_events(store, EventQuery(event_type="ACCUSE", actor="FIN", recipient="RUS"))
    assert len(accuse) == 1
    e = accuse[0]
    assert (e.num_mentions, e.num_articles, e.num_sources) == (2, 2, 2)
    assert e.sources == ["Daily Planet", "Morning Star"]
    assert e.day == date(2024, 3, 4)
    mentions = find_events(store, EventQuery(event_type="ACCUSE"), Unit.mentions)
    assert len(mentions) == 2
    assert {m.cluster_id for m in mentions} == {e.cluster_id}


def test_cluster_ids_differ_when_the_date_or_sides_differ(analysed):
    ev = next(e for e in analysed["https://a.example/1"].events if e.event == "ACCUSE")
    import dataclasses

    assert cluster_id(ev, None) != cluster_id(dataclasses.replace(ev, date="2024-03-05"), None)
    assert cluster_id(ev, None) != cluster_id(dataclasses.replace(ev, recipient=ev.actor), None)
    assert cluster_id(ev, None) != cluster_id(dataclasses.replace(ev, modality="negated"), None)


def test_filters(store):
    assert count_events(store, EventQuery(actor="EST")) == 1
    assert count_events(store, EventQuery(party="LVA")) == 1
    assert count_events(store, EventQuery(cameo="11")) == 1
    assert count_events(store, EventQuery(cameo="05")) == 1
    assert count_events(store, EventQuery(quad_class=3)) >= 1
    assert count_events(store, EventQuery(text="trade agreement")) == 1
    assert count_events(store, EventQuery(text="100%")) == 0
    assert count_events(store, EventQuery(place="Riga")) == 1
    assert count_events(store, EventQuery(place="LVA")) == 1
    assert count_events(store, EventQuery(since=date(2024, 3, 5), event_type="ACCUSE")) == 0
    assert count_events(store, EventQuery(until=date(2024, 3, 4), event_type="ACCUSE")) == 1
    assert count_events(store, EventQuery(actor="FIN GOV", event_type="ACCUSE")) == 1
    assert count_events(store, EventQuery(actor="FIN", actor_sector="MIL")) == 0
    with pytest.raises(QueryError):
        EventQuery(cameo="abc").where()
    with pytest.raises(QueryError):
        EventQuery(quad_class=7).where()


def test_one_a_day_keeps_one_event_per_day_dyad_and_code(store, pipeline):
    # a second report of the same accusation, dated a day later by the text: another cluster
    later = art(
        "Finland again\n\nFinland accused Russia on Tuesday of violating its airspace.",
        "https://c.example/4",
        "Evening Post",
    )
    write_all(store, [pipeline.analyze_one(later)])
    all_events = find_events(store, EventQuery(event_type="ACCUSE"))
    assert len(all_events) == 2
    assert len(find_events(store, EventQuery(event_type="ACCUSE"), Unit.one_a_day)) == 2
    assert count_events(store, EventQuery(event_type="ACCUSE"), Unit.mentions) == 3


def test_series_counts_deduplicated_events_per_dyad(store):
    rows = series(store, EventQuery(event_type="ACCUSE"), period=Period.month)
    assert [(r.period, r.actor, r.recipient, r.events, r.mentions) for r in rows] == [
        (date(2024, 3, 1), "FIN", "RUS", 1, 2)
    ]
    baltic = series(store, EventQuery(party="EST"), period=Period.day)
    # co-actors with no recipient count as a pair
    assert [(r.actor, r.recipient) for r in baltic] == [("EST", "LVA")]


def test_exports(store, tmp_path):
    found = find_events(store)
    out = io.StringIO()
    assert write_events(found, ExportFormat.jsonl, out) == len(found)
    first = json.loads(out.getvalue().splitlines()[0])
    assert {"event", "actor", "recipient", "cameo", "numArticles", "clusterId"} <= set(first)

    out = io.StringIO()
    write_events(found, ExportFormat.csv, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(found) and rows[0]["clusterId"]
    from newsevents.output import CSV_COLUMNS

    # the columns of `newsevents code --format csv`, then the cluster's counts
    assert list(rows[0])[1 : 1 + len(CSV_COLUMNS)] == CSV_COLUMNS
    assert all(r["explanation"] and r["sentenceEnd"] for r in rows)

    out = io.StringIO()
    write_events(found, ExportFormat.gdelt, out)
    lines = out.getvalue().splitlines()
    assert len(GDELT_COLUMNS) == 61
    assert all(len(line.split("\t")) == 61 for line in lines)
    accuse = next(line.split("\t") for line in lines if "\t112\t" in line)
    rec = dict(zip(GDELT_COLUMNS, accuse, strict=True))
    assert rec["Day"] == "20240304" and rec["Actor1CountryCode"] == "FIN"
    assert rec["Actor2CountryCode"] == "RUS" and rec["EventRootCode"] == "11"
    assert rec["QuadClass"] == "3" and rec["NumArticles"] == "2"
    riga = next(line.split("\t") for line in lines if "\tRiga\t" in line)
    rec = dict(zip(GDELT_COLUMNS, riga, strict=True))
    assert rec["ActionGeo_CountryCode"] == "LG" and rec["ActionGeo_Type"] == "4"  # FIPS

    path = tmp_path / "events.parquet"
    assert write_parquet(store, path) == len(found)
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0] == len(found)


def test_first_day_of_dates_at_any_precision():
    assert first_day("2017-11-14") == date(2017, 11, 14)
    assert first_day("2017-11") == date(2017, 11, 1)
    assert first_day("2017") == date(2017, 1, 1)
    assert first_day("2017-W46") == date(2017, 11, 13)
    assert first_day("2016-Q2") == date(2016, 4, 1)
    assert first_day("PRESENT_REF") is None


def test_a_reader_in_another_process_does_not_block_the_writer(tmp_path, analysed):
    path = tmp_path / "busy.duckdb"
    store = Store(path)
    # another process holds a read connection for a moment, as `newsevents events` would
    code = (
        "import duckdb, time, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
        "print('open', flush=True); time.sleep(1.0); c.close()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    t0 = time.monotonic()
    stats = write_all(store, analysed.values())  # waits for the lock, then commits
    assert stats.articles == 3
    assert time.monotonic() - t0 > 0.3
    proc.wait(timeout=10)


def test_reference_article_dyad_series(pipeline, shared_file, tmp_path):
    """Russia-South Ossetia in November 2017, told apart from Russia-Abkhazia (both GEO PRE)."""
    from newsevents.ingest import iter_articles

    path = shared_file("examples/civil-georgia-2017-11-15-putin-bibilov.txt")
    store = Store(tmp_path / "ref.duckdb")
    write_all(store, pipeline.analyze(iter_articles([str(path)])))
    rows = series(store, EventQuery(party="RUS"), period=Period.month, directed=False)
    ossetia = {
        (r.event_type, r.events)
        for r in rows
        if r.period == date(2017, 11, 1) and "GEO PRE south-ossetia" in (r.actor, r.recipient)
    }
    # Putin met Bibilov; Bibilov thanked Russia; the two health ministers signed an agreement
    assert ossetia == {("CONSULT", 1), ("SUPPORT", 2)}
    abkhazia = [r for r in rows if "GEO PRE abkhazia" in (r.actor, r.recipient)]
    assert abkhazia and all(r.period == date(2017, 8, 1) for r in abkhazia)


def test_the_same_text_in_two_files_is_one_article(tmp_path, pipeline):
    from newsevents.ingest import iter_articles

    for name in ("a.txt", "copy-of-a.txt"):
        (tmp_path / name).write_text(BALTIC, encoding="utf-8")
    store = Store(tmp_path / "s.duckdb")
    stats = write_all(store, pipeline.analyze(iter_articles([str(tmp_path)])))
    assert (stats.articles, stats.unchanged) == (1, 1)
    assert store.counts()["articles"] == 1


def test_series_chart_has_a_continuous_time_axis_and_escapes_labels():
    from newsevents.store.chart import series_svg
    from newsevents.store.series import SeriesRow, period_range

    assert period_range(date(2017, 11, 20), date(2018, 2, 3), Period.month) == [
        date(2017, 11, 1),
        date(2017, 12, 1),
        date(2018, 1, 1),
        date(2018, 2, 1),
    ]
    rows = [
        SeriesRow(date(2017, 11, 1), "RUS", "<b>X</b>", "CONSULT", 1, 2, 3, 2.0),
        SeriesRow(date(2018, 2, 1), "RUS", "<b>X</b>", "CONSULT", 1, 1, 1, 1.0),
    ]
    svg = series_svg(rows, period=Period.month)
    # four months on the axis, the two empty ones drawn at zero
    assert svg.count("-01</text>") == 4
    assert "<b>" not in svg and "&lt;b&gt;X&lt;/b&gt;" in svg


def test_spreadsheet_safe_rows_never_start_a_formula():
    from newsevents.store.export import spreadsheet_safe

    row = spreadsheet_safe(
        {"a": "=HYPERLINK(1)", "b": "+1", "c": "@x", "d": "-y", "e": "plain", "g": -3.5}
    )
    assert row == {
        "a": "'=HYPERLINK(1)",
        "b": "'+1",
        "c": "'@x",
        "d": "'-y",
        "e": "plain",
        "g": -3.5,
    }


def test_an_older_store_is_migrated_and_keeps_its_rows(tmp_path, analysed):
    from newsevents.store.schema import MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_info (version INTEGER NOT NULL, description VARCHAR, "
        "applied_at TIMESTAMP NOT NULL)"
    )
    for m in MIGRATIONS[:1]:  # a store written by the first release
        for sql in m.statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_info VALUES (?, ?, current_timestamp)", [1, "v1"])
    con.execute("INSERT INTO places (article_uid, text, name) VALUES ('u1', 'Riga', 'Riga')")
    con.close()
    store = Store(path, create=False)  # even a reading command brings it up to date
    with store.connect() as con:
        assert con.execute("SELECT max(version) FROM schema_info").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("SELECT name, adjectival FROM places").fetchall() == [("Riga", False)]
    stats = write_all(store, analysed.values())
    assert stats.articles == 3


def test_a_duckdb_file_that_is_no_store_is_not_turned_into_one(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newsevents store"):
        Store(path, create=False)
    con = duckdb.connect(str(path), read_only=True)
    assert [r[0] for r in con.execute("SHOW TABLES").fetchall()] == ["t"]
    con.close()
