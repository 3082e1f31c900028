"""HTML pages: main text and metadata through trafilatura.

``Article.text`` is the extracted main text (boilerplate such as menus and
footers removed), so offsets refer to that text, not to the HTML source.
The page's charset is taken from ``<meta charset>`` or ``http-equiv``
declarations; undeclared pages must be UTF-8.
"""

from __future__ import annotations

import codecs
import logging
import re
from datetime import datetime

from newsevents.errors import InputError
from newsevents.ingest.dates import parse_published
from newsevents.ingest.decode import decode, normalise_newlines, read_bytes
from newsevents.ingest.ids import content_id
from newsevents.records import Article

logger = logging.getLogger(__name__)

_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# as browsers do (WHATWG Encoding): these labels all mean windows-1252
_WINDOWS_1252 = frozenset({"iso8859-1", "latin-1", "latin1", "ascii", "us-ascii", "cp1252"})


def read_html(
    path: str, *, max_bytes: int, published: datetime | None = None, source: str | None = None
) -> Article:
    """The article in the HTML file ``path``; :class:`InputError` if there is none."""
    data = read_bytes(path, max_bytes)
    text = decode(data, path, declared_charset(data) or "utf-8")
    return html_article(text, path, published=published, source=source)


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset ``data`` declares in its head, if known."""
    head = data[:4096]
    m = _CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        logger.warning("unknown charset %r declared; reading as UTF-8", label)
        return None
    return "cp1252" if label in _WINDOWS_1252 or name in _WINDOWS_1252 else name


def html_article(
    html: str, origin: str, *, published: datetime | None = None, source: str | None = None
) -> Article:
    """An :class:`Article` from the main content of an HTML page."""
    if not html.strip():
        raise InputError(origin, "empty")
    import trafilatura  # heavy import, only needed for HTML

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S", "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml on arbitrary markup: report, don't crash the batch
        raise InputError(origin, f"cannot parse HTML: {exc}".splitlines()[0]) from None
    text = normalise_newlines(getattr(doc, "text", None) or "")
    if not text.strip():
        raise InputError(origin, "no article text found")
    date = getattr(doc, "date", None)
    return Article(
        id=content_id(text),
        text=text,
        title=_clean(getattr(doc, "title", None)),
        source=source or _clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        published=published or (parse_published(date) if date else None),
        author=_clean(getattr(doc, "author", None)),
        origin=origin,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
