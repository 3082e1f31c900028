"""Time expression recognition and normalisation against TimeML (``newsevents eval times``).

TimeML files (TimeBank, AQUAINT: ``*.tml``) mark time expressions inline::

    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07"
         functionInDocument="CREATION_TIME">...</TIMEX3></DCT>
    <TEXT>... exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> ...
    </TEXT>

The text of ``<TEXT>`` with its tags removed is the article (offsets are computed here);
the creation time (DCT) is its publication date.  A predicted
:class:`~newsevents.records.TimeExpr` finds a gold TIMEX3 when their spans overlap.  Per
gold type (DATE, TIME, DURATION, SET): recall is the share of gold expressions of that
type that some prediction overlaps; precision is the share of the predictions charged to
the type that overlap one of its gold expressions.  Our records carry no type, so a
prediction is charged to the type of each gold expression it overlaps, and a spurious one
(overlapping none) to the type its precision suggests (:func:`guess_type`).  Value
accuracy compares our ``value`` with the gold ``value`` of matched expressions exactly;
the lenient figure leaves out gold values we never produce (``PRESENT_REF``, quarters,
seasons, ``XXXX``-underspecified dates, parts of day, durations).
"""

from __future__ import annotations

import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from newsevents.errors import InputError
from newsevents.records import AnalyzedArticle, Article, TimeExpr

__all__ = [
    "GoldDocument",
    "GoldTimex",
    "TimeFormat",
    "TimeRow",
    "TimesReport",
    "TimexMatch",
    "cli_command",
    "evaluate_times",
    "format_report",
    "guess_type",
    "match_times",
    "predict_times",
    "read_timeml",
    "read_timeml_file",
    "representable",
    "score_times",
    "times_cli_command",
]

TYPES = ("DATE", "TIME", "DURATION", "SET")
#: Values of the forms we produce: years, months, days, times, ISO weeks, decades, centuries.
_REPRESENTABLE = re.compile(
    r"\d{4}(?:-\d\d(?:-\d\d(?:T\d\d:\d\d(?::\d\d)?)?)?|-W\d\d|-Q[1-4]|-(?:SP|SU|FA|WI))?"
    r"|\d{2,3}|(?:PRESENT|PAST|FUTURE)_REF|P\d+[DWMY]|PT\d+H|XXXX-WXX-\d|XXXX-\d\d"
)


class TimeFormat(StrEnum):
    timeml = "timeml"


class AnalyzerLike(Protocol):
    """What :class:`newsevents.pipeline.Pipeline` offers: batch analysis of articles."""

    def analyze(
        self, items: Iterable[Article | InputError]
    ) -> Iterator[AnalyzedArticle | InputError]: ...


# -- gold -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    published: datetime | None  # the document creation time
    timexes: tuple[GoldTimex, ...]


def representable(value: str) -> bool:
    """Is a gold value of a form :mod:`newsevents.resolve.timeparse` can produce?"""
    return _REPRESENTABLE.fullmatch(value) is not None


def read_timeml(path: str | Path, *, limit: int | None = None) -> list[GoldDocument]:
    """The documents of a ``.tml`` file or of a directory of them (searched recursively,
    in path order).  A document id seen twice (a copy in another folder) is read once."""
    root = Path(path)
    if root.is_dir():
        files = sorted(root.rglob("*.tml"))
        if not files:
            raise InputError(str(root), "no .tml files in this directory")
    elif root.is_file():
        files = [root]
    else:
        raise InputError(str(root), "no such file or directory")
    out: list[GoldDocument] = []
    seen: set[str] = set()
    for f in files:
        if limit is not None and len(out) >= limit:
            break
        doc = read_timeml_file(f)
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(doc)
    return out


