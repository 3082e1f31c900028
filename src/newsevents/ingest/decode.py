"""Reading input files as bytes and decoding them to text, with one-line reasons.

Nothing here guesses an encoding: input must be UTF-8 (with or without a byte
order mark) or UTF-16 with a byte order mark; an HTML file may declare another
charset (see :mod:`newsevents.ingest.html`).  Anything else is reported, not
silently mangled, because a wrongly decoded article yields wrong offsets and
wrong names further down the pipeline.
"""

from __future__ import annotations

import codecs
import os

from newsevents.errors import InputError

#: Default limit on the size of one article file, or one JSON Lines/CSV record.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The content of ``path``; :class:`InputError` if unreadable or over ``max_bytes``."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(path, f"too large ({_mb(size)} > {_mb(max_bytes)} limit)")
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes, origin: str, encoding: str = "utf-8") -> str:
    """Decode ``data``; raise :class:`InputError` naming the first bad byte.

    A byte order mark (UTF-8 or UTF-16) wins over ``encoding`` and is dropped.
    NUL bytes mean a binary file (no text format we read contains them).
    """
    skipped = 0
    for bom, codec in _BOMS:
        if data.startswith(bom):
            encoding, data, skipped = codec, data[len(bom) :], len(bom)
            break
    if not encoding.startswith("utf-16") and b"\x00" in data:
        raise InputError(origin, "binary file (contains NUL bytes)")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        raise InputError(
            origin,
            f"not valid {name} (byte 0x{data[exc.start]:02x} at offset {exc.start + skipped})",
        ) from None


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
