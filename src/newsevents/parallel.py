"""Analyse articles on every core: worker processes, each loading the models once.

:func:`analyze_parallel` has the contract of :meth:`Pipeline.analyze` (same
results, same order, input and per-article errors in place) and fans chunks of
articles out to a process pool.  At most ``2 x jobs`` chunks are in flight, so
memory stays bounded however long the input is.

Start method: ``forkserver``, with spaCy and the pipeline modules preloaded in
the server.  ``fork`` copies whatever the calling process holds: the ``ingest``
command's DuckDB connection and its threads, the progress bar's monitor thread,
a Dask client.  Forking a process with live threads can deadlock the child on a
lock some thread held at that moment (Python 3.12 warns about it).
``forkserver`` forks workers from a clean single-threaded server that has
already imported spaCy.  Measured on the 2-core development VM (pool start-up
plus two tiny chunks, jobs=2): fork 1.13 s, forkserver 1.15 s, spawn 1.59 s;
fork from a parent that had already loaded the pipeline 0.04 s, but the CLI
does not load it in the parent, so fork would buy nothing but the risk.  As
with ``spawn``, a script calling this must guard its top level with
``if __name__ == "__main__":``.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from newsevents.errors import InputError
from newsevents.records import AnalyzedArticle, Article
from newsevents.settings import Settings

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

__all__ = ["DEFAULT_CHUNK_SIZE", "analyze_parallel", "resolve_jobs"]

log = logging.getLogger(__name__)

#: articles sent to a worker at a time: large enough to amortise the round trip
#: (a few ms) against ~50 ms of analysis per article, small enough to balance load
DEFAULT_CHUNK_SIZE = 32
#: chunks in flight per worker: one being analysed, one queued behind it
_INFLIGHT_PER_WORKER = 2
_PRELOAD = ["newsevents.pipeline", "spacy"]


@dataclass(frozen=True, slots=True)
class Failed:
    """An :class:`InputError` in transit (the exception itself does not pickle)."""

    origin: str
    reason: str

    @classmethod
    def of(cls, err: InputError) -> Failed:
        return cls(err.origin, err.reason)

    def error(self) -> InputError:
        return InputError(self.origin, self.reason)


def resolve_jobs(jobs: int | None, settings: Settings) -> int:
    """Worker count: ``jobs``, else ``settings.jobs``; 0 means every core we may use."""
    n = settings.jobs if jobs is None else jobs
    if n <= 0:
        cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        n = len(cores) if cores else (os.cpu_count() or 1)
    return max(1, n or 1)


@functools.lru_cache(maxsize=2)
def local_pipeline(settings: Settings) -> Pipeline:
    """The in-process pipeline for ``settings``, built once."""
    from newsevents.pipeline import Pipeline

    return Pipeline(settings)


def analyze_parallel(
    items: Iterable[Article | InputError],
    settings: Settings,
    jobs: int | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Generator[AnalyzedArticle | InputError, None, None]:
    """Analyse ``items`` like ``Pipeline(settings).analyze(items)``, on ``jobs`` processes.

    ``jobs`` defaults to ``settings.jobs`` (0 = all cores).  One process, or an
    input of less than about one chunk per worker, runs in this process: no pool
    start-up for a handful of articles.  A worker that dies (killed, out of
    memory) loses only its chunk, whose articles come back as errors naming them.
    """
    n = resolve_jobs(jobs, settings)
    chunk_size = max(1, chunk_size)
    it = iter(items)
    head = list(islice(it, n * chunk_size)) if n > 1 else []
    if n <= 1 or sum(isinstance(x, Article) for x in head) < n * chunk_size:
        yield from local_pipeline(settings).analyze(chain(head, it))
        return
    yield from _Pool(settings, n).run(_chunks(chain(head, it), chunk_size))


def _chunks(
    items: Iterable[Article | InputError], size: int
) -> Iterator[list[Article | InputError]]:
    """Lists of items holding ``size`` articles each (input errors ride along)."""
    chunk: list[Article | InputError] = []
    count = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
            count += 1
            if count >= size:
                yield chunk
                chunk, count = [], 0
    if chunk:
        yield chunk


class _Pool:
    """An ordered, bounded fan-out of chunks over a process pool that survives crashes."""

    def __init__(
        self,
        settings: Settings,
        jobs: int,
        task: Callable[[list[Article]], list[Any]] | None = None,
    ) -> None:
        self.settings = settings
        self.jobs = jobs
        #: what a worker runs on a chunk (replaceable so tests can crash a worker)
        self.task = task or _analyze_chunk
        self.executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        self.executor = ProcessPoolExecutor(
            self.jobs, mp_context=ctx, initializer=_init_worker, initargs=(self.settings,)
        )
        return self.executor

    def _stop(self, *, kill: bool) -> None:
        ex, self.executor = self.executor, None
        if ex is None:
            return
        if kill:
            # shutdown() would wait for the chunks being analysed; on Ctrl-C or an
            # abandoned generator we stop the workers now (private, so guarded)
            for proc in list(getattr(ex, "_processes", {}).values()):
                proc.terminate()
        ex.shutdown(wait=True, cancel_futures=True)

    def run(
        self, chunks: Iterator[list[Article | InputError]]
    ) -> Iterator[AnalyzedArticle | InputError]:
        executor = self._start()
        pending: deque[tuple[list[Article | InputError], Future[list[AnalyzedArticle | Failed]]]]
        pending = deque()
        limit = self.jobs * _INFLIGHT_PER_WORKER
        finished = False
        try:
            while True:
                while not finished and len(pending) < limit:
                    chunk = next(chunks, None)
                    if chunk is None:
                        finished = True
                        break
                    pending.append((chunk, executor.submit(self.task, _articles(chunk))))
                if not pending:
                    break
                chunk, fut = pending[0]
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    # every chunk in flight failed with the pool; find the culprit
                    yield from self._recover(pending)
                    executor = self.executor or self._start()
                    continue
                pending.popleft()
                yield from _merge(chunk, results)
        except BaseException:
            self._stop(kill=True)
            raise
        self._stop(kill=False)

    def _recover(
        self,
        pending: deque[tuple[list[Article | InputError], Future[list[AnalyzedArticle | Failed]]]],
    ) -> Iterator[AnalyzedArticle | InputError]:
        """Rerun each chunk that was in flight alone in a fresh pool, in order.

        A chunk that kills its worker again is reported article by article; the
        others are analysed normally.  Each chunk is retried at most once.
        """
        self._stop(kill=True)
        chunks = [c for c, _ in pending]
        pending.clear()
        for chunk in chunks:
            executor = self.executor or self._start()
            try:
                results = executor.submit(self.task, _articles(chunk)).result()
            except BrokenProcessPool as exc:
                self._stop(kill=True)
                log.warning("a worker died on a chunk of %d items: %s", len(chunk), exc)
                yield from _crashed(chunk)
                continue
            yield from _merge(chunk, results)


def _articles(chunk: list[Article | InputError]) -> list[Article]:
    return [x for x in chunk if isinstance(x, Article)]


def _merge(
    chunk: list[Article | InputError], results: list[AnalyzedArticle | Failed]
) -> Iterator[AnalyzedArticle | InputError]:
    """The chunk's results in input order, its input errors back in their places."""
    out = iter(results)
    for item in chunk:
        if isinstance(item, InputError):
            yield item
            continue
        res = next(out)
        yield res.error() if isinstance(res, Failed) else res


def _crashed(chunk: list[Article | InputError]) -> Iterator[InputError]:
    for item in chunk:
        if isinstance(item, InputError):
            yield item
        else:
            yield InputError(
                item.origin or item.id, "worker process died while analysing this article's chunk"
            )


# -- in the worker processes -------------------------------------------------
_worker_pipeline: Pipeline | None = None
_worker_error: BaseException | None = None


def _init_worker(settings: Settings) -> None:
    """Build the pipeline once per worker; Ctrl-C is the parent's to handle."""
    global _worker_pipeline, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _worker_pipeline = local_pipeline(settings)
    except Exception as exc:  # raised again with the first chunk, so the caller sees it
        _worker_error = exc


def _analyze_chunk(articles: list[Article]) -> list[AnalyzedArticle | Failed]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_pipeline is not None
    return [
        Failed.of(r) if isinstance(r, InputError) else r for r in _worker_pipeline.analyze(articles)
    ]