def read_timeml_file(path: str | Path) -> GoldDocument:
    origin = str(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(origin, f"cannot read TimeML: {exc}") from exc
    body = root.find(".//TEXT")
    if body is None:
        raise InputError(origin, "no <TEXT> element: not a TimeML document")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(body, parts, timexes, 0)
    text = "".join(parts)
    published = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            published = _datetime(t.get("value", ""))
            break
    doc_id = (root.findtext("DOCID") or "").strip() or Path(path).stem
    return GoldDocument(doc_id, text, published, tuple(timexes))


def _flatten(el: ET.Element, parts: list[str], timexes: list[GoldTimex], pos: int) -> int:
    """Append ``el``'s text (tags removed) to ``parts``; returns the new offset."""
    start, first = pos, len(parts)
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        pos = _flatten(child, parts, timexes, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if el.tag == "TIMEX3":
        covered = "".join(parts[first:])
        # Spans exclude surrounding blanks, like our predictions.
        lead = len(covered) - len(covered.lstrip())
        trail = len(covered) - len(covered.rstrip())
        s, e = start + lead, pos - trail
        if e > s:
            timexes.append(
                GoldTimex(s, e, covered.strip(), el.get("type", ""), el.get("value", ""))
            )
    return pos


def _datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value[:19])
    except ValueError:
        m = re.match(r"\d{4}-\d\d-\d\d", value)
        return datetime.fromisoformat(m.group()) if m else None


# -- prediction -----------------------------------------------------------------------------


def predict_times(
    docs: list[GoldDocument],
    *,
    pipeline: AnalyzerLike | None = None,
    progress: bool | None = None,
) -> Iterator[list[TimeExpr]]:
    """Our time expressions for each document, in order: the times stage alone over
    :func:`newsevents.nlp.parse`, or the whole ``pipeline`` when one is given."""
    from tqdm import tqdm

    show = progress if progress is not None else sys.stderr.isatty()
    bar = tqdm(total=len(docs), unit="doc", file=sys.stderr, disable=not show)
    try:
        if pipeline is None:
            from newsevents import nlp
            from newsevents.resolve.times import find_times

            for gold, parsed in zip(docs, nlp.parse(d.text for d in docs), strict=True):
                yield find_times(parsed, gold.published)
                bar.update(1)
            return
        items = (Article(id=d.id, text=d.text, published=d.published) for d in docs)
        for gold, res in zip(docs, pipeline.analyze(items), strict=True):
            if isinstance(res, InputError):
                raise InputError(gold.id, f"analysis failed: {res.reason}")
            yield list(res.times)
            bar.update(1)
    finally:
        bar.close()


# -- matching and scoring -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimexMatch:
    """A gold expression with the prediction that overlaps it most (None: missed)."""

    gold: GoldTimex
    pred: TimeExpr | None

    @property
    def exact(self) -> bool:
        return self.pred is not None and (self.pred.start, self.pred.end) == (
            self.gold.start,
            self.gold.end,
        )

    @property
    def value_ok(self) -> bool:
        return self.pred is not None and self.pred.value == self.gold.value


def match_times(gold: Iterable[GoldTimex], preds: Iterable[TimeExpr]) -> list[TimexMatch]:
    """Pair each gold expression with the prediction overlapping it most."""
    ps = list(preds)
    out = []
    for g in gold:
        best, overlap = None, 0
        for p in ps:
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > overlap:
                best, overlap = p, ov
        out.append(TimexMatch(g, best))
    return out


@dataclass(frozen=True, slots=True)
class TimeRow:
    """Span and value counts for one gold type (or all types together)."""

    type: str
    gold: int = 0
    found: int = 0  # gold overlapped by a prediction
    exact: int = 0  # gold whose span a prediction has exactly
    predicted: int = 0  # predictions chargeable to this type (see the module docstring)
    predicted_matching: int = 0  # ... that overlap a gold expression of this type
    predicted_exact: int = 0  # ... that have the span of one exactly
    value_ok: int = 0  # found, with our value equal to the gold value
    lenient_gold: int = 0  # found, with a gold value of a form we produce
    lenient_ok: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.predicted_matching, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def exact_precision(self) -> float:
        return _ratio(self.predicted_exact, self.predicted)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.exact, self.gold)

    @property
    def exact_f1(self) -> float:
        return _f1(self.exact_precision, self.exact_recall)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_ok, self.found)

    @property
    def lenient_value_accuracy(self) -> float:
        return _ratio(self.lenient_ok, self.lenient_gold)

    def plus(self, other: TimeRow) -> TimeRow:
        a, b = asdict(self), asdict(other)
        return TimeRow(self.type, **{k: a[k] + b[k] for k in a if k != "type"})

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for name in ("precision", "recall", "f1", "exact_precision", "exact_recall", "exact_f1",
                     "value_accuracy", "lenient_value_accuracy"):  # fmt: skip
            d[name] = getattr(self, name)
        return d


