"""Candidate place spans: spaCy entities, capitalised runs, datelines and county lists,
each looked up in the gazetteer (and the places embedded in longer names)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsevents.parsed import ParsedDoc, Token
from newsevents.resolve.gazetteer import (
    TIER_STATE,
    Gazetteer,
    GeoEntry,
    is_abbreviation,
    name_key,
)
from newsevents.resolve.places_span import (
    COUNTY_WORDS,
    DIRECTION_WORDS,
    INSTITUTION_NOUNS,
    LOCATIVE_PREPS,
    MIN_WEAK_POPULATION,
    NON_PLACE_KB_KINDS,
    PLACE_KB_KINDS,
    PLACE_LABELS,
    PRECEDING_THE,
    WEAK_LABELS,
    KBEntryLike,
    KBLike,
    Span,
    head_token,
)

_TRIM_LEFT = re.compile(r"^(?:the\s+|[\s\"'“”‘’«»(\[*•·|\-–—])+", re.IGNORECASE)
_TRIM_RIGHT = re.compile(r"(?:['’]s?|[\s\"'“”‘’«»)\].,;:!?*•·|\-–—])+\Z")
#: "D-Charleston", "R-Elbow Lake": a legislator's party before the home town.
_PARTY = re.compile(r"(?:D|R|I|DFL|Ind|Dem|Rep)-\s?(?=[A-Z])")
_CONNECTORS = frozenset({"-", "of", "and", "for", "the", "de", "del", "la", "&"})
_SETTLEMENT_WORDS = frozenset({"town", "city", "village", "township", "borough", "municipality"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_THE = re.compile(r"\bthe\b", re.IGNORECASE)
_DATELINE = re.compile(
    r"(?:^|(?<=[\n.\d]\s)|(?<=[\n.]))\s*([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})"
    r"(?=(?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:\([A-Za-z ]+\)\s*)?(?:--|—|–|-|:)\s)"
)


def looked_up(doc: ParsedDoc, spans: list[Span], gaz: Gazetteer, kb: KBLike | None) -> list[Span]:
    """The spans that name gazetteer places; for one that names none, the place that leads
    it or that a county word inside it makes ("Avoyelles Parish Sheriff's Office")."""
    out: list[Span] = []
    taken: set[int] = set()
    for s in spans:
        if s.start in taken:
            continue
        if _lookup(s, gaz, kb):
            out.append(s)
            taken.add(s.start)
            continue
        used: list[Span] = []
        # A body the knowledge base knows ("the Home Office", GBR) names no place abroad
        # ("Home", a town in Washington state).
        known = kb.by_name(s.text) if kb is not None else None
        home = getattr(known, "code", None) if known is not None else None
        for sub in _embedded(doc, s, gaz):
            if any(u.start < sub.end and sub.start < u.end for u in used):
                continue
            if not _lookup(sub, gaz, kb):
                continue
            if home and gaz.country(home) is not None:
                sub.cands = [c for c in sub.cands if c.code == home]
                if not sub.cands:
                    continue
            if not sub.org_part or is_area(sub.cands[0]) or sub.cands[0].primary:
                used.append(sub)
        out += used
        taken.update(u.start for u in used)
    return out


def is_area(e: GeoEntry) -> bool:
    """A state, region or country (not a town): what an organisation's name may lead with."""
    return e.feature_class != "P" and e.tier >= TIER_STATE and e.kind != "county"


# -- recognition ----------------------------------------------------------------------------


def candidate_spans(doc: ParsedDoc, gaz: Gazetteer) -> list[Span]:
    out: list[Span] = _county_lists(doc) + _datelines(doc)
    covered: set[int] = {t.i for s in out for t in s.tokens}
    for ent in doc.entities:
        ent_tokens = {t.i for t in doc.tokens_in(ent.start, ent.end)}
        if ent.label not in PLACE_LABELS | WEAK_LABELS or ent_tokens & covered:
            covered |= ent_tokens
            continue
        covered |= ent_tokens
        span = _trimmed(doc, ent.start, ent.end, ent.label)
        if span is not None:
            out.append(span)
    for run in _capitalised_runs(doc, covered):
        if not run:  # a run of connectors only ("Of And" in a headline)
            continue
        span = _trimmed(doc, run[0].start, run[-1].end, "")
        if span is not None:
            out.append(span)
    out = [_with_abbreviation_dot(doc, s, gaz) for s in out]
    out.sort(key=lambda s: s.start)
    return _joined_by_of(doc, out, gaz)


