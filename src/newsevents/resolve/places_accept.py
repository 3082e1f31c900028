"""Which looked-up spans are places: labelled names are, mislabelled and unlabelled ones
must earn it (a locative preposition, size, support, no person's or group's name)."""

from __future__ import annotations

from newsevents.parsed import ParsedDoc, Token
from newsevents.resolve.gazetteer import (
    TIER_CAPITAL,
    TIER_CITY,
    TIER_STATE,
    Gazetteer,
    GeoEntry,
    is_generic,
    name_key,
)
from newsevents.resolve.places_demonym import DEMONYM_ENDINGS
from newsevents.resolve.places_recognize import is_area
from newsevents.resolve.places_span import (
    COUNTY_WORDS,
    DIRECTION_PREP_HEADS,
    INSTITUTION_NOUNS,
    LOCATIVE_PREPS,
    MIN_EMBEDDED_POPULATION,
    MIN_WEAK_POPULATION,
    OF_PLACE_NOUNS,
    PARTY_PREFIX,
    PERSON_VERBS,
    PLACE_FRAME_NOUNS,
    PLACE_LABELS,
    PLACE_POSSESSIONS,
    KBLike,
    PeopleLike,
    Span,
    head_token,
)


def person_tokens(
    doc: ParsedDoc, gaz: Gazetteer | None = None, kb: KBLike | None = None
) -> set[str]:
    """Lower-cased words of multi-word PERSON names ("Vladimir Putin" -> vladimir, putin).

    With a gazetteer, a "person" that is a country's or state's name or its adjective
    ("Sri Lanka's", "Sri Lankan") is taken for the mislabel it is."""
    out: set[str] = set()
    for ent in doc.entities:
        if ent.label == "PERSON":
            toks = doc.tokens_in(ent.start, ent.end)
            if gaz is not None and _names_area(doc.text[ent.start : ent.end], gaz, kb):
                continue
            # "Huntsville Fire Chief Tom Grisham": the name follows the title.
            cut = max((k + 1 for k, t in enumerate(toks) if t.lower in _TITLE_WORDS), default=0)
            words = [t.lower for t in toks[cut:] if t.text[:1].isupper()]
            if len(words) > 1 and toks[-1].tag != "NNPS":  # "Lancaster Girls" is no one
                out.update(words)
    return out


def person_surnames(doc: ParsedDoc) -> set[str]:
    """Last words of two- and three-word PERSON names ("Ollie Hall" -> hall); not of a
    headline tagged a person ("Freemason Bogdanov Joins Sochi")."""
    out = set()
    for ent in doc.entities:
        toks = doc.tokens_in(ent.start, ent.end) if ent.label == "PERSON" else []
        if 1 < len(toks) <= 3 and all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks):
            out.add(toks[-1].lower)
    return out


def _names_area(text: str, gaz: Gazetteer, kb: KBLike | None) -> bool:
    text = text.removesuffix("'s").removesuffix("’s")
    cands = gaz.candidates(text)
    if any(c.primary and c.tier >= TIER_STATE and c.feature_class != "P" for c in cands):
        return True
    return is_demonym(text, gaz, kb)


#: Words of a title that spaCy may take into a person's name, with the place before them.
_TITLE_WORDS = INSTITUTION_NOUNS | {
    "chief", "mayor", "spokesman", "spokeswoman", "spokesperson", "selectman", "selectwoman",
    "judge", "officer", "detective", "sgt", "lt", "capt", "deputy", "manager", "superintendent",
    "director", "councilman", "councilwoman", "alderman", "trustee", "coach", "principal",
    "president", "chairman", "chairwoman", "supervisor", "coroner", "treasurer", "clerk",
}  # fmt: skip


STRONG, WEAK, UNLABELLED = 0, 1, 2


def group_of(s: Span) -> int:
    if s.dateline or (s.label in PLACE_LABELS and any(t.pos == "PROPN" for t in s.tokens)):
        return STRONG
    return WEAK if s.label else UNLABELLED


