"""Quote attribution accuracy: ``newsevents eval quotes --format polnear DIR``.

Gold: PolNeAR brat standoff (read by :mod:`newsevents.evaluate.brat`): attributions, each
a Content (possibly in several fragments), a Cue and usually a Source span.

Matching, in word tokens (``\\w+``): a predicted :class:`~newsevents.records.Quote`
*covers* a gold attribution when it holds at least half of the gold content's tokens, and
lies *inside* it when at least half of its own tokens are gold content.  A quote's speaker
is *correct* for a gold attribution when the quote's speaker span overlaps the gold
Source, or when one of the mentions of its resolved actor (``speaker_id``) does.

- content recall: gold attributions covered by some quote / gold attributions;
- content precision: quotes covering or inside some gold attribution / quotes.  Inside
  counts because the gold joins ``“A,” said X. “B.”`` into one attribution that the
  quote finder rightly returns as two quotes; the report counts such *pieces*;
- speaker and content: the same, a match also needing a correct speaker; gold
  attributions without a Source (and quotes matching only such) are left out.

Rows by kind: a gold attribution is ``direct`` when every content fragment lies wholly
inside quotation marks, ``mixed`` when it contains a quoted stretch, else ``indirect``;
quotes are put in rows by their own ``kind``, so a row's precision counts the quotes of
that kind and its recall the gold attributions of that kind.  The report also counts the
error types of direct quotes and the surface shapes of the indirect gold attributions.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsevents.errors import InputError
from newsevents.evaluate.brat import GoldArticle, GoldAttribution, Spans, read_polnear
from newsevents.records import AnalyzedArticle, Article, Quote

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

__all__ = [
    "ErrorRow",
    "KindRow",
    "QuoteFormat",
    "QuotesReport",
    "Score",
    "cli_command",
    "evaluate_quotes",
    "format_report",
    "indirect_shape",
    "score_article",
]

KINDS = ("direct", "mixed", "indirect")


class QuoteFormat(StrEnum):
    polnear = "polnear"


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Score:
    """Gold items found and predictions correct, with P/R/F1."""

    gold: int = 0
    found: int = 0  # gold items matched
    predicted: int = 0
    correct: int = 0  # predictions matching some gold item

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.found + other.found,
            self.predicted + other.predicted,
            self.correct + other.correct,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "found": self.found,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class KindRow:
    kind: str  # direct | mixed | indirect | all
    content: Score
    speaker: Score  # speaker and content
    pieces: int = 0  # quotes counted correct as a part of a longer gold content


@dataclass(frozen=True, slots=True)
class ErrorRow:
    category: str
    count: int
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Scores of one article by kind, its direct-quote errors and indirect gold shapes."""

    content: dict[str, Score]
    speaker: dict[str, Score]
    pieces: dict[str, int]  # quotes correct only as a part of a longer gold content
    errors: list[tuple[str, str]] = field(default_factory=list)  # (category, example)
    shapes: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)


