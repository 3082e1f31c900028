"""The newsevents store: articles, events and their evidence in one DuckDB file.

``Store`` opens (and migrates) a file; ``write_all``/``StoreWriter`` add analysed
articles; :mod:`newsevents.store.query` reads events back, deduplicated across
articles; :mod:`newsevents.store.series` aggregates them; :mod:`newsevents.store.export`
writes them out.  The schema is described in ``docs/store.md``.
"""

from newsevents.store.db import Store, StoreError
from newsevents.store.writer import StoreWriter, WriteStats, write_all

__all__ = ["Store", "StoreError", "StoreWriter", "WriteStats", "write_all"]