@dataclass(frozen=True, slots=True)
class TimesReport:
    gold_path: str
    fmt: str
    system: str  # "times stage" or "pipeline"
    documents: int
    predicted: int
    rows: tuple[TimeRow, ...]  # DATE, TIME, DURATION, SET (those in the gold), then ALL
    seconds: float = 0.0

    def row(self, type_: str) -> TimeRow:
        for r in self.rows:
            if r.type == type_:
                return r
        return TimeRow(type_)

    @property
    def date(self) -> TimeRow:
        return self.row("DATE")

    @property
    def all(self) -> TimeRow:
        return self.row("ALL")

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_path": self.gold_path, "format": self.fmt, "system": self.system,
            "documents": self.documents, "predicted": self.predicted,
            "rows": [r.to_dict() for r in self.rows], "seconds": round(self.seconds, 1),
        }  # fmt: skip


def score_document(gold: GoldDocument, preds: list[TimeExpr]) -> dict[str, TimeRow]:
    """Counts per gold type and for ``ALL`` for one document."""
    rows: dict[str, TimeRow] = {}
    matches = match_times(gold.timexes, preds)
    # Every type, even one absent here: a spurious prediction counts against each.
    types = sorted({*TYPES, *(g.type for g in gold.timexes)}, key=_type_order)
    for t in [*types, "ALL"]:
        mine = [m for m in matches if t in ("ALL", m.gold.type)]
        own = [m.gold for m in mine]
        own_spans = {(g.start, g.end) for g in own}
        chargeable = [
            p
            for p in preds
            if any(_overlaps(p, g) for g in own)
            or (t in ("ALL", guess_type(p)) and not any(_overlaps(p, g) for g in gold.timexes))
        ]
        lenient = [m for m in mine if m.pred is not None and representable(m.gold.value)]
        rows[t] = TimeRow(
            t,
            gold=len(mine),
            found=sum(m.pred is not None for m in mine),
            exact=sum(m.exact for m in mine),
            predicted=len(chargeable),
            predicted_matching=sum(any(_overlaps(p, g) for g in own) for p in chargeable),
            predicted_exact=sum((p.start, p.end) in own_spans for p in chargeable),
            value_ok=sum(m.value_ok for m in mine),
            lenient_gold=len(lenient),
            lenient_ok=sum(m.value_ok for m in lenient),
        )
    return rows


def score_times(
    docs: Iterable[GoldDocument],
    predictions: Iterable[list[TimeExpr]],
    *,
    gold_path: str = "",
    fmt: str = TimeFormat.timeml.value,
    system: str = "times stage",
) -> TimesReport:
    """Score predicted time expressions against gold documents (paired in order)."""
    totals: dict[str, TimeRow] = {}
    n_docs = n_pred = 0
    for doc, preds in zip(docs, predictions, strict=True):
        n_docs += 1
        n_pred += len(preds)
        for t, row in score_document(doc, preds).items():
            totals[t] = totals[t].plus(row) if t in totals else row
    if "ALL" not in totals:  # no documents
        totals["ALL"] = TimeRow("ALL")
    keep = [r for r in totals.values() if r.gold or r.type == "ALL"]
    rows = tuple(sorted(keep, key=lambda r: _type_order(r.type)))
    return TimesReport(gold_path, fmt, system, n_docs, n_pred, rows)


