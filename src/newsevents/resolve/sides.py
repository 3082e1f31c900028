"""The sides of a war: men and peoples the text gives no country by a name of their own.
A people of several states ("Kurdish forces", "the Kurds") the sentence did not place takes
the state the passage's places lie in, the article's focus, the state named most, or the
one its other actors of that people have; rebels, insurgents and backed fighters take the
country the sentence places them in or of the one war the article names; bare "government
forces" the passage's country or war; "groups opposed to Assad" that government's state's
opposition.

The passes are a mixin of the actor resolution run (:mod:`newsevents.resolve.actors`),
whose state (builders, mentions, the parse, the article's places) they read and extend.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsevents.parsed import ParsedDoc, Sentence, Token
from newsevents.records import Place
from newsevents.resolve.actor_words import (
    _ARGUMENT_DEPS,
    _ELSEWHERE_MODIFIERS,
    _FOREIGN_WORDS,
    _MODIFIER_SECTORS,
    _NON_STATES,
    _OWN_PLACE_PREPS,
    _PATH_PREPS,
    _after_hyphen,
    _norm,
    is_stance,
)
from newsevents.resolve.kb import KnowledgeBase

if TYPE_CHECKING:
    from newsevents.resolve.actors import _Builder

#: role nouns for men who fight a state where they are (:meth:`_Run._war_rebels`)
_WAR_ROLES = frozenset({"rebel", "insurgent", "guerrilla"})
#: armed men placed by their backer ("Ankara-backed fighters") rather than by a name
_BACKED_ROLES = frozenset({"fighter", "militia", "rebel", "insurgent", "guerrilla"})
_BACKER_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "armed", "trained"})
#: nouns for armed groups that no role names: rebels by a "rebel" or backer modifier
_GROUP_HEADS = frozenset({"group", "faction"})
#: nouns for a war, whose place is the war's country
_WAR_NOUNS = frozenset({"war", "conflict", "civil war", "insurgency", "uprising"})
#: armed groups and bodies of a people of several states that the KB names without the
#: people's word (a name with it, "Kurdish Democratic Party", is found by the word): whose
#: state they have tells which state's people an article's "Kurdish forces" are
_PEOPLE_GROUP_IDS = frozenset(
    {
        "ypg",
        "syrian-democratic-forces",
        "kurdish-democratic-union-party",
        "peshmerga",
        "kurdistan-regional-government",
        "krg",
        "iraqi-kurdistan",
        "pkk",
        "kurdistan-workers-party",
        "people-s-liberation-army-of-kurdistan",
        "pjak",
        "patriotic-union-of-kurdistan",
        "kdp",
    }
)
#: plural pronouns a group's mentions may include
_THEY = frozenset({"they", "them", "their", "theirs"})
#: "a Britain-based monitor": where an observer sits, not where things happen
_BASED_AFTER = re.compile(r"\s?[-\u2010\u2011]\s?based\b", re.IGNORECASE)


class SidesMixin:
    """The sides-of-a-war passes of one resolution run (mixed into ``actors._Run``)."""

    # the run's state, set by ``actors._Run.__init__``
    doc: ParsedDoc
    kb: KnowledgeBase
    builders: dict[str, _Builder]
    order: list[str]
    focus: str | None
    how: dict[int, str]
    _open_peoples: list[tuple[_Builder, tuple[str, ...]]]
    _blocked_peoples: list[tuple[_Builder, tuple[str, ...], Token]]
    _vague_rebels: list[tuple[Token, int, int, str | None]]
    _noun_peoples: list[_Builder]
    _war: str | bool | None

    # the run's helpers (defined in ``actors._Run`` and the placing mixin); declared for
    # the type checker only, so that they never shadow the real ones in the MRO
    if TYPE_CHECKING:

        def _article_places(self) -> list[Place]: ...

        def _builder(self, key: str, name: str, kind: str) -> _Builder: ...

        def _drop(self, key: str) -> None: ...

        def _country_spans(self) -> set[tuple[int, int]]: ...

        def _head_token(self, start: int, end: int) -> Token | None: ...

        def _is_subject(self, tok: Token | None) -> bool: ...

        def _is_taken(self, start: int, end: int) -> bool: ...

        def _locative(self, tok: Token) -> bool: ...

        def _mention(self, b: _Builder, start: int, end: int, subject: bool, how: str) -> None: ...

        def _people_state(
            self, tok: Token, states: tuple[str, ...], *, ethnic: bool = False
        ) -> tuple[str | None, bool]: ...

        def _placed_and_parties(
            self, tok: Token, states: tuple[str, ...], ethnic: bool = False
        ) -> tuple[set[str], set[str]]: ...

        def _possessing_state(self, start: int) -> str | None: ...

        def _sentence_places(
            self, sent: Sentence, own: int
        ) -> tuple[set[str], set[str], bool] | None: ...

        def _state_names(self, start: int, end: int) -> list[tuple[int, int, str, bool]]: ...

    def open_peoples(self) -> None:
        """ "Kurdish forces" the sentence did not place: the article's focus country when
        it is one of the people's states, else the one of them the article names most
        (twice at least, and twice as often as all the others together: an article on Iraq
        and Syria leaves them open), else the one state the article's other actors of that
        people have.  Those whose sentence names another of the states as a party ("Turkey
        sent troops against Kurdish militants") take only the last, when the sentence does
        not name it."""
        self._people_nouns()
        self._open_people_states()
        kin = [(b, states, None) for b, states in self._open_peoples]
        found: list[tuple[_Builder, str, str]] = []  # decided first: no chains of guesses
        for b, states, tok in [*kin, *self._blocked_peoples]:
            if b.code is not None:
                continue
            inner = self._inner_people_group(b, states)
            if inner is not None:
                # "Kurdish peshmerga forces": the group named inside the role is theirs
                b.code, b.affiliation = inner.code, inner.affiliation or inner.identifier
                b.sector = list(inner.sector) or b.sector
                b.filled.append("people's state: the group named in the role")
                continue
            # not a state the sentence names as a party ("Turkish troops attacked Kurdish
            # forces" are no Turkish Kurds, whatever the article's other Kurds are)
            party = self._placed_and_parties(tok, states)[1] if tok is not None else set()
            if self._unread_own_place(b):
                continue  # "war with Kurdish militants inside its own borders": placed, unread
            same = self._kin_people_state(b, states, party)
            why = "people's state: the one of the article's other actors"
            if same is None and tok is not None and self._plural_only(b):
                # not one person ("a Kurdish fighter"): he may have come from anywhere
                same = self._blocked_nearby_state(b, states, tok)
                why = "people's state: the one the passage's places lie in"
            if same is not None:
                found.append((b, same, why))
        for b, code, why in found:
            if b.code is not None:
                continue  # listed twice
            entry = self.kb.by_code(code)
            b.code, b.affiliation = code, b.affiliation or (entry.id if entry else code)
            b.filled.append(why)
        for b in self._noun_peoples:
            if b.code is None and b.key in self.builders:
                # "the Kurds" of no state the text says: left uncovered, as before
                self._drop(b.key)
        self._war_rebels()

    def _war_rebels(self) -> None:
        """Rebels the text gives no country ("the rebels", "US-backed rebels", "Ankara-
        backed fighters": a backer is no owner) fight in a country: the one the sentence
        places them in ("rebels in Idlib"), else the country of the one war the article
        names ("the war in Syria", "the Syrian conflict").  Only rebels, insurgents and
        guerrillas, and fighters or militias named by their backer: plain "fighters" and
        "militants" are as often a transnational group's (Isis) or foreigners; not a
        people's (Kurdish: :meth:`open_peoples`), foreign or owned ones ("its fighters");
        militias only where the sentence places them."""
        for b in self.builders.values():
            if b.code is not None or not b.key.startswith("role|") or b.private:
                continue
            if "|@" in b.key:
                continue  # "its fighters": the owner's
            heads = [self._head_token(s, e) for s, e, _t, _subj in b.mentions]
            code = self._rebels_country(b.name, b.role, [h for h in heads if h is not None])
            if code is not None:
                entry = self.kb.by_code(code)
                b.code, b.affiliation = code, entry.id if entry else code
                b.filled.append(
                    "opposition: the war's country"
                    if b.role == "opposition"
                    else "rebels: the country they fight in"
                )
        for b in self.builders.values():
            if b.code is None and self._bare_government_forces(b):
                code = (
                    self._nearby_states(b, None)
                    or self._article_war()
                    or self._named_government_nearby(b)
                )
                if code is not None:
                    entry = self.kb.by_code(code)
                    b.code, b.affiliation = code, entry.id if entry else code
                    b.filled.append("government forces: the country they fight in")
        self._opposed_groups()
        for tok, start, end, role_name in [*self._vague_rebels, *self._rebel_groups()]:
            if self._is_taken(start, end):
                continue
            label = self.doc.text[start:end]
            code = self._rebels_country(label, role_name, [tok])
            if code is None:
                continue
            entry = self.kb.by_code(code)
            plural = tok.tag in ("NNS", "NNPS")
            sector = ["OPP"] if role_name == "opposition" else ["REB"]
            key = f"role|{code}|{sector[0]}|{role_name}|{'p' if plural else 's'}|{_norm(label)}"
            b = self._builder(key, label, "group" if plural else "person")
            b.absorb(code, sector, None, entry.id if entry else code, role_name)
            self._mention(b, start, end, self._is_subject(tok), "role noun; rebels' war")

    def _opposed_groups(self) -> None:
        """ "groups opposed to Assad", "factions opposed to the government": groups named
        by the government they oppose are that state's opposition (a country's opposition
        is domestic).  Only where what they oppose is one coded government or its leader
        in office (a GOV actor); not "groups opposed to the deal"."""
        for tok in self.doc.tokens:
            if tok.lemma.lower() not in _GROUP_HEADS or tok.tag != "NNS":
                continue
            acl = [
                t
                for c in self.doc.children(tok.i)
                if c > tok.i and (t := self.doc.tokens[c]).dep == "acl" and t.lower == "opposed"
            ]
            if len(acl) != 1:
                continue
            objs = [
                self.doc.tokens[g]
                for c in self.doc.children(acl[0].i)
                if self.doc.tokens[c].dep == "prep" and self.doc.tokens[c].lower == "to"
                for g in self.doc.children(c)
                if self.doc.tokens[g].dep == "pobj"
            ]
            if len(objs) != 1 or any(
                self.doc.tokens[c].dep == "conj" for c in self.doc.children(objs[0].i)
            ):
                continue  # "opposed to Assad and Isis": not one side
            govs = {
                o.code
                for o in self.builders.values()
                if o.code
                and o.code not in _NON_STATES
                and "GOV" in o.sector
                and any(s <= objs[0].start < e for s, e, _t, _subj in o.mentions)
            }
            if len(govs) != 1:
                continue
            sub = sorted(
                j for c in self.doc.children(tok.i) if c < tok.i for j in self.doc.subtree(c)
            )
            start = self.doc.tokens[sub[0]].start if sub else tok.start
            if self._is_taken(start, tok.end):
                continue
            code = govs.pop()
            entry = self.kb.by_code(code)
            label = self.doc.text[start : tok.end]
            b = self._builder(f"role|{code}|OPP|opposed|p|{_norm(label)}", label, "group")
            b.absorb(code, ["OPP"], None, entry.id if entry else code, "opposition")
            self._mention(
                b, start, tok.end, self._is_subject(tok), "role noun; opposed to a government"
            )

    def _bare_government_forces(self, b: _Builder) -> bool:
        """ "government forces", "government troops" that no owner or adjective placed: a
        government's forces fight in its own country, so the passage's places (or the
        article's war) say whose.  Not "pro-government" militias (anyone's proxies), nor
        a role with any other word ("Iraqi government forces" are coded already)."""
        if b.private or "|@" in b.key or not b.key.startswith("role|"):
            return False
        if "MIL" not in b.sector:
            return False
        for s, e, _t, _subj in b.mentions:
            words = [t.lower for t in self.doc.tokens_in(s, e) if t.pos != "DET"]
            if len(words) != 2 or words[0] != "government":
                return False
            if _after_hyphen(self.doc, self.doc.tokens_in(s, e)[0]) or (
                s > 0 and self.doc.text[s - 1] in "-\u2010\u2011"
            ):
                return False
        return bool(b.mentions)

    def _named_government_nearby(self, b: _Builder) -> str | None:
        """The one state the article calls "the Syrian government" (any actor whose mention
        has "government" as its head), when each of ``b``'s passages (its sentence and the
        two before) names that state too: "forces loyal to the Syrian government ...
        the Syrian Observatory said government troops took the town"."""
        named: set[str] = set()
        for o in self.builders.values():
            if o is b or not o.code or "GOV" not in o.sector or o.code in _NON_STATES:
                continue
            for s, e, _t, _subj in o.mentions:
                head = self._head_token(s, e)
                toks = self.doc.tokens_in(s, e)
                if head is not None and head.lower == "government" and len(toks) > 1:
                    named.add(o.code)
        if len(named) != 1:
            return None
        code = named.pop()
        for s, _e, _t, _subj in b.mentions:
            sent = self.doc.sentence_of(s)
            if sent is None:
                return None
            lo = self.doc.sentences[max(sent.index - 2, 0)].start
            if not any(c == code for _s, _e2, c, _n in self._state_names(lo, sent.end)):
                return None
        return code

    def _rebel_groups(self) -> list[tuple[Token, int, int, str | None]]:
        """ "rebel groups", "Turkish-supported factions": a noun for groups that no role
        names, made rebels by a "rebel" modifier or by their backer; (head, start, end, the
        role they stand for)."""
        found: list[tuple[Token, int, int, str | None]] = []
        for tok in self.doc.tokens:
            if tok.lemma.lower() not in _GROUP_HEADS or tok.tag != "NNS":
                continue
            mods = [
                t
                for c in self.doc.children(tok.i)
                if c < tok.i and (t := self.doc.tokens[c]).dep in ("amod", "compound")
            ]
            rebel = any(t.lemma.lower() == "rebel" for t in mods)
            backed = any(t.lower in _BACKER_WORDS and _after_hyphen(self.doc, t) for t in mods)
            if not (rebel or backed):
                continue
            first = min(j for t in mods for j in self.doc.subtree(t.i))
            found.append(
                (tok, self.doc.tokens[first].start, tok.end, "rebel" if rebel else "fighter")
            )
        return found

    def _rebels_country(self, name: str, role: str | None, heads: list[Token]) -> str | None:
        """The country rebels named ``name`` fight in, by the sentences of ``heads``; for a
        bare "opposition" no text or focus gave a country, the war's country ("an offensive
        against the opposition" in an article on Syria's war), unless the article's focus
        is another country."""
        words = _name_words(name)
        if role == "opposition":
            war = self._article_war()
            return (
                war
                if name.lower().split()[-1:] == ["opposition"] and (self.focus in (None, war))
                else None
            )
        backed = any(w in _BACKER_WORDS for w in words)
        if role not in _WAR_ROLES and not (backed and role in _BACKED_ROLES):
            return None
        if words & (_ELSEWHERE_MODIFIERS | _FOREIGN_WORDS) or not heads:
            return None  # "foreign fighters"
        if any(self.kb.people_states(w) for w in words):
            return None
        codes: set[str] = set()
        for head in heads:
            found = self._sentence_places(self.doc.sentences[head.sent], -1)
            if found is None:
                return None  # foreigners, or the people's own journey: unsure
            if found[0]:
                codes |= found[0]
            elif role == "militia":
                return None  # militias cross borders at their backer's call
            else:
                war = self._article_war()
                if war is None:
                    return None
                codes.add(war)
        return codes.pop() if len(codes) == 1 else None

    def _article_war(self) -> str | None:
        """:meth:`_war_country`, looked for once."""
        if self._war is False:
            self._war = self._war_country()
        return self._war if isinstance(self._war, str) else None

    def _war_country(self) -> str | None:
        """The one state the article names as the place of a war: "the war in Syria",
        "the Syrian conflict", "Syria's civil war"; None where it names none or several
        ("the Iraq war" in an article on Syria's)."""
        found: set[str] = set()
        for tok in self.doc.tokens:
            if tok.lemma.lower() not in _WAR_NOUNS or tok.pos != "NOUN":
                continue
            for c in self.doc.children(tok.i):
                t = self.doc.tokens[c]
                if c < tok.i and t.dep in ("amod", "compound", "poss", "nmod"):
                    span = (t.start, t.end)
                elif c > tok.i and t.dep == "prep" and t.lower in ("in", "of"):
                    sub = sorted(self.doc.subtree(c))
                    span = (self.doc.tokens[sub[0]].start, self.doc.tokens[sub[-1]].end)
                else:
                    continue
                found |= {
                    code
                    for s, e, code, _named in self._state_names(*span)
                    if not is_stance(self.doc.text, s, e)
                }
        return found.pop() if len(found) == 1 else None

    def _people_nouns(self) -> None:
        """A people of several states named as a participant by its noun ("a military
        guarantee to the Kurds", "the Kurds advanced"), which no country adjective placed:
        the state its sentence places it in, else left to the rules for open peoples (the
        passage's places, the article's focus, its other actors of the people)."""
        for ent in self.doc.entities:
            if ent.label != "NORP" or self._is_taken(ent.start, ent.end):
                continue
            toks = [t for t in self.doc.tokens_in(ent.start, ent.end) if t.lower != "the"]
            if len(toks) != 1 or toks[0].pos not in ("NOUN", "PROPN"):
                continue
            head = toks[0]
            states = self.kb.people_states(head.text)
            if not states or head.tag not in ("NNS", "NNPS"):
                continue  # "a Kurd": one private person, of no state the text says
            if head.dep not in _ARGUMENT_DEPS | {"pobj", "conj"}:
                continue
            mods = [
                t
                for c in self.doc.children(head.i)
                if (t := self.doc.tokens[c]).dep in ("amod", "compound", "nmod")
            ]
            if any(t.lower == "ethnic" or self.kb.by_adjective(t.text) for t in mods):
                continue  # "ethnic Kurds", "Iraqi Kurds": other rules' (or none)
            here, blocked = self._people_state(head, states)
            owner = self._possessing_state(head.start)
            if owner in states:
                here, blocked = owner, False  # "Syria's Kurds"
            b = self._builder(f"people|{_norm(head.text)}|@{head.start}", head.text, "group")
            self._noun_peoples.append(b)
            if here is not None:
                entry = self.kb.by_code(here)
                b.absorb(here, [], None, entry.id if entry else here, None)
                b.filled.append("people's state named here")
            elif blocked:
                self._blocked_peoples.append((b, states, head))
            else:
                self._open_peoples.append((b, states))
            self._mention(b, head.start, head.end, self._is_subject(head), "people's noun")

    def _open_people_states(self) -> None:
        if not self._open_peoples:
            return
        counts: dict[str, int] = {}
        for s, e, code, _named in self._state_names(0, len(self.doc.text)):
            if not is_stance(self.doc.text, s, e):
                counts[code] = counts.get(code, 0) + 1
        for b, states in self._open_peoples:
            if b.code is not None or self._unread_own_place(b):
                continue
            named = sorted(((counts.get(c, 0), c) for c in states), reverse=True)
            near = self._nearby_states(b, states)
            if near is not None:
                code, why = near, "people's state: the one the passage's places lie in"
            elif self.focus is not None and self.focus in states:
                code, why = self.focus, "people's state: the article's focus"
            elif named[0][0] >= 2 and named[0][0] >= 2 * sum(n for n, _c in named[1:]):
                code, why = named[0][1], "people's state: the one the article names most"
            else:
                continue
            entry = self.kb.by_code(code)
            b.code, b.affiliation = code, b.affiliation or (entry.id if entry else code)
            b.filled.append(why)

    def _unread_own_place(self, b: _Builder) -> bool:
        """A mention's role noun, or the noun whose object it is, has a locative phrase
        owned by a pronoun ("war with Kurdish militants inside its own borders"): the text
        places them in a state this reading cannot tell, so no guess from elsewhere."""
        for s, e, _t, _subj in b.mentions:
            tok = self._head_token(s, e)
            if tok is None:
                continue
            nouns = [tok]
            if tok.dep == "pobj" and self.doc.tokens[tok.head].head != tok.head:
                # "Ankara's war with Kurdish militants inside its own borders": the phrase
                # the role is the object in
                up = self.doc.tokens[self.doc.tokens[tok.head].head]
                if up.pos == "NOUN":
                    nouns.append(up)
            for noun in nouns:
                for c in self.doc.children(noun.i):
                    prep = self.doc.tokens[c]
                    # "inside its own borders": whose, the pronoun's antecedent says
                    if (
                        c > tok.i
                        and prep.dep == "prep"
                        and prep.lower in _OWN_PLACE_PREPS
                        and any(self.doc.tokens[j].tag == "PRP$" for j in self.doc.subtree(c))
                    ):
                        return True
        return False

    def _plural_only(self, b: _Builder) -> bool:
        """Every mention of ``b`` is a plural noun or "they": many people, not one."""
        for s, e, _t, _subj in b.mentions:
            head = self._head_token(s, e)
            if head is None or (head.tag not in ("NNS", "NNPS") and head.lower not in _THEY):
                return False
        return True

    def _blocked_nearby_state(self, b: _Builder, states: tuple[str, ...], tok: Token) -> str | None:
        """A people's role whose sentence names another of its states only by a stance or
        by the demonym of that state's rebels ("Kurdish militias swept through Raqqa
        province, while Turkish-backed Syrian rebels ..."): the one state the passage's
        places lie in.  None where the sentence names a state of the people by name as a
        party ("Turkey shelled Kurdish forces" may be anyone's Kurds, and "Ankara" nearby is
        no place of theirs), or that state by a demonym on its state's men ("Syrian troops
        attacked Kurdish militants": not, by that, Syria's Kurds); "Syrian rebels",
        "northern Syrian towns" are no state's."""
        sent = self.doc.sentences[tok.sent]
        countries = self._country_spans()
        party: set[str] = set()
        for s, e, code, named in self._state_names(sent.start, sent.end):
            last = self.doc.tokens_in(s, e)[-1:]
            if code not in states or is_stance(self.doc.text, s, e) or not last:
                continue
            if named:
                # a town or region ("through Raqqa province") is no party
                if (s, e) in countries and not self._locative(last[0]):
                    return None
                continue
            head = self.doc.tokens[last[0].head]
            role = self.kb.role(head.lemma.lower()) or self.kb.role(head.lower)
            if role and set(role.sector) & (_MODIFIER_SECTORS - {"REB", "OPP"}):
                party.add(code)  # "Syrian troops"; not "Syrian rebels" nor "Syrian towns"
        # the sentence's own places first: "swept through Raqqa province" after a passage
        # on Syria and Iraq
        near = self._nearby_states(b, states, before=0) or self._nearby_states(b, states)
        return near if near not in party else None

    def _inner_people_group(self, b: _Builder, states: tuple[str, ...]) -> _Builder | None:
        """The one coded group of the people, of a state of ``states``, that the KB or the
        roles know by another name (:data:`_PEOPLE_GROUP_IDS`) and whose mention lies inside
        each of ``b``'s mentions ("Kurdish peshmerga forces", "Kurdish YPG fighters"): the role is
        that group's men, whatever party the sentence names."""
        found: dict[int, _Builder] = {}
        for s, e, _t, _subj in b.mentions:
            if self.how.get(s, "").startswith(("the NOUN", "pronoun")):
                continue  # "the forces", "they" taking the role up name no group
            here = [
                o
                for o in self.builders.values()
                if o is not b
                and o.code in states
                and _PEOPLE_GROUP_IDS & {o.identifier, o.affiliation, o.role}
                and any(s <= os and oe <= e for os, oe, _x, _y in o.mentions)
            ]
            if not here:
                return None
            found.update((id(o), o) for o in here)
        return next(iter(found.values())) if len(found) == 1 else None

    def _kin_people_state(
        self, b: _Builder, states: tuple[str, ...], party: set[str]
    ) -> str | None:
        """The state the article's other actors of the same people were given ("Kurdish-
        led forces ... in Syria's Deir ez-Zor" then "Kurdish militants"; "the Syrian Kurds"
        then "Kurdish forces"), counting the people's groups the KB knows by another name
        ("the YPG" is Syria's Kurds, "the PKK" Turkey's): an article speaks of one country's
        Kurds.  None where the state whose actors have most mentions is one the mention's
        sentence names as a ``party`` ("Syrian officials ... Kurdish forces": those Kurds
        may be any); of the other states, the one whose actors have twice the mentions of
        all the rest ("the Syrian Kurds ... the PKK": Turkey, the party, left out)."""
        if not any(self.kb.people_states(w) == states for w in _name_words(b.name)):
            return None
        counts: dict[str, int] = {}
        for o in self.builders.values():
            if o is b or o.code is None or o.code not in states:
                continue
            if not (
                o.identifier in _PEOPLE_GROUP_IDS
                or o.affiliation in _PEOPLE_GROUP_IDS
                or any(self.kb.people_states(w) == states for w in _name_words(o.name))
            ):
                continue
            counts[o.code] = counts.get(o.code, 0) + len(o.mentions)
        if not counts or max(counts.items(), key=lambda kv: kv[1])[0] in party:
            return None
        counts = {c: n for c, n in counts.items() if c not in party}
        top, n = max(counts.items(), key=lambda kv: kv[1])
        return top if n >= 2 * (sum(counts.values()) - n) else None

    def _nearby_states(
        self,
        b: _Builder,
        states: tuple[str, ...] | None,
        before: int = 2,
    ) -> str | None:
        """The one of a people's ``states`` (with None, any state) that the places
        of its mentions' sentences and the ``before`` ones before each lie in ("Kurdish
        forces closed in on Baghuz": Syria's Kurds), not destinations or sources ("to
        Iraq"), nor bases ("a Britain-based monitor"); None where none or two are there."""
        found: set[str] = set()
        for s, _e, _t, _subj in b.mentions:
            sent = self.doc.sentence_of(s)
            if sent is None:
                return None
            lo = self.doc.sentences[max(sent.index - before, 0)].start
            here = {
                p.code
                for p in self._article_places()
                if p.code
                and (states is None or p.code in states)
                and not p.adjectival
                and not _BASED_AFTER.match(self.doc.text, p.end)
                and p.feature_class in ("P", "A", "L")
                and lo <= p.start < sent.end
                and not is_stance(self.doc.text, p.start, p.end)
                and not self._path_place(p)
            }
            # a mention with no place near it (a quoted "the Kurdish militias are not
            # letting them leave") says nothing against the others' places
            found |= here
        return found.pop() if len(found) == 1 else None

    def _path_place(self, place: Place) -> bool:
        """A place named as a destination or source ("handed them over to Iraq", "fled
        from Syria"): says nothing of where the people are."""
        tok = self._head_token(place.start, place.end)
        if tok is None or tok.dep != "pobj":
            return False
        return self.doc.tokens[tok.head].lower in _PATH_PREPS


def _name_words(name: str) -> set[str]:
    """The lower-cased words of a name, split at spaces and hyphens ("Kurdish-led")."""
    return {w.lower() for w in re.split(r"[\s\-\u2010\u2011]+", name)}
