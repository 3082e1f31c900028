"""Actors: find every mention of a participant and resolve it to who it is.

Four kinds of mention are found, in this order, and grouped into actors:

1. knowledge-base names: countries, partially recognised entities, IGOs, seats of
   government ("the Kremlin"), and capitals used as actors (metonymy: "Moscow
   said" is the Russian government; "in Moscow" is only a place);
2. people: spaCy PERSON entities, with country, sector and office read from the
   title words before the name ("Russian President Vladimir Putin") or an
   apposition; a later surname alone ("Putin") joins the same actor;
3. role nouns without a name ("the Russian President", "the Tskhinvali
   leader", "Russian troops"), linked to a person already named with the same
   affiliation and role, else an actor of their own;
4. coreference: pronouns (he/she, it/its, they/their) linked to the nearest compatible
   actor before them (gender from titles and bound pronouns, number, subjects first, left
   alone where unsure), and definite descriptions ("the government", "the group") to the
   one compatible actor named just before (:mod:`newsevents.resolve.coref`).

Where private people come from (origin, citizenship, residence, a later description) is
read by the passes of :mod:`newsevents.resolve.origins`, where unnamed people are (the
place of the act) by those of :mod:`newsevents.resolve.placing`, which armed group unnamed
fighters belong to by those of :mod:`newsevents.resolve.armed`, and the country of a war's
sides (peoples of several states, rebels, government forces) by those of
:mod:`newsevents.resolve.sides`; the word tables live in
:mod:`newsevents.resolve.actor_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from newsevents.parsed import ParsedDoc, Sentence, Token
from newsevents.records import Actor, Entity, Mention, Place
from newsevents.resolve.actor_words import (
    _ADJECTIVE_HOW,
    _ARGUMENT_DEPS,
    _ARMED_MEN_NOUNS,
    _ASSAULT_NOUNS,
    _ASSAULT_VERBS,
    _BODY_CHIEFS,
    _BODY_NOUNS,
    _BODY_TITLES,
    _BORDER_NOUNS,
    _CLAUSE_DEPS,
    _COLLECTIVE_NOUNS,
    _COMPASS_WORDS,
    _ELSEWHERE_MODIFIERS,
    _EQUIPMENT_ROLES,
    _FAITH_WORDS,
    _FOCUS_SHARE,
    _FOREIGN_PEOPLE,
    _FOREIGN_SEATED,
    _FOREIGN_WORDS,
    _GOVERNMENT_NOUNS,
    _IDENTITY_NOUNS,
    _INCOMER_MODIFIERS,
    _INSTITUTION_NOUNS,
    _INSTITUTION_ROLES,
    _INTERNATIONAL_SEATS,
    _LEADER_ROLES,
    _LED_WORDS,
    _LOBBY_VERBS,
    _LOCATIVE_PREPS,
    _MEMBER_ROLES,
    _MEMBER_SECTORS,
    _MODIFIER_SECTORS,
    _MOVEMENT_VERBS,
    _NON_STATES,
    _ORG_HEAD_SECTORS,
    _OWN_PLACE_PREPS,
    _PARTNER_PREPS,
    _PATH_PREPS,
    _PEER_ROLES,
    _PLACE_HOW,
    _PLACE_NOUNS,
    _PLACE_VERBS,
    _PLACED_ARMED_SECTORS,
    _PLACED_BODIES,
    _PLACED_SECTORS,
    _PORT_NOUNS,
    _POSSESSIVES,
    _PRESIDING_ROLES,
    _QUOTE_CHARS,
    _SEATED_SECTORS,
    _SPOKES_ROLES,
    _STATE_BODY_HEADS,
    _STATE_SERVICE_HEADS,
    _TITLE_PREPS,
    _TITLE_TAGS,
    _UNWEIGHED_HOW,
    BUSINESS_HEADS,
    COMMERCIAL_BANK_OF,
    HONORIFICS,
    STATE_SECTORS,
    _after_hyphen,
    _before_hyphen,
    _norm,
    _of_objects,
    is_stance,
    office_is,
)
from newsevents.resolve.armed import ArmedMenMixin
from newsevents.resolve.coref import CorefMixin
from newsevents.resolve.kb import KIN_BODIES, KBEntry, KnowledgeBase, Role
from newsevents.resolve.origins import OriginsMixin
from newsevents.resolve.people import (
    GroupEntry,
    Office,
    PeopleIndex,
    PersonEntry,
    group_sector,
    name_key,
)
from newsevents.resolve.placing import PlacingMixin
from newsevents.resolve.sides import SidesMixin


@dataclass
class _Builder:
    key: str
    name: str
    kind: str
    code: str | None = None
    sector: list[str] = field(default_factory=list)
    office: str | None = None
    identifier: str | None = None
    affiliation: str | None = None  # KB id of the state or entity the actor belongs to
    role: str | None = None
    surname: str | None = None
    mentions: list[tuple[int, int, str, bool]] = field(default_factory=list)  # +is_subject
    filled: list[str] = field(default_factory=list)  # later rules that gave code or sector
    no_focus: bool = False  # qualified by a name the KB does not know: not the focus country
    #: an organisation's own name places it in a state (entry, sector of its head noun)
    name_country: tuple[KBEntry, tuple[str, ...]] | None = None
    private: bool = False  # people named by a noun for people in general ("a man")

    def add_mention(self, start: int, end: int, text: str, subject: bool) -> None:
        if all(m[0] != start for m in self.mentions):
            self.mentions.append((start, end, text, subject))

    def absorb(
        self,
        code: str | None,
        sector: Iterable[str],
        office: str | None,
        affiliation: str | None,
        role: str | None,
    ) -> None:
        """Fill attributes learnt from another mention's context."""
        if self.code is None and code:
            self.code = code
        for s in sector:
            if s not in self.sector:
                self.sector.append(s)
        self.office = self.office or office
        self.affiliation = self.affiliation or affiliation
        self.role = self.role or role


#: organisations whose title words before a country's name make the title theirs
#: ("UN Syria envoy")
_TITLE_IGOS = frozenset({"UNO", "EUR", "IGO", "NAT", "AFU"})
#: nouns for armed units: "Turkish units", "Russian battalions" are the state's military
_UNIT_NOUNS = frozenset(
    {"unit", "battalion", "brigade", "regiment", "squadron", "platoon", "garrison", "contingent"}
)
#: nouns for a people's territory, placed by their own phrase ("a Kurdish enclave in Syria")
_TERRITORY_NOUNS = frozenset(
    {"enclave", "area", "region", "city", "town", "village", "territory", "canton", "district"}
)

#: heads of a state agency's description after a demonym ("the Spanish rescue agency": GOV)
_STATE_AGENCY_NOUNS = frozenset(
    {"agency", "authority", "ministry", "department", "bureau", "directorate", "inspectorate"}
)
#: words that make such a body no state's: "aid agencies", "a travel agency"
_NON_STATE_AGENCY_WORDS = frozenset(
    {"aid", "humanitarian", "relief", "charity", "charitable", "development", "news", "press"}
    | {"travel", "advertising", "ratings", "rating", "employment", "recruitment", "private"}
    | {"talent", "model", "modelling", "marketing", "estate", "insurance", "independent"}
)
#: state business before "service": "the Greek asylum service", "the Turkish coast service"
_STATE_SERVICE_WORDS = frozenset(
    {"rescue", "asylum", "immigration", "migration", "border", "customs", "tax", "revenue"}
    | {"diplomatic", "foreign", "prison", "probation", "penitentiary", "emergency"}
    | {"meteorological", "weather", "postal", "migrant", "coastguard", "consular", "health"}
)
#: words that leave a family plain ("members of the same family": CVL; :meth:`_of_kin`)
_KIN_PLAIN_WORDS = frozenset({"same", "own", "extended", "immediate", "whole", "entire", "one"})
#: plural nouns for a non-state armed group's men after its name ("Houthi rebels", "RSF
#: fighters"): no charity has them; not "forces" or "troops" ("UN forces", "AU troops": an
#: IGO's).  "fighters" counts only as the phrase's head ("fighter jets" do not)
_GROUP_MEN_PLURALS = frozenset(
    {"rebels", "militants", "insurgents", "guerrillas", "militias", "militiamen"}
    | {"paramilitaries", "jihadists", "fighters", "gunmen"}
)
#: nouns for a group's leaders and members, after a one-word name of the hand-written
#: groups table ("Houthi leaders", "ELN commanders"); a charity has them too, so they do
#: not decide between an NGO and an armed group
_GROUP_LEADER_NOUNS = frozenset(
    {"leader", "leaders", "commander", "commanders", "official", "officials", "chief"}
    | {"spokesman", "spokesmen", "spokeswoman", "spokesperson", "member", "members"}
)

