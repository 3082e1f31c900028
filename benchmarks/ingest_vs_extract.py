"""Is storage ever the bottleneck?  ``ingest`` into a fresh store against ``extract``
to a JSON Lines file, on the same articles with the same settings, in one run.

    PYTHONPATH=src python benchmarks/ingest_vs_extract.py [--jobs 2] [--limit N]

Runs both commands as the user would (subprocesses of the CLI), extract first and
then ingest, then extract again (so a drift in machine load shows), and reports the
wall times, the ratio ingest / mean(extract) (issue 7's target: at most 1.10) and the
time ingest itself says it spent on storage.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED, gold_missing, run_context, write_results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=SHARED / "data/corpora/bbc")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    args = ap.parse_args()
    if gold_missing(args.corpus, "BBC corpus"):
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        files = sorted(args.corpus.rglob("*.txt"))[: args.limit]
        listing = Path(tmp) / "inputs"
        listing.mkdir()
        for i, f in enumerate(files):  # one folder of links: both commands read the same
            (listing / f"{i:05d}.txt").symlink_to(f.resolve())
        common = [str(listing), "--jobs", str(args.jobs), "--no-progress"]
        base = [sys.executable, "-m", "newsevents.cli"]
        extract = [*base, "extract", *common, "-o", str(Path(tmp) / "out.jsonl")]
        ingest = [*base, "ingest", *common, "--db", str(Path(tmp) / "news.duckdb")]
        context = run_context(
            "ingest_vs_extract",
            ["newsevents", "ingest", str(args.corpus), "--jobs", str(args.jobs)],
            articles=len(files),
            jobs=args.jobs,
        )
        times = {}
        storage = None
        for name, cmd in (("extract", extract), ("ingest", ingest), ("extract_again", extract)):
            t0 = time.perf_counter()
            res = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
            times[name] = time.perf_counter() - t0
            if res.returncode != 0:
                print(res.stderr, file=sys.stderr)
                return 1
            summary = res.stderr.strip().splitlines()[-1]
            print(f"{name}: {times[name]:.1f} s  ({summary})")
            m = re.search(r"storage took ([\d.]+) s", res.stderr)
            if name == "ingest" and m:
                storage = float(m.group(1))
    mean_extract = (times["extract"] + times["extract_again"]) / 2
    ratio = times["ingest"] / mean_extract
    figures = {
        "extract_s": round(times["extract"], 1),
        "ingest_s": round(times["ingest"], 1),
        "extract_again_s": round(times["extract_again"], 1),
        "ingest_over_extract": round(ratio, 3),
        "storage_s": storage,
        "storage_share_of_ingest": round(storage / times["ingest"], 4) if storage else None,
        "target_at_most": 1.10,
        "target_met": ratio <= 1.10,
    }
    print()
    for k, v in figures.items():
        print(f"{k}: {v}")
    write_results("ingest_vs_extract", {**context, **figures})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
