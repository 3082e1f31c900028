"""Small helpers shared by the actor-resolution tests: what covers a phrase of a text."""

from __future__ import annotations

from datetime import date

from newsevents.nlp import parse_one
from newsevents.resolve.actors import resolve_actors


def actors_of(text: str):
    """The actor index of a text, each mention's offsets checked against the text."""
    doc = parse_one(text)
    index = resolve_actors(doc)
    for a in index.actors:
        for m in a.mentions:
            assert doc.text[m.start : m.end] == m.text
    return index


def named(index, name: str):
    """The first actor whose name contains ``name``."""
    return next(a for a in index.actors if name in a.name)


def actor_of(index, text: str, *, nth: int = 0):
    """The actor holding the nth mention whose text is ``text`` (None if none does)."""
    spans = sorted(
        ((m.start, a) for a in index.actors for m in a.mentions if m.text == text),
        key=lambda x: x[0],
    )
    return spans[nth][1] if len(spans) > nth else None


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
