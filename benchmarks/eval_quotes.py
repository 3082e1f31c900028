"""Quotes and their speakers on PolNeAR attributions (development data in shared/).

Usage:  PYTHONPATH=src python benchmarks/eval_quotes.py [--limit N] [POLNEAR_DIR]

Reads ``$NEWSEVENTS_SHARED/data/quotes/polnear/`` (default: ``../shared`` beside the
repository), runs the whole pipeline over its articles, prints the figures with the run's
context and writes them to ``benchmarks/results/quotes.json`` (figures and error counts
only: no article text).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import SHARED, gold_missing, run_context, write_results

DEFAULT_GOLD = SHARED / "data" / "quotes" / "polnear"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = ap.parse_args()
    if gold_missing(args.gold, "PolNeAR"):
        return 2

    from newsevents.evaluate.quotes import evaluate_quotes, format_report

    report = evaluate_quotes(args.gold, fmt="polnear", limit=args.limit)
    cli = ["newsevents", "eval", "quotes", "--format", "polnear", str(args.gold)]
    cli += ["--limit", str(args.limit)] if args.limit else []
    context = run_context("quotes", cli, gold_path=str(args.gold))
    print(format_report(report))
    write_results("quotes", {**context, **report.to_dict(examples=False)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
