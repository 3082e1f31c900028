"""Toponym recognition and resolution accuracy (``newsevents eval places``).

The gold comes from LGL, TR-News or GeoWebNews (read by :mod:`.places_gold`).  A
predicted :class:`~newsevents.records.Place` *finds* a gold toponym when their character
spans overlap (each gold toponym is paired with the prediction that overlaps it most).
Recognition is scored as precision (predictions overlapping some gold toponym) and recall
(gold toponyms overlapped by some prediction), and also with exact spans.  Resolution is
scored over found gold toponyms that the gold resolves: within 161 km (100 miles, the
usual threshold), same GeoNames id, same country.  A place we resolved without
coordinates counts as wrong for distance.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from newsevents.errors import InputError
from newsevents.evaluate.places_gold import (
    GoldArticle,
    GoldToponym,
    PlaceFormat,
    read_gold,
    read_lgl,
)
from newsevents.records import AnalyzedArticle, Article, Place

__all__ = [
    "GoldArticle",
    "GoldToponym",
    "PlaceFormat",
    "PlaceRow",
    "PlacesReport",
    "ToponymMatch",
    "cli_command",
    "evaluate_places",
    "feature_group",
    "format_report",
    "great_circle_km",
    "match_places",
    "places_cli_command",
    "predict_places",
    "read_gold",
    "read_lgl",
    "score_places",
]

#: Resolution counts as right within this great-circle distance (100 miles).
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0088


class AnalyzerLike(Protocol):
    """What :class:`newsevents.pipeline.Pipeline` offers: batch analysis of articles."""

    def analyze(
        self, items: Iterable[Article | InputError]
    ) -> Iterator[AnalyzedArticle | InputError]: ...


# -- prediction -----------------------------------------------------------------------------


def predict_places(
    articles: list[GoldArticle],
    *,
    pipeline: AnalyzerLike | None = None,
    progress: bool | None = None,
) -> Iterator[list[Place]]:
    """Our places for each article, in order: the places stage alone over
    :func:`newsevents.nlp.parse`, or the whole ``pipeline`` when one is given."""
    from tqdm import tqdm

    show = progress if progress is not None else sys.stderr.isatty()
    bar = tqdm(total=len(articles), unit="article", file=sys.stderr, disable=not show)
    try:
        if pipeline is None:
            from newsevents import nlp
            from newsevents.resolve.gazetteer import Gazetteer
            from newsevents.resolve.places import find_places

            gaz = Gazetteer.default()
            for doc in nlp.parse(a.text for a in articles):
                yield find_places(doc, gazetteer=gaz)
                bar.update(1)
            return
        items = (Article(id=a.id, text=a.text) for a in articles)
        for art, res in zip(articles, pipeline.analyze(items), strict=True):
            if isinstance(res, InputError):
                raise InputError(art.id, f"analysis failed: {res.reason}")
            yield list(res.places)
            bar.update(1)
    finally:
        bar.close()


# -- matching and scoring -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToponymMatch:
    """A gold toponym with the prediction that overlaps it most (None: missed)."""

    gold: GoldToponym
    place: Place | None
    distance_km: float | None  # None when either side has no coordinates

    @property
    def exact(self) -> bool:
        return self.place is not None and (self.place.start, self.place.end) == (
            self.gold.start,
            self.gold.end,
        )


def match_places(gold: Iterable[GoldToponym], places: Iterable[Place]) -> list[ToponymMatch]:
    """Pair each gold toponym with the prediction overlapping it most."""
    preds = list(places)
    out = []
    for g in gold:
        best, overlap = None, 0
        for p in preds:
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > overlap:
                best, overlap = p, ov
        dist = None
        if best is not None and None not in (g.lat, g.lon, best.lat, best.lon):
            dist = great_circle_km(g.lat, g.lon, best.lat, best.lon)  # type: ignore[arg-type]
        out.append(ToponymMatch(g, best, dist))
    return out


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def feature_group(t: GoldToponym) -> str:
    """The row a gold toponym is reported under, from its GeoNames feature code."""
    code, fclass = t.feature_code or "", t.feature_class or ""
    if t.kind is not None:  # GeoWebNews: a row per annotation type
        return f"type {t.kind}"
    if t.geonameid is None:
        return "unresolved in gold" if t.lat is None else "coordinates only (no GeoNames id)"
    if code.startswith("PCL"):
        return "country (PCL*)"
    if code == "ADM1":
        return "ADM1 (state, province)"
    if code == "ADM2":
        return "ADM2 (county, parish)"
    if fclass == "A":
        return "other admin (A)"
    if fclass == "P":
        return "populated place (P)"
    return "other (H, L, S, T, V...)"


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """Counts for one group of gold toponyms."""

    name: str
    gold: int = 0
    found: int = 0  # overlapped by a prediction
    resolvable: int = 0  # found, and the gold has a GeoNames entry with coordinates
    within_161km: int = 0
    id_or_161km: int = 0  # same GeoNames id, or within 161 km (a country's or state's
    #                       representative point may lie further from the gold's own)
    no_coordinates: int = 0  # found but our place has no lat/lon
    id_match: int = 0
    country_gold: int = 0  # found, and the gold gives a country
    country_match: int = 0

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold)

    @property
    def accuracy_161km(self) -> float:
        return _ratio(self.within_161km, self.resolvable)

    @property
    def id_or_161km_accuracy(self) -> float:
        return _ratio(self.id_or_161km, self.resolvable)

    @property
    def id_accuracy(self) -> float:
        return _ratio(self.id_match, self.resolvable)

    @property
    def country_accuracy(self) -> float:
        return _ratio(self.country_match, self.country_gold)

    def add(self, m: ToponymMatch) -> PlaceRow:
        g, p = m.gold, m.place
        if p is None:
            return replace(self, gold=self.gold + 1)
        resolvable = g.lat is not None and g.lon is not None
        near = m.distance_km is not None and m.distance_km <= ACCURACY_KM
        same = resolvable and g.geonameid == p.geonameid
        return PlaceRow(
            self.name,
            self.gold + 1,
            self.found + 1,
            self.resolvable + resolvable,
            self.within_161km + near,
            self.id_or_161km + (near or same),
            self.no_coordinates + (resolvable and (p.lat is None or p.lon is None)),
            self.id_match + same,
            self.country_gold + (g.country is not None),
            self.country_match + (g.country is not None and g.country == p.code),
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(recall=self.recall, accuracy_161km=self.accuracy_161km,
                 id_or_161km_accuracy=self.id_or_161km_accuracy, id_accuracy=self.id_accuracy,
                 country_accuracy=self.country_accuracy)  # fmt: skip
        return d


@dataclass(frozen=True, slots=True)
class PlacesReport:
    gold_path: str
    fmt: str
    system: str  # "places stage" or "pipeline"
    articles: int
    gold: int
    predicted: int
    predicted_matching: int  # predictions overlapping some gold toponym
    exact_matches: int  # gold toponyms whose span a prediction has exactly
    total: PlaceRow  # all gold toponyms
    gold_resolvable: int  # gold toponyms with coordinates (found or not)
    error_km_mean: float | None  # over found, resolvable toponyms we gave coordinates
    error_km_median: float | None
    rows: tuple[PlaceRow, ...]
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return _ratio(self.predicted_matching, self.predicted)

    @property
    def recall(self) -> float:
        return self.total.recall

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def exact_precision(self) -> float:
        return _ratio(self.exact_matches, self.predicted)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.exact_matches, self.gold)

    @property
    def exact_f1(self) -> float:
        return _f1(self.exact_precision, self.exact_recall)

    @property
    def end_to_end_161km(self) -> float:
        """Gold toponyms with coordinates that we found *and* placed within 161 km."""
        return _ratio(self.total.within_161km, self.gold_resolvable)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_path": self.gold_path, "format": self.fmt, "system": self.system,
            "articles": self.articles, "gold": self.gold, "predicted": self.predicted,
            "recognition": {
                "overlap": {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                            "predicted_matching": self.predicted_matching,
                            "gold_found": self.total.found},
                "exact": {"precision": self.exact_precision, "recall": self.exact_recall,
                          "f1": self.exact_f1, "matches": self.exact_matches},
            },
            "resolution": {
                "found_resolvable": self.total.resolvable,
                "accuracy_161km": self.total.accuracy_161km,
                "id_or_161km_accuracy": self.total.id_or_161km_accuracy,
                "id_accuracy": self.total.id_accuracy,
                "country_accuracy": self.total.country_accuracy,
                "no_coordinates": self.total.no_coordinates,
                "error_km_mean": self.error_km_mean, "error_km_median": self.error_km_median,
                "gold_resolvable": self.gold_resolvable,
                "end_to_end_161km": self.end_to_end_161km,
            },
            "rows": [r.to_dict() for r in self.rows],
            "seconds": round(self.seconds, 1),
        }  # fmt: skip


def score_places(
    articles: Iterable[GoldArticle],
    predictions: Iterable[list[Place]],
    *,
    gold_path: str = "",
    fmt: str = PlaceFormat.lgl.value,
    system: str = "places stage",
) -> PlacesReport:
    """Score predicted places against gold articles (paired in order)."""
    total = PlaceRow("all toponyms")
    rows: dict[str, PlaceRow] = {}
    n_articles = n_gold = n_pred = pred_matching = exact = resolvable = 0
    errors: list[float] = []
    for art, places in zip(articles, predictions, strict=True):
        n_articles += 1
        n_gold += len(art.toponyms)
        n_pred += len(places)
        pred_matching += sum(
            any(p.start < g.end and g.start < p.end for g in art.toponyms) for p in places
        )
        resolvable += sum(g.lat is not None and g.lon is not None for g in art.toponyms)
        # Exact spans are matched one to one (a prediction cannot be two gold toponyms).
        exact += len({(g.start, g.end) for g in art.toponyms} & {(p.start, p.end) for p in places})
        for m in match_places(art.toponyms, places):
            total = total.add(m)
            group = feature_group(m.gold)
            rows[group] = rows.get(group, PlaceRow(group)).add(m)
            if m.distance_km is not None:
                errors.append(m.distance_km)
    return PlacesReport(
        gold_path, fmt, system, n_articles, n_gold, n_pred, pred_matching, exact, total,
        resolvable, statistics.fmean(errors) if errors else None,
        statistics.median(errors) if errors else None,
        tuple(sorted(rows.values(), key=lambda r: -r.gold)),
    )  # fmt: skip


def evaluate_places(
    path: str | Path,
    *,
    fmt: PlaceFormat | str = PlaceFormat.lgl,
    limit: int | None = None,
    pipeline: AnalyzerLike | None = None,
    progress: bool | None = None,
) -> PlacesReport:
    """Read gold toponyms from ``path``, find places in its texts and score them.

    Without ``pipeline`` only the places stage runs (spaCy parse + :func:`find_places`),
    which gives the same places as the full pipeline for articles without a dateline.
    """
    fmt = PlaceFormat(fmt)
    began = time.perf_counter()
    articles = read_gold(path, fmt, limit=limit)
    preds = predict_places(articles, pipeline=pipeline, progress=progress)
    report = score_places(
        articles, preds, gold_path=str(path), fmt=fmt.value,
        system="places stage" if pipeline is None else "pipeline",
    )  # fmt: skip
    return replace(report, seconds=time.perf_counter() - began)


# -- output ---------------------------------------------------------------------------------


def format_report(r: PlacesReport) -> str:
    """A plain-text summary table."""
    lines = [
        f"Places: {r.gold_path} ({r.fmt}), {r.articles} articles, system: {r.system}",
        f"gold toponyms {r.gold}, predicted places {r.predicted}",
        "",
        "recognition     precision  recall     F1",
        f"  overlap       {_pct(r.precision)}   {_pct(r.recall)}  {_pct(r.f1)}",
        f"  exact span    {_pct(r.exact_precision)}   {_pct(r.exact_recall)}  {_pct(r.exact_f1)}",
        "",
        f"resolution of found toponyms with gold coordinates ({r.total.resolvable}):",
        f"  within {ACCURACY_KM:.0f} km   {_pct(r.total.accuracy_161km)}"
        f"   (no coordinates from us: {r.total.no_coordinates})",
        f"  id or {ACCURACY_KM:.0f} km    {_pct(r.total.id_or_161km_accuracy)}"
        "   (same GeoNames id counts even when the points lie further apart)",
        f"  GeoNames id     {_pct(r.total.id_accuracy)}",
        f"  country         {_pct(r.total.country_accuracy)}   (of {r.total.country_gold})",
        f"  error km        mean {_km(r.error_km_mean)}, median {_km(r.error_km_median)}",
        f"  end to end      {_pct(r.end_to_end_161km)}   found and within {ACCURACY_KM:.0f} km,"
        f" of {r.gold_resolvable} gold toponyms with coordinates",
        "",
        f"{'gold feature group':<26}{'gold':>6}{'recall':>9}{'<161km':>9}{'id|161':>9}{'id':>9}"
        f"{'country':>9}",
    ]
    for row in (*r.rows, r.total):
        lines.append(
            f"{row.name:<26}{row.gold:>6}{_pct(row.recall):>9}"
            f"{_cell(row.within_161km, row.resolvable):>9}"
            f"{_cell(row.id_or_161km, row.resolvable):>9}{_cell(row.id_match, row.resolvable):>9}"
            f"{_cell(row.country_match, row.country_gold):>9}"
        )
    lines.append(f"({r.seconds:.0f} s)")
    return "\n".join(lines)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def _cell(part: int, whole: int) -> str:
    return _pct(part / whole) if whole else "-"


def _km(x: float | None) -> str:
    return "-" if x is None else f"{x:.0f}"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def places_cli_command(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold: an LGL or TR-News XML file, or GeoWebNews as XML or a BRAT directory.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        PlaceFormat,
        typer.Option(
            "--format",
            "-f",
            help="Gold format: lgl (LGL XML), trnews (TR-News XML) or gwn (GeoWebNews, "
            "XML or BRAT .ann/.txt directory).",
        ),
    ] = PlaceFormat.lgl,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Evaluate the first N articles only.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    full: Annotated[
        bool,
        typer.Option("--pipeline", help="Run the whole pipeline, not the places stage alone."),
    ] = False,
) -> None:
    """Score place recognition and resolution (GeoNames ids, coordinates) against gold.

    A place finds a gold toponym when the spans overlap; it is right within 161 km.

    Example: newsevents eval places --format lgl lgl.xml --limit 50
    """
    import json

    pipe: AnalyzerLike | None = None
    if full:
        from newsevents.pipeline import Pipeline

        pipe = Pipeline()
    report = evaluate_places(gold, fmt=fmt, limit=limit, pipeline=pipe)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_report(report))


cli_command = places_cli_command
