"""Nationality adjectives and demonyms as places: "Russian" and "Russians" name Russia.

Geoparsing corpora (LGL, GeoWebNews) mark adjectival toponyms, and an analyst asking where
an article is about counts "Russian troops" as Russia.  Such a place says where someone or
something is *from*, never where an event happened, so it is returned as an
``Place(adjectival=True)``, which the event coders never take as a location.  A singular
demonym after a preposition ("in Russian") is a language and not taken at all; a plural
one ("with the Russians") is a people.
"""

from __future__ import annotations

from newsevents.parsed import ParsedDoc, Token
from newsevents.records import Place
from newsevents.resolve.gazetteer import TIER_STATE, Gazetteer, GeoEntry, name_key
from newsevents.resolve.places_recognize import from_kb
from newsevents.resolve.places_span import MIN_WEAK_POPULATION, KBLike

#: (ending, replacement) pairs that turn a demonym into its place: Dagestani -> Dagestan,
#: Ohioan -> Ohio, Kenyan -> Kenya, Sudanese -> Sudan, Turkish -> Turkey, Palestinian ->
#: Palestine.
DEMONYM_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("ian", "e"), ("an", "a"),
                   ("ese", ""), ("ese", "a"), ("ish", ""), ("ish", "y"), ("i", ""),
                   ("ic", "y"))  # fmt: skip
#: Verbs whose object is a language, not a people: "speaks Russian".
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "translate", "understand"})
#: A province's demonym formed by an ending needs a populous province: "Dagestani" is
#: Dagestan's, but "Guardian" is no one from Guarda.
_MIN_STATE_POPULATION = 1_000_000
_MIN_LENGTH = 4  # "Thai" is the shortest we take; "Lao" and "Han" are too ambiguous


def is_adjectival(place: Place) -> bool:
    """True for a place named by an adjective or demonym (not a location of events)."""
    return place.adjectival


def demonym_entry(text: str, gaz: Gazetteer, kb: KBLike | None) -> GeoEntry | None:
    """The country or region a demonym names ("Russians" -> Russia), else None.

    A word that is itself the name of a state or larger area ("Jordan", "U.S.") is no
    demonym."""
    cands = gaz.candidates(text)
    if any(c.tier >= TIER_STATE and c.feature_class != "P" for c in cands):
        return None
    if any(c.primary and c.population >= MIN_WEAK_POPULATION for c in cands):
        return None  # "Milan" is a city before it is anything else
    by_adjective = getattr(kb, "by_adjective", None)
    entry = by_adjective(text) if by_adjective is not None else None
    if entry is not None and getattr(entry, "kind", None) in ("country", "disputed"):
        geo = from_kb(entry, gaz.candidates(entry.name), gaz)
        if geo is not None:
            return geo
    word = text.strip()
    forms = [word, word[:-1]] if word.endswith("s") and not word.endswith("ss") else [word]
    for form in forms:
        for ending, repl in DEMONYM_ENDINGS:
            if form.lower().endswith(ending) and len(form) > len(ending) + 2:
                stem = form[: len(form) - len(ending)] + repl
                areas = [
                    c
                    for c in gaz.candidates(stem)
                    if c.tier >= TIER_STATE and c.feature_class in "AL"
                    and (c.tier > TIER_STATE or c.population >= _MIN_STATE_POPULATION)
                    # "Dagestan, Respublika" by its alias, but no province by any alias
                    and (c.primary or name_key(c.name).startswith(name_key(stem)))
                ]  # fmt: skip
                if areas:
                    return areas[0]
    return None


def find_demonyms(
    doc: ParsedDoc,
    taken: list[tuple[int, int]],
    gaz: Gazetteer,
    kb: KBLike | None,
    persons: set[str],
) -> list[Place]:
    """Demonyms outside the ``taken`` character spans, resolved to their country."""
    out: list[Place] = []
    person_tokens = {
        t.i for e in doc.entities if e.label == "PERSON" for t in doc.tokens_in(e.start, e.end)
    }
    for i in range(len(doc.tokens)):
        found = None
        for first in (i - 1, i) if i > 0 else (i,):
            toks = list(doc.tokens[first : i + 1])
            if not _candidate(doc, toks, taken, person_tokens, persons):
                continue
            text = doc.text[toks[0].start : toks[-1].end]
            entry = demonym_entry(text, gaz, kb)
            if entry is not None and not _names_a_body(doc, toks, entry):
                found = (toks, text, entry)
                break
        if found is not None:
            toks, text, e = found
            if out and out[-1].end > toks[0].start:
                out.pop()  # "South" was taken alone before "South Ossetian"
            out.append(
                Place(
                    text,
                    toks[0].start,
                    toks[-1].end,
                    e.name,
                    e.geonameid,
                    e.lat,
                    e.lon,
                    e.code,
                    e.feature_class,
                    adjectival=True,
                )
            )
    return out


def _candidate(
    doc: ParsedDoc,
    toks: list[Token],
    taken: list[tuple[int, int]],
    person_tokens: set[int],
    persons: set[str],
) -> bool:
    last = toks[-1]
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks):
        return False
    if len(last.text) < _MIN_LENGTH or last.pos not in ("ADJ", "PROPN", "NOUN"):
        return False
    if any(t.pos not in ("ADJ", "PROPN") for t in toks[:-1]):
        return False  # "The American"
    if last.pos == "NOUN" and last.ent_type != "NORP":
        return False  # "Gunman" is no Gunma-an
    start, end = toks[0].start, last.end
    if any(s < end and start < e for s, e in taken):
        return False
    if any(t.i in person_tokens or t.lower in persons for t in toks):
        return False  # "John French", "Mr English"
    if last.dep == "pobj" and not (last.tag == "NNPS" or last.lower.endswith("s")):
        return False  # "in Russian" is a language; "with the Russians" a people
    head = doc.tokens[last.head]
    return not (last.dep == "dobj" and head.lemma.lower() in LANGUAGE_VERBS)


def _names_a_body(doc: ParsedDoc, toks: list[Token], entry: GeoEntry) -> bool:
    """A continent's adjective that begins an organisation's name ("European Union",
    "African Union") names the body, not a place."""
    if entry.feature_class != "L" or toks[-1].ent_type not in ("ORG", "NORP"):
        return False
    nxt = toks[-1].i + 1
    return nxt < len(doc.tokens) and doc.tokens[nxt].text[:1].isupper()
