"""Latency of filtered events queries over HTTP, on a store of the BBC corpus.

    PYTHONPATH=src python benchmarks/api_latency.py [--db /tmp/bbc.duckdb] [--requests 300]

Builds the store with ``newsevents ingest`` (2 processes) when ``--db`` does not
exist yet (a few minutes for the 2,225 articles of ../shared/data/corpora/bbc), or
reuses it.  Then starts a real server (uvicorn, one process, as ``newsevents
serve`` runs it) on a free local port and times ``--requests`` GET /api/events
calls, one at a time over one keep-alive connection, cycling through filters an
analyst would use (actor, either side, event type, quad class, text, place, CAMEO,
dates).  Reports p50/p90/p99/max in ms and writes benchmarks/results/api_latency.json.
Target (issue 8): p50 < 100 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, SHARED, run_context, write_results

BBC = SHARED / "data" / "corpora" / "bbc"
CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
QUERIES: list[dict[str, str]] = [
    {"actor": "GBR"},
    {"party": "USA", "event": "CONSULT"},
    {"quad": "4"},
    {"q": "election"},
    {"recipient": "GBR", "quad": "3"},
    {"place": "GBR"},
    {"cameo": "04"},
    {"event": "ACCUSE", "limit": "20"},
    {"actor": "GBR GOV", "offset": "50"},
    {"since": "2004-01-01", "until": "2005-12-31"},
    {"party": "RUS", "unit": "mentions"},
    {},
]
SERVER = (
    "import sys, uvicorn; from newsevents.api import create_app; "
    "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
    "log_level='warning')"
)


def build_store(db: Path, jobs: int) -> float:
    """Ingest the BBC corpus into ``db``; returns the seconds it took."""
    cmd = [
        sys.executable, "-m", "newsevents.cli", "ingest",
        *[str(BBC / c) for c in CATEGORIES],
        "--db", str(db), "--jobs", str(jobs), "--source", "BBC", "--no-progress",
    ]  # fmt: skip
    print("building the store:", " ".join(cmd), file=sys.stderr)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=_env())
    return time.perf_counter() - t0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/bbc.duckdb"))
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2, help="ingest processes when building")
    args = ap.parse_args()
    build_seconds = None
    if not args.db.exists():
        if not BBC.is_dir():
            raise SystemExit(f"BBC corpus not found at {BBC}: set NEWSEVENTS_SHARED")
        build_seconds = round(build_store(args.db, args.jobs), 1)
    port = free_port()
    context = run_context(
        "api_latency",
        ["newsevents", "serve", "--db", str(args.db), "--port", str(port)],
        store=str(args.db),
        store_built_seconds=build_seconds,
        requests=args.requests,
        load_average_at_start=list(os.getloadavg()),
    )
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(args.db), str(port)], env=_env())
    try:
        wait_until_up(port, proc)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        info = _get(conn, "/api/info")[1]
        for q in QUERIES:  # warm up: the first query of each kind reads the file
            _get(conn, "/api/events?" + urlencode(q))
        times: dict[str, list[float]] = {}
        totals: dict[str, int] = {}
        for i in range(args.requests):
            q = QUERIES[i % len(QUERIES)]
            path = "/api/events?" + urlencode(q)
            t0 = time.perf_counter()
            status, body = _get(conn, path)
            ms = (time.perf_counter() - t0) * 1000
            if status != 200:
                raise SystemExit(f"{path}: HTTP {status}: {body}")
            times.setdefault(path, []).append(ms)
            totals[path] = body["total"]
        conn.close()
    finally:
        proc.terminate()
        proc.wait(10)
    every = [t for ts in times.values() for t in ts]
    summary = {
        "p50_ms": round(statistics.median(every), 1),
        "p90_ms": round(percentile(every, 90), 1),
        "p99_ms": round(percentile(every, 99), 1),
        "max_ms": round(max(every), 1),
        "mean_ms": round(statistics.fmean(every), 1),
    }
    per_query = [
        {"query": path, "matches": totals[path], "p50_ms": round(statistics.median(ts), 1),
         "max_ms": round(max(ts), 1)}
        for path, ts in times.items()
    ]  # fmt: skip
    print(f"store: {info['counts']}")
    for row in per_query:
        print(f"  {row['p50_ms']:7.1f} ms  {row['matches']:5d} matches  {row['query']}")
    print(
        f"\n{len(every)} requests: p50 {summary['p50_ms']} ms, p90 {summary['p90_ms']} ms, "
        f"p99 {summary['p99_ms']} ms, max {summary['max_ms']} ms (target p50 < 100 ms)"
    )
    write_results(
        "api_latency",
        {
            **context,
            "store_counts": info["counts"],
            **summary,
            "target": "p50 < 100 ms",
            "met": summary["p50_ms"] < 100,
            "load_average_at_end": list(os.getloadavg()),
            "queries": per_query,
        },
    )


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, dict]:
    conn.request("GET", path, headers={"Accept": "application/json"})
    r = conn.getresponse()
    return r.status, json.loads(r.read())


if __name__ == "__main__":
    main()
