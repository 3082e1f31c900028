"""Source/target country agreement of the rules coder on gold sentences with actor codes.

    PYTHONPATH=src python benchmarks/actor_triples.py [GOLD] [--format plover-gsr]
        [--examples N] [--slots] [--no-write]

Runs the pipeline with the rules coder on every gold sentence (default
``../shared/data/events/plover_gsr.json``) and, over the sentences whose gold gives both a
source and a target code, compares the top event's actor and recipient codes with the gold
ones (codes compared as ``newsevents eval events`` does: countries by ISO alpha-3, legacy
CAMEO codes included, IGOs and NGOs by kind): each side ``ok`` (a shared code), ``uncoded``
(no coded participant on that side) or ``wrong``.  ``--slots`` adds a second table that
leaves the event coder out: for every gold source/target span with a code, whether an actor
of the article covering that span carries the gold code (``ok``), another code (``wrong``),
no code (``uncoded``) or whether no actor covers it (``no actor``).

Examples (gold sentences) go to stdout only; benchmarks/results/actor_triples.json keeps
the counts.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _common import SHARED, gold_missing, run_context, write_results

DEFAULT_GOLD = SHARED / "data" / "events" / "plover_gsr.json"


def _side(gold: set[str], ours: set[str]) -> str:
    if gold & ours:
        return "ok"
    return "uncoded" if not ours else "wrong"


def _slot_verdict(res: Any, text: str, gold_code: str, key: Any) -> tuple[str, str]:
    """How the article's actors read one gold span: (verdict, our text and code)."""
    at = res.article.text.find(text) if text else -1
    if at < 0:
        return "no span", ""
    end = at + len(text)
    best: tuple[int, Any, Any] | None = None
    for actor in res.actors:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(at, m.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, actor, m)
    if best is None:
        return "no actor", ""
    actor = best[1]
    shown = f"{res.article.text[best[2].start : best[2].end]!r}={actor.code}"
    if not actor.code:
        return "uncoded", shown
    return ("ok" if key(actor.code) == key(gold_code) else "wrong"), shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--format", default="plover-gsr")
    ap.add_argument("--examples", type=int, default=0, help="examples per cell (stdout)")
    ap.add_argument("--slots", action="store_true", help="also judge every gold span")
    ap.add_argument("--no-write", action="store_true", help="do not write the results file")
    args = ap.parse_args()
    if gold_missing(args.gold, args.format):
        raise SystemExit(2)

    from newsevents.evaluate.events import _CodeKeys, top_event
    from newsevents.evaluate.events_formats import read_gold
    from newsevents.pipeline import Pipeline
    from newsevents.records import Article
    from newsevents.settings import Settings

    context = run_context("actor_triples", ["(no CLI equivalent)"], gold=str(args.gold))
    pipeline = Pipeline(Settings(coder="rules"))
    gold = read_gold(str(args.gold), args.format)
    codes = _CodeKeys(pipeline.kb)
    cells: Counter[str] = Counter()
    slots: Counter[str] = Counter()
    examples: dict[str, list[Any]] = defaultdict(list)
    slot_examples: dict[str, list[Any]] = defaultdict(list)
    articles = (Article(id=g.id, text=g.text) for g in gold)
    for g, res in zip(gold, pipeline.analyze(articles), strict=True):
        if args.slots:
            for role, parts in (("src", g.sources), ("tgt", g.targets)):
                for p in parts:
                    if not p.code:
                        continue
                    verdict, shown = _slot_verdict(res, p.text, p.code, codes.key)
                    slots[verdict] += 1
                    if len(slot_examples[verdict]) < args.examples:
                        slot_examples[verdict].append((role, p.text, p.code, shown))
        src = {codes.key(p.code) for p in g.sources if p.code}
        tgt = {codes.key(p.code) for p in g.targets if p.code}
        if not src or not tgt:
            continue
        cells["sentences"] += 1
        ev = top_event(res.events)
        if ev is None:
            cells["no event"] += 1
            continue
        ours_src = {codes.key(a.code) for a in ev.actor if a.code}
        ours_tgt = {codes.key(r.code) for r in ev.recipient if r.code}
        cell = f"src {_side(src, ours_src)} / tgt {_side(tgt, ours_tgt)}"
        cells[cell] += 1
        if len(examples[cell]) < args.examples:
            examples[cell].append(
                (
                    g.text[:120],
                    [(p.text, p.code) for p in g.sources],
                    [(p.text, p.code) for p in g.targets],
                    [(a.entity_text, a.code) for a in ev.actor],
                    [(r.entity_text, r.code) for r in ev.recipient],
                )
            )
    _print_breakdown("top event, sentences with gold source and target codes:", cells, examples)
    if args.slots:
        _print_breakdown(
            "\ngold spans with a code, read by the article's actors:", slots, slot_examples
        )
    if not args.no_write:
        write_results(
            "actor_triples",
            {"context": context, "top_event": dict(cells), "gold_spans": dict(slots)},
        )


def _print_breakdown(title: str, counts: Counter[str], examples: dict[str, list[Any]]) -> None:
    """Counts per outcome, then the examples kept for each."""
    print(title)
    for k, v in counts.most_common():
        print(f"  {k}: {v}")
    for k, rows in examples.items():
        print(f"== {k}")
        for row in rows:
            print("  ", row)


if __name__ == "__main__":
    main()
