"""The parse of one text as plain records: what crosses the NLP boundary.

A spaCy ``Doc`` never leaves :mod:`newsevents.nlp`; every later stage reads a
:class:`ParsedDoc`, which is cheap to pickle and independent of spaCy.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsevents.records import Entity


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index in the document
    text: str
    start: int  # character offset in the text
    end: int
    lemma: str
    pos: str  # universal POS (NOUN, PROPN, VERB, ...)
    tag: str  # fine-grained Penn tag (VBD, NNP, ...)
    dep: str  # dependency label
    head: int  # index of the syntactic head (itself for a root)
    sent: int  # index of its sentence
    ent_type: str = ""  # entity label, "" outside entities

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character span
    end: int
    first: int  # token span [first, last)
    last: int


@dataclass(frozen=True)
class ParsedDoc:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    _children: tuple[tuple[int, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def children(self, i: int) -> tuple[int, ...]:
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Token indices of ``i``'s subtree, in text order."""
        out = [i]
        stack = list(self._children[i])
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self._children[j])
        return sorted(out)

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        j = self.tokens[i].head
        while j not in seen:
            yield j
            seen.add(j)
            j = self.tokens[j].head

    def sentence_of(self, char: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= char < s.end:
                return s
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens overlapping the character span ``[start, end)``."""
        starts, ends = self._bounds
        # the first token ending after ``start`` up to the last starting before ``end``
        return list(self.tokens[bisect_right(ends, start) : bisect_left(starts, end)])

    @functools.cached_property
    def _bounds(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Token starts and ends, both ascending (tokens are in text order and never
        overlap); computed on first use, so docs pickled before it existed still work."""
        return tuple(t.start for t in self.tokens), tuple(t.end for t in self.tokens)

    def sentence_tokens(self, s: Sentence) -> tuple[Token, ...]:
        return self.tokens[s.first : s.last]
