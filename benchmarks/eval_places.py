"""Place recognition and resolution accuracy on LGL (development data in shared/).

Usage:  PYTHONPATH=src python benchmarks/eval_places.py [--limit N] [--pipeline] [LGL_XML]

Reads ``$NEWSEVENTS_SHARED/data/geo/lgl.xml`` (default: ``../shared`` beside the
repository), prints the figures with the run's context and writes them to
``benchmarks/results/places.json``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import SHARED, gold_missing, run_context, write_results

DEFAULT_GOLD = SHARED / "data" / "geo" / "lgl.xml"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--pipeline", action="store_true", help="run the whole pipeline")
    args = ap.parse_args()
    if gold_missing(args.gold, "LGL"):
        return 2

    from newsevents.evaluate.places import evaluate_places, format_report
    from newsevents.pipeline import Pipeline

    report = evaluate_places(
        args.gold, fmt="lgl", limit=args.limit, pipeline=Pipeline() if args.pipeline else None
    )
    cli = ["newsevents", "eval", "places", "--format", "lgl", str(args.gold)]
    cli += ["--limit", str(args.limit)] if args.limit else []
    cli += ["--pipeline"] if args.pipeline else []
    context = run_context("places", cli)
    print(format_report(report))
    write_results("places", {**context, **report.to_dict()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
