"""Small helpers shared by the actor-resolution tests: what covers a phrase of a text."""

from __future__ import annotations

from datetime import date

from newsevents.nlp import parse_one
from newsevents.resolve.actors import resolve_actors


def mention(text: str, words: str, when: date | None = None, *, rule: bool = False):
    """(code, sectors) of the actor covering the first mention of ``words`` (from its first
    character), with the rule that made the mention when ``rule``; None when no actor
    covers it."""
    index = resolve_actors(parse_one(text), when=when)
    start = text.index(words)
    for a in index.actors:
        for m in a.mentions:
            if m.start <= start < m.end:
                found = (a.code, set(a.sector))
                return (*found, index.rule_at(m.start, m.end) or "") if rule else found
    return None


def code_of(text: str, words: str, when: date | None = None) -> str | None:
    found = mention(text, words, when)
    return found[0] if found else None
