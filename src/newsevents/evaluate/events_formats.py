"""Readers for the gold event data sets that ``newsevents eval events`` scores against.

Each reader turns one file into :class:`GoldSentence` records: a sentence, its gold
label and, where the format marks them, the gold source and target spans.

=============  ===============================================================
format         file layout
=============  ===============================================================
``plover-gsr`` JSON list of PLOVER gold-standard records: ``text``, ``event``,
               ``source``/``target`` (lists of ``{actorText, code, sector}`` or
               ``""``); ``DOCUMENT`` records and records without text are skipped
``plv``        TSV with a header: ``sentence``, ``marked_sentence`` (source and
               target marked ``<s>..</s>`` and ``<t>..</t>``), ``gold_root``
``cameo-class`` TSV without a header: ``sentence<TAB>label``, label 0-4 (0 statement,
               1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
               4 material conflict)
=============  ===============================================================

Older PLOVER releases used other names for some event types; gold labels are
converted to the current ones with :data:`LEGACY_EVENTS` (PLOVER manual, table 7.1).
``YIELD`` was split into CONCEDE and RETREAT and cannot be converted back from a
gold label; the scorer instead merges those two predicted types into it
(:data:`MERGED_EVENTS`).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from newsevents.errors import InputError

__all__ = [
    "LEGACY_EVENTS",
    "MERGED_EVENTS",
    "GoldFormat",
    "GoldParty",
    "GoldSentence",
    "locate",
    "read_gold",
]

#: gold event names of earlier PLOVER releases -> the current PLOVER event
LEGACY_EVENTS: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
#: a coarser gold event -> the current events it was split into
MERGED_EVENTS: dict[str, tuple[str, ...]] = {"YIELD": ("CONCEDE", "RETREAT")}

CAMEO_CLASSES = ("0", "1", "2", "3", "4")


class GoldFormat(StrEnum):
    plover_gsr = "plover-gsr"
    plv = "plv"
    cameo_class = "cameo-class"


@dataclass(frozen=True, slots=True)
class GoldParty:
    """A gold source or target: its text, country/actor code, and where it is."""

    text: str
    code: str | None
    start: int | None  # character span in the sentence; None when it cannot be found
    end: int | None

    @property
    def located(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    label: str  # current PLOVER event type, or "0".."4" for cameo-class
    raw_label: str  # the label as the file gives it
    sources: tuple[GoldParty, ...] = ()
    targets: tuple[GoldParty, ...] = ()


def read_gold(path: str | Path, fmt: GoldFormat | str) -> list[GoldSentence]:
    """All gold sentences of ``path`` read as ``fmt``; raises ``InputError`` if unreadable."""
    path = Path(path)
    fmt = GoldFormat(fmt)
    if not path.is_file():
        raise InputError(str(path), "gold file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read: {e}") from e
    readers = {
        GoldFormat.plover_gsr: _read_gsr,
        GoldFormat.plv: _read_plv,
        GoldFormat.cameo_class: _read_cameo_class,
    }
    return list(readers[fmt](text, str(path)))


def _event_label(raw: str) -> str:
    label = raw.strip().upper()
    return LEGACY_EVENTS.get(label, label)


# -- plover-gsr ----------------------------------------------------------------------------


def _read_gsr(text: str, origin: str) -> Iterator[GoldSentence]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(origin, f"not JSON ({e})") from e
    if not isinstance(records, list):
        raise InputError(origin, "expected a JSON list of PLOVER records")
    for n, rec in enumerate(records, start=1):
        if not isinstance(rec, dict):
            raise InputError(origin, f"record {n} is not an object")
        sentence = rec.get("text")
        event = rec.get("event")
        if not isinstance(sentence, str) or not sentence.strip() or not isinstance(event, str):
            continue
        if event.strip().upper() == "DOCUMENT":
            continue
        yield GoldSentence(
            id=str(rec.get("id") or n),
            text=sentence,
            label=_event_label(event),
            raw_label=event,
            sources=_gsr_parties(rec.get("source"), sentence),
            targets=_gsr_parties(rec.get("target"), sentence),
        )


def _gsr_parties(value: Any, sentence: str) -> tuple[GoldParty, ...]:
    if not isinstance(value, list):
        return ()  # "" or missing: no party marked
    out = []
    for item in value:
        if not isinstance(item, dict):
            continue
        actor_text = str(item.get("actorText") or "").strip()
        code = str(item.get("code") or "").strip().upper() or None
        span = locate(actor_text, sentence) if actor_text else None
        out.append(
            GoldParty(actor_text, code, span[0] if span else None, span[1] if span else None)
        )
    return tuple(out)


def locate(phrase: str, sentence: str) -> tuple[int, int] | None:
    """The character span of ``phrase`` in ``sentence``, or None.

    Exact match first, then ignoring case and runs of spaces; a phrase with an
    ellipsis ("U.S. ... negotiators") spans from its first piece to its last.
    """
    i = sentence.find(phrase)
    if i >= 0:
        return i, i + len(phrase)
    pieces = [p for p in re.split(r"\s*(?:\.\.\.|…)\s*", phrase) if p.strip()]
    if not pieces:
        return None
    spans = []
    pos = 0
    for piece in pieces:
        pattern = r"\s+".join(re.escape(w) for w in piece.split())
        m = re.compile(pattern, re.IGNORECASE).search(sentence, pos)
        if m is None:
            return None
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans[0][0], spans[-1][1]


# -- plv -----------------------------------------------------------------------------------

_MARK = re.compile(r"<(/?)([st])>")


def _read_plv(text: str, origin: str) -> Iterator[GoldSentence]:
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    missing = {"sentence", "marked_sentence", "gold_root"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(origin, f"not a plv file: missing column(s) {', '.join(sorted(missing))}")
    for line, row in enumerate(reader, start=2):
        sentence = row.get("sentence") or ""
        label = row.get("gold_root") or ""
        if not sentence.strip() or not label.strip():
            continue
        plain, spans = _unmark(row.get("marked_sentence") or sentence)
        if plain != sentence:
            raise InputError(f"{origin}:{line}", "marked_sentence does not match sentence")
        yield GoldSentence(
            id=(row.get("sentence_id") or "").strip() or str(line),
            text=sentence,
            label=_event_label(label),
            raw_label=label,
            sources=tuple(GoldParty(sentence[a:b], None, a, b) for a, b in spans["s"]),
            targets=tuple(GoldParty(sentence[a:b], None, a, b) for a, b in spans["t"]),
        )


def _unmark(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """Remove ``<s>``/``<t>`` markers; return the text and the marked spans in it."""
    spans: dict[str, list[tuple[int, int]]] = {"s": [], "t": []}
    open_at: dict[str, int] = {}
    parts: list[str] = []
    length = 0
    pos = 0
    for m in _MARK.finditer(marked):
        parts.append(marked[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, kind = m.group(1) == "/", m.group(2)
        if not closing:
            open_at[kind] = length
        elif kind in open_at:
            spans[kind].append((open_at.pop(kind), length))
    parts.append(marked[pos:])
    return "".join(parts), spans


# -- cameo-class ---------------------------------------------------------------------------


def _read_cameo_class(text: str, origin: str) -> Iterator[GoldSentence]:
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        sentence, sep, label = raw.rpartition("\t")
        label = label.strip()
        if not sep or label not in CAMEO_CLASSES:
            raise InputError(f"{origin}:{line}", "expected 'sentence<TAB>label' with label 0-4")
        if sentence.strip():
            yield GoldSentence(id=str(line), text=sentence, label=label, raw_label=label)
