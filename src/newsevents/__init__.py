"""newsevents: political event data from news articles.

The public API is what ``__all__`` lists; everything else may change.  Names are
imported on first use so that ``import newsevents`` (and the CLI's start) stays quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Actor": "newsevents.records",
    "AnalyzedArticle": "newsevents.records",
    "Article": "newsevents.records",
    "Event": "newsevents.records",
    "Place": "newsevents.records",
    "Quote": "newsevents.records",
    "TimeExpr": "newsevents.records",
    "ConfigError": "newsevents.errors",
    "InputError": "newsevents.errors",
    "ModelNotFoundError": "newsevents.errors",
    "NewsEventsError": "newsevents.errors",
    "Pipeline": "newsevents.pipeline",
    "Settings": "newsevents.settings",
    "iter_articles": "newsevents.ingest",
}
__all__ = [
    "Actor",
    "AnalyzedArticle",
    "Article",
    "ConfigError",
    "Event",
    "InputError",
    "ModelNotFoundError",
    "NewsEventsError",
    "Pipeline",
    "Place",
    "Quote",
    "Settings",
    "TimeExpr",
    "iter_articles",
]

if TYPE_CHECKING:
    from newsevents.errors import ConfigError, InputError, ModelNotFoundError, NewsEventsError
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Pipeline
    from newsevents.records import Actor, AnalyzedArticle, Article, Event, Place, Quote, TimeExpr
    from newsevents.settings import Settings


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
