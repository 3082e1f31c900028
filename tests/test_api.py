"""The HTTP API against a real store built from invented articles."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents.api import create_app
from newsevents.api.cli import reviews_app
from newsevents.api.highlight import find_trigger
from newsevents.evaluate.events_formats import read_gold
from newsevents.ingest.ids import content_id
from newsevents.records import Article
from newsevents.store import Store, StoreError, write_all
from newsevents.store.schema import SCHEMA_VERSION

XSS = "<script>alert(1)</script>"
ACCUSE_1 = (
    "Finland complains\n\nThe government of Finland accused Russia on Monday of violating "
    "its airspace with a military helicopter."
)
ACCUSE_2 = (
    "Helsinki complains to Moscow\n\nFinland on Monday accused Russia of violating Finnish "
    "airspace, the foreign ministry said in a statement."
)
BALTIC = "Estonia and Latvia signed a trade agreement in Riga on Tuesday."
TOKEN = "s3cret-token"


def art(text: str, url: str, source: str, title: str | None = None) -> Article:
    return Article(
        id=content_id(text),
        text=text,
        title=title,
        url=url,
        source=source,
        published=datetime(2024, 3, 6),
        origin=url,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory, pipeline):
    """A store of three invented articles, built once; tests get copies."""
    path = tmp_path_factory.mktemp("api") / "news.duckdb"
    arts = [
        art(ACCUSE_1, "https://a.example/1", "Daily Planet", "Finland complains"),
        art(ACCUSE_2, "https://b.example/2", "Morning Star", "Helsinki complains"),
        art(BALTIC, "https://a.example/3", "Daily Planet", XSS),
    ]
    write_all(Store(path), (pipeline.analyze_one(a) for a in arts))
    return path


@pytest.fixture
def db(built, tmp_path):
    copy = tmp_path / "news.duckdb"
    shutil.copy(built, copy)
    return copy


@pytest.fixture
def client(db):
    return TestClient(create_app(db))


@pytest.fixture
def writer(db, pipeline):
    return TestClient(create_app(db, token=TOKEN, pipeline=pipeline))


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_events_filters_and_counts(client):
    every = client.get("/api/events").json()
    assert every["total"] == len(every["items"]) >= 2
    fin = client.get("/api/events", params={"actor": "FIN"}).json()
    assert fin["total"] >= 1
    assert all(any(p["code"] == "FIN" for p in e["actor"]) for e in fin["items"])
    # the two reports of Finland's accusation are one event told by two sources
    accuse = [e for e in fin["items"] if e["event"] == "ACCUSE"]
    assert accuse and accuse[0]["numArticles"] == 2
    assert sorted(accuse[0]["sources"]) == ["Daily Planet", "Morning Star"]
    mentions = client.get("/api/events", params={"actor": "FIN", "unit": "mentions"}).json()
    assert mentions["total"] > fin["total"]
    none = client.get("/api/events", params={"actor": "FIN", "event": "AGREE"}).json()
    assert none == {"total": 0, "limit": 50, "offset": 0, "items": []}
    quad = client.get("/api/events", params={"quad": 3}).json()
    assert quad["items"] and all(e["quadCode"] == 3 for e in quad["items"])
    text = client.get("/api/events", params={"q": "trade agreement"}).json()
    assert [e["event"] for e in text["items"]] and all(
        "trade agreement" in e["evidence"] for e in text["items"]
    )


def test_pagination_pages_through_every_event_once(client):
    total = client.get("/api/events").json()["total"]
    seen = []
    for offset in range(total):
        page = client.get("/api/events", params={"limit": 1, "offset": offset}).json()
        assert page["total"] == total and page["limit"] == 1 and len(page["items"]) == 1
        seen.append(page["items"][0]["clusterId"])
    assert len(set(seen)) == total
    past = client.get("/api/events", params={"limit": 1, "offset": total + 5}).json()
    assert past["items"] == [] and past["total"] == total


def test_downloads_hold_every_match(client):
    total = client.get("/api/events").json()["total"]
    r = client.get("/api/events", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and {"clusterId", "event", "evidence"} <= set(rows[0])
    r = client.get("/api/events", params={"format": "jsonl", "actor": "FIN"})
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert lines and all("FIN" in [a["code"] for a in x["actor"]] for x in lines)


@pytest.mark.parametrize(
    ("params", "status", "says"),
    [
        ({"cameo": "4x"}, 400, "CAMEO code '4x'"),
        ({"quad": 7}, 422, "query quad"),
        ({"since": "last week"}, 422, "query since"),
        ({"since": "2024-03-09", "until": "2024-03-01"}, 400, "is after until"),
        ({"limit": 5000}, 400, "format=jsonl"),
        ({"unit": "paragraphs"}, 422, "query unit"),
    ],
)
def test_bad_parameters_say_what_was_wrong(client, params, status, says):
    r = client.get("/api/events", params=params)
    assert r.status_code == status
    body = r.json()
    assert body["status"] == status and says in body["message"]


def test_unknown_things_are_404_with_a_json_body(client):
    for path, says in [
        ("/api/events/nope", "no event 'nope'"),
        ("/api/articles/nope", "no article 'nope'"),
        ("/api/nothing-here", "Not Found"),
    ]:
        r = client.get(path)
        assert r.status_code == 404 and says in r.json()["message"]


def test_one_event_has_every_mention_and_source(client):
    fin = client.get("/api/events", params={"actor": "FIN", "event": "ACCUSE"}).json()
    cluster = fin["items"][0]["clusterId"]
    d = client.get(f"/api/events/{cluster}").json()
    assert d["event"]["clusterId"] == cluster
    assert {m["source"] for m in d["mentions"]} == {"Daily Planet", "Morning Star"}
    assert all(m["clusterId"] == cluster for m in d["mentions"])
    assert d["reviews"] == []


def test_article_has_its_analysis_events_and_highlights(client):
    items = client.get("/api/articles", params={"q": "helicopter"}).json()["items"]
    assert [a["title"] for a in items] == ["Finland complains"]
    d = client.get(f"/api/articles/{items[0]['id']}").json()
    assert d["text"] == ACCUSE_1 and d["analysis"]["id"] == items[0]["id"]
    kinds = {m["kind"] for m in d["marks"]}
    assert {"actor", "trigger"} <= kinds
    trigger = next(m for m in d["marks"] if m["kind"] == "trigger")
    assert ACCUSE_1[trigger["start"] : trigger["end"]].lower() == "accused"
    assert "ACCUSE" in trigger["label"]  # the event's explanation
    assert d["events"] and all(e["articleId"] == items[0]["id"] for e in d["events"])


def test_find_trigger_takes_the_phrase_or_its_first_word():
    text = "Putin met on Tuesday with Bibilov. Then he met with Lavrov."
    assert find_trigger(text, "met with", 0, len(text)) == (text.index("met with"),) * 1 + (
        text.index("met with") + len("met with"),
    )
    first = text.index("met")
    assert find_trigger(text, "met with", 0, 34) == (first, first + 3)
    assert find_trigger(text, "signed", 0, len(text)) is None


def test_actors_quotes_places_series_network_search(client):
    actors = client.get("/api/actors", params={"code": "FIN"}).json()
    assert actors["items"] and all(a["code"] == "FIN" for a in actors["items"])
    assert max(a["nEvents"] for a in actors["items"]) >= 1
    places = client.get("/api/places").json()
    riga = [p for p in places if p["name"] == "Riga"]
    assert riga and riga[0]["lat"] == pytest.approx(56.95, abs=0.1)
    series = client.get("/api/series", params={"party": "FIN", "period": "month"}).json()
    assert series and all(r["period"].endswith("-01") for r in series)
    net = client.get("/api/network").json()
    assert {"source": "FIN", "target": "RUS"} in [
        {"source": e["source"], "target": e["target"]} for e in net["edges"]
    ]
    hits = client.get("/api/search", params={"q": "airspace"}).json()
    assert len(hits["articles"]) == 2 and hits["events"]
    assert client.get("/api/search", params={"q": "a"}).status_code == 422
    assert client.get("/api/quotes").status_code == 200


def test_read_only_server_refuses_writes_with_403(client):
    for path, body in [
        ("/api/articles", {"articles": [{"text": "Anything at all."}]}),
        ("/api/events/x/reviews", {"verdict": "wrong", "reviewer": "ana"}),
        ("/api/articles", {"not": "even valid"}),
    ]:
        r = client.post(path, json=body)
        assert r.status_code == 403
        assert "read-only" in r.json()["message"]
    assert client.get("/api/info").json()["readOnly"] is True


def test_writes_need_the_right_token(writer):
    body = {"verdict": "wrong", "reviewer": "ana"}
    r = writer.post("/api/events/x/reviews", json=body)
    assert r.status_code == 401 and "Bearer" in r.json()["message"]
    r = writer.post("/api/events/x/reviews", json=body, headers={"Authorization": "Bearer no"})
    assert r.status_code == 401 and r.json()["message"] == "wrong token"
    r = writer.post("/api/events/x/reviews", json=body, headers=AUTH)
    assert r.status_code == 404 and "no event 'x'" in r.json()["message"]


def test_bodies_over_the_limit_get_413(db):
    small = TestClient(create_app(db, token=TOKEN, max_body_bytes=2000))
    big = {"articles": [{"text": "Finland accused Russia. " * 200}]}
    r = small.post("/api/articles", json=big, headers=AUTH)
    assert r.status_code == 413 and "2000 bytes" in r.json()["message"]

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield b"x" * 500

    r = small.post("/api/articles", content=chunks(), headers=AUTH)
    assert r.status_code == 413 and r.json()["limit"] == 2000


def test_ingest_with_token_stores_and_analyses(writer):
    text = "Sweden and Norway signed a fisheries agreement in Oslo on Friday."
    body = {
        "articles": [
            {"text": text, "title": "Nordic deal", "source": "Fjord News",
             "published": "2024-03-08", "url": "https://n.example/1"},
            {"text": "   "},
        ]
    }  # fmt: skip
    r = writer.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 422  # blank text is refused before anything is stored
    body["articles"].pop()
    r = writer.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stored"] == 1 and out["events"] >= 1 and out["failures"] == []
    d = writer.get(f"/api/articles/{out['articles'][0]['id']}").json()
    assert d["article"]["title"] == "Nordic deal" and d["events"]
    again = writer.post("/api/articles", json=body, headers=AUTH).json()
    assert again["stored"] == 0 and again["unchanged"] == 1


def _machine_rows(db):
    with Store(db).connect() as con:
        return con.execute("SELECT * FROM events ORDER BY uid").fetchall()


def test_reviews_stay_beside_machine_output_and_export_as_gold(writer, db, pipeline, tmp_path):
    before = _machine_rows(db)
    fin = writer.get("/api/events", params={"actor": "FIN", "event": "ACCUSE"}).json()
    accuse = fin["items"][0]
    baltic = writer.get("/api/events", params={"q": "trade agreement"}).json()["items"][0]
    bad = {"verdict": "corrected", "reviewer": "ana", "correction": {"eventType": "GOSSIP"}}
    r = writer.post(f"/api/events/{accuse['clusterId']}/reviews", json=bad, headers=AUTH)
    assert r.status_code == 400 and "GOSSIP" in r.json()["message"]
    fix = {
        "verdict": "corrected",
        "reviewer": "ana",
        "note": "a complaint, not an accusation",
        "correction": {"eventType": "reject", "recipientSector": "gov"},
    }
    r = writer.post(f"/api/events/{accuse['clusterId']}/reviews", json=fix, headers=AUTH)
    assert r.status_code == 201, r.text
    review = r.json()
    assert review["correction"]["eventType"] == "REJECT"
    assert review["correction"]["recipientSector"] == "GOV"
    ok = {"verdict": "correct", "reviewer": "bo"}
    r = writer.post(f"/api/events/{baltic['clusterId']}/reviews", json=ok, headers=AUTH)
    assert r.status_code == 201

    # shown as corrections; the machine's answer is unchanged, in the API and the table
    d = writer.get(f"/api/events/{accuse['clusterId']}").json()
    assert d["event"]["event"] == "ACCUSE"
    assert d["event"]["review"]["correction"]["eventType"] == "REJECT"
    assert [x["reviewer"] for x in d["reviews"]] == ["ana"]
    listed = writer.get("/api/events", params={"actor": "FIN", "event": "ACCUSE"}).json()
    assert listed["items"][0]["review"]["verdict"] == "corrected"
    assert _machine_rows(db) == before
    assert writer.get("/api/info").json()["reviews"] == 2

    # exported as gold: over HTTP and by the CLI, read by `newsevents eval events`
    gold = writer.get("/api/reviews/export").json()
    assert [g["event"] for g in gold] == ["REJECT", baltic["event"]]
    assert gold[0]["text"] == accuse["evidence"] and gold[0]["target"][0]["sector"] == "GOV"
    out = tmp_path / "gold.json"
    res = CliRunner().invoke(reviews_app, ["export", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text(encoding="utf-8")) == gold
    sentences = read_gold(out, "plover-gsr")
    assert [s.label for s in sentences] == ["REJECT", baltic["event"]]
    assert sentences[0].targets[0].code == "RUS" and sentences[0].targets[0].located

    from newsevents.evaluate.events import evaluate_events

    report = evaluate_events(out, fmt="plover-gsr", pipeline=pipeline)
    assert report.n == 2 and report.failed == 0
    assert [i.gold for i in report.items] == ["REJECT", baltic["event"]]
    assert report.items[0].predicted == "ACCUSE"  # the machine, scored against the review


def test_a_wrong_event_is_kept_but_not_scored(writer, db, tmp_path):
    e = writer.get("/api/events", params={"q": "trade agreement"}).json()["items"][0]
    body = {"verdict": "wrong", "reviewer": "cy", "correction": {"eventType": "AGREE"}}
    r = writer.post(f"/api/events/{e['clusterId']}/reviews", json=body, headers=AUTH)
    assert r.status_code == 400 and "takes no corrected fields" in r.json()["message"]
    body.pop("correction")
    r = writer.post(f"/api/events/{e['clusterId']}/reviews", json=body, headers=AUTH)
    assert r.status_code == 201
    gold = writer.get("/api/reviews/export").json()
    assert gold[0]["verdict"] == "wrong" and gold[0]["event"] is None
    out = tmp_path / "gold.json"
    out.write_text(json.dumps(gold), encoding="utf-8")
    assert read_gold(out, "plover-gsr") == []


def test_user_text_comes_back_as_data_only(client):
    r = client.get("/api/articles", params={"q": "Riga"})
    assert r.headers["content-type"] == "application/json"
    assert r.json()["items"][0]["title"] == XSS  # the exact characters, not markup
    d = client.get(f"/api/articles/{r.json()['items'][0]['id']}").json()
    assert d["article"]["title"] == XSS and d["analysis"]["title"] == XSS
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text.replace('<script type="module"', "")


def test_the_store_is_migrated_and_must_exist(db, tmp_path):
    create_app(db)
    with Store(db).connect() as con:
        version = con.execute("SELECT max(version) FROM schema_info").fetchone()
        reviews = con.execute("SELECT count(*) FROM reviews").fetchone()
    assert version == (SCHEMA_VERSION,) and reviews == (0,)
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "missing.duckdb")


def test_openapi_describes_the_endpoints(client):
    spec = client.get("/api/openapi.json").json()
    for path in ["/api/events", "/api/events/{cluster_id}", "/api/articles", "/api/actors",
                 "/api/quotes", "/api/places", "/api/series", "/api/search",
                 "/api/reviews/export", "/api/events/{cluster_id}/reviews"]:  # fmt: skip
        assert path in spec["paths"], path
    assert "Bearer" in spec["paths"]["/api/articles"]["post"]["description"]
