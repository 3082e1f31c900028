"""Reader for brat standoff annotations (``.ann`` files beside their ``.txt``).

Only the lines evaluation needs are read:

- ``T`` text-bound annotations: ``T3<TAB>Content 13 98;120 140<TAB>text`` (a span may
  have several fragments, separated by ``;``);
- ``E`` events: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` (the trigger first,
  then role:id arguments).

Relations (``R``), attributes (``A``/``M``), normalisations (``N``) and notes (``#``) are
skipped.  Offsets are character offsets into the ``.txt`` read as UTF-8, half-open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import InputError

__all__ = ["BratDocument", "BratEvent", "BratSpan", "parse_ann", "read_ann"]


@dataclass(frozen=True, slots=True)
class BratSpan:
    """A text-bound annotation; ``fragments`` are ``(start, end)`` pairs in text order."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass(frozen=True, slots=True)
class BratEvent:
    """An event: its trigger span and its ``(role, span id)`` arguments."""

    id: str
    label: str
    trigger: str
    args: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class BratDocument:
    spans: dict[str, BratSpan]
    events: tuple[BratEvent, ...]


def read_ann(path: str | Path) -> BratDocument:
    """Read one ``.ann`` file."""
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"cannot read annotations: {exc}") from exc
    return parse_ann(content, origin=str(p))


def parse_ann(content: str, *, origin: str = "<ann>") -> BratDocument:
    """Parse the text of an ``.ann`` file; malformed lines raise :class:`InputError`."""
    spans: dict[str, BratSpan] = {}
    events: list[BratEvent] = []
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            if line[0] == "T":
                span = _span(line)
                spans[span.id] = span
            elif line[0] == "E":
                events.append(_event(line))
        except (ValueError, IndexError) as exc:
            raise InputError(f"{origin}:{n}", f"malformed brat line {line!r}") from exc
    return BratDocument(spans, tuple(events))


def _span(line: str) -> BratSpan:
    ident, body, text = line.split("\t", 2)
    label, offsets = body.split(" ", 1)
    fragments = []
    for frag in offsets.split(";"):
        a, b = frag.split()
        fragments.append((int(a), int(b)))
    return BratSpan(ident, label, tuple(sorted(fragments)), text)


def _event(line: str) -> BratEvent:
    ident, body = line.split("\t")[:2]
    parts = body.split()
    label, trigger = parts[0].split(":", 1)
    args = tuple((role, ref) for role, ref in (p.split(":", 1) for p in parts[1:]))
    return BratEvent(ident, label, trigger, args)
