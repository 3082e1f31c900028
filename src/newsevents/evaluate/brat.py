"""Brat standoff annotations (``.ann`` beside ``.txt``) and PolNeAR attributions read from them.

Only the lines evaluation needs are read:

- ``T`` text-bound annotations: ``T3<TAB>Content 13 98;120 140<TAB>text`` (a span may
  have several fragments, separated by ``;``);
- ``E`` events: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` (the trigger first,
  then role:id arguments).

Relations (``R``), attributes (``A``/``M``), normalisations (``N``) and notes (``#``) are
skipped.  Offsets are character offsets into the ``.txt`` read as UTF-8, half-open.

:func:`read_polnear` turns a PolNeAR folder into :class:`GoldArticle` records: each
attribution is an ``E`` event whose arguments are a ``Content`` span (more with
``Content2``), a ``Cue`` and, unless the trigger is ``Attribution-no-source``, a ``Source``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newsevents.errors import InputError

__all__ = [
    "BratDocument",
    "BratEvent",
    "BratSpan",
    "GoldArticle",
    "GoldAttribution",
    "attributions",
    "parse_ann",
    "quote_kind",
    "read_ann",
    "read_polnear",
]

Spans = tuple[tuple[int, int], ...]


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


# ---------------------------------------------------------------- PolNeAR


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Spans
    source: Spans  # empty when the attribution has no source
    cue: Spans
    kind: str  # direct | mixed | indirect


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    published: datetime | None = None
    source: str | None = None
    annotation: str = ""  # the .ann file used


def read_polnear(path: str | Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Articles of a PolNeAR folder, sorted by name.

    ``path`` is either a folder of ``.txt`` and ``.ann`` files, or the PolNeAR root, whose
    ``<split>/`` folders hold the texts and ``<split>_attributions/`` the annotations
    (``<article>_<annotator>.ann``; where several annotators did an article, the first
    in name order is the gold).  A ``metadata.tsv`` beside the folders gives dates and
    publishers.
    """
    root = Path(path)
    if not root.is_dir():
        raise InputError(str(root), "not a folder")
    pairs = _pairs(root)
    if not pairs:
        raise InputError(str(root), "no .txt files with .ann annotations found")
    meta = _metadata(root)
    out = []
    for txt, ann in pairs[:limit] if limit is not None else pairs:
        try:  # undecoded newlines: brat offsets count every character of the file
            text = txt.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(txt), f"cannot read text: {exc}") from exc
        row = meta.get(txt.stem, {})
        out.append(
            GoldArticle(
                id=txt.stem,
                text=text,
                attributions=attributions(read_ann(ann), text),
                published=_date(row.get("publication_date")),
                source=row.get("publisher") or None,
                annotation=ann.name,
            )
        )
    return out


def _pairs(root: Path) -> list[tuple[Path, Path]]:
    folders = [(root, root)]
    for d in sorted(p for p in root.iterdir() if p.is_dir()):
        if (root / f"{d.name}_attributions").is_dir():
            folders.append((d, root / f"{d.name}_attributions"))
    pairs = []
    for texts, anns in folders:
        for txt in sorted(texts.glob("*.txt")):
            own = anns / f"{txt.stem}.ann"
            found = [own] if own.is_file() else sorted(anns.glob(f"{txt.stem}_*.ann"))
            if found:
                pairs.append((txt, found[0]))
    return pairs


def _metadata(root: Path) -> dict[str, dict[str, str]]:
    path = root / "metadata.tsv"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["filename"]: r for r in csv.DictReader(fh, delimiter="\t") if r.get("filename")}


def _date(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def attributions(ann: BratDocument, text: str) -> tuple[GoldAttribution, ...]:
    """The attributions of a brat document, in the order of their content."""
    out = []
    for ev in ann.events:
        roles: dict[str, list[tuple[int, int]]] = {"content": [], "source": [], "cue": []}
        for role, ref in ev.args:
            base = role.rstrip("0123456789").lower()
            if base in roles and ref in ann.spans:
                roles[base].extend(ann.spans[ref].fragments)
        if not roles["content"]:
            continue
        content = tuple(sorted(roles["content"]))
        out.append(
            GoldAttribution(
                content=content,
                source=tuple(sorted(roles["source"])),
                cue=tuple(sorted(roles["cue"])),
                kind=quote_kind(text, content),
            )
        )
    return tuple(sorted(out, key=lambda g: g.content))


# ---------------------------------------------------------------- direct or not

_OPENERS = '"“”„«‘'
_CLOSERS = '"”»’'
_MARKS = '"“”„«»‘'  # ’ alone is mostly an apostrophe
_TRAIL = ".,;:!?—–- "


def quote_kind(text: str, fragments: Spans) -> str:
    """``direct`` when every fragment is wholly quoted, ``mixed`` when one has a quoted
    stretch, else ``indirect``.  ``''`` and ````` (newswire typing) count as ``"``."""
    text = text.replace("''", '" ').replace("``", ' "')
    merged: list[tuple[int, int]] = []
    for a, b in fragments:  # fragments split at a line break are one stretch
        if merged and not text[merged[-1][1] : a].strip():
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if all(_wholly_quoted(text, a, b) for a, b in merged):
        return "direct"
    if any(c in _MARKS for a, b in fragments for c in text[a:b]):
        return "mixed"
    return "indirect"


def _wholly_quoted(text: str, a: int, b: int) -> bool:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    if a >= b:
        return False
    if text[a] in _OPENERS:
        opener, a = text[a], a + 1
    else:
        k = a - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k < 0 or text[k] not in _OPENERS:
            return False
        opener = text[k]
    if b > a and text[b - 1] in _CLOSERS:
        b -= 1
    else:
        k = b
        while k < len(text) and text[k] in _TRAIL:
            k += 1
        if k >= len(text) or text[k] not in _CLOSERS:
            return False
    inner = text[a:b]
    if opener == "‘":  # ’ inside a word is an apostrophe
        return re.search(r"’(?!\w)", inner) is None
    closer = '"' if opener == '"' else "”»"
    return not any(c in closer for c in inner)
