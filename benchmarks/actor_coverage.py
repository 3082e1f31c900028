"""How many event-actor slots carry a country code, and what the uncoded ones are.

    PYTHONPATH=src python benchmarks/actor_coverage.py [--limit N] [--offset K]
        [--zip PATH] [--table FILE.tsv] [--cache DIR] [--quiet]

Runs the pipeline (``newsevents.pipeline.Pipeline``, default settings) on N articles of
``../shared/data/corpora/guardian_sample.csv.zip`` (rows in file order, from ``--offset``)
and lists every event-actor slot, actor and recipient sides: article row, sentence, entity
text, code, sectors and how the actor was resolved (the resolver's rule for that mention,
``uncovered`` for a participant no actor covers).  Totals: slots, coded, and the uncoded ones
by kind of mention (pronoun, person name, organisation, role noun...).

The listing holds article text, so it goes to stdout or ``--table`` (a TSV outside the
repository, for hand-checking); benchmarks/results/actor_coverage.json keeps counts only.
``--cache DIR`` keeps the spaCy parses between runs (pickles keyed by the text's hash).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import pickle
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from _common import SHARED, gold_missing, run_context, write_results

DEFAULT_ZIP = SHARED / "data" / "corpora" / "guardian_sample.csv.zip"
_PRONOUN_TAGS = {"PRP", "PRP$", "WP", "WDT"}


def read_articles(path: Path, offset: int, limit: int) -> Iterator[tuple[str, str, str]]:
    """(row id, date, text) of the CSV inside the zip, in file order."""
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        with z.open(name) as raw:
            rows = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"))
            for n, row in enumerate(rows):
                if n < offset:
                    continue
                if n >= offset + limit:
                    return
                yield row.get("") or str(n), row["date"], row["text"]


def mention_kind(doc: Any, start: int, end: int, kb: Any) -> str:
    """What kind of words an event-actor slot is: for the table of misses."""
    toks = doc.tokens_in(start, end)
    if not toks:
        return "empty"
    if any(t.tag in _PRONOUN_TAGS or t.pos == "PRON" for t in toks) and len(toks) <= 2:
        return "pronoun"
    ents = {t.ent_type for t in toks if t.ent_type}
    for label, kind in (
        ("PERSON", "person name"),
        ("ORG", "organisation"),
        ("NORP", "nationality/group"),
        ("GPE", "place name"),
        ("FAC", "facility"),
    ):
        if label in ents:
            return kind
    head = toks[-1]
    if kb.role(head.lemma.lower()) or kb.role(head.lower):
        return "role noun"
    if head.pos == "PROPN":
        return "other proper noun"
    return "other noun"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zip", type=Path, default=DEFAULT_ZIP)
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--table", type=Path, help="write the slot listing here (TSV)")
    ap.add_argument("--cache", type=Path, help="directory for cached parses")
    ap.add_argument("--quiet", action="store_true", help="no slot listing on stdout")
    args = ap.parse_args()
    if gold_missing(args.zip, "Guardian sample"):
        return 2

    from newsevents.pipeline import Pipeline
    from newsevents.records import Article

    context = run_context(
        "actor_coverage",
        ["newsevents", "extract", "(Guardian sample rows)"],
        corpus=str(args.zip.name),
        offset=args.offset,
        limit=args.limit,
    )
    pipeline = Pipeline()
    rows = list(read_articles(args.zip, args.offset, args.limit))
    articles = [
        Article(id=rid, text=text, source="Guardian", published=datetime.fromisoformat(day))
        for rid, day, text in rows
    ]
    docs = _parses(articles, pipeline.settings.model, args.cache)

    table: list[list[str]] = []
    kinds: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    slots = coded = with_sector = 0
    for article, doc in zip(articles, docs, strict=True):
        analysed = pipeline.analyze_parsed(article, doc)
        index = pipeline.resolver.resolve(
            doc, article.source, article.published.date() if article.published else None
        )
        for event in analysed.events:
            for side, parties in (("actor", event.actor), ("recipient", event.recipient)):
                for p in parties:
                    slots += 1
                    sent = doc.sentence_of(p.start)
                    rule_at = getattr(index, "rule_at", None)  # absent before rules were kept
                    found = rule_at(p.start, p.end) if rule_at and p.actor_id else None
                    rule = (found or "?") if p.actor_id else "uncovered"
                    if p.code:
                        coded += 1
                    if p.sector:
                        with_sector += 1
                    kind = mention_kind(doc, p.start, p.end, pipeline.kb)
                    if not p.code:
                        kinds[kind] += 1
                    rules[rule.split(";")[0] if p.code else f"(uncoded) {rule.split(';')[0]}"] += 1
                    sentence = doc.text[sent.start : sent.end] if sent else ""
                    who = index.by_id(p.actor_id) if p.actor_id else None
                    table.append(
                        [
                            article.id,
                            str(sent.index if sent else -1),
                            event.event,
                            side,
                            p.entity_text,
                            p.code or "",
                            ";".join(p.sector),
                            kind,
                            rule,
                            who.name if who else "",
                            " ".join(sentence.split()),
                        ]
                    )
    header = ["article", "sent", "event", "side", "text", "code", "sector", "kind", "how", "actor"]
    if not args.quiet:
        print("\t".join(header))
        for row in table:
            print("\t".join(row[:-1]))
    if args.table:
        with args.table.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t")
            w.writerow([*header, "sentence"])
            w.writerows(table)
    figures = {
        "articles": len(articles),
        "slots": slots,
        "coded": coded,
        "coded_share": round(coded / slots, 3) if slots else None,
        "with_sector": with_sector,
        "uncoded_by_kind": dict(kinds.most_common()),
        "by_rule": dict(rules.most_common()),
    }
    print(
        f"\narticles {len(articles)}  slots {slots}  coded {coded} "
        f"({figures['coded_share']})  with sector {with_sector}"
    )
    print("uncoded by kind:", dict(kinds.most_common()))
    write_results("actor_coverage", {**context, **figures})
    return 0


def _parses(articles: list[Any], model: str | None, cache: Path | None) -> list[Any]:
    from newsevents import nlp

    keys = [hashlib.sha1(f"{model}\0{a.text}".encode()).hexdigest()[:16] for a in articles]
    out: dict[int, Any] = {}
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        for i, k in enumerate(keys):
            f = cache / f"{k}.pkl"
            if f.exists():
                out[i] = pickle.loads(f.read_bytes())
    todo = [i for i in range(len(articles)) if i not in out]
    if todo:
        parsed = nlp.parse((articles[i].text for i in todo), model=model)
        for i, doc in zip(todo, parsed, strict=True):
            out[i] = doc
            if cache:
                (cache / f"{keys[i]}.pkl").write_bytes(pickle.dumps(doc))
    return [out[i] for i in range(len(articles))]


if __name__ == "__main__":
    sys.exit(main())
