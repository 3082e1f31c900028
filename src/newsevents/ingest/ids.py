"""Stable article identifiers.

An input record may carry its own ``id``; otherwise the id is derived from the
article text alone, so the same text read twice (from a ``.txt`` file, a JSON
line or standard input) gets the same id, and ids do not depend on file names.
"""

from __future__ import annotations

import hashlib

#: Number of hex digits kept from the SHA-256 digest (64 bits: collisions are
#: negligible for any realistic corpus while ids stay short enough to read).
ID_LENGTH = 16


def content_id(text: str) -> str:
    """First :data:`ID_LENGTH` hex characters of the SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_LENGTH]
