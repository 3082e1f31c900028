"""The store's commands end to end: ingest (killed and resumed), events, series, stats."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store

COUNTRIES = ["France", "Germany", "Kenya", "Chile", "Japan", "Canada", "Egypt", "Peru"]
VERBS = ["criticised", "met", "praised", "accused", "thanked", "visited"]


def write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
        if a == b:
            b = COUNTRIES[(i + 1) % 8]
        verb = VERBS[i % len(VERBS)]
        text = (
            f"Report number {i}\n\n"
            f"The government of {a} {verb} {b} on Monday, officials said. "
            f"Talks between the two countries are planned for next month in {a}."
        )
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")


def ingest_cmd(inputs: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsevents.cli",
        "ingest",
        str(inputs),
        "--db",
        str(db),
        "--jobs",
        "1",
        "--no-progress",
        "--published",
        "2024-05-08",
    ]


def snapshot(db: Path) -> dict[str, list[tuple]]:
    with Store(db, create=False).connect() as con:
        return {
            "articles": con.execute(
                "SELECT doc_key, version, content_hash, is_latest FROM articles ORDER BY ALL"
            ).fetchall(),
            "events": con.execute("SELECT uid, cluster_id FROM events ORDER BY ALL").fetchall(),
            "actors": con.execute("SELECT count(*) FROM actors").fetchall(),
            "places": con.execute("SELECT count(*) FROM places").fetchall(),
        }


def test_a_killed_ingest_resumes_to_exactly_the_uninterrupted_rows(tmp_path):
    inputs = tmp_path / "in"
    write_articles(inputs, 60)
    env = {**os.environ, "NEWSEVENTS_COMMIT_EVERY": "3"}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")

    full = tmp_path / "full.duckdb"
    subprocess.run(ingest_cmd(inputs, full), env=env, check=True, capture_output=True)

    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        ingest_cmd(inputs, killed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if killed.exists():
            try:
                stored = Store(killed, create=False, lock_timeout=0.2).counts()["articles"]
            except Exception:  # still being created, or locked by the writer
                continue
            if stored >= 3:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    partial = snapshot(killed)
    assert 3 <= len(partial["articles"]) < 60

    rerun = subprocess.run(ingest_cmd(inputs, killed), env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "skipped" in rerun.stderr
    assert snapshot(killed) == snapshot(full)
    # and a third run adds nothing
    subprocess.run(ingest_cmd(inputs, killed), env=env, check=True, capture_output=True)
    assert snapshot(killed) == snapshot(full)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    inputs = folder / "in"
    write_articles(inputs, 8)
    (inputs / "broken.html").write_bytes(b"\x00\x01\x02 binary")
    path = folder / "news.duckdb"
    res = CliRunner().invoke(
        app, ["ingest", str(inputs), "--db", str(path), "--jobs", "1", "--published", "2024-05-08"]
    )
    assert res.exit_code == 0, res.output
    assert "1 failures" in res.output
    return path


def test_stats_and_failures_are_kept(db):
    res = CliRunner().invoke(app, ["stats", "--db", str(db)])
    assert res.exit_code == 0
    counts = dict(line.split("\t") for line in res.stdout.strip().splitlines())
    assert counts["articles"] == "8" and counts["failures"] == "1"
    # a rerun reports the bad input again but stores it once
    inputs = db.parent / "in"
    res = CliRunner().invoke(
        app,
        ["ingest", str(inputs), "--db", str(db), "--jobs", "1", "--published", "2024-05-08"],
    )
    assert res.exit_code == 0 and "error:" in res.output and "8 skipped" in res.output
    res = CliRunner().invoke(app, ["stats", "--db", str(db)])
    counts = dict(line.split("\t") for line in res.stdout.strip().splitlines())
    assert counts["articles"] == "8" and counts["failures"] == "1"


def test_events_command_filters_and_formats(db, tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["events", "--db", str(db), "--actor", "FRA", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines and all(any(a["code"] == "FRA" for a in line["actor"]) for line in lines)
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {"clusterId", "numArticles", "evidence"} <= set(rows[0])
    res = runner.invoke(app, ["events", "--db", str(db)])
    assert res.stdout.splitlines()[0].split()[:3] == ["date", "event", "cameo"]
    out = tmp_path / "e.parquet"
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0 and out.stat().st_size > 0
    res = runner.invoke(app, ["events", "--db", str(db), "--since", "May 1st"])
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.output
    res = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1 and "no such store" in res.output


def test_series_command_writes_csv_parquet_and_chart(db, tmp_path):
    runner = CliRunner()
    chart = tmp_path / "s.svg"
    res = runner.invoke(app, ["series", "--db", str(db), "--period", "week", "--chart", str(chart)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and set(rows[0]) >= {"period", "actor", "recipient", "events", "goldstein"}
    svg = chart.read_text()
    assert svg.startswith("<svg") and "polyline" in svg
    pq = tmp_path / "s.parquet"
    res = runner.invoke(app, ["series", "--db", str(db), "-o", str(pq)])
    assert res.exit_code == 0 and pq.stat().st_size > 0