class _Tokens:
    """Word tokens of a text, to measure overlap in tokens."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in re.finditer(r"\w+", text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def of(self, fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
        out: set[int] = set()
        for a, b in fragments:
            # tokens ending after a and starting before b
            out.update(range(bisect.bisect_right(self.ends, a), bisect.bisect_left(self.starts, b)))
        return frozenset(out)


def _overlaps(spans: Spans, a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def score_article(
    gold: GoldArticle, quotes: Sequence[Quote], mentions: dict[str, Spans]
) -> ArticleResult:
    """Score one article's quotes; ``mentions`` maps actor ids to their mention spans."""
    toks = _Tokens(gold.text)
    qtok = [toks.of([(q.start, q.end)]) for q in quotes]

    def matches(g: GoldAttribution) -> tuple[list[int], list[int]]:
        """Quotes covering half the gold content; quotes lying half inside it."""
        gt = toks.of(g.content)
        if not gt:
            hit = [k for k, q in enumerate(quotes) if _overlaps(g.content, q.start, q.end)]
            return hit, hit
        covering = [k for k, t in enumerate(qtok) if 2 * len(gt & t) >= len(gt)]
        inside = [k for k, t in enumerate(qtok) if t and 2 * len(gt & t) >= len(t)]
        return covering, inside

    def speaker_ok(q: Quote, g: GoldAttribution) -> bool:
        start, end = q.speaker_start, q.speaker_end
        if start is not None and end is not None and _overlaps(g.source, start, end):
            return True
        spans = mentions.get(q.speaker_id, ()) if q.speaker_id else ()
        return any(_overlaps(g.source, a, b) for a, b in spans)

    content = {k: Score() for k in KINDS}
    speaker = {k: Score() for k in KINDS}
    pieces = dict.fromkeys(KINDS, 0)
    q_cover = [False] * len(quotes)  # covers half of some gold content
    q_content = [False] * len(quotes)  # ... or lies half inside one
    q_speaker = [False] * len(quotes)
    q_sourced = [False] * len(quotes)  # matches a gold attribution with a source
    result = ArticleResult(content, speaker, pieces)
    for g in gold.attributions:
        found, inside = matches(g)
        right = [k for k in found if g.source and speaker_ok(quotes[k], g)]
        for k in set(found) | set(inside):
            q_content[k] = True
            q_cover[k] = q_cover[k] or k in found
            q_sourced[k] = q_sourced[k] or bool(g.source)
            q_speaker[k] = q_speaker[k] or bool(g.source and speaker_ok(quotes[k], g))
        content[g.kind] += Score(gold=1, found=int(bool(found)))
        if g.source:
            speaker[g.kind] += Score(gold=1, found=int(bool(right)))
        if g.kind == "direct":
            err = _direct_error(gold, g, quotes, found, right, qtok, toks, speaker_ok)
            if err is not None:
                result.errors.append(err)
        elif g.kind == "indirect":
            result.shapes.append(indirect_shape(gold.text, g))
            result.cues.append(" ".join(gold.text[a:b] for a, b in g.cue).lower().strip())
    for k, q in enumerate(quotes):
        kind = q.kind if q.kind in KINDS else "indirect"
        content[kind] += Score(predicted=1, correct=int(q_content[k]))
        pieces[kind] += int(q_content[k] and not q_cover[k])
        if q_sourced[k] or not q_content[k]:
            speaker[kind] += Score(predicted=1, correct=int(q_speaker[k]))
        if kind == "direct" and not q_content[k]:
            result.errors.append(_false_positive(gold, q, qtok[k], toks))
    return result


# ---------------------------------------------------------------- error analysis

_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "its"}
    | {"their", "one", "who", "this", "that"}
)


def _snippet(text: str, a: int, b: int, width: int = 60) -> str:
    s = " ".join(text[a:b].split())
    return s if len(s) <= width else s[: width - 3] + "..."


def _direct_error(
    gold: GoldArticle,
    g: GoldAttribution,
    quotes: Sequence[Quote],
    found: list[int],
    right: list[int],
    qtok: list[frozenset[int]],
    toks: _Tokens,
    speaker_ok: Callable[[Quote, GoldAttribution], bool],
) -> tuple[str, str] | None:
    """The error category of a gold direct quote (None when it is right) and an example."""
    text = gold.text
    a, b = g.content[0][0], g.content[-1][1]
    where = f"{gold.id}@{a}: {_snippet(text, a, b)}"
    if not found:
        gt = toks.of(g.content)
        if any(gt & t for t in qtok):
            return "missed: content split or truncated (<50% covered)", where
        if "''" in text[max(a - 2, 0) : b + 2]:
            return "missed: '' (two apostrophes) not read as quote marks", where
        return "missed: quote not found", where
    if right or not g.source:
        return None
    src = " / ".join(text[s:e] for s, e in g.source)
    best = max(found, key=lambda k: len(qtok[k] & toks.of(g.content)))
    q = quotes[best]
    ours = (q.speaker_text or "").strip()
    note = f"{where} | ours {ours or None!r}, gold {src!r}"
    parts = [p for p in quotes if _overlaps(g.content, p.start, p.end)]
    if any(speaker_ok(p, g) for p in parts):
        return "speaker: found for one part, not for the quote continuing it", note
    if re.match(r"[\s.,”\"’]*[―—–]", text[b : b + 6]):
        return "speaker: dash attribution (“...” ― Name) not read", note
    if re.fullmatch(r"\W*(said|says|say|told|added)\W*", src.lower()):
        return "gold error: the Source span is the cue verb", note
    if q.speaker_start is None and q.speaker_id is None:
        return "speaker: none found", note
    if ours.lower() in _PRONOUNS:
        if q.speaker_id is None:
            return "speaker: our pronoun not resolved to an actor", note
        return "speaker: our pronoun resolved to another actor", note
    if src.strip().lower() in _PRONOUNS:
        return "speaker: gold is a pronoun not among our actor's mentions", note
    if q.speaker_start is not None and _overlaps(g.content, q.speaker_start, q.speaker_end or 0):
        return "speaker: our speaker lies inside the quote", note
    return "speaker: other wrong speaker", note


