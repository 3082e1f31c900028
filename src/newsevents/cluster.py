"""The same pipeline on a Dask cluster, one Parquet file per partition of articles.

The client reads the inputs and sends them in partitions; each worker process
builds the pipeline once (cached here, keyed by the settings), analyses a
partition and writes ``part-NNNNN.parquet`` into ``out_dir``, which must be a
folder the workers can write to (a shared file system on a real cluster).  A
partition that fails is retried ``retries`` times, then reported; the rest go
on.  :func:`iter_partitions` reads the files back, in partition order::

    from newsevents.cluster import run_dask, iter_partitions
    report = run_dask(["articles/"], "tcp://scheduler:8786", Path("out"), Settings())
    for item in iter_partitions(Path("out")):
        ...

Parquet columns: ``article_id`` (NULL on an input error), ``analysis`` (the
``extract`` JSON of the article), ``origin`` (where the article or error came
from) and ``error`` (the error's one-line text, NULL for an article).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsevents.errors import InputError
from newsevents.parallel import Failed
from newsevents.records import AnalyzedArticle, Article
from newsevents.settings import Settings

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

__all__ = ["ClusterReport", "FailedPartition", "iter_partitions", "run_dask"]


@dataclass(frozen=True, slots=True)
class FailedPartition:
    index: int
    articles: int
    error: str


@dataclass(frozen=True, slots=True)
class ClusterReport:
    partitions: int
    written: tuple[Path, ...]
    failed: tuple[FailedPartition, ...]
    articles: int  # analysed and written
    input_errors: int  # unreadable inputs and articles whose analysis failed


@dataclass(frozen=True, slots=True)
class _Written:
    path: str
    articles: int
    errors: int


def partition_path(out_dir: Path, index: int) -> Path:
    return out_dir / f"part-{index:05d}.parquet"


def run_dask(
    paths: list[str],
    scheduler: str,
    out_dir: Path,
    settings: Settings,
    *,
    partition_size: int = 200,
    retries: int = 2,
    published: datetime | None = None,
    source: str | None = None,
    progress: bool | None = None,
    skip: Callable[[Article], bool] | None = None,
) -> ClusterReport:
    """Analyse ``paths`` on the Dask cluster at ``scheduler``, one Parquet file per partition.

    At most two partitions per worker thread are in flight, so the client's
    memory stays bounded on any input size.  ``skip(article)`` true leaves an
    article out (a store that already holds it).
    """
    from distributed import Client, as_completed
    from tqdm import tqdm

    from newsevents.ingest import iter_articles

    out_dir.mkdir(parents=True, exist_ok=True)
    items: Iterable[Article | InputError] = iter_articles(
        paths, published=published, source=source, max_bytes=settings.max_input_bytes
    )
    if skip is not None:
        items = (x for x in items if isinstance(x, InputError) or not skip(x))
    parts = _partitions(items, max(1, partition_size))
    show = progress if progress is not None else sys.stderr.isatty()
    written: list[tuple[int, _Written]] = []
    failed: list[FailedPartition] = []
    total = 0
    with (
        Client(scheduler, set_as_default=False) as client,
        tqdm(unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True) as bar,
    ):
        limit = 2 * max(1, sum(client.nthreads().values()))
        futures: dict[Any, tuple[int, int]] = {}
        done = as_completed(loop=client.loop)

        def submit() -> bool:
            nonlocal total
            nxt = next(parts, None)
            if nxt is None:
                return False
            index, part = nxt
            total += 1
            fut = client.submit(
                analyze_partition,
                part,
                settings,
                str(partition_path(out_dir, index)),
                key=f"newsevents-part-{index:05d}-{uuid.uuid4().hex}",
                retries=retries,
                pure=False,
            )
            futures[fut] = (index, len(part))
            done.add(fut)
            return True

        while len(futures) < limit and submit():
            pass
        for fut in done:
            index, size = futures.pop(fut)
            if fut.status == "finished":
                written.append((index, fut.result()))
            else:
                failed.append(FailedPartition(index, size, _failure(fut)))
            bar.update(size)
            fut.release()
            submit()
    written.sort(key=lambda w: w[0])
    return ClusterReport(
        partitions=total,
        written=tuple(Path(w.path) for _, w in written),
        failed=tuple(sorted(failed, key=lambda f: f.index)),
        articles=sum(w.articles for _, w in written),
        input_errors=sum(w.errors for _, w in written),
    )


def _failure(fut: Any) -> str:
    try:
        exc = fut.exception()
    except BaseException as cancelled:  # a cancelled future raises instead
        exc = cancelled
    return f"{type(exc).__name__}: {exc}"


def _partitions(
    items: Iterable[Article | InputError], size: int
) -> Iterator[tuple[int, list[Article | Failed]]]:
    """Numbered lists of ``size`` items; input errors travel as :class:`Failed`."""
    it = iter(items)
    for index in range(sys.maxsize):
        part = [Failed.of(x) if isinstance(x, InputError) else x for x in islice(it, size)]
        if not part:
            return
        yield index, part


# -- on the workers --------------------------------------------------------------
_pipelines: dict[str, Pipeline] = {}
_lock = threading.Lock()


def _pipeline(settings: Settings) -> Pipeline:
    """The worker process's pipeline for ``settings``, built on first use."""
    from newsevents.pipeline import Pipeline

    key = settings.model_dump_json()
    with _lock:
        if key not in _pipelines:
            _pipelines[key] = Pipeline(settings)
        return _pipelines[key]


