"""The trained sentence classifier: PLOVER event type of a sentence, from its words.

Two small spaCy ``textcat`` bag-of-n-gram models are packaged under
``newsevents/data/models/event_classifier/`` (see the README there for data,
licences and figures; ``scripts/train_event_classifier.py`` retrains them):

* ``type/`` scores the event types, with CONCEDE and RETREAT together as ``YIELD``
  (the older PLOVER type: much of the training data cannot tell them apart), and
* ``yield/`` splits ``YIELD`` into CONCEDE and RETREAT.

Their product is a distribution over the PLOVER event types.  The models read
lemmas of the parse (not raw text), with named entities replaced by their type,
so that they learn what happens rather than who does it, plus head-argument pairs
and the main clause's verb with its arguments; building their input
from the pipeline's :class:`ParsedDoc` costs no second tokenisation.  Nothing is
downloaded: the models load once per process from the package.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from newsevents.errors import ConfigError
from newsevents.parsed import ParsedDoc, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MODEL_DIR",
    "ClassScores",
    "EventClassifier",
    "SentenceScorer",
    "TableScorer",
    "doc_features",
    "sentence_features",
    "text_key",
]

MODEL_DIR = ("data", "models", "event_classifier")
YIELD = "YIELD"
YIELD_SPLIT = ("CONCEDE", "RETREAT")
#: entity types replaced by a placeholder: who acts is the actor coder's business
_MASKED_ENTS = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY"}
_SKIP_POS = {"PUNCT", "SPACE", "DET"}
_PAIR_DEPS = {"dobj", "nsubjpass", "prep", "prt", "xcomp", "pobj", "compound", "neg"}
#: arguments of the main verb that say what it does ("mv>dobj:ban", "mv>xcomp:withdraw")
_MAIN_DEPS = ("dobj", "xcomp", "prt", "nsubjpass")
#: reporting verbs whose clause holds the event ("X said Y attacked Z"): a frozen copy of the
#: lexicon's speech verbs when the model was trained, so that the model's input does not
#: change with the trigger lexicon
_REPORTING = frozenset(
    {"acknowledge", "add", "admit", "affirm", "announce", "answer", "argue", "assert", "brief",
     "claim", "comment", "complain", "confirm", "declare", "describe", "disclose", "emphasise",
     "emphasize", "explain", "indicate", "inform", "insist", "mention", "note", "observe",
     "predict", "quote", "reiterate", "remark", "reply", "report", "respond", "reveal", "say",
     "speak", "state", "stress", "suggest", "tell", "tweet", "underline", "underscore", "warn",
     "write"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ClassScores:
    """A probability for each PLOVER event type (they sum to 1)."""

    probs: tuple[tuple[str, float], ...]  # sorted, most probable first

    @classmethod
    def of(cls, probs: Mapping[str, float]) -> ClassScores:
        total = sum(probs.values()) or 1.0
        items = sorted(((k, v / total) for k, v in probs.items()), key=lambda kv: (-kv[1], kv[0]))
        return cls(tuple(items))

    @property
    def best(self) -> str:
        return self.probs[0][0]

    @property
    def best_score(self) -> float:
        return self.probs[0][1]

    def prob(self, label: str) -> float:
        return next((p for k, p in self.probs if k == label), 0.0)

    def as_dict(self) -> dict[str, float]:
        return dict(self.probs)


class SentenceScorer(Protocol):
    """Scores every sentence of a parsed text."""

    def score_doc(self, doc: ParsedDoc) -> list[ClassScores]: ...


def sentence_features(doc: ParsedDoc, sent: Sentence) -> list[str]:
    """The classifier's input words for one sentence (see the module docstring)."""
    return _features(doc.sentence_tokens(sent))


def doc_features(doc: ParsedDoc) -> list[str]:
    """The input words of a whole text, as one unit (used for training examples)."""
    return _features(doc.tokens)


def _features(tokens: Sequence[Token]) -> list[str]:
    out: list[str] = []
    last_ent = ""
    for t in tokens:
        if t.ent_type in _MASKED_ENTS:
            if t.ent_type != last_ent:  # one placeholder per entity, not per word
                out.append(f"_{t.ent_type.lower()}_")
            last_ent = t.ent_type
            continue
        last_ent = ""
        if t.pos in _SKIP_POS:
            continue
        word = t.lemma.lower() if t.lemma and t.lemma != "-PRON-" else t.text.lower()
        if t.dep == "neg":
            word = "not"
        out.append(word)
    return [*out, *_syntax(tokens)] or ["_empty_"]


def _syntax(tokens: Sequence[Token]) -> list[str]:
    """Head-argument pairs from the parse ("lift>dobj:ban"), which a bag of
    neighbouring words misses when the object stands far from its verb, then the
    main clause (see :func:`_main_clause`)."""
    kids: dict[int, list[Token]] = defaultdict(list)
    for t in tokens:
        if t.head != t.i:
            kids[t.head].append(t)
    out: list[str] = []
    for t in tokens:
        if t.pos not in ("VERB", "NOUN"):
            continue
        lemma = t.lemma.lower()
        if t.dep == "ROOT":
            out.append(f"root:{lemma}")
        for k in kids.get(t.i, ()):
            if k.dep in _PAIR_DEPS:
                out.append(f"{lemma}>{k.dep}:{_arg(k)}")
    return out + _main_clause(tokens, kids)


