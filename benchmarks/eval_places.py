"""Place recognition and resolution accuracy on LGL (development data in shared/).

Usage:  PYTHONPATH=src python benchmarks/eval_places.py [--limit N] [--pipeline] [LGL_XML]

Reads ``$NEWSEVENTS_SHARED/data/geo/lgl.xml`` (default: ``../shared`` beside the
repository), prints the figures with the run's context and writes them to
``benchmarks/results/places.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", REPO.parent / "shared"))
DEFAULT_GOLD = SHARED / "data" / "geo" / "lgl.xml"
RESULTS = REPO / "benchmarks" / "results" / "places.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--pipeline", action="store_true", help="run the whole pipeline")
    args = ap.parse_args()
    if not args.gold.exists():
        print(
            f"LGL gold not found at {args.gold}: give its path, or set NEWSEVENTS_SHARED "
            "to the shared/ folder",
            file=sys.stderr,
        )
        return 2

    import spacy

    from newsevents.evaluate.places import evaluate_places, format_report
    from newsevents.pipeline import Pipeline

    report = evaluate_places(
        args.gold, fmt="lgl", limit=args.limit, pipeline=Pipeline() if args.pipeline else None
    )
    cli = ["newsevents", "eval", "places", "--format", "lgl", str(args.gold)]
    cli += ["--limit", str(args.limit)] if args.limit else []
    cli += ["--pipeline"] if args.pipeline else []
    context = {
        "benchmark": "places",
        "command": shlex.join([sys.executable, *sys.argv]),
        "equivalent_cli": shlex.join(cli),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "machine": platform.node(),
        "cpus": os.cpu_count(),
    }
    for k, v in context.items():
        print(f"{k}: {v}")
    print()
    print(format_report(report))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({**context, **report.to_dict()}, indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
