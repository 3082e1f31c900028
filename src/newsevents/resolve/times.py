"""Find the time expressions of a parsed article and resolve them to ISO values.

Candidates are spaCy's DATE and TIME entities plus regex matches for forms the
small model misses (datelines such as ``15 Nov.'17``, ``Aug. 8``, ``last
week`` at a sentence start, ISO dates).  Spans follow TimeML: a leading
preposition ("on", "since", "back in") is context, not part of the span, so
"back in 2008" yields the span ``2008``.  Overlapping candidates keep the one
that resolves, then the longer.  The tense of the governing verb decides which
occurrence of a partial date is meant ("will meet on Tuesday").
"""

from __future__ import annotations

import re
from datetime import datetime

from newsevents.parsed import ParsedDoc
from newsevents.records import TimeExpr
from newsevents.resolve.timeparse import NUM, resolve_expression

__all__ = ["find_times", "resolve_expression"]

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]  # fmt: skip
_MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_MON = rf"(?:(?:{'|'.join(_MONTH_NAMES)})\b|(?:{'|'.join(_MON_ABBR)})\b\.?)"
_MON_FULL = "|".join(_MONTH_NAMES)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[-\u2013](?:[12]\d|3[01]|0?[1-9]))?"
_CUE = r"(?i:in|since|until|till|by|during|from|before|after|through|of|back in)"
_MOD = r"(?i:(?:early|late|mid-?|earlier|later)\s+)"

# Each pattern's span is its group "x" when it has one, else the whole match.
_PATTERNS = [
    r"\b\d{4}-[01]\d-[0-3]\d(?:T\d\d:\d\d(?::\d\d)?)?\b",
    rf"\b[0-3]?\d[/.][01]?\d[/.]{_YEAR}",
    rf"\b(?:{_WD},?\s+)?{_MON}\s*{_DAY}\b(?:,?\s+{_YEAR})?",
    rf"\b(?:{_WD},?\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s*(?:{_YEAR}|['\u2019]\d\d\b))?",
    rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}|\b{_MON}\s*['\u2019]\d\d\b",
    rf"\b(?:(?i:mid-)|(?i:(?:last|next|this|early|late)\s+))(?:{_MON_FULL})\b",
    rf"\b{_CUE}\s+(?P<x>(?:{_MON_FULL})\b)",
    rf"\b{_CUE}\s+(?P<x>{_MOD}?{_YEAR})",
    rf"\b{_MOD}?{_YEAR}s\b|\b(?i:the)\s+{_MOD}?(?:{_YEAR}|['\u2019]\d0)s\b",
    r"(?<!\w)(?i:(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow"
    r"|this\s+(?:morning|afternoon|evening|week(?:end)?|month|year)"
    r"|(?<!the )(?:last\s+(?:night|week(?:end)?|month|year)"
    r"|next\s+(?:week(?:end)?|month|year))))\b",
    rf"(?<![\w-])(?i:{NUM}\s+(?:day|week|fortnight|month|year|decade)s?\s+ago)\b",
    rf"\b(?:(?i:last|next|this)\s+)?{_WD}(?:\s+(?i:morning|afternoon|evening|night))?\b",
]
_COMPILED = [re.compile(p) for p in _PATTERNS]

_TRIM = re.compile(
    r"^(?:(?:on|in|at|since|until|till|by|from|during|before|after|back|around|about|as of)"
    r"\s+)+",
    re.IGNORECASE,
)
_AGE = re.compile(r"[- ](?:year|month|week|day)s?[- ]old\b|^aged? \d", re.IGNORECASE)
# "Good Friday", "Black Monday", "Super Tuesday" name a day, not a date near publication.
_NAMED_DAY = re.compile(r"(?:Good|Black|Bloody|Super|Ash|Palm|Easter|Holy|Cyber|Maundy) $")
_FREQUENCY = {"annual", "annually", "daily", "weekly", "monthly", "yearly", "quarterly"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_FUTURE_HEADS = {"schedule", "plan", "expect", "set", "due", "intend", "aim", "prepare"}


def find_times(doc: ParsedDoc, published: datetime | None) -> list[TimeExpr]:
    """Time expressions of ``doc`` in text order, resolved against ``published``."""
    text = doc.text
    regex_spans = sorted(set(_regex_spans(text)))
    spans: set[tuple[int, int]] = set(regex_spans)
    for ent in doc.entities:
        if ent.label not in ("DATE", "TIME"):
            continue
        start, end = _trim(text, ent.start, ent.end)
        inner = [(s, e) for s, e in regex_spans if start <= s and e <= end]
        # spaCy sometimes joins two dates ("Aug. 8 and 8 August") into one entity.
        if len([1 for s, e in inner if _resolve(doc, s, e, published)[0]]) >= 2:
            continue
        if start < end:
            spans.add((start, end))
    candidates = []
    for start, end in spans:
        span_text = text[start:end]
        if _AGE.search(span_text) or span_text.lower() in _FREQUENCY:
            continue
        if _NAMED_DAY.search(text, max(0, start - 8), start):
            continue
        value, precision = _resolve(doc, start, end, published)
        candidates.append(TimeExpr(span_text, start, end, value, precision))
    candidates.sort(key=lambda t: (t.value is None, t.precision is None, t.start - t.end))
    chosen: list[TimeExpr] = []
    for cand in candidates:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda t: t.start)


def _regex_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for pat in _COMPILED:
        key = "x" if "x" in pat.groupindex else 0
        out.extend(m.span(key) for m in pat.finditer(text))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing punctuation from an entity span."""
    m = _TRIM.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _resolve(
    doc: ParsedDoc, start: int, end: int, published: datetime | None
) -> tuple[str | None, str | None]:
    return resolve_expression(doc.text[start:end], published, tense=_tense(doc, start, end))


def _tense(doc: ParsedDoc, start: int, end: int) -> str | None:
    """``future`` or ``past`` from the verb governing the span, else None."""
    toks = doc.tokens_in(start, end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head not in inside or t.head == t.i), toks[0])
    verb = None
    for j in [root.i, *doc.ancestors(root.i)]:
        if doc.tokens[j].pos in ("VERB", "AUX") and j not in inside:
            verb = doc.tokens[j]
            break
    if verb is None:
        return None
    aux = [doc.tokens[k] for k in doc.children(verb.i) if doc.tokens[k].dep in ("aux", "auxpass")]
    if any(a.lower in _FUTURE_AUX for a in aux) or verb.lower in _FUTURE_AUX:
        return "future"
    head = doc.tokens[verb.head]
    if verb.dep == "xcomp" and head.lemma in _FUTURE_HEADS:
        return "future"
    if verb.tag in ("VBD", "VBN") or any(a.tag == "VBD" for a in aux):
        return "past"
    return None
