"""Article records in JSON Lines and CSV/TSV files.

Each record has a ``text`` field (required) and optional ``id``, ``title``,
``source``, ``url``, ``published`` and ``author``; other fields are ignored.
Files are streamed, so ``max_bytes`` limits each record rather than the file.
A bad record yields an :class:`InputError` with origin ``path:LINE`` and the
rest of the file is still read.  Fields a record lacks are completed from the
headline and dateline at the top of its text, as for a ``.txt`` file.
"""

from __future__ import annotations

import codecs
import csv
import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import BinaryIO

from newsevents.errors import InputError
from newsevents.ingest.dates import parse_published
from newsevents.ingest.decode import decode, normalise_newlines
from newsevents.ingest.ids import content_id
from newsevents.ingest.txt import read_header
from newsevents.records import Article

logger = logging.getLogger(__name__)

_PEEK = 8192
_SURROGATE = re.compile("[\udc80-\udcff]")
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "a boolean", type(None): "null"}  # fmt: skip

ArticleOrError = Article | InputError


def iter_jsonl(
    path: str, *, max_bytes: int, published: datetime | None = None, source: str | None = None
) -> Iterator[ArticleOrError]:
    """Articles (and errors) from the JSON Lines file ``path``."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as exc:
        yield _open_error(path, exc)
        return
    with handle:
        if b"\x00" in handle.read(_PEEK):
            yield InputError(path, "binary file (contains NUL bytes)")
            return
        handle.seek(0)
        yield from jsonl_records(
            _binary_lines(handle, max_bytes), path, max_bytes=max_bytes,
            published=published, source=source,
        )  # fmt: skip


def jsonl_records(
    lines: Iterable[bytes | str | None],
    name: str,
    *,
    max_bytes: int,
    published: datetime | None = None,
    source: str | None = None,
) -> Iterator[ArticleOrError]:
    """Records from JSON Lines; a None line stands for one longer than ``max_bytes``."""
    seen = False
    for lineno, raw in enumerate(lines, 1):
        origin = f"{name}:{lineno}"
        if raw is None:
            seen = True
            yield InputError(origin, f"too large (record over {max_bytes} bytes)")
            continue
        if isinstance(raw, bytes):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                line = decode(raw, origin)
            except InputError as exc:
                seen = True
                yield exc
                continue
        else:
            line = raw.lstrip("\ufeff") if lineno == 1 else raw
        if not line.strip():
            continue
        seen = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            kind = _JSON_TYPES.get(type(obj), type(obj).__name__)
            yield InputError(origin, f"record is {kind}, not a JSON object")
            continue
        yield record_article(obj, origin, published=published, source=source)
    if not seen:
        yield InputError(name, "empty")


def iter_csv(
    path: str,
    *,
    delimiter: str = ",",
    max_bytes: int,
    published: datetime | None = None,
    source: str | None = None,
) -> Iterator[ArticleOrError]:
    """Articles (and errors) from the CSV (or, with ``delimiter="\\t"``, TSV) file ``path``."""
    try:
        with open(path, "rb") as probe:
            if b"\x00" in probe.read(_PEEK):
                yield InputError(path, "binary file (contains NUL bytes)")
                return
        # invalid bytes become lone surrogates, so one bad record does not end the file
        handle = open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")  # noqa: SIM115
    except OSError as exc:
        yield _open_error(path, exc)
        return
    _allow_fields_of(max_bytes)
    with handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        last_line = 0
        try:
            columns = [(name or "").strip().lower() for name in reader.fieldnames or []]
            if not any(columns):
                yield InputError(path, "empty")
                return
            if "text" not in columns and not set(FIELD_ALIASES["text"]) & set(columns):
                yield InputError(path, f"no 'text' column (columns: {', '.join(columns)})")
                return
            reader.fieldnames = columns
            last_line = reader.line_num
            count = 0
            for row in reader:
                origin = f"{path}:{last_line + 1}"
                last_line = reader.line_num
                count += 1
                bad = _escaped_byte(row.values())
                if bad is not None:
                    yield InputError(origin, f"not valid UTF-8 (byte 0x{bad:02x})")
                    continue
                if len(row.get("text") or "") > max_bytes:
                    yield InputError(origin, f"too large (record over {max_bytes} bytes)")
                    continue
                yield record_article(row, origin, published=published, source=source)
            if count == 0:
                yield InputError(path, "empty (no records)")
        except csv.Error as exc:
            yield InputError(f"{path}:{reader.line_num}", f"invalid CSV: {exc}")


def record_article(
    fields: Mapping[str, object],
    origin: str,
    *,
    published: datetime | None = None,
    source: str | None = None,
) -> ArticleOrError:
    """An :class:`Article` from one record's fields, or the reason it has none."""
    fields = canonical_fields(fields)
    text = fields.get("text")
    if text is None:
        return InputError(origin, "record has no 'text' field")
    if not isinstance(text, str):
        return InputError(origin, f"'text' is {_JSON_TYPES.get(type(text), 'not a string')}")
    if not text.strip():
        return InputError(origin, "empty text")
    text = normalise_newlines(text)
    raw_id = fields.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | float | type(None)):
        return InputError(origin, "'id' must be a string or a number")
    article_id = str(raw_id).strip() if raw_id is not None else ""
    date_value = _text_field(fields, "published")
    record_date = parse_published(date_value) if date_value else None
    title, meta = read_header(text)
    return Article(
        id=article_id or content_id(text),
        text=text,
        title=_text_field(fields, "title") or title,
        source=source or _text_field(fields, "source") or meta.source,
        url=_text_field(fields, "url"),
        published=published or record_date or meta.published,
        author=_text_field(fields, "author") or meta.author,
        dateline_place=meta.place,
        origin=origin,
    )


