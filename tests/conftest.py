"""Shared fixtures: one pipeline per test session (loading spaCy is the slow part)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def pipeline():
    from newsevents.pipeline import Pipeline

    return Pipeline()


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
