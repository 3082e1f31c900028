"""newsevents: political event data from news articles.

The public API is what ``__all__`` lists; everything else may change.
"""

from newsevents.errors import ConfigError, InputError, ModelNotFoundError, NewsEventsError
from newsevents.ingest import iter_articles
from newsevents.pipeline import Pipeline
from newsevents.records import (
    Actor,
    AnalyzedArticle,
    Article,
    Event,
    Place,
    Quote,
    TimeExpr,
)
from newsevents.settings import Settings

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
__version__ = "0.1.0"
