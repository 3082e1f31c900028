"""Quotes and their speakers on PolNeAR attributions (development data in shared/).

Usage:  PYTHONPATH=src python benchmarks/eval_quotes.py [--limit N] [POLNEAR_DIR]

Reads ``$NEWSEVENTS_SHARED/data/quotes/polnear/`` (default: ``../shared`` beside the
repository), runs the whole pipeline over its articles, prints the figures with the run's
context and writes them to ``benchmarks/results/quotes.json`` (figures and error counts
only: no article text).
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
DEFAULT_GOLD = SHARED / "data" / "quotes" / "polnear"
RESULTS = REPO / "benchmarks" / "results" / "quotes.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    args = ap.parse_args()
    if not args.gold.is_dir():
        print(
            f"PolNeAR gold not found at {args.gold}: give its path, or set NEWSEVENTS_SHARED "
            "to the shared/ folder",
            file=sys.stderr,
        )
        return 2

    import spacy

    from newsevents.evaluate.quotes import evaluate_quotes, format_report

    report = evaluate_quotes(args.gold, fmt="polnear", limit=args.limit)
    cli = ["newsevents", "eval", "quotes", "--format", "polnear", str(args.gold)]
    cli += ["--limit", str(args.limit)] if args.limit else []
    context = {
        "benchmark": "quotes",
        "command": shlex.join([sys.executable, *sys.argv]),
        "equivalent_cli": shlex.join(cli),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "machine": platform.node(),
        "cpus": os.cpu_count(),
        "gold_path": str(args.gold),
    }
    for k, v in context.items():
        print(f"{k}: {v}")
    print()
    print(format_report(report))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    data = {**context, **report.to_dict(examples=False)}
    RESULTS.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
