"""The event ontology as data: CAMEO codes, PLOVER categories, and the mapping between them.

All facts live in ``newsevents/data/coding/*.tsv`` (see the README there for columns
and sources); this module only loads and indexes them.

CAMEO codes are strings of 2-4 digits ("04" root, "042" event, "0841" sub-event).
``to_plover`` walks up the hierarchy (``0841 -> 084 -> 08``) when a code has no row of
its own. Codes that PLOVER drops (the 01 "make public statement" family) have no
mapping: ``to_plover`` raises ``KeyError`` for them and ``try_plover`` returns ``None``.
"""

from __future__ import annotations

import csv
import functools
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from newsevents.errors import ConfigError

__all__ = ["CameoCode", "Ontology", "PloverEvent", "PloverMapping", "parent_code", "read_tsv"]

DATA_PACKAGE = "newsevents"
DATA_DIR = ("data", "coding")


def read_tsv(name: str, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Yield the rows of a packaged ``data/coding`` TSV file as dicts (values stripped).

    Raises ``ConfigError`` when the file lacks one of the ``required`` columns.
    """
    path = resources.files(DATA_PACKAGE).joinpath(*DATA_DIR, name)
    text = path.read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in required if c not in (reader.fieldnames or ())]
    if missing:
        raise ConfigError(f"{name}: missing column(s) {', '.join(missing)}")
    for line, row in enumerate(reader, start=2):
        if any(row.get(c) is None for c in required):
            raise ConfigError(f"{name}:{line}: too few columns")
        yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def parent_code(code: str) -> str | None:
    """The next code up the CAMEO hierarchy: ``0841 -> 084 -> 08 -> None``."""
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code.

    ``quad`` follows the usual convention (1 verbal cooperation: roots 01-05,
    2 material cooperation: 06-08, 3 verbal conflict: 09-13, 4 material conflict: 14-20);
    ``penta`` is the five-class variant that puts statements and appeals (01, 02) in 0.
    """

    code: str
    name: str
    goldstein: float
    quad: int
    penta: int = 0

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class PloverMapping:
    """The PLOVER event, mode and contexts a CAMEO code converts to.

    ``official`` is False for the project's own additions (``cameo2plover_extra.tsv``),
    e.g. CAMEO 02 appeals, which the official table drops, mapped to REQUEST.
    """

    event: str
    mode: str | None
    context: tuple[str, ...]
    official: bool = True


@dataclass(frozen=True)
class PloverEvent:
    """One of the 16 PLOVER event categories."""

    name: str
    quad: int
    requires_recipient: bool
    score: float
    description: str
    modes: tuple[str, ...]


class Ontology:
    """Indexed CAMEO and PLOVER data. Build it with :meth:`default` (cached)."""

    def __init__(
        self,
        cameo: dict[str, CameoCode],
        mapping: dict[str, PloverMapping],
        events: dict[str, PloverEvent],
        mode_scores: dict[tuple[str, str], float],
        contexts: tuple[str, ...],
    ) -> None:
        self._cameo = cameo
        self._mapping = mapping
        self._events = events
        self._mode_scores = mode_scores
        self.plover_events: tuple[str, ...] = tuple(events)
        self.plover_contexts: tuple[str, ...] = contexts

    @classmethod
    def default(cls) -> Ontology:
        """The packaged ontology, loaded once per process."""
        return _load_default()

    @classmethod
    def load(cls) -> Ontology:
        """Read the packaged TSV files (uncached; prefer :meth:`default`)."""
        cameo = {}
        for r in read_tsv("cameo.tsv", ("code", "name", "goldstein", "quad", "penta")):
            try:
                cameo[r["code"]] = CameoCode(
                    r["code"], r["name"], float(r["goldstein"]), int(r["quad"]), int(r["penta"])
                )
            except ValueError as e:
                raise ConfigError(f"cameo.tsv: bad row for {r['code']!r}: {e}") from e

        modes: dict[str, list[str]] = {}
        mode_scores: dict[tuple[str, str], float] = {}
        for r in read_tsv("plover_modes.tsv", ("event", "mode", "score")):
            modes.setdefault(r["event"], []).append(r["mode"])
            if r["score"]:
                mode_scores[(r["event"], r["mode"])] = float(r["score"])

        events = {}
        cols = ("event", "quad", "requires_recipient", "score", "description")
        for r in read_tsv("plover.tsv", cols):
            events[r["event"]] = PloverEvent(
                name=r["event"],
                quad=int(r["quad"]),
                requires_recipient=r["requires_recipient"] == "yes",
                score=float(r["score"]),
                description=r["description"],
                modes=tuple(modes.get(r["event"], ())),
            )

        contexts = tuple(r["context"] for r in read_tsv("plover_contexts.tsv", ("context",)))

        mapping: dict[str, PloverMapping] = {}
        # Official rows first so that an extra row can never shadow one.
        for name, official in (("cameo2plover.tsv", True), ("cameo2plover_extra.tsv", False)):
            for r in read_tsv(name, ("code", "event", "mode", "context")):
                if r["code"] in mapping:
                    continue
                ctx = tuple(c for c in r["context"].split(";") if c)
                mapping[r["code"]] = PloverMapping(r["event"], r["mode"] or None, ctx, official)
        return cls(cameo, mapping, events, mode_scores, contexts)

    # CAMEO -----------------------------------------------------------------------------
    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code record; ``KeyError`` if the code is not in the codebook."""
        return self._cameo[code]

    @property
    def cameo_codes(self) -> tuple[str, ...]:
        return tuple(self._cameo)

    def goldstein(self, code: str) -> float:
        return self._cameo[code].goldstein

    # CAMEO -> PLOVER ---------------------------------------------------------------------
    def try_plover(self, code: str) -> PloverMapping | None:
        """PLOVER mapping of a CAMEO code (walking up to its parents), or None if dropped.

        ``KeyError`` if the code is not a CAMEO code at all.
        """
        if code not in self._cameo:
            raise KeyError(code)
        c: str | None = code
        while c is not None:
            if c in self._mapping:
                return self._mapping[c]
            c = parent_code(c)
        return None

    def to_plover(self, code: str) -> PloverMapping:
        """PLOVER mapping of a CAMEO code; ``KeyError`` if unknown or dropped by PLOVER."""
        mapping = self.try_plover(code)
        if mapping is None:
            raise KeyError(f"CAMEO {code} has no PLOVER equivalent (statements are dropped)")
        return mapping

    # PLOVER ----------------------------------------------------------------------------
    def plover_event(self, event: str) -> PloverEvent:
        return self._events[event]

    def plover_quad(self, event: str) -> int:
        """PLOVER quad code: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material."""
        return self._events[event].quad

    def plover_modes(self, event: str) -> tuple[str, ...]:
        return self._events[event].modes

    def plover_score(self, event: str, mode: str | None = None) -> float:
        """PLOVER conflict-cooperation score (manual table 2.2) of an event and mode."""
        if mode is not None and (event, mode) in self._mode_scores:
            return self._mode_scores[(event, mode)]
        return self._events[event].score


@functools.cache
def _load_default() -> Ontology:
    return Ontology.load()


def default_cameo(ontology: Ontology, event: str, mode: str | None = None) -> str:
    """The CAMEO code that stands for a PLOVER type (and mode) when a coder has
    nothing finer (the LLM gave no valid code, the classifier added or re-typed an event).

    Taken from the CAMEO -> PLOVER table, not written down by hand: among the codes
    that convert to ``event`` (with ``mode`` if some do), official rows first, the
    shortest, then the one whose root holds most codes of that type (ACCUSE -> 11,
    not 09 "investigate").
    """
    return (
        _default_cameo_table(ontology).get((event, mode))
        or _default_cameo_table(ontology)[(event, None)]
    )


@functools.cache
def _default_cameo_table(ontology: Ontology) -> dict[tuple[str, str | None], str]:
    mapped: list[tuple[str, str, str | None, bool]] = []
    for code in ontology.cameo_codes:
        m = ontology.try_plover(code)
        if m is not None:
            mapped.append((code, m.event, m.mode, m.official))
    per_root = Counter((code[:2], event) for code, event, _, _ in mapped)

    def rank(item: tuple[str, str, str | None, bool]) -> tuple[bool, int, int, str]:
        code, event, _, official = item
        return (not official, len(code), -per_root[(code[:2], event)], code)

    table: dict[tuple[str, str | None], str] = {}
    for item in sorted(mapped, key=rank):
        code, event, mode, _ = item
        table.setdefault((event, None), code)
        if mode is not None:
            table.setdefault((event, mode), code)
    return table
