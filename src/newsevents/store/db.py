"""Opening a store: one DuckDB file, a migrated schema, and short-lived connections.

DuckDB lets one process open a file for writing *or* several for reading, never
both at once.  So that readers (``newsevents events``, the HTTP API) can query
while ``ingest`` runs, nobody holds a connection longer than one transaction or
one query: the writer connects per commit, readers per query, and each waits
(with back-off) while another holds the lock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from newsevents.errors import ConfigError, NewsEventsError
from newsevents.store.schema import SCHEMA_VERSION, current_version, migrate


class StoreError(NewsEventsError):
    """The store could not be opened or written."""


class Store:
    """A newsevents store in one DuckDB file."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 120.0, create: bool = True):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        if not self.path.exists():
            if not create:
                raise StoreError(f"{self.path}: no such store (run `newsevents ingest` first)")
            if not self.path.parent.is_dir():
                raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        with self.connect(read_only=not create) as con:
            if create:
                migrate(con, str(self.path))
                return
            version = current_version(con)
        if version == 0:
            raise StoreError(f"{self.path}: not a newsevents store (no schema_info table)")
        if version > SCHEMA_VERSION:
            raise ConfigError(
                f"{self.path}: store schema version {version} is newer than this newsevents "
                f"understands ({SCHEMA_VERSION}); upgrade newsevents"
            )
        if version < SCHEMA_VERSION:
            # a store from an older newsevents: brought up to date once (quick), so that
            # reading commands work after an upgrade
            with self.connect(read_only=False) as con:
                migrate(con, str(self.path))

    @contextmanager
    def connect(self, *, read_only: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one transaction or query, waiting while another process writes."""
        con = self._open(read_only)
        try:
            yield con
        finally:
            con.close()

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"{self.path}: store is locked by another process for more than "
                        f"{self.lock_timeout:.0f} s"
                    ) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: not a newsevents store: {exc}") from exc

    def known_contents(self) -> set[str]:
        """Content hashes of every stored article version: what ingest may skip."""
        with self.connect() as con:
            rows = con.execute("SELECT DISTINCT content_hash FROM articles").fetchall()
        return {h for (h,) in rows}

    def counts(self) -> dict[str, int]:
        """Rows per table (latest article versions and their events only)."""
        with self.connect() as con:
            one = con.execute(
                """SELECT
                    (SELECT count(*) FROM articles WHERE is_latest),
                    (SELECT count(*) FROM articles),
                    (SELECT count(*) FROM events e JOIN articles a ON a.uid = e.article_uid
                        WHERE a.is_latest),
                    (SELECT count(DISTINCT e.cluster_id) FROM events e
                        JOIN articles a ON a.uid = e.article_uid WHERE a.is_latest),
                    (SELECT count(*) FROM failures)"""
            ).fetchone()
        assert one is not None
        return {
            "articles": one[0],
            "article_versions": one[1],
            "event_mentions": one[2],
            "events": one[3],
            "failures": one[4],
        }
