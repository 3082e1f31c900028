"""Which common nouns can name a participant in an event (``data/coding/inanimate_nouns.txt``).

The list is WordNet's single-word nouns with no sense among people, groups, places or
animals (built by ``scripts/build_inanimate_nouns.py``).  A noun on it ("fee", "tent",
"window", "citizenship") is an object of the act, never its doer or target; a noun not
on it, known to WordNet with a person or group sense ("family", "power") or unknown to it
("jihadist"), stays a possible participant.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["inanimate_nouns", "is_inanimate"]


@functools.cache
def inanimate_nouns() -> frozenset[str]:
    """The packaged list, lower-cased lemmas."""
    text = (
        resources.files("newsevents")
        .joinpath("data/coding/inanimate_nouns.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_inanimate(lemma: str) -> bool:
    """True when ``lemma`` (a common noun's lemma) can name no actor or recipient."""
    return lemma.lower() in inanimate_nouns()