def _joined_by_of(doc: ParsedDoc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """ "Port" + "of" + "Spain" that spaCy cut in two: one span where the whole is a
    place's own name (Port of Spain, Isle of Man), else the two as they were."""
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and doc.text[prev.end : s.start] == " of "
            and not prev.lookup_text
            and not s.lookup_text
        ):
            text = doc.text[prev.start : s.end]
            if any(c.primary for c in gaz.candidates(text)):
                out[-1] = Span(prev.start, s.end, text, prev.label or s.label,
                               doc.tokens_in(prev.start, s.end), prev.article)  # fmt: skip
                continue
        out.append(s)
    return out


def _with_abbreviation_dot(doc: ParsedDoc, s: Span, gaz: Gazetteer) -> Span:
    """Keep the dot of a state abbreviation that trimming took off: "Kan." not "Kan"."""
    last = s.tokens[-1].start if s.tokens else s.start  # "Northwest D.C."
    if doc.text[s.end : s.end + 1] == "." and gaz.is_state_abbreviation(doc.text[last : s.end + 1]):
        s.end += 1
        s.text = doc.text[s.start : s.end]
        s.tokens = doc.tokens_in(s.start, s.end)
    return s


def _datelines(doc: ParsedDoc) -> list[Span]:
    """The place of a dateline in capitals: "MANSFIELD --", "COLUMBUS, Ohio (AP) —"."""
    out: list[Span] = []
    for m in _DATELINE.finditer(doc.text):
        start, end = m.span(1)
        tokens = doc.tokens_in(start, end)
        if tokens:
            out.append(Span(start, end, m.group(1), "GPE", tokens, dateline=True))
    return out


def _county_lists(doc: ParsedDoc) -> list[Span]:
    """ "Becker, Clay and Otter Tail counties": each name is a county (looked up with the
    county word), labelled as a place."""
    out: list[Span] = []
    for tok in doc.tokens:
        word = COUNTY_WORDS.get(tok.lower)
        if word is None or not tok.text.islower() or tok.lower == word.lower():
            continue
        names: list[list[Token]] = [[]]
        j = tok.i - 1
        while j >= 0:
            t = doc.tokens[j]
            if t.text[:1].isupper() and t.pos == "PROPN":
                names[-1].insert(0, t)
            elif t.text in (",", "and", "&", "or") and names[-1]:
                names.append([])
            else:
                break
            j -= 1
        for name in names:
            if name:
                span = Span(name[0].start, name[-1].end, doc.text[name[0].start : name[-1].end],
                             "GPE", name)  # fmt: skip
                span.lookup_text = f"{span.text} {word}"
                out.append(span)
    return out


