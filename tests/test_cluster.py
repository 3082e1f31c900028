"""run_dask against a real Dask scheduler and two workers on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.output import article_to_dict

pytest.importorskip("distributed", reason="dask[distributed] is not installed")

from newsevents.cluster import iter_partitions, run_dask
from newsevents.settings import Settings

SRC = Path(__file__).resolve().parents[1] / "src"
DASK = [sys.executable, "-m", "dask"]  # the `dask` command of this environment

ARTICLES = [
    "Kenyan police arrested ten protesters in Nairobi on Monday.",
    "French President Anne Martel met German Chancellor Paul Weber in Berlin on Friday.",
    "Rebel fighters attacked a Malian army convoy near Gao, the army said.",
    "Japanese Prime Minister Kenji Sato visited Seoul and signed a trade agreement.",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """A `dask scheduler` and two single-threaded `dask worker` processes, stopped after."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    logs = tmp_path_factory.mktemp("dask-logs")
    common = ["--no-dashboard"]
    worker_opts = ["--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1"]
    procs = [
        subprocess.Popen(
            [*DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), *common],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(logs / "scheduler.log", "wb"),  # noqa: SIM115
        )
    ]
    try:
        for n in range(2):
            procs.append(
                subprocess.Popen(
                    [*DASK, "worker", address, *worker_opts, "--name", f"w{n}", *common],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=open(logs / f"worker{n}.log", "wb"),  # noqa: SIM115
                )
            )
        deadline = time.monotonic() + 30
        while True:
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"a{i}.txt").write_text(f"Headline {i}\n\n{text}\n", encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(b"\x00\x01PNG\x00\xff" * 10)
    return folder


def _key(x: object) -> object:
    return ("error", str(x)) if isinstance(x, InputError) else article_to_dict(x)  # type: ignore[arg-type]


def test_cluster_output_equals_the_in_process_pipeline(scheduler, inputs, tmp_path, pipeline):
    out = tmp_path / "parts"
    report = run_dask([str(inputs)], scheduler, out, Settings(), partition_size=2, progress=False)
    assert report.partitions == 3 and not report.failed
    assert [p.name for p in report.written] == [f"part-0000{i}.parquet" for i in range(3)]
    assert report.articles == 4 and report.input_errors == 1
    expected = [_key(x) for x in pipeline.analyze(iter_articles([str(inputs)]))]
    got = list(iter_partitions(out))
    assert [_key(x) for x in got] == expected
    assert any(isinstance(x, InputError) and "b-binary.txt" in x.origin for x in got)
    assert got[0].article.origin.endswith("a0.txt")  # type: ignore[union-attr]


def test_a_failing_partition_is_retried_then_reported_and_the_rest_go_on(
    scheduler, inputs, tmp_path
):
    out = tmp_path / "parts"
    out.mkdir()
    (out / "part-00001.parquet").mkdir()  # partition 1 cannot be written
    report = run_dask(
        [str(inputs)], scheduler, out, Settings(), partition_size=2, retries=1, progress=False
    )
    assert [f.index for f in report.failed] == [1]
    assert report.failed[0].articles == 2 and "part-00001.parquet" in report.failed[0].error
    assert [p.name for p in report.written] == ["part-00000.parquet", "part-00002.parquet"]
    assert report.articles == 2 and report.input_errors == 1


def test_ingest_on_the_cluster_fills_the_store_like_a_local_ingest(scheduler, inputs, tmp_path):
    from typer.testing import CliRunner

    from newsevents.cli import app
    from newsevents.store import Store

    counts = {}
    for name, extra in (("local", ["--jobs", "1"]), ("dask", ["--dask", scheduler])):
        db = tmp_path / f"{name}.duckdb"
        res = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(db), *extra])
        assert res.exit_code == 0, res.output
        store = Store(db, create=False)
        with store.connect() as con:
            events = con.execute("SELECT uid, cluster_id FROM events ORDER BY ALL").fetchall()
        counts[name] = (store.counts(), events)
    assert counts["dask"] == counts["local"]
    assert counts["dask"][0]["articles"] == 4 and counts["dask"][0]["failures"] == 1
    # a rerun sends nothing stored to the cluster and adds nothing
    db = tmp_path / "dask.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(db), "--dask", scheduler])
    assert res.exit_code == 0 and "stored 0 article versions" in res.output
    assert Store(db, create=False).counts() == counts["dask"][0]


def test_skipped_articles_are_not_sent(scheduler, inputs, tmp_path):
    report = run_dask(
        [str(inputs)],
        scheduler,
        tmp_path / "parts",
        Settings(),
        partition_size=2,
        progress=False,
        skip=lambda a: a.origin.endswith(("a0.txt", "a1.txt")),
    )
    assert report.articles == 2 and report.input_errors == 1
