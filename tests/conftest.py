"""Shared fixtures: one pipeline and one packaged knowledge base per test session (loading
spaCy and the dictionaries is the slow part)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from newsevents.resolve.kb import KnowledgeBase
from newsevents.resolve.lookup import Lookup
from newsevents.resolve.people import PeopleIndex
from newsevents.resolve.userkb import load_knowledge

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", REPO.parent / "shared"))
#: publication date of the coding tests' sentences (a Thursday), so relative dates resolve
PUBLISHED = datetime(2021, 6, 10, 9, 0)


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import Pipeline

    return Pipeline()


def _coded(pipeline, text: str, published: datetime | None) -> list:
    from newsevents.records import Article

    events = list(pipeline.analyze_one(Article(id="t", text=text, published=published)).events)
    for ev in events:
        for p in (*ev.actor, *ev.recipient):
            assert text[p.start : p.end] == p.entity_text  # offsets are the output contract
        assert ev.explanation
    return events


@pytest.fixture(scope="session")
def code(pipeline):
    """Factory: ``code(text)`` gives the default coder's events for one invented text."""
    return lambda text, published=PUBLISHED: _coded(pipeline, text, published)


@pytest.fixture(scope="session")
def rules_code(pipeline):
    """Factory: the rule coder alone (the default hybrid coder may re-type its events)."""
    from newsevents.coding.rules import RuleCoder

    coder = RuleCoder(pipeline.settings)

    def run(text: str, published: datetime | None = PUBLISHED) -> list:
        saved = pipeline.coder
        pipeline.coder = coder
        try:
            return _coded(pipeline, text, published)
        finally:
            pipeline.coder = saved

    return run


@pytest.fixture(scope="session")
def shared_file():
    """Factory: ``shared_file("examples/x.txt")`` gives a path under shared/ or skips."""
    return _shared_file


def _shared_file(relative: str) -> Path:
    """A file of the shared development data; skips the test, saying why, if absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(
            f"shared data not found at {path} (set NEWSEVENTS_SHARED to the shared/ folder)"
        )
    return path


# The packaged knowledge base, without any user file: built once for the whole session.
@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


@pytest.fixture(scope="session")
def people() -> PeopleIndex:
    return load_knowledge(use_env=False).people


@pytest.fixture(scope="session")
def lookup(kb: KnowledgeBase, people: PeopleIndex) -> Lookup:
    return Lookup(kb, people)
