"""Event coding accuracy and speed on the development gold sets.

Runs ``newsevents eval events`` on the three gold files under
``shared/data/events`` (plover_gsr.json, plv_train.tsv, cameo_class_train.tsv),
prints the figures with the command, date, versions and machine, and writes
them to ``benchmarks/results/events.json``.

    PYTHONPATH=src python benchmarks/eval_events.py [--shared DIR] [--limit N]
        [--coder rules|hybrid] [--oof build/event_oof.jsonl]

The shared folder defaults to ``$NEWSEVENTS_SHARED`` or ``../shared`` beside the
repository.  ``--coder hybrid`` scores the hybrid coder; since its classifier was
trained on plv and plover-gsr, it then reads the classifier's OUT-OF-FOLD scores
(``scripts/train_event_classifier.py --cv 5`` writes them to ``--oof``) instead of
the packaged model, so no figure comes from a sentence the model trained on, and it
refuses to report when a gold sentence has no out-of-fold score.  Results go to
``benchmarks/results/events.json`` (rules) or ``events-hybrid.json``.
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
    parser.add_argument("--out", default=None, help="JSON results file (events[-CODER].json)")
    parser.add_argument("--coder", default="rules", help="event coder (%(default)s)")
    parser.add_argument(
        "--oof",
        default=str(REPO / "build" / "event_oof.jsonl"),
        help="out-of-fold classifier scores for --coder hybrid (%(default)s)",
    )
    args = parser.parse_args()
    if args.out is None:
        args.out = str(
            RESULTS if args.coder == "rules" else RESULTS.with_stem(f"events-{args.coder}")
        )

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
    from newsevents.settings import Settings

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
    meta["coder"] = args.coder
    pipeline = Pipeline(Settings(coder=args.coder))
    table = None
    if args.coder == "hybrid":
        from newsevents.coding.classifier import TableScorer
        from newsevents.coding.hybrid import HybridCoder

        if not Path(args.oof).is_file():
            print(
                f"no out-of-fold scores at {args.oof}: run "
                "scripts/train_event_classifier.py --cv 5 first",
                file=sys.stderr,
            )
            return 2
        table = TableScorer.from_jsonl(args.oof)
        pipeline.coder = HybridCoder(pipeline.settings, scorer=table)
        meta["scores"] = "out-of-fold (scripts/train_event_classifier.py --cv 5)"
    print(" | ".join(f"{k}: {v}" for k, v in meta.items()))
    runs = []
    for fmt, rel in GOLD:
        report = evaluate_events(shared / rel, fmt=fmt, limit=args.limit, pipeline=pipeline)
        if table is not None:
            gaps = [t for t in table.missing if t != "Warm-up."]  # evaluate_events' warm-up
            table.missing.clear()
            if gaps:
                print(
                    f"{len(gaps)} sentences of {rel} have no out-of-fold score "
                    f"(first: {gaps[0][:80]!r}); rerun the --cv training",
                    file=sys.stderr,
                )
                return 2
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