def _main_clause(tokens: Sequence[Token], kids: Mapping[int, list[Token]]) -> list[str]:
    """The verb that carries the sentence's event and its arguments ("mv:lift",
    "mv>dobj:ban", "mv:not"): the root, or the clause a reporting verb governs
    ("speech:say" then "mv:attack"), as the hybrid coder anchors an added event.  A
    sentence's many pairs otherwise weigh its main act no more than a side remark."""
    out: list[str] = []
    for root in (t for t in tokens if t.dep == "ROOT"):
        verb = root
        if root.pos == "VERB" and root.lemma.lower() in _REPORTING:
            clause = [
                k
                for k in kids.get(root.i, ())
                if k.dep in ("ccomp", "xcomp", "conj") and k.pos in ("VERB", "AUX")
            ]
            if clause:
                verb = clause[0]
                out.append(f"speech:{root.lemma.lower()}")
        out.append(f"mv:{verb.lemma.lower()}")
        for k in kids.get(verb.i, ()):
            if k.dep == "neg":
                out.append("mv:not")
            if k.dep in _MAIN_DEPS:
                out.append(f"mv>{k.dep}:{_arg(k)}")
            if k.dep == "xcomp":  # "agreed to lift the ban": the act agreed to
                out.extend(f"mv>xcomp>dobj:{_arg(g)}" for g in kids.get(k.i, ()) if g.dep == "dobj")
    return out


def _arg(t: Token) -> str:
    return "_ent_" if t.ent_type in _MASKED_ENTS else t.lemma.lower()


class EventClassifier:
    """The packaged models, loaded once (``EventClassifier.default()``)."""

    def __init__(self, type_model: Language, yield_model: Language | None) -> None:
        self.type_model = type_model
        self.yield_model = yield_model
        self.labels = tuple(type_model.get_pipe("textcat").labels)  # type: ignore[attr-defined]

    @classmethod
    @functools.cache
    def default(cls) -> EventClassifier:
        return cls.load(Path(str(resources.files("newsevents").joinpath(*MODEL_DIR))))

    @classmethod
    def load(cls, path: str | Path) -> EventClassifier:
        """Load the models saved under ``path`` (``type/`` and optional ``yield/``)."""
        import spacy

        path = Path(path)
        if not (path / "type").is_dir():
            raise ConfigError(f"no event classifier under {path} (run the training script)")
        yield_dir = path / "yield"
        return cls(spacy.load(path / "type"), spacy.load(yield_dir) if yield_dir.is_dir() else None)

    def score_words(self, batch: Sequence[Sequence[str]]) -> list[ClassScores]:
        """Scores for input word lists (from :func:`sentence_features`), in one batch."""
        from spacy.tokens import Doc

        if not batch:
            return []
        docs = [Doc(self.type_model.vocab, words=list(words)) for words in batch]
        typed = list(self.type_model.pipe(docs, batch_size=256))
        split: list[dict[str, float]] = [{} for _ in batch]
        if self.yield_model is not None:
            ydocs = [Doc(self.yield_model.vocab, words=list(words)) for words in batch]
            split = [d.cats for d in self.yield_model.pipe(ydocs, batch_size=256)]
        return [_combine(d.cats, s) for d, s in zip(typed, split, strict=True)]

    def score_doc(self, doc: ParsedDoc) -> list[ClassScores]:
        return self.score_words([sentence_features(doc, s) for s in doc.sentences])


def _combine(cats: Mapping[str, float], split: Mapping[str, float]) -> ClassScores:
    """Spread the YIELD probability over CONCEDE and RETREAT."""
    out = {k: float(v) for k, v in cats.items() if k != YIELD}
    y = float(cats.get(YIELD, 0.0))
    if y:
        shares = {k: float(split.get(k, 0.0)) for k in YIELD_SPLIT}
        total = sum(shares.values())
        for k in YIELD_SPLIT:
            out[k] = out.get(k, 0.0) + y * (shares[k] / total if total else 0.5)
    return ClassScores.of(out)


class TableScorer:
    """Stored scores looked up by the whole text: out-of-fold predictions for evaluation.

    Keys are :func:`text_key` digests, so a prediction file holds no text.  Every
    sentence of a text gets the text's stored scores.  A text not in the table gets
    none (the coder then keeps the rules' events) and is counted in ``missing``, so
    that an evaluation can refuse to report a figure with gaps.
    """

    def __init__(self, table: Mapping[str, ClassScores]) -> None:
        self.table = dict(table)
        self.missing: list[str] = []

    @classmethod
    def from_jsonl(cls, path: str | Path) -> TableScorer:
        """Read ``{"key": ..., "scores": {label: p}}`` lines (the training script's ``--cv``)."""
        table: dict[str, ClassScores] = {}
        with Path(path).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    table[str(rec["key"])] = ClassScores.of(rec["scores"])
                except (ValueError, KeyError, TypeError, AttributeError) as e:
                    raise ConfigError(f"{path}:{n}: not a prediction record ({e})") from e
        return cls(table)

    def score_doc(self, doc: ParsedDoc) -> list[ClassScores]:
        scores = self.table.get(text_key(doc.text))
        if scores is None:
            self.missing.append(doc.text)
            return []
        return [scores for _ in doc.sentences]


def text_key(text: str) -> str:
    """A digest of a text with its white space normalised."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
