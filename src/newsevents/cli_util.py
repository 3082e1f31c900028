"""Small helpers shared by the command modules (cli.py, store_cli.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

import typer


@contextmanager
def open_out(path: Path | None, *, append: bool = False) -> Iterator[TextIO]:
    """The output file (UTF-8, newlines as written), or standard output for None."""
    if path is None:
        yield sys.stdout
    else:
        with open(path, "a" if append else "w", encoding="utf-8", newline="") as fh:
            yield fh


def parse_published(value: str | None) -> datetime | None:
    """A ``--published`` value, or a usage error naming it."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"--published {value!r} is not YYYY-MM-DD[THH:MM]") from None
