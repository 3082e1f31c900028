"""The pipeline: named stages run in order over each parsed article.

Each stage declares what it reads and what it adds to the analysis; the
pipeline checks at construction that every stage's inputs are produced by an
earlier one, so a reordered or replaced stage fails early and clearly.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsevents import nlp
from newsevents.coding.base import CodingContext, EventCoder, get_coder
from newsevents.errors import ConfigError, InputError
from newsevents.parsed import ParsedDoc
from newsevents.quotes import find_quotes
from newsevents.records import AnalyzedArticle, Article, Quote
from newsevents.resolve.actors import ActorIndex, ActorResolver
from newsevents.resolve.gazetteer import Gazetteer
from newsevents.resolve.places import find_places
from newsevents.resolve.times import find_times
from newsevents.resolve.userkb import load_knowledge
from newsevents.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Analysis:
    """What the stages of one article have produced so far."""

    article: Article
    doc: ParsedDoc
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    provides: str
    run: Callable[[Analysis], Any]


class Pipeline:
    """Parse articles in batches and run the analysis stages on each."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        knowledge = load_knowledge(self.settings.actors_file, use_env=False)
        self.kb = knowledge.kb
        self.resolver = ActorResolver(knowledge.kb, knowledge.people)
        self.gazetteer = Gazetteer.default()
        self.coder: EventCoder = get_coder(self.settings)
        self.stages = self._stages()
        _check(self.stages)

    def _stages(self) -> list[Stage]:
        return [
            Stage("entities", (), "entities", lambda a: a.doc.entities),
            Stage(
                "places",
                (),
                "places",
                lambda a: tuple(
                    find_places(
                        a.doc, dateline_place=a.article.dateline_place, gazetteer=self.gazetteer
                    )
                ),
            ),
            Stage(
                "actors",
                ("places",),  # origins: "a man from Leeds" is British
                "actor_index",
                lambda a: self.resolver.resolve(
                    a.doc,
                    a.article.source,
                    a.article.published.date() if a.article.published else None,
                    places=a.values["places"],
                ),
            ),
            Stage("times", (), "times", lambda a: tuple(find_times(a.doc, a.article.published))),
            Stage(
                "quotes",
                ("actor_index",),
                "quotes",
                lambda a: tuple(link_speakers(find_quotes(a.doc), a.values["actor_index"])),
            ),
            Stage("events", ("actor_index", "places", "times", "quotes"), "events", self._code),
        ]

    def _code(self, a: Analysis) -> tuple[Any, ...]:
        ctx = CodingContext(
            article=a.article,
            doc=a.doc,
            actors=a.values["actor_index"],
            places=a.values["places"],
            times=a.values["times"],
            quotes=a.values["quotes"],
        )
        return tuple(self.coder.code(ctx))

    # -- running ------------------------------------------------------------
    def analyze_parsed(self, article: Article, doc: ParsedDoc) -> AnalyzedArticle:
        a = Analysis(article, doc)
        for stage in self.stages:
            a.values[stage.provides] = stage.run(a)
        index: ActorIndex = a.values["actor_index"]
        return AnalyzedArticle(
            article=article,
            entities=tuple(a.values["entities"]),
            actors=index.actors,
            places=a.values["places"],
            times=a.values["times"],
            quotes=a.values["quotes"],
            events=a.values["events"],
        )

    def analyze(
        self, items: Iterable[Article | InputError]
    ) -> Iterator[AnalyzedArticle | InputError]:
        """Analyse articles in order; input errors and per-article failures pass through."""
        batch: list[Article] = []
        for item in items:
            if isinstance(item, InputError):
                yield from self._flush(batch)
                batch = []
                yield item
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def analyze_one(self, article: Article) -> AnalyzedArticle:
        return self.analyze_parsed(article, nlp.parse_one(article.text, model=self.settings.model))

    def _flush(self, batch: list[Article]) -> Iterator[AnalyzedArticle | InputError]:
        if not batch:
            return
        docs = nlp.parse(
            (a.text for a in batch), model=self.settings.model, batch_size=self.settings.batch_size
        )
        for article, doc in zip(batch, docs, strict=True):
            try:
                yield self.analyze_parsed(article, doc)
            except Exception as exc:  # one bad article must not stop a batch
                log.debug("analysis failed", exc_info=True)
                yield InputError(
                    article.origin or article.id, f"analysis failed: {type(exc).__name__}: {exc}"
                )


def link_speakers(quotes: Iterable[Quote], actors: ActorIndex) -> list[Quote]:
    """Fill each quote's ``speaker_id`` from the actor mentioned at its speaker span."""
    out = []
    for q in quotes:
        sid = None
        if q.speaker_start is not None and q.speaker_end is not None:
            sid = actors.at(q.speaker_start, q.speaker_end)
        out.append(dataclasses.replace(q, speaker_id=sid))
    return out


def _check(stages: list[Stage]) -> None:
    provided: set[str] = set()
    for s in stages:
        missing = [r for r in s.requires if r not in provided]
        if missing:
            raise ConfigError(f"stage {s.name!r} needs {missing} before it")
        provided.add(s.provides)
