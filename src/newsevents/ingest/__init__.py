"""Reading articles from files, directories and standard input.

:func:`iter_articles` turns input paths into :class:`~newsevents.records.Article`
records, one module per input kind:

==========================  ================================================
``.txt .text .md``          :mod:`.txt` (headline and dateline as metadata)
``.html .htm .xhtml``       :mod:`.html` (main text through trafilatura)
``.jsonl .ndjson``          :mod:`.tabular` (one record per line)
``.csv .tsv``               :mod:`.tabular` (one record per row, with a header)
``-``                       standard input: JSON Lines if it starts with ``{``,
                            else one text article
==========================  ================================================

An input that cannot be read is yielded as an :class:`~newsevents.errors.InputError`
in its place, so a batch can report it and go on.  Article ids are the record's
``id`` or, failing that, :func:`~newsevents.ingest.ids.content_id` of the text.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, TextIO

from newsevents.errors import InputError
from newsevents.ingest.decode import DEFAULT_MAX_BYTES, decode
from newsevents.ingest.html import read_html
from newsevents.ingest.ids import content_id
from newsevents.ingest.tabular import iter_csv, iter_jsonl, jsonl_records
from newsevents.ingest.txt import read_txt, text_article
from newsevents.records import Article

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "content_id", "iter_articles", "text_article"]

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

#: file suffix (lower case) -> input kind
SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json-lines": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
}  # fmt: skip


def iter_articles(
    inputs: Sequence[str],
    *,
    published: datetime | None = None,
    source: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Articles from ``inputs`` (files, directories, ``-``), errors in place of bad inputs.

    Directories are walked recursively in sorted order, skipping hidden entries and
    files of unknown type; a file of unknown type named explicitly is an error.
    ``published`` and ``source``, when given, override what the inputs say.
    ``max_bytes`` limits one article file, or one JSON Lines/CSV record.
    """
    opts = _Options(published, source, max_bytes)
    for name in inputs:
        if name == STDIN:
            yield from _read_stdin(stdin if stdin is not None else _default_stdin(), opts)
        elif os.path.isdir(name):
            for path in _walk(name):
                yield from _read_file(path, opts)
        elif not os.path.lexists(name):
            yield InputError(name, "no such file or directory")
        elif Path(name).suffix.lower() not in SUFFIXES:
            suffix = Path(name).suffix
            yield InputError(name, f"unsupported file type {suffix!r}" if suffix else
                             "unsupported file type (no extension)")  # fmt: skip
        else:
            yield from _read_file(name, opts)


@dataclass(frozen=True, slots=True)
class _Options:
    published: datetime | None
    source: str | None
    max_bytes: int


def _read_file(path: str, opts: _Options) -> Iterator[Article | InputError]:
    published, source, max_bytes = opts.published, opts.source, opts.max_bytes
    kind = SUFFIXES[Path(path).suffix.lower()]
    if kind in ("jsonl", "csv", "tsv"):
        if kind == "jsonl":
            yield from iter_jsonl(path, max_bytes=max_bytes, published=published, source=source)
        else:
            delimiter = "\t" if kind == "tsv" else ","
            yield from iter_csv(
                path, delimiter=delimiter, max_bytes=max_bytes, published=published, source=source
            )
        return
    reader = read_html if kind == "html" else read_txt
    try:
        yield reader(path, max_bytes=max_bytes, published=published, source=source)
    except InputError as exc:
        yield exc


def _read_stdin(stream: TextIO | BinaryIO, opts: _Options) -> Iterator[Article | InputError]:
    published, source, max_bytes = opts.published, opts.source, opts.max_bytes
    data = stream.read()
    if isinstance(data, bytes):
        try:
            text = decode(data, STDIN_ORIGIN)
        except InputError as exc:
            yield exc
            return
    else:
        text = data.lstrip("\ufeff")
    if text.lstrip().startswith("{"):
        yield from jsonl_records(
            text.split("\n"), STDIN_ORIGIN, max_bytes=max_bytes, published=published, source=source
        )
        return
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        yield InputError(STDIN_ORIGIN, f"too large (over {max_bytes} bytes)")
        return
    try:
        yield text_article(text, STDIN_ORIGIN, published=published, source=source)
    except InputError as exc:
        yield exc


def _default_stdin() -> TextIO | BinaryIO:
    # bytes, so that decoding errors are reported like those of files
    return getattr(sys.stdin, "buffer", sys.stdin)


def _walk(root: str) -> list[str]:
    found: list[str] = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(
            os.path.join(folder, f)
            for f in filenames
            if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES
        )
    return sorted(found, key=lambda p: Path(p).parts)