def _false_positive(
    gold: GoldArticle, q: Quote, qt: frozenset[int], toks: _Tokens
) -> tuple[str, str]:
    where = f"{gold.id}@{q.start}: {_snippet(gold.text, q.start, q.end)}"
    if any(qt & toks.of(g.content) for g in gold.attributions):
        return "false positive: overlaps a gold content partly", where
    return "false positive: no gold attribution there", where


_WH = frozenset({"how", "why", "whether", "if", "what", "when", "where", "who", "which"})


def indirect_shape(text: str, g: GoldAttribution) -> str:
    """The surface shape of an indirect attribution, e.g. ``X said that ...``."""
    cue = " ".join(text[a:b] for a, b in g.cue).lower()
    c0, c1 = g.content[0][0], g.content[-1][1]
    k0 = g.cue[0][0] if g.cue else c0
    k1 = g.cue[-1][1] if g.cue else c0
    first = text[c0:c1].split(maxsplit=1)[0].lower() if text[c0:c1].strip() else ""
    if "according to" in cue:
        return "according to X, ..."
    if not g.source:
        return "no source (passive or impersonal cue)"
    s0 = g.source[0][0]
    if k0 > c1 and s0 > c1:
        return "..., X <cue> (content first)"
    if s0 < k0 and k1 <= c0:
        gap = text[k1:c0].strip(" ,:\n").lower()
        if gap:
            return "X <cue> Y (that) ... (words between cue and content)"
        if first == "that":
            return "X <cue> that ..."
        if first in _WH:
            return "X <cue> wh- ... (how, why, whether, ...)"
        if cue.endswith((" to", " for", " on", " of", " about")) or first == "to":
            return "X <cue> to/for/on ... (cue with a preposition, or a to-infinitive)"
        return "X <cue> ... (no 'that')"
    if k0 < s0 < c0:
        return "<cue> X, ... (cue before the source)"
    if c0 < k0 < c1 or c0 < s0 < c1:
        return "..., X <cue>, ... (attribution inside the content)"
    return "other order"


# ---------------------------------------------------------------- report


@dataclass(frozen=True, slots=True)
class QuotesReport:
    fmt: str
    articles: int
    failed: int  # articles the pipeline could not analyse (their gold counts as missed)
    rows: tuple[KindRow, ...]  # direct, mixed, indirect, all
    direct_errors: tuple[ErrorRow, ...]
    indirect_shapes: tuple[ErrorRow, ...]  # shape, count (no examples)
    indirect_cues: tuple[ErrorRow, ...]  # cue text, count (the most frequent)
    seconds: float = 0.0

    def row(self, kind: str) -> KindRow:
        return next(r for r in self.rows if r.kind == kind)

    def to_dict(self, *, examples: bool = True) -> dict[str, Any]:
        def errs(rows: tuple[ErrorRow, ...]) -> list[dict[str, Any]]:
            return [
                {"category": r.category, "count": r.count}
                | ({"examples": list(r.examples)} if examples and r.examples else {})
                for r in rows
            ]

        return {
            "format": self.fmt,
            "articles": self.articles,
            "failed": self.failed,
            "seconds": round(self.seconds, 1),
            "kinds": {
                r.kind: {
                    "content": r.content.to_dict(),
                    "speaker_and_content": r.speaker.to_dict(),
                    "pieces": r.pieces,
                }
                for r in self.rows
            },
            "direct_errors": errs(self.direct_errors),
            "indirect_shapes": errs(self.indirect_shapes),
            "indirect_cues": errs(self.indirect_cues),
        }


