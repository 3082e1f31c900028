"""Event coding accuracy and speed on the development gold sets.

Runs ``newsevents eval events`` on the three gold files under
``shared/data/events`` (plover_gsr.json, plv_train.tsv, cameo_class_train.tsv),
prints the figures with the command, date, versions and machine, and writes
them to ``benchmarks/results/events.json``.

    PYTHONPATH=src python benchmarks/eval_events.py [--shared DIR] [--limit N]

The shared folder defaults to ``$NEWSEVENTS_SHARED`` or ``../shared`` beside the
repository.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import sys
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "events.json"
GOLD = (
    ("plover-gsr", "data/events/plover_gsr.json"),
    ("plv", "data/events/plv_train.tsv"),
    ("cameo-class", "data/events/cameo_class_train.tsv"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("NEWSEVENTS_SHARED", str(REPO.parent / "shared"))
    parser.add_argument("--shared", default=default, help="the shared/ folder (%(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences per file")
    parser.add_argument("--out", default=str(RESULTS), help="JSON results file (%(default)s)")
    args = parser.parse_args()

    shared = Path(args.shared)
    missing = [rel for _, rel in GOLD if not (shared / rel).is_file()]
    if missing:
        print(
            f"gold data missing under {shared}: {', '.join(missing)}\n"
            "give --shared DIR or set NEWSEVENTS_SHARED to the shared/ folder",
            file=sys.stderr,
        )
        return 2

    import spacy

    from newsevents.evaluate.events import evaluate_events, format_report
    from newsevents.pipeline import Pipeline

    command = " ".join(shlex.quote(a) for a in [Path(sys.executable).name, *sys.argv])
    meta = {
        "command": command,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "machine": platform.node(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    print(" | ".join(f"{k}: {v}" for k, v in meta.items()))
    pipeline = Pipeline()
    runs = []
    for fmt, rel in GOLD:
        report = evaluate_events(shared / rel, fmt=fmt, limit=args.limit, pipeline=pipeline)
        print()
        print(format_report(report))
        runs.append({**report.to_dict(), "gold": f"shared/{rel}"})  # no local paths
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**meta, "runs": runs}, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