def analyze_partition(items: list[Article | Failed], settings: Settings, path: str) -> _Written:
    """Analyse one partition and write it as Parquet (atomically: a retry overwrites)."""
    from newsevents.output import article_to_dict

    pipeline = _pipeline(settings)
    articles = [x for x in items if isinstance(x, Article)]
    results = iter(pipeline.analyze(articles))
    rows: list[tuple[int, str | None, str | None, str | None, str | None]] = []
    n_articles = n_errors = 0
    for seq, item in enumerate(items):
        res: AnalyzedArticle | InputError | Failed = (
            item if isinstance(item, Failed) else next(results)
        )
        if isinstance(res, AnalyzedArticle):
            n_articles += 1
            analysis = json.dumps(article_to_dict(res), ensure_ascii=False)
            rows.append((seq, res.article.id, analysis, res.article.origin, None))
        else:
            n_errors += 1
            err = res if isinstance(res, InputError) else res.error()
            rows.append((seq, None, None, err.origin, str(err)))
    _write_parquet(rows, path)
    return _Written(path, n_articles, n_errors)


def _write_parquet(rows: list[tuple[Any, ...]], path: str) -> None:
    import duckdb

    tmp = f"{path}.tmp-{os.getpid()}"
    con = duckdb.connect()
    try:
        con.execute(
            "CREATE TABLE part (seq INTEGER, article_id VARCHAR, analysis VARCHAR, "
            "origin VARCHAR, error VARCHAR)"
        )
        if rows:
            con.executemany("INSERT INTO part VALUES (?, ?, ?, ?, ?)", rows)
        con.execute(
            "COPY (SELECT article_id, analysis, origin, error FROM part ORDER BY seq) "
            "TO ? (FORMAT parquet)",
            [tmp],
        )
    finally:
        con.close()
    os.replace(tmp, path)


# -- reading back ------------------------------------------------------------------
def iter_partitions(out_dir: Path) -> Iterator[AnalyzedArticle | InputError]:
    """The articles and errors of every ``part-*.parquet`` in ``out_dir``, in order."""
    import duckdb

    from newsevents.readback import analyzed_from_dict

    for path in sorted(out_dir.glob("part-*.parquet")):
        con = duckdb.connect()
        try:
            rows = con.execute(
                "SELECT article_id, analysis, origin, error FROM read_parquet(?)", [str(path)]
            ).fetchall()
        finally:
            con.close()
        for article_id, analysis, origin, error in rows:
            if article_id is None:
                text = error or "unknown error"
                origin = origin or path.name
                prefix = f"{origin}: "
                yield InputError(origin, text[len(prefix) :] if text.startswith(prefix) else text)
                continue
            try:
                yield analyzed_from_dict(json.loads(analysis), origin=origin or "")
            except (ValueError, InputError) as exc:
                yield (
                    exc
                    if isinstance(exc, InputError)
                    else InputError(f"{path.name}:{article_id}", f"unreadable analysis: {exc}")
                )