def _embedded(doc: ParsedDoc, s: Span, gaz: Gazetteer) -> list[Span]:
    """Places inside a name that is no place, best first: the part before an institution
    noun ("Minnesota" in "the Minnesota House", "Kabul" in "Kabul-based"), a county
    ("Henry County" in "Paris-Henry County Arts Council"), and in an organisation's name a
    state or country that leads it or follows "of" ("Texas Forest Service", "University of
    Georgia"); the last two are marked ``org_part``: a town there must be supported by
    the rest of the article ("Springfield Science Museum" in an article about Illinois)."""
    toks = s.tokens
    out: list[Span] = []

    def sub(part: list[Token], org_part: bool = False) -> Span:
        text = doc.text[part[0].start : part[-1].end]
        article = s.article and part[0] is toks[0]
        return Span(part[0].start, part[-1].end, text, s.label, part, article,
                     embedded=True, org_part=org_part)  # fmt: skip

    for k in range(1, len(toks)):
        word = toks[k].lower
        spaced_dash = word in ("-", "–", "—") and doc.text[toks[k].start - 1 : toks[k].start] == " "
        based = word == "-" and k + 1 < len(toks) and toks[k + 1].lower == "based"
        if word in INSTITUTION_NOUNS or spaced_dash or based:
            if all(t.text[:1].isupper() for t in toks[:k]):
                out.append(sub(toks[:k]))
            break
    for k in range(1, len(toks) - 1):
        word = toks[k].lower
        if word == "-" and toks[k - 1].end == toks[k].start and toks[k + 1].text[:1].isupper():
            # "Fargo-Moorhead", "Nebraska-Lincoln": two places joined (not "Wal-Mart").
            left, right = k, k + 1
            while left > 0 and toks[left - 1].text[:1].isupper():
                left -= 1
            end = right
            while end < len(toks) and toks[end].text[:1].isupper():
                end += 1
            parts = [sub(part) for part in (toks[left:k], toks[right:end]) if part]
            if len(parts) == 2 and all(_primary_name(p.text, gaz) for p in parts):
                out += parts
        elif word in LOCATIVE_PREPS and toks[k + 1].text[:1].isupper() and word != "with":
            # "Lutheran School in Lombard": the place a name says it is in.
            end = k + 1
            while end < len(toks) and toks[end].text[:1].isupper():
                end += 1
            out.append(sub(toks[k + 1 : end]))
    for k in range(1, len(toks)):
        if toks[k].lower in COUNTY_WORDS and toks[k].text[:1].isupper():
            i = k - 1
            while i > 0 and toks[i - 1].text[:1].isupper():
                i -= 1
            if i > 0 or k < len(toks) - 1:  # not the whole span, already looked up
                out.append(sub(toks[i : k + 1]))
            break
    if s.label in ("ORG", "FAC", "PRODUCT"):
        caps = 0
        while caps < len(toks) and toks[caps].text[:1].isupper():
            caps += 1
        out += [sub(toks[:n], org_part=True) for n in range(min(caps, len(toks) - 1), 0, -1)]
        for k, t in enumerate(toks[:-1]):
            if t.lower == "of":
                rest = toks[k + 1 :]
                n = 0
                while n < len(rest) and rest[n].text[:1].isupper():
                    n += 1
                # "the Town of Groton" is the town; "University of Georgia" only leads to it.
                org = k == 0 or toks[k - 1].lower not in _SETTLEMENT_WORDS
                out += [sub(rest[:m], org_part=org) for m in range(n, 0, -1)]
                break
    return out


def _primary_name(text: str, gaz: Gazetteer) -> bool:
    """Is ``text`` a place's own name (not only an alias: "Wal" is no Waal)?"""
    return any(c.primary for c in gaz.candidates(text))


def _trimmed(doc: ParsedDoc, start: int, end: int, label: str) -> Span | None:
    raw = doc.text[start:end]
    left = _TRIM_LEFT.match(raw)
    s = start + (left.end() if left else 0)
    party = _PARTY.match(doc.text, s, end)
    if party:
        s = party.end()
    right = _TRIM_RIGHT.search(doc.text, s, end)
    e = right.start() if right and right.start() > s else end
    if e <= s:
        return None
    trimmed_the = left is not None and _THE.search(left.group()) is not None
    article = trimmed_the or PRECEDING_THE.search(doc.text[max(0, s - 8) : s]) is not None
    return Span(s, e, doc.text[s:e], label, doc.tokens_in(s, e), article)


def _capitalised_runs(doc: ParsedDoc, covered: set[int]) -> Iterable[list[Token]]:
    """Runs of capitalised name-like tokens that spaCy left outside every entity.

    Lower-case connectors between capitalised words keep a run going, so that a name such
    as "Treaty of Alliance and Integration" is looked up whole (and not as "Alliance").
    """
    run: list[Token] = []
    for tok in doc.tokens:
        if _name_like(tok, doc, covered) and (not run or tok.start - run[-1].end <= 1):
            run.append(tok)
            continue
        if run and tok.lower in _CONNECTORS and tok.i not in covered:
            run.append(tok)
            continue
        if run:
            yield _strip_connectors(run)
        run = [tok] if _name_like(tok, doc, covered) else []
    if run:
        yield _strip_connectors(run)