#: "Saudi-led", "US-led": right after a state's name, the state leads what follows
_LED_AFTER = re.compile(r"\s?[-\u2010\u2011]\s?led\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Owner:
    """A state, body, party or organisation a role belongs to, as named in the text."""

    start: int
    end: int
    code: str
    sector: tuple[str, ...]
    affiliation: str
    disputed: bool
    kind: str  # state | body | party | group
    armed: bool = False  # a region whose people took up arms against the state


@dataclass(frozen=True)
class ActorIndex:
    """Actors of one article and a lookup from character spans to actor ids."""

    actors: tuple[Actor, ...]
    spans: tuple[tuple[int, int, str], ...]  # (start, end, actor id), sorted
    #: the country that clearly dominates the article's coded mentions, if one does
    focus: str | None = None
    #: (start, end, rule): how each mention was found and its actor completed
    how: tuple[tuple[int, int, str], ...] = ()

    def rule_at(self, start: int, end: int) -> str | None:
        """How the mention overlapping ``[start, end)`` most was resolved."""
        span = self.mention_span(start, end)
        return next((r for s, e, r in self.how if (s, e) == span), None) if span else None

    def at(self, start: int, end: int) -> str | None:
        """Id of the actor with a mention inside or covering ``[start, end)``."""
        best = self._best(start, end)
        return best[2] if best else None

    def by_id(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def mention_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The mention span overlapping ``[start, end)`` most."""
        best = self._best(start, end)
        return (best[0], best[1]) if best else None

    def _best(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The mention overlapping ``[start, end)`` most (the first of equals)."""
        best: tuple[int, tuple[int, int, str]] | None = None
        for s, e, aid in self.spans:
            if s >= end:
                break
            if e > start:
                overlap = min(e, end) - max(s, start)
                if best is None or overlap > best[0]:
                    best = (overlap, (s, e, aid))
        return best[1] if best else None


def _core_length(text: str) -> int:
    """Length of an entity's text without a leading "the" and a possessive ending: "the
    White House's" is the seat's name, not a longer organisation holding it."""
    core = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return len(re.sub(r"['\u2019]s?$", "", core))


class ActorResolver:
    """Resolves the actors of one parsed article against a knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None, people: PeopleIndex | None = None) -> None:
        self.kb = kb or KnowledgeBase.default()
        self.people = people or PeopleIndex.default()

    # -- public -------------------------------------------------------------
    def resolve(
        self,
        doc: ParsedDoc,
        source: str | None = None,
        when: date | None = None,
        places: Sequence[Place] | None = None,
    ) -> ActorIndex:
        """``places``: the article's resolved places (:func:`find_places`), for where
        private people come from ("a man from Leeds"); found here when not given."""
        run = _Run(doc, self.kb, self.people, when, places)
        if source:
            # the publisher named in a dateline ("Civil Georgia, Tbilisi") is no participant
            for m in re.finditer(re.escape(source), doc.text):
                run.taken.append((m.start(), m.end()))
        run.kb_mentions()
        run.person_mentions()
        run.organisation_mentions()
        run.untagged_state_bodies()
        run.untagged_group_names()
        run.repeated_group_names()
        run.role_mentions()
        run.adjective_mentions()
        run.pronoun_mentions()
        run.country_mentions()
        run.place_mentions()
        run.known_entities(self.people, when)
        run.member_of_organisation()
        run.citizenships()
        run.person_origins()
        run.stated_nationality()
        run.appositive_demonym()
        run.described_nationality()
        run.private_appositions()
        run.later_kin_mentions()
        run.kin_of_nationals()
        run.kin_of_persons()
        run.repatriated_people()
        run.possessive_owners()
        run.focus_country()
        run.placed_people()
        run.private_appositions(placed=True)
        run.open_peoples()
        run.dominant_group_men()
        run.declared_fighters()
        return run.finish()


class _Run(OriginsMixin, PlacingMixin, ArmedMenMixin, SidesMixin, CorefMixin):
    """State of one resolution pass over a document."""

    def __init__(
        self,
        doc: ParsedDoc,
        kb: KnowledgeBase,
        people: PeopleIndex | None = None,
        when: date | None = None,
        places: Sequence[Place] | None = None,
    ) -> None:
        self.doc = doc
        self._places: list[Place] | None = list(places) if places is not None else None
        self.kb = kb
        self.people = people
        self.when = when
        self.builders: dict[str, _Builder] = {}
        self.order: list[str] = []
        self.taken: list[tuple[int, int]] = []  # spans already assigned to an actor
        self.named_codes: set[str] = set()  # countries the article names (not via parties)
        # a misspelt country ("Ethopia") counts, unless it is part of a person's name
        named_people = [(e.start, e.end) for e in doc.entities if e.label == "PERSON"]
        self.kb_spans = self._in_context(
            [
                m
                for m in kb.longest_match(doc.text, misspelt=True)
                if kb.misspelt(doc.text[m[0] : m[1]]) is None
                or not any(s <= m[0] and m[1] <= e for s, e in named_people)
            ]
        )
        self.kb_spans += self._capital_variants()
        self.person_ents = [
            e
            for e in doc.entities
            if e.label == "PERSON"
            and not self._group_not_person(e)
            and not self._people_not_person(e)
        ]
        self._names: list[tuple[int, int]] = []  # accepted person-name spans
        self.focus: str | None = None
        self.how: dict[int, str] = {}  # mention start -> the rule that found it
        self._gender: dict[str, str | None] = {}  # person key -> "m", "f" or unknown
        self._name_gender: dict[str, str | None] = {}  # from given names (coreference)
        self._titled: set[str] = set()
        self._rebel_regions: dict[str, int] = {}  # region id -> its rebel groups
        self._quotes: list[tuple[int, int]] | None = None  # quotation spans, lazily
        self._pick_mentions: list[tuple[int, int, str, bool]] = []  # antecedent under test
        self._group_ids: set[str] | None = None  # groups the model tagged, lazily
        #: actors of a people of several states whose state the sentence left open, with
        #: the states it lives in ("Kurdish forces": decided by the article's focus)
        self._open_peoples: list[tuple[_Builder, tuple[str, ...]]] = []
        #: the same where another of the people's states is a party in the sentence
        #: ("Turkey sent troops against Kurdish militants"), with the role noun
        self._blocked_peoples: list[tuple[_Builder, tuple[str, ...], Token]] = []
        #: uncoded role nouns for private people that are no subject ("killed civilians"):
        #: actors only if the place of the act gives them a country
        self._vague: list[tuple[Token, int, int, list[str], str | None]] = []
        #: the same for uncoded rebels ("welcomed the US-backed rebels"): actors if the
        #: country they fight in is known (:meth:`_war_rebels`)
        self._vague_rebels: list[tuple[Token, int, int, str | None]] = []
        #: peoples named by their noun ("the Kurds"): actors only once given a state
        self._noun_peoples: list[_Builder] = []
        #: the country of the one war the article names; False: not looked for yet
        self._war: str | bool | None = False

    # -- helpers ------------------------------------------------------------
    def _capital_variants(self) -> list[tuple[int, int, KBEntry, str]]:
        """Capitals the gazetteer resolved under a spelling the KB lacks ("Khatmandu",
        "Tiflis"): its alternate names are broader than any hand list."""
        found: list[tuple[int, int, KBEntry, str]] = []
        for p in self._article_places():
            if p.adjectival or p.feature_class != "P":
                continue
            owner = self.kb.capital_of(p.geonameid)
            if owner is None or owner.code != p.code:
                continue
            if any(s < p.end and p.start < e for s, e, _entry, _how in self.kb_spans):
                continue
            found.append((p.start, p.end, owner, "capital"))
        return found

    def _in_context(
        self, spans: list[tuple[int, int, KBEntry, str]]
    ) -> list[tuple[int, int, KBEntry, str]]:
        """Drop forms that name their entry only when the article names its country
        elsewhere ("Labour" with "Britain" or "British"; "the Senate" with "US")."""
        needs = [self.kb.needs_context(self.doc.text[s:e], entry) for s, e, entry, _ in spans]
        self.named_codes = {
            entry.code
            for (_s, _e, entry, _how), need in zip(spans, needs, strict=True)
            if not need and entry.kind in ("country", "capital", "seat")
        }
        named = self.named_codes
        return [m for m, need in zip(spans, needs, strict=True) if not need or m[2].code in named]

    def _name_in_context(self, name: str) -> bool:
        """Whether a name that needs its country named (a party, "Senate") has it here."""
        entry = self.kb.by_name(name)
        if entry is None or not self.kb.needs_context(name, entry):
            return True
        return entry.code in self.named_codes

    def _drop(self, key: str) -> None:
        """Forget an actor whose mentions went to another."""
        del self.builders[key]
        self.order.remove(key)

    def _builder(self, key: str, name: str, kind: str) -> _Builder:
        if key not in self.builders:
            self.builders[key] = _Builder(key=key, name=name, kind=kind)
            self.order.append(key)
        return self.builders[key]

    def _is_taken(self, start: int, end: int) -> bool:
        return any(s < end and e > start for s, e in self.taken)

    def _mention(self, b: _Builder, start: int, end: int, subject: bool, how: str) -> None:
        if all(m[0] != start for m in b.mentions):
            self.how[start] = how
        b.add_mention(start, end, self.doc.text[start:end], subject)
        self.taken.append((start, end))

    def _head_token(self, start: int, end: int) -> Token | None:
        toks = self.doc.tokens_in(start, end)
        if not toks:
            return None
        inside = {t.i for t in toks}
        for t in toks:
            if t.head not in inside or t.head == t.i:
                return t
        return toks[-1]

    def _kb_in(self, start: int, end: int) -> list[tuple[int, int, KBEntry, str]]:
        return [m for m in self.kb_spans if m[0] >= start and m[1] <= end]

    def _is_subject(self, tok: Token | None) -> bool:
        return tok is not None and tok.dep in ("nsubj", "nsubjpass")

    @staticmethod
    def _state_attrs(entry: KBEntry, government: bool) -> tuple[str, list[str]]:
        """Code and sectors of a state-level entry; ``government`` adds GOV."""
        sector = [s for s in entry.sector if s]
        if government and "GOV" not in sector:
            sector.insert(0, "GOV")
        return entry.code, sector

    # -- 1. knowledge-base names --------------------------------------------
    def kb_mentions(self) -> None:
        ents = self.doc.entities
        for start, end, entry, how in self.kb_spans:
            if how == "adjective" or self._is_taken(start, end):
                continue
            if self._not_membership(start, end):
                continue  # "US-backed rebels", "anti-Kremlin protesters": no participant
            # a country name inside a longer organisation or person name is part of it
            if any(
                e.label in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT")
                and e.start <= start
                and e.end >= end
                and _core_length(e.text) > (end - start) + 4
                for e in ents
            ):
                continue
            tok = self._head_token(start, end)
            if how == "capital":
                if self._namesake_country(start, end, entry.code):
                    continue
                if self._city_attacked(tok):
                    # the city and its people: :meth:`place_mentions` codes a gazetteer
                    # place; one the gazetteer missed ("fired missiles at Kyiv", tagged a
                    # time) is coded here the same way, by its country with no sector
                    if not any(p.start < end and start < p.end for p in self._article_places()):
                        name = self.doc.text[start:end]
                        b = self._builder(f"place|{_norm(name)}", name, "state")
                        b.absorb(entry.code, [], None, entry.id, None)
                        how_ = f"{_PLACE_HOW} ({name})"
                        self._mention(b, start, end, self._is_subject(tok), how_)
                    continue
                if not self._capital_is_actor(tok):
                    continue
                code, sector = self._state_attrs(entry, government=True)
                kind = "state"
            elif entry.kind in ("igo", "ngo"):
                group = self._owners_acronym(start, end, entry.code)
                if group is None and entry.kind == "ngo":
                    group = self._armed_acronym(start, end)
                if group is not None:
                    # "Hemedti's RSF": the Rapid Support Forces, not Reporters Without Borders
                    b = self._builder(f"group|{group.id}", group.name, "organisation")
                    b.absorb(group.code, group_sector(group, self.when), None, group.code, None)
                    b.identifier = b.identifier or group.id
                    self._mention(b, start, end, self._is_subject(tok), "acronym of owner's group")
                    continue
                code, sector, kind = entry.code, list(entry.sector), "organisation"
            elif entry.kind == "seat":
                code, sector, kind = entry.code, list(entry.sector), "state"
            elif entry.kind == "party":
                if how == "adjective" or self._inside_org(start, end):
                    continue
                sector = list(self.kb.party_sector(entry, self.when))
                code, kind = entry.code, "organisation"
            else:
                if (
                    tok is not None
                    and tok.dep in ("compound", "amod")
                    and tok.head != tok.i
                    and self.doc.tokens[tok.head].pos in ("NOUN", "PROPN")
                ):
                    continue  # "Russia's" is an actor, "the Russia desk" only modifies
                code, sector, kind = entry.code, list(entry.sector), "state"
            if self._inside_proper_name(start, tok):
                continue
            # a state and its government are two actors; the Kremlin and "Moscow said"
            # are one (the Russian government), so seats key by code, the rest by entry
            owner = entry.code if entry.kind == "seat" else entry.id
            key = f"{owner}|{'+'.join(sector)}"
            name = entry.name
            if how == "capital" or entry.kind == "seat":
                state = self.kb.by_code(entry.code) if entry.kind == "seat" else entry
                role = "government" if "GOV" in sector else (sector[0] if sector else "")
                name = f"{(state or entry).name} ({role})" if role else entry.name
            b = self._builder(key, name, kind)
            b.absorb(code, sector, None, entry.id, None)
            b.identifier = b.identifier or entry.id
            self._mention(b, start, end, self._is_subject(tok), f"kb {how} ({entry.kind})")

    def _owners_acronym(self, start: int, end: int, code: str) -> GroupEntry | None:
        """The group an acronym stands for when a state or office-holder of another state
        owns it ("Hemedti's RSF", "Sudan's RSF"): the one group of the owner's state whose
        name's initials spell it."""
        text = self.doc.text[start:end]
        if self.people is None or not (text.isupper() and text.isalpha() and len(text) >= 2):
            return None
        before = self.doc.tokens_in(0, start)
        if len(before) < 2 or before[-1].tag != "POS":
            return None
        pos = before[-1]
        owner = self._possessing_state(start)
        for ent in self.doc.entities:
            if owner is None and ent.label == "PERSON" and ent.end in (pos.start, pos.end):
                name = re.sub(r"['\u2019]s?$", "", ent.text.strip())
                for person in self.people.lookup(_norm(name)) or self._surname_match(name):
                    office = person.office_on(self.when)
                    if office is not None and len(office.code) == 3:
                        owner = office.code
                        break
        if owner is None or owner == code:
            return None
        found = [g for g in self.people.all_groups if g.code == owner and _initials(g.name) == text]
        return found[0] if len({g.id for g in found}) == 1 else None

    def _armed_acronym(self, start: int, end: int) -> GroupEntry | None:
        """The armed group an NGO's acronym also spells where armed men follow it ("RSF
        fighters": the Rapid Support Forces, not Reporters Without Borders): a charity has
        no fighters.  Only the one armed group whose name's initials spell it."""
        text = self.doc.text[start:end]
        if self.people is None or not (text.isupper() and text.isalpha() and len(text) >= 2):
            return None
        if not self._men_follow(end):
            return None
        found = {
            g.id: g
            for g in self.people.all_groups
            if g.kind == "armed" and _initials(g.name) == text
        }
        # one group, of the hand-written table (the converted dictionaries' are stale)
        group = next(iter(found.values())) if len(found) == 1 else None
        return group if group is not None and not group.cameo else None

    def _group_men_name(self, tok: Token) -> bool:
        """Whether one capitalised word the model did not tag may name an armed group,
        as a noun for its men or leaders follows it ("Houthi rebels", "ELN commanders"): a
        proper noun, adjective or acronym, no number or person.  The caller takes only
        groups of the hand-written table (no CAMEO code), whose one-word names are no common
        words (the converted dictionaries' are: "Youth", "Falcon", "Zero")."""
        if tok.ent_type not in ("", "ORG", "NORP") or not tok.text[:1].isupper():
            return False
        if tok.pos not in ("PROPN", "ADJ") and not (tok.text.isupper() and len(tok.text) >= 3):
            return False
        return self._men_follow(tok.end, leaders=True)

    def _men_follow(self, end: int, leaders: bool = False) -> bool:
        """Whether a name ending at ``end`` is followed by a plural noun for an armed group's
        men that it modifies ("Houthi rebels", "RSF fighters"), which ends the phrase; with
        ``leaders``, also by a noun for its leaders or members ("Houthi leaders")."""
        after = self.doc.tokens_in(end, end + 20)
        nouns = _GROUP_MEN_PLURALS | _GROUP_LEADER_NOUNS if leaders else _GROUP_MEN_PLURALS
        if not after or after[0].start - end > 1 or after[0].lower not in nouns:
            return False
        men = after[0]
        nxt = after[1] if len(after) > 1 else None
        if nxt is not None and nxt.head == men.i and nxt.i > men.i and nxt.pos == "NOUN":
            return False  # "fighter jets" read as a compound the other way
        name = self.doc.tokens_in(end - 1, end)
        return bool(name) and name[-1].head == men.i

    #: nouns for a stretch of land a name can stand under ("the city of Afrin", "Idlib
    #: province", "the Kurdish enclave of X"); words ending in "town" count too
    _LAND_NOUNS = frozenset(
        _PLACE_NOUNS
        | {"enclave", "stronghold", "port", "governorate", "municipality", "countryside"}
    )
    #: verbs of a shot whose "at" names the target ("fired artillery at Afrin")
    _FIRING_VERBS = frozenset({"fire", "shoot", "aim", "lob", "hurl", "launch"})
    #: verbs that carry an attack on to a further place ("extend the offensive to X")
    _EXTENDING_VERBS = frozenset({"extend", "expand", "widen", "broaden", "push", "spread"})
    _ASSAULT_PREPS = frozenset({"on", "against", "into", "of", "upon"})
    #: "rebel-held towns": holders of an attacked place whose sector is REB
    _REBEL_HOLDERS = frozenset({"rebel", "opposition", "insurgent"})

    def place_mentions(self) -> None:
        """A named place standing as a participant, as a capital does ("militants
        attacked Garissa", "troops shelled Kashmir", "an attack on Cizre", "the assault
        on the city of Afrin", "fired at Afrin", "the Afrin offensive"): the place, coded
        by its country; a region the gazetteer leaves without one by the KB's regions
        table.  Locations ("talks in Baku", "visited Garissa", "killed in the town of X")
        stay places.  Not counted for the article's focus country.  Then the unnamed
        places an attack falls on, placed by their own phrase (:meth:`_attacked_lands`)."""
        for p in self._article_places():
            if p.adjectival or p.feature_class not in ("P", "A", "L"):
                continue
            if self._is_taken(p.start, p.end):
                continue
            tok = self._head_token(p.start, p.end)
            if tok is None:
                continue
            if (
                tok.ent_type not in ("GPE", "LOC", "NORP")
                and not self._settlement_of(p, tok)
                and not self._mislabelled_town(p, tok)
            ):
                continue
            # the model takes a town for a people now and then ("the Afrin offensive"):
            # a town the gazetteer found, not an adjective, only where it is attacked
            if tok.ent_type == "NORP" and not (
                p.feature_class == "P"
                and tok.pos == "PROPN"
                and (self._assault_target(tok) or self._attacked(tok))
            ):
                continue
            phrase = self._land_phrase(tok)
            if phrase is tok:
                if not (self._place_is_party(tok) or self._assault_target(tok)):
                    continue
            elif not self._attacked(phrase) or not p.text[:1].isupper():
                # "the city of X", "X province": only where the attack falls on it; the
                # parser's objects of such phrases are often misplaced locations
                continue
            region = self.kb.region(p.text)
            code = region.code if region is not None else p.code
            # "Tripoli, the north Lebanese port": the namesake the text says
            code = self._namesake_country(p.start, p.end, code) or code
            # "South Lebanon", "northern Mali": a part of the country, not a namesake town
            words = p.text.split(maxsplit=1)
            if region is None and len(words) == 2 and words[0].lower() in _COMPASS_WORDS:
                whole = self.kb.by_name(words[1])
                if whole is not None and whole.kind in ("country", "disputed"):
                    code = whole.code
            entry = self.kb.by_code(code or "")
            if code is None or entry is None or entry.kind not in ("country", "disputed"):
                continue
            b = self._builder(f"place|{_norm(p.name)}", p.name, "state")
            b.absorb(code, [], None, entry.id, None)
            self._mention(b, p.start, p.end, self._is_subject(tok), f"{_PLACE_HOW} ({p.name})")
        self._attacked_lands()

    def _mislabelled_town(self, p: Place, tok: Token) -> bool:
        """A gazetteer town the model tagged as no place, or as a time ("fired missiles at
        Kyiv", "Kharkiv was shelled"), where an attack falls on it: the slot says it is
        the place.  Not a name the model took for a person or a body ("attacked Hope" may
        be a person), nor a lower-case word; but a capital the KB knows whatever the tag
        ("an attack on Kyiv" tagged a person), as :meth:`_city_attacked` left it to here."""
        return (
            p.feature_class == "P"
            and p.text[:1].isupper()
            and (
                tok.ent_type in ("", "TIME", "DATE")
                or ((owner := self.kb.capital_of(p.geonameid)) is not None and owner.code == p.code)
            )
            and tok.pos in ("PROPN", "NOUN")
            and (self._assault_target(tok) or self._attacked(tok))
        )

    def _settlement_of(self, p: Place, tok: Token) -> bool:
        """ "the town of Manbij", "the village of X": a gazetteer town that the phrase
        itself calls a settlement is a place whatever label the model gave it (towns are
        often tagged as persons or products).  Only a capitalised town after "of" under a
        settlement noun; the phrase must still be attacked to be a participant."""
        if p.feature_class != "P" or tok.pos != "PROPN" or not p.text[:1].isupper():
            return False
        noun = self._of_governor(tok)
        return (
            noun is not None
            and noun.pos == "NOUN"
            and (noun.lemma.lower() in _SETTLEMENT_NOUNS or noun.lemma.lower().endswith("town"))
        )

    def _of_governor(self, tok: Token) -> Token | None:
        """The noun ``tok`` hangs on by "of" ("the town of X": "town"), if any."""
        if tok.dep != "pobj" or tok.head == tok.i:
            return None
        of = self.doc.tokens[tok.head]
        if of.lower != "of" or of.head == of.i:
            return None
        return self.doc.tokens[of.head]

    def _is_land(self, tok: Token) -> bool:
        lemma = tok.lemma.lower()
        return lemma in self._LAND_NOUNS or (lemma.endswith("town") and tok.pos == "NOUN")

    def _land_phrase(self, tok: Token) -> Token:
        """The head of the phrase a place name stands in as a piece of land: "the city of
        Afrin", "Idlib province" (the name itself elsewhere):
        that phrase's slot tells whether the place takes part."""
        head = tok
        while head.head != head.i:
            up = self.doc.tokens[head.head]
            if head.dep in ("compound", "nmod") and self._is_land(up):
                if any(self.doc.tokens[c].dep == "case" for c in self.doc.children(head.i)):
                    break  # "the canton's border towns": towns of it, not it
                head = up
            elif head.dep == "pobj" and up.lower == "of" and up.head != up.i:
                land = self.doc.tokens[up.head]
                if not self._is_land(land):
                    break
                head = land
            else:
                break
        return head

    def _assault_target(self, tok: Token) -> bool:
        """A place a violent act falls on, beyond the slots of :meth:`_place_is_party`:
        "fired artillery at Afrin", "an incursion into the enclave", "the siege of X", "the
        Afrin offensive".  Only after words of violence: "at" and "of" are locative or
        possessive elsewhere ("at the airport", "the mayor of X")."""
        if tok.dep == "conj" and tok.head != tok.i:
            return self._assault_target(self.doc.tokens[tok.head])
        up = self.doc.tokens[tok.head]
        if tok.dep == "compound":
            # "the Afrin offensive", "the Mosul operation"
            return tok.pos == "PROPN" and up.lemma.lower() in _ASSAULT_NOUNS
        if tok.dep != "pobj" or up.head == up.i:
            return False
        act = self.doc.tokens[up.head]
        if up.lower == "at":
            return act.lemma.lower() in self._FIRING_VERBS
        if up.lower == "to":
            # "extend its incursion to the town of X", "push the offensive to X": an attack
            # carried on to a place falls on it; only with the attack as the verb's object
            return act.lemma.lower() in self._EXTENDING_VERBS and self._assault_object(act)
        if up.lower not in self._ASSAULT_PREPS:
            return False
        if act.pos == "NOUN":
            return act.lemma.lower() in _ASSAULT_NOUNS
        # "began an incursion into the enclave": the parser hangs the phrase on the verb
        return up.lower != "of" and self._assault_object(act)

    def _assault_object(self, verb: Token) -> bool:
        """Whether a verb's object is a noun of a violent act ("began an incursion")."""
        return any(
            self.doc.tokens[c].dep == "dobj" and self.doc.tokens[c].lemma.lower() in _ASSAULT_NOUNS
            for c in self.doc.children(verb.i)
        )

    def _attacked(self, tok: Token) -> bool:
        """An unnamed place in the slot a violent act falls on: the object of "shell",
        "capture"..., the subject of its passive, or :meth:`_assault_target`."""
        if tok.dep == "conj" and tok.head != tok.i:
            return self._attacked(self.doc.tokens[tok.head])
        up = self.doc.tokens[tok.head]
        if tok.dep in ("dobj", "nsubjpass") and up.pos in ("VERB", "AUX"):
            return up.lemma.lower() in _ASSAULT_VERBS
        return tok.dep == "pobj" and self._assault_target(tok)

    def _attacked_lands(self) -> None:
        """Unnamed places an attack falls on ("cluster bombs hit several rebel-held towns
        in southern Idlib", "an incursion into the Kurdish enclave in Syria"): the country
        their own "in" phrase places them in, all its places in one; the sector of those
        the text says hold them ("rebel-held": REB).  A coder gives a shelled town its
        country.  Not without that phrase ("shelled our villages": whose is open), nor a
        place named itself (done by :meth:`place_mentions`)."""
        places = [p for p in self._article_places() if p.code and not p.adjectival]
        for tok in self.doc.tokens:
            if tok.pos != "NOUN" or not self._is_land(tok) or not self._attacked(tok):
                continue
            if self._is_taken(tok.start, tok.end):
                continue
            kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
            if any(k.dep in ("compound", "nmod", "poss") and k.pos != "NOUN" for k in kids):
                continue  # "Idlib province", "our villages": named or someone's own
            if tok.lemma.lower() == "area" or any(
                k.dep == "prep" and k.lower == "of" for k in kids
            ):
                continue  # "the district of Afrin", "the area of territory held by X"
            if self._holder_named(tok, kids):
                continue
            codes: set[str] = set()
            preps = list(kids)
            if tok.dep in ("dobj", "nsubjpass"):
                # "shelled villages in Homs province": the parser often hangs the
                # phrase on the verb; the act's place is then the villages' own
                preps += [self.doc.tokens[c] for c in self.doc.children(tok.head)]
            for prep in preps:
                if prep.dep != "prep" or prep.lower not in ("in", "inside"):
                    continue
                sub = [self.doc.tokens[j] for j in self.doc.subtree(prep.i)]
                span = (sub[0].start, sub[-1].end)
                codes |= {
                    p.code for p in places if p.code and span[0] <= p.start and p.end <= span[1]
                }
            if not codes and any(k.dep == "amod" and k.lower in self._NEARBY_WORDS for k in kids):
                # "were on the move in Idlib ... an attack on the nearby province": a place
                # next to the one the sentence names lies where the sentence places its acts
                found = self._sentence_places(self.doc.sentences[tok.sent], -1)
                if found is not None and len(found[0]) == 1 and found[0] == found[1]:
                    codes = set(found[0])
            if len(codes) != 1:
                continue
            code = codes.pop()
            entry = self.kb.by_code(code)
            if entry is None or entry.kind not in ("country", "disputed"):
                continue
            sector = self._holders(tok)
            start, end = self._land_span(tok, kids)
            key = f"land|{code}|{'+'.join(sector)}|@{start}"
            b = self._builder(key, self.doc.text[start:end], "state")
            b.absorb(code, sector, None, entry.id, None)
            self._mention(b, start, end, self._is_subject(tok), f"{_PLACE_HOW} (attacked land)")

    #: "the nearby province": a place beside one the sentence names
    _NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring", "adjacent"})

    #: participles of holding a place: "towns held by Isis"
    _HOLDING_VERBS = frozenset({"hold", "control", "occupy", "seize", "capture", "run"})

    def _holder_named(self, tok: Token, kids: list[Token]) -> bool:
        """An actor among the place noun's modifiers or as the agent of its holding ("the
        Isis enclave", "towns held by Isis"): the holder is what a coder takes."""
        words = [j for k in kids if k.i < tok.i for j in self.doc.subtree(k.i)]
        for k in kids:
            if k.dep == "acl" and k.lemma.lower() in self._HOLDING_VERBS:
                words += [
                    j
                    for c in self.doc.children(k.i)
                    if self.doc.tokens[c].dep == "agent"
                    for j in self.doc.subtree(c)
                ]
        return any(self._is_taken(self.doc.tokens[j].start, self.doc.tokens[j].end) for j in words)

    def _holders(self, tok: Token) -> list[str]:
        """ "rebel-held towns", "opposition-controlled areas": the holders' sector."""
        for c in self.doc.children(tok.i):
            mod = self.doc.tokens[c]
            if mod.dep != "amod" or mod.lemma.lower() not in ("hold", "held", "control"):
                continue
            for g in self.doc.children(c):
                if self.doc.tokens[g].lemma.lower() in self._REBEL_HOLDERS:
                    return ["REB"]
        return []

    def _land_span(self, tok: Token, kids: list[Token]) -> tuple[int, int]:
        """The place noun with its modifiers before it ("several rebel-held towns")."""
        left = [k for k in kids if k.i < tok.i and k.dep != "punct"]
        first = min((self.doc.subtree(k.i)[0] for k in left), default=tok.i)
        return self.doc.tokens[first].start, tok.end

    def _place_is_party(self, tok: Token) -> bool:
        """A place in a participant's slot: a subject or object (not a destination), or
        after a partner preposition ("an attack on Cizre")."""
        if tok.dep == "dobj":
            return self.doc.tokens[tok.head].lemma.lower() not in _MOVEMENT_VERBS
        if tok.dep in _ARGUMENT_DEPS - {"appos"}:
            return True
        if tok.dep == "pobj":
            return self.doc.tokens[tok.head].lower in _PARTNER_PREPS
        if tok.dep == "conj" and tok.head != tok.i:
            return self._place_is_party(self.doc.tokens[tok.head])
        return False

    def _inside_proper_name(self, start: int, tok: Token | None) -> bool:
        """A capitalised word the KB does not know modifies the name: "Civil Georgia"."""
        first = self.doc.tokens_in(start, start + 1)
        if tok is None or not first or first[0].i == 0:
            return False
        prev = self.doc.tokens[first[0].i - 1]
        return (
            prev.sent == tok.sent
            and prev.head == tok.i
            and prev.dep in ("compound", "amod")
            and prev.text[:1].isupper()
            and prev.i != self.doc.sentences[tok.sent].first
            and not self._kb_in(prev.start, prev.end)
            and self.kb.role(prev.lower) is None
        )

    def _namesake_country(self, start: int, end: int, code: str | None) -> str | None:
        """The other country the article places a name in ("Tripoli, the north Lebanese
        port", "Tripoli in northern Lebanon"), in any of its mentions (one sense per
        discourse): a namesake of the capital or place ``code`` names; None when no or
        several other countries are said."""
        name = self.doc.text[start:end]
        found: set[str] = set()
        for tok in self.doc.tokens:
            if tok.text != name.split()[-1] or self.doc.text[tok.end - len(name) : tok.end] != name:
                continue
            for c in self.doc.children(tok.i):
                kid = self.doc.tokens[c]
                if c < tok.i:
                    continue
                if kid.dep == "appos":
                    # "Tripoli, the north Lebanese port", not "Damascus, Tehran's ally"
                    if kid.lemma.lower() not in _PLACE_NOUNS | _PORT_NOUNS:
                        continue
                elif kid.dep == "prep" and kid.lower == "in":
                    if tok.dep == "conj" or any(
                        self.doc.tokens[k].dep == "conj" for k in self.doc.children(tok.i)
                    ):
                        continue  # "the might of Moscow and Tehran in Syria": where they act
                    objs = [self.doc.tokens[o] for o in self.doc.children(c)]
                    if not any(o.dep == "pobj" and o.ent_type == "GPE" for o in objs):
                        continue  # "Tripoli in northern Lebanon", not "in talks"
                else:
                    continue
                # the phrase's own words, not its clauses ("an enclave ... which the US
                # did not oppose") nor stances ("a US-raised force")
                clauses = {
                    j
                    for k in self.doc.subtree(c)
                    if self.doc.tokens[k].dep in _CLAUSE_DEPS and k != c
                    for j in self.doc.subtree(k)
                }
                own = sorted(set(self.doc.subtree(c)) - clauses)
                for m in self._kb_in(self.doc.tokens[own[0]].start, self.doc.tokens[own[-1]].end):
                    inside = any(
                        self.doc.tokens[j].start <= m[0] < self.doc.tokens[j].end for j in own
                    )
                    if (
                        inside
                        and m[2].kind in ("country", "disputed")
                        and not is_stance(self.doc.text, m[0], m[1])
                    ):
                        found.add(m[2].code)
        if code in found:
            return None  # "a town in Syria near the Turkish border": confirmed where it is
        return found.pop() if len(found) == 1 else None

    def _capital_is_actor(self, tok: Token | None) -> bool:
        if tok is None:
            return False
        if tok.dep in ("compound", "amod", "nmod"):
            return False  # "the Tskhinvali leader": a modifier, used by role resolution
        if tok.dep == "dobj" and self.doc.tokens[tok.head].lemma.lower() in _PLACE_VERBS:
            # "visited Lisbon": a destination; "toured Lisbon to press the case": the
            # government the visit is to win over
            return self._lobbied(self.doc.tokens[tok.head])
        if tok.dep in _ARGUMENT_DEPS:
            return True
        if tok.dep == "pobj":
            prep = self.doc.tokens[tok.head]
            return prep.lower in _PARTNER_PREPS
        if tok.dep == "conj":
            return self._capital_is_actor(self.doc.tokens[tok.head])
        return False

    #: things that "hit" or "target" a state, not its city ("sanctions hit Moscow", "hit
    #: Moscow with sanctions")
    _MEASURE_NOUNS = frozenset(
        {"sanction", "tariff", "measure", "ban", "embargo", "restriction", "law", "policy",
         "decision", "move", "crisis", "criticism", "charge", "lawsuit", "suit", "probe",
         "disinformation", "propaganda", "rhetoric", "accusation", "claim", "remark", "word",
         "statement", "speech", "tweet", "interview", "letter", "report"}
    )  # fmt: skip
    #: verbs of force that also say words or measures ("attacked Beijing over trade")
    _TWO_SENSE_VERBS = frozenset({"attack", "hit", "target", "strike", "blast", "slam"})
    #: sectors of doers of force: what they attack is the place itself
    _FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "SPY", "COP", "PRM", "INS"})
    _CRITIC_NOUNS = frozenset({"critic", "commentator", "opponent", "detractor"})
    _TIME_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "weekend", "time"})

    def _city_attacked(self, tok: Token | None) -> bool:
        """A capital that an attack falls on ("jets struck Beirut", "Kyiv was shelled",
        "an offensive on Kabul") stands for the city and its people, not its government:
        metonymy is for a capital that acts or is addressed ("Moscow denied", "talks with
        Beijing").  Not what a measure "hits" or "targets" ("sanctions targeting Moscow",
        "hit Moscow with sanctions"), nor the words of a verb of two senses: a person or
        civil officer as the attacker, a reason or a speech ("Trump attacked Beijing over
        trade", "the minister attacked Kyiv in a speech")."""
        if tok is None or not self._attacked(tok):
            return False
        while tok.dep == "conj" and tok.head != tok.i:
            tok = self.doc.tokens[tok.head]
        if tok.dep not in ("dobj", "nsubjpass"):
            return True
        verb = self.doc.tokens[tok.head]
        kids = [self.doc.tokens[c] for c in self.doc.children(verb.i)]
        doers = [k for k in kids if k.dep == "nsubj"]
        args = list(doers)
        for k in kids:
            if k.dep in ("agent", "prep"):
                objs = [self.doc.tokens[g] for g in self.doc.children(k.i)]
                objs = [o for o in objs if o.dep == "pobj"]
                if k.dep == "agent":
                    doers += objs
                if k.dep == "agent" or k.lower in ("with", "in"):
                    args += objs
                # "attacked Beijing over its policy" (not "for hours", "over the weekend")
                if (
                    k.lower in ("over", "for")
                    and verb.lemma.lower() in self._TWO_SENSE_VERBS
                    and any(
                        o.ent_type not in ("DATE", "TIME")
                        and o.lemma.lower() not in self._TIME_NOUNS
                        for o in objs
                    )
                ):
                    return False
        if any(a.lemma.lower() in self._MEASURE_NOUNS for a in args):
            return False
        if verb.lemma.lower() not in self._TWO_SENSE_VERBS:
            return True
        for d in doers:
            role = self.kb.role(d.lemma.lower())
            if (
                d.ent_type == "PERSON"
                or d.lemma.lower() in self._CRITIC_NOUNS
                or (role is not None and not set(role.sector) & self._FORCE_SECTORS)
            ):
                return False  # "Trump attacked Beijing", "the president attacked Moscow"
        return True

    def _lobbied(self, verb: Token) -> bool:
        """A visit whose purpose is to win its hosts over: "toured Washington to press the
        case", "visited Paris to lobby for sanctions"."""
        for c in self.doc.children(verb.i):
            purpose = self.doc.tokens[c]
            if purpose.dep not in ("xcomp", "advcl") or purpose.lemma.lower() not in _LOBBY_VERBS:
                continue
            if any(self.doc.tokens[k].lower == "to" for k in self.doc.children(c)):
                return True
        return False

    # -- 2. people ----------------------------------------------------------
    def _headline_case(self, sent_index: int) -> bool:
        """A line in title case (headline, dateline), where the model's names are unreliable."""
        s = self.doc.sentences[sent_index]
        if self.doc.text[s.start : s.end].rstrip().endswith((".", "!", "?", '"', "”", "’")):
            return False  # headlines and datelines carry no full stop
        words = [t for t in self.doc.tokens[s.first : s.last] if t.text[:1].isalpha()]
        caps = sum(1 for t in words if t.text[:1].isupper())
        return len(words) >= 3 and caps >= 0.8 * len(words)

    def _person_spans(self) -> list[tuple[int, int]]:
        spans = []
        for e in self.person_ents:
            toks = self.doc.tokens_in(e.start, e.end)
            if not toks:
                continue
            # the small model sometimes swallows a verb: "Putin Meets South"
            keep: list[Token] = []
            for t in toks:
                if t.pos in ("VERB", "AUX") or t.tag.startswith("VB"):
                    break
                keep.append(t)
            while keep and (keep[-1].text in _QUOTE_CHARS or keep[-1].text in ("'s", "’s")):
                keep.pop()
            plural = [i for i, t in enumerate(keep[:-1]) if _plural_noun(t)]
            if plural:
                keep = keep[plural[-1] + 1 :]  # "[its UK counterparts] Jones": no title
            if not keep:
                continue
            last = keep[-1]
            nxt = self.doc.tokens[last.head]
            if (
                last.dep == "compound"
                and last.head == last.i + 1
                and len(keep) == len(toks)
                and nxt.tag == "NNP"
                and not nxt.ent_type
                and self.kb.role(nxt.lower) is None
                and nxt.sent == last.sent
                and all(t.tag == "NNP" for t in keep)
            ):
                keep.append(nxt)  # "[Maria Corina] Machado": the model cut the surname off
                last = nxt
            if last.dep == "compound" and last.head > last.i and len(keep) == len(toks):
                continue  # "Moldovan Transport [Minister X]": title words, not a name
            s, en = keep[0].start, keep[-1].end
            if s == keep[-1].start and keep[-1].text.endswith(("'s", "’s")):
                en -= 2
            inside = self._kb_in(s, en)
            if inside and inside[0][:2] == (s, en):
                continue  # a place or state the model took for a person ("Tskhinvali")
            spans.append((s, en))
        return spans

    def _title_tokens(self, first: Token) -> list[Token]:
        """Title words right before a name: "Russian Healthcare Minister"."""
        out: list[Token] = []
        i = first.i - 1
        while i >= 0:
            t = self.doc.tokens[i]
            if t.sent != first.sent or any(s <= t.start < e for s, e in self._names):
                break
            if _plural_noun(t):
                break  # "told its counterparts Jones was killed": a plural is nobody's title
            if t.tag in _TITLE_TAGS or t.text in _QUOTE_CHARS:
                out.insert(0, t)
                i -= 1
                continue
            owner = [m for m in self.kb_spans if t.tag == "POS" and i > 0 and m[1] == t.start]
            if owner and out:
                # "Niger's ambassador Brah Mohamane": the state owning the title starts it
                out = [*self.doc.tokens_in(owner[0][0], owner[0][1]), t, *out]
                break
            if (
                t.lower in _TITLE_PREPS
                and out
                # "the father of Kenyan activist X": a role after the preposition is the
                # title; what comes before it is someone else
                and not any(self.kb.role(w.lower) is not None for w in out)
                and i > 0
                and self.doc.tokens[i - 1].tag in _TITLE_TAGS
                and self.doc.tokens[i - 1].sent == first.sent
            ):
                # "US special envoy for Syria James Jeffrey": the title runs across "for"
                out.insert(0, t)
                i -= 1
                continue
            break
        return out

    def _appos_tokens(self, head: Token) -> list[Token]:
        """Words of an apposition: "Bibilov, the South Ossetian leader," or the reverse."""
        toks: list[Token] = []
        for c in self.doc.children(head.i):
            if self.doc.tokens[c].dep == "appos":
                # not its clauses: "Begum, who left for Syria," says nothing of her office
                skip = {
                    j
                    for k in self.doc.subtree(c)
                    if k != c and self.doc.tokens[k].dep in _CLAUSE_DEPS
                    for j in self.doc.subtree(k)
                }
                toks.extend(self.doc.tokens[j] for j in self.doc.subtree(c) if j not in skip)
        if head.dep == "appos":
            gov = self.doc.tokens[head.head]
            if gov.dep == "pobj" and gov.head != gov.i:
                # "The UN envoy for Syria, Staffan de Mistura,": the parser may hang the
                # name on "Syria"; the apposition is to the role noun owning the phrase
                prep = self.doc.tokens[gov.head]
                noun = self.doc.tokens[prep.head]
                if prep.dep == "prep" and (
                    self.kb.role(noun.lemma.lower()) or self.kb.role(noun.lower)
                ):
                    gov = noun
            toks.extend(
                self.doc.tokens[j]
                for j in self.doc.subtree(gov.i)
                if j < head.i and self.doc.tokens[j].ent_type != "PERSON"
            )
        return toks

    def _not_membership(self, start: int, end: int) -> bool:
        return is_stance(self.doc.text, start, end)

    def _owners(self, start: int, end: int) -> list[_Owner]:
        """States, bodies, parties and known organisations named in ``[start, end)``."""
        owners: list[_Owner] = []
        for s, e, entry, _how in self._kb_in(start, end):
            if self._not_membership(s, e):
                continue
            if entry.kind in ("country", "disputed", "capital"):
                owners.append(
                    _Owner(s, e, entry.code, (), entry.id, "PRE" in entry.sector, "state")
                )
            elif entry.kind == "ngo" and (group := self._armed_acronym(s, e)) is not None:
                sector = group_sector(group, self.when)
                owners.append(_Owner(s, e, group.code, sector, group.id, False, "group"))
            elif entry.kind in ("igo", "ngo", "seat"):
                if entry.kind == "seat" and self._foreign_context_group(
                    s, self.doc.text[s:e], entry.code, owners
                ):
                    continue  # "Nigeria's Senate" in an article that also names the US
                owners.append(_Owner(s, e, entry.code, entry.sector, entry.id, False, "body"))
            elif entry.kind == "party" and not self._inside_org(s, e):
                if any(
                    o.kind == "state" and o.code != entry.code and 0 <= s - o.end <= 1
                    for o in owners
                ):
                    continue  # "Syrian Democratic Forces": another state's name, no US party
                sector = self.kb.party_sector(entry, self.when)
                owners.append(_Owner(s, e, entry.code, sector, entry.id, False, "party"))
        # regions and peoples of one country: "Yoruba leaders", "the Sindh government"
        for rs, re_, region in self.kb.regions_in(self.doc.text[start:end]):
            rs, re_ = rs + start, re_ + start
            state = self.kb.by_code(region.code)
            if state is None or any(o.start < re_ and o.end > rs for o in owners):
                continue
            if self._not_membership(rs, re_):
                continue
            # two rebel groups at least: one ("Republic of Texas") may be a fringe; a
            # rebellion is of its time, so undated text keeps the state's reading
            armed = self.when is not None and self._rebel_region(region) >= 2
            owners.append(_Owner(rs, re_, state.code, (), state.id, False, "state", armed))
        # a leader's name before a government noun: "the Trump administration"
        names = [(e.start, e.end) for e in self.doc.entities if e.label == "PERSON"]
        names += [
            (t.start, t.end)
            for t in self.doc.tokens_in(start, end)
            if t.pos == "PROPN"
            and not any(s <= t.start < e for s, e in names)
            # a title word is no leader's name: "Prime" in "Prime Minister"
            and t.lower not in self.kb.role_words
            # nor a people or region: "the Catalan government"
            and t.ent_type != "NORP"
            and self.kb.region(t.text) is None
            # nor a place the article's gazetteer resolves: "Kano police" is Kano's,
            # not a namesake minister's (Michihiko Kano, Japan)
            and self._place_at(t) is None
        ]
        for n_start, n_end in names:
            if n_start < start or n_end > end or not self.people:
                continue
            if any(o.start < n_end and o.end > n_start for o in owners):
                continue
            # the model's PERSON span may keep the possessive: "Bashar al-Assad's regime"
            text = re.sub(r"['\u2019]s?$", "", self.doc.text[n_start:n_end].strip())
            persons = self.people.lookup(_norm(text)) or self._surname_match(text)
            if not persons and " " not in text.strip():
                # "Saddam's troops" after "Saddam Hussein": the person named in full before
                named = next(
                    (
                        b
                        for b in self.builders.values()
                        if b.kind == "person"
                        and any(s <= n_start < e for s, e, _x, _y in b.mentions)
                    ),
                    None,
                )
                persons = self.people.lookup(_norm(named.name)) if named is not None else []
            for person in persons:
                office = person.office_on(self.when)
                if office is None or "GOV" not in office.sector:
                    # "Saddam's troops" in 1991, "Gaddafi's forces": a former leader owned
                    # his state's bodies while in office (the office of the year the clause
                    # states, else the one he held of the state he is now a former of)
                    office = self._office_in_years(n_start, n_end, person) or _former_office(
                        person, office
                    )
                if (
                    office is not None
                    and "GOV" in office.sector
                    and len(office.code) == 3
                    and office.code not in _NON_STATES
                ):
                    owners.append(
                        _Owner(n_start, n_end, office.code, (), office.code, False, "state")
                    )
                    break
        # organisations only the groups index knows, as the model tagged them: "Isis fighters"
        for ent in self.doc.entities:
            if ent.start < start or ent.end > end:
                continue
            if ent.label != "ORG" and not (ent.label == "GPE" and self._group_not_person(ent)):
                continue  # a company the model took for a place: "the head of Gazprom"
            found = self.people.groups(_norm(ent.text)) if self.people else []
            inside = [o for o in owners if o.start < ent.end and o.end > ent.start]
            if (
                inside
                and found
                and all(
                    o.kind == "state" and ent.start <= o.start and o.end <= ent.end for o in inside
                )
            ):
                # "Syrian Democratic Forces": the demonym is part of the group's name
                owners = [o for o in owners if o not in inside]
            elif inside:
                continue
            if found and self._foreign_context_group(ent.start, ent.text, found[0].code, owners):
                continue  # "Nigeria's Senate": not the US Senate the groups index knows
            if found:
                g = found[0]
                owners.append(
                    _Owner(
                        ent.start, ent.end, g.code, group_sector(g, self.when), g.id, False, "group"
                    )
                )
        owners.extend(self._untagged_groups(start, end, owners))
        return sorted(owners, key=lambda o: o.start)

    def _rebel_region(self, region: KBEntry) -> int:
        """How many rebel groups of a region's or people's state the groups index knows by
        its name ("Tigray People's Liberation Front", "Karen National Union"): where there
        are, its forces are rebels, not the state's military ("Tigrayan forces"); a Scottish
        soldier is his state's."""
        if self.people is None:
            return 0
        found = self._rebel_regions.get(region.id)
        if found is None:
            found = len(
                {
                    g.id
                    for g in self.people.all_groups
                    if g.kind == "armed" and g.code == region.code and "REB" in g.sector
                    for n in g.names
                    for w in re.findall(r"[\w-]+", n)
                    if w[:1].isupper()
                    and (named := self.kb.region(w)) is not None
                    and named.id == region.id
                }
            )
            self._rebel_regions[region.id] = found
        return found

    def _foreign_context_group(
        self, start: int, text: str, code: str, owners: list[_Owner]
    ) -> bool:
        """Whether a group name of policy ``context`` ("Senate", "Congress") is another
        state's body here: its own country is not named in the article, or another state
        named just before owns it ("Nigeria's Senate", "the Kenyan Senate")."""
        entry = self.kb.by_name(text)
        if entry is None or entry.kind == "party" or not self.kb.needs_context(text, entry):
            return False
        return code not in self.named_codes or any(
            o.kind == "state" and o.code != code and o.end <= start for o in owners
        )

    def _untagged_groups(self, start: int, end: int, owners: list[_Owner]) -> list[_Owner]:
        """Armed groups and state organisations the model did not tag as one ("Isis leaders",
        "Islamic State fighters"): capitalised words the groups index knows by that name.  A
        one-word name counts only where the article tags it as an organisation elsewhere
        ("Tigers", "Falcon" are also other things)."""
        if self.people is None:
            return []
        found: list[_Owner] = []
        toks = [
            t
            for t in self.doc.tokens_in(start, end)
            if t.text[:1].isupper() and not any(o.start < t.end and o.end > t.start for o in owners)
        ]
        runs: list[list[Token]] = []
        for t in toks:
            if runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
        for run in runs:
            best: tuple[int, int, GroupEntry] | None = None
            for a in range(len(run)):
                for b in range(len(run), a, -1):
                    if best is not None and b - a <= best[1] - best[0]:
                        break
                    text = self.doc.text[run[a].start : run[b - 1].end]
                    men = b - a == 1 and b == len(run) and self._group_men_name(run[a])
                    groups = [
                        g
                        for g in self.people.groups(text)
                        if g.kind in ("armed", "organisation")
                        and (
                            b - a > 1
                            or g.id in self._tagged_groups()
                            or (men and g.kind == "armed" and not g.cameo)
                        )
                    ]
                    if groups:
                        best = (a, b, groups[0])
            if best is not None:
                a, b, g = best
                s, e = run[a].start, run[b - 1].end
                if self._foreign_context_group(s, self.doc.text[s:e], g.code, owners):
                    continue
                found.append(_Owner(s, e, g.code, group_sector(g, self.when), g.id, False, "group"))
        return found

    def _tagged_groups(self) -> set[str]:
        """Ids of the groups the article names as organisation or group entities."""
        if self._group_ids is None:
            self._group_ids = {
                g.id
                for e in self.doc.entities
                if e.label in ("ORG", "NORP") and self.people is not None
                for g in self.people.groups(_norm(e.text))
            }
        return self._group_ids

    def _surname_match(self, name: str) -> list[PersonEntry]:
        """A surname alone: the one bearer in office (GOV) on the article's date, if one."""
        if self.people is None or " " in name.strip():
            return []
        found = [
            p
            for p in self.people.by_surname(_norm(name))
            if (o := p.office_on(self.when)) is not None and o.dated and "GOV" in o.sector
        ]
        return found if len(found) == 1 else []

    def _inside_org(self, start: int, end: int) -> bool:
        """Whether a longer organisation name holds the span ("Syrian Democratic Forces")."""
        return any(
            e.label in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT")
            and e.start <= start
            and e.end >= end
            and _core_length(e.text) > (end - start) + 4
            for e in self.doc.entities
        )

    def _describe(
        self, toks: list[Token]
    ) -> tuple[str | None, list[str], str | None, str | None, str | None]:
        """(code, sector, office, affiliation, role) from title or role words."""
        if not toks:
            return None, [], None, None, None
        owners = self._owners(toks[0].start, toks[-1].end)
        spans = [(o.start, o.end) for o in owners]
        # the role: the longest run of title words (outside country words) the KB knows
        words = [
            t
            for t in toks
            if not any(s <= t.start < e for s, e in spans)
            and t.text not in _QUOTE_CHARS
            and t.pos != "DET"
            and t.tag not in ("PRP$", "POS")
        ]
        found: Role | None = None
        office: str | None = None
        role_start = toks[-1].end
        head_start = role_start  # the role's last word: owners before it own it ("top US
        # official": the qualifier "top" starts the role, "US" still comes before its noun)
        for n in range(len(words), 0, -1):
            for k in range(0, len(words) - n + 1):
                phrase = " ".join(
                    w.lemma.lower() if w is words[k + n - 1] else w.lower for w in words[k : k + n]
                )
                plain = " ".join(w.lower for w in words[k : k + n])
                role = (
                    self.kb.role(phrase)
                    or self.kb.role(plain)
                    or self.kb.role(phrase, people_nouns=True)
                    or self.kb.role(plain, people_nouns=True)
                    or self._of_role(words[k : k + n])
                )
                if role is not None:
                    found = role
                    role_start = words[k].start
                    head_start = words[k + n - 1].start
                    # the office keeps qualifiers before the role: "Healthcare Minister"
                    office = _joined(words[: k + n]) or None
                    break
            if found:
                break
        owner = self._pick_owner(owners, head_start if found else None)
        role_sector = list(found.sector) if found else []
        if found and "ELI" not in role_sector and role_sector[:1] in ([], ["GOV"]):
            # "Pentagon officials", "military leaders", "army chief": the body's sector
            # a body's presiding officer is the body's too ("the Senate president", "a court
            # president"); a minister of a body is still the government's ("police minister")
            before = head_start if found.name in _PRESIDING_ROLES else role_start
            for w in words:
                mod = self.kb.role(w.lower) if w.start < before else None
                if mod is not None and set(mod.sector) & {"MIL", "COP", "SPY", "JUD", "LEG"}:
                    role_sector = [*mod.sector, *(x for x in role_sector if x != "GOV")]
                    break
        if (
            found
            and found.name == "chief of staff"
            and owner is not None
            and owner.kind != "state"
            and owner.sector
            and not set(owner.sector) & {"MIL", "REB", "UAF"}
        ):
            # "the White House chief of staff": a civilian body's is no officer
            role_sector = [x for x in role_sector if x != "MIL"]
        if owner is None:
            code = found.country if found else None
            affiliation = code
            sector = list(dict.fromkeys(role_sector))
        else:
            code, affiliation, sector = _owned(owner, role_sector)
        role_name = found.name if found else None
        if role_name in _PEER_ROLES and "GOV" not in sector:
            # in news a leader's or minister's "counterpart" is a government official
            sector.insert(0, "GOV")
        return code, sector, office, affiliation, role_name

    def _of_role(self, words: list[Token]) -> Role | None:
        """A role of several words around "of": "the Speaker of the House" with its article,
        "chief of the defence staff" as "chief of staff" (the staff's modifiers dropped)."""
        lows = [w.lower for w in words]
        if len(lows) < 3 or "of" not in lows[1:-1]:
            return None
        i = lows.index("of")
        for text in (
            " ".join(self.doc.text[words[0].start : words[-1].end].lower().split()),
            " ".join([*lows[: i + 1], lows[-1]]),
        ):
            role = self.kb.role(text)
            # the whole role, not a noun after "of" ("head of the army" is no "army")
            if role is not None and " of " in role.name:
                return role
        return None

    def _of_tail(self, tok: Token) -> list[Token]:
        """The words after a role noun that make a longer role with it: "chief" + "of army
        staff", "Speaker" + "of the House" (not "of the House of Commons", another one)."""
        for c in self.doc.children(tok.i):
            prep = self.doc.tokens[c]
            if prep.dep != "prep" or prep.lower != "of" or prep.i != tok.i + 1:
                continue
            objs = [self.doc.tokens[j] for j in self.doc.children(c)]
            if len(objs) != 1 or objs[0].dep != "pobj":
                return []
            obj = objs[0]
            sub = sorted(self.doc.subtree(obj.i))
            if sub[-1] != obj.i or sub != list(range(sub[0], obj.i + 1)):
                return []  # "of the House of Commons", "of the party he founded"
            tail = [prep, *(self.doc.tokens[j] for j in sub)]
            words = [t for t in (tok, *tail) if t.pos != "DET"]
            return tail if self._of_role(words) is not None else []
        return []

    def _pick_owner(self, owners: list[_Owner], role_start: int | None) -> _Owner | None:
        """Whose role it is: the name nearest before the role ("US special envoy for
        Syria"), else one after it introduced by "of" or "from" ("the leader of Russia")."""
        if not owners:
            return None
        if role_start is None:
            return owners[-1]
        before = [o for o in owners if o.start < role_start]
        if before:
            last = before[-1]
            igo = [o for o in before[:-1] if o.code in _TITLE_IGOS]
            if igo and last.kind == "state" and self._bare_state_name(last):
                # "UN Syria special envoy", "the UN's special Syria envoy": the IGO's title,
                # the country its remit
                return igo[-1]
            if (
                last.code in _TITLE_IGOS
                and len(before) > 1
                and before[-2].kind == "state"
                and not self.doc.text[before[-2].end : last.start].strip(" \u2019's")
            ):
                # "Syria's UN envoy", "the Russian UN ambassador": the state's man there
                return before[-2]
            return last
        for o in owners:
            first = self.doc.tokens_in(o.start, o.end)
            if first and first[0].i > 0:
                prev = self.doc.tokens[first[0].i - 1]
                if prev.lower in ("of", "from") or (
                    prev.pos == "DET"
                    and first[0].i > 1
                    and self.doc.tokens[first[0].i - 2].lower in ("of", "from")
                ):
                    return o
        return None

    def _name_pieces(self) -> list[tuple[int, int]]:
        """Person spans with what the model glued to a name taken off: a leading function
        word ("Beyond Donald Trump's threats") and, where the span swallowed a verb, the
        name after it ("Ja'afari accused de Mistura" also names "de Mistura")."""
        out: list[tuple[int, int]] = []
        for s, e in self._person_spans():
            toks = self.doc.tokens_in(s, e)
            if (
                len(toks) >= 2
                and toks[0].pos in _GLUED_POS
                and toks[0].lower not in _NAME_PARTICLES | _ARTICLE_PARTICLES
                and toks[1].pos == "PROPN"
            ):
                s = toks[1].start
            if self._named_place(toks):
                continue
            out.append((s, e))
        for ent in self.person_ents:
            toks = self.doc.tokens_in(ent.start, ent.end)
            verbs = [i for i, t in enumerate(toks) if t.pos == "VERB"]
            if not verbs:
                continue
            rest = toks[verbs[-1] + 1 :]
            while rest and rest[-1].tag == "POS":
                rest.pop()
            if (
                rest
                and rest[-1].pos == "PROPN"
                and all(
                    t.pos == "PROPN" and (t.text[:1].isupper() or t.lower in _NAME_PARTICLES)
                    for t in rest
                )
                and not self._kb_in(rest[0].start, rest[-1].end)
            ):
                out.append((rest[0].start, rest[-1].end))
        return out

    def _named_place(self, toks: list[Token]) -> bool:
        """ "the town of Omar", "the village of Hassan": a settlement named after a person
        is a place, whatever the model tagged it (its pronouns would otherwise bind)."""
        noun = self._of_governor(toks[-1])
        return noun is not None and noun.lemma.lower() in _SETTLEMENT_NOUNS

    def _first_name_of(self, name: str, start: int) -> _Builder | None:
        """The one person named in full before ``start`` whose first name this one word is,
        or a pet form of it ("Oliver Hall ... Oliver said", "Ollie"): how reporters name a
        private person after the first mention.  None when two people share it, when the
        word is some person's surname, or for kunyas and particles ("Abu", "al")."""
        n = _norm(name)
        if " " in n or len(n) < 3 or n in _NAME_PARTICLES | _KUNYAS | HONORIFICS:
            return None
        people = [
            b
            for k in self.order
            if (b := self.builders[k]).kind == "person"
            and k.startswith("person|")
            and len(b.name.split()) >= 2
            and b.mentions
            and min(m[0] for m in b.mentions) < start
        ]
        if any(b.surname in (n, _bare_surname(n)) for b in people):
            return None
        firsts = [(b, _norm(b.name).split()[0]) for b in people]
        exact = {id(b): b for b, f in firsts if f == n}
        if exact:
            return next(iter(exact.values())) if len(exact) == 1 else None
        pet = {id(b): b for b, f in firsts if _pet_form(n, f)}
        return next(iter(pet.values())) if len(pet) == 1 else None

    def _bare_state_name(self, owner: _Owner) -> bool:
        """A state named by its name as a plain modifier ("Syria envoy"): not a demonym,
        not a possessive ("Syria's")."""
        named = any(
            s == owner.start and e == owner.end and how == "name"
            for s, e, _entry, how in self.kb_spans
        )
        after = self.doc.text[owner.end : owner.end + 2]
        return named and not after.startswith(("'", "\u2019"))

    def person_mentions(self) -> None:
        full: list[tuple[int, int]] = []
        singles: list[tuple[int, int]] = []
        for s, e in self._name_pieces():
            (full if " " in self.doc.text[s:e].strip() else singles).append((s, e))
        # other entity labels that repeat a known person's name ("Anatoly Bibilov" as ORG)
        names = {_norm(self.doc.text[s:e]) for s, e in full}
        surnames = {n.split()[-1] for n in names}
        # "Nasr al-Hariri ... Hariri": the surname without its Arabic article
        surnames |= {_bare_surname(n) for n in surnames}
        # a person's first name, or a one-word name described as a person's, tagged ORG
        # later: "Ruaa Abu Rashed ... Ruaa says", "Nusayba, Ruaa's mother, ... Nusayba's
        # thoughts" (one sense per name; not a one-word PERSON tag, often a place's)
        firsts = {x.split()[0] for x in names}
        one_word: set[str] = set()
        for ent in self.doc.entities:
            if ent.label in ("ORG", "NORP", "GPE") and (s_e := (ent.start, ent.end)):
                n = _norm(ent.text)
                if n in names or (
                    # "Staffan de Mistura" tagged ORG where "De Mistura" is a PERSON
                    ent.label == "ORG"
                    and len(n.split()) <= 4
                    and any(n.endswith(f" {x}") for x in names if " " in x)
                    and not self._kb_in(ent.start, ent.end)
                ):
                    full.append(s_e)
                elif n in surnames and not self._kb_in(ent.start, ent.end):
                    singles.append(s_e)
                elif (
                    ent.label == "ORG"
                    and (n in firsts or n in one_word)
                    and not self._kb_in(ent.start, ent.end)
                    and not (self.people is not None and self.people.groups(n))
                ):
                    singles.append(s_e)  # ``_first_name_of`` keeps a first name of one bearer
                elif self._person_by_description(ent):
                    (full if " " in n else singles).append(s_e)
                    if " " not in n:
                        one_word.add(n)
        full.extend(self._unlabeled_names())
        full.extend(self._known_untagged_names())
        # a known surname the model left untagged ("Mendes praised ...")
        surnames |= {_norm(self.doc.text[s:e]).split()[-1] for s, e in full}
        for tok in self.doc.tokens:
            if (
                tok.pos in ("PROPN", "NOUN")
                and tok.text[:1].isupper()
                and not tok.ent_type
                and tok.lower in surnames
            ):
                singles.append((tok.start, tok.end))
        # in title-case lines keep only names the body confirms
        body = {
            _norm(self.doc.text[s:e])
            for s, e in full
            if not self._headline_case(self.doc.tokens_in(s, e)[0].sent)
        }
        body_surnames = {n.split()[-1] for n in body}

        def confirmed(s: int, e: int) -> bool:
            if not self._headline_case(self.doc.tokens_in(s, e)[0].sent):
                return True
            n = _norm(self.doc.text[s:e])
            return n in body or n in body_surnames

        full = [(s, e) for s, e in full if confirmed(s, e)]
        singles = [(s, e) for s, e in singles if confirmed(s, e)]
        self._names = sorted(set(full) | set(singles))
        for s, e in sorted(set(full)):
            if self._is_taken(s, e):
                continue
            name = self.doc.text[s:e].strip()
            # "De Mistura" after "Staffan de Mistura": the same person
            longer = [
                k for k in self.order if k.startswith("person|") and k.endswith(f" {_norm(name)}")
            ]
            if len(longer) == 1:
                self._person_context(self.builders[longer[0]], s, e)
                continue
            # "Mrs May" after "Theresa May": an honorific and the surname of one person
            words = _norm(name).split()
            if len(words) == 2 and words[0].rstrip(".") in HONORIFICS | _ADDRESS_WORDS:
                same = [
                    self.builders[k]
                    for k in self.order
                    if self.builders[k].kind == "person" and self.builders[k].surname == words[1]
                ]
                if len(same) != 1 and words[0] in _ADDRESS_WORDS:
                    # "Comrade Oliver" after "Oliver Hall": a form of address and his first name
                    first = self._first_name_of(words[1], s)
                    same = [first] if first is not None else []
                if len(same) == 1:
                    self._person_context(same[0], s, e)
                    continue
            if len(words) == 2:
                # "Ollie Hall" after "Oliver Hall": the surname and a pet form of the first name
                pet = [
                    self.builders[k]
                    for k in self.order
                    if self.builders[k].kind == "person"
                    and k.startswith("person|")
                    and self.builders[k].surname == words[1]
                    and len(_norm(self.builders[k].name).split()) == 2
                    and _pet_form(words[0], _norm(self.builders[k].name).split()[0])
                ]
                if len(pet) == 1:
                    self._person_context(pet[0], s, e)
                    continue
            b = self._builder(f"person|{_norm(name)}", name, "person")
            b.surname = _norm(name).split()[-1]
            self._person_context(b, s, e)
        for s, e in sorted(set(singles)):
            if self._is_taken(s, e):
                continue
            n = _norm(self.doc.text[s:e])
            match = [
                self.builders[k]
                for k in self.order
                if self.builders[k].kind == "person" and self.builders[k].surname == n
            ]
            if not match:
                # "Hariri" after "Nasr al-Hariri": only one bearer of the bare surname
                bare = [
                    self.builders[k]
                    for k in self.order
                    if self.builders[k].kind == "person"
                    and self.builders[k].surname
                    and self.builders[k].surname != n
                    and _bare_surname(self.builders[k].surname or "") == n
                ]
                match = bare if len(bare) == 1 else []
            if not match and (first := self._first_name_of(self.doc.text[s:e], s)):
                match = [first]
            if match:
                self._person_context(match[0], s, e)
            else:
                b = self._builder(f"person|{n}", self.doc.text[s:e].strip(), "person")
                b.surname = n
                self._person_context(b, s, e)

    def _person_by_description(self, ent: Entity) -> bool:
        """A name the model tagged as an organisation, place or people that the text
        describes as a person: an apposition with a person noun ("Begum, a British
        citizen,", "Mahmud, a teacher,") or an honorific before it ("Mrs Begum").  Not a
        name the knowledge base or the groups index knows."""
        toks = self.doc.tokens_in(ent.start, ent.end)
        if (
            not toks
            or len(toks) > 3
            or any(t.pos != "PROPN" or not t.text[:1].isupper() for t in toks)
            or self._kb_in(ent.start, ent.end)
            or self.kb.by_adjective(ent.text) is not None
            or (self.people is not None and self.people.groups(_norm(ent.text)))
        ):
            return False
        first = toks[0]
        if first.i > 0 and self.doc.tokens[first.i - 1].lower.rstrip(".") in HONORIFICS:
            return True
        if first.i > 0 and len(toks) >= 2:
            # "Indonesian police chief Listyo Sigit Prabowo": a person's title right before
            # a full name with no word of an organisation's name
            title = self.doc.tokens[first.i - 1]
            role = self.kb.role(title.lower) if title.tag == "NN" else None
            if (
                role is not None
                and title.text.islower()
                and title.sent == first.sent
                and title.lemma.lower() not in _BODY_NOUNS | _BODY_TITLES
                and title.lower not in _EQUIPMENT_ROLES
                and not any(t.lower in self.kb.role_words for t in toks)
                and not any(t.lower in _ORG_HEAD_SECTORS for t in toks)
            ):
                return True
        head = self._head_token(ent.start, ent.end)
        if head is None:
            return False
        for c in self.doc.children(head.i):
            appos = self.doc.tokens[c]
            lemma = appos.lemma.lower()
            if (
                appos.dep == "appos"
                and appos.tag == "NN"
                and lemma not in _BODY_NOUNS
                and lemma not in _EQUIPMENT_ROLES
                and (self.kb.role(lemma) or self.kb.role(lemma, people_nouns=True))
            ):
                return True
        return False

    def _unlabeled_names(self) -> list[tuple[int, int]]:
        """Names the model missed, right after a role noun: 'counterpart Giorgi Totchiev'."""
        out = []
        toks = self.doc.tokens
        for tok in toks:
            if self.kb.role(tok.lemma.lower()) is None and self.kb.role(tok.lower) is None:
                continue
            j = tok.i + 1
            while j < len(toks) and toks[j].text in _QUOTE_CHARS:
                j += 1
            run = []
            while (
                j < len(toks)
                and toks[j].tag == "NNP"
                and toks[j].text[:1].isupper()
                and not toks[j].ent_type
                and toks[j].sent == tok.sent
            ):
                run.append(toks[j])
                j += 1
            if len(run) >= 2 and not self._kb_in(run[0].start, run[-1].end):
                out.append((run[0].start, run[-1].end))
        return out

    def _known_untagged_names(self) -> list[tuple[int, int]]:
        """Full names the people index knows that the model left untagged or tagged as
        something else ("Recep Tayyip Erdoğan" after "Trump and"): runs of two or more
        capitalised proper nouns, the longest one that is a known person's name."""
        if self.people is None:
            return []
        out: list[tuple[int, int]] = []
        toks = self.doc.tokens
        i = 0
        while i < len(toks):
            run: list[Token] = []
            j = i
            while (
                j < len(toks)
                and toks[j].tag == "NNP"
                and toks[j].text[:1].isupper()
                and toks[j].ent_type != "PERSON"
                and (not run or toks[j].sent == run[0].sent)
            ):
                run.append(toks[j])
                j += 1
            i = max(j, i + 1)
            if len(run) < 2:
                continue
            found = self._longest_known_name(run)
            if found is not None:
                out.append(found)
        return out

    def _longest_known_name(self, run: list[Token]) -> tuple[int, int] | None:
        assert self.people is not None
        for n in range(len(run), 1, -1):
            for a in range(0, len(run) - n + 1):
                s, e = run[a].start, run[a + n - 1].end
                if self._kb_in(s, e) or not self.people.lookup(self.doc.text[s:e]):
                    continue
                return s, e
        return None

    def _person_context(self, b: _Builder, s: int, e: int) -> None:
        head = self._head_token(s, e)
        toks = self.doc.tokens_in(s, e)
        if head is None or not toks:
            return
        title = self._title_tokens(toks[0])
        start = title[0].start if title else s
        # "Russian President Vladimir Putin" is one mention; the name alone marks subjects
        code, sector, office, affiliation, role = self._describe(title)
        after = self._of_country(toks[-1]) if role else None
        if after is not None and not any(
            o.kind == "state" for o in self._owners(title[0].start, title[-1].end)
        ):
            # "King Hassan of Morocco": the country after the name is the title's
            code, affiliation = after.code, after.id
            sector = [*sector, *(["PRE"] if "PRE" in after.sector else [])]
        if not role and not code:
            described = self._describe(self._appos_tokens(head))
            if (
                described[4] is not None
                and (self.kb.role(described[4]) is None or "ELI" in described[1])
                and self._in_office(self.doc.text[s:e])
            ):
                # "Erdogan, himself a one-time prison inmate", "..., a former mayor": a noun
                # for people or a past post says nothing against the office held then
                described = (None, [], None, None, None)
            if described[4] is not None:  # an apposition tells an office only with a role
                code, sector, office, affiliation, role = described
            start = s
        if role == "representative" and code and office and "GOV" not in sector:
            sector = [*_diplomatic_sector(office), *sector]
        b.absorb(code, sector, office, affiliation, role)
        subject = self._is_subject(head) or any(self._is_subject(t) for t in title)
        how = "person, title" if title else "person, apposition" if code or role else "person"
        self._mention(b, start if title else s, e, subject, how)

    def _in_office(self, name: str) -> bool:
        """Whether the people index knows one holding an office on the article's date by
        this name or alias (a surname shared with an official is not enough: "Paul")."""
        if self.people is None:
            return False
        found = self.people.lookup(_norm(name))
        return any(p.office_on(self.when) is not None for p in found)

    def _of_country(self, last: Token) -> KBEntry | None:
        """The country or disputed entity named right after a token by "of (the)"."""
        toks = self.doc.tokens
        j = last.i + 1
        if j >= len(toks) or toks[j].lower != "of" or toks[j].sent != last.sent:
            return None
        j += 1
        if j < len(toks) and toks[j].lower == "the":
            j += 1
        if j >= len(toks):
            return None
        for s, e, entry, how in self._kb_in(toks[j].start, self.doc.sentences[last.sent].end):
            if s == toks[j].start and how == "name" and entry.kind in ("country", "disputed"):
                return None if self._not_membership(s, e) else entry
        return None

    # -- 2a. where private people come from ---------------------------------
    def _article_places(self) -> list[Place]:
        """The article's resolved places, found on first need."""
        if self._places is None:
            from newsevents.resolve.places import find_places

            self._places = find_places(self.doc, kb=self.kb)
        return self._places

    # -- 2b. organisations and peoples the knowledge base does not know -----
    def organisation_mentions(self) -> None:
        """ORG entities ("the ACLU", "Gazprom") and peoples used as nouns ("Palestinians").

        Without a knowledge-base entry they get no code, but events they take part
        in keep a participant instead of losing it.
        """
        for ent in self.doc.entities:
            label = "ORG" if self._group_not_person(ent) else ent.label
            if self._people_not_person(ent):
                label = "NORP"  # "Bosnian Serbs" tagged as a person
            if label not in ("ORG", "NORP") or self._is_taken(ent.start, ent.end):
                continue
            toks = self.doc.tokens_in(ent.start, ent.end)
            if not toks or self._headline_case(toks[0].sent):
                continue
            head = self._head_token(ent.start, ent.end)
            if head is None:
                continue
            if head.dep in ("compound", "amod", "nmod") and not (
                label == "ORG" and self._group_on_act(ent, head)
            ):
                continue  # "Gazprom chief", "the Russian side": a modifier
            if label == "ORG" and head.lemma.lower() in _GOVERNMENT_NOUNS:
                continue  # "the Trump administration": a government noun, for the role pass
            if (
                label == "ORG"
                and all(t.lower == "the" or t.text.islower() for t in toks)
                and self.kb.role(head.lemma.lower()) is not None
            ):
                continue  # "the navy" tagged ORG: a lowercase role noun, for the role pass
            start, ent_end = ent.start, ent.end
            if label == "ORG":
                start, ent_end = self._known_group_span(toks)
                if self._is_taken(start, ent_end):
                    continue
                toks = self.doc.tokens_in(start, ent_end)
            if toks[0].lower == "the":
                start = toks[1].start if len(toks) > 1 else start
            poss = re.search(r"['\u2019]s?$", self.doc.text[start:ent_end])
            if label == "ORG" and poss:
                ent_end = start + poss.start()  # "Isis's": the model kept the possessive
            text = self.doc.text[start:ent_end]
            if label == "NORP":
                role = self.kb.role(head.lower) or self.kb.role(head.lemma.lower())
                if role is not None and role.sector and len(toks) > 1:
                    continue  # "US Marines": a role noun after the demonym, for the role pass
                # a people as a noun: "Palestinians protested" -> its country
                if head.pos not in ("NOUN", "PROPN") or head.dep not in _ARGUMENT_DEPS | {
                    "pobj",
                    "conj",
                }:
                    continue
                entry = self._people_country(text, head)
                if entry is None:
                    continue
                if entry.kind == "ethnic":  # "ethnic Albanians": not Albania's
                    own = self.kb.get(entry.id)
                    states = tuple(
                        c for c in self.kb.country_codes() if own is None or c != own.code
                    )
                    here, blocked = self._people_state(head, states, ethnic=True)
                    key = f"people|{_norm(text)}" + (f"|{here}" if here else "")
                    b = self._builder(key, text, "group")
                    if here is not None:
                        placed = self.kb.by_code(here)
                        b.absorb(here, [], None, placed.id if placed else here, None)
                        b.filled.append("ethnic people: the state the sentence places them in")
                    elif not blocked:
                        self._open_peoples.append((b, states))
                else:
                    b = self._builder(f"people|{entry.id}", text, "group")
                    sector = [s for s in entry.sector if s == "PRE"]
                    b.absorb(entry.code, sector, None, entry.id, None)
            else:
                # "the International Rescue Committee ... the IRC": the one named before
                named, how = self._acronym_of(text, start), "acronym"
                after = self.doc.tokens_in(ent_end, ent_end + 3)
                if named is None and (poss or (after and after[0].tag == "POS")):
                    # "Baghdadi's men": only a possessive, as a person's other mentions would
                    # start chains of pronouns the organisation reading had left alone
                    named, how = self._person_by_surname(text), "person's surname"
                if named is not None:
                    self._mention(named, start, ent_end, self._is_subject(head), how)
                    continue
                b = self._builder(f"org|{_norm(text)}", text, "organisation")
                b.name_country = b.name_country or self._org_country(start, ent_end, head)
            self._mention(b, start, ent_end, self._is_subject(head), label.lower())

    def untagged_state_bodies(self) -> None:
        """A capitalised name the model tagged as nothing, opened by a country's name or
        demonym and closed by a state body's noun: "the Kenya Anti-Corruption Commission"
        (KEN GOV), "the Ghana Police Service".  The head noun is the evidence of a state
        body; companies and charities ("Kenya Airways") have other heads."""
        for start, _end, entry, how in self.kb_spans:
            if entry.kind not in ("country", "disputed") or how not in ("name", "adjective"):
                continue
            first = self._head_token(start, _end)
            if first is None or first.dep not in ("compound", "amod") or first.head <= first.i:
                continue
            head = self.doc.tokens[first.head]
            if head.lemma.lower() not in _STATE_BODY_HEADS or not head.text[:1].isupper():
                continue
            run = self.doc.tokens[first.i : head.i + 1]
            # one unbroken name: capitalised words and hyphens, no entity but the country
            if any(t.ent_type not in ("", "NORP", "GPE") for t in run) or any(
                not (t.text[:1].isupper() or t.text in ("-", "\u2010", "\u2011")) for t in run
            ):
                continue
            end = head.end
            if self._is_taken(start, end) or self._not_membership(start, _end):
                continue
            found = self._org_country(start, end, head)
            if found is None:
                continue
            text = self.doc.text[start:end]
            b = self._builder(f"org|{_norm(text)}", text, "organisation")
            b.name_country = b.name_country or found
            self._mention(b, start, end, self._is_subject(head), "state body's name")

    def untagged_group_names(self) -> None:
        """A group's name from the groups index in running text that the model tagged as no
        organisation ("The Polisario Front attacked", "the Haqqani network", "the CJNG"): a
        name of several words opened by a capitalised one, or an acronym of three letters or
        more.  A one-word name that is also a common word ("Tigers") needs the tagger."""
        if self.people is None:
            return
        toks = self.doc.tokens
        wide = {"PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
        for tok in toks:
            if (
                not tok.text[:1].isupper()
                or tok.lower == "the"
                or self._is_taken(tok.start, tok.end)
            ):
                continue
            if self._headline_case(tok.sent):
                continue
            prev = toks[tok.i - 1] if tok.i > 0 else None
            if (
                prev is not None
                and prev.sent == tok.sent
                and prev.text[:1].isupper()
                and prev.pos != "DET"
            ):
                continue  # inside a longer name: "the Iraqi Islamic Party"
            last = tok.i
            while last + 1 < len(toks) and last - tok.i < 5 and toks[last + 1].sent == tok.sent:
                last += 1
            for j in range(last, tok.i - 1, -1):
                end_tok = toks[j]
                span = toks[tok.i : j + 1]
                if end_tok.pos not in ("NOUN", "PROPN") or self._is_taken(tok.start, end_tok.end):
                    continue
                if len(span) == 1 and not (
                    len(tok.text) >= 3 and tok.text.isupper() and tok.text.isalpha()
                ):
                    continue
                # every word capitalised, but for a last noun ("the Haqqani network") that
                # is no role ("US military", "Houthi rebels": roles with an owner)
                if any(not t.text[:1].isupper() for t in span[:-1]):
                    continue
                role = self.kb.role(end_tok.lower) or self.kb.role(end_tok.lemma.lower())
                owned = any(m[0] == tok.start for m in self.kb_spans)
                if role is not None and (owned or not end_tok.text[:1].isupper()):
                    continue  # "the US President": a state's role, for the role pass
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                if nxt is not None and (
                    (nxt.pos == "PROPN" and nxt.text[:1].isupper())
                    or (nxt.start == end_tok.end and nxt.text[:1] in "/\\")
                ):
                    continue  # part of a longer name: "Islamic State Province", "SPLM/A"
                if any(
                    e.label in wide and e.start < end_tok.end and e.end > tok.start
                    for e in self.doc.entities
                ):
                    continue  # another kind of name: "Islamic State Street", "Iraqi Kurdistan"
                text = self.doc.text[tok.start : end_tok.end]
                # a state's group ("National Security Council") where the article names
                # that state: names of common words recur in many states
                groups = [
                    g
                    for g in self.people.groups(text)
                    if g.code
                    and g.kind in ("armed", "organisation")  # "the NGO" is no name
                    and self.kb.region(text) is None  # a place: "Iraqi Kurdistan"
                    and (self.kb.by_code(g.code) is None or g.code in self.named_codes)
                ]
                if not groups:
                    continue
                head = self._head_token(tok.start, end_tok.end)
                if head is None or head.dep in ("compound", "amod", "nmod"):
                    break  # "Haqqani network fighters": an owner, for the role pass
                b = self._builder(f"org|{_norm(text)}", text, "organisation")
                self._mention(b, tok.start, end_tok.end, self._is_subject(head), "untagged group")
                break

    def repeated_group_names(self) -> None:
        """A group's name the model tagged elsewhere in the article but not here ("Isis has
        already changed skins"): the same group (one sense per discourse), where the name
        stands alone as an argument.  Only names of the groups index with a code."""
        names: dict[str, _Builder] = {}
        for b in list(self.builders.values()):
            if not b.key.startswith("org|") or self.people is None:
                continue
            groups = self.people.groups(b.name)
            if not groups or not groups[0].code:
                continue
            for _s, _e, text, _x in b.mentions:
                if text[:1].isupper() and " " not in text.strip():
                    names.setdefault(text, b)
        ents = self.doc.entities
        for tok in self.doc.tokens:
            group = names.get(tok.text)
            if group is None or self._is_taken(tok.start, tok.end):
                continue
            if tok.dep not in _ARGUMENT_DEPS | {"pobj", "conj"} or tok.ent_type:
                continue  # a modifier ("Isis fighters") or a name the model read otherwise
            if any(e.start <= tok.start < e.end for e in ents):
                continue
            self._mention(group, tok.start, tok.end, self._is_subject(tok), "org, named before")

    def _person_by_surname(self, text: str) -> _Builder | None:
        """A one-word name tagged as an organisation that is the surname of the one coded or
        known person the article names by it ("Abu Bakr al-Baghdadi ... Baghdadi's men"); not a
        name the groups index knows."""
        n = _norm(text)
        if " " in n or (self.people is not None and self.people.groups(text)):
            return None
        found = [
            b
            for b in self.builders.values()
            if b.kind == "person"
            and (b.code or (self.people is not None and self.people.lookup(_norm(b.name))))
            and b.surname
            and n in (b.surname, _bare_surname(b.surname))
        ]
        return found[0] if len(found) == 1 else None

    def _acronym_of(self, text: str, start: int) -> _Builder | None:
        """The one coded organisation named before ``start`` whose name's initials ``text``
        spells ("IRC" after "International Rescue Committee"); None for no or several."""
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return None
        found: dict[int, _Builder] = {}
        for b in self.builders.values():
            if not b.code or b.kind == "person" or not any(m[0] < start for m in b.mentions):
                continue
            for name in {b.name, *(t for s, _e, t, _x in b.mentions if s < start)}:
                words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
                if len(words) >= 2 and "".join(w[0] for w in words) == text:
                    found[id(b)] = b
        return next(iter(found.values())) if len(found) == 1 else None

    def _group_on_act(self, ent: Entity, head: Token) -> bool:
        """A known group's name on a noun that is no role or people noun: "a Taliban
        attack", "Hamas rockets", "an al-Shabaab ambush".  The group is the doer the event
        coder finds inside the noun phrase, as a demonym is ("an Israeli strike")."""
        if self.people is None or head.head == head.i:
            return False
        noun = self.doc.tokens[head.head]
        if noun.pos != "NOUN" or noun.ent_type or noun.i < head.i:
            return False
        lemma = noun.lemma.lower()
        if self.kb.role(lemma) is not None or self.kb.role(lemma, people_nouns=True) is not None:
            return False  # "Taliban fighters", "Hamas officials": the role pass's
        kinds = {g.kind for g in self.people.groups(_no_article(_norm(ent.text)))}
        # an international body's own acts and texts: "a Security Council resolution",
        # "an EU decision" name the body that made them
        return "armed" in kinds or ("igo" in kinds and lemma in _BODY_ACT_NOUNS)

    def _people_not_person(self, ent: Entity) -> bool:
        """A PERSON entity of peoples' words only, the last plural: "Bosnian Serbs",
        "Iraqi Kurds" name no one."""
        words = _no_article(ent.text).split()
        return (
            ent.label == "PERSON"
            and len(words) > 1
            and words[-1].endswith("s")
            and all(self.kb.by_adjective(w) is not None or self.kb.people_states(w) for w in words)
        )

    def _possessing_state(self, start: int) -> str | None:
        """The code of the state whose possessive comes right before ``start`` ("Ukraine's
        Azov", "Sudan's RSF"): a state owns groups and bodies, not people by their bare
        name."""
        toks = self.doc.tokens_in(0, start)
        if len(toks) < 2 or toks[-1].tag != "POS":
            return None
        found = None
        for _s, e, entry, _how in self.kb_spans:
            if e == toks[-1].start and entry.kind in ("country", "disputed"):
                found = entry.code
        return found

    def _group_not_person(self, ent: Entity) -> bool:
        """A PERSON entity that is an armed group's or organisation's name of two words or
        more, or a plural one ("the Houthis"), and no known person's ("Jabhat al-Nusra",
        "Boko Haram"); or a NORP entity that names a group, not a people ("Islamic State"); or
        a GPE entity that is a known organisation's or company's name and no place the KB or
        the gazetteer knows ("the head of Gazprom")."""
        if ent.label not in ("PERSON", "NORP", "GPE") or self.people is None:
            return False
        text = _no_article(_norm(ent.text))
        if ent.label == "GPE":
            head = self._head_token(ent.start, ent.end)
            return (
                head is not None
                and self.kb.by_name(text) is None
                and self.kb.region(text) is None
                and not any(p.start < ent.end and p.end > ent.start for p in self._article_places())
                and any(
                    g.kind in ("armed", "organisation", "company") and g.code
                    for g in self.people.groups(text)
                )
            )
        if ent.label == "NORP":
            return self.kb.by_adjective(text) is None and any(
                g.kind in ("armed", "organisation") for g in self.people.groups(text)
            )
        if (
            " " not in text
            and "-" not in text
            and not text.endswith("s")
            and self._possessing_state(ent.start) is None
        ):
            return False
        return not self.people.lookup(text) and any(
            g.kind in ("armed", "organisation") for g in self.people.groups(text)
        )

    def _known_group_span(self, toks: list[Token]) -> tuple[int, int]:
        """An organisation entity the model cut short ("the Lord's [Resistance Army]",
        "[Liberation Tigers] of Tamil Eelam"), widened over up to four words on either side
        of the sentence to the longest name the groups index knows; else as tagged."""
        start, end = toks[0].start, toks[-1].end
        if self.people is None:
            return start, end
        sent = self.doc.sentences[toks[0].sent]
        if self.people.groups(self.doc.text[start:end]):
            # a known name that is the end of a longer one of capitalised words ("the
            # Pakistani Taliban": Tehrik-i-Taliban Pakistan, not the Afghan Taliban)
            for i in range(max(sent.first, toks[0].i - 3), toks[0].i):
                extra = self.doc.tokens[i : toks[0].i]
                if all(t.text[:1].isupper() and t.lower != "the" for t in extra) and (
                    self.people.groups(self.doc.text[extra[0].start : end])
                ):
                    return extra[0].start, end
            return start, end
        best: tuple[int, int] | None = None
        for i in range(max(sent.first, toks[0].i - 4), toks[0].i + 1):
            for j in range(toks[-1].i, min(sent.last, toks[-1].i + 5)):
                a, b = self.doc.tokens[i].start, self.doc.tokens[j].end
                if (best is None or b - a > best[1] - best[0]) and self.people.groups(
                    self.doc.text[a:b]
                ):
                    best = (a, b)
        if best is None:
            # "the Kurdish [Syrian Democratic Forces]": a qualifier the model took in
            for k in range(1, len(toks) - 1):
                if self.people.groups(self.doc.text[toks[k].start : end]):
                    return toks[k].start, end
            # "the Afghan Taliban", "Lebanese Hezbollah": a one-word name after its own
            # country's demonym (a name that is also a word needs the country to agree)
            last = toks[-1]
            codes = (
                {
                    entry.code
                    for s, e, entry, _how in self.kb_spans
                    if entry.kind == "country" and start <= s and e == toks[-2].end
                }
                if len(toks) >= 2
                else set()
            )
            if any(g.code in codes for g in self.people.groups(last.text)):
                return last.start, end
        return best or (start, end)

    def _org_country(
        self, start: int, end: int, head: Token
    ) -> tuple[KBEntry, tuple[str, ...]] | None:
        """The state an organisation's own name places it in, with the sector of its head
        noun: a country, demonym or capital first ("Nigerian Union of Teachers": NGA LAB,
        "Latvian Constitutional Court": LVA JUD), "of COUNTRY" last ("Central Bank of
        Kenya"), or a possessive owner ("Ivory Coast's Supreme Court")."""
        found: KBEntry | None = None
        inside = [
            m for m in self._kb_in(start, end) if m[2].kind in ("country", "disputed", "capital")
        ]
        first = self.doc.tokens_in(start, end)
        bodies = [m for m in self._kb_in(start, end) if m[2].kind in ("igo", "ngo")]
        if inside and first and inside[0][0] == first[0].start:
            found = inside[0][2]
        elif bodies and first and bodies[0][0] == first[0].start and not inside:
            # "the United Nations Emergency Relief Coordinator": a body of the UN
            found = bodies[0][2]
        elif inside and inside[-1][1] == end:
            before = self.doc.tokens_in(inside[-1][0], inside[-1][0] + 1)
            k = before[0].i - 1 if before else -1
            if k > 0 and self.doc.tokens[k].lower == "the":
                k -= 1
            if k >= 0 and self.doc.tokens[k].lower == "of":
                found = inside[-1][2]
        if found is None:
            for c in self.doc.children(head.i):
                if self.doc.tokens[c].dep != "poss" or c > head.i:
                    continue
                sub = sorted(self.doc.subtree(c))
                span = (self.doc.tokens[sub[0]].start, self.doc.tokens[sub[-1]].end)
                owned = [m for m in self._kb_in(*span) if m[2].kind in ("country", "disputed")]
                found = owned[0][2] if owned else None
        if found is None and head.i + 1 < len(self.doc.tokens):
            # "the Supreme Court of Pakistan" where the model's name stops before "of"
            prep = self.doc.tokens[head.i + 1]
            if prep.lower == "of" and prep.head == head.i and prep.start >= end - 1:
                objs = [c for c in self.doc.children(prep.i) if self.doc.tokens[c].dep == "pobj"]
                if objs:
                    obj = self.doc.tokens[objs[0]]
                    owned = [
                        m
                        for m in self._kb_in(obj.start, obj.end)
                        if m[2].kind in ("country", "disputed")
                    ]
                    found = owned[0][2] if owned else None
        if found is None or any(self._not_membership(s, e) for s, e, _x, _y in inside):
            return None
        if found.kind == "capital" and "PRE" not in found.sector:
            found = self.kb.by_code(found.code) or found  # "Tehran University": Iran
        sector: tuple[str, ...] = ()
        if head.i > 0 and self.doc.tokens[head.i - 1].head == head.i:
            # "the Saudi Press Agency": the noun before the head says what kind ("press
            # agency" JRN, not a state "agency")
            pair = self.kb.role(f"{self.doc.tokens[head.i - 1].lower} {head.lower}")
            sector = pair.sector if pair is not None and " " in pair.name else ()
        sector = (
            sector or org_head_sector(self.kb, head.lemma) or org_head_sector(self.kb, head.lower)
        )
        if not sector and head.lower in BUSINESS_HEADS and found.kind != "igo":
            sector = ("BUS",)  # "Kenya Power", "Rwanda Air": a firm of that state
        named = [t for t in self.doc.tokens_in(start, end) if t.lower != "the"]
        state = self.kb.by_name(" ".join(t.text for t in named[2:])) if len(named) > 2 else None
        if (
            state is not None  # three words at least
            and head.lower == "bank"
            and named[0].i == head.i
            and named[1].lower == "of"
            and state.kind == "country"
            and state.code not in COMMERCIAL_BANK_OF
        ):
            sector = ("GOV",)  # bare "Bank of Ghana": the central bank, not a lender
        if "PRE" in found.sector:
            sector = (*sector, "PRE")
        if found.kind in ("igo", "ngo"):
            # a body of the UN is no state's government: its own sector, or the head's
            sector = tuple(x for x in sector if x != "GOV") or found.sector
        return found, sector

    def _people_country(self, text: str, head: Token) -> KBEntry | None:
        """Where a people named as a noun lives (PLOVER codes ethnic groups by country of
        residence): a country after "in"/"of" ("the Albanians of southern Serbia"), else a
        country adjective before the people ("Iraqi Kurds", "Bosnian Serbs"), else the
        people's own country unless the text calls it ethnic ("ethnic Turks" live
        elsewhere: returned as a pseudo-entry of kind "ethnic", no code)."""
        for c in self.doc.children(head.i):
            prep = self.doc.tokens[c]
            if prep.dep != "prep" or prep.lower not in ("in", "of"):
                continue
            for pobj in self.doc.children(prep.i):
                sub = sorted(self.doc.subtree(pobj))
                span = (self.doc.tokens[sub[0]].start, self.doc.tokens[sub[-1]].end)
                for _s, _e, entry, how in self._kb_in(*span):
                    if how == "name" and entry.kind in ("country", "disputed"):
                        return entry
        for c in self.doc.children(head.i):  # "Iraqi Kurds" tagged as two entities
            mod = self.doc.tokens[c]
            if c < head.i and mod.dep in ("amod", "compound"):
                found = self.kb.by_adjective(mod.text)
                if found is not None and found.kind in ("country", "disputed"):
                    return found
        words = text.split()
        if words and words[0].lower() == "ethnic":
            words = words[1:]
        ethnic = any(
            self.doc.tokens[j].lower == "ethnic"
            for j in range(max(0, head.i - 3), head.i)
            if self.doc.tokens[j].sent == head.sent
        )
        if len(words) > 1 and (head.tag == "NNPS" or words[-1].endswith("s")):
            first = self.kb.by_adjective(" ".join(words[:-1]))
            if first is not None:
                return first
        if ethnic:
            whole = self.kb.by_adjective(" ".join(words))
            if whole is None:
                return None
            return KBEntry(whole.id, whole.name, "ethnic", "", (), None, None, None)
        return self.kb.by_adjective(" ".join(words))

    # -- 3. role nouns ------------------------------------------------------
    def role_mentions(self) -> None:
        for tok in self.doc.tokens:
            if tok.pos not in ("NOUN", "PROPN") or self._is_taken(tok.start, tok.end):
                continue
            ante = self._definite(tok)
            if ante is not None:
                # from the article: "the group", "the militant group"
                dets = [
                    d
                    for c in self.doc.children(tok.i)
                    if (d := self.doc.tokens[c]).lower == "the" and c < tok.i
                ]
                start = dets[0].start if dets else tok.start
                self._mention(ante, start, tok.end, self._is_subject(tok), "the NOUN -> named")
                continue
            role = self.kb.role(tok.lemma.lower()) or self.kb.role(tok.lower)
            if role is None and tok.i > 0 and self.doc.tokens[tok.i - 1].head == tok.i:
                # a role of two words: "coast guard", "state media"
                role = self.kb.role(f"{self.doc.tokens[tok.i - 1].lower} {tok.lower}")
            if role is None and (split := self._hyphen_prefix(tok)) is not None:
                role = self.kb.role(f"{split.lower}-{tok.lower}")  # "film-maker" split
            # a noun for people in general ("men") is an actor only with a country (below)
            generic = role is None
            role = role or self.kb.role(tok.lemma.lower(), people_nouns=True)
            if role is None:
                # a compound the agents table knows whole: "border patrol agents"
                role = self._compound_agent(tok)
                generic = False
            group_men = role is None and self._group_named_men(tok)
            if group_men:
                # "Isis snipers", "al-Shabaab bombers": armed men the KB has no role for,
                # owned by the group named before them (kept only with that owner, below)
                role = Role(tok.lemma.lower(), (), False, needs_owner=True)
            if role is None:
                continue
            if tok.dep == "compound" and self.doc.tokens[tok.head].ent_type == "PERSON":
                continue  # a title before a name, handled with the person
            prefix = self._hyphen_prefix(tok)
            if (
                prefix is None
                and tok.i > 0
                and self.doc.tokens[tok.i - 1].text == "-"
                and tok.start == (self.doc.tokens[tok.i - 1].end)
            ):
                continue  # "Russian-speakers", "English-speakers": not the role
            words = [
                self.doc.tokens[j]
                for j in self.doc.subtree(tok.i)
                if j == tok.i
                or (
                    j < tok.i
                    and (
                        self.doc.tokens[j].dep
                        in ("amod", "compound", "nmod", "nummod", "poss", "det", "punct")
                        # the possessive marker of "Sudan's government": the possessor owns it
                        or self.doc.tokens[j].tag == "POS"
                    )
                )
            ]
            if prefix is not None:
                # "Peru's ex-president": the prefix and its own modifiers belong to the role
                mods = ("amod", "compound", "poss", "det")
                words += [
                    self.doc.tokens[j]
                    for j in self.doc.subtree(prefix.i)
                    if j < prefix.i
                    and (self.doc.tokens[j].dep in mods or self.doc.tokens[j].tag == "POS")
                ]
                words += [prefix, *self.doc.tokens[prefix.i + 1 : tok.i + 1]]
                words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
            # keep the contiguous run ending at the role noun
            run: list[Token] = []
            for t in reversed(words):
                if run and t.i != run[0].i - 1:
                    break
                other = self.kb.role(t.lower) if t.i != tok.i else None
                if other is not None and other.leader:
                    whole = self.kb.role(_joined(list(self.doc.tokens[t.i : tok.i + 1])))
                    # "chief justice" is one role with its "chief"
                    if whole is None or whole.name.split()[0] != t.lower:
                        break  # "President Hosts Transnistrian Leader": another's title
                run.insert(0, t)
            while run and (run[0].pos in ("DET", "PUNCT") or run[0].tag == "PRP$"):
                run.pop(0)
            if not run:
                continue
            if run[0].dep == "amod" and run[0].lemma.lower() == "bear":
                # "a London-born woman": the place the participle hangs on opens the phrase
                first = min(self.doc.subtree(run[0].i))
                run = [*self.doc.tokens[first : run[0].i], *run]
            run = self._coordinated_states(run, tok)
            tail = self._of_tail(tok)  # "chief of army staff": the role runs past its noun
            code, sector, office, affiliation, role_name = self._describe([*run, *tail])
            if not sector and role_name == "member" and self._of_kin(tok):
                sector = ["CVL"]  # "15 members of the same family": private people
            if group_men and (code not in _NON_STATES or "REB" not in sector):
                continue  # "US snipers", "B-52 bombers": no armed group of no state owns them
            ex_members = (
                not role.sector
                and "ELI" in sector
                and (
                    (code in _NON_STATES and "REB" in sector)
                    or (code is None and self._of_armed_group(tok))
                )
            )
            if ex_members:
                # "former Isis members", "former members of the group": ELI is for a state's
                # ex-officials; a sectorless noun's ex-members of an armed group are the
                # group's own (REB from the owner, or from "the group" once resolved)
                sector = [s for s in sector if s != "ELI"]
            if self.refugee_people(run, tok, sector):
                sector = ["REF"]  # "refugee families": refugees, never placed where they are
            if code is None:
                leader = self._led_by_state(run)
                if leader is not None:  # "Vietnamese-led forces", "US-led troops"
                    code, affiliation = leader.code, leader.id
            if code is None and len(run) == 1 and sector and set(sector) <= STATE_SECTORS:
                code, affiliation = self._conjunct_owner(tok) or (None, None)
            if code is None and role_name is not None:
                post = self._post_owner(tok, role_name, sector)
                if post is not None:
                    code, affiliation, sector = _owned(post, sector)
            opposition_of = None
            if (
                code is None
                and len(run) == 1
                and sector == ["OPP"]
                and tok.dep not in ("compound", "amod", "nmod")  # "opposition groups"
            ):
                # "the regime and opposition", "the opposition's demands" after "the Syrian
                # opposition": a country's opposition is domestic
                code = affiliation = opposition_of = self._opposition_state(tok)
            if code is None and any(
                t.lower == "regime" and t.i != tok.i and not _after_hyphen(self.doc, t) for t in run
            ):
                # "regime forces" after "the Syrian regime": that regime's
                code = self._regime_code(run[0].start)
                affiliation = code
            ethnic = any(t.lower == "ethnic" for t in run)
            if ethnic:
                # "ethnic Albanian guerrillas" live elsewhere: no country from the adjective
                code = affiliation = None
            people_states: tuple[str, ...] = ()
            blocked_states: tuple[str, ...] = ()
            people_key = ""
            if code is None and not ethnic:
                found_people = self._people_in(run, tok)
                if found_people is not None:
                    adj, people_states = found_people
                    run = [*self.doc.tokens[adj.i : run[0].i], *run]
                    here, blocked = self._people_state(tok, people_states)
                    if here is not None:
                        entry = self.kb.by_code(here)
                        code, affiliation = here, entry.id if entry else here
                        people_key = "|here"
                    elif blocked:
                        # another of its states is a party: left open, unless the article's
                        # other actors of the people have another of its states (below)
                        blocked_states = people_states
                        people_states = ()
                        people_key = f"|open@{tok.start}"
                    # a people's armed men are no state's army, nor its pro-government
                    # militia ("Kurdish militias" fight the states they live in)
                    sector = ["REB" if s in ("MIL", "PRM") else s for s in sector]
            elif code is None:
                # "ethnic Albanian guerrillas" live outside Albania: the state the sentence
                # places them in, else (below) the article's focus when it is not Albania
                people_states = self._ethnic_states(run)
                here, blocked = self._people_state(tok, people_states, ethnic=True)
                if here is not None:
                    entry = self.kb.by_code(here)
                    code, affiliation = here, entry.id if entry else here
                    people_key = "|here"
                elif blocked:
                    people_states = ()
                people_key = people_key or f"|open@{tok.start}"
            origin = None
            if (
                code is None
                and not ethnic
                and not people_states  # "Kurdish forces and troops from Britain"
                and not set(sector) & STATE_SECTORS - {"GOV"}
            ):
                # "a man from Leeds", "refugees from Aleppo": where they come from
                origin = self._origin(tok) or self._origin_clause(tok)
                if origin is not None:
                    entry = self.kb.by_code(origin.code or "")
                    code, affiliation = origin.code, entry.id if entry else origin.code
            if code is None and not ethnic and not people_states:
                # "an Istanbul court", "Kano police": a body named by the city it serves
                seat = self._seat_modifier(run, tok, sector)
                if seat is not None:
                    entry = self.kb.by_code(seat.code or "")
                    code, affiliation = seat.code, entry.id if entry else seat.code
                    origin = seat
            if role.needs_owner and code is None:
                continue  # "the tycoon", "oligarchs": an agents-table noun, only with an owner
            start, end = run[0].start, (tail[-1].end if tail else tok.end)
            plural = tok.tag in ("NNS", "NNPS")
            # a body ("the cabinet", "the regime") is never one person
            one = not plural and tok.lemma.lower() not in _GOVERNMENT_NOUNS
            target = self._appositive_person(tok) if one else None
            if target is not None and code is not None and target.code not in (None, code):
                target = None  # "the UK ambassador to the UN, X" coded UNO: not the same
            elif (
                target is not None
                and code is not None
                and target.code is None
                # a kin or people noun ("X, Masoud's father") says no role: a person the
                # people index knows keeps the office it gives (known_entities)
                and not (generic and self.people and self.people.lookup(_norm(target.name)))
            ):
                # "Ian Blackford, leader of the SNP": the apposition says who the person is
                target.absorb(code, sector, office, affiliation, role_name)
                target.filled.append("appositive role")
            if target is None and one:
                target = self._match_person(affiliation, role_name, start)
            if target is None and one and code is None:
                target = self._same_role(tok, role_name)
            if target is not None:
                self._mention(target, start, end, self._is_subject(tok), "role noun -> person")
                continue
            # "Kurdish forces": a qualifier the KB does not know; no country, not the focus's
            qualified = ethnic or (
                code is None
                and (
                    any(
                        t.ent_type in ("NORP", "GPE", "ORG")
                        # a faith is no nationality: "Sunni tribesmen" are placed as
                        # private people are
                        and not (t.lower in _FAITH_WORDS and set(sector) <= _PLACED_SECTORS)
                        for t in run
                        if t.i != tok.i
                    )
                    or role_name in _EQUIPMENT_ROLES
                    # "its leaders", "our forces": whose is said elsewhere (or by the speaker),
                    # not necessarily the focus country's
                    or any(
                        self.doc.tokens[c].lower in _POSSESSIVES for c in self.doc.children(tok.i)
                    )
                )
            )
            if generic and code is None:
                # "her husband, a Tunisian fighter": the apposition says who they are
                for c in self.doc.children(tok.i):
                    appos = self.doc.tokens[c]
                    if appos.dep != "appos" or self.kb.role(appos.lemma.lower()) is None:
                        continue
                    words = [
                        self.doc.tokens[j]
                        for j in self.doc.subtree(c)
                        if j <= c and self.doc.tokens[j].dep not in _CLAUSE_DEPS
                    ]
                    found = self._describe(words)
                    if found[4] is not None and found[1]:
                        code, sector, _office, affiliation, _role = found
                        generic = False
                        break
            if code is None and generic and tok.dep in ("compound", "amod", "nmod", "poss"):
                continue  # "the children's hospital": a modifier, no participant
            if (
                generic
                and tok.lemma.lower() == "man"
                and any(self.doc.tokens[c].dep == "poss" for c in self.doc.children(tok.i))
            ):
                continue  # "Baghdadi's men", "his men": his fighters, not civilians
            # "her father", "several men": civilians of no country the text says, each an
            # actor of its own
            if code is None and not generic and not self._is_subject(tok) and not qualified:
                # "a minister" with no affiliation, not even a subject: too vague; private
                # people ("killed civilians") may still be placed where the act happens
                if (
                    sector
                    # the act's own object ("killed 20 civilians", "civilians were killed"),
                    # not a modifier ("court ruling") nor a noun's ("a team of medics")
                    and (tok.dep in ("dobj", "nsubjpass") or self._counted(tok))
                    and role_name not in _PLACED_BODIES  # "set up two hospitals": things
                    and set(sector) <= _PLACED_SECTORS
                    and role_name not in _FOREIGN_PEOPLE
                    and not self._placed_in_countries(tok)
                    and not any(
                        t.lower in _ELSEWHERE_MODIFIERS or t.lower in _INCOMER_MODIFIERS
                        for t in run
                        if t.i != tok.i
                    )
                ):
                    self._vague.append((tok, start, end, list(sector), role_name))
                elif (
                    (sector == ["REB"] or (sector == ["OPP"] and len(run) == 1))
                    and tok.dep not in ("compound", "amod", "nmod", "poss", "npadvmod")
                    and not _before_hyphen(self.doc, tok)  # "rebel-held towns"
                ):
                    # "welcomed the Ankara-backed rebels": an actor if the war is known
                    self._vague_rebels.append((tok, start, end, role_name))
                continue
            label = self.doc.text[start:end]
            lemma = tok.lemma.lower()
            if lemma in _GOVERNMENT_NOUNS and affiliation and "GOV" in sector:
                # "the Portuguese government" is the actor "Lisbon" and its seat stand for
                key = f"{affiliation}|{'+'.join(sector)}"
                kind = "state"
            else:
                key = f"role|{code}|{'+'.join(sector)}|{role_name}|{'p' if plural else 's'}"
                kind = (
                    "organisation"
                    if lemma in _INSTITUTION_NOUNS or role_name in _INSTITUTION_ROLES
                    else "group"
                    if plural or lemma in _COLLECTIVE_NOUNS
                    else "person"
                )
            if qualified:
                key = f"{key}|{_norm(label)}"
            if code is None and any(
                self.doc.tokens[c].tag == "PRP$" or self.doc.tokens[c].lower == "whose"
                for c in self.doc.children(tok.i)
            ):
                # "its fighters", "whose regime": the owner, found later, is this mention's
                # own; not one actor with every other "fighters" of the article
                key = f"{key}|@{start}"
            if (generic or ex_members) and code is None:
                key = f"{key}|@{start}"  # ex-members: not one actor with other "members"
            key += people_key
            b = self._builder(key, label, kind)
            if people_states and code is None:
                self._open_peoples.append((b, people_states))
            elif blocked_states and code is None:
                self._blocked_peoples.append((b, blocked_states, tok))
            # a noun for people in general ("a man") holds no office
            b.absorb(code, sector, None if generic else office or label, affiliation, role_name)
            b.private = b.private or generic
            # "prosecutors in Germany and France": somewhere named, not the focus country;
            # nor are "governments" (several states) or "overseas"/"foreign" bodies
            several = plural and lemma in _GOVERNMENT_NOUNS and lemma != "authority"
            elsewhere = any(
                t.lower in _ELSEWHERE_MODIFIERS and t.lower not in (role_name or "").split()
                for t in run
                if t.i != tok.i
            )
            b.no_focus = (
                b.no_focus or qualified or several or elsewhere or self._placed_in_countries(tok)
            )
            how = f"role noun, origin ({origin.name})" if origin else "role noun"
            if people_key == "|here":
                how = "role noun, people's state named here"
            if opposition_of is not None:
                # read from another mention: no weight for the article's focus
                how = "the NOUN -> state's opposition"
            self._mention(b, start, end, self._is_subject(tok), how)

    def _of_kin(self, tok: Token) -> bool:
        """Whether the noun's "of" phrase is a plain family ("members of his family", "of the
        same household"): kin are private people.  A named or qualified family may rule or
        run something ("the royal family", "the Assad family", "a crime family"): left alone.
        """
        for obj in _of_objects(self.doc, tok):
            if obj.lemma.lower() not in KIN_BODIES:
                continue
            mods = [self.doc.tokens[j] for j in self.doc.children(obj.i)]
            return all(
                m.dep in ("det", "poss", "case", "nummod") or m.lower in _KIN_PLAIN_WORDS
                for m in mods
            )
        return False

    def _group_named_men(self, tok: Token) -> bool:
        """A noun for armed men ("snipers", "bombers") led by a compound name: "Isis
        snipers".  Whose they are is left to the owner found for the run (only an armed
        group of no state's code is kept: :meth:`role_mentions`)."""
        if tok.pos != "NOUN" or tok.lemma.lower() not in _ARMED_MEN_NOUNS:
            return False
        if tok.dep in ("compound", "amod", "nmod", "poss") or _before_hyphen(self.doc, tok):
            return False  # "fighter jets", "militant-held"
        prev = self.doc.tokens[tok.i - 1] if tok.i > 0 else None
        return (
            prev is not None
            and prev.head == tok.i
            and prev.dep == "compound"
            and prev.text[:1].isupper()
        )

    def _people_in(self, run: list[Token], tok: Token) -> tuple[Token, tuple[str, ...]] | None:
        """A people of several states qualifying the role: "Kurdish forces", and "Kurdish"
        of "Kurdish-led forces" (which the parser hangs outside the run)."""
        for t in run:
            if t.i == tok.i:
                continue
            states = self.kb.people_states(t.text)
            if states:
                return t, states
            if t.lower in _LED_WORDS and t.i >= 2 and self.doc.tokens[t.i - 1].text == "-":
                first = self.doc.tokens[t.i - 2]
                states = self.kb.people_states(first.text)
                if states and first.end == self.doc.tokens[t.i - 1].start:
                    return first, states
        return None

    def _people_state(
        self, tok: Token, states: tuple[str, ...], *, ethnic: bool = False
    ) -> tuple[str | None, bool]:
        """Which of a people's ``states`` the sentence places the role in: the one named
        as where things are ("Kurdish forces in the far east of Syria" -> SYR).  Blocked
        (None, True) where another of its states is named as a party, not a place ("Turkish
        troops attacked Kurdish forces": these Kurds are not Turkey's), or two are placed.
        A state named after "to" or "from" says neither.  An ``ethnic`` minority is
        nobody's armed enemy by default: the one state named, as a party or a place, is
        where it lives ("ethnic Turks protested against Sweden's decision"); a demonym says
        nothing of where it lives."""
        own = self._own_place_state(tok, states)
        if own is not None:
            return own, False
        located, party = self._placed_and_parties(tok, states, ethnic)
        if ethnic and len(located) == 1:
            return located.pop(), False
        if ethnic and not located and len(party) == 1:
            return party.pop(), False
        if len(located | party) > 1 or (party and not located):
            return None, True
        return (located.pop(), False) if located else (None, False)

    def _own_place_state(self, tok: Token, states: tuple[str, ...]) -> str | None:
        """The one of a people's ``states`` named by name in a locative phrase on the role
        noun itself ("Kurdish forces in Syria", "Kurdish fighters inside northern Iraq"):
        where these people are, whatever other state the sentence names as a party
        ("Turkey shelled Kurdish forces in Syria")."""
        found: set[str] = set()
        for c in self.doc.children(tok.i):
            prep = self.doc.tokens[c]
            if c < tok.i or prep.dep != "prep" or prep.lower not in _OWN_PLACE_PREPS:
                continue
            sub = sorted(self.doc.subtree(c))
            lo, hi = self.doc.tokens[sub[0]].start, self.doc.tokens[sub[-1]].end
            found |= {
                code
                for s, e, code, named in self._state_names(lo, hi)
                if code in states and named and not is_stance(self.doc.text, s, e)
            }
        return found.pop() if len(found) == 1 else None

    def _country_spans(self) -> set[tuple[int, int]]:
        """Where the text names a country or disputed entity by a KB name (not a town)."""
        return {
            (s, e) for s, e, entry, _how in self.kb_spans if entry.kind in ("country", "disputed")
        }

    def _placed_and_parties(
        self, tok: Token, states: tuple[str, ...], ethnic: bool = False
    ) -> tuple[set[str], set[str]]:
        """Of a people's ``states``, those the sentence of ``tok`` names as where things
        are, and those it names as parties."""
        sent = self.doc.sentences[tok.sent]
        located: set[str] = set()
        party: set[str] = set()
        states_named = self._country_spans()
        for s, e, code, named in self._state_names(sent.start, sent.end):
            if code not in states or (ethnic and not named):
                continue  # "ethnic Slovak fighters": a demonym places no minority
            last = self.doc.tokens_in(s, e)[-1:]
            if not named or is_stance(self.doc.text, s, e) or not last:
                party.add(code)
            elif self._locative(last[0]):
                located.add(code)
            elif (s, e) not in states_named:
                continue  # a town or region ("control the Afrin enclave") is no party
            elif last[0].dep != "pobj" or not self._path_or_border(last[0]):
                party.add(code)  # "attacked by Turkey", "talks with Iraq": a party
        return located, party

    def _led_by_state(self, run: list[Token]) -> KBEntry | None:
        """The state that leads the role: "Vietnamese-led forces", "US-led troops" (the
        parser hangs the state outside the run).  "US-backed rebels" are not the US's."""
        for t in run:
            if t.lower != "led" or t.i < 2:
                continue
            dash, first = self.doc.tokens[t.i - 1], self.doc.tokens[t.i - 2]
            if dash.text != "-" or first.end != dash.start or dash.end != t.start:
                continue
            entry = self.kb.by_adjective(first.text) or self.kb.by_name(first.text)
            if entry is not None and entry.kind in ("country", "disputed"):
                return entry
        return None

    def _ethnic_states(self, run: list[Token]) -> tuple[str, ...]:
        """Where an "ethnic" people may live: any state but the one its adjective names
        ("ethnic Albanians" live outside Albania); none without a country adjective."""
        own = {
            found.code
            for t in run
            if (found := self.kb.by_adjective(t.text)) is not None and found.kind == "country"
        }
        if not own:
            return ()
        return tuple(c for c in self.kb.country_codes() if c not in own)

    def _path_or_border(self, pobj: Token) -> bool:
        """A state after "to"/"from" (where one goes or comes from) or after a border noun
        ("near the border with Iraq"): named as a place, not a party."""
        prep = self.doc.tokens[pobj.head]
        if prep.lower in _PATH_PREPS:
            return True
        return prep.head != prep.i and self.doc.tokens[prep.head].lemma.lower() in _BORDER_NOUNS

    def _state_names(self, start: int, end: int) -> list[tuple[int, int, str, bool]]:
        """States named in ``[start, end)``: (start, end, code, by name rather than by
        demonym), from the KB's names and the article's places with a country."""
        found = [
            (s, e, entry.code, how == "name")
            for s, e, entry, how in self.kb_spans
            if start <= s and e <= end and entry.kind in ("country", "disputed")
        ]
        found += [
            (p.start, p.end, p.code, True)
            for p in self._article_places()
            if p.code
            and not p.adjectival
            and start <= p.start
            and p.end <= end
            and not any(s < p.end and p.start < e for s, e, _c, _n in found)
        ]
        return found

    def _locative(self, tok: Token) -> bool:
        """Whether a place name says where something is: the object of "in", "near"... or
        of "of" in such a phrase ("in the far east of Syria")."""
        t = tok
        for _ in range(8):
            while t.dep in ("compound", "conj", "appos", "nmod", "amod") and t.head != t.i:
                t = self.doc.tokens[t.head]
            if t.dep != "pobj":
                return False
            prep = self.doc.tokens[t.head]
            if prep.lower in _LOCATIVE_PREPS:
                return True
            if prep.lower != "of" or prep.head == prep.i:
                return False
            t = self.doc.tokens[prep.head]
        return False

    def _compound_agent(self, tok: Token) -> Role | None:
        """The longest run of lower-case compound nouns before ``tok`` that, with it, names
        a kind of people or body: "border patrol agents" (COP, needs an owner)."""
        first = tok.i
        while (
            first > 0
            and (prev := self.doc.tokens[first - 1]).dep == "compound"
            and prev.pos == "NOUN"
            and prev.text.islower()
            and prev.sent == tok.sent
        ):
            first -= 1
        for j in range(first, tok.i):
            words = [t.lower for t in self.doc.tokens[j : tok.i]]
            role = self.kb.role(" ".join([*words, tok.lemma.lower()]), people_nouns=True)
            if role is not None:
                return role
        return None

    def _hyphen_prefix(self, tok: Token) -> Token | None:
        """The first part of a hyphenated role the tokenizer split: "ex" of "ex-president",
        "vice" of "vice-president" (not "Russian" of "Russian-speakers")."""
        if tok.i < 2:
            return None
        dash, first = self.doc.tokens[tok.i - 1], self.doc.tokens[tok.i - 2]
        if dash.text != "-" or dash.start != first.end or tok.start != dash.end:
            return None
        if first.lower in ("ex", "then"):
            return first
        role = self.kb.role(f"{first.lower}-{tok.lower}")
        return first if role is not None and first.lower in role.name.lower() else None

    def _seat_modifier(self, run: list[Token], tok: Token, sector: list[str]) -> Place | None:
        """The place a court, police force or legislature is named by ("a Delhi court",
        "Kano state police"), when the run has no other qualifier; not the seats of
        international courts ("the Hague tribunal", "the Strasbourg court")."""
        if not set(sector) & _SEATED_SECTORS or "MIL" in sector:
            return None
        mods = [t for t in run if t.i != tok.i and t.pos == "PROPN"]
        if not mods or any(t.ent_type in ("NORP", "ORG", "PERSON") for t in mods):
            return None
        if any(t.lower in _INTERNATIONAL_SEATS for t in mods):
            return None
        # a name the model takes for a place: a bare one it does not know ("Kano police")
        # may resolve to a namesake elsewhere
        places = {
            p.code: p
            for t in mods
            # or a name the model left untagged that the gazetteer accepted as a place
            if t.ent_type in ("GPE", "") and (p := self._place_at(t)) is not None
        }
        return next(iter(places.values())) if len(places) == 1 else None

    def _post_owner(self, tok: Token, role_name: str, sector: list[str]) -> _Owner | None:
        """The owner named after a role: "members of Congress", "the forces of President
        Assad", "fighters from the Revolutionary Guards"; and for an institution, the
        country it sits in ("the criminal court in Turkey").  Only roles that belong to
        their owner (not "victims of", "critics of") and only the owner heading the
        object ("members of the Syrian Christian community": Syria, the only one)."""
        member = role_name in _MEMBER_ROLES or bool(set(sector) & _MEMBER_SECTORS)
        # "the director of Kenya's wildlife service": a body's chief, owned only by a body
        chief_only = not member and role_name in _BODY_CHIEFS
        seated = "MIL" not in sector and (
            tok.lemma.lower() in _INSTITUTION_NOUNS - _FOREIGN_SEATED
            or bool(set(sector) & _SEATED_SECTORS)
            # "rebels in the Ivory Coast": rebels are coded by the state they fight in,
            # unless their own words say they come from elsewhere ("foreign fighters")
            or (
                bool(set(sector) & _PLACED_ARMED_SECTORS)
                and not any(
                    self.doc.tokens[c].lower in _ELSEWHERE_MODIFIERS | _FOREIGN_WORDS
                    for c in self.doc.children(tok.i)
                )
                and tok.lemma.lower().rstrip("s") not in _FOREIGN_WORDS
            )
        )
        if not member and not chief_only:
            return None
        for c in self.doc.children(tok.i):
            prep = self.doc.tokens[c]
            if prep.dep != "prep" or c < tok.i:
                continue
            # "a spokesman for Kenya's Supreme Court" speaks for the court, as its member
            speaks = prep.lower == "for" and role_name in _SPOKES_ROLES
            if (
                prep.lower not in ("of", "from")
                and not (prep.lower == "in" and seated)
                and not speaks
            ):
                continue
            if chief_only and prep.lower != "of":
                continue
            for p in self.doc.children(prep.i):
                kids = [self.doc.tokens[c] for c in self.doc.children(p)]
                if self.doc.tokens[p].dep != "pobj" or any(k.dep == "conj" for k in kids):
                    continue  # "courts in France, Germany and Sweden": several owners
                # the object's own words, not what its clauses or phrases add ("members of
                # the coalition against Isis" are not Isis's)
                own = {p} | {j for k in kids if k.i < p for j in self.doc.subtree(k.i)}
                span = (self.doc.tokens[min(own)].start, self.doc.tokens[p].end)
                owners = [
                    o for o in self._owners(*span) if not self._not_membership(o.start, o.end)
                ]
                if prep.lower == "in":
                    # where it sits: a country's name, not a demonym ("in Kurdish areas"),
                    # or a region one country holds ("a court in Dagestan")
                    owners = [
                        o
                        for o in owners
                        if o.kind == "state"
                        and not o.disputed
                        and (
                            any(m[:2] == (o.start, o.end) and m[3] == "name" for m in self.kb_spans)
                            or self.kb.held_region(self.doc.text[o.start : o.end]) is not None
                        )
                    ]
                heads = [o for o in owners if o.start <= self.doc.tokens[p].start < o.end]
                found = heads[0] if heads else None
                if found is None and len({o.code for o in owners}) == 1:
                    found = owners[0]
                if found is not None and found.kind == "state" and prep.lower in ("of", "for"):
                    # "leaders of the Zambian opposition coalition": the state's opposition,
                    # not its government
                    words = {self.doc.tokens[j].lower for j in own}
                    if words & _OPPOSITION_WORDS:
                        found = replace(found, sector=("OPP",), kind="group")
                    elif not sector or sector == ["GOV"]:
                        # "the president of Kenya's Supreme Court", "the leader of the
                        # Bolivian miners' union": a generic role of the state's body is
                        # the body's (JUD, LAB), as "the Senate president" is LEG
                        body = self._body_noun_sector(self.doc.tokens[p], found)
                        if body:
                            return replace(found, sector=body, kind="group")
                    if chief_only:
                        continue
                if found is not None:
                    return found
        return None

    def _body_noun_sector(self, head: Token, state: _Owner) -> tuple[str, ...]:
        """The sector of a body named by a common noun after its state ("Kenya's Supreme
        Court" JUD, "Russia's space agency" GOV, "Egypt's central bank" GOV), not the state
        itself nor a group of people ("Kenya's farmers")."""
        if state.start <= head.start < state.end:
            return ()
        if head.tag not in ("NN", "NNP") and not (head.tag == "NNS" and head.lemma == head.lower):
            return ()  # people ("Kenya's farmers"), not a body; but "police" is one
        mods = [
            t
            for t in self.doc.tokens[max(0, head.i - 2) : head.i]
            if t.head == head.i and t.dep in ("compound", "amod") and t.text.isalpha()
        ]
        if mods and mods[-1].i == head.i - 1:
            pair = self.kb.role(f"{mods[-1].lower} {head.lower}")
            if pair is not None and pair.name == f"{mods[-1].lower} {head.lower}":
                return tuple(pair.sector)  # "central bank" GOV, not a "bank" BUS
        return org_head_sector(self.kb, head.lemma) or _STATE_SERVICE_HEADS.get(head.lower, ())

    def _placed_in_countries(self, tok: Token) -> bool:
        """Whether "in" after the role names a country ("courts in France and Spain")."""
        for c in self.doc.children(tok.i):
            prep = self.doc.tokens[c]
            if prep.dep != "prep" or prep.lower != "in" or c < tok.i:
                continue
            sub = sorted(self.doc.subtree(c))
            span = (self.doc.tokens[sub[0]].start, self.doc.tokens[sub[-1]].end)
            if any(
                m[3] == "name" and m[2].kind in ("country", "disputed") for m in self._kb_in(*span)
            ):
                return True
        return False

    def _conjunct_owner(self, tok: Token) -> tuple[str, str | None] | None:
        """ "US jets and helicopters", "Israeli soldiers and police": a bare state role
        joined to a state role its country qualifies shares that country."""
        if tok.dep != "conj" or tok.head >= tok.i:
            return None
        head = self.doc.tokens[tok.head]
        for b in self.builders.values():
            if (
                b.key.startswith("role|")
                and b.code
                and b.sector
                and set(b.sector) <= STATE_SECTORS
                and any(s <= head.start < e for s, e, _t, _subj in b.mentions)
            ):
                return b.code, b.affiliation
        return None

    def _coordinated_states(self, run: list[Token], tok: Token) -> list[Token]:
        """ "Senior Hungarian and Romanian officials": the parser hangs "Romanian" on
        "Hungarian", outside the run; the demonym next to the run joins it and every other
        one makes an actor of its own with the role's sector."""
        found: list[Token] = []
        j = run[0].i - 1
        while j >= 0 and self.doc.tokens[j].sent == tok.sent:
            t = self.doc.tokens[j]
            if t.dep in ("cc", "punct") and t.text in ("and", ",", "or", "&"):
                j -= 1
                continue
            entry = self.kb.by_adjective(t.text)
            linked = t.dep == "conj" or (t.dep == "amod" and t.head == tok.i)
            if entry is None or entry.kind not in ("country", "disputed") or not linked:
                break
            found.insert(0, t)
            j -= 1
        if len(found) < 1 or not any(t.dep == "conj" for t in found):
            return run
        for adj in found[:-1]:
            if self._is_taken(adj.start, adj.end):
                continue
            entry = self.kb.by_adjective(adj.text)
            if entry is None or is_stance(self.doc.text, adj.start, adj.end):
                continue
            # the role alone, so that the other demonyms do not own it
            _code, sector, office, _aff, role_name = self._describe([tok])
            code, affiliation = entry.code, entry.id
            if "PRE" in entry.sector and "PRE" not in sector:
                sector = [*sector, "PRE"]
            plural = tok.tag in ("NNS", "NNPS")
            key = f"role|{code}|{'+'.join(sector)}|{role_name}|{'p' if plural else 's'}"
            label = f"{adj.text} {tok.text}"
            b = self._builder(key, label, "group" if plural else "person")
            b.absorb(code, sector, office or label, affiliation, role_name)
            self._mention(b, adj.start, adj.end, self._is_subject(tok), "role noun, coordinated")
        last = found[-1]
        if last.i == run[0].i - 1:
            return [last, *run]
        return run

    def _regime_code(self, before: int) -> str | None:
        """The one state the article has called a regime before ``before`` ("the Syrian
        regime", "the Assad regime"); not a stance ("pro-regime") nor a second state."""
        codes: set[str] = set()
        for b in self.builders.values():
            if not b.code or len(b.code) != 3 or b.code in _NON_STATES:
                continue
            for s, e, _t, _subj in b.mentions:
                toks = self.doc.tokens_in(s, e)
                if s < before and any(
                    t.lower == "regime" and not _after_hyphen(self.doc, t) for t in toks
                ):
                    codes.add(b.code)
        return codes.pop() if len(codes) == 1 else None

    def _same_role(self, tok: Token, role: str | None) -> _Builder | None:
        """ "the foreign minister" with no owner: the person the article gave that role
        before (by title, apposition or the people index's office on the date), when every
        such person has one country; the one named last."""
        kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        if role is None:
            return None
        # "the foreign minister": nothing before the noun but "the" and the role's words
        before = [k.lower for k in kids if k.i < tok.i and k.lower not in role.split()]
        if before != ["the"]:
            return None
        if any(k.dep == "prep" and k.i > tok.i for k in kids):
            return None  # "the minister for ...", "the leader of ...": said after it
        role_words = role.split()
        found: list[tuple[int, _Builder, str | None]] = []
        for key in self.order:
            b = self.builders[key]
            if b.kind != "person" or b.role in _EQUIPMENT_ROLES:
                continue
            last = max((m[0] for m in b.mentions if m[0] < tok.start), default=-1)
            if last < 0:
                continue
            known = self._known_office(b)
            if b.role == role or (known is not None and office_is(known[0], role_words)):
                found.append((last, b, b.code or (known[1] if known else None)))
        codes = {code for _last, _b, code in found}
        if not found or len(codes) != 1 or None in codes:
            return None
        return max(found, key=lambda f: f[0])[1]

    def _known_office(self, b: _Builder) -> tuple[str, str | None] | None:
        """A person's office and country: from the text, else the people index's dated
        office on the article's date."""
        if b.office:
            return b.office, b.code
        if self.people is None or not b.key.startswith("person|"):
            return None
        found = self.people.lookup(b.name)
        held = found[0].office_on(self.when) if found else None
        if held is None or not held.dated or not held.office:
            return None
        return held.office, held.code

    def _match_person(
        self, affiliation: str | None, role: str | None, before: int
    ) -> _Builder | None:
        """A named person with the same affiliation and a compatible role."""
        if affiliation is None:
            return None
        best: tuple[int, _Builder] | None = None
        later: list[_Builder] = []
        for key in self.order:
            b = self.builders[key]
            if b.kind != "person" or b.affiliation != affiliation or not key.startswith("person|"):
                continue
            same = b.role == role or (b.role in _LEADER_ROLES and role in _LEADER_ROLES)
            if not same:
                continue
            last = max((m[0] for m in b.mentions if m[0] < before), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, b)
            elif last < 0:
                later.append(b)
        if best:
            return best[1]
        # a headline or lead may name the role before the person ("X Leader Visits ...")
        return later[0] if len(later) == 1 else None

    # -- 3c. definite descriptions ------------------------------------------
    def adjective_mentions(self) -> None:
        """A demonym on a noun that is no role ("two Israeli air raids", "an Indian
        proposal", "shelled Iraqi towns") names its state as the doer or owner: a mention
        of the state, which the event coder finds inside the argument's noun phrase.  Not
        counted for the article's focus country.  So is a country's name used as one ("a
        U.S. request", "US mediation")."""
        for start, end, entry, how in self.kb_spans:
            if how not in ("adjective", "name") or entry.kind not in ("country", "disputed"):
                continue
            if self._is_taken(start, end) or is_stance(self.doc.text, start, end):
                continue
            if how == "name" and self._not_membership(start, end):
                continue  # "US-backed rebels"
            tok = self._head_token(start, end)
            if tok is not None and how == "adjective" and self._bare_demonym(tok, entry):
                continue
            if tok is not None and how == "adjective" and self._demonym_people(tok, entry):
                continue
            if tok is not None and _LED_AFTER.match(self.doc.text, end):
                # "Saudi-led air strikes", "the US-led war": the leader is a party, which
                # the coder reads from the participle ("X-backed" is a stance: skipped above)
                b = self._state_builder(entry)
                self._mention(b, start, end, False, "kb name or adjective, X-led")
                continue
            if tok is None or tok.dep not in ("amod", "compound") or tok.head == tok.i:
                continue
            head = self.doc.tokens[tok.head]
            if head.pos != "NOUN" or head.ent_type or self._is_taken(head.start, head.end):
                continue
            lemma = head.lemma.lower()
            if lemma in _IDENTITY_NOUNS or self.kb.role(lemma, people_nouns=True) is not None:
                continue
            if any(
                self.doc.tokens[j].lower == "ethnic"
                for j in range(max(0, tok.i - 2), tok.i)
                if self.doc.tokens[j].sent == tok.sent
            ):
                continue
            b = self._state_builder(entry, self._modifier_sector(tok, head))
            self._mention(b, start, end, False, _ADJECTIVE_HOW)
        self._people_places()

    def _people_places(self) -> None:
        """A people's adjective on a noun for a territory placed by its own phrase ("a
        Kurdish enclave inside Syria", "Kurdish areas in northern Iraq"): a mention of that
        state, as "shelled Iraqi towns" is; the people's states are several, so nothing
        but the phrase's own place decides."""
        for tok in self.doc.tokens:
            if tok.dep != "amod" or self._is_taken(tok.start, tok.end):
                continue
            states = self.kb.people_states(tok.text)
            head = self.doc.tokens[tok.head]
            if not states or head.lemma.lower() not in _TERRITORY_NOUNS or head.i < tok.i:
                continue
            code = self._own_place_state(head, states)
            entry = self.kb.by_code(code) if code else None
            if entry is not None:
                self._mention(self._state_builder(entry), tok.start, tok.end, False, _ADJECTIVE_HOW)

    def _modifier_sector(self, tok: Token, head: Token) -> tuple[str, ...]:
        """The body of a state a noun phrase names beside its demonym: a role word between
        them ("a Turkish military assault" MIL, "Syrian rebel positions" REB, "Syrian
        opposition groups" OPP), or a noun for armed units ("Turkish units" MIL).  Only one
        such word and one sector: "the Turkish military and police operation" stays
        the state's."""
        if head.lemma.lower() in _UNIT_NOUNS:
            return ("MIL",)
        found: set[str] = set()
        between: set[str] = set()
        for c in self.doc.children(head.i):
            mod = self.doc.tokens[c]
            if not tok.i < c < head.i or mod.dep not in ("amod", "compound", "conj"):
                continue
            between.add(mod.lower)
            role = self.kb.role(mod.lower) or self.kb.role(mod.lemma.lower())
            if role is not None and not role.leader and len(role.sector) == 1:
                found |= set(role.sector) & _MODIFIER_SECTORS
        if not found and self._state_agency(head, between):
            return ("GOV",)
        return (found.pop(),) if len(found) == 1 else ()

    @staticmethod
    def _state_agency(head: Token, between: set[str]) -> bool:
        """A state's agency named by its demonym: "the Spanish maritime rescue agency", "the
        Turkish disaster authority" (GOV).  Not a commercial or humanitarian one ("UK aid
        agencies", "a Russian travel agency"), and a "service" only with a word of state
        business before it ("the Greek asylum service", not "a Russian streaming service").
        """
        lemma = head.lemma.lower()
        if lemma not in _STATE_AGENCY_NOUNS and lemma != "service":
            return False
        if between & _NON_STATE_AGENCY_WORDS:
            return False
        return lemma != "service" or bool(between & _STATE_SERVICE_WORDS)

    def _state_builder(self, entry: KBEntry, extra: tuple[str, ...] = ()) -> _Builder:
        """The actor of a state named by its name or demonym, with the entry's sectors
        (and ``extra``: "Turkish military" in "a Turkish military assault")."""
        sector = [x for x in entry.sector if x] + [x for x in extra if x not in entry.sector]
        b = self._builder(f"{entry.id}|{'+'.join(sector)}", entry.name, "state")
        b.absorb(entry.code, sector, None, entry.id, None)
        b.identifier = b.identifier or entry.id
        return b

    def _bare_demonym(self, tok: Token, entry: KBEntry) -> bool:
        """An adjective standing as a noun phrase beside a role noun: "Japanese and the
        Australian armies" are two armies, the first named by its demonym alone.  Adds
        the mention and says so."""
        if tok.pos != "ADJ" or tok.dep not in _ARGUMENT_DEPS | {"pobj"}:
            return False
        conj = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        nouns = [t for t in conj if t.dep == "conj" and t.pos == "NOUN"]
        role = self.kb.role(nouns[0].lemma.lower()) if nouns else None
        if role is None or role.leader or not role.sector:
            return False
        sector = list(role.sector)
        b = self._builder(f"{entry.id}|{'+'.join(sector)}", entry.name, "state")
        b.absorb(entry.code, sector, role.name, entry.id, role.name)
        b.identifier = b.identifier or entry.id
        self._mention(b, tok.start, tok.end, self._is_subject(tok), "demonym, conjunct role")
        return True

    def _demonym_people(self, tok: Token, entry: KBEntry) -> bool:
        """A plural demonym noun the model tagged as no people ("Other Britons killed
        fighting Isis include ...": a capitalised "Other" hides the NORP): the state's
        people, as a tagged "Britons" is (:meth:`organisation_mentions`).  Only a
        capitalised plural that is the whole span, an argument, no modifier of another
        noun, and not said to be ethnic ("ethnic Turks" live elsewhere).  Adds the mention
        and says so."""
        if (
            entry.kind != "country"
            or tok.tag not in ("NNPS", "NNS")
            or not tok.text[:1].isupper()
            or tok.ent_type == "NORP"  # tagged: organisation_mentions reads it
            or tok.dep not in _ARGUMENT_DEPS | {"pobj", "conj"}
            or _before_hyphen(self.doc, tok)
            or _after_hyphen(self.doc, tok)
        ):
            return False
        if any(
            self.doc.tokens[j].lower == "ethnic"
            for j in range(max(0, tok.i - 3), tok.i)
            if self.doc.tokens[j].sent == tok.sent
        ):
            return False
        first = tok
        while (
            first.i > 0
            and (left := self.doc.tokens[first.i - 1]).head == tok.i
            and left.dep in ("amod", "nummod")
        ):
            first = left  # "Other Britons", "four Britons": the phrase the coder reads
        b = self._builder(f"people|{entry.id}", tok.text, "group")
        b.absorb(entry.code, [], None, entry.id, None)
        self._mention(b, first.start, tok.end, self._is_subject(tok), "demonym people noun")
        return True

    # -- 4. pronouns --------------------------------------------------------
    def country_mentions(self) -> None:
        """ "the country" (or "the nation") with no other modifier: the country named last
        in the same or the two sentences before."""
        states = [
            (s, self.builders[k])
            for k in self.order
            if self.builders[k].kind == "state"
            and (entry := self.kb.get(self.builders[k].identifier or "")) is not None
            and entry.kind in ("country", "disputed")
            and self.builders[k].affiliation == entry.id
            and "GOV" not in self.builders[k].sector
            for s, _e, _t, _subj in self.builders[k].mentions
        ]
        for tok in self.doc.tokens:
            if tok.lower not in ("country", "nation") or tok.tag != "NN":
                continue
            if self._is_taken(tok.start, tok.end):
                continue
            kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
            if [k.lower for k in kids if k.i < tok.i] != ["the"]:
                continue
            cands = [
                (s, b)
                for s, b in states
                if s < tok.start
                and (sent := self.doc.sentence_of(s)) is not None
                and tok.sent - sent.index <= 2
            ]
            if not cands:
                continue
            pick = max(cands, key=lambda c: c[0])[1]
            start = kids[0].start
            self._mention(pick, start, tok.end, self._is_subject(tok), "the country -> last named")

    # -- result -------------------------------------------------------------
    # -- 5. people and organisations the knowledge base knows by name ------
    def known_entities(self, people: PeopleIndex, when: date | None) -> None:
        """Fill code, sector and office from the KB where the article's words did not.

        The text wins: "former President X" keeps ELI whatever the KB says.  A person
        named by surname alone is looked up only when the KB holds exactly one match
        among the countries the article mentions.
        """
        countries = {b.code for b in self.builders.values() if b.code}
        dated: list[tuple[_Builder, PersonEntry]] = []  # people coded by the KB alone
        for key in self.order:
            b = self.builders[key]
            if key.startswith("person|") and b.code and b.sector and not b.identifier:
                # titled in the text: take the KB identity only if its office agrees
                for person in people.lookup(b.name):
                    office = person.office_on(when)
                    if office is not None and office.code == b.code:
                        b.identifier = person.id
                        break
            elif key.startswith("person|") and (b.code is None or not b.sector):
                found = people.lookup(b.name)
                if not found and b.surname and " " not in b.name.strip():
                    found = [
                        p for c in sorted(countries) for p in people.by_surname(b.surname, code=c)
                    ]
                    found = found if len(found) == 1 else []
                if found:
                    if b.code is None and not b.sector:
                        dated.append((b, found[0]))
                    office = found[0].office_on(when)
                    if office is not None:
                        b.absorb(office.code, office.sector, office.office, office.code, None)
                        b.identifier = b.identifier or found[0].id
                        b.filled.append("people index")
                    elif (former := _former_code(found[0], when)) is not None and (
                        b.code in (None, former)
                    ):
                        # out of office on the article's date: a former official (ELI)
                        b.absorb(former, ("ELI",), None, former, None)
                        b.identifier = b.identifier or found[0].id
                        b.filled.append("people index: former office")
                elif b.role and b.code is None:
                    code = _alias_country(people, b, when) or _titled_country(
                        people, b.name, countries, when
                    )
                    if code is not None:
                        b.absorb(code, (), None, code, None)
                        b.filled.append("people index: country of the name's bearers")
            elif key.startswith("role|") and b.code is None and "GOV" in b.sector:
                # "the Bush administration", "the Assad regime": the leader's country
                words = _no_article(b.name).split()
                if (
                    # "Bush administration officials" too: the officials of that government
                    len(words) in (2, 3)
                    and words[1].lower() in _LEADER_BODIES
                    and words[0][:1].isupper()
                    and (code := _titled_country(people, words[0], countries, when))
                ):
                    b.absorb(code, (), None, code, None)
                    b.filled.append("people index: the leader named before the government")
            elif key.startswith("org|") and b.code is None:
                if b.name.strip() and not self._name_in_context(b.name):
                    continue  # "the Senate" or "Republicans" with their country unnamed
                titled = self._titled_person(b)
                if titled is not None:
                    # "the Isis oil minister Abu Sayyaf": a person of the titling body, not
                    # the group of the same name
                    b.absorb(*titled, None)
                    b.filled.append("title before a name the model tagged as a person")
                    continue
                groups = people.groups(b.name)
                words = b.name.split()
                if not groups and len(words) > 1 and words[-1].lower() in _BODY_WORDS:
                    # "the Fatah Party": a group's name and the word for what it is
                    groups = people.groups(" ".join(words[:-1]))
                if groups:
                    g = groups[0]
                    b.absorb(g.code, group_sector(g, when), None, g.code, None)
                    b.identifier = b.identifier or g.id
                    b.filled.append("groups index")
                elif b.name_country is not None:
                    state, sector = b.name_country
                    b.absorb(state.code, sector, None, state.id, None)
                    b.filled.append("organisation name: state word")
        for b, person in dated:
            self._office_then(b, person)

    def _office_then(self, b: _Builder, person: PersonEntry) -> None:
        """Give the mentions of a KB person in a sentence about a stated past year ("In 1980
        Saddam launched the invasion of Iran", "in the 1990s") the office held that year:
        a coder codes a person by the role at the time of the event, not on the article's
        date.  Such mentions become an actor of their own (the actor itself where all its
        mentions are dated alike).  Only where every stated year's
        clause holds the mention and the KB's dated offices give one code and sector over
        all of them; otherwise the article's date stands."""
        now = b.code, tuple(b.sector)
        moved: dict[tuple[str, tuple[str, ...]], tuple[Office, list[tuple[int, int, str, bool]]]]
        moved = {}
        for mention in b.mentions:
            office = self._office_in_years(mention[0], mention[1], person)
            if office is None or (office.code, office.sector) == now:
                continue
            moved.setdefault((office.code, office.sector), (office, []))[1].append(mention)
        note = "people index: office in the sentence's year"
        for (code, sector), (office, mentions) in moved.items():
            if len(mentions) == len(b.mentions):
                # every mention is dated alike: the person is coded as then, keeping one actor
                b.code, b.sector, b.office, b.affiliation = code, list(sector), office.office, code
                b.filled = [f for f in b.filled if not f.startswith("people index")] + [note]
                continue
            key = f"{b.key}|then {code} {' '.join(sector)}"
            then = self._builder(key, b.name, b.kind)
            then.absorb(code, sector, office.office, code, b.role)
            then.identifier, then.surname = person.id, b.surname
            then.filled.append(note)
            for mention in mentions:
                b.mentions.remove(mention)
                then.mentions.append(mention)

    def _office_in_years(self, start: int, end: int, person: PersonEntry) -> Office | None:
        """The person's one dated office over the past periods the mention's clause states
        ("in 1988 and 1991"); a period the offices split ("in 1979", the year of his
        accession) says nothing, two that disagree leave it open."""
        head = self._head_token(start, end)
        sent = self.doc.sentence_of(start)
        if head is None or sent is None or self.when is None:
            return None
        found: Office | None = None
        for year_tok, first, last in _stated_periods(self.doc, sent, self.when):
            if not self._clause_holds(year_tok, head):
                continue
            offices = [
                o
                for o in person.offices
                if o.dated
                and (o.start is None or o.start <= last)
                and (o.end is None or first <= o.end)
            ]
            if len({(o.code, o.sector) for o in offices}) != 1:
                continue  # the office changed within the period
            if not any(o.covers(first) for o in offices) or not any(
                o.covers(last) for o in offices
            ):
                continue  # the KB does not know the whole period
            office = max(offices, key=lambda o: o.start or date.min)
            if found is not None and (found.code, found.sector) != (office.code, office.sector):
                return None
            found = office
        return found

    def _clause_holds(self, year: Token, head: Token) -> bool:
        """Whether the clause of the verb a year modifies holds the mention ("After Saddam
        unleashed attacks in 1988"), conjoined verbs sharing their subject ("In 1979 he took
        power and in 1980 launched..."); not a relative clause on the name ("X, who was
        president in 1995, said ...")."""
        verb: Token | None = None
        for i in self.doc.ancestors(year.i):
            t = self.doc.tokens[i]
            if t.pos in ("VERB", "AUX"):
                verb = t
                break
        if verb is None:
            return False
        while verb.dep == "conj" and verb.head != verb.i:
            verb = self.doc.tokens[verb.head]
        clauses = [verb]
        if verb.dep == "relcl":
            # "the war they fought in the 1990s, when X invited ...": a "when" clause on the
            # same noun is set in the time the first one states
            clauses += [
                self.doc.tokens[i]
                for i in self.doc.children(verb.head)
                if self.doc.tokens[i].dep == "relcl"
                and any(self.doc.tokens[j].lower == "when" for j in self.doc.children(i))
            ]
        # a relative clause on the name leaves the name out of its own subtree
        return any(head.i in self.doc.subtree(v.i) for v in clauses)

    def _titled_person(self, b: _Builder) -> tuple[str, list[str], str | None, str] | None:
        """(code, sector, office, affiliation) of an organisation reading of a name that the
        model tagged as a person and the text titles as one ("her husband, the Isis oil
        minister Abu Sayyaf"): the title's owner.  Only a title with an owner and a role
        the KB knows, so a group's own name ("Abu Sayyaf fighters") keeps the group."""
        for s, e, _text, _subj in b.mentions:
            if not any(
                ent.label == "PERSON" and ent.start <= s and e <= ent.end
                for ent in self.doc.entities
            ):
                continue
            toks = self.doc.tokens_in(s, e)
            title = self._title_tokens(toks[0]) if toks else []
            if not title:
                continue
            code, sector, office, affiliation, role = self._describe(title)
            if code and role and affiliation:
                return code, sector, office, affiliation
        return None

    def member_of_organisation(self) -> None:
        """A person the text gives nothing else but "X of ORG" ("Ibrahim al-Assil of the
        Syrian Nonviolence Movement", "Jane Roe of Amnesty International") takes the coded
        organisation's country and sector."""
        org_at: dict[int, _Builder] = {}
        for b in self.builders.values():
            first = re.sub(r"^the\s+", "", b.name, flags=re.IGNORECASE).split(" ", 1)[0]
            if "organisation name: state word" in b.filled and self.kb.by_name(first):
                continue  # "the Syria Campaign" works on Syria, from London: not a member's
            if b.kind == "organisation" and b.code:
                for s, _e, _t, _subj in b.mentions:
                    org_at[s] = b
        for key in self.order:
            b = self.builders[key]
            if not key.startswith("person|") or b.code is not None:
                continue
            owners: set[int] = set()
            found: _Builder | None = None
            for _s, e, _t, _subj in b.mentions:
                after = [t for t in self.doc.tokens_in(e, e + 40) if t.start >= e][:3]
                if len(after) < 2 or after[0].lower != "of":
                    continue
                # the organisation's mention starts at "the" or at the name after it
                org = org_at.get(after[1].start)
                if org is None and after[1].lower == "the" and len(after) > 2:
                    org = org_at.get(after[2].start)
                if org is not None:
                    owners.add(id(org))
                    found = org
            if found is not None and len(owners) == 1:
                b.absorb(found.code, found.sector, None, found.affiliation, None)
                b.filled.append("member of a named organisation")

    def focus_country(self) -> None:
        """Give unqualified state roles ("the home secretary", "police") the article's
        country, when one country clearly dominates the article's coded mentions."""
        counts: dict[str, int] = {}
        for b in self.builders.values():
            if b.code and len(b.code) == 3 and b.code.isalpha() and b.code not in _NON_STATES:
                if _KIN_FILLS & set(b.filled):
                    continue  # a relative's country is its owner's, already counted
                # repeats through "it", "they" or "the government" do not weigh
                n = sum(
                    1
                    for m in b.mentions
                    if self.how.get(m[0]) != _ADJECTIVE_HOW
                    and not self.how.get(m[0], "").startswith(_UNWEIGHED_HOW)
                )
                counts[b.code] = counts.get(b.code, 0) + n
        total = sum(counts.values())
        if not total:
            return
        code, n = max(counts.items(), key=lambda kv: kv[1])
        if n < 2 or n < _FOCUS_SHARE * total:
            return  # not the one country a sentence names: "President X warned Iraq"
        self.focus = code
        for key, b in self.builders.items():
            if (
                key.startswith("role|")
                and b.code is None
                and not b.no_focus
                and b.role not in _EQUIPMENT_ROLES
                # a country's opposition is domestic: "opposition leaders" are its own
                and set(b.sector) & (STATE_SECTORS | {"OPP"})
                and not self._placed_elsewhere(b, code)
            ):
                b.code = code
                b.office = b.office or b.name
                b.filled.append("focus country")
            elif (
                key.startswith("person|")
                and b.code is None
                and not b.no_focus
                and set(b.sector) & (STATE_SECTORS | _DOMESTIC_TITLE_SECTORS)
                and not _serves_abroad(b.office or b.role or "")
            ):
                # a titled person the KB does not know ("Judge Ana Ruiz", "President
                # Dos Santos") holds the office in the country the article is about
                b.code = code
                b.filled.append("focus country")

    def _placed_elsewhere(self, b: _Builder, code: str) -> bool:
        """Whether every mention of ``b`` stands in a sentence with a place in another
        country than ``code``: "born in Hama, Syria, when the military rounded up..." is
        not the military of the country a refugee's story is about (one mention in a
        sentence of the focus country's own keeps the role there)."""
        places = [p for p in self._article_places() if p.code and not p.adjectival]
        found = False
        for s, e, _t, _subj in b.mentions:
            tok = self._head_token(s, e)
            if tok is None:
                continue
            sent = self.doc.sentences[tok.sent]
            if not any(sent.start <= p.start < sent.end and p.code != code for p in places):
                return False
            found = True
        return found

    def finish(self) -> ActorIndex:
        actors: list[Actor] = []
        spans: list[tuple[int, int, str]] = []
        how: list[tuple[int, int, str]] = []
        n = 0
        for key in sorted(self.order, key=lambda k: min(m[0] for m in self.builders[k].mentions)):
            b = self.builders[key]
            if not b.mentions:
                continue
            n += 1
            aid = f"A{n}"
            mentions = tuple(Mention(t, s, e) for s, e, t, _ in sorted(b.mentions))
            # name a person by its longest name mention, not "he" or a title
            name = b.name
            actors.append(
                Actor(
                    id=aid,
                    name=name,
                    kind=b.kind,
                    code=b.code,
                    sector=tuple(b.sector),
                    office=b.office,
                    identifier_id=b.identifier,
                    mentions=mentions,
                    affiliation=b.affiliation or (b.identifier if b.kind == "state" else None),
                )
            )
            spans.extend((m.start, m.end, aid) for m in mentions)
            how.extend(
                (m.start, m.end, "; ".join([self.how.get(m.start, "?"), *b.filled]))
                for m in mentions
            )
        return ActorIndex(tuple(actors), tuple(sorted(spans)), self.focus, tuple(sorted(how)))


#: a government named after its leader: "the Bush administration", "the Assad regime"
_LEADER_BODIES = frozenset({"administration", "government", "regime", "cabinet"})
#: capitalised words a group's own name ends with ("the Fatah Party")
_BODY_WORDS = frozenset({"party", "movement", "organisation", "organization"})


#: how a relative or a nation's people took the country of the person or people they belong to
_KIN_FILLS = frozenset({"kin of a person of a stated country", "people of a named nation"})


def _plural_noun(tok: Token) -> bool:
    """A lowercase plural common noun ("counterparts"): never one person's title (not a
    collective the tagger calls plural: "police chief X")."""
    return tok.tag == "NNS" and tok.text[:1].islower() and tok.lemma.lower() != tok.lower


def _serves_abroad(office: str) -> bool:
    """Offices held abroad: an unknown ambassador in an article about Iran is seldom
    Iran's."""
    return bool(_ABROAD_OFFICES & set(office.lower().replace("-", " ").split()))


_ABROAD_OFFICES = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary", "attache"})


def _no_article(text: str) -> str:
    """A name without the article the model's entity took in ("An al-Shabaab")."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in ("the", "a", "an") else text


def _joined(toks: list[Token]) -> str:
    """Tokens as written: "ex-president" stays one word, other tokens take a space."""
    out = ""
    for n, t in enumerate(toks):
        out += ("" if n == 0 or t.start == toks[n - 1].end else " ") + t.text
    return out


def org_head_sector(kb: KnowledgeBase, word: str) -> tuple[str, ...]:
    """Sectors of an organisation named by its head noun: a role noun of roles.tsv
    ("court" JUD, "union" LAB), else a state body ("commission", "agency": GOV)."""
    role = kb.role(word.lower())
    return tuple(role.sector) if role else _ORG_HEAD_SECTORS.get(word.lower(), ())


def _initials(name: str) -> str:
    """The capitals that open a name's words: "Rapid Support Forces" -> "RSF"."""
    return "".join(w[0] for w in re.findall(r"[\w]+", name) if w[:1].isupper())


def _former_office(person: PersonEntry, now: Office | None) -> Office | None:
    """The last dated GOV office of a former official (ELI now, or no office now: dead) who
    held GOV offices of one state only, the state he is a former of: whose forces "Saddam's
    troops" were.  None where he served several states or none."""
    if now is not None and "ELI" not in now.sector:
        return None
    held = [o for o in person.offices if o.dated and o.sector[:1] == ("GOV",)]
    codes = {o.code for o in held}
    if len(codes) != 1 or (now is not None and codes != {now.code}):
        return None
    return max(held, key=lambda o: o.start or date.min)


def _owned(owner: _Owner, role_sector: list[str]) -> tuple[str, str, list[str]]:
    """(code, affiliation, sectors) of a role its owner holds: a body's sector first, a
    group's instead of a plain GOV role ("an Isis leader"), else the role's first."""
    if owner.kind == "body":
        sector = [*owner.sector, *role_sector]
    elif owner.armed:
        # a region in arms: its forces are rebels ("Tigrayan forces"), its police still police
        sector = ["REB" if s == "MIL" else s for s in role_sector]
    elif (
        owner.kind == "group"
        and (
            role_sector[:1] in ([], ["GOV"])
            # a non-state armed group's commanders and fighters are the group's ("a Taliban
            # commander" is REB); a state organisation's keep the role's ("an IRGC commander")
            or (
                role_sector[:1] in (["MIL"], ["COP"], ["UAF"])
                and owner.sector
                and not set(owner.sector) & STATE_SECTORS
            )
            # a paramilitary's fighters are paramilitaries ("RSF fighters", "Wagner
            # fighters": PRM), not rebels as the noun alone would make them
            or (role_sector[:1] == ["REB"] and owner.sector and set(owner.sector) <= {"PRM"})
        )
    ):
        sector = list(owner.sector)  # "an Isis leader", "a Hamas spokesman"
    else:
        sector = [*role_sector, *owner.sector]
    if owner.disputed:
        sector.append("PRE")
    return owner.code, owner.affiliation, list(dict.fromkeys(sector))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
#: an explicit past year, month or decade with the preposition that places an event in it
_STATED_PERIOD = re.compile(
    r"\b(?:in|during)\s+(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?"
    rf"(?:(?P<month>{'|'.join(_MONTHS)})\s+)?(?P<year>1[89]\d\d|20\d\d)(?P<s>s)?\b",
    re.IGNORECASE,
)


def _stated_periods(doc: ParsedDoc, sent: Sentence, when: date) -> list[tuple[Token, date, date]]:
    """(year token, first day, last day) of each past period a sentence places something in:
    "in 1985", "in March 1975", "in the 1990s", "in the early 1990s".  Only ended before
    ``when`` (the article's date); never "since"/"until" (they reach into other times) nor
    vague words ("decades ago").  A "the" needs a decade: "in the 1985 election" names an
    event, not a time."""
    found: list[tuple[Token, date, date]] = []
    text = doc.text[sent.start : sent.end]
    for m in _STATED_PERIOD.finditer(text):
        year = int(m["year"])
        decade = bool(m["s"])
        if decade != m.group(0).lower().split()[1].startswith("the") or (decade and year % 10):
            continue
        if decade:
            lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(
                (m["mod"] or "").lower(), (0, 9)
            )
            first, last = date(year + lo, 1, 1), date(year + hi, 12, 31)
        elif m["month"]:
            month = _MONTHS.index(m["month"].lower()) + 1
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
        if last >= when:
            continue
        at = sent.start + m.start("year")
        tok = next((t for t in doc.tokens_in(at, at + 4) if t.start <= at), None)
        if tok is not None:
            found.append((tok, first, last))
    return found


def _former_code(person: PersonEntry, when: date | None) -> str | None:
    """The one state a person held every dated office in, when all of them ended before
    ``when`` ("Condoleezza Rice" in 2018: USA); None for several states or none."""
    if when is None:
        return None
    dated = [o for o in person.offices if o.dated]
    if not dated or any(o.end is None or o.end >= when for o in dated):
        return None
    codes = {o.code for o in dated}
    code = codes.pop() if len(codes) == 1 else None
    return code if code and len(code) == 3 and code not in _NON_STATES else None


#: titled people the focus country holds besides its officials: "Opposition leader Ana
#: Ruiz" in an article on one country leads its opposition.  Not clergy: they speak on
#: other countries ("Archbishop Desmond Tutu called for sanctions against Nigeria")
_DOMESTIC_TITLE_SECTORS = frozenset({"OPP"})

#: what an international body issues or does as a body: its name on them is the doer
_BODY_ACT_NOUNS = {
    "resolution",
    "decision",
    "ruling",
    "statement",
    "report",
    "sanction",
    "mandate",
    "mission",
    "vote",
    "veto",
    "proposal",
    "plan",
    "demand",
    "declaration",
    "verdict",
}

#: words that make a state's body its opposition: "leaders of the Kenyan opposition alliance"
_OPPOSITION_WORDS = {"opposition"}

#: particles before a surname that spellings keep or drop ("Omar El Bashir")
_NAME_PARTICLES = {"al", "el", "ul", "bin", "ben", "ibn", "de", "da", "do", "dos", "van", "von"}


#: parts of speech of a word the model glued before a name ("Beyond Donald Trump")
_GLUED_POS = frozenset({"ADP", "SCONJ", "CCONJ", "ADV", "DET", "PRON", "AUX", "PART"})


def _diplomatic_sector(office: str) -> list[str]:
    """A state's "permanent" or "special" representative is its diplomat (GOV); a bare
    "representative" may be a firm's or a union's, so it stays without a sector."""
    words = office.lower().split()
    return ["GOV"] if "permanent" in words or "special" in words else []


#: nouns for settlements: "the town of X" names a place, never a person
_SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "township", "district", "province"})

