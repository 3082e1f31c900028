"""Writing analysed articles to the store, a transaction per batch.

Each batch commits whole or not at all, so an ingest killed at any moment keeps
every batch it had committed and nothing half-written; the rerun skips what is
stored and does the rest.  The same content is stored once, whatever file or feed
it comes from (wire copies filed twice are one article).  A changed article (same
URL, id or file, other content) becomes a new version; earlier versions stay in
the store but stop counting in queries.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb

from newsevents.errors import InputError
from newsevents.records import AnalyzedArticle
from newsevents.store.db import Store
from newsevents.store.rows import ArticleRows, article_rows


@dataclass
class WriteStats:
    """What a writer has done so far."""

    articles: int = 0  # article versions written
    new_versions: int = 0  # of which replace an earlier version
    unchanged: int = 0  # already stored with the same content
    events: int = 0
    failures: int = 0
    commits: int = 0
    seconds: float = 0.0  # time spent building rows and committing them


@dataclass
class StoreWriter:
    """Buffers analysed articles and commits them every ``commit_every``."""

    store: Store
    commit_every: int = 64
    stats: WriteStats = field(default_factory=WriteStats)
    _rows: list[ArticleRows] = field(default_factory=list)
    _failures: list[InputError] = field(default_factory=list)

    def add(self, item: AnalyzedArticle | InputError) -> None:
        t0 = time.perf_counter()
        if isinstance(item, InputError):
            self._failures.append(item)
        else:
            self._rows.append(article_rows(item, ingested_at=_now()))
        self.stats.seconds += time.perf_counter() - t0
        if len(self._rows) + len(self._failures) >= self.commit_every:
            self.flush()

    def flush(self) -> None:
        """Commit what is buffered in one transaction."""
        if not self._rows and not self._failures:
            return
        rows, failures = self._rows, self._failures
        t0 = time.perf_counter()
        with self.store.connect(read_only=False) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._write(con, rows, failures)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        self._rows, self._failures = [], []
        self.stats.commits += 1
        self.stats.seconds += time.perf_counter() - t0

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        # Ctrl-C still keeps what was finished; after other errors (perhaps the
        # database's own) nothing more is attempted
        if exc_type is None or exc_type is KeyboardInterrupt:
            self.flush()

    def _write(
        self,
        con: duckdb.DuckDBPyConnection,
        rows: Sequence[ArticleRows],
        failures: Sequence[InputError],
    ) -> None:
        # the same content is one article, whichever file or feed it came from
        unique: dict[str, ArticleRows] = {}
        for r in rows:
            unique.setdefault(r.content_hash, r)
        keys = sorted({r.doc_key for r in unique.values()})
        versions: dict[str, int] = {}
        if keys:
            for key, version in con.execute(
                "SELECT doc_key, max(version) FROM articles WHERE doc_key IN "
                "(SELECT unnest($1::VARCHAR[])) GROUP BY doc_key",
                [keys],
            ).fetchall():
                versions[key] = version
        stored = {
            h
            for (h,) in con.execute(
                "SELECT DISTINCT content_hash FROM articles WHERE content_hash IN "
                "(SELECT unnest($1::VARCHAR[]))",
                [sorted(unique)],
            ).fetchall()
        }
        new = [r for h, r in unique.items() if h not in stored]
        self.stats.unchanged += len(rows) - len(new)
        replaced = sorted({r.doc_key for r in new if r.doc_key in versions})
        if replaced:
            con.execute(
                "UPDATE articles SET is_latest = false WHERE doc_key IN "
                "(SELECT unnest($1::VARCHAR[]))",
                [replaced],
            )
        latest: dict[str, ArticleRows] = {}
        article_dicts = []
        for r in new:
            version = versions.get(r.doc_key, 0) + 1
            versions[r.doc_key] = version
            latest[r.doc_key] = r
            article_dicts.append({**r.article, "version": version})
        for d in article_dicts:
            d["is_latest"] = latest[d["doc_key"]].uid == d["uid"]
        insert(con, "articles", article_dicts)
        insert(con, "events", [e for r in new for e in r.events])
        insert(con, "actors", [x for r in new for x in r.actors])
        insert(con, "places", [x for r in new for x in r.places])
        insert(con, "quotes", [x for r in new for x in r.quotes])
        # a rerun meets the same bad inputs again: keep each once
        seen = set(
            con.execute(
                "SELECT origin, reason FROM failures "
                "WHERE origin IN (SELECT unnest($1::VARCHAR[]))",
                [sorted({f.origin for f in failures})],
            ).fetchall()
        )
        fresh = {(f.origin, f.reason) for f in failures} - seen
        insert(
            con,
            "failures",
            [{"origin": o, "reason": r, "ingested_at": _now()} for o, r in sorted(fresh)],
        )
        self.stats.articles += len(new)
        self.stats.new_versions += sum(1 for d in article_dicts if d["version"] > 1)
        self.stats.events += sum(len(r.events) for r in new)
        self.stats.failures += len(failures)


def write_all(
    store: Store, items: Iterable[AnalyzedArticle | InputError], *, commit_every: int = 64
) -> WriteStats:
    """Write every item, committing every ``commit_every``; returns the statistics."""
    with StoreWriter(store, commit_every) as writer:
        for item in items:
            writer.add(item)
    return writer.stats


_COLUMN_TYPES: dict[str, list[tuple[str, str]]] = {}


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert many rows at once: one list parameter per column, unnested in SQL.

    Far faster than ``executemany`` (one statement instead of one per row), which
    keeps storage from being the bottleneck of ingest.
    """
    if not rows:
        return
    if table not in _COLUMN_TYPES:
        _COLUMN_TYPES[table] = [
            (name, dtype)
            for name, dtype in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
        ]
    columns = _COLUMN_TYPES[table]
    names = ", ".join(name for name, _ in columns)
    select = ", ".join(f"unnest(${i}::{dtype}[])" for i, (_, dtype) in enumerate(columns, 1))
    params = [[r.get(name) for r in rows] for name, _ in columns]
    con.execute(f"INSERT INTO {table} ({names}) SELECT {select}", params)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
