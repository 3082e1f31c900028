"""The event-coder interface and its registry.

A coder turns one analysed article (parse, actors, places, times, quotes) into
events.  Coders register under a name; ``Settings.coder`` picks one.  The rule
coder is built in and registered the same way a third-party coder would be.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from newsevents.errors import ConfigError
from newsevents.parsed import ParsedDoc
from newsevents.records import Article, Event, Place, Quote, TimeExpr
from newsevents.resolve.actors import ActorIndex
from newsevents.settings import Settings


@dataclass(frozen=True)
class CodingContext:
    """Everything a coder may read about one article."""

    article: Article
    doc: ParsedDoc
    actors: ActorIndex
    places: tuple[Place, ...]
    times: tuple[TimeExpr, ...]
    quotes: tuple[Quote, ...]


class EventCoder(Protocol):
    name: str

    def code(self, ctx: CodingContext) -> list[Event]: ...


CoderFactory = Callable[[Settings], EventCoder]
_REGISTRY: dict[str, CoderFactory] = {}


def register_coder(name: str) -> Callable[[CoderFactory], CoderFactory]:
    """Register a coder factory under ``name`` (decorator)."""

    def deco(factory: CoderFactory) -> CoderFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def available_coders() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def get_coder(settings: Settings) -> EventCoder:
    _load_builtins()
    try:
        factory = _REGISTRY[settings.coder]
    except KeyError:
        raise ConfigError(
            f"unknown coder {settings.coder!r}; available: {', '.join(sorted(_REGISTRY))}"
        ) from None
    return factory(settings)


def _load_builtins() -> None:
    # imported here so that registering has no import-order tangle
    from newsevents.coding import hybrid, llm, rules  # noqa: F401
