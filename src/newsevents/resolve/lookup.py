"""Look up one actor description: "Vladimir Putin", "the Kremlin", "Nigerian soldiers", "he".

Without a context sentence the text itself is resolved, in this order:

1. the knowledge base, the whole text: a country, disputed entity, IGO or seat of
   government by name, a demonym ("South Ossetian"), a capital (metonymy: "Moscow" is the
   Russian government);
2. people by full name or alias, with the office held on ``when``;
3. organisations and armed groups by name;
4. people by surname alone ("Putin"), the most prominent bearer (one in office on ``when``
   first); a country's person ("Kenya's Ruto"); a named person's party or organisation
   ("Erdogan's AKP");
5. the text parsed as the subject of a sentence and run through the actor resolver, so that
   title patterns ("Russian President Vladimir Putin"), appositions, role nouns with a
   demonym, capital or country ("Nigerian soldiers", "the Tskhinvali leader") apply; a role
   without a country takes one named in the phrase ("the leader of South Ossetia", "a Hamas
   spokesman"), a party's ("Republican senators", "the leader of the Labour Party"); a role
   without a sector takes its owner's ("a spokesman for the Kenyan police": COP), an
   organisation the knowledge base lacks its head noun's ("the Royal Thai Army": MIL), a
   named person's staff the person's ("Putin's spokesman": GOV); a title or honorific and
   a surname the resolver leaves unknown ("Chancellor Scholz") is the bearer whose office
   agrees with the title;
6. a demonym or place name with any noun ("four Saudi men": Saudi Arabia), else a role noun
   alone ("soldiers": sector MIL, no country).

With a context sentence, the context is resolved (``when`` dates the offices) and the actor
with a mention covering the text's first occurrence in it is returned, so pronouns and role
nouns resolve through coreference ("he", "the Tskhinvali leader"); where it leaves a role,
group or organisation without a country, the text alone supplies one if it names it ("Tory
MPs" in a sentence naming no country); without such an actor the no-context path applies.
``matched_by`` names the rule that decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from newsevents import nlp
from newsevents.parsed import ParsedDoc
from newsevents.records import Actor, Mention
from newsevents.resolve.actor_words import HONORIFICS
from newsevents.resolve.actors import ActorIndex, ActorResolver, is_stance, org_head_sector
from newsevents.resolve.kb import KBEntry, KnowledgeBase
from newsevents.resolve.people import Office, PeopleIndex, PersonEntry, group_sector, name_key

__all__ = ["ActorLookup", "Lookup", "LookupQuery", "lookup_actor"]

#: the text is parsed as the subject of this sentence, so that names, titles and capitals
#: read as a participant (a bare title-case phrase would look like a headline)
_CARRIER = " said."
_PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "their", "it", "its"}
_ARTICLES = {"the", "a", "an"}
#: the owner of a role named after it: "a spokesman for the police", "head of the army"
_OWNER_AFTER = re.compile(r"\b(?:of|for|to|at)\s+(.+)$", re.IGNORECASE)
#: a possessive owner before the rest: "Putin's spokesman", "Erdogan's AKP"
_POSSESSOR = re.compile(r"^([A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*)['’]s\s+")
_KIND_LABEL = {
    "country": "country name",
    "disputed": "disputed entity name",
    "seat": "seat of government",
    "igo": "IGO name",
    "ngo": "NGO name",
}


@dataclass(frozen=True, slots=True)
class LookupQuery:
    text: str
    when: date | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class ActorLookup:
    """Who a text names: PLOVER code and sectors, office, KB identifier, and the rule used."""

    query: str
    name: str | None
    code: str | None
    sector: tuple[str, ...]
    office: str | None
    identifier: str | None
    kind: str | None  # person | organisation | state | group
    matched_by: str

    @property
    def found(self) -> bool:
        return self.matched_by != "not found"

    def to_dict(self) -> dict[str, Any]:
        """JSON fields (camelCase, as the article output)."""
        return {
            "query": self.query,
            "name": self.name,
            "code": self.code,
            "sector": list(self.sector),
            "office": self.office,
            "identifierId": self.identifier,
            "kind": self.kind,
            "matchedBy": self.matched_by,
        }


def lookup_actor(
    text: str,
    *,
    when: date | None = None,
    context: str | None = None,
    kb: KnowledgeBase | None = None,
    people: PeopleIndex | None = None,
) -> ActorLookup:
    """Resolve one actor description; see the module docstring for the rules.

    ``kb``/``people`` default to the packaged data plus the user file named by
    ``NEWSEVENTS_ACTORS_FILE`` (see :mod:`newsevents.resolve.userkb`)."""
    return Lookup(kb, people).one(text, when=when, context=context)


class Lookup:
    """Actor lookups sharing one knowledge base, people index and spaCy pipeline."""

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        people: PeopleIndex | None = None,
        *,
        model: str | None = None,
        batch_size: int = 32,
    ) -> None:
        if kb is None or people is None:
            from newsevents.resolve.userkb import load_knowledge

            loaded = load_knowledge()
            kb, people = kb or loaded.kb, people or loaded.people
        self.kb = kb
        self.people = people
        self.resolver = ActorResolver(kb, people)
        self.model = model
        self.batch_size = batch_size

    def one(
        self, text: str, *, when: date | None = None, context: str | None = None
    ) -> ActorLookup:
        return next(self.many([LookupQuery(text, when, context)]))

    def many(self, queries: Iterable[LookupQuery]) -> Iterator[ActorLookup]:
        """Results in query order; texts that need parsing are parsed in batches."""
        chunk: list[LookupQuery] = []
        for query in queries:
            chunk.append(query)
            if len(chunk) >= self.batch_size:
                yield from self._chunk(chunk)
                chunk = []
        if chunk:
            yield from self._chunk(chunk)

    # -- batching ------------------------------------------------------------------------------

    def _parse(self, texts: list[str]) -> list[ParsedDoc]:
        if not texts:
            return []
        return list(nlp.parse(texts, model=self.model, batch_size=self.batch_size))

    def _chunk(self, queries: list[LookupQuery]) -> list[ActorLookup]:
        results: list[ActorLookup | None] = [None] * len(queries)
        notes: dict[int, str] = {}
        with_context = [i for i, q in enumerate(queries) if q.context and q.text.strip()]
        docs = self._parse([queries[i].context or "" for i in with_context])
        uncoded: dict[int, ActorLookup] = {}
        for i, doc in zip(with_context, docs, strict=True):
            found = self._in_context(queries[i], doc)
            if isinstance(found, str):
                notes[i] = found
            elif _owner_left_open(found):
                uncoded[i] = found  # the text alone may name its owner: see below
            else:
                results[i] = found
        pending: list[int] = []
        for i, q in enumerate(queries):
            if results[i] is None:
                results[i] = self._direct(q.text, q.when)
                if results[i] is None and q.text.strip():
                    pending.append(i)
        docs = self._parse([queries[i].text.strip() + _CARRIER for i in pending])
        for i, doc in zip(pending, docs, strict=True):
            results[i] = self._parsed(queries[i], doc)
        for i, found in uncoded.items():
            results[i] = _with_owner(found, results[i])
        out = [r or _not_found(q.text) for r, q in zip(results, queries, strict=True)]
        for i, note in notes.items():  # the context did not decide: say so
            out[i] = replace(out[i], matched_by=f"{out[i].matched_by}; {note}")
        return out

    # -- 1-4: the knowledge base, whole text ---------------------------------------------------

    def _direct(self, text: str, when: date | None) -> ActorLookup | None:
        query = text
        text = " ".join(text.split())
        if not text:
            return None
        entry = self.kb.by_name(text)
        if entry is not None:
            label = _KIND_LABEL.get(entry.kind, "name")
            if self.kb.is_ambiguous(text):
                label += " (ambiguous form)"
            return self._entry(query, entry, label, government=False, when=when)
        entry = self.kb.by_adjective(text)
        if entry is not None:
            return ActorLookup(
                query, entry.name, entry.code, _pre(entry), None, entry.id, "group", "demonym"
            )
        entry = self.kb.by_capital(text)
        if entry is not None:
            return self._entry(query, entry, "capital (metonymy)", government=True)
        found = self.people.lookup(text)
        if not found and (region := self.kb.region(text)) is not None:
            return ActorLookup(
                query, region.name, region.code, (), None, None, "group", "region or people"
            )
        if found:
            person = _pick(found, when)
            how = "person" if name_key(person.name) == name_key(text) else "person alias"
            return self._person(query, person, when, how)
        groups = self.people.groups(text)
        if groups:
            g = groups[0]
            label = "armed group name" if g.kind == "armed" else "organisation name"
            sector = group_sector(g, when)
            return ActorLookup(query, g.name, g.code, sector, None, g.id, "organisation", label)
        if " " not in text and text[:1].isupper() and text.lower() not in _PRONOUNS:
            found = self.people.by_surname(text)
            if found:
                return self._person(query, _pick(found, when), when, "person by surname")
        owner = _POSSESSOR.match(text)
        state = self.kb.by_name(owner.group(1)) if owner is not None else None
        if owner is not None and state is not None and state.kind in ("country", "disputed"):
            # "Kenya's Ruto", "Russia's Lavrov": the country's bearer of that name
            rest = text[owner.end() :]
            found = [p for p in self.people.lookup(rest) if _holds_for(p, state.code, when)]
            if not found and " " not in rest and rest[:1].isupper():
                found = self.people.by_surname(rest, code=state.code)
            if found:
                return self._person(query, _pick(found, when), when, "country's person")
        office = self._office_of(owner.group(1), when) if owner is not None else None
        if owner is not None and office is not None:
            # "Erdogan's AKP", "Orbán's Fidesz": a named person's party or organisation; one
            # of no state ("Hemedti's RSF" is not Reporters Without Borders) is for the
            # resolver, which reads the acronym as a group of the owner's state
            inner = self._direct(text[owner.end() :], when)
            if (
                inner is not None
                and inner.kind == "organisation"
                and (inner.code == office.code or inner.code not in ("NGO", "IGO"))
            ):
                return replace(inner, query=query, matched_by=f"{inner.matched_by} (a person's)")
        return None

    def _office_of(self, name: str, when: date | None) -> Office | None:
        """The office on ``when`` of the person a name or surname names, if any."""
        found = self.people.lookup(name)
        if not found and " " not in name and name[:1].isupper():
            found = self.people.by_surname(name)
        return _pick(found, when).office_on(when) if found else None

    def _titled_surname(self, query: str, text: str, when: date | None) -> ActorLookup | None:
        """A title or honorific and a surname ("Chancellor Scholz", "Ms Meloni"): the bearer
        holding, on ``when``, a named office that agrees with the title (its sector, its
        country for a one-country title), that very title first; an honorific takes any
        named office."""
        words = _phrase(text).split()
        if len(words) < 2 or not words[-1][:1].isupper():
            return None
        honorific = len(words) == 2 and words[0].lower().rstrip(".") in HONORIFICS
        role = None if honorific else self.kb.role(" ".join(words[:-1]))
        if not honorific and (role is None or len(role.name.split()) != len(words) - 1):
            return None
        found = self.people.lookup(words[-1]) or self.people.by_surname(words[-1])
        agreeing = []
        for person in found:
            office = person.office_on(when)
            # an untitled office (old rows) cannot be checked against the title
            if office is None or not office.dated or not office.office:
                continue
            if role is not None and (
                (role.sector and not set(role.sector) & set(office.sector))
                or (role.country and office.code != role.country)
            ):
                continue
            agreeing.append((person, office))
        # the bearer of that very title first ("Foreign Minister Wang": not another Wang
        # in another office of the same sector)
        title = " ".join(words[:-1]).lower()
        agreeing.sort(key=lambda po: title not in (po[1].office or "").lower())
        if not agreeing:
            return None
        return self._person(query, agreeing[0][0], when, "title + surname")

    def _entry(
        self, query: str, entry: KBEntry, label: str, government: bool, when: date | None = None
    ) -> ActorLookup:
        # a party's sector depends on whether it held the government on the date
        party = entry.kind == "party"
        sector = list(self.kb.party_sector(entry, when) if party else entry.sector)
        if government and "GOV" not in sector:
            sector.insert(0, "GOV")
        name = entry.name
        if entry.kind == "seat" or government:
            state = self.kb.by_code(entry.code) if entry.kind == "seat" else entry
            role = "government" if "GOV" in sector else (sector[0] if sector else "")
            name = f"{(state or entry).name} ({role})" if role else entry.name
        kind = "organisation" if entry.kind in ("igo", "ngo") or party else "state"
        if party:
            label = "party name"
        return ActorLookup(query, name, entry.code, tuple(sector), None, entry.id, kind, label)

    def _person(self, query: str, person: PersonEntry, when: date | None, how: str) -> ActorLookup:
        office = person.office_on(when)
        label = f"{how} ({_period(office, when)})"
        return ActorLookup(
            query,
            person.name,
            office.code if office else None,
            office.sector if office else (),
            office.office if office else None,
            person.id,
            "person",
            label,
        )

    # -- 5-6: parsing the text -----------------------------------------------------------------

    def _parsed(self, q: LookupQuery, doc: ParsedDoc) -> ActorLookup:
        text = q.text.strip()
        end = len(text)
        index = self.resolver.resolve(doc, when=q.when)
        actor = _head_actor(doc, index, 0, end)
        if actor is None or (actor.kind == "person" and not actor.identifier_id):
            titled = self._titled_surname(q.text, text, q.when)
            if titled is not None:
                return titled
        if actor is not None:
            mention = _mention_in(actor, 0, end)
            label = self._label(actor, mention, q.when)
            result = self._identify(_result(q.text, actor, label), q.when)
            if result.code is None:
                result = self._phrase_owner(result, doc, text, actor, q.when)
            if not result.sector and not result.identifier:
                result = self._owner_sector(result, text, q.when)
            if result.code or result.sector or result.identifier:
                return result
        # nothing known about it: a name the knowledge base lacks tells the caller nothing
        return self._fallback(q.text, text)

    def _phrase_owner(
        self, result: ActorLookup, doc: ParsedDoc, text: str, actor: Actor, when: date | None
    ) -> ActorLookup:
        """A role with no country: the state, IGO or organisation named in the phrase."""
        if actor.kind == "person" and result.office is None:
            return result  # a bare name: the phrase names no role to attach
        words = _phrase(text).split()
        if all(w[:1].isupper() for w in words) and not any(
            w.lower() in self.kb.role_words for w in words
        ):
            return result  # a name: "Luís Montenegro", "Santiago Peña" own no country
        for s, e, entry, how in self.kb.longest_match(text):
            if is_stance(text, s, e):
                continue  # "an anti-Syria journalist" is not Syria's
            if entry.kind in ("country", "disputed", "igo", "ngo", "seat") or how == "capital":
                sector = list(result.sector)
                sector.extend(s for s in entry.sector if s not in sector)
                return _owned_by(result, text, entry.code, tuple(sector), "named owner")
        for ent in doc.entities:
            if ent.label == "ORG" and ent.end <= len(text):
                groups = self.people.groups(ent.text)
                if groups:
                    g = groups[0]
                    sector = list(result.sector) or list(group_sector(g, when))
                    return _owned_by(result, text, g.code, tuple(sector), "organisation")
        return self._other_owner(result, text, when)

    def _other_owner(self, result: ActorLookup, text: str, when: date | None = None) -> ActorLookup:
        """A role whose owner is a party ("Republican senators", "Labour MPs"), an
        organisation the parser missed ("M23 rebels", "the Wagner mercenaries"), else a
        region or people of one country ("Tigrayan forces", "Catalan separatists", "Texas
        officials")."""
        party = self._party_owner(result, text, when)
        if party is not None:
            return party
        words = _phrase(text).split()
        for k in range(len(words) - 1, 0, -1):
            if self.kb.role(" ".join(words[k:])) is None:
                continue
            groups = self.people.groups(" ".join(words[:k]))
            if groups:
                g = groups[0]
                head = self.kb.role(words[-1])
                if result.sector and not (head is not None and not head.sector):
                    owned = result.sector
                else:  # no sector of its own ("a Hamas spokesman"): the group's
                    owned = group_sector(g, when)
                return _owned_by(result, text, g.code, owned, "organisation")
        code = self._region_code(text)
        if code is None:
            return result
        noun = self.kb.role(text, people_nouns=True)
        return _owned_by(
            result, text, code, result.sector or (noun.sector if noun else ()), "region or people"
        )

    def _party_owner(self, result: ActorLookup, text: str, when: date | None) -> ActorLookup | None:
        """A role held in a party named by its capitalised name or adjective: the party's
        country.  The article resolver wants the country named nearby (a lone "Labour" or
        "Republican" could be any country's), but a looked-up phrase has no article around
        it, and the knowledge base's party of that name is the reading to give.  Only role
        words may follow the party's form ("Democratic Unionist MPs" is another party), or
        it owns the role after "of" or "for" ("the leader of the Labour Party": a role with
        no sector, or a plain GOV one, is the party's)."""
        if result.office is None and not result.sector:
            return None  # no role in the phrase: "Republican" alone is not a party member
        after = _OWNER_AFTER.search(text)
        for s, e, entry, _how in self.kb.longest_match(text):
            if entry.kind != "party" or not text[s : s + 1].isupper() or is_stance(text, s, e):
                continue
            if after is not None and after.group(0).split()[0].lower() in ("of", "for"):
                if s < after.start(1):
                    continue
                own = self.kb.party_sector(entry, when)
                sector = own if result.sector in ((), ("GOV",)) else result.sector
                return _owned_by(result, text, entry.code, sector, "party")
            rest = text[e:].split()
            role = self.kb.role(" ".join(rest), people_nouns=True) if rest else None
            if role is None or any(
                w[:1].isupper() and w.lower() not in role.name.lower().split() for w in rest
            ):
                continue
            return _owned_by(
                result,
                text,
                entry.code,
                result.sector or self.kb.party_sector(entry, when),
                "party",
            )
        return None

    def _owner_sector(
        self, result: ActorLookup, text: str, when: date | None = None
    ) -> ActorLookup:
        """A role with no sector of its own takes its owner's: the body after "of", "for",
        "to" or "at" ("a spokesman for the Kenyan police" COP, "members of the Tunisian
        parliament" LEG); an organisation the knowledge base lacks takes its head noun's
        ("the Royal Thai Army" MIL)."""
        if result.office:
            owner = _POSSESSOR.match(_phrase(text))
            office = self._office_of(owner.group(1), when) if owner else None
            if office is not None and office.sector:  # "Putin's spokesman"
                return replace(
                    result,
                    code=result.code or office.code,
                    sector=office.sector,
                    matched_by=f"{result.matched_by} + owner's sector",
                )
            m = _OWNER_AFTER.search(text)
            if m is None:
                return result
            role = self.kb.role(m.group(1))
            how = "owner's sector"
        elif result.kind == "organisation":
            role = self.kb.role(text.split(" of ")[0])
            how = "head noun's sector"
        else:
            role, how = None, ""
        if (role is None or not role.sector) and result.code and not result.office:
            # "Nigerian Christians", "Egyptian Copts": a nationality and a noun for people,
            # which the parser may take for one name
            words = _phrase(text).split()
            role = self.kb.role(words[-1], people_nouns=True) if len(words) > 1 else None
            how = "noun for people"
        if role is None or not role.sector:
            return result
        label = result.matched_by if how in result.matched_by else f"{result.matched_by} + {how}"
        return replace(result, sector=role.sector, matched_by=label)

    def _region_code(self, text: str) -> str | None:
        """The one country of a region or people named in ``text``: the KB's table of
        regions and peoples, else the gazetteer (a province or region's name or demonym,
        where every province or region of that name lies in one country)."""
        found = self.kb.regions_in(text)
        if found:
            return found[0][2].code
        from newsevents.resolve.gazetteer import TIER_STATE, Gazetteer
        from newsevents.resolve.places_demonym import demonym_entry

        gaz = Gazetteer.default()
        for word in _phrase(text).split():
            word = word.removesuffix("'s").removesuffix("’s")
            if not word[:1].isupper() or word.lower() in self.kb.role_words:
                continue
            geo = demonym_entry(word, gaz, self.kb)
            if geo is not None and geo.code:
                return geo.code
            codes = {
                c.code
                for c in gaz.candidates(word)
                if c.feature_class in ("A", "L") and c.tier >= TIER_STATE
            }
            if len(codes) == 1 and None not in codes:
                return codes.pop()
        return None

    def _fallback(self, query: str, text: str) -> ActorLookup:
        words = text.split()
        # "Iraqi Yazidis": a noun for people is a civilian group
        role = (
            (self.kb.role(words[-1]) or self.kb.role(words[-1], people_nouns=True))
            if words
            else None
        )
        for s, e, entry, how in self.kb.longest_match(text):
            if is_stance(text, s, e):
                continue
            if entry.kind in ("country", "disputed") and how in ("adjective", "name", "capital"):
                sector = list(role.sector) if role else list(org_head_sector(self.kb, words[-1]))
                sector.extend(s for s in _pre(entry) if s not in sector)
                label = "demonym + noun" if how == "adjective" else "place name + noun"
                return ActorLookup(
                    query, text, entry.code, tuple(sector), None, None, "group", label
                )
        noun = self.kb.role(text, people_nouns=True)
        # a kind of people the agents table knows ("oligarchs", "the automaker"): its sector
        role = self.kb.role(text) or role or (noun if noun and noun.needs_owner else None)
        if role is not None:
            found = ActorLookup(query, text, None, role.sector, role.name, None, None, "role noun")
            return self._other_owner(found, text)
        code = self._region_code(text)
        if code is not None:  # "Yazidi women": a people noun is a civilian group
            noun = self.kb.role(text, people_nouns=True)
            noun_sector = noun.sector if noun else ()
            return ActorLookup(
                query, text, code, noun_sector, None, None, "group", "region or people"
            )
        return _not_found(query)

    # -- with a context sentence ---------------------------------------------------------------

    def _in_context(self, q: LookupQuery, doc: ParsedDoc) -> ActorLookup | str:
        """The actor at the text's occurrence in the context, else why there is none."""
        span = _occurrence(q.text.strip(), doc.text) or _occurrence(_phrase(q.text), doc.text)
        if span is None:
            return "text not found in the context"
        index = self.resolver.resolve(doc, when=q.when)
        aid = index.at(*span)
        actor = index.by_id(aid) if aid else None
        if actor is None:
            return "no actor at this place in the context"
        mention = _mention_in(actor, *span)
        label = self._label(actor, mention, q.when)
        if mention is not None and _is_coreference(actor, mention.text):
            label = "coreference (pronoun)" if _is_pronoun(mention.text) else "coreference"
            label += f" to {actor.name!r}"
        rule = index.rule_at(*span) or ""
        origin = re.search(r"origin \([^)]*\)", rule)
        if origin:  # "a man from Leeds": the country is the place's
            label += f" + {origin.group(0)}"
        return self._identify(_result(q.text, actor, f"context: {label}"), q.when)

    # -- describing how the resolver decided ----------------------------------------------------

    def _label(self, actor: Actor, mention: Mention | None, when: date | None) -> str:
        text = mention.text if mention is not None else actor.name
        matches = self.kb.longest_match(text)
        hows = {how for *_x, how in matches}
        kinds = {entry.kind for *_x, entry, _h in matches}
        role = self.kb.role(actor.name)
        if actor.office and role is not None:  # a role, not a name
            if "adjective" in hows:
                return "role noun + adjective"
            if "capital" in hows:
                return "role noun + capital"
            if kinds & {"country", "disputed"}:
                return "role noun + country name"
            if matches:
                return "role noun + organisation"
            # "the leader of South Ossetia": the owner after the role, outside its mention
            return (
                "role noun + named owner" if actor.code not in (None, role.country) else "role noun"
            )
        noun = self.kb.role(actor.name, people_nouns=True) if role is None else None
        if noun is not None and not actor.office and actor.kind in ("person", "group"):
            # "four Saudi men"; "a man", "her father": civilians
            return "demonym (people)" if "adjective" in hows else "noun for people"
        if actor.kind == "person":
            if actor.name in text and text.strip() != actor.name:
                return "title before name"
            if actor.identifier_id and (person := self.people.get(actor.identifier_id)):
                return f"person ({_period(person.office_on(when), when)})"
            if actor.code or actor.office:
                return "apposition"
            return "person name (not in the knowledge base)"
        if actor.identifier_id:
            entry = self.kb.get(actor.identifier_id)
            if entry is not None and "capital" in hows:
                return "capital (metonymy)"
            if entry is not None:
                return _KIND_LABEL.get(entry.kind, "name")
            return "organisation name"
        if actor.kind == "group" and actor.code:
            return "demonym (people)"
        return f"{actor.kind} name (not in the knowledge base)"

    def _identify(self, result: ActorLookup, when: date | None) -> ActorLookup:
        """A named person resolved from the text alone: the KB person of that name whose
        office on ``when`` has the same country."""
        if result.kind != "person" or result.identifier or not result.name:
            return result
        for person in self.people.lookup(result.name):
            office = person.office_on(when)
            if office is not None and office.code == result.code:
                return replace(result, identifier=person.id)
        return result


# -- helpers -----------------------------------------------------------------------------------


def _owned_by(
    result: ActorLookup, text: str, code: str | None, sector: Iterable[str], how: str
) -> ActorLookup:
    """``result`` as the phrase's own reading, with the owner found by rule ``how``."""
    return replace(
        result,
        name=_phrase(text),
        code=code,
        sector=tuple(sector),
        matched_by=f"{result.matched_by} + {how}",
    )


def _not_found(query: str) -> ActorLookup:
    return ActorLookup(query, None, None, (), None, None, None, "not found")


def _holds_for(person: PersonEntry, code: str, when: date | None) -> bool:
    office = person.office_on(when)
    return office is not None and office.code == code


def _owner_left_open(found: ActorLookup) -> bool:
    """A role, group or organisation the context resolved without a country or KB entry
    ("Republican senators" where no country is named, "the Royal Thai Army"); a person's
    bare name is left alone ("Jordan" in "Michael Jordan said" is no country)."""
    if found.code or found.identifier:
        return False
    return bool(found.office) or found.kind in ("group", "organisation")


def _with_owner(found: ActorLookup, alone: ActorLookup | None) -> ActorLookup:
    """The context's reading, with the country the text names by itself (its party, its
    demonym, its organisation) where the context left it open; the context's sector first."""
    if alone is None or not alone.code:
        return found
    return replace(
        found,
        code=alone.code,
        sector=found.sector or alone.sector,
        matched_by=f"{found.matched_by}; owner from the text alone: {alone.matched_by}",
    )


def _pre(entry: KBEntry) -> tuple[str, ...]:
    return ("PRE",) if "PRE" in entry.sector else ()


def _phrase(text: str) -> str:
    """A phrase as an actor name: without a leading article."""
    words = text.split()
    return " ".join(words[1:] if len(words) > 1 and words[0].lower() in _ARTICLES else words)


def _result(query: str, actor: Actor, label: str) -> ActorLookup:
    return ActorLookup(
        query,
        actor.name,
        actor.code,
        actor.sector,
        actor.office,
        actor.identifier_id,
        actor.kind,
        label,
    )


def _period(office: Office | None, when: date | None) -> str:
    if office is None:
        return f"no office on {when.isoformat()}" if when else "no office"
    if not office.dated:
        return "undated role"
    start = office.start.isoformat() if office.start else ""
    end = office.end.isoformat() if office.end else ""
    return f"dated office {start}..{end}"


def _pick(people: list[PersonEntry], when: date | None) -> PersonEntry:
    """The first person holding a dated office on ``when``, else the first."""
    if when is not None:
        for person in people:
            office = person.office_on(when)
            if office is not None and office.dated:
                return person
    return people[0]


def _occurrence(text: str, context: str) -> tuple[int, int] | None:
    """The first whole-word occurrence of ``text`` in ``context`` (exact case first)."""
    if not text:
        return None
    pattern = r"(?<!\w)" + re.escape(text) + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        m = re.search(pattern, context, flags)
        if m:
            return m.span()
    return None


def _mention_in(actor: Actor, start: int, end: int) -> Mention | None:
    """The actor's mention overlapping ``[start, end)`` most."""
    best = None
    best_overlap = 0
    for m in actor.mentions:
        overlap = min(m.end, end) - max(m.start, start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def _head_actor(doc: ParsedDoc, index: ActorIndex, start: int, end: int) -> Actor | None:
    """The actor naming the phrase ``[start, end)``: the one with a mention on its head word,
    else the one covering most of it."""
    toks = doc.tokens_in(start, end)
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head not in inside or t.head == t.i]
    for head in heads:
        aid = index.at(head.start, head.end)
        if aid is not None:
            return index.by_id(aid)
    aid = index.at(start, end)
    return index.by_id(aid) if aid else None


def _is_pronoun(text: str) -> bool:
    return text.strip().lower() in _PRONOUNS


def _is_coreference(actor: Actor, text: str) -> bool:
    """The mention names the actor through another mention: a pronoun or a role noun."""
    return _is_pronoun(text) or (actor.kind == "person" and actor.name not in text)
