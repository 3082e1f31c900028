"""Records back from the JSON output contract: the inverse of :func:`output.article_to_dict`.

Used to load Parquet partitions written by a cluster run (and any ``extract``
output) into the store.  The conversion follows the records' own type hints, so
a field added to a record is read back without changes here.

Not in the JSON contract, hence not restored: ``Event.trigger_start`` and
``trigger_end`` (back to -1), ``Article.origin`` (give it as ``origin``), and
``AnalyzedArticle.warnings`` (empty).  ``Article.author`` and
``dateline_place`` are restored from the optional ``author`` and ``dateline``.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import json
import os
import types
import typing
from collections.abc import Iterator
from datetime import datetime
from typing import Any, Union

from newsevents import records
from newsevents.errors import InputError
from newsevents.records import AnalyzedArticle, Article

__all__ = ["ResumePoint", "analyzed_from_dict", "resume_point"]

_CONTENT = ("entities", "actors", "places", "times", "quotes", "events")


def analyzed_from_dict(d: dict[str, Any], *, origin: str = "") -> AnalyzedArticle:
    """The :class:`AnalyzedArticle` that ``article_to_dict`` turned into ``d``.

    Raises :class:`InputError` naming the article when ``d`` does not fit the contract.
    """
    name = str(d.get("id") or origin or "<record>")
    try:
        published = d.get("published")
        article = Article(
            id=d["id"],
            text=d["text"],
            title=d.get("title"),
            source=d.get("source"),
            url=d.get("url"),
            published=datetime.fromisoformat(published) if published else None,
            author=d.get("author"),
            dateline_place=d.get("dateline"),
            origin=origin,
        )
        hints = _hints(AnalyzedArticle)
        content = {k: _convert(hints[k], d.get(k) or []) for k in _CONTENT}
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(name, f"not an analysed article: {type(exc).__name__}: {exc}") from exc
    return AnalyzedArticle(article=article, **content)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def _record(cls: Any, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        key = _camel(f.name)
        if key in data:
            values[f.name] = _convert(hints[f.name], data[key])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise KeyError(f"{cls.__name__}.{key}")
    return cls(**values)


def _convert(tp: Any, value: Any) -> Any:
    """``value`` (JSON data) as type ``tp`` (a record field's annotation)."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner, value)
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(tp)
        return tuple(_convert(item, v) for v in value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"{tp.__name__}: expected an object, got {type(value).__name__}")
        return _record(tp, value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


# -- where an interrupted run stopped ------------------------------------------
@dataclasses.dataclass(frozen=True, slots=True)
class ResumePoint:
    """The complete part of an output file and the articles it holds."""

    #: bytes to keep: everything after is a half-written record (or the last
    #: article's events, which may be incomplete)
    keep_bytes: int
    #: article id -> times it was written (inputs may hold the same article twice)
    done: dict[str, int]


def resume_point(path: str | os.PathLike[str], fmt: str, *, per_event: bool) -> ResumePoint:
    """Scan an output of ``extract``/``code`` for the articles already written.

    ``fmt`` is ``jsonl`` (article ``id``, or ``articleId`` of an event line),
    ``csv`` or ``tsv`` (the ``articleId`` column).  A last record without its line
    end, left by a kill mid-write, is not kept.  With ``per_event`` (``code``),
    the last article's records are not kept either: a kill may have cut its
    events short, so it is done again.
    """
    ends: list[tuple[int, str]] = []  # (byte offset after the record, article id)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return ResumePoint(0, {})
    except OSError as exc:
        raise InputError(str(path), f"cannot read for --resume: {exc}") from exc
    if fmt == "jsonl":
        ends = _jsonl_ends(str(path), data)
    else:
        ends = _csv_ends(str(path), data, "," if fmt == "csv" else "\t")
    if per_event and ends and ends[-1][1]:
        last = ends[-1][1]
        while ends and ends[-1][1] == last:
            ends.pop()
    keep = ends[-1][0] if ends else 0
    done: dict[str, int] = {}
    previous = None
    for _, art in ends:
        # an article's events are consecutive lines: count each run once
        if art and not (per_event and art == previous):
            done[art] = done.get(art, 0) + 1
        previous = art
    return ResumePoint(keep, done)


def _jsonl_ends(name: str, data: bytes) -> list[tuple[int, str]]:
    ends = []
    offset = 0
    for n, line in enumerate(data.splitlines(keepends=True), 1):
        if not line.endswith(b"\n"):
            break  # cut short by a kill
        offset += len(line)
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            art = obj.get("articleId", obj.get("id")) if isinstance(obj, dict) else None
        except ValueError:
            art = None
        if not isinstance(art, str):
            raise InputError(f"{name}:{n}", "not a line of newsevents JSON output; cannot resume")
        ends.append((offset, art))
    return ends


def _csv_ends(name: str, data: bytes, delimiter: str) -> list[tuple[int, str]]:
    """Records' end offsets; the header is an entry with an empty id."""
    lines = data.decode("utf-8", errors="replace").splitlines(keepends=True)
    consumed = 0
    complete = True

    def feed() -> Iterator[str]:
        nonlocal consumed, complete
        for line in lines:
            consumed += len(line.encode("utf-8"))
            complete = line.endswith("\n")
            yield line

    ends: list[tuple[int, str]] = []
    column = -1
    try:
        for row in csv.reader(feed(), delimiter=delimiter):
            if not complete:
                break
            if column < 0:
                if "articleId" not in row:
                    raise InputError(name, "no articleId column in the header; cannot resume")
                column = row.index("articleId")
                ends.append((consumed, ""))
            elif len(row) > column:
                ends.append((consumed, row[column]))
    except csv.Error:
        pass  # a quoted field cut short at the end
    return ends