def _type_order(t: str) -> tuple[int, str]:
    if t == "ALL":
        return (len(TYPES) + 1, t)
    return (TYPES.index(t) if t in TYPES else len(TYPES), t)


def guess_type(p: TimeExpr) -> str:
    """The TimeML type our record most likely has."""
    if p.precision == "duration":
        return "DURATION"
    if p.precision == "set":
        return "SET"
    # "PRESENT_REF" holds a T too: only a T before digits marks a clock time
    if p.precision == "time" or (p.value is not None and re.search(r"T\d", p.value)):
        return "TIME"
    return "DATE"


def _overlaps(p: TimeExpr, g: GoldTimex) -> bool:
    return p.start < g.end and g.start < p.end


def evaluate_times(
    path: str | Path,
    *,
    fmt: TimeFormat | str = TimeFormat.timeml,
    limit: int | None = None,
    pipeline: AnalyzerLike | None = None,
    progress: bool | None = None,
) -> TimesReport:
    """Read TimeML gold from ``path`` (a ``.tml`` file or a directory), find and resolve
    time expressions in its texts against each document's creation time, and score them.

    Without ``pipeline`` only the times stage runs (spaCy parse + :func:`find_times`),
    which gives the same times as the full pipeline.
    """
    fmt = TimeFormat(fmt)
    began = time.perf_counter()
    docs = read_timeml(path, limit=limit)
    preds = predict_times(docs, pipeline=pipeline, progress=progress)
    report = score_times(
        docs, preds, gold_path=str(path), fmt=fmt.value,
        system="times stage" if pipeline is None else "pipeline",
    )  # fmt: skip
    return replace(report, seconds=time.perf_counter() - began)


# -- output ---------------------------------------------------------------------------------


def format_report(r: TimesReport) -> str:
    """A plain-text summary table."""
    lines = [
        f"Times: {r.gold_path} ({r.fmt}), {r.documents} documents, system: {r.system}",
        f"predicted expressions {r.predicted}",
        "",
        "spans overlap; value = our value equals the gold value exactly, over found spans;",
        "lenient = leaving out gold values of forms we never produce (1989-WXX, 1998-02-06TEV...)",
        "",
        f"{'type':<9}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}{'exactF1':>9}{'value':>8}{'lenient':>9}",
    ]
    for row in r.rows:
        lines.append(
            f"{row.type:<9}{row.gold:>6}{_pct(row.precision):>8}{_pct(row.recall):>8}"
            f"{_pct(row.f1):>8}{_pct(row.exact_f1):>9}{_pct(row.value_accuracy):>8}"
            f"{_pct(row.lenient_value_accuracy):>9}  (of {row.lenient_gold})"
        )
    lines.append(f"({r.seconds:.0f} s)")
    return "\n".join(lines)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def times_cli_command(
    gold: Annotated[
        Path,
        typer.Argument(
            help="TimeML gold: a directory of .tml files (searched recursively) or one file.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        TimeFormat, typer.Option("--format", "-f", help="Gold format (TimeML TIMEX3).")
    ] = TimeFormat.timeml,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Evaluate the first N documents only.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    full: Annotated[
        bool,
        typer.Option("--pipeline", help="Run the whole pipeline, not the times stage alone."),
    ] = False,
) -> None:
    """Score time expression spans and resolved values against TimeML gold (TIMEX3).

    Each text is resolved against its document creation time (DCT).

    Example: newsevents eval times --format timeml TBAQ-cleaned/ --limit 20
    """
    import json

    pipe: AnalyzerLike | None = None
    if full:
        from newsevents.pipeline import Pipeline

        pipe = Pipeline()
    report = evaluate_times(gold, fmt=fmt, limit=limit, pipeline=pipe)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_report(report))


cli_command = times_cli_command
