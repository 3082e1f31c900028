"""Plain-text articles (``.txt``, ``.md``): headline and dateline as metadata.

``Article.text`` is the whole file content, changed only by turning ``\\r\\n``
(and lone ``\\r``) into ``\\n`` and dropping a byte order mark.  The headline and
dateline lines stay in the text: every character offset the pipeline reports
therefore points into the file as the user sees it, and nothing is lost if a
line was wrongly taken for a headline.  ``title``, ``source``, ``published``,
``author`` and ``dateline_place`` are read from those lines:

* the first non-empty line is the headline if it looks like one (short, not
  ending like a sentence) and is followed by a blank line or a dateline;
* up to three dateline lines may follow it (see :mod:`newsevents.ingest.dateline`);
* the first paragraph may open with a wire dateline (``LONDON (Reuters) -``).

A text without any of these is just text, with ``title`` None.
"""

from __future__ import annotations

import re
from datetime import datetime

from newsevents.errors import InputError
from newsevents.ingest.dateline import Dateline, parse_dateline, parse_wire_dateline
from newsevents.ingest.decode import decode, normalise_newlines, read_bytes
from newsevents.ingest.ids import content_id
from newsevents.records import Article

_MAX_HEADLINE = 200
_MAX_HEADLINE_WORDS = 30
_MAX_DATELINE_LINES = 3
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|^[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}$")


def read_txt(
    path: str, *, max_bytes: int, published: datetime | None = None, source: str | None = None
) -> Article:
    """The article in the text file ``path``; :class:`InputError` if it cannot be read."""
    text = decode(read_bytes(path, max_bytes), path)
    return text_article(text, path, published=published, source=source)


def text_article(
    text: str, origin: str, *, published: datetime | None = None, source: str | None = None
) -> Article:
    """An :class:`Article` from raw text, with metadata read from its first lines."""
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(origin, "empty")
    title, meta = read_header(text)
    return Article(
        id=content_id(text),
        text=text,
        title=title,
        source=source or meta.source,
        published=published or meta.published,
        author=meta.author,
        dateline_place=meta.place,
        origin=origin,
    )


def read_header(text: str) -> tuple[str | None, Dateline]:
    """The headline (or None) and what the datelines say, from the top of ``text``."""
    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return None, Dateline()
    first = nonblank[0]
    title: str | None = None
    meta = Dateline()
    body = 0  # index in ``nonblank`` of the first body line
    if parse_dateline(lines[first]) is None and _looks_like_headline(lines[first]):
        followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
        has_more = len(nonblank) > 1
        if has_more and (followed_by_blank or parse_dateline(lines[nonblank[1]])):
            title = _MARKDOWN_HEADING.sub("", lines[first].strip()).strip()
            body = 1
    while body < len(nonblank) - 1 and body < (1 if title else 0) + _MAX_DATELINE_LINES:
        found = parse_dateline(lines[nonblank[body]])
        if found is None:
            break
        meta = meta.merge(found)
        body += 1
    if body < len(nonblank):
        wire = parse_wire_dateline(lines[nonblank[body]].lstrip())
        if wire:
            meta = meta.merge(wire[0])
    return title or None, meta


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > _MAX_HEADLINE or len(line.split()) > _MAX_HEADLINE_WORDS:
        return False
    if line.rstrip("\"'”’*_").endswith((".", ",", ";", ":")):  # a sentence, not a headline
        return False
    if parse_wire_dateline(line):
        return False
    return not line[0].islower()
