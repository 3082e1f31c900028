"""Convert the official CAMEO -> PLOVER table into the packaged TSV files.

Usage::

    python scripts/build_ontology.py ../shared/data/events/cameo2plover.txt

Writes ``cameo2plover.tsv`` (the official rows, normalised) and
``cameo2plover_extra.tsv`` (this project's documented additions for codes the
official table leaves out) into ``src/newsevents/data/coding/``. Both outputs are
checked against ``plover.tsv``, ``plover_modes.tsv`` and ``plover_contexts.tsv``.
The source table is CC BY-SA 4.0 (Open Event Data Alliance); so are the outputs.
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "coding"
LOG = logging.getLogger("build_ontology")

# Values in the 2021 table that are not modes/contexts of the current manual
# (PLOVER 2.0, 2024), mapped to the manual's nearest value ("" = no mode).
MODE_FIXES: dict[tuple[str, str], str] = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "seize"): "destroy",  # 1712 Destroy property
    ("ASSAULT", "cleansing"): "",
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): "restrict",
    ("COERCE", "ban"): "restrict",
    ("RETREAT", "ease"): "",  # the table itself notes "ease" is no longer a mode
    ("RETREAT", "return"): "",  # return of property: no RETREAT mode fits
}
CONTEXT_FIXES = {"democracy": "pro_democracy", "humanitarian": "human_security"}

# Codes the official table does not list. 02 (APPEAL) is dropped by PLOVER, but
# PLOVER's REQUEST covers "all requests, demands, and orders", so appeals mirror
# the 10 (DEMAND) rows (manual 7.2 note 2 invites documented exceptions).
EXTRA_ROWS: dict[str, tuple[str, str, str, str]] = {
    "155": ("MOBILIZE", "weapons", "cyber", "cyber-forces: MOBILIZE weapons, cyber context"),
    "176": ("COERCE", "cyber", "cyber", "cyber attack: COERCE cyber mode"),
    "1834": ("ASSAULT", "explosives", "", "location bombing: explosives"),
    "1951": ("ASSAULT", "aerial", "military", "precision-guided aerial munitions"),
    "1952": ("ASSAULT", "drone", "military", "remotely piloted aerial munitions"),
}

LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")


def read_official(path: Path) -> list[dict[str, str]]:
    """Parse the official text table; keeps the first row of a duplicated code."""
    rows: dict[str, dict[str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw.strip())
        if not m:
            continue
        code, body, comment = m.group(1), m.group(2), (m.group(3) or "").strip()
        parts = [p.strip() for p in body.split(",")] + ["", ""]
        event, mode, context = parts[0].upper(), parts[1].lower(), parts[2].lower()
        if code in rows:
            if rows[code]["event"] != event:
                LOG.warning(
                    "code %s listed twice (%s, %s): keeping the first",
                    code,
                    rows[code]["event"],
                    event,
                )
            continue
        rows[code] = {
            "code": code,
            "event": event,
            "mode": mode,
            "context": context,
            "note": comment,
            "fix": "",
        }
    return list(rows.values())


def normalise(row: dict[str, str], modes: dict[str, set[str]], contexts: set[str]) -> None:
    """Apply MODE_FIXES/CONTEXT_FIXES in place and record what changed in ``fix``."""
    fixes = []
    ctx = [c.strip() for c in row["context"].split(";") if c.strip()]
    mode = row["mode"]
    if mode and mode not in modes[row["event"]]:
        if mode in contexts:  # a context written in the mode column (175)
            ctx.insert(0, mode)
            new = ""
        else:
            new = MODE_FIXES[(row["event"], mode)]
        fixes.append(f"mode {mode!r} -> {new!r}")
        mode = new
    fixed_ctx = []
    for c in ctx:
        new_c = CONTEXT_FIXES.get(c, c)
        if new_c != c:
            fixes.append(f"context {c!r} -> {new_c!r}")
        if new_c not in contexts:
            raise ValueError(f"{row['code']}: unknown context {new_c!r}")
        fixed_ctx.append(new_c)
    row["mode"], row["context"] = mode, ";".join(fixed_ctx)
    row["fix"] = "; ".join(fixes)


def extra_rows(official: dict[str, dict[str, str]], cameo_codes: list[str]) -> list[dict[str, str]]:
    rows = []
    for code in cameo_codes:
        if code.startswith("02"):
            mirror = official["10" + code[2:]]
            rows.append(
                {
                    "code": code,
                    "event": mirror["event"],
                    "mode": mirror["mode"],
                    "context": mirror["context"],
                    "note": f"appeal mirrors {mirror['code']}",
                    "fix": "",
                }
            )
        elif code in EXTRA_ROWS:
            event, mode, context, note = EXTRA_ROWS[code]
            rows.append(
                {
                    "code": code,
                    "event": event,
                    "mode": mode,
                    "context": context,
                    "note": note,
                    "fix": "",
                }
            )
    return rows


def write(path: Path, rows: list[dict[str, str]]) -> None:
    cols = ["code", "event", "mode", "context", "fix", "note"]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, cols, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def tsv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("table", type=Path, help="path to the official cameo2plover.txt")
    ap.add_argument("--out", type=Path, default=DATA, help="output folder")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    events = {r["event"] for r in tsv("plover.tsv")}
    modes: dict[str, set[str]] = {e: set() for e in events}
    for r in tsv("plover_modes.tsv"):
        modes[r["event"]].add(r["mode"])
    contexts = {r["context"] for r in tsv("plover_contexts.tsv")}
    cameo_codes = [r["code"] for r in tsv("cameo.tsv")]

    official = read_official(args.table)
    for row in official:
        if row["event"] not in events:
            raise ValueError(f"{row['code']}: unknown PLOVER event {row['event']!r}")
        normalise(row, modes, contexts)
    by_code = {r["code"]: r for r in official}
    extra = [r for r in extra_rows(by_code, cameo_codes) if r["code"] not in by_code]
    write(args.out / "cameo2plover.tsv", official)
    write(args.out / "cameo2plover_extra.tsv", extra)
    LOG.info("wrote %d official and %d extra rows to %s", len(official), len(extra), args.out)


if __name__ == "__main__":
    main()