#: other names data sets give the fields (GDELT, news APIs, scraped CSVs), in order
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("doc_id", "article_id", "guid", "uid"),
    "text": ("body", "content", "article", "full_text", "story"),
    "title": ("headline", "heading"),
    "url": ("link", "source_url", "web_url"),
    "published": (
        "date",
        "pubdate",
        "pub_date",
        "publish_date",
        "published_at",
        "publication_date",
        "datetime",
        "timestamp",
        "time",
    ),
    "source": ("publisher", "outlet", "sitename", "site", "media"),
    "author": ("byline", "authors"),
}


def canonical_fields(fields: Mapping[str, object]) -> dict[str, object]:
    """Fields under their canonical names: a ``date`` column is ``published``, etc.

    Names are matched case-insensitively; a canonical field given in the record wins
    over any alias.
    """
    lowered = {k.strip().lower(): v for k, v in fields.items() if isinstance(k, str)}
    out = dict(lowered)
    for name, aliases in FIELD_ALIASES.items():
        if out.get(name) in (None, ""):
            for alias in aliases:
                if lowered.get(alias) not in (None, ""):
                    out[name] = lowered[alias]
                    break
    return out


def _text_field(fields: Mapping[str, object], name: str) -> str | None:
    value = fields.get(name)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if value is not None:
        logger.warning("ignoring field %r of type %s", name, type(value).__name__)
    return None


def _escaped_byte(values: Iterable[object]) -> int | None:
    """The first undecodable byte smuggled into ``values`` by ``surrogateescape``."""
    for value in values:
        for item in value if isinstance(value, list) else (value,):
            found = _SURROGATE.search(item) if isinstance(item, str) else None
            if found:
                return ord(found.group()) - 0xDC00
    return None


def _binary_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of ``handle``; None for a line longer than ``limit`` (skipped unread)."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield None
        else:
            yield line


def _allow_fields_of(max_bytes: int) -> None:
    # the csv module's field limit (128 KiB by default) is process-wide; only ever raise it
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)


def _open_error(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(path, "no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError(path, "permission denied")
    return InputError(path, f"cannot read: {exc.strerror or exc}")