#: forms of address before a first name ("Comrade Oliver", "Sheikh Hamad"), as
#: honorifics go before a surname
_ADDRESS_WORDS = frozenset({"comrade", "brother", "sister", "sheikh", "imam", "heval"})

#: articles and particles that open surnames ("Le Pen", "Di Maio", "La Russa")
_ARTICLE_PARTICLES = frozenset({"le", "la", "les", "di", "du", "der", "den", "ter", "del"})

#: Arabic kunyas ("father/mother of"): the first word of many names, no first name
_KUNYAS = frozenset({"abu", "umm", "um", "abou", "bin", "ibn", "bint"})

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ath|adh)[-\u2010\u2011]")


def _bare_surname(surname: str) -> str:
    """A surname without its Arabic article: "al-hariri" -> "hariri"."""
    return _ARABIC_ARTICLE.sub("", surname)


def _pet_form(word: str, first: str) -> bool:
    """Whether ``word`` is a pet form of the first name ``first``: a clipping of four
    letters or more ("Alex" of "Alexander") or a stem with -ie, or a doubled consonant
    and -y ("Ollie" of "Oliver", "Danny" of "Daniel").  Not a plain -y ("Mary" is no
    pet form of "Mark"), nor shorter clippings ("Ali", "Jan" are names of their own)."""
    if word == first or len(first) < len(word):
        return False
    if len(word) >= 4 and first.startswith(word):
        return True
    m = re.fullmatch(r"(.+?)(?:ie|(?<=([b-df-hj-np-tv-z]))\2y)", word)
    if m is None:
        return False
    stem = m.group(1)
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return len(stem) >= 2 and first.startswith(stem)


