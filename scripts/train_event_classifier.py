"""Train the packaged event-type sentence classifier (``newsevents.coding.classifier``).

Not used at run time: this is how ``src/newsevents/data/models/event_classifier/`` is
made, kept so that it can be remade (same seed, same data: same predictions).

Data (the development data under ``shared/data/events``; it never enters the repository):

- ``plv_train.tsv``: 1,050 news sentences with a gold PLOVER root (research data);
- ``plover_gsr.json``: the PLOVER gold-standard examples (CC BY-SA 4.0);
- ``synthetic_events.csv.zip``: 4,500 synthetic stories with a PLOVER label (MIT);
  the first sentence of each story is used, at most ``--synthetic-cap`` per label.

``cameo_class_train.tsv`` (GPL-3) is not trained on; it is only scored (``--cv``).

Two spaCy ``textcat`` bag-of-n-grams models are trained over the parse's lemmas with
entities masked, head-argument pairs and the main clause's verb with its arguments (see
``classifier.sentence_features``): ``type`` (event types, with CONCEDE and RETREAT as
YIELD, since plv only marks YIELD) and ``yield`` (CONCEDE vs RETREAT, from the PLOVER
and synthetic examples of those).  ``--synthetic-cap`` is 50: more synthetic stories
pull the model away from news sentences (plv out-of-fold macro-F1 0.752 at 50, 0.715
at 150, 0.693 at 300).  ``--arch ensemble`` adds a CNN trained from scratch to the bag
of n-grams (spaCy's TextCatEnsemble): out of fold it was worse (plv 0.646 against 0.715
for the bag alone, both with 150 synthetic stories a label) and seven times slower to
train, so it is not the default.

Usage::

    PYTHONPATH=src python scripts/train_event_classifier.py [DATA_DIR] [--seed 0]
    PYTHONPATH=src python scripts/train_event_classifier.py [DATA_DIR] --cv 5 \
        [--oof build/event_oof.jsonl]

Without ``--cv`` it trains on everything and writes the model.  With ``--cv K`` it
splits plv and plover-gsr into K stratified folds, trains on K-1 folds (plus all
the synthetic data) and predicts the held-out fold; cameo-class sentences that are
also plv sentences get the prediction of the fold that held them out, the others
that of a model trained on all folds (it never saw them).  The out-of-fold scores
go to ``--oof`` (JSON lines: dataset, key = digest of the text, gold, scores;
no text, and outside the repository's tracked files: ``build/``) for the evaluation, and
the classifier's own out-of-fold macro-F1 is printed.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import shutil
import sys
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL_OUT = REPO / "src" / "newsevents" / "data" / "models" / "event_classifier"
DEFAULT_DATA = Path("/work/shared/data/events")
YIELD_SPLIT = ("CONCEDE", "RETREAT")
#: sentence end for the synthetic stories: a full stop, then a capital or a quote
_SENT_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z])")


@dataclass(frozen=True)
class Example:
    dataset: str  # plv | plover-gsr | synthetic | cameo-class
    text: str
    label: str  # PLOVER type (YIELD for plv's legacy label); quad "0"-"4" for cameo-class
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Params:
    seed: int = 0
    epochs: int = 12
    dropout: float = 0.2
    batch: int = 16
    ngrams: int = 2
    hash_bits: int = 16
    synthetic_cap: int = 50
    arch: str = "bow"  # bow | ensemble (bag of n-grams + a CNN over the words)
    width: int = 64  # of the ensemble's CNN


# -- data ------------------------------------------------------------------------------------


def load_data(data_dir: Path, cap: int, seed: int) -> dict[str, list[Example]]:
    from newsevents.evaluate.events_formats import read_gold

    out: dict[str, list[Example]] = {}
    for name, fmt, file in (
        ("plv", "plv", "plv_train.tsv"),
        ("plover-gsr", "plover-gsr", "plover_gsr.json"),
        ("cameo-class", "cameo-class", "cameo_class_train.tsv"),
    ):
        path = data_dir / file
        if not path.is_file():
            raise SystemExit(f"missing {path}: give the shared/data/events folder")
        out[name] = [Example(name, g.text, g.label) for g in read_gold(path, fmt)]
    out["synthetic"] = _synthetic(data_dir / "synthetic_events.csv.zip", cap, seed)
    return out


def _synthetic(path: Path, cap: int, seed: int) -> list[Example]:
    if not path.is_file():
        raise SystemExit(f"missing {path}: give the shared/data/events folder")
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8")))
    by_label: dict[str, list[Example]] = defaultdict(list)
    for row in rows:
        text = " ".join((row.get("text") or "").split())
        label = (row.get("label") or "").strip().upper()
        if not text or not label:
            continue
        first = _SENT_END.split(text, maxsplit=1)[0][:600]
        by_label[label].append(Example("synthetic", first, label))
    rng = random.Random(seed)
    out: list[Example] = []
    for label in sorted(by_label):
        items = by_label[label]
        rng.shuffle(items)
        out.extend(items[:cap])
    return out


def featurise(examples: Sequence[Example]) -> list[Example]:
    """Parse every text once (the pipeline's spaCy model) and attach its input words."""
    from newsevents import nlp
    from newsevents.coding.classifier import doc_features

    texts = [e.text for e in examples]
    words = [tuple(doc_features(d)) for d in nlp.parse(texts, batch_size=64)]
    return [Example(e.dataset, e.text, e.label, w) for e, w in zip(examples, words, strict=True)]


# -- training --------------------------------------------------------------------------------


def type_label(label: str) -> str:
    return "YIELD" if label in YIELD_SPLIT else label


def train_textcat(
    items: Sequence[tuple[Sequence[str], str]], labels: Sequence[str], p: Params
) -> object:
    """A blank English pipeline with one exclusive ``textcat``, trained on ``items``."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(p.seed)
    nlp = spacy.blank("en")
    bow = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": p.ngrams,
        "no_output_layer": False,
        "length": 2**p.hash_bits,
    }
    model: dict[str, object] = bow
    if p.arch == "ensemble":
        model = {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "nO": None,
            "linear_model": bow,
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.MultiHashEmbed.v2",
                    "width": p.width,
                    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                    "rows": [5000, 1000, 2500, 500],
                    "include_static_vectors": False,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": p.width,
                    "window_size": 1,
                    "maxout_pieces": 3,
                    "depth": 2,
                },
            },
        }
    nlp.add_pipe("textcat", config={"model": model})
    textcat = nlp.get_pipe("textcat")
    for lab in labels:
        textcat.add_label(lab)  # type: ignore[attr-defined]
    examples = []
    for words, label in items:
        doc = Doc(nlp.vocab, words=list(words))
        cats = {lab: float(lab == label) for lab in labels}
        examples.append(SpacyExample.from_dict(doc, {"cats": cats}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(p.seed)
    order = list(examples)
    for _ in range(p.epochs):
        rng.shuffle(order)
        for batch in minibatch(order, size=p.batch):
            nlp.update(batch, sgd=optimizer, drop=p.dropout)
    return nlp


def train(examples: Sequence[Example], p: Params) -> tuple[object, object]:
    """The type model and the CONCEDE/RETREAT model."""
    typed = [(e.words, type_label(e.label)) for e in examples]
    labels = sorted({lab for _, lab in typed})
    split = [(e.words, e.label) for e in examples if e.label in YIELD_SPLIT]
    return train_textcat(typed, labels, p), train_textcat(split, list(YIELD_SPLIT), p)


def predict(models: tuple[object, object], examples: Sequence[Example]) -> list[dict[str, float]]:
    from newsevents.coding.classifier import EventClassifier

    clf = EventClassifier(models[0], models[1])  # type: ignore[arg-type]
    return [s.as_dict() for s in clf.score_words([e.words for e in examples])]


# -- cross-validation ------------------------------------------------------------------------


def folds(examples: Sequence[Example], k: int, seed: int) -> list[int]:
    """A stratified fold number for each example (deterministic for a seed)."""
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        by_label[e.label].append(i)
    out = [0] * len(examples)
    offset = 0
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[i] = (offset + j) % k
        offset += len(idx)
    return out


def cross_validate(data: dict[str, list[Example]], k: int, p: Params) -> list[dict[str, object]]:
    from newsevents.coding.classifier import text_key

    plv, gsr, cameo, synth = (data[n] for n in ("plv", "plover-gsr", "cameo-class", "synthetic"))
    plv_fold = folds(plv, k, p.seed)
    gsr_fold = folds(gsr, k, p.seed)
    fold_of_text = {_key(e.text): f for e, f in zip(plv, plv_fold, strict=True)}
    cameo_fold = [fold_of_text.get(_key(e.text), -1) for e in cameo]
    records: list[dict[str, object]] = []
    for f in range(-1, k):  # -1: the model trained on all folds, for unseen cameo sentences
        train_set = [e for e, g in zip(plv, plv_fold, strict=True) if g != f]
        train_set += [e for e, g in zip(gsr, gsr_fold, strict=True) if g != f]
        t0 = time.perf_counter()
        models = train(train_set + synth, p)
        held = [e for e, g in zip(plv, plv_fold, strict=True) if g == f]
        held += [e for e, g in zip(gsr, gsr_fold, strict=True) if g == f]
        held += [e for e, g in zip(cameo, cameo_fold, strict=True) if g == f]
        for e, scores in zip(held, predict(models, held), strict=True):
            records.append(
                {"dataset": e.dataset, "key": text_key(e.text), "gold": e.label, "scores": scores}
            )
        print(
            f"fold {f}: trained on {len(train_set) + len(synth)}, predicted {len(held)} "
            f"({time.perf_counter() - t0:.1f} s)",
            file=sys.stderr,
        )
    return records


def oof_report(records: Iterable[dict[str, object]]) -> dict[str, float]:
    """The classifier's own out-of-fold macro-F1 (argmax type) on plv and plover-gsr."""
    by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in records:
        if r["dataset"] == "cameo-class":
            continue
        scores = r["scores"]
        assert isinstance(scores, dict)
        best = max(scores, key=lambda k: scores[k])
        gold = str(r["gold"])
        if gold == "YIELD" and best in YIELD_SPLIT:
            best = "YIELD"
        by[str(r["dataset"])].append((gold, best))
    return {name: macro_f1(pairs) for name, pairs in sorted(by.items())}


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float:
    gold = Counter(g for g, _ in pairs)
    pred = Counter(p for _, p in pairs)
    ok = Counter(g for g, p in pairs if g == p)
    f1s = []
    for lab in gold:
        prec = ok[lab] / pred[lab] if pred[lab] else 0.0
        rec = ok[lab] / gold[lab]
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def _key(text: str) -> str:
    return " ".join(text.split())


# -- main ------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=Params.seed)
    ap.add_argument("--epochs", type=int, default=Params.epochs)
    ap.add_argument("--synthetic-cap", type=int, default=Params.synthetic_cap)
    ap.add_argument("--hash-bits", type=int, default=Params.hash_bits)
    ap.add_argument("--arch", choices=("bow", "ensemble"), default=Params.arch)
    ap.add_argument("--cv", type=int, default=0, help="K-fold cross-validation instead")
    ap.add_argument("--oof", type=Path, default=REPO / "build" / "event_oof.jsonl")
    ap.add_argument("--out", type=Path, default=MODEL_OUT)
    args = ap.parse_args()
    p = Params(
        seed=args.seed,
        epochs=args.epochs,
        synthetic_cap=args.synthetic_cap,
        hash_bits=args.hash_bits,
        arch=args.arch,
    )
    t0 = time.perf_counter()
    raw = load_data(args.data, p.synthetic_cap, p.seed)
    flat = featurise([e for name in sorted(raw) for e in raw[name]])
    data: dict[str, list[Example]] = defaultdict(list)
    for e in flat:
        data[e.dataset].append(e)
    print(f"parsed {len(flat)} texts in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    if args.cv:
        records = cross_validate(data, args.cv, p)
        args.oof.parent.mkdir(parents=True, exist_ok=True)
        with args.oof.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        for name, f1 in oof_report(records).items():
            print(f"classifier alone, out-of-fold macro-F1 {name}: {f1:.3f}")
        print(f"wrote {args.oof}")
        return 0
    models = train(data["plv"] + data["plover-gsr"] + data["synthetic"], p)
    if args.out.exists():
        for sub in ("type", "yield"):
            shutil.rmtree(args.out / sub, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    for sub, model in zip(("type", "yield"), models, strict=True):
        model.to_disk(args.out / sub)  # type: ignore[attr-defined]
    print(f"wrote {args.out} ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