def build_report(
    fmt: str, results: Sequence[ArticleResult], failed: int = 0, seconds: float = 0.0
) -> QuotesReport:
    rows = []
    for kind in KINDS:
        c = sum((r.content[kind] for r in results), Score())
        s = sum((r.speaker[kind] for r in results), Score())
        rows.append(KindRow(kind, c, s, sum(r.pieces[kind] for r in results)))
    rows.append(
        KindRow(
            "all",
            sum((r.content for r in rows), Score()),
            sum((r.speaker for r in rows), Score()),
            sum(r.pieces for r in rows),
        )
    )
    examples: dict[str, list[str]] = {}
    for r in results:
        for cat, ex in r.errors:
            examples.setdefault(cat, []).append(ex)
    errors = tuple(
        ErrorRow(cat, len(exs), tuple(exs[:3]))
        for cat, exs in sorted(examples.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    )
    shapes = Counter(s for r in results for s in r.shapes)
    cues = Counter(c for r in results for c in r.cues)
    return QuotesReport(
        fmt=fmt,
        articles=len(results),
        failed=failed,
        rows=tuple(rows),
        direct_errors=errors,
        indirect_shapes=tuple(ErrorRow(k, n) for k, n in shapes.most_common()),
        indirect_cues=tuple(ErrorRow(k, n) for k, n in cues.most_common(20)),
        seconds=seconds,
    )


def format_report(report: QuotesReport) -> str:
    lines = [
        f"Quote attribution ({report.fmt}): {report.articles} articles"
        + (f", {report.failed} failed" if report.failed else "")
        + (f", {report.seconds:.1f}s" if report.seconds else ""),
        "",
        f"{'kind':<9}{'':3}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'':3}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'pieces':>9}",
        f"{'':<9}{'':3}{'content':<39}{'speaker and content'}",
    ]
    for r in report.rows:
        c, s = r.content, r.speaker
        lines.append(
            f"{r.kind:<9}{'':3}{c.gold:>6}{c.predicted:>6}{c.precision:>7.3f}{c.recall:>7.3f}"
            f"{c.f1:>7.3f}{'':3}{s.gold:>6}{s.predicted:>6}{s.precision:>7.3f}"
            f"{s.recall:>7.3f}{s.f1:>7.3f}{r.pieces:>9}"
        )
    lines += [
        "pieces: quotes counted correct as a part of a longer gold content "
        "(“A,” said X. “B.” is one gold attribution)",
        "",
        "Direct quotes: errors",
    ]
    for e in report.direct_errors:
        lines.append(f"  {e.count:>5}  {e.category}")
        lines += [f"           e.g. {x}" for x in e.examples]
    lines += ["", "Indirect gold attributions: shapes"]
    lines += [f"  {e.count:>5}  {e.category}" for e in report.indirect_shapes]
    lines += ["", "Indirect gold attributions: most frequent cues"]
    lines.append("  " + ", ".join(f"{e.category} {e.count}" for e in report.indirect_cues))
    return "\n".join(lines)


# ---------------------------------------------------------------- running


def evaluate_quotes(
    path: str | Path,
    *,
    fmt: QuoteFormat | str = QuoteFormat.polnear,
    limit: int | None = None,
    pipeline: Pipeline | None = None,
) -> QuotesReport:
    """Run the pipeline over the gold articles and score its quotes."""
    import time

    fmt = QuoteFormat(fmt)
    gold = read_polnear(path, limit=limit)
    if pipeline is None:
        from newsevents.pipeline import Pipeline

        pipeline = Pipeline()
    started = time.perf_counter()
    articles = (
        Article(id=g.id, text=g.text, source=g.source, published=g.published, origin=g.id)
        for g in gold
    )
    results = []
    failed = 0
    for g, out in zip(gold, _progress(pipeline.analyze(articles), len(gold)), strict=True):
        if isinstance(out, AnalyzedArticle):
            mentions = {a.id: tuple((m.start, m.end) for m in a.mentions) for a in out.actors}
            results.append(score_article(g, out.quotes, mentions))
        else:
            failed += 1
            results.append(score_article(g, (), {}))
    return build_report(fmt.value, results, failed, time.perf_counter() - started)


def _progress(items: Iterable[Any], total: int) -> Iterator[Any]:
    if not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, unit="article", file=sys.stderr)


def cli_command(
    gold: Annotated[
        Path, typer.Argument(help="PolNeAR folder (the root, or one of .txt + .ann files).")
    ],
    fmt: Annotated[
        QuoteFormat, typer.Option("--format", "-f", help="Layout of the gold data.")
    ] = QuoteFormat.polnear,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", help="Evaluate the first N articles only.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score quotes and their speakers against gold attributions: P/R/F1 by kind."""
    try:
        report = evaluate_quotes(gold, fmt=fmt, limit=limit)
    except InputError as e:
        raise typer.BadParameter(str(e), param_hint="GOLD") from e
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(format_report(report))
