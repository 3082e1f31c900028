"""Throughput of the full pipeline against bare spaCy parsing, in one run.

    PYTHONPATH=src python benchmarks/throughput.py [--limit N] [--jobs J] [--dir DIR]

Reads N articles of ../shared/data/corpora/bbc (all categories, sorted paths) and
times, on the same texts, with the same model and batch size:

- bare spaCy: ``nlp.pipe(texts, batch_size=B, n_process=P)``, docs discarded;
- the full pipeline: ``analyze_parallel(articles, jobs=P)`` (what ``extract``
  runs), worker start-up and model loading included;

for P = 1 and P = J.  It reports articles/s, words/s, peak RSS per worker
process (VmHWM from /proc), the ratio full/bare, the speed-up of J processes
over one, and the projected time for 100,000 articles; the figures go to
benchmarks/results/throughput.json.  Targets (issue 9): full >= 70% of bare;
2 processes >= 1.7x one; peak memory <= 1.5 GB per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from _common import SHARED, write_results

DEFAULT_DIR = SHARED / "data" / "corpora" / "bbc"
MB = 1024 * 1024


# -- memory: peak RSS of this process and of every process below it -----------
def _status(pid: int) -> dict[str, str]:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            return dict(line.rstrip("\n").split(":\t", 1) for line in fh if ":\t" in line)
    except OSError:
        return {}


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _is_forkserver(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"forkserver" in fh.read()
    except OSError:
        return False


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class Usage:
    """Samples peak RSS (VmHWM) and CPU time of every process below this one during a phase."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _descendants(self) -> list[int]:
        me = os.getpid()
        found, todo = [], [(c, me) for c in _children(me)]
        while todo:
            pid, parent = todo.pop()
            todo += [(c, pid) for c in _children(pid)]
            if parent == me and _is_forkserver(pid):
                continue  # the server only forks the workers (which share its command line)
            found.append(pid)
        return found

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def _sample(self) -> None:
        for pid in self._descendants():
            hwm = _status(pid).get("VmHWM", "0 kB").split()[0]
            self.peaks[pid] = max(self.peaks.get(pid, 0), int(hwm) * 1024)
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid) - self._base.get(pid, 0))

    def __enter__(self) -> Usage:
        try:  # reset this process's peak RSS (Linux >= 4.0), so each phase is its own
            with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
                fh.write("5")
        except OSError:
            pass
        self._base = {pid: _cpu_seconds(pid) for pid in self._descendants()}
        self._self_cpu = _cpu_seconds(os.getpid())
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.self_peak = int(_status(os.getpid()).get("VmHWM", "0 kB").split()[0]) * 1024
        self.self_cpu = _cpu_seconds(os.getpid()) - self._self_cpu

    def per_worker_mb(self) -> float:
        """Peak of the largest worker; this process is the worker when none was started."""
        peak = max(self.peaks.values(), default=0) or self.self_peak
        return round(peak / MB, 1)

    def cpu_seconds(self) -> float:
        """CPU time of this process and its workers (sampled: may miss the last 0.1 s)."""
        return self.self_cpu + sum(self.cpu.values())


def _timed(run: Callable[[], int]) -> tuple[float, int, float, float]:
    with Usage() as usage:
        t0 = time.perf_counter()
        n = run()
        seconds = time.perf_counter() - t0
    return seconds, n, usage.per_worker_mb(), usage.cpu_seconds()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    # 1,000 articles: long enough that the workers' start-up (loading the models, about
    # 2 s) weighs on the rate no more than it does in a real run
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2, help="processes to compare with one")
    args = ap.parse_args()
    if not args.dir.is_dir():
        print(f"benchmark data not found: {args.dir} (the shared/ development data)")
        return 2

    import spacy

    from newsevents import nlp
    from newsevents.errors import InputError
    from newsevents.ingest import iter_articles
    from newsevents.parallel import DEFAULT_CHUNK_SIZE, analyze_parallel, local_pipeline
    from newsevents.records import Article
    from newsevents.settings import Settings

    settings = Settings()
    paths = sorted(p for p in args.dir.rglob("*.txt") if p.name.upper() != "README.TXT")
    items = list(iter_articles([str(p) for p in paths[: args.limit]]))
    articles = [a for a in items if isinstance(a, Article)]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    model = nlp.load(settings.model)  # loaded before timing: bare parsing starts warm
    local_pipeline(settings)

    def bare(processes: int) -> Callable[[], int]:
        def run() -> int:
            return sum(
                1 for _ in model.pipe(texts, batch_size=settings.batch_size, n_process=processes)
            )

        return run

    def full(processes: int) -> Callable[[], int]:
        def run() -> int:
            out = list(analyze_parallel(articles, settings, jobs=processes))
            failed = [x for x in out if isinstance(x, InputError)]
            if failed:
                print(f"{len(failed)} articles failed, e.g. {failed[0]}", file=sys.stderr)
            return len(out)

        return run

    load_start = os.getloadavg()
    runs: list[dict[str, Any]] = []
    for processes in sorted({1, args.jobs}):
        for kind, make in (("bare_spacy", bare), ("full_pipeline", full)):
            seconds, n, peak, cpu = _timed(make(processes))
            runs.append(
                {
                    "kind": kind,
                    "processes": processes,
                    "seconds": round(seconds, 2),
                    "articles_per_s": round(n / seconds, 2),
                    "words_per_s": round(words / seconds),
                    "peak_rss_mb_per_worker": peak,
                    "cpu_seconds": round(cpu, 1),
                    # cores kept busy: below the process count, the machine is busy elsewhere
                    "cores_used": round(cpu / seconds, 2),
                    "cpu_ms_per_article": round(1000 * cpu / n),
                }
            )
            print(json.dumps(runs[-1]), file=sys.stderr)

    def rate(kind: str, processes: int) -> float:
        return next(
            r["articles_per_s"] for r in runs if r["kind"] == kind and r["processes"] == processes
        )

    j = args.jobs
    ratio = {f"{p}_processes": round(rate("full_pipeline", p) / rate("bare_spacy", p), 3)
             for p in sorted({1, j})}  # fmt: skip
    speedup = round(rate("full_pipeline", j) / rate("full_pipeline", 1), 2)
    peak = max(r["peak_rss_mb_per_worker"] for r in runs if r["kind"] == "full_pipeline")
    result = {
        "command": shlex.join(["PYTHONPATH=src", "python", *sys.argv]),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "node": platform.node(),
            "cpus": os.cpu_count(),
            "usable_cpus": len(os.sched_getaffinity(0)),
            "platform": platform.platform(),
            "load_average_at_start": load_start,
        },
        "load_average_at_end": os.getloadavg(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{model.meta.get('lang')}_{model.meta.get('name')}-{model.meta.get('version')}",
        "batch_size": settings.batch_size,
        "chunk_size": DEFAULT_CHUNK_SIZE,
        "articles": len(articles),
        "words": words,
        "runs": runs,
        "full_over_bare": ratio,
        f"full_speedup_{j}_over_1": speedup,
        "projected_hours_for_100000_articles": round(100_000 / rate("full_pipeline", j) / 3600, 2),
        "targets": {
            "full_over_bare_at_least_0.70": ratio[f"{j}_processes"] >= 0.70,
            f"speedup_{j}_over_1_at_least_1.7": speedup >= 1.7 if j == 2 else None,
            "peak_rss_per_worker_at_most_1.5GB": peak <= 1536,
        },
    }
    print(json.dumps(result, indent=2))
    write_results("throughput", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
