"""Where unnamed people are: private people, victims and police the text gives no
nationality take the country of the place of the act ("protesters in Nairobi", "killed
twelve villagers in Zamfara state"), of an attacked place, of a violent act up to four
sentences back in the paragraph, or the article's focus country where the sentence names no
place; counted persons, "N others", "people there" and conjunct victims with them.

The passes are a mixin of the actor resolution run (:mod:`newsevents.resolve.actors`),
whose state (builders, mentions, the parse, the article's places) they read and extend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.coding.nouns import is_inanimate
from newsevents.parsed import ParsedDoc, Sentence, Token
from newsevents.records import Place
from newsevents.resolve.actor_words import (
    _ARRIVAL_VERBS,
    _ASSAULT_NOUNS,
    _ASSAULT_VERBS,
    _ASYLUM_NOUNS,
    _FOREIGN_PEOPLE,
    _FOREIGN_WORDS,
    _INCOMER_MODIFIERS,
    _LOCATIVE_PREPS,
    _MOVEMENT_VERBS,
    _ORIGIN_PREPS,
    _PATH_PREPS,
    _PLACE_NOUNS,
    _PLACED_SECTORS,
    _QUANTITY_WORDS,
    _TARGET_PREPS,
    is_stance,
)
from newsevents.resolve.kb import KBEntry, KnowledgeBase

if TYPE_CHECKING:
    from newsevents.resolve.actors import _Builder

#: verbs of harm to people, besides those of an attack on a place
_HARM_VERBS = frozenset({"kill", "wound", "injure", "massacre", "behead", "execute"})
_HARMING_VERBS = _HARM_VERBS | _ASSAULT_VERBS
#: words that tell of an attack or a killing
_VIOLENT_WORDS = _ASSAULT_VERBS | _ASSAULT_NOUNS | _HARM_VERBS
#: how a mention placed by the place of the act is marked
_PLACED_HOW = "place of the act"


class PlacingMixin:
    """The where-unnamed-people-are passes of one resolution run (mixed into
    ``actors._Run``)."""

    # the run's state, set by ``actors._Run.__init__``
    doc: ParsedDoc
    kb: KnowledgeBase
    builders: dict[str, _Builder]
    order: list[str]
    focus: str | None
    how: dict[int, str]
    kb_spans: list[tuple[int, int, KBEntry, str]]
    _vague: list[tuple[Token, int, int, list[str], str | None]]

    # the run's helpers (defined in ``actors._Run``); declared for the type
    # checker only, so that they never shadow the real ones in the MRO
    if TYPE_CHECKING:

        def _article_places(self) -> list[Place]: ...

        def _attacked(self, tok: Token) -> bool: ...

        def _builder(self, key: str, name: str, kind: str) -> _Builder: ...

        def _head_token(self, start: int, end: int) -> Token | None: ...

        def _is_subject(self, tok: Token | None) -> bool: ...

        def _is_taken(self, start: int, end: int) -> bool: ...

        def _land_phrase(self, tok: Token) -> Token: ...

        def _mention(self, b: _Builder, start: int, end: int, subject: bool, how: str) -> None: ...

    def placed_people(self) -> None:
        """Unnamed private people the text gives no nationality ("protesters", "villagers",
        "a man") take the country where the sentence places the act, when its places all
        lie in one country, else the article's focus country: the ICEWS and PLOVER
        convention ("Citizen (Country)").  Not people who are often foreigners there
        (migrants, tourists, hostages), not those owned by someone ("his family", "wives
        of Isis fighters"), nor those the text qualifies otherwise.  A counted group
        ("60,000 people sheltering in Dana") is a group of its own: placed apart from the
        same noun's other mentions ("some people said") that stay open."""
        split: list[tuple[_Builder, tuple[int, int, str, bool], str]] = []
        for b in self.builders.values():
            if (
                b.code is not None
                or b.no_focus
                or not b.key.startswith("role|")
                or not b.sector
                or not set(b.sector) <= _PLACED_SECTORS
                or (b.role or "") in _FOREIGN_PEOPLE
                or any(w in _INCOMER_MODIFIERS for w in b.name.lower().split())
            ):
                continue
            codes: set[str | None] = set()
            each: list[tuple[tuple[int, int, str, bool], str | None, Token]] = []
            for m in b.mentions:
                head = self._head_token(m[0], m[1])
                if head is None or self._owned_people(head):
                    codes.add(None)
                    each = []
                    break
                code = self._sentence_country(head)
                codes.add(code)
                each.append((m, code, head))
            apart = [(b, m, c) for m, c, h in each if c and self._numbered(h)]
            if len(codes) > 1 and len(apart) < len(b.mentions):
                split += apart
            if len(codes) != 1 or None in codes:
                continue
            code = codes.pop()
            if code is None:
                continue
            entry = self.kb.by_code(code)
            b.code, b.affiliation = code, entry.id if entry else code
            b.filled.append("place of the act")
        for b, m, code in split:
            b.mentions.remove(m)
            entry = self.kb.by_code(code)
            key = f"role|{code}|{'+'.join(b.sector)}|{b.role}|p|@{m[0]}"
            own = self._builder(key, m[2], "group")
            own.absorb(code, b.sector, None, entry.id if entry else code, b.role)
            self._mention(own, m[0], m[1], m[3], "role noun; place of the act")
        for tok, start, end, sector, role_name in self._vague:
            if self._is_taken(start, end) or self._owned_people(tok):
                continue
            code = self._sentence_country(tok)
            if code is None:
                continue
            entry = self.kb.by_code(code)
            plural = tok.tag in ("NNS", "NNPS")
            # each its own actor: "22 people" killed and "people" encouraged are not one group
            key = f"role|{code}|{'+'.join(sector)}|{role_name}|{'p' if plural else 's'}|@{start}"
            b = self._builder(key, self.doc.text[start:end], "group" if plural else "person")
            b.absorb(code, sector, None, entry.id if entry else code, role_name)
            self._mention(b, start, end, self._is_subject(tok), "role noun; place of the act")
        self._counted_persons()
        self._counted_others()
        self._placed_conjuncts()

    def _counted_persons(self) -> None:
        """ "One person was killed", "killed two persons": counted persons harmed are
        private people (the roles table leaves "person" out: "a person familiar with the
        matter" is nobody's civilian), placed where the act happens; so is "the local
        population" of a place.  Persons only with a number, as the object of a verb of
        harm or attack; the population only as a subject or object, not someone's."""
        for tok in self.doc.tokens:
            if tok.pos != "NOUN" or tok.lemma.lower() not in ("population", "person"):
                continue
            if self._is_taken(tok.start, tok.end) or self._owned_people(tok):
                continue
            nums = [
                self.doc.tokens[c]
                for c in self.doc.children(tok.i)
                if self.doc.tokens[c].dep in ("nummod", "amod") and c < tok.i
            ]
            if tok.lemma.lower() == "population":
                # "the local population": the people of the place the text speaks of
                nums = [t for t in nums if t.lower == "local"]
                if not nums or tok.dep not in ("nsubj", "nsubjpass", "dobj"):
                    continue
            elif tok.lemma.lower() == "person" and tok.dep in ("nsubjpass", "dobj"):
                nums = [t for t in nums if t.dep == "nummod"]
                verb = self.doc.tokens[tok.head]
                if not nums or verb.lemma.lower() not in _HARMING_VERBS:
                    continue
            else:
                continue
            code = self._sentence_country(tok)
            entry = self.kb.by_code(code or "")
            if code is None or entry is None:
                continue
            start = min(self.doc.tokens[j].start for j in self.doc.subtree(nums[0].i))
            lemma = tok.lemma.lower()
            key = f"role|{code}|CVL|{lemma}|@{start}"
            one = tok.tag == "NN" and lemma == "person"
            b = self._builder(key, self.doc.text[start : tok.end], "person" if one else "group")
            b.absorb(code, ["CVL"], None, entry.id, lemma)
            self._mention(b, start, tok.end, self._is_subject(tok), "role noun; place of the act")

    def _placed_conjuncts(self) -> None:
        """ "hospitals and schools have been targeted", "residents and shopkeepers were
        killed": a private people's noun conjoined to placed people shares their clause
        and so their place; it keeps its own sector.  Only an untaken noun of those
        sectors the roles table knows, not people often foreign there ("aid workers")."""
        placed: list[tuple[Token, str, str | None]] = []
        for b in list(self.builders.values()):
            if b.code is None or not b.key.startswith("role|"):
                continue
            for s, e, _t, _subj in b.mentions:
                if self._placed_mention(b, s):
                    head = self._head_token(s, e)
                    if head is not None:
                        placed.append((head, b.code, b.affiliation))
        for head, code, affiliation in placed:
            for c in self.doc.children(head.i):
                tok = self.doc.tokens[c]
                if tok.dep != "conj" or tok.pos != "NOUN" or self._is_taken(tok.start, tok.end):
                    continue
                role = self.kb.role(tok.lemma.lower())
                if (
                    role is None
                    or not role.sector
                    or not set(role.sector) <= _PLACED_SECTORS
                    or role.name in _FOREIGN_PEOPLE
                    or self._owned_people(tok)
                ):
                    continue
                run = [
                    self.doc.tokens[j]
                    for j in self.doc.subtree(tok.i)
                    if j <= tok.i and self.doc.tokens[j].dep in ("amod", "compound", "nummod")
                ]
                if any(
                    t.lower in _INCOMER_MODIFIERS or t.ent_type in ("NORP", "GPE", "ORG")
                    for t in run
                ):
                    continue  # "aid workers", "Syrian teachers": placed otherwise, or foreign
                start = min((t.start for t in run), default=tok.start)
                plural = tok.tag in ("NNS", "NNPS")
                key = f"role|{code}|{'+'.join(role.sector)}|{role.name}|@{start}"
                b = self._builder(
                    key, self.doc.text[start : tok.end], "group" if plural else "person"
                )
                b.absorb(code, role.sector, None, affiliation or code, role.name)
                self._mention(
                    b, start, tok.end, self._is_subject(tok), "role noun; place of the act"
                )

    def _numbered(self, tok: Token) -> bool:
        """A plural noun counted by a number: "60,000 people", "at least 41 civilians"."""
        return tok.tag in ("NNS", "NNPS") and any(
            self.doc.tokens[c].dep == "nummod" and self.doc.tokens[c].tag == "CD"
            for c in self.doc.children(tok.i)
        )

    def _counted_others(self) -> None:
        """ "At least 41 people were killed and 90 others were injured": counted "others"
        in a clause joined to one whose subject is placed private people are more of the
        same people, with their country and sector.  Only a number before "others", the two
        clauses' verbs conjoined, and people placed by the act's place (not a nationality
        the text gives them: "others" need not share it)."""
        for tok in self.doc.tokens:
            if tok.lemma.lower() != "other" or tok.pos != "NOUN" or tok.tag != "NNS":
                continue
            if tok.dep not in ("nsubj", "nsubjpass") or self._is_taken(tok.start, tok.end):
                continue
            kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
            nums = [k for k in kids if k.dep == "nummod" and k.i < tok.i]
            if not nums or any(k.dep in ("poss", "prep", "amod") for k in kids):
                continue
            verb = self.doc.tokens[tok.head]
            if verb.dep != "conj" or verb.head == verb.i:
                continue
            first = self.doc.tokens[verb.head]
            subjects = [
                self.doc.tokens[c]
                for c in self.doc.children(first.i)
                if self.doc.tokens[c].dep in ("nsubj", "nsubjpass")
            ]
            if len(subjects) != 1:
                continue
            subj = subjects[0]
            ref = self._placed_at(subj.start, subj.end)
            if ref is None:
                continue
            start = min(self.doc.tokens[j].start for j in self.doc.subtree(nums[0].i))
            key = f"role|{ref.code}|{'+'.join(ref.sector)}|others|@{start}"
            b = self._builder(key, self.doc.text[start : tok.end], "group")
            b.absorb(ref.code, list(ref.sector), None, ref.affiliation, ref.role)
            self._mention(b, start, tok.end, self._is_subject(tok), "others; place of the act")

    def _placed_at(self, start: int, end: int) -> _Builder | None:
        """The private people placed by the act's place whose mention covers the span."""
        for b in self.builders.values():
            if b.code is None or not b.key.startswith("role|"):
                continue
            for s, e, _t, _subj in b.mentions:
                if self._placed_mention(b, s) and s <= start and end <= e:
                    return b
        return None

    def _placed_mention(self, b: _Builder, start: int) -> bool:
        """Whether ``b``'s mention at ``start`` was placed by the place of the act."""
        return _PLACED_HOW in b.filled or self.how.get(start, "").endswith(_PLACED_HOW)

    def _counted(self, tok: Token) -> bool:
        """A target or agent of the act ("fired at protesters", "attacked by villagers")
        or the people a quantity counts ("thousands of students"), who stand for the
        quantity's place in the clause."""
        if tok.dep != "pobj":
            return False
        prep = self.doc.tokens[tok.head]
        if prep.lower in _TARGET_PREPS:
            return True  # "fired at protesters", "attacked by villagers"
        if prep.lower != "of":
            return False
        noun = self.doc.tokens[prep.head]
        return noun.lemma.lower() in _QUANTITY_WORDS or noun.tag == "CD"

    def _owned_people(self, head: Token) -> bool:
        """ "his family", "Doe's wife", "families of fighters": someone else's people."""
        for c in self.doc.children(head.i):
            t = self.doc.tokens[c]
            if t.dep == "poss":
                return True
            if t.dep == "prep" and t.lower == "of" and c > head.i:
                return True
        return False

    def _sentence_country(self, tok: Token) -> str | None:
        """The one country the sentence of ``tok`` places its act in ("in Aleppo", "at a
        market in Kano"), else, where it names no place, that of the sentence before (see
        :meth:`_previous_place`) or the article's focus.  None where
        the people move between places ("travelled to Syria", "fled from Iraq"), where
        places lie in several countries or the sentence speaks of foreigners: where they
        are is not where they are from."""
        sent = self.doc.sentences[tok.sent]
        found = self._sentence_places(sent, self._verb_of(tok))
        if found is None:
            return None
        codes, named, _moving = found
        if len(codes) == 1 and named == codes:
            return codes.pop()
        if not codes and self._there(tok):
            # "People there are asking Turkey to help": "there" is the place the text spoke
            # of last, not a state the people merely address
            return self._previous_place(sent)
        if codes or named - {self.focus}:
            return None  # "in Aleppo ... the battle for Mosul": which is theirs is open
        if not named and not self._unfound_place_names(sent):
            # "Strikes hit Idlib. At least ten civilians were killed.": a sentence that
            # names no place goes on with the place of the sentence before it
            before = self._previous_place(sent)
            if before is not None:
                return before
        return self._focus_place()

    def _unfound_place_names(self, sent: Sentence) -> bool:
        """The sentence names a place the gazetteer did not find ("in the Tebyan centre"
        aside: an organisation's or a building's name is no place)."""
        found = [(p.start, p.end) for p in self._article_places()]
        return any(
            sent.start <= e.start < sent.end
            and e.label in ("GPE", "LOC")
            and not any(s < e.end and e.start < t for s, t in found)
            for e in self.doc.entities
        )

    def _there(self, tok: Token) -> bool:
        """People placed by "there" ("people there", "residents there"), the word right
        after the noun: where they are is a place named before."""
        kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        return any(k.lower == "there" and k.dep == "advmod" and k.i == tok.i + 1 for k in kids)

    #: how far back a sentence that names no place looks for the place of its act
    _PLACE_LOOKBACK = 4

    def _previous_place(self, sent: Sentence) -> str | None:
        """The one country the nearest sentence before ``sent`` (at most four back, in the
        same paragraph) that names places has them all in, with nobody moving there.  An
        account of an attack runs on over sentences that name no place ("Dozens were
        killed in Kabul. The assault was claimed by X. A bomber blew himself up in a
        crowd. At least 41 people were killed."); past the second one back, only to an
        account of violence (an attack or a killing: the same story), and a sentence naming
        a place the gazetteer does not know ends the search (it may lie elsewhere)."""
        for back in range(1, self._PLACE_LOOKBACK + 1):
            i = sent.index - back
            if i < 0:
                return None
            prev = self.doc.sentences[i]
            # a blank line between (a sentence's span may keep the one after it)
            if "\n" in self.doc.text[prev.start : sent.start].lstrip():
                return None  # a new paragraph
            if back > 2 and self._unfound_place_names(self.doc.sentences[i + 1]):
                return None
            found = self._sentence_places(prev, -1)
            if found is None:
                return None
            codes, named, moving = found
            if not named:
                continue
            if back > 2 and not self._violent(prev):
                return None  # "Conditions at Roj are wretched": no account of the attack
            # only a place of the act: "US officials said" places no one
            return codes.pop() if len(codes) == 1 and named == codes and not moving else None
        return None

    def _violent(self, sent: Sentence) -> bool:
        """The sentence tells of an attack or a killing."""
        return any(t.lemma.lower() in _VIOLENT_WORDS for t in self.doc.sentence_tokens(sent))

    def _sentence_places(self, sent: Sentence, own: int) -> tuple[set[str], set[str], bool] | None:
        """The countries of a sentence's places of the act (locative phrases), of all its
        places, and whether anyone moves between places there; None where the people
        are is not where they are from (foreigners, a region held by another state, the
        people's own journey, whose verb is ``own``)."""
        toks = self.doc.sentence_tokens(sent)
        if any(t.lemma.lower() in _FOREIGN_WORDS for t in toks):
            return None
        codes: set[str] = set()
        named: set[str] = set()  # every country the sentence's places lie in
        moved = False
        for p in self._article_places():
            if not (sent.start <= p.start < sent.end) or not p.code or p.adjectival:
                continue
            if self.kb.region(p.text) is not None and self.kb.held_region(p.text) is None:
                return None  # held by another state than its code's: "police in Crimea"
            inside = self.doc.tokens_in(p.start, p.end)
            if not inside:
                continue
            head = next(
                (t for t in inside if not p.start <= self.doc.tokens[t.head].start < p.end),
                inside[-1],
            )
            # "in Syria and Iraq", "in Kano, Nigeria", "in the city of Kano", "in Zamfara
            # state": the phrase the place stands in
            while head.head != head.i:
                up = self.doc.tokens[head.head]
                if head.dep in ("conj", "appos") or (
                    head.dep in ("compound", "nmod") and up.lemma.lower() in _PLACE_NOUNS
                ):
                    head = up
                elif (
                    head.dep == "pobj"
                    and up.lower == "of"
                    and self.doc.tokens[up.head].lemma.lower() in _PLACE_NOUNS
                ):
                    head = self.doc.tokens[up.head]
                else:
                    break
            up = self.doc.tokens[head.head]
            if head.dep == "pobj" and up.lower in _LOCATIVE_PREPS:
                # "released from prison in Leeds": the place of a path's end
                noun = self.doc.tokens[up.head]
                if noun.dep == "pobj" and self.doc.tokens[noun.head].lower in _PATH_PREPS:
                    head, up = noun, self.doc.tokens[noun.head]
            if self._landmark(head, up):
                continue  # "a district across the border from Turkey": a bearing only
            moving = (head.dep == "pobj" and up.lower in _PATH_PREPS) or (
                head.dep == "dobj" and up.lemma.lower() in _MOVEMENT_VERBS
            )
            arrival = self._arrival(head, up)
            if arrival is not None:
                # "her father arrived in Germany", "sought asylum in Sweden": where a
                # journey ends, the people's own (no place for them) or another's
                if own == arrival:
                    return None
                moved = True
                continue
            if moving:
                if self._thing_from(head, up):
                    moved = True  # "a missile from Syria struck the town": no one's origin
                    continue
                if up.lower in _ORIGIN_PREPS or own == self._verb_of(head):
                    # the people's own journey, or where someone is from: "a man who says
                    # he is from Leeds was detained in Syria"
                    return None
                moved = True
                continue  # another's: "He returned to the UK and police arrested him"
            if self._acting_place(p, head, up):
                continue  # "Turkey said", "Ankara's proxies": an actor, not where
            named.add(p.code)
            if head.dep == "compound" and up.dep == "pobj":  # "at Nairobi airport"
                head, up = up, self.doc.tokens[up.head]
            if head.dep == "pobj" and up.lower in _LOCATIVE_PREPS:
                codes.add(p.code)
            elif self._attacked(self._land_phrase(inside[-1])):
                # "a missile struck the town of X, killing one person": the place hit is
                # where its victims are
                codes.add(p.code)
        return codes, named, moved

    #: prepositions of a partner or agent: the state after them acts ("fighting
    #: alongside Turkey", "talks with Ankara", "killed by Russia")
    _ACTING_PREPS = frozenset({"alongside", "by", "with", "against"})

    def _acting_place(self, p: Place, head: Token, up: Token) -> bool:
        """A country or capital in an actor's slot, not a place where the act happens:
        a capital as a subject or possessor (its government: "Ankara is using proxies"),
        a state as the agent or partner of an act ("fighting alongside Turkey", "killed by
        Russia"), the owner of an attack ("Turkey's offensive"), "US-backed".  So "24
        civilians were killed in Turkey's offensive in Afrin" places them in Afrin.  A
        country as a subject stays a place ("Brazil investigated the killing of
        miners"): the act is often its own."""
        capital = self._is_capital(p)
        if p.feature_class != "A" and not capital:
            return False  # towns stay places: "Aleppo's residents"
        if is_stance(self.doc.text, p.start, p.end):
            return True
        if head.dep in ("nsubj", "nsubjpass", "poss") and capital:
            return True
        owner = head.dep == "poss" or (
            head.dep == "nmod"
            and any(self.doc.tokens[c].tag == "POS" for c in self.doc.children(head.i))
        )
        if owner and up.lemma.lower() in _ASSAULT_NOUNS | self._INTERVENTION_NOUNS:
            return True  # "Turkey's offensive", "welcome Turkey's intervention"
        return head.dep in ("pobj", "agent") and up.lower in self._ACTING_PREPS

    #: acts of a state abroad whose owner acts, besides attacks
    _INTERVENTION_NOUNS = frozenset({"intervention", "involvement", "campaign", "incursion"})

    def _is_capital(self, p: Place) -> bool:
        """A place the KB knows as a capital (a government by metonymy as a subject)."""
        return any(m[0] == p.start and m[1] == p.end and m[3] == "capital" for m in self.kb_spans)

    #: words after which "from" gives a distance or a bearing, not a path
    _BEARING_WORDS = frozenset(
        {"border", "frontier", "away", "mile", "kilometre", "kilometer", "km", "metre"}
    )

    def _landmark(self, head: Token, up: Token) -> bool:
        """ "just across the border from Turkey", "20 miles from Aleppo": a place a
        distance or a bearing is reckoned from is neither where the act happens nor
        anyone's origin.  Only "from" hung on a word of distance or of a border."""
        if head.dep != "pobj" or up.lower != "from" or up.head == up.i:
            return False
        return self.doc.tokens[up.head].lemma.lower() in self._BEARING_WORDS

    def _arrival(self, head: Token, up: Token) -> int | None:
        """The verb of arrival whose "in"/"at" phrase holds the place ("arrived in
        Germany", "arrived at a camp in Jordan", "settled in Canada", "sought asylum in
        Sweden"): the end of a journey, which says nothing of where the people are from.
        Up through at most two nouns ("a camp in Jordan"); only the verbs of coming to
        stay (not "landed": a shell lands where its victims live) and "asylum"."""
        if head.dep != "pobj" or up.lower not in _LOCATIVE_PREPS:
            return None
        prep = up
        for _ in range(3):
            if prep.head == prep.i:
                return None
            x = self.doc.tokens[prep.head]
            if x.pos in ("VERB", "AUX"):
                # "sought asylum in Sweden", "applied for asylum in Germany": the
                # phrase on the verb
                objs = [self.doc.tokens[c] for c in self.doc.children(x.i)]
                objs += [
                    self.doc.tokens[g]
                    for o in objs
                    if o.dep == "prep"
                    for g in self.doc.children(o.i)
                    if self.doc.tokens[g].dep == "pobj"
                ]
                sought = any(
                    o.dep in ("dobj", "pobj") and o.lemma.lower() in _ASYLUM_NOUNS for o in objs
                )
                return x.i if sought or x.lemma.lower() in _ARRIVAL_VERBS else None
            if x.lemma.lower() in _ASYLUM_NOUNS:
                return self._verb_of(x)  # "sought asylum in Sweden"
            if x.dep != "pobj" or x.head == x.i:
                return None
            prep = self.doc.tokens[x.head]  # "arrived at a camp in Jordan"
            if prep.lower not in _LOCATIVE_PREPS:
                return None
        return None

    def _thing_from(self, head: Token, up: Token) -> bool:
        """ "a missile from Syria", "shelling from Turkey": "from" after a thing says where
        it was fired, not where anyone is from."""
        if head.dep != "pobj" or up.lower != "from" or up.head == up.i:
            return False
        noun = self.doc.tokens[up.head]
        return noun.pos == "NOUN" and is_inanimate(noun.lemma.lower())

    def _focus_place(self) -> str | None:
        """The article's focus country where it is also the country its places name
        most: an article about one American in a Syrian camp is no place for "the
        women" there."""
        if self.focus is None:
            return None
        counts: dict[str, int] = {}
        for p in self._article_places():
            if p.code and not p.adjectival:
                counts[p.code] = counts.get(p.code, 0) + 1
        n = counts.get(self.focus, 0)
        return self.focus if n and n == max(counts.values()) else None

    def _verb_of(self, tok: Token) -> int:
        """The verb whose clause ``tok`` stands in, up through "to" infinitives; conjoined
        verbs apart ("He returned to Kenya and police arrested him")."""
        head = tok
        while head.head != head.i and (head is tok or head.pos not in ("VERB", "AUX")):
            head = self.doc.tokens[head.head]
        while head.dep == "xcomp" and head.head != head.i:  # "thought to have travelled"
            head = self.doc.tokens[head.head]
        return head.i