def _alias_country(people: PeopleIndex, b: _Builder, when: date | None) -> str | None:
    """The one country of everyone the people index knows by a mention's own words,
    title included: "President Bush" is an alias of both Bushes, undated, both USA."""
    codes: set[str] = set()
    for _s, _e, text, _subj in b.mentions:
        for person in people.lookup(_no_article(text)):
            office = person.office_on(when) or person.office_on(None)
            if office is not None:
                codes.add(office.code)
    return codes.pop() if len(codes) == 1 else None


def _titled_country(
    people: PeopleIndex, name: str, countries: set[str], when: date | None
) -> str | None:
    """The country of a titled person the people index does not know by this name
    ("President Francois Mitterand", "President Omar El Bashir", "President Bush"): the
    one country of every bearer of the surname (or of a surname one letter off) who also
    bears the first name given; a surname alone counts only bearers from the countries the
    article names.  None when they disagree: an uncoded actor is better than a wrong one."""
    words = [w for w in name_key(name).split() if w not in _NAME_PARTICLES]
    if not words:
        return None
    found = people.by_surname(words[-1]) or people.similar_surnames(words[-1])
    if len(words) > 1:
        first = words[0]
        found = [p for p in found if any(name_key(n).split()[:1] == [first] for n in p.names)]
    codes: set[str] = set()
    for person in found:
        office = person.office_on(when) or person.office_on(None)
        if office is not None:
            codes.add(office.code)
    if len(words) == 1:
        codes &= countries
    return codes.pop() if len(codes) == 1 else None


def resolve_actors(
    doc: ParsedDoc,
    kb: KnowledgeBase | None = None,
    *,
    source: str | None = None,
    when: date | None = None,
) -> ActorIndex:
    """Actors of ``doc`` with their mentions; see the module docstring.

    ``source``: the publisher's name, whose occurrences are not actors; ``when``: the
    article's date, for the offices people held then.
    """
    return ActorResolver(kb).resolve(doc, source, when)
