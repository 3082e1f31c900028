"""The newsevents store: articles, events and their evidence in one DuckDB file.

``Store`` opens (and migrates) a file; ``write_all``/``StoreWriter`` add analysed
articles; :mod:`newsevents.store.query` reads events back, deduplicated across
articles; :mod:`newsevents.store.series` aggregates them; :mod:`newsevents.store.export`
writes them out.  The schema is described in ``docs/store.md``.

Names are imported on first use, so that :mod:`newsevents.store.options` (what the
command line offers) does not load DuckDB.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Store": "newsevents.store.db",
    "StoreError": "newsevents.store.db",
    "StoreWriter": "newsevents.store.writer",
    "WriteStats": "newsevents.store.writer",
    "write_all": "newsevents.store.writer",
}
__all__ = ["Store", "StoreError", "StoreWriter", "WriteStats", "write_all"]

if TYPE_CHECKING:
    from newsevents.store.db import Store, StoreError
    from newsevents.store.writer import StoreWriter, WriteStats, write_all


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newsevents.store' has no attribute {name!r}")
