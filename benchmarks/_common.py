"""What every accuracy benchmark does around its evaluation: find the shared data,
describe the run (command, date, versions, machine) and write the figures."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shlex
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", REPO.parent / "shared"))
RESULTS = REPO / "benchmarks" / "results"


def gold_missing(path: Path, label: str) -> bool:
    """Say clearly (on stderr) when the development data is absent."""
    if path.exists():
        return False
    print(
        f"{label} gold not found at {path}: give its path, or set NEWSEVENTS_SHARED "
        "to the shared/ folder",
        file=sys.stderr,
    )
    return True


def run_context(benchmark: str, cli: list[str], **extra: Any) -> dict[str, Any]:
    """The run's description, printed and stored beside the figures."""
    import spacy

    context = {
        "benchmark": benchmark,
        "command": shlex.join([sys.executable, *sys.argv]),
        "equivalent_cli": shlex.join(cli),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "machine": platform.node(),
        "cpus": os.cpu_count(),
        **extra,
    }
    for k, v in context.items():
        print(f"{k}: {v}")
    print()
    return context


def write_results(name: str, data: dict[str, Any]) -> None:
    path = RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {path.relative_to(REPO)}")