def _name_like(tok: Token, doc: ParsedDoc, covered: set[int]) -> bool:
    sent_first = bool(doc.sentences) and tok.i == doc.sentences[tok.sent].first
    return (
        tok.i not in covered
        and tok.text[:1].isupper()
        and tok.pos in ("PROPN", "ADJ", "NOUN")
        and (not sent_first or tok.pos == "PROPN")
    )


def _strip_connectors(run: list[Token]) -> list[Token]:
    """Drop trailing connectors; a run that still has inner ones is a multi-word name."""
    while run and run[-1].lower in _CONNECTORS:
        run = run[:-1]
    return run


def _lookup(span: Span, gaz: Gazetteer, kb: KBLike | None) -> bool:
    """Fill ``span.cands``; False when the span names nothing (or names a non-place)."""
    name = span.lookup_text or span.text
    span.key = name_key(name)
    if not span.key or not span.tokens:
        return False
    # "The Hague"; but "the S.C. Highway Patrol" takes its article for the patrol.
    text = ("the " + name) if span.article and not is_abbreviation(name) else name
    cands = gaz.candidates(text)
    if not cands and len(span.tokens) > 1 and span.tokens[0].lower.rstrip(".") in DIRECTION_WORDS:
        # "Northeast Georgia", "North Texas": the place without the direction word (the
        # span keeps it).  "North Korea" and "South Sudan" are names of their own.
        rest = span.text[span.tokens[1].start - span.start :].lstrip(" -")
        cands = [c for c in gaz.candidates(rest)
                 if c.feature_class != "P" or c.population >= MIN_WEAK_POPULATION]  # fmt: skip
        text = rest
    if span.article and head_token(span.tokens).dep not in _MODIFIER_DEPS:
        # "the West", "the Valley": a bare settlement name takes no article in English,
        # so keep only areas and places whose own name has one ("The Hague").  In "the
        # Tskhinvali leader" the article belongs to "leader".
        cands = [c for c in cands if c.feature_class != "P" or name_key(c.name).startswith("the ")]
    entry = kb.by_name(text) if kb is not None else None
    if entry is not None:
        kind = getattr(entry, "kind", None)
        if kind in NON_PLACE_KB_KINDS:
            return False
        if kind in PLACE_KB_KINDS:
            kb_geo = from_kb(entry, cands, gaz)
            # The KB maps "England" to the UK (right for actors); for places keep our own
            # entry when it has that exact name and lies in the same country.
            own = cands[0] if cands else None
            if own is not None and own.primary and own.kind in ("region", "disputed", "state"):
                kb_geo = None if kb_geo is None or own.code == kb_geo.code else kb_geo
            if kb_geo is not None:
                cands = [kb_geo, *[c for c in cands if c.geonameid != kb_geo.geonameid]]
    span.cands = cands
    return bool(cands)


def from_kb(entry: KBEntryLike, cands: list[GeoEntry], gaz: Gazetteer) -> GeoEntry | None:
    """A gazetteer entry for a KB place, preferring our own record of the same place."""
    gid = getattr(entry, "geonameid", None)
    for c in cands:
        if (gid is not None and c.geonameid == gid) or (
            gid is None and c.code == entry.code and c.kind in ("country", "disputed")
        ):
            return c
    if entry.kind == "country" and entry.code:
        own = gaz.country(entry.code)
        if own is not None:
            return own
    if entry.lat is None or entry.lon is None:
        return None
    kind = "capital" if entry.kind == "capital" else entry.kind
    fclass = "P" if kind == "capital" else "A"
    return GeoEntry(gid, entry.name, entry.lat, entry.lon, entry.code, None, fclass, kind)
