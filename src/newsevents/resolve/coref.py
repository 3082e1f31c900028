"""Coreference within an article: pronouns and definite descriptions linked to an actor
already named.

"he"/"she" go to the nearest compatible person (gender from titles, gendered nouns and
pronouns already bound), "it"/"its" to a state or organisation, "they"/"their" to a
group; "the government", "the group" to the one compatible actor named just before.
A wrong link is worse than none, so a mention stays unlinked wherever another referent
is possible: a rival actor or pronoun in between, a quotation, a paragraph break, two
candidates of the same standing.

The passes are a mixin of the actor resolution run (:mod:`newsevents.resolve.actors`),
whose state (builders, mentions, the parse) they read and extend.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsevents.coding.nouns import is_inanimate
from newsevents.parsed import ParsedDoc, Token
from newsevents.resolve.actor_words import (
    _ADJECTIVE_HOW,
    _ARMED_GROUP_NOUNS,
    _ARMED_MODIFIERS,
    _ARMED_PLURALS,
    _DEFINITE_NOUNS,
    _EQUIPMENT_ROLES,
    _FEMALE_NOUNS,
    _FEMALE_TITLES,
    _GOVERNMENT_NOUNS,
    _INSTITUTION_NOUNS,
    _MALE_NOUNS,
    _MALE_TITLES,
    _NON_STATES,
    _NONREFERENTIAL_IT_HEADS,
    _NOT_REFERENT_ENTS,
    _PERSON_SUFFIXES,
    _PLACE_PREPS,
    _PLACED_ARMED_SECTORS,
    _PRONOUN_CLASS,
    _REFERENT_DEPS,
    _SPEECH_VERBS,
    _STATE_BODY_SECTORS,
    _after_hyphen,
    is_stance,
    office_is,
)
from newsevents.resolve.kb import KBEntry, KnowledgeBase
from newsevents.resolve.people import PeopleIndex

if TYPE_CHECKING:
    from datetime import date

    from newsevents.resolve.actors import _Builder


#: role nouns for a force or body, never what "he"/"she" refers to
_NOT_ONE_PERSON = frozenset(_INSTITUTION_NOUNS | {"peshmerga", "militia", "coalition"})
#: first words of a mention that are no name ("The group", "Its fighters")
_NOT_NAMES = frozenset({"the", "it", "its", "they", "their", "them", "a", "an"})
#: the armed group an article is about: this many mentions before a description, and
#: this many times those of any other armed group named before it
_ARTICLE_GROUP_MIN = 4
_ARTICLE_GROUP_SHARE = 3
#: generic role nouns that take up a named person whose office is a kind of them, by the
#: office's sector: "Army chief X ... the general", "Senator X ... the lawmaker"
_HYPERNYM_SECTORS = {
    "general": {"MIL"},
    "commander": {"MIL", "REB"},
    "lawmaker": {"LEG"},
    "legislator": {"LEG"},
}
_STATE_KINDS = ("country", "disputed")
#: conjunctions of a time clause whose subject pronoun continues the main clause's subject
_TIME_MARKS = frozenset({"after", "before", "when", "once", "while"})
#: acts of finding and searching: in "police arrested three men after they found
#: explosives" those who find are those who arrest; after other verbs ("before they could
#: flee", "after they attacked a bank") the object, the wrongdoer, acts as often
_DISCOVERY_VERBS = frozenset(
    {"find", "discover", "uncover", "detect", "locate", "spot", "search", "raid", "seize"}
    | {"intercept", "confiscate", "recover", "trace", "identify"}
)
#: plurals for an armed group's men that take up the group ("the rebels"); not "the
#: fighters", which armies and militias have too
_ARMED_ANAPHORS = frozenset(_ARMED_PLURALS | {"rebel", "guerrilla"})
#: an armed group's men, named with the group ("Al-Shabaab fighters")
_ARMED_MEN = _ARMED_ANAPHORS | {"fighter"}


def _norm_name(text: str) -> str:
    return " ".join(text.lower().split())


def _names(*lines: str) -> frozenset[str]:
    return frozenset(w for line in lines for w in line.split())


#: common given names of one sex (across the languages of the news), for the pronouns of a
#: person named in full with no title or gendered noun: "Richard Barrett said ... her" is
#: not Barrett.  Names used for both sexes are left out.
_MALE_GIVEN = _names(
    "abdullah abdul ahmad ahmet alexander alexei ali andrew anthony boris brian charles",
    "christopher daniel david dmitry donald edward emmanuel francis frank george gerhard",
    "hassan henry hussein ibrahim igor ivan jacob james jean-claude jean-luc jeremy john",
    "jonathan joseph juan justin keith kevin khalid lars luis mahmoud mark martin matthew",
    "michael mohamed mohammad mohammed muhammad mustafa nicolas nikolai omar pablo paul pedro",
    "peter philip pierre richard robert ryan salman samuel sergei sergey stephen steven",
    "thomas timothy viktor vladimir walter william yusuf",
    # the Middle East, South Asia and Britain, where much of the news is set
    "abbas abdel abdulrahman adel adil ahmed amer amir anwar ayman bashar bashir bassam",
    "fadi faisal firas fuad ghassan hafez haider hamad hamed hamid hamza hisham imad ismail",
    "jamal jawad kamal karim khaled majid mansour marwan mehmet moussa nabil nasser nasr",
    "nizar osama qassem rami recep saad sajid salim samir suleiman talal tariq walid yasser",
    "yousef youssef zaid ziad",
    "adam alan alistair barack ben benjamin boris dominic gavin gordon hugh ian jack jim joe",
    "liam luke mike nick oliver simon steve tim tony",
)
_FEMALE_GIVEN = _names(
    "aisha alexandra amina angela anna anne annalena barbara catherine christine claire diana",
    "elena elizabeth emily emma fatima fatma hannah helen jacinda jane jennifer julia karen",
    "katherine kathleen laura linda liz lucy margaret maria marie mary michelle nadia",
    "natalia natalya nancy olga rachel rebecca sarah sophie susan svetlana tatiana theresa",
    "ursula victoria yulia zainab",
    "amal asma bushra dalia ghada hala hanan hiba huda iman jamila khadija layla leila lina",
    "maha manal mariam maryam mona nada nawal nisreen nasreen rania rasha rashida samira",
    "shamima shireen suad yasmin yasmine zahra zeinab",
    "amber caroline diane harriet hillary kate nicola penny priti ruth samantha yvette",
)
#: Arabic kunyas, "father of" and "mother of", that open a name ("Abu Sayyaf", "Umm Sayyaf")
_MALE_KUNYAS = frozenset({"abu", "abou"})
_FEMALE_KUNYAS = frozenset({"umm", "um"})
#: quoted sentences a pronoun looks back over to the quotation's speaker
_QUOTED_RUN = 8
#: modifiers of a role noun that leave it the same office ("the then president")
_ROLE_KEEP = frozenset({"the", "then"})
#: nouns for one state's armed forces, interchangeable once a single state's are in play:
#: "Nigerian troops ... the army said two soldiers died"
_ARMED_FORCES = frozenset({"army", "military", "troops", "soldiers", "forces"})
#: how a phrase or clause fronted before its clause's subject hangs on the verb ("In his
#: speech, May said", "Speaking to his aides, Khan said", "Later in her life, she ...")
_FRONTED_DEPS = {
    "prep": ("ADP", "SCONJ"),
    "advcl": ("VERB", "AUX"),
    "npadvmod": ("NOUN",),
    "advmod": ("ADV",),
}
#: verbs of answering or following another's act: "Responding to his calls, a spokesman
#: said", "Following in his footsteps, Johnson became ...": the owner is someone else
_REACTION_VERBS = _names(
    "respond reply react answer follow echo welcome reject dismiss deny rebuff counter",
    "criticise criticize condemn praise hail applaud thank mock challenge question defy",
    "ignore heed oppose contradict quote cite succeed replace mourn",
)
#: a monarch's titles, which "the monarch" takes up: "King Mohammed VI ... the monarch"
_MONARCH_TITLES = frozenset({"monarch", "king", "queen", "emir", "sultan"})


class CorefMixin:
    """The coreference passes of one resolution run (mixed into ``actors._Run``)."""

    # the run's state, set by ``actors._Run.__init__``
    doc: ParsedDoc
    kb: KnowledgeBase
    people: PeopleIndex | None
    builders: dict[str, _Builder]
    order: list[str]
    how: dict[int, str]
    _gender: dict[str, str | None]
    _name_gender: dict[str, str | None]
    _titled: set[str]
    _quotes: list[tuple[int, int]] | None
    when: date | None
    _pick_mentions: list[tuple[int, int, str, bool]]
    _open_peoples: list[tuple[_Builder, tuple[str, ...]]]
    _blocked_peoples: list[tuple[_Builder, tuple[str, ...], Token]]

    # the run's helpers (defined in ``actors._Run``)
    def _builder(self, key: str, name: str, kind: str) -> _Builder:
        raise NotImplementedError

    def _is_taken(self, start: int, end: int) -> bool:
        raise NotImplementedError

    def _mention(self, b: _Builder, start: int, end: int, subject: bool, how: str) -> None:
        raise NotImplementedError

    def _head_token(self, start: int, end: int) -> Token | None:
        raise NotImplementedError

    def _is_subject(self, tok: Token | None) -> bool:
        raise NotImplementedError

    def _same_role(self, tok: Token, role: str | None) -> _Builder | None:
        raise NotImplementedError

    def _state_names(self, start: int, end: int) -> list[tuple[int, int, str, bool]]:
        raise NotImplementedError

    @staticmethod
    def _state_attrs(entry: KBEntry, government: bool) -> tuple[str, list[str]]:
        raise NotImplementedError

    # -- definite descriptions ------------------------------------------------
    def _definite(self, tok: Token) -> _Builder | None:
        """ "the government", "the ministry", "the party", "the company", "the group" with
        no other modifier: the one compatible actor named in the same or the three sentences
        before (for a government, the one state named there); None when there are several,
        none, or an uncovered word of the same noun ("a rebel group") could be meant."""
        if self._armed_description(tok):
            return self._armed_antecedent(tok) or self._repeated_head(tok)
        person = self._role_anaphor(tok) or self._monarch(tok)
        if person is not None:
            return person
        repeated = self._repeated_head(tok)
        if repeated is not None:
            return repeated
        kind = _DEFINITE_NOUNS.get(tok.lemma.lower())
        # British usage drops the article: "Cabinet agreed ..."
        bare = (
            tok.text == "Cabinet"
            and tok.dep not in ("compound", "amod", "poss")
            and not list(self.doc.children(tok.i))
        )
        if kind is None or (tok.tag not in ("NN", "NNS") and not bare):
            return None
        if tok.tag == "NNS" and tok.lower != "authorities":
            return None  # "between the groups": several
        if (tok.lemma.lower() == "authority") != (tok.lower == "authorities"):
            return None  # "the authority" is a body of its own; "the authorities" a government
        if kind == "government" and self._government_modifier(tok):
            # "a government assault on Idlib": the government of the one state the passage
            # names, as "the government" is
            return self._definite_government([(s, b) for s, _e, b in self._window_mentions(tok)])
        if not bare and not self._bare_the(tok, coordinated=kind == "government"):
            return None  # "the group's fighters" counts, "the group of women" does not
        window = [(s, b) for s, _e, b in self._window_mentions(tok)]
        first = min((s for s, _b in window), default=tok.start)
        lemma = tok.lemma.lower()
        for t in self.doc.tokens_in(first, tok.start):
            if t.lemma.lower() == lemma and t.i != tok.i and not self._is_taken(t.start, t.end):
                if kind == "government" and t.dep == "compound" and t.head > t.i:
                    continue  # "regime change": no government of its own
                if kind == "group" and self._same_definite(t):
                    # "the group he led ... The group": one chain, which names what the
                    # earlier one names; unsure which, unless one armed group dominates
                    return self._armed_antecedent(tok, dominant=True)
                return None  # "a group of women ... the group"
        if kind == "government":
            # "the regime" after "the Assad regime": that one, whatever the window names
            named = (
                self._named_with_noun(tok)
                if lemma in ("regime", "administration", "cabinet")
                else None
            )
            if named is None and any(
                self.doc.tokens[c].dep == "conj" for c in self.doc.children(tok.i)
            ):
                return None  # "the regime and the Russians": not the state named beside it
            return named or self._definite_government(window)
        # "the SDF are battling the group's fighters": a group is not its own opponent
        agents = [
            b
            for _s, b in window
            if kind == "group" and self._clause_agent(tok, b, strict=self._members(b))
        ]
        # the same group under another name: "the Syrian Democratic Forces (SDF)"
        agent = {
            id(b)
            for b in self.builders.values()
            for a in agents
            if b is a
            or (a.code is not None and b.code == a.code and "REB" in b.sector)
            or self._armed_ids(b) == self._armed_ids(a)
        }
        found = {
            id(b): b for _s, b in window if self._definite_fits(kind, b) and id(b) not in agent
        }
        if len(found) == 1:
            return next(iter(found.values()))
        if not found and kind == "group":
            # an armed group named earlier, the only one of the article so far
            armed = {
                id(b): b
                for key in self.order
                if (b := self.builders[key]).key.startswith("org|")
                and self._armed(b)
                and any(m[0] < tok.start for m in b.mentions)
                and id(b) not in agent
            }
            others = [b for key in self.order if (b := self.builders[key]).key.startswith("org|")]
            if len(armed) == 1 and len(others) == 1:
                return next(iter(armed.values()))
        if kind == "group" and len(found) != 1 and all(self._armed(b) for b in found.values()):
            # several armed groups ("the SDF ... Isis ... the group"): the salient one
            return self._armed_antecedent(tok)
        return None

    def _role_anaphor(self, tok: Token) -> _Builder | None:
        """ "the senator", "the general", "the foreign minister" with no owner: the one named
        person the article gave that office before ("Senator X", "Army chief X", by title,
        apposition or the people index's office on the date), or an office of that kind
        (:data:`_HYPERNYM_SECTORS`); not a person arguing with it in its own clause ("X met
        the general"), and None when several people fit or the noun was used for someone
        else before ("a senator ... the senator")."""
        if tok.tag != "NN":
            return None
        kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        if not kids or kids[0].lower != "the" or kids[0].i > tok.i:
            return None
        if any(k.i > tok.i and k.dep not in ("punct", "case") for k in kids):
            return None  # "the minister for ...", "the general who ...": said after it
        mods = [k.lower for k in kids if k.i < tok.i and k.lower not in _ROLE_KEEP]
        role = self.kb.role(" ".join([*mods, tok.lower]))
        if role is None or role.name.split() != [*mods, tok.lower]:
            return None  # "the Russian president": an owner; "the former minister"
        words = role.name.split()
        found: dict[int, _Builder] = {}
        for key in self.order:
            b = self.builders[key]
            before = [m for m in b.mentions if m[0] < tok.start]
            if not before:
                continue
            if b.kind != "person" or not key.startswith("person|"):
                if b.role == role.name:
                    return None  # "a senator said ... the senator": that one, perhaps
                continue
            if self._role_fits(b, words) and not self._co_argument(tok, b):
                found[id(b)] = b
        if len(found) != 1:
            return None
        pick = next(iter(found.values()))
        if self._same_role(tok, role.name) is not None:
            return None  # the role noun's own match finds a person (``actors._Run``)
        lemma = tok.lemma.lower()
        first = min(m[0] for m in pick.mentions)
        for t in self.doc.tokens_in(first, tok.start):
            if t.lemma.lower() == lemma and t.i != tok.i and not self._is_taken(t.start, t.end):
                return None  # "a general" no actor covers
        return pick

    def _bare_the(self, tok: Token, coordinated: bool = False) -> bool:
        """ "the NOUN" with no other modifier; with ``coordinated``, also the first of a
        coordination ("talks between the regime and opposition"): the parser hangs the
        other conjunct on it, which modifies nothing."""
        skip = ("punct", "case", "cc", "conj") if coordinated else ("punct", "case")
        kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        conj = min((k.i for k in kids if k.dep == "conj"), default=None) if coordinated else None
        # what follows the other conjunct is said of both ("the regime and opposition in
        # Vienna")
        kept = [k.lower for k in kids if k.dep not in skip and (conj is None or k.i < conj)]
        return kept == ["the"] and kids[0].i < tok.i

    def _government_modifier(self, tok: Token) -> bool:
        """ "government" or "regime" alone before a noun for an act or a thing ("a
        government assault", "regime airstrikes"); not before a role ("government forces",
        "government spokesman": the role's own mention)."""
        if tok.lemma.lower() not in ("government", "regime") or tok.dep != "compound":
            return False
        head = self.doc.tokens[tok.head]
        return (
            head.i > tok.i
            and head.pos == "NOUN"
            and not list(self.doc.children(tok.i))
            and not any(
                self.kb.role(w) or self.kb.role(w, people_nouns=True)
                for w in (head.lemma.lower(), head.lower)
            )
        )

    def _opposition_state(self, tok: Token) -> str | None:
        """The state of a bare "opposition" (a country's opposition is domestic): that of
        the government it is coordinated with ("talks between the regime and opposition",
        "the government and the opposition"), else of the one state whose opposition the
        article named before ("the Syrian opposition delegation ... the opposition's
        demands").  None where the article named the oppositions of several states."""
        partners = [self.doc.tokens[c] for c in self.doc.children(tok.i) if c > tok.i]
        if tok.dep == "conj":
            partners.append(self.doc.tokens[tok.head])
        for t in partners:
            if t.dep not in ("conj",) and t.i != tok.head:
                continue
            if t.lemma.lower() not in _GOVERNMENT_NOUNS:
                continue
            for key in self.order:
                b = self.builders[key]
                if (
                    b.code
                    and "GOV" in b.sector
                    and any(s <= t.start < e for s, e, _x, _y in b.mentions)
                ):
                    return b.code
        codes = {
            b.code
            for key in self.order
            if (b := self.builders[key]).code
            and "OPP" in b.sector
            and b.code not in _NON_STATES
            and any(s < tok.start for s, _e, _x, _y in b.mentions)
        }
        return codes.pop() if len(codes) == 1 else None

    def _window_mentions(self, tok: Token) -> list[tuple[int, int, _Builder]]:
        """Mentions before ``tok`` in its sentence and the three before, in its paragraph."""
        found = []
        for key in self.order:
            b = self.builders[key]
            for s, e, _t, _subj in b.mentions:
                sent = self.doc.sentence_of(s)
                if s >= tok.start or sent is None or tok.sent - sent.index > 3:
                    continue
                if "\n" not in self.doc.text[s : tok.start]:
                    found.append((s, e, b))
        return found

    def _repeated_head(self, tok: Token) -> _Builder | None:
        """ "the navy", "the court", "the rebels" repeating the head noun of an earlier
        mention ("The Malaysian navy ...", "Houthi rebels ..."), and "the army" after
        "Nigerian troops" (one state's armed forces under any of their nouns): that mention's
        actor, when every earlier use of the noun there is one actor's, of a known country,
        and it is not an argument of ``tok``'s own clause ("Thai troops fought the army")."""
        if tok.tag not in ("NN", "NNS") or not self._bare_the(tok):
            return None
        prep = self.doc.tokens[tok.head]
        if tok.dep == "pobj" and prep.lower == "of" and prep.head != prep.i:
            whole = self.doc.tokens[prep.head]
            if whole.pos not in ("NUM", "PRON", "DET", "ADJ") and (
                self.kb.role(whole.lemma.lower()) is None
            ):
                return None  # "in terms of the military": a domain; not "one of the officials"
        armed = tok.lower in _ARMED_FORCES
        if not armed and (
            self.kb.role(tok.lemma.lower()) is None or tok.lemma.lower() in _DEFINITE_NOUNS
        ):
            return None  # "the government", "the group": the window's one actor (below)
        lemma = tok.lemma.lower()

        def same(t: Token) -> bool:
            return t.lower in _ARMED_FORCES if armed else t.lemma.lower() == lemma

        mentions = self._window_mentions(tok)
        if not mentions:
            return None
        first = min(s for s, _e, _b in mentions)
        picked: dict[str, _Builder] = {}
        for t in self.doc.tokens_in(first, tok.start):
            if not same(t) or t.pos not in ("NOUN", "PROPN"):
                continue
            owner = [b for s, e, b in mentions if s <= t.start and t.end <= e]
            b = owner[-1] if owner else None
            head = self._head_token(t.start, t.end)
            if b is None or b.kind == "person" or head is None:
                return None
            if b.code is None and not self._state_pending(b):
                return None  # "a court in Lagos ... the court": an actor left open
            if armed and "MIL" not in b.sector and t.lower != tok.lower:
                return None  # "the army" is no rebel group's; "the forces" after theirs is
            if any(
                self.doc.tokens[g].dep == "conj"
                for c in self.doc.children(t.i)
                for g in self.doc.children(c)
            ):
                return None  # "Indian and Pakistani troops": two states' under one noun
            picked[b.code or f"open|{b.key}"] = b  # the nearest of one country's
        if len(picked) != 1:
            return None  # none, or "Indian and Pakistani troops ... the army"
        b = next(iter(picked.values()))
        # "Turkey said it would hit back at the troops": no state's forces are its target
        if any(
            (o is b or (b.code is not None and o.code == b.code)) and self._co_argument(tok, o)
            for o in self.builders.values()
        ):
            return None
        return b

    def _state_pending(self, b: _Builder) -> bool:
        """Whether ``b`` is a people's actor whose state is decided once the article is read
        ("Kurdish peshmerga forces": Iraq's, by the group named in it): "the forces" after
        it are the same actor, and take the state it gets."""
        return any(p is b for p, _states in self._open_peoples) or any(
            p is b for p, _states, _tok in self._blocked_peoples
        )

    def _monarch(self, tok: Token) -> _Builder | None:
        """ "the monarch" after one person titled king, queen, emir or sultan; "the palace"
        speaking ("the palace said") is that monarch's court."""
        if tok.tag != "NN" or not self._bare_the(tok):
            return None
        if tok.lower == "palace":
            head = self.doc.tokens[tok.head]
            if tok.dep != "nsubj" or head.lemma.lower() not in _SPEECH_VERBS:
                return None
        elif tok.lower != "monarch":
            return None
        found = {
            id(b): b
            for s, e, b in self._window_mentions(tok)
            if b.kind == "person"
            and any(t.lower in _MONARCH_TITLES for t in self.doc.tokens_in(s, e))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _role_fits(self, b: _Builder, words: list[str]) -> bool:
        """Whether a named person holds the office ``words`` name or one of its kind."""
        offices = [o for o in (b.office, b.role) if o]
        sectors = set(b.sector)
        if self.people is not None:
            for person in self.people.lookup(b.name)[:1]:
                held = person.office_on(self.when)
                if held is not None and held.dated:
                    offices.append(held.office or "")
                    sectors |= set(held.sector)
        if any(office_is(office, words) for office in offices):
            return True  # "Foreign Minister X ... the minister"; not "Vice President"
        kind = _HYPERNYM_SECTORS.get(" ".join(words))
        return kind is not None and bool(kind & sectors)

    def _co_argument(self, tok: Token, b: _Builder) -> bool:
        """Whether ``b`` is named among the arguments of the clause holding ``tok`` (up to
        the verb, through the verbs it complements, not across "and"): "X met the general",
        "X said the general ...", not "X spoke, and the general ..."."""
        verbs: set[int] = set()
        up = tok
        while up.head != up.i and up.sent == tok.sent:
            if up.pos in ("VERB", "AUX"):
                verbs.add(up.i)
                if up.dep == "conj":
                    break
            up = self.doc.tokens[up.head]
        else:
            verbs.add(up.i)
        for s, e, _t, _subj in b.mentions:
            head = self._head_token(s, e)
            while head is not None and head.sent == tok.sent and head.pos not in ("VERB", "AUX"):
                if head.head == head.i:
                    break
                head = self.doc.tokens[head.head]
            if head is not None and head.sent == tok.sent and head.i in verbs:
                return True
        return False

    def _same_definite(self, t: Token) -> bool:
        """An earlier "the group" in the singular that introduces nobody new ("the group
        he led", "his organisation"): not "a group", "groups", nor "the group of women"."""
        kids = [self.doc.tokens[c] for c in self.doc.children(t.i)]
        return (
            t.tag == "NN"
            and any(
                (k.lower == "the" and k.dep == "det") or (k.tag == "PRP$" and k.dep == "poss")
                for k in kids
            )
            and not any(k.dep in ("prep", "amod", "compound") and k.i != t.i for k in kids)
        )

    def _armed_description(self, tok: Token) -> bool:
        """ "the militants", "the extremists", "the jihadist group", "the militant group":
        a description only an armed group answers."""
        kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        kids = [k for k in kids if k.dep not in ("punct", "case")]  # "the group's"
        if any(k.i > tok.i for k in kids) or not kids or kids[0].lower != "the":
            return False
        lemma = tok.lemma.lower()
        if tok.tag == "NNS" and tok.lower.rstrip("s") in _ARMED_ANAPHORS:
            return len(kids) == 1
        return (
            tok.tag == "NN"
            and lemma in _ARMED_GROUP_NOUNS
            and len(kids) == 2
            and kids[1].lower in _ARMED_MODIFIERS
        )

    def _armed_antecedent(self, tok: Token, dominant: bool = False) -> _Builder | None:
        """The one armed group the article has named before an armed description (by any
        of its names: "Isis ... Islamic State ... the terror group"); None when it named
        several ("the SDF advanced against the militants": the most recent is often the
        other side), or when a word for armed men no actor of that group covers ("gunmen
        stormed ...") stands between its last mention and the description.  With
        ``dominant``, only the group the article is about (:meth:`_dominant_armed`)."""
        armed: dict[frozenset[str], list[tuple[int, _Builder]]] = {}
        for key in self.order:
            b = self.builders[key]
            before = [m[1] for m in b.mentions if m[0] < tok.start]
            if before and ((key.startswith("org|") and self._armed(b)) or self._members(b)):
                armed.setdefault(self._armed_ids(b), []).append((max(before), b))
        # "the SDF pursued the militants": a group is not its own opponent
        named = armed
        # (a group's men only as the subject of the description's own clause: "Isis
        # fighters were held, and HRW said ... the group")
        armed = {
            ids: members
            for ids, members in armed.items()
            if not any(self._clause_agent(tok, b, strict=self._members(b)) for _l, b in members)
        }
        if not armed and len(named) == 1:
            # "Al-Shabaab fighters stormed a hotel, and the militants held it": the subject
            # of a clause joined by "and", when no other armed group is named
            _ids, members = next(iter(named.items()))
            if not any(self._clause_agent(tok, b, strict=True) for _l, b in members):
                armed = named
        if not armed:
            return None
        if dominant:
            found = self._dominant_armed(tok, armed)
            if found is None:
                return None
            last, pick = found
        elif len(armed) == 1:
            last, pick = max(next(iter(armed.values())), key=lambda x: x[0])
        else:
            found = self._salient_armed(tok, armed)
            if found is None:
                return None
            last, pick = found
        if self._members(pick):
            # "Isis ... Isis fighters were held ... the group": the group's own actor
            orgs = [
                (m, b) for m, b in named.get(self._armed_ids(pick), []) if b.key.startswith("org|")
            ]
            if orgs:
                own_last = max(orgs, key=lambda x: x[0])[1]
                pick = own_last
        # members of the same group ("Isis fighters") are no other armed men
        known = self.people.groups(pick.name) if self.people is not None else []
        code = pick.code or (known[0].code if known else None)
        own = [
            (s, e)
            for b in self.builders.values()
            if b is pick or (code is not None and b.code == code)
            for s, e, _x, _y in b.mentions
        ]
        for t in self.doc.tokens_in(last, tok.start):
            if t.pos != "NOUN" or any(s <= t.start < e for s, e in own):
                continue
            role = self.kb.role(t.lemma.lower())
            armed_word = t.lemma.lower() in _ARMED_PLURALS | _ARMED_GROUP_NOUNS
            if t.lemma.lower() in _ARMED_GROUP_NOUNS and self._same_definite(t):
                continue  # "Isis ... the group he led ... the group": one chain
            if armed_word or (role is not None and _PLACED_ARMED_SECTORS & set(role.sector)):
                return None  # "... gunmen stormed a hotel. The militants ...": those
        if tok.tag == "NNS":
            # "Kurdish rebels attacked Isis ... The rebels": the men of that noun
            first = self.doc.sentences[max(tok.sent - 2, 0)].first
            ids = self._armed_ids(pick)
            own += [
                (s, e)
                for b in self.builders.values()
                if self._armed_ids(b) == ids
                for s, e, _x, _y in b.mentions
            ]
            for t in self.doc.tokens[first : tok.i]:
                if (
                    t.tag == "NNS"
                    and t.lemma.lower() == tok.lemma.lower()
                    and not any(s <= t.start < e for s, e in own)
                ):
                    return None
        return pick

    def _salient_armed(
        self, tok: Token, armed: dict[frozenset[str], list[tuple[int, _Builder]]]
    ) -> tuple[int, _Builder] | None:
        """Of several armed groups named before ``tok``, the one a description names.  Not
        a group that is the subject of a clause holding the description ("the SDF pursued
        the militants", "the SDF said the militants had fled": the other side).  Of the
        rest, the one left, or the one whose names occur most often (twice at least) in
        the description's sentence and the two before, in any position ("the Isis fight",
        "anti-Isis", "Isis members": the passage's topic); none on a tie.  A wrong
        antecedent is worse than none."""
        first_sent = self.doc.sentences[max(tok.sent - 2, 0)]
        window = self.doc.text[first_sent.start : tok.start]
        scores: dict[frozenset[str], int] = {}
        for ids, members in armed.items():
            names: set[str] = set()
            agent = any(self._clause_agent(tok, b, strict=self._members(b)) for _last, b in members)
            for _last, b in members:
                for _s, _e, text, _subj in b.mentions:
                    if text[:1].isupper() and text.split()[0].lower() not in _NOT_NAMES:
                        names.add(text)
            if agent:
                continue
            scores[ids] = sum(
                len(re.findall(rf"(?<![\w-]){re.escape(n)}(?!\w)", window))
                + len(re.findall(rf"(?<=-){re.escape(n)}(?!\w)", window))
                for n in names
            )
        if not scores:
            return None
        best = max(scores.values())
        top = [k for k, v in scores.items() if v == best]
        if len(scores) == 1 and best >= 1:
            return max(armed[top[0]], key=lambda x: x[0])  # the other one is the agent
        if best >= 2 and len(top) == 1:
            return max(armed[top[0]], key=lambda x: x[0])
        # no topic in the passage: the group the article is about
        return self._dominant_armed(tok, {ids: armed[ids] for ids in scores})

    def _dominant_armed(
        self, tok: Token, armed: dict[frozenset[str], list[tuple[int, _Builder]]]
    ) -> tuple[int, _Builder] | None:
        """The armed group the article is about, by its mentions before ``tok`` (any form:
        names, "its", "the militants"): four at least, and three times as many as any other
        ("Isis" named throughout, "al-Nusra" once: "the group" is Isis); None otherwise."""
        counts = {
            ids: sum(1 for _l, b in members for m in b.mentions if m[0] < tok.start)
            for ids, members in armed.items()
        }
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][1] < _ARTICLE_GROUP_MIN:
            return None
        if any(ranked[0][1] < _ARTICLE_GROUP_SHARE * n for _ids, n in ranked[1:]):
            return None
        return max(armed[ranked[0][0]], key=lambda x: x[0])

    def _clause_agent(self, tok: Token, b: _Builder, strict: bool = False) -> bool:
        """Whether ``b`` is the subject or passive agent of a clause holding ``tok`` ("the
        SDF pursued the militants", "the SDF said the militants had fled", "the group's
        volunteers were expelled by Isis"); of a clause joined by "and" too ("the SDF
        advanced and the militants fled") unless ``strict``."""
        own = self._clause_verbs(tok, strict)
        governing = set(own)
        up = tok
        while up.head != up.i:  # the verbs above the description: "said" in "X said the ..."
            if strict and up.dep == "conj" and self._has_subject(up):
                break  # "X stormed ..., and Kenyan troops pursued the militants"
            up = self.doc.tokens[up.head]
            governing.add(up.i)
        # "the SDF, which have been advancing against the militants", "the SDF, advancing
        # against ...": the noun a relative or participle clause describes is its subject
        described = {
            self.doc.tokens[v].head
            for v in governing
            if (verb := self.doc.tokens[v]).head != v
            and (
                (verb.dep == "acl" and verb.tag == "VBG")
                or (
                    verb.dep == "relcl"
                    and any(
                        self.doc.tokens[c].dep in ("nsubj", "nsubjpass")
                        and self.doc.tokens[c].tag in ("WDT", "WP")
                        for c in self.doc.children(v)
                    )
                )
            )
        }
        for s, e, _text, _subj in b.mentions:
            head = self._head_token(s, e)
            if head is None or head.sent != tok.sent:
                continue
            if head.i in described:
                return True
            if head.dep == "pobj" and self.doc.tokens[head.head].dep == "agent":
                # "were expelled by Isis", in the description's own clause only: "kidnapped
                # by Isis when the group stormed ..." is the group
                if self.doc.tokens[head.head].head in own:
                    return True
            elif head.dep.startswith("nsubj") and head.head in governing:
                return True
        return False

    def _members(self, b: _Builder) -> bool:
        """Fighters of a named armed group ("Al-Shabaab fighters"): the group, for a
        description that takes it up; not a country's ("Syrian rebels")."""
        if not b.key.startswith("role|") or "REB" not in b.sector or not b.code:
            return False
        if b.role not in _ARMED_MEN:
            return False  # "Isis leaders" are some of its men, not the group's body
        entry = self.kb.get(b.affiliation or "")
        return b.affiliation is not None and (entry is None or entry.kind not in _STATE_KINDS)

    def _armed_ids(self, b: _Builder) -> frozenset[str]:
        """The armed groups of the index a name stands for ("Isis", "Islamic State": one),
        or the builder itself where the index has none."""
        if self._members(b) and b.affiliation is not None:
            return frozenset({b.affiliation})  # the group's index id
        found = self.people.groups(b.name) if self.people is not None else []
        ids = frozenset(g.id for g in found if "REB" in g.sector)
        return ids or frozenset({b.key})

    def _named_with_noun(self, tok: Token) -> _Builder | None:
        """ "the regime" anywhere in an article that calls one government "the Assad regime"
        or "the Syrian regime": the one coded government the article calls by that noun,
        before or after (a quote's "the regime" may come before the reporter names it).
        None where the article calls two states so."""
        lemma = tok.lemma.lower()
        found: dict[int, _Builder] = {}
        for key in self.order:
            b = self.builders[key]
            if b.kind != "state" or "GOV" not in b.sector or not b.code:
                continue
            for s, e, _t, _subj in b.mentions:
                if self.how.get(s, "").startswith("the NOUN"):
                    continue  # an earlier "the regime" read from the window: no naming
                head = self._head_token(s, e)
                if s != tok.start and head is not None and head.lemma.lower() == lemma:
                    found[id(b)] = b
        # a later "the Syrian regime" has no actor yet (role nouns are read in text order):
        # the states named on the noun's other uses
        later: set[str] = set()
        for t in self.doc.tokens:
            if t.i <= tok.i or t.lemma.lower() != lemma:
                continue
            if _after_hyphen(self.doc, t):
                continue  # "pro-regime": a stance, no government
            for c in self.doc.children(t.i):
                k = self.doc.tokens[c]
                if c < t.i and k.dep in ("amod", "compound", "poss", "nmod"):
                    later |= {
                        code
                        for s, e, code, _named in self._state_names(k.start, k.end)
                        if not is_stance(self.doc.text, s, e)
                    }
        codes = {b.code for b in found.values() if b.code} | later
        if len(codes) != 1 or len(found) > 1:
            return None
        if found:
            return next(iter(found.values()))
        entry = self.kb.by_code(codes.pop())
        if entry is None or entry.kind not in ("country", "disputed"):
            return None
        return self._government_of(entry)

    def _government_of(self, entry: KBEntry) -> _Builder:
        """The actor of a state's government (as a capital standing for it is)."""
        code, sector = self._state_attrs(entry, government=True)
        b = self._builder(f"{entry.id}|{'+'.join(sector)}", f"{entry.name} (government)", "state")
        b.absorb(code, sector, None, entry.id, None)
        b.identifier = b.identifier or entry.id
        return b

    def _definite_fits(self, kind: str, b: _Builder) -> bool:
        if kind == "ministry":
            return b.role == "ministry" or "ministry" in b.name.lower()
        if kind == "party":
            return "PTY" in b.sector
        if kind == "company":
            return "BUS" in b.sector or b.code == "MNC"
        # a group: a named organisation the groups index knows, that is no state body
        known = self.people is not None and bool(self.people.groups(b.name))
        return b.key.startswith("org|") and known and not set(b.sector) & _STATE_BODY_SECTORS

    def _armed(self, b: _Builder) -> bool:
        """An armed group, by its sector or (not yet filled in) the groups index."""
        if "REB" in b.sector:
            return True
        return self.people is not None and any(
            "REB" in g.sector for g in self.people.groups(b.name)
        )

    def _definite_government(self, window: list[tuple[int, _Builder]]) -> _Builder | None:
        """The government of the one state the window names (any actor's code counts)."""
        codes = {
            b.code
            for _s, b in window
            if b.code and len(b.code) == 3 and b.code.isalpha() and b.code not in _NON_STATES
        }
        if len(codes) != 1:
            return None
        entries = {
            entry.id: entry
            for _s, b in window
            if (entry := self.kb.get(b.affiliation or b.identifier or "")) is not None
            and entry.kind in ("country", "disputed")
        }
        if len(entries) > 1:
            return None
        entry = next(iter(entries.values()), None) or self.kb.by_code(codes.pop())
        if entry is None:
            return None
        return self._government_of(entry)

    def _appositive_person(self, tok: Token) -> _Builder | None:
        """A role in apposition with a named person ("the president, Bashar al-Assad,"):
        that person."""
        others = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        others = [t for t in others if t.dep == "appos" and t.ent_type == "PERSON"]
        if tok.dep == "appos" and self.doc.tokens[tok.head].ent_type == "PERSON":
            head = self.doc.tokens[tok.head]
            # "X and Y, leader of ...": the parser hangs the role on X; it is Y's
            conj = [
                c
                for i in self.doc.children(head.i)
                if (c := self.doc.tokens[i]).dep == "conj"
                and c.ent_type == "PERSON"
                and head.i < c.i < tok.i
            ]
            others.append(conj[-1] if conj else head)
        for t in others:
            for key in self.order:
                b = self.builders[key]
                if b.kind == "person" and any(s <= t.start < e for s, e, _x, _y in b.mentions):
                    return b
        return None

    # -- 3b. demonyms on other nouns ----------------------------------------
    # -- pronouns ------------------------------------------------------------
    def pronoun_mentions(self) -> None:
        """Personal pronouns, in text order, each to the nearest compatible actor before
        it: he/she/him/her/his to a person, it/its to a state or organisation, they/them/
        their to a plural group.  Gender from titles ("Mr", "Lady"), gendered nouns and the
        pronouns already bound; a pronoun is left alone where a word no actor covers could
        be its antecedent (an uncovered "father", "the plan", "families"), where it stands
        in a quotation the antecedent is outside of, or where the nearest subject is ambiguous.
        """
        self._gender = {k: self._initial_gender(b) for k, b in self.builders.items()}
        # a given name only rules out the other pronoun: no chain of its own, unlike a title
        self._name_gender = {k: self._given_name_gender(b) for k, b in self.builders.items()}
        # gender from a title or a noun ("spokeswoman"), not only from bound pronouns
        self._titled = {k for k, g in self._gender.items() if g is not None}
        unresolved: list[tuple[int, str]] = []  # (start, pronoun class) left unbound
        for tok in self.doc.tokens:
            cls = _PRONOUN_CLASS.get(tok.lower)
            if cls is None or tok.tag not in ("PRP", "PRP$") or self._is_taken(tok.start, tok.end):
                continue
            speaker = self._speaker_pronoun(tok) if cls in ("it", "they") else None
            if speaker is not None:
                self._mention(speaker, tok.start, tok.end, True, f"pronoun ({cls}), the speaker")
                continue
            if cls in ("it", "they") and not self._referential(tok, cls):
                continue
            pick = self._antecedent(tok, cls, unresolved)
            if pick is None:
                unresolved.append((tok.start, cls))
                continue
            if cls in ("m", "f"):
                self._gender[pick.key] = cls
            self._mention(pick, tok.start, tok.end, self._is_subject(tok), f"pronoun ({cls})")

    def _speaker_pronoun(self, tok: Token) -> _Builder | None:
        """ "NATO said it would ...", "Al-Shabaab claimed the attack, saying it had ...": the
        "it" that opens what a state or organisation says is that speaker; so is the "they"
        of a plural speaker ("Kenyan police said they had arrested ...")."""
        cls = "they" if tok.lower == "they" else "it"
        if tok.lower not in ("it", "they") or tok.dep != "nsubj" or tok.head == tok.i:
            return None  # "X insisted it was staged": the thing done, perhaps
        if self._quote_at(tok.start) is not None:
            return None
        verb = self.doc.tokens[tok.head]
        if verb.dep != "ccomp" or verb.head == verb.i:
            return None
        if verb.lemma.lower() == "be":
            return None  # "X said it was clear that ...": no one
        speech = self.doc.tokens[verb.head]
        if speech.lemma.lower() not in _SPEECH_VERBS:
            return None
        if any(self.doc.tokens[c].dep in ("dobj", "dative") for c in self.doc.children(speech.i)):
            return None  # "X told Y it would ...", "X urged Y ...": perhaps the addressee
        # the first subject of the reported clause: "X said the plan ... and it": unsure
        if any(
            t.dep in ("nsubj", "nsubjpass") and t.i != tok.i
            for t in self.doc.tokens[speech.i + 1 : tok.i]
        ):
            return None
        # a participle without a subject speaks for its clause's: "X claimed ..., saying it"
        while not self._has_subject(speech) and speech.dep in ("advcl", "conj", "xcomp"):
            speech = self.doc.tokens[speech.head]
        subjects = [
            self.doc.tokens[c]
            for c in self.doc.children(speech.i)
            if self.doc.tokens[c].dep == "nsubj" and c < tok.i
        ]
        if len(subjects) != 1 or (cls == "it" and subjects[0].tag in ("NNS", "NNPS")):
            return None
        subject = subjects[0]
        for key in self.order:
            b = self.builders[key]
            for s, e, _t, _subj in b.mentions:
                if s <= subject.start < e:
                    return b if self._compatible(b, s, e, cls) else None
        return None

    def _initial_gender(self, b: _Builder) -> str | None:
        """'m' or 'f' from a title before a name or a gendered role noun, else None."""
        if b.kind != "person":
            return None
        found: set[str] = set()
        words = [w for s, _e, text, _subj in b.mentions for w in (self._word_before(s), text)]
        words += [b.role or "", b.office or ""]
        # "her husband, a Tunisian fighter": the noun the role stands in apposition to
        for s, e, _text, _subj in b.mentions:
            head = self._head_token(s, e)
            if head is not None and head.dep == "appos" and head.head != head.i:
                words.append(self.doc.tokens[head.head].text)
            if head is not None:
                words += [
                    self.doc.tokens[c].text
                    for c in self.doc.children(head.i)
                    if self.doc.tokens[c].dep == "appos"
                ]
        for w in words:
            first = w.split()[0].lower().rstrip(".") if w.split() else ""
            last = w.split()[-1].lower() if w.split() else ""
            if first in _MALE_TITLES or last in _MALE_NOUNS or first in _MALE_KUNYAS:
                found.add("m")
            if first in _FEMALE_TITLES or last in _FEMALE_NOUNS or first in _FEMALE_KUNYAS:
                found.add("f")
        return found.pop() if len(found) == 1 else None

    def _given_name_gender(self, b: _Builder) -> str | None:
        """'m' or 'f' from the given name of a person named in full ("Richard Barrett").
        Where the model cut a capitalised word off before the name ("Nisreen [Assad Ibrahim
        Bahar]"), that word is the given name and the first of the span is not."""
        names = b.name.split()
        if b.kind != "person" or not b.key.startswith("person|") or len(names) < 2:
            return None
        given = names[0].lower()
        for s, _e, text, _subj in b.mentions:
            toks = self.doc.tokens_in(s, s + 1)
            if not toks or toks[0].i == 0 or _norm_name(text) != _norm_name(b.name):
                continue
            prev = self.doc.tokens[toks[0].i - 1]
            if (
                prev.tag == "NNP"
                and prev.text[:1].isupper()
                and not prev.ent_type
                and prev.dep == "compound"
                and prev.sent == toks[0].sent
            ):
                given = prev.lower
            break
        return "m" if given in _MALE_GIVEN else "f" if given in _FEMALE_GIVEN else None

    def _word_before(self, start: int) -> str:
        toks = self.doc.tokens_in(start, start + 1)
        if not toks or toks[0].i == 0:
            return ""
        prev = self.doc.tokens[toks[0].i - 1]
        return prev.text if prev.sent == toks[0].sent else ""

    def _referential(self, tok: Token, cls: str) -> bool:
        """Whether "it"/"they" can name an actor here: not the "it" of "it is unclear",
        and not where the event coder reads it as the speaker ("Japan said it would")."""
        if tok.dep == "expl":
            return False
        if tok.tag == "PRP$":
            return tok.dep == "poss"
        if tok.dep not in ("nsubj", "nsubjpass") and not (cls == "they" and tok.lower == "them"):
            return False
        head = self.doc.tokens[tok.head]
        if cls == "it" and head.lemma.lower() in _NONREFERENTIAL_IT_HEADS:
            return False
        if tok.dep == "nsubj" and head.dep == "ccomp" and head.head != head.i:
            speakers = [
                self.doc.tokens[c]
                for c in self.doc.children(head.head)
                if self.doc.tokens[c].dep == "nsubj" and self.doc.tokens[c].pos in ("PROPN", "NOUN")
            ]
            if speakers:
                return False  # rules._substance reads the speaker there
        return True

    def _compatible(self, b: _Builder, start: int, end: int, cls: str) -> bool:
        if cls in ("m", "f"):
            return (
                b.kind == "person"
                and b.role not in _EQUIPMENT_ROLES  # "an airstrike" is no person
                # "joined the peshmerga ... he was arrested": a force or body is no "he"
                and (b.role or "").split(" ")[-1] not in _NOT_ONE_PERSON
                and self._gender.get(b.key) in (None, cls)
                and (self._gender.get(b.key) or self._name_gender.get(b.key)) in (None, cls)
            )
        head = self._head_token(start, end)
        plural = head is not None and head.tag in ("NNS", "NNPS")
        if cls == "it":
            if b.kind == "state":
                return self.how.get(start) != _ADJECTIVE_HOW
            return b.kind == "organisation" and (not plural or not b.key.startswith("role|"))
        # they: a plural group, or an organisation named by a plural ("the Houthis"); not
        # equipment ("coalition jets battered their hideouts")
        return b.kind in ("group", "organisation") and plural and b.role not in _EQUIPMENT_ROLES

    def _antecedent(
        self, tok: Token, cls: str, unresolved: list[tuple[int, str]]
    ) -> _Builder | None:
        if cls in ("m", "f"):
            fronted = self._fronted_subject(tok, cls)
            if fronted is not None:
                return fronted[0]
        back = 2 if cls in ("m", "f") else 1
        quote = self._quote_at(tok.start)
        # inside a quotation "he" is someone the speaker talks about, not the speaker
        excluded = self._speakers(quote) if quote is not None else set()
        if quote is not None:
            excluded |= self._continued_speakers(quote)
        clause = self._clause_verbs(tok)
        cands: list[tuple[int, bool, _Builder]] = []
        if tok.tag == "PRP" and tok.dep not in ("nsubj", "nsubjpass"):
            # "Briggs praised him", "forces try to force them": not the subject of its clause
            for key in self.order:
                for s, e, _text, subj in self.builders[key].mentions:
                    head = self._head_token(s, e) if subj else None
                    if head is not None and head.head in clause and head.sent == tok.sent:
                        excluded.add(key)
        for key in self.order:
            b = self.builders[key]
            if key in excluded or (b.private and b.code is None):
                continue  # "the family ... she": a noun for people, which the text says little of
            for s, e, _text, subj in b.mentions:
                if s >= tok.start or not self._reachable(s, tok, back, quote):
                    continue
                if not self._compatible(b, s, e, cls):
                    continue
                if cls in ("it", "they") and not subj:
                    continue  # a state or group is taken up only from a subject
                if subj and cls in ("m", "f") and self._paired_person(s, e):
                    subj = False  # "Putin and Erdoğan welcomed it": the pair is the subject
                cands.append((s, subj, b))
        if not cands and tok.lower == "them":
            return self._object_group(tok, excluded)
        if not cands and cls in ("m", "f") and quote is None:
            return self._quoted_speaker(tok, cls)
        if not cands:
            return None
        # the nearest sentence with a candidate; in it a subject first, else the nearest
        default = self._choose(cands)
        if cls in ("m", "f") and not self._is_subject(tok):
            # a possessive or object pronoun may continue the chain of a person already
            # known by that pronoun ("Begum said she ..., but Javid ordered her ..."), or
            # name the subject ("Trump defended his decision"): when they differ, unsure
            known = [c for c in cands if self._gender.get(c[2].key) == cls]
            if known and self._choose(known)[2] is not default[2]:
                return None
        start, pick_subject, pick = default
        pick_sent = self._sent_at(start)
        rivals = {
            id(c[2])
            for c in cands
            if c[2] is not pick and c[1] == pick_subject and self._sent_at(c[0]) == pick_sent
        }
        if rivals and (cls in ("it", "they") or pick_sent != tok.sent or not pick_subject):
            return None  # "Putin met Erdogan; he ...": two of the same standing
        if any(start < s < tok.start and c == cls for s, c in unresolved):
            return None  # an earlier pronoun of the same kind named someone else
        if cls == "they":
            head = self._head_token(start, start + 1)
            if head is not None and (
                head.dep == "conj"
                or any(self.doc.tokens[c].dep == "conj" for c in self.doc.children(head.i))
            ):
                return None  # "X and Y ... they": the pair, not one of them
        self._pick_mentions = pick.mentions
        parallel = cls in ("it", "they") and self._parallel_subject(tok, start)
        if not parallel and self._blocked(start, tok, cls, pick_subject, pick.key in self._titled):
            return None
        if cls in ("it", "they") and not parallel and self._rival_between(pick, start, tok, cls):
            return None
        if cls in ("it", "they") and pick_sent != tok.sent:
            home = self.doc.sentences[tok.sent]
            for t in self.doc.tokens[home.first : tok.i]:
                if t.dep in ("nsubj", "nsubjpass") and not any(
                    s <= t.start < e for s, e, _x, _y in pick.mentions
                ):
                    return None  # "Turkish officials said two of its soldiers ...": theirs
        if cls in ("it", "they"):
            own = {m[0] for m in pick.mentions}
            for t in self.doc.tokens_in(start, tok.start):
                if _PRONOUN_CLASS.get(t.lower) == cls and t.start not in own and t.i != tok.i:
                    return None  # "... will jump on it. It doesn't mean it ...": another "it"
        return pick

    def _parallel_subject(self, tok: Token, start: int) -> bool:
        """ "Police arrested three men after they found explosives": the subject of an
        active time clause ("after", "before", "when", "once", "while") of finding or
        searching (:data:`_DISCOVERY_VERBS`) hung on the main verb is the main clause's
        subject, the mention at ``start``, not its object.  Not a passive clause, nor
        another verb ("before they could flee": the men)."""
        if tok.dep != "nsubj" or tok.head == tok.i:
            return False
        verb = self.doc.tokens[tok.head]
        kids = [self.doc.tokens[c] for c in self.doc.children(verb.i)]
        if verb.dep != "advcl" or verb.pos != "VERB" or verb.lemma.lower() not in _DISCOVERY_VERBS:
            return False
        if not any(k.dep == "mark" and k.lower in _TIME_MARKS and k.i < tok.i for k in kids):
            return False
        if any(k.dep in ("auxpass", "nsubjpass") for k in kids):
            return False
        ante = self.doc.tokens_in(start, start + 1)
        if not ante:
            return False
        # the antecedent's mention is the subject of the verb the clause hangs on: climb
        # from its first word to its head ("Colombian" -> "police")
        subj = ante[0]
        while subj.dep != "nsubj" and subj.head > subj.i:
            subj = self.doc.tokens[subj.head]
        return subj.dep == "nsubj" and subj.head == verb.head and subj.sent == tok.sent

    def _fronted_subject(self, tok: Token, cls: str) -> tuple[_Builder | None] | None:
        """Cataphora: "his"/"her" in a phrase or subjectless clause fronted before its
        clause's subject ("In her speech, May warned", "Speaking to his supporters, Khan
        said", "After his arrest, Smith said"), or "he"/"she" as the subject of a fronted
        clause ("When she arrived, May said"), names that subject when it is a person of the
        pronoun's gender.  Returns ``(pick,)`` where the rule decides: the subject's actor,
        or None (unsure) for a person no actor of that gender covers, or a clause whose
        subject the parse lost ("..., with his men, Elyas said", Elyas parsed inside the
        phrase); None where it does not apply (a subject that is no person: "Despite his
        efforts, the talks failed"; the pronoun itself: "In his speech, he said"; an
        object pronoun: "After meeting him, Khan said" is not Khan)."""
        if tok.tag == "PRP" and tok.dep not in ("nsubj", "nsubjpass"):
            return None
        doc = self.doc
        cur = tok
        while cur.head != cur.i:
            parent = doc.tokens[cur.head]
            if parent.sent != tok.sent:
                return None
            if parent.lemma.lower() in _REACTION_VERBS:
                return None  # "Responding to his calls, a spokesman said": someone else's
            # a clause on the way up with a subject of its own other than the pronoun:
            # "After police arrested his brother, Smith said": whose brother, unsure
            if (
                parent.pos in ("VERB", "AUX")
                and cur.dep not in _FRONTED_DEPS
                and any(
                    doc.tokens[c].dep in ("nsubj", "nsubjpass") and c != tok.i
                    for c in doc.children(parent.i)
                )
            ):
                return None
            if (
                parent.pos in ("VERB", "AUX")
                and cur.dep in _FRONTED_DEPS
                and cur.i < parent.i
                # a phrase, clause or adverb; not a name the parse hung there ("Assad and
                # his backer, Putin, are": "Assad" as an adverbial clause)
                and cur.pos in _FRONTED_DEPS[cur.dep]
            ):
                break
            cur = parent
        else:
            return None
        if tok.tag == "PRP" and not (cur.dep == "advcl" and tok.head == cur.i):
            return None  # "he" only as the subject of the fronted clause itself
        kids = [doc.tokens[c] for c in doc.children(parent.i)]
        if any(k.dep == "expl" for k in kids):
            return None  # "In her pain, there was strength": no subject to name
        subjects = [k for k in kids if k.dep in ("nsubj", "nsubjpass")]
        if not subjects:
            # "If he gets his way, Erdoğan, a dictator, is likely to ...", "with his men in
            # one hand, Elyas, 25, said": the parse hung the subject on the phrase; it is the
            # name after a comma before the verb, else unsure
            finite = parent.tag in ("VBD", "VBZ", "VBP") or any(k.dep == "aux" for k in kids)
            if parent.dep != "ROOT" or not finite:
                return None
            return (self._lost_subject(tok, parent, cls),)
        subj = subjects[0]
        if subj.i < cur.i or _PRONOUN_CLASS.get(subj.lower) is not None:
            return None  # "Smith, in his speech, said", "In his speech, he said": as usual
        if self._quote_at(subj.start) != self._quote_at(tok.start) or any(
            t.text in ("(", "[") for t in doc.tokens[tok.i : subj.i]
        ):
            return None  # "In his statement (Assad will stay ...)": a bracket's own clause
        found = self._covering(subj.start)
        if found is not None and found[0].kind == "person":
            b, s, e = found
            return (b,) if self._compatible(b, s, e, cls) else None
        if found is None:
            # a person no actor covers: "In his speech, the spokesman said"
            lower = subj.lower
            gender = "m" if lower in _MALE_NOUNS else "f" if lower in _FEMALE_NOUNS else None
            person = (
                subj.ent_type == "PERSON"
                or gender is not None
                or (subj.tag == "NN" and self.kb.role(subj.lemma.lower()) is not None)
            )
            if person:
                return (None,) if gender in (None, cls) else None
        # "For all his antics, Trump's voice is salutary": the person owning the subject
        for c in doc.children(subj.i):
            owner = doc.tokens[c]
            if owner.dep == "poss" and owner.tag != "PRP$":
                held = self._covering(owner.start)
                if held is not None and held[0].kind == "person":
                    return (held[0],) if self._compatible(*held, cls) else None
        return None

    def _covering(self, pos: int) -> tuple[_Builder, int, int] | None:
        """The actor with a mention covering character ``pos``, and that mention's span."""
        for key in self.order:
            b = self.builders[key]
            for s, e, _t, _x in b.mentions:
                if s <= pos < e:
                    return b, s, e
        return None

    def _actor_at(self, t: Token) -> _Builder | None:
        """The actor with a mention covering token ``t``."""
        found = self._covering(t.start)
        return found[0] if found else None

    def _lost_subject(self, tok: Token, verb: Token, cls: str) -> _Builder | None:
        """The subject a parse hung inside a fronted phrase: the first name set off by a
        comma between the pronoun and the verb ("with his men, Elyas, 25, said"); its actor
        if a person of the pronoun's gender, else None."""
        for t in self.doc.tokens[tok.i + 1 : verb.i]:
            if t.pos != "PROPN" or self.doc.tokens[t.i - 1].text != ",":
                continue
            found = self._covering(t.start)
            if found is None or found[0].kind != "person" or not self._compatible(*found, cls):
                return None
            return found[0]
        return None

    def _paired_person(self, start: int, end: int) -> bool:
        """Whether the mention at ``start`` is coordinated with another person ("both Putin
        and Erdoğan"): a pair, which "he"/"she" does not take up as a subject."""
        head = self._head_token(start, end)
        if head is None:
            return False
        kids = [self.doc.tokens[c] for c in self.doc.children(head.i)]
        partners = [k for k in kids if k.dep == "conj"]
        if head.dep == "conj" and head.head != head.i:
            partners.append(self.doc.tokens[head.head])
        return any(
            k.ent_type == "PERSON"
            or any(
                b.kind == "person" and any(s <= k.start < e for s, e, _t, _x in b.mentions)
                for b in self.builders.values()
            )
            for k in partners
        )

    def _quoted_speaker(self, tok: Token, cls: str) -> _Builder | None:
        """ "Ahmed said: “... (several quoted sentences) ...” The force would ..., she said":
        after sentences wholly inside quotation marks, "he"/"she" is the one person who
        speaks them (quotes are the speaker's words, no new referent of the narration).  Only
        a subject ("she added"): "his", "her" there often name someone the quotation is about."""
        if tok.dep not in ("nsubj", "nsubjpass"):
            return None
        index = tok.sent - 1
        skipped: list[int] = []
        while index >= 0 and len(skipped) < _QUOTED_RUN and self._all_quoted(index):
            skipped.append(index)
            index -= 1
        if not skipped or index < 0:
            return None
        quotes = {
            q
            for i in [*skipped, index]
            for t in self.doc.tokens_in(self.doc.sentences[i].start, self.doc.sentences[i].end)
            if (q := self._quote_at(t.start)) is not None
        }
        keys = {key for q in quotes for key in self._speakers(q, reopened=True)}
        found = [
            self.builders[k]
            for k in keys
            if self.builders[k].kind == "person"
            and self.builders[k].role not in _EQUIPMENT_ROLES
            and self._compatible(self.builders[k], 0, 0, cls)
        ]
        if len(found) != 1 or len(keys) != 1:
            return None
        first = self.doc.sentences[index]
        # the speaker is named in the sentence that opens the quotation, alone ("X and Y
        # said": either)
        for s, e, _t, _subj in found[0].mentions:
            head = self._head_token(s, e)
            if first.start <= s < first.end and head is not None:
                if any(self.doc.tokens[c].dep == "conj" for c in self.doc.children(head.i)):
                    return None
                return found[0]
        return None

    def _all_quoted(self, index: int) -> bool:
        """Whether every word of a sentence stands inside quotation marks."""
        sent = self.doc.sentences[index]
        words = [t for t in self.doc.tokens_in(sent.start, sent.end) if t.pos != "PUNCT"]
        return bool(words) and all(self._quote_at(t.start) is not None for t in words)

    def _object_group(self, tok: Token, excluded: set[str]) -> _Builder | None:
        """ "Ships blocked Filipino fishermen and fired water cannon at them": "them" after
        the subject's conjoined acts is the one plural group those acts took as object."""
        verbs = self._clause_verbs(tok, strict=True)
        found: dict[int, tuple[int, _Builder]] = {}
        for key in self.order:
            b = self.builders[key]
            if key in excluded or (b.private and b.code is None):
                continue
            for s, e, _text, _subj in b.mentions:
                head = self._head_token(s, e)
                if (
                    s < tok.start
                    and head is not None
                    and head.sent == tok.sent
                    and head.dep == "dobj"
                    and head.head in verbs
                    and self._compatible(b, s, e, "they")
                ):
                    found[id(b)] = (s, b)
        if len(found) != 1:
            return None
        start, pick = next(iter(found.values()))
        self._pick_mentions = pick.mentions
        if self._blocked(start, tok, "they", False):
            return None
        return pick

    def _vague_at(self, pos: int) -> bool:
        """Whether an uncoded noun for people ("her father", "the family") covers ``pos``:
        no antecedent, yet a word that may be what a pronoun names."""
        return any(
            b.private and b.code is None and any(s <= pos < e for s, e, _t, _x in b.mentions)
            for b in self.builders.values()
        )

    def _sent_at(self, start: int) -> int:
        return self.doc.tokens_in(start, start + 1)[0].sent

    def _choose(self, cands: list[tuple[int, bool, _Builder]]) -> tuple[int, bool, _Builder]:
        """The candidate in the nearest sentence, a subject first, else the nearest."""
        last = max(self._sent_at(c[0]) for c in cands)
        near = [c for c in cands if self._sent_at(c[0]) == last]
        subjects = [c for c in near if c[1]]
        return max(subjects or near, key=lambda c: c[0])

    def _has_subject(self, verb: Token) -> bool:
        return any(
            self.doc.tokens[c].dep in ("nsubj", "nsubjpass") for c in self.doc.children(verb.i)
        )

    def _clause_verbs(self, tok: Token, strict: bool = False) -> set[int]:
        """The verb a pronoun belongs to ("among them": the verb of "among") and the verbs
        sharing its subject through xcomp or conj ("tried to force them"); with ``strict``,
        not through a conjunct that has a subject of its own ("X fled, and Y pursued them")."""
        head = self.doc.tokens[tok.head]
        while head.pos not in ("VERB", "AUX") and head.head != head.i and head.sent == tok.sent:
            head = self.doc.tokens[head.head]  # "interest in them": up to "showing"
        verbs = {head.i}
        while head.dep in ("xcomp", "conj") and head.head != head.i:
            if strict and head.dep == "conj" and self._has_subject(head):
                break
            head = self.doc.tokens[head.head]
            verbs.add(head.i)
        return verbs

    def _rival_between(self, pick: _Builder, start: int, tok: Token, cls: str) -> bool:
        """Another state, organisation or group as an argument between the antecedent and
        "it"/"they" ("US leaders warned that Isis would remain a threat as they ..."): the
        pronoun may name it (organisations are "they" in British usage)."""
        kinds = ("state", "organisation") if cls == "it" else ("organisation", "group")
        for key in self.order:
            b = self.builders[key]
            if b is pick or b.kind not in kinds:
                continue
            for s, e, _t, _subj in b.mentions:
                if not start < s < tok.start or self.how.get(s) == _ADJECTIVE_HOW:
                    continue
                head = self._head_token(s, e)
                prep = self.doc.tokens[head.head] if head is not None else None
                place = prep is not None and head is not None and head.dep == "pobj"
                if place and prep is not None and prep.lower not in _PLACE_PREPS:
                    place = False  # "hit back at the US when it ...": a party, not a place
                if head is not None and (cls == "they" or not place):
                    return True  # "the SDF hold jihadists, as well as their wives"
        return False

    def _reachable(self, start: int, tok: Token, back: int, quote: tuple[int, int] | None) -> bool:
        """Within ``back`` sentences, in the same paragraph and on the same side of quotes."""
        sent = self.doc.sentence_of(start)
        if sent is None or tok.sent - sent.index > back:
            return False
        if "\n" in self.doc.text[start : tok.start] and tok.sent - sent.index > 1:
            return False  # a paragraph back, only its last sentence (and no rival subject)
        if quote is None:
            return self._quote_at(start) is None  # not a name a quoted speaker used
        return True

    def _speakers(self, quote: tuple[int, int], reopened: bool = False) -> set[str]:
        """Keys of the actors who speak a quotation: the subject of a speech verb outside
        quotes in the sentences it spans and the one after it ("..., she said").  With
        ``reopened``, also of a quotation that ends where the next sentence reopens it."""
        first = self.doc.sentence_of(quote[0])
        end = quote[1] - 1
        while reopened and end > quote[0] and self.doc.text[end].isspace():
            end -= 1  # a quotation reopened in the next sentence ends before its space
        last = self.doc.sentence_of(end)
        if first is None or last is None:
            return set()
        toks = self.doc.tokens[
            first.first : self.doc.sentences[min(last.index + 1, len(self.doc.sentences) - 1)].last
        ]
        heads = [
            t
            for t in toks
            if t.dep in ("nsubj", "nsubjpass")
            and self.doc.tokens[t.head].lemma.lower() in _SPEECH_VERBS
            and self._quote_at(t.start) is None
        ]
        # "friend Aladdin Sinayic, 38, told ...": the name in apposition to the subject noun
        heads += [
            self.doc.tokens[c]
            for t in list(heads)
            for c in self.doc.children(t.i)
            if self.doc.tokens[c].dep == "appos"
        ]
        return {
            key
            for t in heads
            for key in self.order
            if any(s <= t.start < e for s, e, _x, _y in self.builders[key].mentions)
        }

    def _continued_speakers(self, quote: tuple[int, int]) -> set[str]:
        """Speakers of a quotation the one at ``quote`` continues: a quotation opening a
        sentence right after one whose quotation was attributed ("“Mehmet never fought,”
        friend X told the Guardian. “He told me ...”") is that speaker's too."""
        sent = self.doc.sentence_of(quote[0])
        if sent is None or sent.index == 0 or self.doc.text[sent.start : quote[0]].strip():
            return set()
        prev = self.doc.sentences[sent.index - 1]
        quotes = {
            q
            for t in self.doc.tokens_in(prev.start, prev.end)
            if (q := self._quote_at(t.start)) is not None
        }
        return {key for q in quotes for key in self._speakers(q)}

    def _blocked(
        self, start: int, tok: Token, cls: str, subject: bool, titled: bool = False
    ) -> bool:
        """A word no actor covers between the antecedent and the pronoun that could be
        what it names: a person noun for he/she, a singular noun for it, a plural for they;
        for an antecedent that is no subject, also a subject before it in its sentence
        ("The father of activist X said he ...")."""
        first = self.doc.tokens_in(start, start + 1)[0]
        begin = first.i + 1 if subject else self.doc.sentences[first.sent].first
        owned = self.doc.tokens[tok.head]
        # "its fighters", "its officials": only an actor owns people, never a thing
        owns_people = (
            cls == "it"
            and tok.dep == "poss"
            and owned.pos == "NOUN"
            and (
                self.kb.role(owned.lemma.lower()) is not None
                or self.kb.role(owned.lemma.lower(), people_nouns=True) is not None
            )
        )
        for t in self.doc.tokens[begin : tok.i]:
            noun = t.pos in ("NOUN", "PROPN") or (t.pos == "PRON" and t.tag == "NN")
            if (
                cls in ("m", "f")
                and t.lower == "one"
                and t.dep in ("nsubj", "nsubjpass")
                and any(self.doc.tokens[c].lower == "of" for c in self.doc.children(t.i))
            ):
                return True  # "One of your correspondents argued ... He blames": that one
            if not noun or t.i == first.i:
                continue
            if self._is_taken(t.start, t.end) and not self._vague_at(t.start):
                continue
            if t.i < first.i and t.dep not in ("nsubj", "nsubjpass"):
                continue
            if t.ent_type in _NOT_REFERENT_ENTS or t.dep not in _REFERENT_DEPS:
                continue
            if t.dep == "appos" or any(
                self.doc.tokens[c].dep == "appos" for c in self.doc.children(t.i)
            ):
                continue  # describes an actor: "Begum, a teenager,"
            lemma = t.lemma.lower()
            if cls in ("m", "f"):
                subject = t.dep in ("nsubj", "nsubjpass")
                # a name the model left untagged as a subject: "Trump got his strike"
                name = (
                    subject
                    and t.tag in ("NN", "NNP")
                    and t.text[:1].isupper()
                    and t.ent_type in ("", "PERSON")
                )
                if (t.tag != "NN" and t.ent_type != "PERSON" and not name) or t.dep in (
                    "pobj",
                    "poss",
                ):
                    continue  # "the health of her child": not a likely antecedent
                gender = "m" if lemma in _MALE_NOUNS else "f" if lemma in _FEMALE_NOUNS else None
                person = (
                    t.ent_type == "PERSON"
                    or name
                    or gender is not None
                    # "the Spanish photojournalist went ...": a person noun roles.tsv lacks
                    or (subject and lemma.endswith(_PERSON_SUFFIXES))
                    or self.kb.role(lemma) is not None
                    or self.kb.role(lemma, people_nouns=True) is not None
                )
                if name and titled and not t.ent_type:
                    continue  # "RT is streaming a briefing by spokeswoman X. She says"
                if person and gender in (None, cls):
                    return True
            elif cls == "it":
                if owns_people and t.tag == "NN" and is_inanimate(lemma):
                    continue  # "It announced the switch ... when its fighters": not the switch's
                if t.tag in ("NN", "NNP") and t.ent_type != "PERSON" and t.dep != "pobj":
                    return True  # "the plan", and "something" (tagged PRON in newer models)
            elif t.tag in ("NNS", "NNPS") or (t.tag == "NNP" and t.ent_type in ("ORG", "")):
                return True  # an organisation no actor covers may be "they" too ("DfID")
        if cls == "it":
            # "the caliphate that at its peak ...": the noun the clause describes
            for a in self.doc.ancestors(tok.i):
                rel = self.doc.tokens[a]
                if rel.sent != tok.sent:
                    break
                if rel.dep == "relcl" and rel.head != rel.i:
                    owner = self.doc.tokens[rel.head]
                    if owner.tag not in ("NN", "NNP"):
                        return False  # "the women it wants to repatriate": not "it"
                    return not any(s <= owner.start < e for s, e, _x, _y in self._pick_mentions)
        return False

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation (curly or straight double quotes) around ``pos``, if any."""
        if self._quotes is None:
            spans: list[tuple[int, int]] = []
            opened: int | None = None
            for m in re.finditer(r"[\"“”]", self.doc.text):
                ch = m.group()
                if ch == "“" or (ch == '"' and opened is None):
                    if opened is not None:
                        # a quotation running over paragraphs reopens without closing
                        spans.append((opened, m.start()))
                    opened = m.start()
                elif opened is not None:
                    spans.append((opened, m.end()))
                    opened = None
            self._quotes = spans
        return next(((s, e) for s, e in self._quotes if s < pos < e), None)

    def possessive_owners(self) -> None:
        """A role owned by "its"/"their" whose pronoun names a coded state or organisation
        takes its code: "Britain said its officials ..." -> GBR.  Roles whose mentions have
        owners that disagree, or that have a code already, are left as they are."""
        owner_at: dict[int, _Builder] = {}
        leader_at: dict[int, _Builder] = {}  # "his regime": a leader's government
        for b in self.builders.values():
            if b.kind in ("state", "organisation") and b.code:
                for s, e, text, _subj in b.mentions:
                    if text.lower() in ("its", "their"):
                        owner_at[s] = b
                    elif self.how.get(s, "").startswith("the NOUN"):
                        # "the group's fighters": the description's noun owns them
                        head = self._head_token(s, e)
                        if head is not None:
                            owner_at[head.start] = b
            if (
                b.kind == "person"
                and b.code
                and len(b.code) == 3
                and b.code not in _NON_STATES
                and "GOV" in b.sector
                and "ELI" not in b.sector
            ):
                for s, _e, text, _subj in b.mentions:
                    if text.lower() in ("his", "her"):
                        leader_at[s] = b
        for tok in self.doc.tokens:
            # "Kadyrov, the ruler of Chechnya, whose regime": the relative clause's noun
            if tok.lower != "whose" or tok.tag != "WP$":
                continue
            rel = self.doc.tokens[tok.head]
            while rel.dep != "relcl" and rel.head != rel.i and rel.sent == tok.sent:
                rel = self.doc.tokens[rel.head]
            if rel.dep != "relcl":
                continue
            ante = self.doc.tokens[rel.head]
            for b in self.builders.values():
                if not b.code or not any(s <= ante.start < e for s, e, _t, _x in b.mentions):
                    continue
                if b.kind in ("state", "organisation"):
                    owner_at[tok.start] = b
                elif (
                    b.kind == "person"
                    and len(b.code) == 3
                    and b.code not in _NON_STATES
                    and "GOV" in b.sector
                    and "ELI" not in b.sector
                ):
                    leader_at[tok.start] = b
        owner_at.update(self._body_states(owner_at))
        for key in self.order:
            b = self.builders[key]
            if not key.startswith("role|") or b.code is not None:
                continue
            owners: list[_Builder] = []
            governs = b.role is not None and b.role.split()[-1] in _GOVERNMENT_NOUNS
            at = {**owner_at, **leader_at} if governs else owner_at
            for s, e, _t, _subj in b.mentions:
                head = self._head_token(s, e)
                kids = [self.doc.tokens[c] for c in self.doc.children(head.i)] if head else []
                poss = [
                    k
                    for k in kids
                    if k.dep == "poss" and (k.tag in ("PRP$", "WP$") or k.start in owner_at)
                ]
                owners.extend(at[k.start] for k in poss if k.start in at)
                if not poss or not any(k.start in at for k in poss):
                    owners.append(b)  # a mention without a resolved owner: unsure
            if not owners or any(o is b or o is not owners[0] for o in owners):
                continue
            owner = owners[0]
            if b.private and owner.kind != "state":
                continue  # "Isis ... their families", "his wife": not the group's or his country
            if owner.kind == "person":  # "Assad ... his regime": the leader's state
                b.code = owner.code
                b.affiliation = b.affiliation or owner.affiliation
                b.filled.append("leader named by its pronoun")
                continue
            b.code = owner.code
            b.affiliation = b.affiliation or owner.affiliation
            if "PRE" in owner.sector and "PRE" not in b.sector:
                b.sector.append("PRE")
            if owner.kind == "organisation" and b.sector[:1] in ([], ["GOV"]):
                b.sector = [*owner.sector]  # "Isis ... its leaders": the group's sector
            b.filled.append("owner named by its pronoun")

    def _body_states(self, owner_at: dict[int, _Builder]) -> dict[int, _Builder]:
        """An "its" left unresolved whose clause hangs on a verb whose subject is a
        state's plural body: "Turkish officials said two of its soldiers were killed"
        (singular "its" cannot be the plural "officials"; it is their state).  Only where
        the subject's actor is a state body (GOV, MIL, police, courts...) of a country the
        article names as a state, and no other state or organisation stands between the
        subject and the pronoun ("officials said the group had lost its fighters")."""
        doc = self.doc
        taken = {s for b in self.builders.values() for s, _e, _t, _x in b.mentions}
        found: dict[int, _Builder] = {}
        for tok in doc.tokens:
            if tok.lower != "its" or tok.tag != "PRP$" or tok.dep != "poss":
                continue
            if tok.start in taken or tok.start in owner_at:
                continue
            up = doc.tokens[tok.head]
            subj: Token | None = None
            while up.head != up.i and up.sent == tok.sent:
                up = doc.tokens[up.head]
                subjects = [
                    doc.tokens[c]
                    for c in doc.children(up.i)
                    if doc.tokens[c].dep in ("nsubj", "nsubjpass") and c < tok.i
                ]
                if up.pos in ("VERB", "AUX") and subjects:
                    if tok.i in set(doc.subtree(subjects[0].i)):
                        continue  # "two of its soldiers had been killed": its own phrase
                    subj = subjects[0]
                    break
            if subj is None or subj.tag not in ("NNS", "NNPS"):
                continue
            body = self._actor_at(subj)
            entry = self.kb.by_code(body.code) if body is not None and body.code else None
            if body is None or entry is None or entry.kind not in _STATE_KINDS:
                continue
            if body.kind == "person" or not set(body.sector) & _STATE_BODY_SECTORS:
                continue
            states = sorted(  # the state itself before its bodies ("Turkey|GOV")
                (
                    b
                    for b in self.builders.values()
                    if b.kind == "state" and b.code == body.code and b.affiliation == entry.id
                ),
                key=lambda b: len(b.sector),
            )
            between = {
                b.key
                for b in self.builders.values()
                if b.kind in ("state", "organisation")
                for s, _e, _t, _x in b.mentions
                if subj.end <= s < tok.start
            }
            if not states or between - {b.key for b in states}:
                continue
            if any(t.ent_type in ("ORG", "GPE", "NORP") for t in doc.tokens[subj.i + 1 : tok.i]):
                continue  # a named body or state between: "its" may be that one's
            found[tok.start] = states[0]
        return found

    # -- 4b. "the country" --------------------------------------------------
