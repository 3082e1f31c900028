"""Time each pipeline stage against spaCy's parse of the same texts, in one run.

    PYTHONPATH=src python benchmarks/stage_times.py [--limit N] [--dir DIR] [--coder NAME]

Reads N articles of ../shared/data/corpora/bbc (all categories, sorted paths),
parses them once with spaCy (same model and batch size as the pipeline), then
runs every analysis stage on the parses and reports the seconds each took and
its share of the parse time.  The issue's budget for the default event coder is
25% of the parse time.  Results go to benchmarks/results/stage_times.json (the
default coder) or, with ``--coder NAME``, to events-NAME-stage_times.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import SHARED, write_results

DEFAULT_DIR = SHARED / "data" / "corpora" / "bbc"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--coder", default=None, help="event coder (default: the settings')")
    args = ap.parse_args()
    if not args.dir.is_dir():
        print(f"benchmark data not found: {args.dir} (the shared/ development data)")
        return 2

    import spacy

    from newsevents import nlp
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Pipeline

    paths = sorted(p for p in args.dir.rglob("*.txt") if p.name != "README.TXT")[: args.limit]
    articles = [a for a in iter_articles([str(p) for p in paths]) if not hasattr(a, "reason")]
    from newsevents.settings import Settings

    pipeline = Pipeline(Settings(coder=args.coder) if args.coder else None)
    model = nlp.load(pipeline.settings.model)
    texts = [a.text for a in articles]

    t0 = time.perf_counter()
    docs = [nlp.to_parsed(d) for d in model.pipe(texts, batch_size=pipeline.settings.batch_size)]
    parse_s = time.perf_counter() - t0

    from newsevents.pipeline import Analysis

    stage_s = {s.name: 0.0 for s in pipeline.stages}
    events = 0
    pipeline.analyze_parsed(articles[0], docs[0])  # load lazy models
    for article, doc in zip(articles, docs, strict=True):
        a = Analysis(article, doc)
        for stage in pipeline.stages:
            t = time.perf_counter()
            a.values[stage.provides] = stage.run(a)
            stage_s[stage.name] += time.perf_counter() - t
        events += len(a.values["events"])

    words = sum(len(t.split()) for t in texts)
    result = {
        "command": "PYTHONPATH=src python " + " ".join(sys.argv),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"node": platform.node(), "cpus": os.cpu_count(), "python": sys.version},
        "spacy": spacy.__version__,
        "model": model.meta.get("name"),
        "articles": len(articles),
        "words": words,
        "coder": pipeline.settings.coder,
        "events": events,
        "parse_seconds": round(parse_s, 3),
        "stage_seconds": {k: round(v, 3) for k, v in stage_s.items()},
        "stage_share_of_parse": {k: round(v / parse_s, 3) for k, v in stage_s.items()},
    }
    print(json.dumps(result, indent=2))
    write_results(f"events-{args.coder}-stage_times" if args.coder else "stage_times", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
