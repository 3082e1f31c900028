"""How often ``newsevents actors lookup`` gives the expected country and primary sector.

    PYTHONPATH=src python benchmarks/actor_lookup.py [--file EXPECTATIONS.jsonl]
        [--category NAME] [--failures FILE.md] [--quiet]

Each line of ``benchmarks/data/actor_expectations.jsonl`` (hand-written phrases and
sentences, coded as an event-data coder would under PLOVER) holds a query (``text``,
optional ``date`` and ``context``, as ``newsevents actors lookup --file`` reads them), the
expected PLOVER ``code`` (null: no country; ``codes``: every acceptable code where the text
is honestly ambiguous), ``sector`` (the acceptable primary sectors, "" for none) and a
``category`` (country names, demonym + role noun, capitals, disputed entities, IGOs/NGOs,
armed groups, parties, agencies, people on a date, titles, roles of an owner, coreference).

Figures: accuracy of the country, of the primary sector (the first of the result's
sectors) and of both, overall and per category; the failures are listed on stdout (and in
Markdown with ``--failures``).  benchmarks/results/actor_lookup.json keeps the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from _common import REPO, run_context, write_results

DEFAULT_FILE = REPO / "benchmarks" / "data" / "actor_expectations.jsonl"


def read_expectations(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def judge(row: dict[str, Any], code: str | None, sector: tuple[str, ...]) -> tuple[bool, bool]:
    """(country right, primary sector right)."""
    codes = row.get("codes") or [row.get("code")]
    primary = sector[0] if sector else ""
    return code in codes, primary in row["sector"]


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def _share(k: int, n: int) -> float | None:
    return round(k / n, 3) if n else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE)
    ap.add_argument("--category", help="only this category")
    ap.add_argument("--failures", type=Path, help="write the failures here (Markdown)")
    ap.add_argument("--quiet", action="store_true", help="no failure listing on stdout")
    args = ap.parse_args()
    rows = read_expectations(args.file)
    if args.category:
        rows = [r for r in rows if r["category"] == args.category]

    from newsevents.resolve.lookup import Lookup, LookupQuery

    shown = _shown(args.file)
    context = run_context(
        "actor_lookup",
        ["newsevents", "actors", "lookup", "--file", shown],
        expectations=shown,
        category=args.category,
    )
    started = time.perf_counter()
    engine = Lookup()
    queries = [
        LookupQuery(
            r["text"], date.fromisoformat(r["date"]) if r.get("date") else None, r.get("context")
        )
        for r in rows
    ]
    results = list(engine.many(queries))
    seconds = time.perf_counter() - started

    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, country, sector, both
    failures: dict[str, list[str]] = defaultdict(list)
    for row, res in zip(rows, results, strict=True):
        country_ok, sector_ok = judge(row, res.code, res.sector)
        for key in ("all", row["category"]):
            t = tally[key]
            t[0] += 1
            t[1] += country_ok
            t[2] += sector_ok
            t[3] += country_ok and sector_ok
        if not (country_ok and sector_ok):
            want = "/".join(c or "-" for c in (row.get("codes") or [row.get("code")]))
            want_sector = "/".join(s or "-" for s in row["sector"])
            got_sector = ",".join(res.sector) or "-"
            where = f" ({row['date']})" if row.get("date") else ""
            ctx = f" in «{row['context']}»" if row.get("context") else ""
            failures[row["category"]].append(
                f"`{row['text']}`{where}{ctx}: want {want} {want_sector}, "
                f"got {res.code or '-'} {got_sector} [{res.matched_by}]"
            )

    categories = sorted(k for k in tally if k != "all")
    figures: dict[str, Any] = {"expectations": len(rows), "seconds": round(seconds, 1)}
    by_category = {}
    print(f"{'category':<12} {'n':>4} {'country':>8} {'sector':>8} {'both':>8}")
    for key in ["all", *categories]:
        n, c, s, b = tally[key]
        line = {"n": n, "country": _share(c, n), "sector": _share(s, n), "both": _share(b, n)}
        if key == "all":
            figures.update(line)
        else:
            by_category[key] = line
        print(f"{key:<12} {n:>4} {line['country']:>8} {line['sector']:>8} {line['both']:>8}")
    figures["by_category"] = by_category
    figures["failures"] = sum(len(v) for v in failures.values())

    listing = []
    for cat in categories:
        if failures[cat]:
            listing.append(f"\n## {cat} ({len(failures[cat])} of {tally[cat][0]})\n")
            listing.extend(f"- {f}" for f in failures[cat])
    if not args.quiet:
        print("\n".join(listing))
    if args.failures:
        head = f"# actor lookup failures ({figures['failures']} of {len(rows)})\n"
        args.failures.write_text(head + "\n".join(listing) + "\n", encoding="utf-8")
    # another expectations file or one category: its own results file
    name = "actor_lookup"
    if args.file.resolve() != DEFAULT_FILE:
        name += f"-{args.file.stem}"
    if args.category:
        name += f"-{args.category}"
    write_results(name, {**context, **figures})
    return 0


if __name__ == "__main__":
    sys.exit(main())
