"""analyze_parallel: the results and order of Pipeline.analyze, on worker processes."""

from __future__ import annotations

import os
import time
from itertools import count

import pytest

from newsevents import parallel
from newsevents.errors import ConfigError, InputError
from newsevents.output import article_to_dict
from newsevents.parallel import analyze_parallel, resolve_jobs
from newsevents.records import Article
from newsevents.settings import Settings

TEXTS = [
    "Kenyan police arrested ten protesters in Nairobi on Monday.",
    "French President Anne Martel met German Chancellor Paul Weber in Berlin on Friday.",
    "Rebel fighters attacked a Malian army convoy near Gao, the army said.",
    "The Brazilian government condemned the strike and promised new talks in March.",
    "Japanese Prime Minister Kenji Sato visited Seoul and signed a trade agreement.",
]


def _items(n: int) -> list[Article | InputError]:
    items: list[Article | InputError] = []
    for i in range(n):
        items.append(Article(f"art{i}", TEXTS[i % len(TEXTS)], origin=f"feed.jsonl:{i + 1}"))
        if i % 4 == 1:
            items.append(InputError(f"bad{i}.txt", "not UTF-8"))
    return items


def _key(x: object) -> object:
    return ("error", str(x)) if isinstance(x, InputError) else article_to_dict(x)  # type: ignore[arg-type]


def test_same_results_and_order_as_the_pipeline(pipeline):
    items = _items(12)
    expected = [_key(x) for x in pipeline.analyze(items)]
    got = [_key(x) for x in analyze_parallel(items, Settings(), jobs=2, chunk_size=2)]
    assert got == expected
    assert [g[1] for g in got if isinstance(g, tuple)] == ["bad1.txt: not UTF-8"] + [
        f"bad{i}.txt: not UTF-8" for i in (5, 9)
    ]
    assert [g["id"] for g in got if isinstance(g, dict)] == [f"art{i}" for i in range(12)]


def test_small_input_runs_in_process(monkeypatch, pipeline):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a handful of articles")

    monkeypatch.setattr(parallel, "_Pool", no_pool)
    out = list(analyze_parallel(_items(3), Settings(), jobs=2, chunk_size=8))
    assert [x.article.id for x in out if not isinstance(x, InputError)] == ["art0", "art1", "art2"]


def test_jobs_zero_means_all_cores():
    assert resolve_jobs(0, Settings()) == len(os.sched_getaffinity(0))
    assert resolve_jobs(None, Settings(jobs=3)) == 3


def _crash_on_marked(articles: list[Article]) -> list:
    """Worker task that dies like an OOM-killed process on an article marked 'crash'."""
    if any(a.id.startswith("crash") for a in articles):
        os._exit(1)
    return parallel._analyze_chunk(articles)


def test_a_crashed_worker_loses_only_its_chunk():
    items = [Article(f"ok{i}", TEXTS[i % 5]) for i in range(6)]
    items[3] = Article("crash3", TEXTS[0], origin="feed.jsonl:4")
    pool = parallel._Pool(Settings(), 2, task=_crash_on_marked)
    out = list(pool.run(parallel._chunks(items, 2)))
    assert len(out) == 6
    errors = [str(x) for x in out if isinstance(x, InputError)]
    # the chunk [ok2, crash3] is reported, naming each article; the rest is analysed
    assert len(errors) == 2 and "ok2" in errors[0] and "feed.jsonl:4" in errors[1]
    assert all("worker process died" in e for e in errors)
    assert [x.article.id for x in out if not isinstance(x, InputError)] == [
        "ok0",
        "ok1",
        "ok4",
        "ok5",
    ]


def test_memory_is_bounded_and_closing_stops_the_workers():
    consumed = count()
    pulled = 0

    def endless():
        nonlocal pulled
        for i in consumed:
            pulled = i + 1
            yield Article(f"a{i}", TEXTS[i % 5])

    gen = analyze_parallel(endless(), Settings(), jobs=2, chunk_size=2)
    first = next(gen)
    assert not isinstance(first, InputError) and first.article.id == "a0"
    # head (2 jobs x 2) + 2 chunks in flight per worker + the next chunk being built
    assert pulled <= 2 * 2 + 2 * 2 * 2 + 2
    started = time.perf_counter()
    gen.close()
    assert time.perf_counter() - started < 5


def test_a_worker_that_cannot_load_the_models_raises_the_config_error(tmp_path):
    settings = Settings(actors_file=tmp_path / "missing.tsv")
    with pytest.raises(ConfigError, match=r"missing\.tsv"):
        list(analyze_parallel(_items(8), settings, jobs=2, chunk_size=2))