def accept(
    s: Span,
    doc: ParsedDoc,
    persons: set[str],
    place_keys: set[str],
    gaz: Gazetteer,
    kb: KBLike | None,
    people: PeopleLike | None = None,
) -> bool:
    """Is the span a place?  Labelled GPE/LOC proper names are; the rest must earn it.

    Weak evidence (a small town found inside an institution's name or after a locative
    preposition only) marks the span tentative: it is kept if the article supports it."""
    group = group_of(s)
    best = s.cands[0]
    if s.lookup_text:  # one of a list of counties
        return best.kind == "county"
    if is_generic(s.text) and best.kind in ("city", "capital", "county"):
        return False  # "North", "Central" (but "the Middle East" is a region)
    if best.kind == "county" and s.tokens[-1].lower in COUNTY_WORDS:
        return True  # "Laurel County"
    head = head_token(s.tokens)
    frame = place_frame(doc, s, head)
    locative = frame or _locative(doc, head)
    if s.embedded or (group != STRONG and _before_institution(doc, s)):
        if (
            s.label == "NORP"  # "an Arab province", "a Christian school"
            or head.pos != "PROPN"
            or not (best.primary or best.tier >= TIER_STATE)
            or is_demonym(s.text, gaz, kb)  # "the Russian Embassy"
            or any(t.lower in persons for t in s.tokens)  # "the Jackson Police Department"
        ):
            return False
        # A small town, or a small area ("the Bar Council" is no Bar, Montenegro), must
        # also be supported by the rest of the article.
        small = best.tier < TIER_STATE and (
            best.feature_class != "P" or best.population < MIN_WEAK_POPULATION
        )
        s.tentative = (small or (s.org_part and not is_area(best))) and s.key not in place_keys
        return (
            best.population >= MIN_EMBEDDED_POPULATION
            or best.tier >= TIER_STATE
            or (s.key in place_keys)
        )
    if (
        _person_name(s, persons if group != STRONG else set(), people)
        and not locative
        and all(c.tier == TIER_CITY for c in s.cands)
    ):
        return False  # "Obama" is no Obama, Japan; "Hamas" no Hamm
    if group == STRONG:
        return True
    if not _sizeable(best):
        if not (locative and best.primary and best.population >= MIN_EMBEDDED_POPULATION):
            return False
        # "in Pewaukee": kept if the article is about Wisconsin ("in Congress" is no
        # Congress, Arizona, unless it is).  "A Chiefland man" says it is a place.
        s.tentative = not frame or s.label == "ORG"
    if is_demonym(s.text, gaz, kb):
        return False
    if s.key in place_keys:  # the same name was accepted as a place elsewhere
        return True
    if any(t.lower in persons for t in s.tokens) and not frame:
        return False  # "Jane Fairfield ... in Fairfield", but "a Fairfield man" is a place
    if locative:
        return True
    if best.tier < TIER_CAPITAL and (group == UNLABELLED or s.label in ("ORG", "FAC")):
        # Unlabelled capitalised words ("University") and organisations named after towns
        # ("Liverpool beat Chelsea") need a locative preposition, or the article's support:
        # "the Buford home" in an article about Georgia.
        s.tentative = True
        return best.primary and best.population >= MIN_EMBEDDED_POPULATION
    verb = doc.tokens[head.head]
    if (
        head.dep in ("nsubj", "nsubjpass")
        and verb.lemma.lower() in PERSON_VERBS
        and best.tier < TIER_CAPITAL  # "Tbilisi says", "Moscow denied": a government
    ):
        return False
    last = s.tokens[-1].i
    nxt = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper():
        return False  # a first name: "Florence Nightingale"
    first = s.tokens[0].i
    prev = doc.tokens[first - 1] if first > 0 else None
    # A title or first name before it: "Mr Jackson", "Andrew Jackson".
    return not (prev is not None and prev.pos == "PROPN" and prev.text[:1].isupper())


def surname_in_article(s: Span, doc: ParsedDoc, persons: set[str]) -> bool:
    """A one-word town name that is the surname of a person the article names in full,
    with nothing around it that makes it a place: "Beaumont" after "Peter Beaumont"."""
    if len(s.tokens) != 1 or s.tokens[0].lower not in persons or s.dateline:
        return False
    if any(c.tier != TIER_CITY for c in s.cands):
        return False
    head = head_token(s.tokens)
    return not (place_frame(doc, s, head) or _locative(doc, head))


def firmly_placed(s: Span, doc: ParsedDoc) -> bool:
    """Labelled a place, or named where only a place can be ("a Gainesville man")?"""
    return group_of(s) == STRONG or place_frame(doc, s, head_token(s.tokens))


