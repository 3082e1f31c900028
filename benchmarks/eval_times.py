"""Time expression spans and values on TimeBank + AQUAINT TimeML (development data in shared/).

Usage:  PYTHONPATH=src python benchmarks/eval_times.py [--limit N] [--pipeline] [TIMEML_DIR]

Reads ``$NEWSEVENTS_SHARED/data/dates/TBAQ-cleaned/`` (default: ``../shared`` beside the
repository), prints the figures with the run's context and writes them to
``benchmarks/results/times.json``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import SHARED, gold_missing, run_context, write_results

DEFAULT_GOLD = SHARED / "data" / "dates" / "TBAQ-cleaned"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--pipeline", action="store_true", help="run the whole pipeline")
    args = ap.parse_args()
    if gold_missing(args.gold, "TimeML"):
        return 2

    from newsevents.evaluate.times import evaluate_times, format_report
    from newsevents.pipeline import Pipeline

    report = evaluate_times(
        args.gold, fmt="timeml", limit=args.limit, pipeline=Pipeline() if args.pipeline else None
    )
    cli = ["newsevents", "eval", "times", "--format", "timeml", str(args.gold)]
    cli += ["--limit", str(args.limit)] if args.limit else []
    cli += ["--pipeline"] if args.pipeline else []
    context = run_context("times", cli)
    print(format_report(report))
    write_results("times", {**context, **report.to_dict()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
