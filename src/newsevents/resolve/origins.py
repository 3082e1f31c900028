"""Where private people come from: the country the text gives a person or people the
knowledge base does not know, by origin ("a nurse from Leeds"), citizenship ("her British
passport"), a stated nationality ("Doe is a Briton"), a later description ("the 37-year-old
American said"), a home or residence, or the nation they are kin of ("the wives of
Australians").

The passes are a mixin of the actor resolution run (:mod:`newsevents.resolve.actors`),
whose state (builders, mentions, the parse, the article's places) they read and extend.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsevents.parsed import ParsedDoc, Token
from newsevents.records import Place
from newsevents.resolve.actor_words import (
    _CITIZEN_NOUNS,
    _FEMALE_NOUNS,
    _FLED_THINGS,
    _FLIGHT_VERBS,
    _FOREIGN_PEOPLE,
    _HOME_NOUNS,
    _HOMING_VERBS,
    _INCOMER_MODIFIERS,
    _MALE_NOUNS,
    _NOT_PLACE_ENTS,
    _ORIGIN_PREPS,
    _ORIGIN_VERBS,
    _PLACE_NOUNS,
    _PRONOUN_CLASS,
    _REFUGEE_NOUNS,
    _of_objects,
)
from newsevents.resolve.kb import KBEntry, KnowledgeBase

if TYPE_CHECKING:
    from newsevents.resolve.actors import _Builder

#: nouns for an armed group's men in a person's apposition (:meth:`_armed_group_man`)
_GROUP_MAN_NOUNS = frozenset(
    {"member", "recruit", "fighter", "militant", "jihadist", "jihadi", "commander"}
)
#: words making "the ... Canadian" someone other than the person named before
_NEW_REFERENT_WORDS = {"born", "other", "second", "third", "another", "first", "last", "same"}
#: nouns for a private person a demonym describes: "the Canadian teenager said"
_DESCRIBED_PEOPLE = {
    "teenager",
    "student",
    "pensioner",
    "citizen",
    "national",
    "journalist",
    "tourist",
    "worker",
    "doctor",
    "nurse",
    "teacher",
    "activist",
    "academic",
    "businessman",
    "businesswoman",
}
#: nouns of a person's nationality: "her British citizenship", "his UK passport"
_CITIZENSHIP_NOUNS = {"citizenship", "passport", "nationality"}
#: adverbs that make an origin a former one: "Doe is originally from Kano"
_FORMER_WORDS = frozenset({"originally", "formerly", "once"})
#: verbs that report a claim the text does not vouch for: "he maintained he was Cambodian"
_CLAIM_VERBS = frozenset(
    {"maintain", "claim", "insist", "pretend", "allege", "purport", "pose", "deny"}
)
#: an article speaking of dual nationals: a citizenship need not be the person's only one
_DUAL = re.compile(r"\bdual[- ](?:national|citizen)", re.IGNORECASE)
#: nouns for a person's relatives by blood, who share the person's country unless the
#: text says otherwise ("Doe's family", "her son"); no spouses (see ``kin_of_persons``)
_KIN_NOUNS = frozenset(
    {
        "family",
        "relative",
        "child",
        "son",
        "daughter",
        "parent",
        "mother",
        "father",
        "brother",
        "sister",
        "sibling",
        "baby",
        "grandmother",
        "grandfather",
        "grandchild",
        "grandson",
        "granddaughter",
    }
)
#: nouns for a person's spouse: a bare "her husband" may be the one just described
_SPOUSE_NOUNS = frozenset({"husband", "wife", "spouse", "partner", "fiance", "fiancee"})
#: sentences back a bare "her husband" may refer to the one described (no other between)
_KIN_WINDOW = 4
_KIN_OR_SPOUSE_NOUNS = _KIN_NOUNS | _SPOUSE_NOUNS
#: the origins passes' reasons for a person's country: the text states it
_STATED_REASONS = (
    "citizenship",
    "stated nationality",
    "appositive demonym",
    "described nationality",
)
#: verbs for bringing people back to their own state: "France will repatriate 130
#: children", "the family pleaded to be brought back to Australia"
_REPATRIATE_VERBS = frozenset({"repatriate", "bring"})
#: people a host state "repatriates" to their own: "300 refugee children", "displaced"
_HOSTED_WORDS = frozenset({"refugee", "migrant", "asylum", "displaced", "exiled", "stateless"})


class OriginsMixin:
    """The where-people-come-from passes of one resolution run (mixed into ``actors._Run``)."""

    # the run's state, set by ``actors._Run.__init__``
    doc: ParsedDoc
    kb: KnowledgeBase
    builders: dict[str, _Builder]
    order: list[str]
    kb_spans: list[tuple[int, int, KBEntry, str]]
    how: dict[int, str]
    _gender: dict[str, str | None]
    _name_gender: dict[str, str | None]

    # the run's helpers (defined in ``actors._Run`` and the coreference mixin); declared
    # for the type checker only, so that they never shadow the real ones in the MRO
    if TYPE_CHECKING:

        def _article_places(self) -> list[Place]: ...

        def _head_token(self, start: int, end: int) -> Token | None: ...

        def _sent_at(self, start: int) -> int: ...

        def _initial_gender(self, b: _Builder) -> str | None: ...

        def _is_taken(self, start: int, end: int) -> bool: ...

        def _mention(self, b: _Builder, start: int, end: int, subject: bool, how: str) -> None: ...

        def _is_subject(self, tok: Token | None) -> bool: ...

        def _drop(self, key: str) -> None: ...

    def _place_at(self, tok: Token) -> Place | None:
        """The place with a country (no demonym, street or region without one) holding
        ``tok``."""
        for p in self._article_places():
            if p.start <= tok.start < p.end:
                ok = p.code and not p.adjectival and p.feature_class in ("P", "A", "L")
                return p if ok else None
        return None

    def _origin(self, tok: Token, *, modifiers: bool = True) -> Place | None:
        """Where a person or people noun comes from, said by its own words: "a man from
        Leeds", "Ahmed Khan, of Bradford,", "residents of the town of Mosul", and with
        ``modifiers`` "a Leeds man", "a London-born woman".  Only the noun's own
        phrases count, never the verb's ("fled from Syria", "released from prison"); None
        where the places disagree."""
        found: list[Place] = []
        for c in self.doc.children(tok.i):
            t = self.doc.tokens[c]
            if t.dep == "prep" and t.lower in _ORIGIN_PREPS and c > tok.i:
                for o in self.doc.children(c):
                    obj = self.doc.tokens[o]
                    if obj.dep != "pobj":
                        continue
                    if obj.lemma.lower() in _PLACE_NOUNS:  # "from the town of Leeds"
                        inner = [
                            self.doc.tokens[g]
                            for k in self.doc.children(obj.i)
                            if self.doc.tokens[k].lower == "of"
                            for g in self.doc.children(k)
                            if self.doc.tokens[g].dep == "pobj"
                        ]
                        obj = inner[0] if inner else obj
                    if (place := self._place_at(obj)) is not None:
                        found.append(place)
            elif (
                modifiers
                and c < tok.i
                and t.pos == "PROPN"
                and t.dep in ("compound", "nmod")
                and t.ent_type not in _NOT_PLACE_ENTS  # "the Bush administration"
            ):
                if (place := self._place_at(t)) is not None:  # "a Leeds man"
                    found.append(place)
            elif modifiers and c < tok.i and t.dep == "amod" and t.lemma.lower() == "bear":
                for k in self.doc.children(t.i):  # "a London-born woman"
                    mod = self.doc.tokens[k]
                    if (
                        k < t.i
                        and mod.dep in ("npadvmod", "compound", "nmod")
                        and (place := self._place_at(mod)) is not None
                    ):
                        found.append(place)
        codes = {p.code for p in found}
        return found[0] if len(codes) == 1 else None

    def _refugee_noun(self, tok: Token) -> bool:
        """ "refugee(s)", "asylum seeker(s)", "asylum-seeker"."""
        lemma = tok.lemma.lower()
        if lemma in _REFUGEE_NOUNS:
            return True
        return lemma == "seeker" and any(
            self.doc.tokens[c].lower == "asylum" for c in self.doc.children(tok.i) if c < tok.i
        )

    def refugee_people(self, run: list[Token], tok: Token, sector: list[str]) -> bool:
        """Private people the text itself calls refugees: "refugee families", "eight
        Syrian men, all refugees", "the men are refugees", "a man who came as a refugee",
        "men who fled the war", "a family that fled Syria".  PLOVER's REF sector, not CVL;
        REF people are never given the country of the place they are in (a refugee's host
        is not their state).  Only a noun of private people (sector CVL alone), and only
        the noun's own words: its modifiers, its apposition, its predicate nominal or its
        relative clause (flight from a war or from a country, not "fled the scene")."""
        if sector != ["CVL"]:
            return False
        if any(
            t.i != tok.i and t.dep in ("compound", "amod") and self._refugee_noun(t) for t in run
        ):
            return True  # "refugee families"
        first = run[0] if run else tok
        if (
            first.lower == "seeking"
            and first.i >= 2
            and self.doc.tokens[first.i - 1].text == "-"
            and self.doc.tokens[first.i - 2].lower == "asylum"
        ):
            return True  # "asylum-seeking children" (the run starts after the hyphen)
        for c in self.doc.children(tok.i):
            kid = self.doc.tokens[c]
            if kid.dep == "appos" and self._refugee_noun(kid):
                return True  # "eight Syrian men, all refugees,"
            if kid.dep == "relcl" and self._refugee_clause(kid) and not self._incomers(tok):
                return True  # "men who fled the war", "a man who came as a refugee"
        if tok.dep == "nsubj" and tok.head != tok.i:
            verb = self.doc.tokens[tok.head]
            if verb.lemma.lower() == "be" and any(
                self.doc.tokens[c].dep == "attr" and self._refugee_noun(self.doc.tokens[c])
                for c in self.doc.children(verb.i)
            ):
                return True  # "the men are refugees"
        return False

    def _refugee_clause(self, verb: Token) -> bool:
        """A relative clause that makes its noun refugees: "who fled the war", "who fled
        Syria" (a country: a border crossed), "who arrived as refugees"."""
        objs: list[Token] = []
        for c in self.doc.children(verb.i):
            kid = self.doc.tokens[c]
            if kid.dep == "dobj":
                objs.append(kid)
            elif kid.dep == "prep":
                pobjs = [
                    self.doc.tokens[g]
                    for g in self.doc.children(c)
                    if self.doc.tokens[g].dep == "pobj"
                ]
                if kid.lower == "as" and any(self._refugee_noun(o) for o in pobjs):
                    return True  # "who came to Britain as a refugee"
                if kid.lower == "from":
                    objs += pobjs  # "who fled from Syria"
        if verb.lemma.lower() not in _FLIGHT_VERBS:
            return False
        for o in objs:
            if o.lemma.lower() in _FLED_THINGS:
                return True
            if self._country_name(o):
                return True  # a country, a border crossed (not "fled Aleppo": maybe within)
        return False

    def _origin_predicate(self, tok: Token) -> Place | None:
        """Where a person comes from, said by the clause they are the subject of: "Doe is
        from Leeds", "Doe and her mother are from Kano", "Roe comes from Mosul" (not "Roe
        came from Syria": a journey, nor "Doe is originally from Kano": a former home)."""
        subj = tok
        if subj.dep == "conj" and subj.head != subj.i:
            subj = self.doc.tokens[subj.head]  # "Doe and her mother are ..."
        if subj.dep != "nsubj" or subj.head == subj.i:
            return None
        verb = self.doc.tokens[subj.head]
        lemma = verb.lemma.lower()
        if lemma not in _ORIGIN_VERBS or (lemma == "come" and verb.tag not in ("VBZ", "VBP")):
            return None
        if any(self.doc.tokens[c].lower in _FORMER_WORDS for c in self.doc.children(verb.i)):
            return None
        return self._origin(verb, modifiers=False)

    def _origin_clause(self, tok: Token) -> Place | None:
        """Where a person comes from, said in a relative clause on ``tok``: "Doe, who is
        from Leeds,", "a man who comes from Kano"."""
        for c in self.doc.children(tok.i):
            verb = self.doc.tokens[c]
            if c > tok.i and verb.dep == "relcl" and verb.lemma.lower() in _ORIGIN_VERBS:
                subj = [
                    self.doc.tokens[k]
                    for k in self.doc.children(c)
                    if self.doc.tokens[k].dep in ("nsubj", "nsubjpass")
                ]
                if subj and subj[0].tag in ("WP", "WDT"):  # "who is", not "whom he is"
                    place = self._origin(verb, modifiers=False)
                    if place is not None:
                        return place
        return None

    def _incomers(self, tok: Token) -> bool:
        """People often foreigners where they are ("tourists", "aid workers"): their
        flight from a country makes them no refugees."""
        role = self.kb.role(tok.lemma.lower(), people_nouns=True)
        return (role is not None and role.name in _FOREIGN_PEOPLE) or any(
            self.doc.tokens[c].lower in _INCOMER_MODIFIERS for c in self.doc.children(tok.i)
        )

    def _country_name(self, tok: Token) -> bool:
        """``tok`` is the name of a country ("Syria"), not of a town or region in it."""
        return any(
            s <= tok.start < e and entry.kind == "country" and how == "name"
            for s, e, entry, how in self.kb_spans
        )

    def citizenships(self) -> None:
        """A named person the text gives no country takes the one of their citizenship or
        passport: "her British citizenship", "Doe's UK passport", "Doe, who holds a
        Canadian passport" (a civilian unless a role says otherwise).  Not for a person a
        sentence on dual nationals speaks of, nor for a person holding two."""
        dual = [
            (s.start, s.end)
            for s in self.doc.sentences
            if _DUAL.search(self.doc.text[s.start : s.end])
        ]
        found: dict[str, set[str]] = {}
        for tok in self.doc.tokens:
            if tok.lemma.lower() not in _CITIZENSHIP_NOUNS or tok.pos != "NOUN":
                continue
            kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
            owners = [k for k in kids if k.dep == "poss"]
            verb = self.doc.tokens[tok.head]
            if not owners and tok.dep == "dobj" and verb.lemma.lower() in ("hold", "have"):
                owners = [
                    self.doc.tokens[c]
                    for c in self.doc.children(verb.i)
                    if self.doc.tokens[c].dep == "nsubj"
                ]
                if owners and owners[0].tag == "WP" and verb.dep == "relcl":
                    owners = [self.doc.tokens[verb.head]]  # "Doe, who holds ...": Doe
            mods = [k for k in kids if k.dep in ("amod", "compound") and k.i < tok.i]
            mods += [
                self.doc.tokens[c]
                for m in mods
                for c in self.doc.children(m.i)
                if self.doc.tokens[c].dep == "conj"
            ]
            codes = set()
            for m in mods:
                entry = self.kb.by_adjective(m.text) or self.kb.by_name(m.text)
                if entry is not None and entry.kind == "country":
                    codes.add(entry.code)
            if not codes or len(owners) != 1:
                continue
            holders = [
                b
                for b in self.builders.values()
                if b.kind == "person"
                and any(s <= owners[0].start < e for s, e, _t, _x in b.mentions)
            ]
            if not holders and owners[0].tag == "PRP$":
                holders = self._sentence_person(owners[0])
            for b in holders:
                found.setdefault(b.key, set()).update(codes)
        for key, codes in found.items():
            b = self.builders[key]
            if len(codes) != 1 or b.code is not None:
                continue  # "his British and Bangladeshi passports": either
            if any(s <= m[0] < e for s, e in dual for m in b.mentions):
                continue  # "Doe, a dual national": which of the two the text does not say
            code = codes.pop()
            self._give_country(b, code, "citizenship")

    def _sentence_person(self, pron: Token) -> list[_Builder]:
        """The person an unresolved "his"/"her" owning a citizenship names when its
        sentence names one person alone before it: "Doe's family said: 'We will assist
        Jane ... her British citizenship'" (the coreference pass leaves pronouns in
        quotations open).  Only where every other person named in the sentence before it
        is known by the other gender (a title, a bound pronoun, a given name), and the one
        left is known by this one."""
        cls = {"his": "m", "her": "f"}.get(pron.lower)
        if cls is None:
            return []
        sent = self.doc.sentences[pron.sent]
        bound = self._gender  # filled by the coreference pass
        named = self._name_gender

        def gender(b: _Builder) -> str | None:
            return bound.get(b.key) or self._initial_gender(b) or named.get(b.key)

        found: list[_Builder] = []
        for b in self.builders.values():
            if b.kind != "person" or not any(
                sent.start <= s < pron.start and text.strip().lower() not in _PRONOUN_CLASS
                for s, _e, text, _x in b.mentions
            ):
                continue
            if gender(b) in (None, cls):
                found.append(b)
        return found if len(found) == 1 and gender(found[0]) == cls else []

    def _give_country(self, b: _Builder, code: str, why: str) -> None:
        """A person the knowledge base gives no country takes one the text states (a
        civilian unless a role already set the sector, or the person's own apposition
        makes them an armed group's man: "Doe, from Leeds, an Isis recruit" is REB)."""
        entry = self.kb.by_code(code)
        sector = [] if b.sector else ["REB"] if self._armed_group_man(b) else ["CVL"]
        b.absorb(code, sector, None, entry.id if entry else None, None)
        b.filled.append(why)

    def _armed_group_man(self, b: _Builder) -> bool:
        """Whether an apposition to the person's name calls them a member, recruit or
        fighter of an armed group of no state's code the article names ("Doe, an Isis
        recruit,", "Roe, a fighter with Islamic State,").  Only the apposition, which
        asserts it: not "no evidence that Doe joined Isis", nor a state's soldier."""
        for s, e, text, _subj in b.mentions:
            head = self._head_token(s, e)
            if head is None or text.strip().lower() in _PRONOUN_CLASS:
                continue
            # "Doe, from Leeds, an Isis recruit": the parser may hang it on the city
            hosts = [head.i] + [
                g
                for c in self.doc.children(head.i)
                if self.doc.tokens[c].dep == "prep" and self.doc.tokens[c].lower == "from"
                for g in self.doc.children(c)
                if self.doc.tokens[g].dep == "pobj"
            ]
            for c in (k for h in hosts for k in self.doc.children(h)):
                appos = self.doc.tokens[c]
                if appos.dep != "appos" or appos.lemma.lower() not in _GROUP_MAN_NOUNS:
                    continue
                for j in self.doc.subtree(c):
                    t = self.doc.tokens[j]
                    if t.pos != "PROPN" and t.tag != "NN":
                        continue
                    for g in self.builders.values():
                        if (
                            g is not b
                            and g.key.startswith("org|")
                            and "REB" in g.sector
                            and g.code
                            and self.kb.by_code(g.code) is None  # no state's: "IMG"
                            and any(gs <= t.start < ge for gs, ge, _t, _x in g.mentions)
                        ):
                            return True
        return False

    def person_origins(self) -> None:
        """A named person the text and the knowledge base give no country takes the one
        of the place they come from, by the name or its apposition: "Ahmed Khan, from
        Birmingham,", "Jane Roe, a nurse from Leeds," (a civilian unless a role says
        otherwise)."""
        for key in self.order:
            b = self.builders[key]
            if not key.startswith("person|") or b.code is not None:
                continue
            found: list[Place] = []
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None or text.strip().lower() in _PRONOUN_CLASS:
                    continue
                toks = [head] + [
                    self.doc.tokens[c]
                    for c in self.doc.children(head.i)
                    if self.doc.tokens[c].dep == "appos"
                ]
                for i, t in enumerate(toks):
                    place = (
                        self._origin(t, modifiers=i > 0)
                        or self._origin_clause(t)
                        or (self._origin_predicate(t) if i == 0 else None)
                    )
                    if place is not None:
                        found.append(place)
            if len({p.code for p in found}) != 1:
                continue
            place = found[0]
            self._give_country(b, place.code or "", f"origin ({place.name})")

    def stated_nationality(self) -> None:
        """A named person the text and the knowledge base give no country takes the one
        the text states with "be": "Doe is a Briton", "Roe, who is the only American in
        the camp,", "Doe was a Nigerian national" (a civilian unless a role says
        otherwise).  Not where the states disagree, nor for a "Syrian-American"."""
        for key in self.order:
            b = self.builders[key]
            if not key.startswith("person|") or b.code is not None:
                continue
            codes: set[str] = set()
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                # "she was a Briton": a subject pronoun of the person's chain says it too
                if head is None or (text.strip().lower() in _PRONOUN_CLASS and head.dep != "nsubj"):
                    continue
                verbs: list[Token] = []
                if head.dep in ("nsubj", "nsubjpass"):
                    verbs.append(self.doc.tokens[head.head])
                    # verbs sharing the subject: "Doe is from Kano and became a US citizen"
                    verbs += [
                        v
                        for c in self.doc.children(head.head)
                        if (v := self.doc.tokens[c]).dep == "conj"
                        and not any(self.doc.tokens[k].dep == "nsubj" for k in self.doc.children(c))
                    ]
                verbs += [  # "Doe, who is ...": the relative clause on the name
                    v
                    for c in self.doc.children(head.i)
                    if (v := self.doc.tokens[c]).dep == "relcl"
                    and any(
                        self.doc.tokens[k].dep == "nsubj" and self.doc.tokens[k].tag == "WP"
                        for k in self.doc.children(c)
                    )
                ]
                for verb in verbs:
                    if verb.lemma.lower() not in ("be", "become"):  # "became a US citizen"
                        continue
                    if verb.dep == "ccomp" and (
                        self.doc.tokens[verb.head].lemma.lower() in _CLAIM_VERBS
                    ):
                        continue  # "he maintained he was a Cambodian national": a claim
                    for c in self.doc.children(verb.i):
                        attr = self.doc.tokens[c]
                        if attr.dep != "attr":
                            continue
                        if code := self._nationality_noun(attr) or self._one_of(attr):
                            codes.add(code)
            if len(codes) == 1:
                # a nationality the text states outweighs a home, whose place name may be
                # a namesake abroad ("her home in Bristol")
                self._give_country(b, codes.pop(), "stated nationality")
                continue
            if codes:
                continue  # several stated: no home can make them one
            # where they live: "her home in Leeds", "Doe's home town of Kano", "he wants
            # to come home to Kenya", "Doe, a nurse who lives in Leeds,"
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None:
                    continue
                place = self._home_place(head)
                if place is None and text.strip().lower() not in _PRONOUN_CLASS:
                    place = self._residence(head)
                if place is not None and place.code:
                    codes.add(place.code)
            if len(codes) != 1:
                continue
            code = codes.pop()
            self._give_country(b, code, "stated home")

    def appositive_demonym(self) -> None:
        """ "Konstandinos Scurfield, the first Briton killed fighting Isis": a demonym noun
        right after a person's name and a comma is that person (however the parser hung
        it), and says their country.  Only a singular capitalised demonym noun after "the"
        or "a" and at most two adjectives or numbers, for a person the text and the
        knowledge base give no country (a coded one keeps theirs, the noun still refers)."""
        doc = self.doc
        for key in self.order:
            b = self.builders[key]
            if not key.startswith("person|") or b.private:
                continue
            for _s, e, text, _subj in list(b.mentions):
                if text.strip().lower() in _PRONOUN_CLASS:
                    continue
                toks = doc.tokens_in(e - 1, e)
                if not toks:
                    continue
                j = toks[-1].i + 1
                if j + 2 >= len(doc.tokens) or doc.tokens[j].text != ",":
                    continue
                det = doc.tokens[j + 1]
                if det.lower not in ("the", "a", "an") or det.sent != toks[-1].sent:
                    continue
                k = j + 2
                while k < len(doc.tokens) and k - j <= 4 and doc.tokens[k].tag in ("JJ", "CD"):
                    k += 1
                if k >= len(doc.tokens) or k - j > 4:
                    continue
                noun = doc.tokens[k]
                if (
                    noun.tag not in ("NNP", "NN")
                    or self._is_taken(noun.start, noun.end)
                    or (k + 1 < len(doc.tokens) and doc.tokens[k + 1].tag.startswith("NN"))
                ):
                    continue  # "the British embassy": a demonym on another noun
                code = self._nationality_noun(noun)
                if code is None or self.kb.by_name(noun.text) is not None:
                    continue
                if b.code is None:
                    self._give_country(b, code, "appositive demonym")
                elif b.code != code:
                    continue
                start = doc.tokens[j + 2].start
                self._mention(b, start, noun.end, self._is_subject(noun), "appositive demonym")

    def described_nationality(self) -> None:
        """A named person takes the country of a definite description that opens or is
        the subject of a later sentence: "Doe ... The 37-year-old Briton said", "the
        Canadian woman was freed".  The description refers back to the person named last
        (within the two sentences before) when no other person is named in that sentence
        or the one before it and the genders agree; not for plurals, "an American" (a new
        person), "Dutch-born", nor a person the knowledge base or text places elsewhere."""
        doc = self.doc
        persons = [
            (s, b)
            for b in self.builders.values()
            if b.key.startswith("person|") and not b.private
            for s, _e, text, _subj in b.mentions
            if text.strip().lower() not in _PRONOUN_CLASS
        ]
        found: dict[str, set[str]] = {}
        for tok in doc.tokens:
            if tok.lower != "the" or tok.dep != "det" or tok.head <= tok.i:
                continue
            noun = doc.tokens[tok.head]
            if noun.tag not in ("NN", "NNP", "JJ"):
                continue
            main_subject = (
                noun.dep in ("nsubj", "nsubjpass") and doc.tokens[noun.head].dep == "ROOT"
            )
            if not (main_subject or doc.sentences[tok.sent].first == tok.i):
                continue  # "Ayesha, whom the Canadian woman named": no subject of the sentence
            code = self._description_country(tok, noun)
            if code is None:
                continue
            before = [(s, b) for s, b in persons if s < tok.start]
            if not before:
                continue
            last_s, pick = max(before, key=lambda p: p[0])
            sent = tok.sent
            if self._sent_at(last_s) < sent - 2:
                continue
            window = {b.key for s, b in before if self._sent_at(s) >= sent - 1}
            if window - {pick.key}:
                continue  # two people to refer to
            lemma = noun.lemma.lower()
            gender = "m" if lemma in _MALE_NOUNS else "f" if lemma in _FEMALE_NOUNS else None
            if gender is not None and self._initial_gender(pick) not in (None, gender):
                continue
            found.setdefault(pick.key, set()).add(code)
        for key, codes in found.items():
            b = self.builders[key]
            if b.code is not None or len(codes) != 1:
                continue  # known or stated elsewhere (a dual national keeps it)
            code = codes.pop()
            self._give_country(b, code, "described nationality")

    def _description_country(self, det: Token, noun: Token) -> str | None:
        """The country of "the [37-year-old] Briton" or "the [young] Canadian woman":
        a demonym noun, or a demonym adjective on a noun for a private person."""
        doc = self.doc
        if det.i > 0 and doc.tokens[det.i - 1].text in ("-", "–"):
            return None
        words = doc.tokens[det.i + 1 : noun.i]
        if any(w.text in ("and", ",", "or") or w.lower in _NEW_REFERENT_WORDS for w in words):
            return None  # "the second Canadian" is someone else; "Dutch-born" no nationality
        if any(doc.tokens[c].dep in ("relcl", "acl") for c in doc.children(noun.i)):
            return None  # "the Canadian woman, who refused to be named": a new person
        if self.kb.by_name(noun.text) is not None:
            return None  # "The US": the state, not a person
        if noun.text[:1].isupper() and (code := self._nationality_noun(noun)):
            return code  # "the Briton", "the 37-year-old American"
        if not words:
            return None
        lemma = noun.lemma.lower()
        if lemma not in _DESCRIBED_PEOPLE and lemma not in _MALE_NOUNS | _FEMALE_NOUNS:
            return None
        adj = words[-1]
        if doc.tokens[adj.i - 1].text in ("-", "–"):
            return None  # "the Syrian-Canadian woman"
        entry = self.kb.by_adjective(adj.text)
        if entry is None or entry.kind != "country" or adj.text[:1].islower():
            return None
        return entry.code

    def _one_of(self, attr: Token) -> str | None:
        """ "She was one of eight British nationals killed": the nationals' country."""
        if attr.lower != "one":
            return None
        for noun in _of_objects(self.doc, attr):
            if noun.tag in ("NNS", "NNPS"):
                return self._nationality_noun(noun)
        return None

    def _home_place(self, tok: Token) -> Place | None:
        """The place of a person's home: ``tok`` owning "home" ("her home in Leeds",
        "his home town of Kano") or the subject of "come/go/return home to Kenya"."""
        doc = self.doc
        homes: list[Token] = []
        up = doc.tokens[tok.head]
        if tok.dep == "poss" and up.lemma.lower() in _HOME_NOUNS:
            homes.append(up)
        preps: list[Token] = []
        for home in homes:
            preps += [doc.tokens[c] for c in doc.children(home.i) if doc.tokens[c].dep == "prep"]
        if tok.dep == "nsubj" and up.lemma.lower() in _HOMING_VERBS:
            verb = up
            kids = [doc.tokens[c] for c in doc.children(verb.i)]
            while not any(k.lower == "home" for k in kids) and any(
                k.dep == "xcomp" for k in kids
            ):  # "she wants to come home to Britain"
                verb = next(k for k in kids if k.dep == "xcomp")
                kids = [doc.tokens[c] for c in doc.children(verb.i)]
            adverbs = [k for k in kids if k.lower == "home"]
            if adverbs:
                preps += [k for k in kids if k.dep == "prep" and k.lower == "to"]
                preps += [
                    doc.tokens[c]
                    for c in doc.children(adverbs[0].i)
                    if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "to"
                ]
        found: list[Place] = []
        for prep in preps:
            if prep.lower not in ("in", "of", "to"):
                continue
            for o in doc.children(prep.i):
                if doc.tokens[o].dep == "pobj" and (place := self._named_at(doc.tokens[o])):
                    found.append(place)
        return found[0] if len({p.code for p in found}) == 1 else None

    def _named_at(self, tok: Token) -> Place | None:
        """The place at ``tok``, or named by its compounds where ``tok`` is the word for
        what kind of place it is ("in Deir Ezzor province")."""
        place = self._place_at(tok)
        if place is not None or tok.lemma.lower() not in _PLACE_NOUNS:
            return place
        for c in self.doc.children(tok.i):
            if self.doc.tokens[c].dep == "compound" and c < tok.i:
                place = self._place_at(self.doc.tokens[c])
                if place is not None:
                    return place
        return None

    def _residence(self, tok: Token) -> Place | None:
        """Where a person lives now, said in a relative clause on the name or its
        apposition: "Doe, who lives in Leeds,", "Roe, a mother of two who now lives in
        Kano," (not "who lived in Raqqa": a former home)."""
        doc = self.doc
        heads = [tok] + [doc.tokens[c] for c in doc.children(tok.i) if doc.tokens[c].dep == "appos"]
        for head in heads:
            for c in doc.children(head.i):
                verb = doc.tokens[c]
                if c < head.i or verb.dep != "relcl" or verb.lemma.lower() != "live":
                    continue
                if verb.tag not in ("VBZ", "VBP"):
                    continue
                kids = [doc.tokens[k] for k in doc.children(c)]
                if not any(k.dep == "nsubj" and k.tag == "WP" for k in kids):
                    continue
                found = [
                    place
                    for k in kids
                    if k.dep == "prep" and k.lower == "in"
                    for o in doc.children(k.i)
                    if doc.tokens[o].dep == "pobj"
                    and (place := self._place_at(doc.tokens[o])) is not None
                ]
                if len({p.code for p in found}) == 1:
                    return found[0]
        return None

    def _nationality_noun(self, tok: Token) -> str | None:
        """The state a noun of nationality names: "a Briton", "the only American", "a
        Nigerian national"/"citizen" (not "a Syrian-American", not "a Syrian refugee")."""
        doc = self.doc
        if tok.i + 1 < len(doc.tokens) and doc.tokens[tok.i + 1].text in ("-", "–"):
            return None
        if tok.i > 0 and doc.tokens[tok.i - 1].text in ("-", "–"):
            return None
        lemma = tok.lemma.lower()
        if lemma in _CITIZEN_NOUNS:
            mods = [
                doc.tokens[c]
                for c in doc.children(tok.i)
                if doc.tokens[c].dep in ("amod", "compound") and c < tok.i
            ]
            found = {  # "a Nigerian national", "a US citizen"
                entry.code
                for m in mods
                if (entry := self.kb.by_adjective(m.text) or self.kb.by_name(m.text)) is not None
                and entry.kind == "country"
            }
            return found.pop() if len(found) == 1 else None
        if tok.pos not in ("PROPN", "NOUN") and tok.tag not in ("NNP", "NNPS", "JJ"):
            return None
        entry = self.kb.by_adjective(tok.text)
        if entry is None or entry.kind != "country" or tok.text[:1].islower():
            return None
        return entry.code

    def kin_of_nationals(self) -> None:
        """An uncoded noun for people "of" a coded people or state role takes its
        country: "the wives of Australians", "children of British fighters" (a civilian
        still).  Not a person's ("the father of X": kin abroad are common) nor an armed
        group's ("wives of Isis fighters")."""
        owner_at: dict[int, _Builder] = {}
        for b in self.builders.values():
            entry = self.kb.by_code(b.code) if b.code else None
            if b.kind in ("group", "state") and entry is not None and entry.kind == "country":
                for s, _e, _t, _subj in b.mentions:
                    owner_at[s] = b
        for b in list(self.builders.values()):
            if not b.private or b.code is not None:
                continue
            owners: set[int] = set()
            found: _Builder | None = None
            for s, e, _t, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None:
                    continue
                # "the wives and children of Australians": "of" may hang on either noun
                nouns = [head] + [
                    self.doc.tokens[c]
                    for c in self.doc.children(head.i)
                    if self.doc.tokens[c].dep == "conj"
                ]
                if head.dep == "conj":
                    nouns.append(self.doc.tokens[head.head])
                for noun in nouns:
                    for c in self.doc.children(noun.i):
                        prep = self.doc.tokens[c]
                        if prep.dep != "prep" or prep.lower != "of" or c < noun.i:
                            continue
                        for o in self.doc.children(c):
                            obj = self.doc.tokens[o]
                            first = min(self.doc.subtree(o))
                            owner = owner_at.get(obj.start) or owner_at.get(
                                self.doc.tokens[first].start
                            )
                            if obj.dep == "pobj" and owner is not None:
                                owners.add(id(owner))
                                found = owner
            if found is not None and len(owners) == 1:
                b.code, b.affiliation = found.code, found.affiliation
                b.filled.append("people of a named nation")

    def _stated_person(self, b: _Builder) -> bool:
        """A person whose country the text states (not the knowledge base's office): one
        an origins pass coded, or one the KB does not know and the text gives a country
        with no office."""
        entry = self.kb.by_code(b.code) if b.code else None
        if b.kind != "person" or entry is None or entry.kind != "country":
            return False
        if any(f.startswith(_STATED_REASONS) for f in b.filled):
            return True
        return b.identifier is None and b.office is None and not b.filled

    def _foreign_kin(self, head: Token) -> bool:
        """Whether a relative's own words may give another country: a demonym or
        country-name modifier ("her Dutch cousin"), "foreign", or a place of their own
        ("her brother in Leeds")."""
        for c in self.doc.children(head.i):
            t = self.doc.tokens[c]
            if (
                c < head.i
                and t.dep in ("amod", "compound", "nmod")
                and (
                    t.lower == "foreign" or self.kb.by_adjective(t.text) or self.kb.by_name(t.text)
                )
            ):
                return True
            if (
                c > head.i
                and t.dep in ("prep", "relcl", "acl", "appos")
                and any(self._place_at(self.doc.tokens[k]) for k in self.doc.subtree(c))
            ):
                return True
        return False

    def kin_of_persons(self) -> None:
        """A person's relatives by blood take the person's country, where the text states
        it and the relatives' own words say nothing else: "Doe's family", "her son", "the
        family of Jane Doe" (a civilian still).  Not spouses: a fighter's wife or a
        volunteer's husband is often of another state (so found in the development
        articles).  Kin abroad exist, so: only the relatives of a person whose nationality
        the text states (:meth:`_stated_person`; a home or origin is where someone lives,
        not where their kin do), never where a relative's words give a nationality or a
        place (:meth:`_foreign_kin`), and only where every mention has the one owner."""
        owner_at: dict[int, _Builder] = {}
        for p in self.builders.values():
            if self._stated_person(p):
                for s, e, _text, _subj in p.mentions:
                    head = self._head_token(s, e)
                    if head is not None:
                        owner_at[head.start] = p
        if not owner_at:
            return
        for b in list(self.builders.values()):
            if not b.private or b.code is not None:
                continue
            owners: list[_Builder | None] = []
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None or text.strip().lower() in _PRONOUN_CLASS:
                    continue
                lemma = head.lemma.lower()
                if lemma not in _KIN_NOUNS or self._foreign_kin(head):
                    owners.append(None)
                    continue
                found: _Builder | None = None
                for c in self.doc.children(head.i):
                    t = self.doc.tokens[c]
                    if t.dep == "poss" and c < head.i:  # "Doe's family", "her son"
                        found = owner_at.get(t.start)
                    elif t.dep == "prep" and t.lower == "of" and c > head.i:
                        for o in self.doc.children(c):  # "the family of Jane Doe"
                            if self.doc.tokens[o].dep == "pobj":
                                found = owner_at.get(self.doc.tokens[o].start)
                owners.append(found)
            if not owners or any(o is None or o is not owners[0] for o in owners):
                continue
            owner = owners[0]
            assert owner is not None
            b.code, b.affiliation = owner.code, owner.affiliation
            b.filled.append("kin of a person of a stated country")

    def repatriated_people(self) -> None:
        """People a state repatriates are its nationals: "France will repatriate 130
        children" (the subject a state), "the children were repatriated to France",
        "the family pleaded to be brought back to Australia" (the place of "to").  "bring"
        only with "back" or "home".  Not refugees or migrants (a host state "repatriates"
        them to their own), not people whose own words give a nationality or "foreign",
        nor where the state and the place disagree."""
        doc = self.doc
        state_at: dict[int, str] = {}
        for p in self.builders.values():
            entry = self.kb.by_code(p.code) if p.code else None
            if p.kind == "state" and entry is not None and entry.kind == "country":
                for s, _e, _t, _subj in p.mentions:
                    state_at[s] = entry.code
        for b in list(self.builders.values()):
            if not b.private or b.code is not None or "REF" in b.sector:
                continue
            codes: set[str] = set()
            hosted = False
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None or text.strip().lower() in _PRONOUN_CLASS:
                    continue
                if any(
                    doc.tokens[c].dep in ("amod", "compound")
                    and (
                        doc.tokens[c].lower in _HOSTED_WORDS
                        or doc.tokens[c].lemma.lower() in _HOSTED_WORDS
                        or doc.tokens[c].lower == "foreign"
                        or self.kb.by_adjective(doc.tokens[c].text)
                    )
                    for c in doc.children(head.i)
                ):
                    hosted = True  # "refugee children": a host may repatriate them
                    break
                verb, active = self._repatriating_verb(head)
                if verb is None:
                    continue
                kids = [doc.tokens[c] for c in doc.children(verb.i)]
                if active:  # "France will repatriate 130 children": the subject's nationals
                    codes |= {
                        state_at[k.start] for k in kids if k.dep == "nsubj" and k.start in state_at
                    }
                preps = kids + [  # "brought back to Australia": "to" may hang on "back"
                    doc.tokens[g]
                    for a in kids
                    if a.lower in ("back", "home")
                    for g in doc.children(a.i)
                ]
                for k in preps:
                    if k.dep == "prep" and k.lower == "to":
                        for o in doc.children(k.i):
                            place = self._place_at(doc.tokens[o])
                            if doc.tokens[o].dep == "pobj" and place is not None and place.code:
                                codes.add(place.code)
            if hosted or len(codes) != 1:
                continue
            code = codes.pop()
            entry = self.kb.by_code(code)
            b.code, b.affiliation = code, entry.id if entry else code
            b.filled.append("people a state repatriates")

    def _repatriating_verb(self, head: Token) -> tuple[Token | None, bool]:
        """The verb repatriating the people ``head`` names, and whether it is active:
        ``head`` its object, its passive subject, or the subject of a verb whose
        complement it is ("pleaded to be brought back")."""
        doc = self.doc
        up = doc.tokens[head.head]
        if head.dep == "dobj":
            cands = [(up, True)]
        elif head.dep == "nsubjpass":
            cands = [(up, False)]
        elif head.dep == "nsubj":
            # "the family is in a camp and has pleaded to be brought back": a verb
            # sharing the subject too
            verbs = [up] + [
                doc.tokens[c]
                for c in doc.children(up.i)
                if doc.tokens[c].dep == "conj"
                and not any(doc.tokens[k].dep == "nsubj" for k in doc.children(c))
            ]
            cands = [
                (doc.tokens[c], False)
                for v in verbs
                for c in doc.children(v.i)
                if doc.tokens[c].dep == "xcomp"
                and any(doc.tokens[k].dep == "auxpass" for k in doc.children(c))
            ]
        else:
            return None, False
        for verb, active in cands:
            lemma = verb.lemma.lower()
            if lemma not in _REPATRIATE_VERBS:
                continue
            if lemma == "bring" and not any(
                doc.tokens[c].lower in ("back", "home") for c in doc.children(verb.i)
            ):
                continue
            return verb, active
        return None, False

    def private_appositions(self, *, placed: bool = False) -> None:
        """A person named by a noun takes the country their own apposition or relative
        clause states: "her fourth husband, a Macedonian,", "the victim, a British
        citizen,", "a man, a Syrian teacher,", "the driver, who is Egyptian,", and a plural
        "two of the victims, both Britons,".  The apposition is the person, so its demonym
        noun becomes the person's mention, not the state's.  Limits: only the noun's own
        apposition right after it and a comma (not a list: no "and"/"or" in or after it),
        of the same number (a singular noun with "a"/"an"/"the", a plural with "both" or
        "all"), a demonym noun, a citizen noun or a noun for a private person with a
        demonym adjective (not "the British embassy", not "a Syrian-American"), a relative
        clause with "is/was" and no negation; only where the mentions agree.  With
        ``placed``, run again after the placing pass: the stated nationality replaces the
        country of the place of the act ("the victims, both Britons, were killed in Kabul").
        """
        for key in list(self.order):
            b = self.builders.get(key)
            if b is None or (b.code is not None) != placed:
                continue
            if placed:
                if not key.startswith("role|") or b.sector != ["CVL"]:
                    continue
                if "place of the act" not in b.filled and not all(
                    self.how.get(m[0], "").endswith("place of the act") for m in b.mentions
                ):
                    continue  # a code of another reason (an owner, a demonym) stays
            elif b.kind not in ("person", "group") or not (
                # private people: "a man", and role nouns of civilians alone ("the victim")
                b.private or (key.startswith("role|") and b.sector == ["CVL"])
            ):
                continue
            codes: set[str] = set()
            demonyms: list[Token] = []
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None or text.strip().lower() in _PRONOUN_CLASS:
                    continue
                for appos, code in self._own_appositions(head):
                    codes.add(code)
                    demonyms.append(appos)
            if len(codes) != 1:
                continue
            code = codes.pop()
            entry = self.kb.by_code(code)
            if entry is None or entry.kind != "country":
                continue
            b.code, b.affiliation = code, entry.id
            b.filled.append("appositive nationality")
            for noun in demonyms:
                self._claim_demonym(b, noun)

    def later_kin_mentions(self) -> None:
        """A bare "her husband" in the next sentence is the "her fourth husband, a
        Macedonian," just described: the later actor merges into the earlier one.  Only a
        relative or spouse noun with the same possessive pronoun and no words of its own
        (no ordinal, adjective, apposition: "her first husband" is someone else), when the
        earlier one is coded by an apposition, lies at most ``_KIN_WINDOW`` sentences before,
        and no other noun of that word comes between; only an actor of that one mention."""
        doc = self.doc
        described: list[tuple[Token, _Builder]] = []
        for b in self.builders.values():
            if b.kind != "person" or b.code is None or not b.key.startswith("role|"):
                continue
            for s, e, text, _subj in b.mentions:
                head = self._head_token(s, e)
                if head is None or text.strip().lower() in _PRONOUN_CLASS:
                    continue
                if any(doc.tokens[c].dep == "appos" for c in doc.children(head.i)):
                    described.append((head, b))
        if not described:
            return
        for b in list(self.builders.values()):
            if b.kind != "person" or b.code is not None or not b.key.startswith("role|"):
                continue
            named = [m for m in b.mentions if m[2].strip().lower() not in _PRONOUN_CLASS]
            if len(named) != 1:
                continue
            head = self._head_token(named[0][0], named[0][1])
            if head is None or head.tag != "NN":
                continue
            lemma = head.lemma.lower()
            if lemma not in _KIN_OR_SPOUSE_NOUNS:
                continue
            kids = [doc.tokens[c] for c in doc.children(head.i)]
            poss = [k for k in kids if k.dep == "poss" and k.tag == "PRP$"]
            if len(poss) != 1 or any(
                k.dep in ("amod", "compound", "nummod", "appos", "relcl", "acl", "prep", "conj")
                for k in kids
            ):
                continue
            before = [
                (h, o)
                for h, o in described
                if h.i < head.i
                and h.lemma.lower() == lemma
                and h.sent >= head.sent - _KIN_WINDOW
                and any(
                    doc.tokens[c].dep == "poss" and doc.tokens[c].lower == poss[0].lower
                    for c in doc.children(h.i)
                )
            ]
            if len(before) != 1 or len({o.key for _h, o in before}) != 1:
                continue
            first, owner = before[0]
            between = doc.tokens[first.i + 1 : head.i]
            if any(t.lemma.lower() == lemma and t.pos == "NOUN" for t in between):
                continue  # "her husband ... his husband ...": another between
            for m in b.mentions:
                owner.add_mention(*m)
            self._drop(b.key)

    def _own_appositions(self, head: Token) -> list[tuple[Token, str]]:
        """(apposition, country) for each nationality the apposition or the "who is"
        clause of the person noun ``head`` states (see :meth:`private_appositions`)."""
        doc = self.doc
        plural = head.tag in ("NNS", "NNPS")
        hosts = [head]
        if plural and head.dep == "pobj" and head.head != head.i:
            prep = doc.tokens[head.head]  # "two of the victims, both Britons": on "two"
            if prep.lower == "of" and prep.head != prep.i:
                quant = doc.tokens[prep.head]
                if quant.tag == "CD" or quant.lower in ("some", "many", "several"):
                    hosts.append(quant)
        if head.tag not in ("NN", "NNS"):
            return []
        if any(doc.tokens[c].dep == "conj" for c in doc.children(head.i)):
            return []  # "the man and his wife, a Briton,": which one
        found: list[tuple[Token, str]] = []
        for host in hosts:
            for c in doc.children(host.i):
                kid = doc.tokens[c]
                if c < host.i or kid.sent != host.sent:
                    continue
                if kid.dep == "appos":
                    code = self._appositive_nationality(host, kid, plural)
                elif kid.dep == "relcl" and not plural:
                    code = self._relative_nationality(kid)
                else:
                    continue
                if code is not None:
                    found.append((kid, code))
        return found

    def _appositive_nationality(self, host: Token, appos: Token, plural: bool) -> str | None:
        """The country of an apposition of the same number right after ``host`` and a
        comma: "a Macedonian", "a British citizen", "a Syrian teacher", "both Britons"."""
        doc = self.doc
        sub = sorted(doc.subtree(appos.i))
        left, right = sub[0], sub[-1]
        host_end = max(j for j in doc.subtree(host.i) if j < left) if left > host.i else host.i
        if doc.tokens[left - 1].text != "," or left - 1 != host_end:
            return None  # the apposition right after the noun and its comma
        if any(doc.tokens[j].lower in ("and", "or", "nor") for j in sub):
            return None  # "a man, a Syrian and a Briton": a list
        nxt = doc.tokens[right + 1] if right + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.lower in ("and", "or"):
            return None
        det = doc.tokens[left]
        if plural:
            if det.lower not in ("both", "all") or not (
                appos.tag in ("NNS", "NNPS") or (appos.tag == "NNP" and appos.lower[-1:] == "s")
            ):
                return None  # "both Britons" (the tagger may take it for a name)
        elif det.lower not in ("a", "an", "the") or appos.tag not in ("NN", "NNP"):
            return None
        words = [doc.tokens[j] for j in range(left + 1, appos.i)]
        if len(words) > 2 or any(w.lower in _NEW_REFERENT_WORDS - {"first", "last"} for w in words):
            return None
        if self.kb.by_name(appos.text) is not None:
            return None  # "a man, the US": a state named
        if appos.text[:1].isupper():
            return self._nationality_noun(appos)  # "a Macedonian", "both Britons"
        lemma = appos.lemma.lower()
        if lemma in _CITIZEN_NOUNS:
            return self._nationality_noun(appos)  # "a British citizen"
        if lemma not in _DESCRIBED_PEOPLE and lemma not in _MALE_NOUNS | _FEMALE_NOUNS:
            return None
        if not words or words[-1].dep != "amod":
            return None
        adj = words[-1]
        if doc.tokens[adj.i - 1].text in ("-", "–") or adj.text[:1].islower():
            return None  # "a Syrian-Canadian teacher"
        entry = self.kb.by_adjective(adj.text)
        return entry.code if entry is not None and entry.kind == "country" else None

    def _relative_nationality(self, verb: Token) -> str | None:
        """ "the driver, who is Egyptian", "a man who was a Syrian national": "be" with
        a "who" subject, no negation, and a demonym adjective or nationality noun."""
        doc = self.doc
        if verb.lemma.lower() != "be":
            return None
        kids = [doc.tokens[c] for c in doc.children(verb.i)]
        if not any(k.dep == "nsubj" and k.tag == "WP" for k in kids):
            return None
        if any(k.dep == "neg" for k in kids):
            return None  # "who is not Egyptian"
        codes: set[str] = set()
        for k in kids:
            if k.dep == "acomp" and k.tag == "JJ" and k.text[:1].isupper():
                if doc.tokens[k.i - 1].text in ("-", "–") or (
                    k.i + 1 < len(doc.tokens) and doc.tokens[k.i + 1].text in ("-", "–")
                ):
                    continue
                entry = self.kb.by_adjective(k.text)
                if entry is not None and entry.kind == "country":
                    codes.add(entry.code)
            elif k.dep == "attr" and (code := self._nationality_noun(k)):
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def _claim_demonym(self, b: _Builder, noun: Token) -> None:
        """The demonym noun of a person's apposition ("a Macedonian") is the person: its
        mention moves from the state's actor (dropped when left with none) to ``b``; a
        person actor of the apposition alone ("a British citizen") merges into ``b``."""
        for other in list(self.builders.values()):
            if (
                other is not b
                and other.kind == "person"
                and other.code == b.code
                and other.key.startswith("role|")
                and other.mentions
                and all(m[0] <= noun.start < m[1] for m in other.mentions)
            ):
                for m in other.mentions:
                    b.add_mention(*m)
                self._drop(other.key)
                return
        if not noun.text[:1].isupper():
            return
        for other in list(self.builders.values()):
            if other is b:
                continue
            left = [m for m in other.mentions if not (m[0] <= noun.start < m[1])]
            if len(left) == len(other.mentions):
                continue
            if other.kind not in ("state", "group") or any(
                m[1] - m[0] > noun.end - noun.start + 4
                for m in other.mentions
                if m[0] <= noun.start < m[1]
            ):
                return  # more than the demonym ("the Macedonian embassy"): not the person
            other.mentions[:] = left
            if not left:
                self._drop(other.key)
        self._mention(b, noun.start, noun.end, self._is_subject(noun), "appositive demonym")
