"""Who may touch the store, and when, inside the server process.

DuckDB refuses, within one process, a read-only and a read-write connection to
the same file at the same time.  The server reads on many threads and writes
(reviews, ingest) now and then, so reads share and writes wait for every read
to end, and new reads wait behind a waiting write so that it is not starved.
Between processes the store's own back-off applies (:class:`Store`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from newsevents.store import Store


class StoreAccess:
    """A store with a readers-writer lock around its use in this process."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield self.store
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[Store]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield self.store
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
