"""Generate ``people.tsv`` and ``groups.tsv`` of the actor KB from the Phoenix dictionaries.

The Phoenix/PETRARCH actor dictionaries (MIT licence, Open Event Data Alliance, 2014) list
actors as blocks: a name line, synonyms ``+NAME``, and CAMEO codes, optionally restricted to
a period (``[RUSGOV >080508]``, ``[USAELI 20090120-20170120]``).  This script converts the
people among them to one row per role period with PLOVER codes, and the organisations and
armed groups to one row each.  Run::

    /tmp/venv/bin/python scripts/build_people_kb.py [DICTIONARY_DIR]

``DICTIONARY_DIR`` defaults to ``../shared/reference/phoenix_dictionaries`` (relative to the
repository root).  The outputs are committed; the dictionaries themselves are not copied.
Conversion statistics go to stderr.  The parsing and conversion live in
``newsevents.resolve.petrarch`` (shared with ``newsevents actors import-dictionary``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

# the conversion API, re-exported for callers and tests of this script
from newsevents.resolve.petrarch import (  # noqa: E402, F401
    GROUP_COLUMNS,
    PEOPLE_COLUMNS,
    RELIGIONS,
    SECTOR_MAP,
    Converter,
    GroupRow,
    KBFacts,
    PersonRow,
    RawEntry,
    Stats,
    code_chunks,
    convert_code,
    nice_case,
    parse_date,
    parse_dictionary,
    parse_restriction,
)
from newsevents.resolve.petrarch import read_kb as _read_kb  # noqa: E402

KB_DIR = ROOT / "src/newsevents/data/kb"
DEFAULT_SOURCE = ROOT.parent / "shared/reference/phoenix_dictionaries"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENTS_FILE = "Phoenix.agents.txt"


def read_kb(kb_dir: Path = KB_DIR) -> KBFacts:
    return _read_kb(kb_dir)


def read_entries(source_dir: Path, files: Iterable[str] = ACTOR_FILES) -> list[RawEntry]:
    entries: list[RawEntry] = []
    for name in files:
        path = source_dir / name
        text = path.read_text(encoding="utf-8", errors="replace")
        entries.extend(parse_dictionary(text, name))
    return entries


def agent_codes(source_dir: Path) -> Counter[str]:
    """The 3-letter agent codes used in the agents dictionary (for the mapping report)."""
    path = source_dir / AGENTS_FILE
    if not path.exists():
        return Counter()
    return code_chunks(path.read_text(encoding="utf-8", errors="replace"))


def write_tsv(path: Path, header: Iterable[str], rows: Iterable[list[str]]) -> None:
    """Plain TSV: no quoting (cells never hold tabs or newlines)."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(" ".join(cell.split()) for cell in row) + "\n")


#: Guinea-Bissau office holders the dictionaries list under Guinea with GIN codes (the two
#: sections are mixed up there); with GIN they never merge with their GNB rows in
#: people_recent.tsv
GUINEA_BISSAU_PEOPLE = frozenset(
    {
        "Jose Mario Vaz",
        "Mario Vaz",
        "Carlos Gomes",
        "Raimundo Pereira",
        "Domingo Pereira",
        "Baciro Dja",
        "Martinho Ndafa Kabi",
        "Martinho Cabi",
        "Helder Proenca",
        "Baciro Dabo",
        "Zamora Induta",
        "Induta Zamora",
        "Adiato Nandigna",
        "Maria Adiatu Nandigna",
    }
)


def fix_code(row: PersonRow) -> PersonRow:
    """Country codes the dictionaries get wrong for whole groups of people: Mauritanians
    ("Ould" patronymics, a Hassaniya form no Mauritian name has) listed under Mauritius
    with MUS, and Guinea-Bissau office holders listed under Guinea with GIN."""
    if row.code == "MUS" and "ould" in row.name.lower().split():
        return replace(row, code="MRT", cameo="MRT" + row.cameo[3:])
    if row.code == "GIN" and row.name in GUINEA_BISSAU_PEOPLE:
        return replace(row, code="GNB", cameo="GNB" + row.cameo[3:])
    return row


def build(
    source_dir: Path, out_dir: Path, facts: KBFacts, files: Iterable[str] = ACTOR_FILES
) -> Stats:
    converter = Converter(facts.countries, facts.acronyms, facts.places)
    people, groups = converter.convert(read_entries(source_dir, files))
    people = [fix_code(row) for row in people]
    write_tsv(out_dir / "people.tsv", PEOPLE_COLUMNS, (row.cells() for row in people))
    write_tsv(out_dir / "groups.tsv", GROUP_COLUMNS, (row.cells() for row in groups))
    return converter.stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=KB_DIR)
    args = parser.parse_args(argv)
    if not (args.source / ACTOR_FILES[0]).exists():
        parser.error(f"no Phoenix dictionaries in {args.source}")
    stats = build(args.source, args.out, read_kb())
    for line in stats.lines():
        print(line, file=sys.stderr)
    agents = agent_codes(args.source)
    unmapped = sorted(c for c in agents if c not in SECTOR_MAP and c not in RELIGIONS)
    print(f"agent codes without a PLOVER sector: {' '.join(unmapped)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
