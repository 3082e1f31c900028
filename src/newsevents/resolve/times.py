"""Find the time expressions of a parsed article and resolve them to ISO values.

Candidates are spaCy's DATE and TIME entities plus regex matches for forms the
small model misses (datelines such as ``15 Nov.'17``, ``Aug. 8``, ``last
week`` at a sentence start, ISO dates, "now", quarters, seasons, holidays).
Spans follow TimeML: a leading preposition ("on", "since", "back in") is context,
not part of the span, so "back in 2008" yields the span ``2008``; so are a trailing
possessive ("last month's") and an article before a written date ("the Aug. 7
bombing"); "between 1994 and 1997" and "April 24 and 25" are two expressions each.
Overlapping candidates keep the one with a calendar value, then the longer.

Which occurrence of a partial date is meant ("Nov. 10", "in April", "Tuesday")
follows the governing verb ("will meet on Tuesday", "was signed on August 8") and
the words before the date ("as early as", "since").  Expressions that refer back
("a year earlier", "the quarter", "later that year", "the next day") take their
value from the expressions before them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from newsevents.parsed import ParsedDoc, Token
from newsevents.records import TimeExpr
from newsevents.resolve.timeparse import NUM, resolve_expression, resolve_in_context
from newsevents.resolve.timerules import Anchors

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
_RANGE_END = rf"(?:{_MOD}?{_YEAR}|(?:{_MON_FULL})(?:\s+{_YEAR})?)(?![\w-])"

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
    # "January this year", "June 5 last year"
    rf"\b(?:{_MON_FULL})(?:\s+{_DAY})?,?\s+(?:of\s+)?(?i:this|last|next)\s+year\b",
    # ranges: "between 1994 and 1997", "from May to July" are two expressions
    rf"\b(?i:between|from)\s+(?P<x>{_RANGE_END})\s+(?i:and|to|until|through)\s+{_RANGE_END}",
    rf"\b(?i:between|from)\s+{_RANGE_END}\s+(?i:and|to|until|through)\s+(?P<x>{_RANGE_END})",
    # referring back: "the following day", "later that year", "two days later"
    r"(?<![\w-])(?i:the\s+(?:next|following|previous|same)\s+(?:day|morning|evening|night)"
    r"|the\s+(?:following|same)\s+(?:month|year)|(?:earlier|later)\s+that\s+(?:day|morning"
    r"|evening|night|month|year)|that\s+(?:same\s+)?(?:day|month|year)"
    rf"|(?:{NUM})\s+(?:days?|months?|years?)\s+(?:later|earlier))(?![\w-])",
    # TimeML reference words, sets, quarters, seasons (see timerules)
    r"(?<![\w-])(?i:hourly|daily|nightly|weekly|monthly|yearly|annually|(?:every|each)\s+"
    rf"(?:hour|day|night|week|month|quarter|year|{_WD[3:-1]}|{_MON_FULL}))(?![\w-])",
    r"(?<![\w-])(?i:(?:right|just)\s+now|now|currently|nowadays|these\s+days"
    r"|(?:more\s+|most\s+|until\s+)?recently"
    r"|the\s+(?:near\s+|foreseeable\s+|distant\s+)?future)(?![\w-])",
    rf"(?<![\w-])(?i:the\s+past)(?!\s+(?:\d|{NUM}\b|few|several|couple|many|\w+s\b"
    r"|(?:decade|year|month|week|day|hour|quarter|century|fortnight|period)\b))(?![\w-])",
    rf"(?<![\w-])(?i:(?:(?:the|its|this\s+year's|last\s+year's|next\s+year's"
    rf"|(?:the\s+)?(?:year-earlier|year-ago)|the\s+{_YEAR})\s+)?(?:fiscal[ -])?"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:fiscal[ -])?quarter"
    rf"(?:\s+of\s+(?:fiscal\s+)?(?:{_YEAR}|(?:this|last|next)\s+year))?)(?![\w-])",
    r"(?<![\w-])(?i:(?:the\s+)?(?:latest|current|most\s+recent|just-ended|previous|prior"
    r"|year-earlier|year-ago)\s+quarter|(?:last|this|next)\s+quarter|the\s+latest\s+period"
    r"|(?:the\s+)?(?:year-earlier|year-ago)\s+period|year-earlier|year-ago"
    rf"|the\s+{_YEAR}\s+(?:quarter|period))(?![\w-])",
    r"\b(?:(?i:last|this|next)\s+)?(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)"
    r"|Boxing\s+Day|Halloween|Valentine's\s+Day|Easter(?:\s+(?:Sunday|Monday|Day))?|Good\s+Friday"
    r"|Palm\s+Sunday|Maundy\s+Thursday|Ash\s+Wednesday|Pentecost|Thanksgiving(?:\s+Day)?)\b"
    r"(?!\s+Islands?\b)",
    rf"(?<![\w-])(?i:(?:(?:this\s+past|this\s+coming|this|last|next|past|coming|early|late)"
    rf"\s+)(?:spring|summer|autumn|winter|fall)|(?:spring|summer|autumn|winter|fall)"
    rf"(?:\s+of)?\s+{_YEAR})(?![\w-])",
]
_COMPILED = [re.compile(p) for p in _PATTERNS]

_TRIM = re.compile(
    r"(?:(?:on|in|at(?! (?:least|most)\b)|since|until|till|by|from|during|before|after|back"
    r"|as of|as (?:early|late|soon) as|no later than)\s+)+",
    re.IGNORECASE,
)
_AGE = re.compile(r"[- ](?:year|month|week|day)s?[- ]old\b|^aged? \d", re.IGNORECASE)
# "Good Friday", "Black Monday", "Super Tuesday" name a day, not a date near publication.
_NAMED_DAY = re.compile(r"(?:Good|Black|Bloody|Super|Ash|Palm|Easter|Holy|Cyber|Maundy) $")
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_PAIR = re.compile(
    rf"\b(?P<mon>{_MON})\s*(?P<d1>{_DAY_NUM})"
    rf"\s*(?:and|&|to|-|\u2013)\s*(?P<d2>{_DAY_NUM})\b"
    r"(?=\s*(?:[,.;:!?)\]\"']|$)|\s+(?:and|or|in|at|on|for|to|with|when|while|but|as|this"
    r"|last|next|(?:19|20)\d\d)\b)"  # not "on May 5 and 6 others"
)
_BARE_NUMBER = re.compile(r"\d+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ARTICLE = re.compile(rf"(?i:the|(?P<a>an?))\s+(?=\d|{_MON})")
_WRITTEN_DATE = re.compile(rf"{_MON}.*|\d{{4}}")  # not "the 1990s", "the 1988 quarter"
_REFERRING = re.compile(
    r"(?i)\b(?:quarter|period|year-earlier|year-ago|(?:year|month|day|morning|afternoon|evening"
    r"|night)s? (?:ago|earlier|later|before|after)|(?:that|same|following|previous|preceding"
    r"|next|prior) (?:year|month|day|morning|afternoon|evening|night)|the (?:day|night) before"
    r"|the (?:year|month) before|(?:earlier|later) in the (?:day|month|year))$"
)
_FREQUENCY = {"annual", "quarterly"}  # adjectives: "annual meeting" is no set of times
# Words just before a date that say on which side of publication it lies: strong ones
# overrule the verb ("planned a rally for Saturday"), weak ones only a verb without tense.
_CUE_BEFORE = re.compile(
    r"(?i:(?P<strong>\bas (?:early|soon) as|\bno later than|\bscheduled for|\bset for"
    r"|\bplanned for|\bdue(?: on)?)|(?P<weak>\buntil|\btill|\bby)"
    r"|(?P<past>\bsince(?: shortly)?(?: after| before)?(?: the)?))"
    r"\s+(?:(?:on|early|late|mid-)\s*)?$"
)
_PLANNING = {"plan", "schedule", "intend", "expect"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_FUTURE_HEADS = {"schedule", "plan", "expect", "set", "due", "intend", "aim", "prepare"}


def find_times(doc: ParsedDoc, published: datetime | None) -> list[TimeExpr]:
    """Time expressions of ``doc`` in text order, resolved against ``published``."""
    text = doc.text
    regex_spans = sorted(set(_regex_spans(text)))
    spans: set[tuple[int, int]] = set(regex_spans)
    candidates = _day_pairs(doc, published)
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
    # the days of a pair are two expressions, not one "Nov. 14-15"
    spans = {(s, e) for s, e in spans if not any(s < c.end and c.start < e for c in candidates)}
    for start, end in spans:
        start, end = _trim_timeml(text, start, end)
        span_text = text[start:end]
        if _AGE.search(span_text) or span_text.lower() in _FREQUENCY:
            continue
        if _NAMED_DAY.search(text, max(0, start - 8), start):
            continue
        value, precision = _resolve(doc, start, end, published)
        if value is None and _BARE_NUMBER.fullmatch(span_text):  # "Kopp, 44," is an age
            continue
        candidates.append(TimeExpr(span_text, start, end, value, precision))
    candidates.sort(key=_priority)
    chosen: list[TimeExpr] = []
    for cand in candidates:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return _refer_back(doc, sorted(chosen, key=lambda t: t.start), published)


def _day_pairs(doc: ParsedDoc, published: datetime | None) -> list[TimeExpr]:
    """Both days of "April 24 and 25": the second takes the month of the first."""
    out = []
    for m in _DAY_PAIR.finditer(doc.text):
        start, end = m.start(), m.end("d1")
        value, precision = _resolve(doc, start, end, published)
        out.append(TimeExpr(doc.text[start:end], start, end, value, precision))
        tense = _tense(doc, start, end)
        value, precision = resolve_expression(f"{m['mon']} {m['d2']}", published, tense=tense)
        out.append(TimeExpr(m["d2"], m.start("d2"), m.end("d2"), value, precision))
    return out


def _priority(t: TimeExpr) -> tuple[int, int]:
    """Among overlapping candidates: a calendar value, then a duration or clock time, then
    a reference word ("the past" inside "the past two years" is not one), then the longer."""
    if t.value is not None and t.precision != "ref":
        rank = 0
    elif t.precision is not None and t.precision != "ref":
        rank = 1
    else:
        rank = 2 if t.value is not None else 3
    return rank, t.start - t.end


def _refer_back(
    doc: ParsedDoc, times: list[TimeExpr], published: datetime | None
) -> list[TimeExpr]:
    """Resolve "the quarter", "a year earlier", "later that year", "the next day" against
    what the text talked about before them ("the third quarter ... a year earlier")."""
    anchors = Anchors()
    out: list[TimeExpr] = []
    for t in times:
        if out:
            t = _range_end(doc, out[-1], t)
        referring = False
        if _REFERRING.search(t.text):
            tense = _tense(doc, t.start, t.end)
            value, precision = resolve_in_context(t.text, published, anchors, tense=tense)
            referring = (value, precision) != (t.value, t.precision)
            t = replace(t, value=value, precision=precision)
        if t.precision != "quarter" or _recent_quarter(t.value, published):
            anchors = anchors.after(t.value, t.precision, referring=referring)
        out.append(t)
    return out


#: Between the two ends of a range: "from 3 March 2016 until mid-April", "June 2 to 5".
_RANGE_GAP = re.compile(r"\b(?:until|till|to|through|thru|and)\b|[-\u2013]", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _range_end(doc: ParsedDoc, prev: TimeExpr, t: TimeExpr) -> TimeExpr:
    """A month or day without a year that ends a range whose start names its year takes
    the year from the start, not from the publication date: "protests from 3 March 2016
    until mid-April" end in April 2016."""
    if (
        t.value is None
        or prev.value is None
        or t.precision not in ("day", "month")
        or prev.precision not in ("day", "month")
        or _HAS_YEAR.search(t.text)
        or not _HAS_YEAR.search(prev.text)
    ):
        return t
    gap = doc.text[prev.end : t.start]
    if len(gap) > 40 or not _RANGE_GAP.search(gap) or any(ch in gap for ch in ".;"):
        return t
    year = int(prev.value[:4])
    value = f"{year}{t.value[4:]}"
    if value < prev.value[: len(value)]:
        value = f"{year + 1}{t.value[4:]}"
    return replace(t, value=value)


