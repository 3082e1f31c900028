"""The spans of an article to highlight: actors, places, times, quotes, event triggers.

Built from the article's analysis (the ``newsevents extract`` JSON the store
keeps).  An event records its trigger words but not where they are, so the
trigger is looked up in the event's own sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # actor, place, time, quote, trigger
    label: str  # shown on hover
    ref: str | None = None  # actor id or event id


def find_trigger(text: str, words: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the trigger ``words`` are in ``text[start:end]``: the whole phrase, else its
    first word ("met" of "met with" split by an object)."""
    if not words.strip() or start < 0 or end > len(text) or start >= end:
        return None
    sentence = text[start:end]
    tokens = words.split()
    for pattern in (r"\s+".join(map(re.escape, tokens)), re.escape(tokens[0])):
        m = re.search(rf"(?<!\w){pattern}(?!\w)", sentence, re.IGNORECASE)
        if m:
            return start + m.start(), start + m.end()
    return None


def _valid(text: str, start: Any, end: Any) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, "", []))


def spans(analysis: dict[str, Any]) -> list[Span]:
    """Every span to highlight, in text order; spans may nest or overlap."""
    text: str = analysis.get("text") or ""
    out: list[Span] = []
    for actor in analysis.get("actors") or []:
        code = " ".join([actor.get("code") or "", *(actor.get("sector") or [])]).strip()
        label = _join(actor.get("name"), code, actor.get("office"), actor.get("kind"))
        for m in actor.get("mentions") or []:
            if _valid(text, m.get("start"), m.get("end")):
                out.append(Span(m["start"], m["end"], "actor", label, actor.get("id")))
    for p in analysis.get("places") or []:
        if _valid(text, p.get("start"), p.get("end")):
            where = None
            if p.get("lat") is not None and p.get("lon") is not None:
                where = f"{p['lat']:.2f}, {p['lon']:.2f}"
            label = _join(p.get("name"), p.get("code"), where, p.get("geonameid"))
            out.append(Span(p["start"], p["end"], "place", label))
    for t in analysis.get("times") or []:
        if _valid(text, t.get("start"), t.get("end")):
            label = _join(t.get("value"), t.get("precision"))
            out.append(Span(t["start"], t["end"], "time", label))
    for q in analysis.get("quotes") or []:
        if _valid(text, q.get("start"), q.get("end")):
            label = _join(f"{q.get('kind')} quote", q.get("speakerText"), q.get("cue"))
            out.append(Span(q["start"], q["end"], "quote", label))
    for e in analysis.get("events") or []:
        info = e.get("textInfo") or {}
        s, t = info.get("start"), info.get("end")
        if not isinstance(s, int) or not isinstance(t, int) or not _valid(text, s, t):
            continue
        found = find_trigger(text, e.get("eventText") or "", s, t)
        if found:
            label = e.get("explanation") or _join(
                e.get("event"), (e.get("cameo") or {}).get("code")
            )
            out.append(Span(found[0], found[1], "trigger", label, e.get("id")))
    return sorted(out, key=lambda x: (x.start, -x.end, x.kind))
