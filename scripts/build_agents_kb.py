"""Build src/newsevents/data/kb/agents.tsv from the Phoenix/PETRARCH agents dictionary.

    python scripts/build_agents_kb.py [../shared/reference/phoenix_dictionaries/Phoenix.agents.txt]

The agents dictionary (MIT, Open Event Data Alliance) maps about 2,000 nouns for kinds of
people and bodies to CAMEO agent codes ("OLIGARCH [~BUS]", "TRIBAL_ELDER [~CVL]").  Each
becomes a row ``noun<TAB>sector``: the code split into 3-letter CAMEO agents and mapped to
PLOVER sectors (``newsevents.resolve.petrarch.SECTOR_MAP``: CAMEO MED is media = JRN, HLH is
health = MED, INS/SEP fold into REB; a religion first is REL); after a state sector only
state, party and ELI sectors are kept (GOVHLH, a health ministry, is GOV); GOVLEG and GOVJUD
are LEG and JUD.  Substitution sets (``!PERSON!``, ``!MINIST!``) are expanded, plural
alternatives in braces kept, underscores become spaces, entries whose code maps to no PLOVER
sector are dropped, and single-word nouns with no person or group sense (the event coder's
``inanimate_nouns.txt``: "airliner", "neighbourhood") are dropped unless military (``MIL``:
equipment, as in roles.tsv).  roles.tsv and people_nouns.tsv win over this table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newsevents.resolve.petrarch import KEEP_AFTER_STATE, RELIGIONS, SECTOR_MAP, STATE_SECTORS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared/reference/phoenix_dictionaries/Phoenix.agents.txt"
OUT = ROOT / "src/newsevents/data/kb/agents.tsv"
INANIMATE = ROOT / "src/newsevents/data/coding/inanimate_nouns.txt"
#: entries left out: adjectives ("retired", "naval"), followers of a religion (PLOVER REL is
#: religious organisations and clergy, not believers), residence-free identities (PLOVER codes
#: people by residence), places and things, and nouns whose CAMEO code misleads in news
#: ("bomber" is mostly a person, not an aircraft; "detainee" no opposition member)
DROP = frozenset(
    {"retired", "naval", "islamic", "jewish", "state-owned", "semi-official", "naturalized"}
    | {"muslim", "moslem", "christian", "hindu", "jew", "hebrew", "buddhist", "sunni", "islamist"}
    | {"believer", "worshiper", "worshipper", "pilgrim", "unitarian", "maronite", "anglican"}
    | {"hasid", "hasidim", "community", "population", "immigrant", "exile", "expatriate"}
    | {"native", "non-native", "colonist", "village", "neighbourhood", "neighborhood"}
    | {"settlement", "kingdom", "religion", "polity", "governance", "carrier", "tanker"}
    | {"oiler", "monger", "assemblage", "chamber", "echelon", "phalanx", "actor", "bomber"}
    | {"detainee", "customer", "doc", "tinginist", "kanidurgu", "branokker", "manafacture"}
)
_ENTRY = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<alts>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)")


def sectors(code: str) -> list[str]:
    chunks = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    out: list[str] = []
    for n, chunk in enumerate(chunks):
        sector = "REL" if chunk in RELIGIONS and n == 0 else SECTOR_MAP.get(chunk, "")
        if not sector or sector in out:
            continue
        if out and out[0] in STATE_SECTORS and sector not in KEEP_AFTER_STATE:
            continue
        if out and out[0] == "REL":
            continue
        out.append(sector)
    if out[:2] in (["GOV", "LEG"], ["GOV", "JUD"]):
        del out[0]
    return out


def forms(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    found = [phrase]
    for name, values in subs.items():
        found = (
            [f.replace(name, v) for f in found for v in (values if name in f else [""])]
            if any(name in f for f in found)
            else found
        )
    return [re.sub(r"\s+", " ", f.replace("_", " ")).strip().lower() for f in found]


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    inanimate = set(INANIMATE.read_text(encoding="utf-8").split())
    subs: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if sub:
            subs[sub.group(1)] = [v.strip() for v in sub.group(2).split(",")]
            continue
        m = _ENTRY.match(line)
        if not m:
            continue
        sector = sectors(m.group("code"))
        if not sector:
            continue
        phrases = [m.group("phrase")] + [a for a in (m.group("alts") or "").split() if a]
        for phrase in phrases:
            for form in forms(phrase.strip(), subs):
                if not form or not re.fullmatch(r"[a-z][a-z' .\-]*", form):
                    continue
                if form in DROP:
                    continue
                if " " not in form and form in inanimate and "MIL" not in sector:
                    continue
                rows.setdefault(form, ";".join(sector))
    header = "# Converted from Phoenix.agents.txt (MIT, Open Event Data Alliance) by\n"
    header += "# scripts/build_agents_kb.py; see README.md. Do not edit by hand.\n"
    lines = [f"{k}\t{v}" for k, v in sorted(rows.items())]
    OUT.write_text(header + "noun\tsector\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