def _recent_quarter(value: str | None, published: datetime | None) -> bool:
    """A quarter that can be the one under discussion: of the past year, not the future."""
    if value is None:
        return False
    if published is None:
        return True
    q = int(value[:4]) * 4 + int(value[-1])
    now = published.year * 4 + (published.month - 1) // 3 + 1
    return now - 4 <= q <= now


def _regex_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for pat in _COMPILED:
        key = "x" if "x" in pat.groupindex else 0
        out.extend(m.span(key) for m in pat.finditer(text))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing punctuation from an entity span (``match``
    with a start position: a leading ``^`` would only match at the start of the text)."""
    m = _TRIM.match(text, start, end)
    if m:
        start = m.end()
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _trim_timeml(text: str, start: int, end: int) -> tuple[int, int]:
    """TimeML spans leave out a possessive ("last month's") and an article before a
    written date ("the Aug. 7, 1998 bombings"), though not before a decade ("the 1990s")."""
    m = _POSSESSIVE.search(text, start, end)
    if m and m.end() == end:
        end = m.start()
    m = _ARTICLE.match(text, start, end)
    if m and (m["a"] or _WRITTEN_DATE.fullmatch(text, m.end(), end)):
        start = m.end()
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
    cue = _CUE_BEFORE.search(doc.text, max(0, start - 24), start)
    if cue and cue["strong"]:
        return "future"
    if cue and cue["past"]:
        return "past"
    tense = _verb_tense(doc, toks)
    if cue and cue["weak"] and tense is None:
        return "future"
    return tense


def _verb_tense(doc: ParsedDoc, toks: list[Token]) -> str | None:
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
    if verb.lemma in _PLANNING and verb.i < toks[0].i:  # "planned a rally on Saturday"
        return "future"
    if any(a.tag == "MD" for a in aux):  # "would be held", "could meet": no tense
        return None
    if verb.tag in ("VBD", "VBN") or any(a.tag == "VBD" for a in aux):
        return "past"
    return None