def recurring(s: Span, doc: ParsedDoc, firm: set[str], persons: set[str]) -> bool:
    """A span rejected on its own whose name the article takes as a place elsewhere:
    "Gainesville says no", "Whitestown invited donors".  Not one of a person's names, a
    title's or first name's neighbour ("Mr Jackson"), or a nationality."""
    if s.key not in firm or s.lookup_text or s.label == "NORP":
        return False
    if any(t.lower in persons for t in s.tokens) or s.tokens[0].pos != "PROPN":
        return False
    first, last = s.tokens[0].i, s.tokens[-1].i
    prev = doc.tokens[first - 1] if first > 0 else None
    nxt = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    return not any(
        t is not None and t.pos == "PROPN" and t.text[:1].isupper() and t.sent == s.tokens[0].sent
        for t in (prev, nxt)
    )


def place_frame(doc: ParsedDoc, s: Span, head: Token) -> bool:
    """Words around the name that say it is a place: "a Gainesville man", "Huntsville
    residents", "residents of Huntsville", "Rebecca Sears, 41, of Grovetown", "Rep.
    Wendell Gilliard, D-Charleston"."""
    if PARTY_PREFIX.search(doc.text[max(0, s.start - 6) : s.start]):
        return True
    if head.dep in ("compound", "nmod", "amod") and head.head != head.i:
        gov = doc.tokens[head.head]
        if gov.lower in PLACE_FRAME_NOUNS and gov.i == s.tokens[-1].i + 1:
            return True
    if head.dep == "poss" and head.head != head.i:
        owned = doc.tokens[head.head]
        if owned.lower in PLACE_POSSESSIONS or any(
            doc.tokens[k].lower in PLACE_POSSESSIONS and doc.tokens[k].dep == "compound"
            for k in doc.children(owned.i)
        ):
            return True  # "Greer's city limits"
    tok = head
    while tok.dep == "conj" and tok.head != tok.i:
        tok = doc.tokens[tok.head]
    if tok.dep != "pobj" or doc.tokens[tok.head].lower != "of":
        return False
    of = doc.tokens[tok.head]
    before = doc.tokens[of.i - 1] if of.i > 0 else None
    if before is not None and before.text == ",":
        return True  # "Jane Doe, 41, of Grovetown", "Georgia Modular Systems, of Fitzgerald"
    gov = doc.tokens[of.head]
    return gov.lower in OF_PLACE_NOUNS or gov.ent_type == "PERSON"


def _sizeable(e: GeoEntry) -> bool:
    return e.tier >= TIER_STATE or e.population >= MIN_WEAK_POPULATION


def _locative(doc: ParsedDoc, head: Token) -> bool:
    """After a locative preposition ("in Moorhead", "in Oakport and Moorhead") or a
    direction ("north of Moorhead")?"""
    tok = head
    while tok.dep == "conj" and tok.head != tok.i:
        tok = doc.tokens[tok.head]
    if tok.dep != "pobj":
        return False
    prep = doc.tokens[tok.head]
    if prep.lower in LOCATIVE_PREPS:
        return True
    return prep.lower == "of" and doc.tokens[prep.head].lower in DIRECTION_PREP_HEADS


def _before_institution(doc: ParsedDoc, s: Span) -> bool:
    """Followed by an institution noun: "Kabul airport", "Alexandria Police"."""
    nxt = s.tokens[-1].i + 1
    return nxt < len(doc.tokens) and doc.tokens[nxt].lower in INSTITUTION_NOUNS


def _person_name(s: Span, persons: set[str], people: PeopleLike | None) -> bool:
    """A one-word name that is a person's or group's: part of a person's full name in
    the article ("Fairfield" after "Jane Fairfield"), a surname that the people knowledge
    base knows alone ("Obama"), or a group's name ("Hamas")."""
    if len(s.tokens) != 1:
        return False
    if s.tokens[0].lower in persons:
        return True
    if people is None:
        return False
    if people.groups(s.text):
        return True
    key = name_key(s.text)
    return any(name_key(a) == key for p in people.by_surname(s.text)[:3] for a in p.aliases)


def is_demonym(text: str, gaz: Gazetteer, kb: KBLike | None) -> bool:
    """Adjectives formed from a country or region name: "Russian", "Ossetian", "Chinese"
    (but not a name of the area itself, as "U.S." is)."""
    if any(c.tier >= TIER_STATE and c.feature_class != "P" for c in gaz.candidates(text)):
        return False
    by_adjective = getattr(kb, "by_adjective", None)
    if by_adjective is not None and by_adjective(text) is not None:
        return True
    low = text.strip()
    for ending, repl in DEMONYM_ENDINGS:
        if low.lower().endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: len(low) - len(ending)] + repl
            if any(c.tier >= TIER_STATE and c.feature_class in "AL" for c in gaz.candidates(stem)):
                return True
    return False
