"""The men of armed groups that the text names by no name of their own: a named private
person the text declares a fighter ("Khan was an Isis fighter") is an armed man (REB);
members and men of an armed group of no state's code named in their "of" phrase
("members of the group", "fighters of Isis") are that group's; and the unnamed fighters of
the one such group an article is about ("retreating fighters", "snipers" in an article on
Isis's last stand) are that group's, as is a bare "the group" in their passage.

The passes are a mixin of the actor resolution run (:mod:`newsevents.resolve.actors`),
whose state (builders, mentions, the parse) they read and extend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.parsed import ParsedDoc, Token
from newsevents.resolve.actor_words import (
    _ARMED_GROUP_NOUNS,
    _ARMED_MEN_NOUNS,
    _DEFINITE_NOUNS,
    _LOCATIVE_PREPS,
    _NON_STATES,
    _PLACED_ARMED_SECTORS,
    _QUANTITY_WORDS,
    _before_hyphen,
    _of_objects,
)
from newsevents.resolve.kb import KnowledgeBase

if TYPE_CHECKING:
    from newsevents.resolve.actors import _Builder

#: nouns that, said of a named person by a copula, make him an armed man (REB)
_DECLARED_FIGHTER_NOUNS = frozenset({"fighter", "militant", "jihadist", "jihadi", "insurgent"})
#: ... unless hedged or past: "an alleged fighter", "a former militant"
_HEDGED_FIGHTER_WORDS = frozenset(
    {"alleged", "suspected", "former", "ex", "would-be", "aspiring", "accused", "so-called"}
)
#: nouns for a group's members with no sector of their own (:meth:`_members_of_armed_groups`)
_MEMBER_NOUNS = frozenset({"member", "recruit", "supporter", "loyalist"})
#: qualifiers that make armed men some other kind than a group's ("rebel fighters")
_ARMED_MEN_QUALIFIERS = frozenset(
    {
        "islamist",
        "religious",
        "rebel",
        "opposition",
        "government",
        "pro-government",
        "right-wing",
        "far-right",
        "leftist",
        "tribal",
        "local",
        "allied",
        "our",
        "own",
        "other",
    }
)
#: the article's armed group: this many mentions, and this many times any other's
_ARMED_MEN_MIN = 4
_ARMED_MEN_SHARE = 3


class ArmedMenMixin:
    """The armed-groups'-men passes of one resolution run (mixed into ``actors._Run``)."""

    # the run's state, set by ``actors._Run.__init__``
    doc: ParsedDoc
    kb: KnowledgeBase
    builders: dict[str, _Builder]
    order: list[str]

    # the run's helpers (defined in ``actors._Run``, the coreference and the placing
    # mixins); declared for the type checker only, so that they never shadow the real ones
    # in the MRO
    if TYPE_CHECKING:

        def _actor_at(self, t: Token) -> _Builder | None: ...

        def _armed(self, b: _Builder) -> bool: ...

        def _armed_description(self, tok: Token) -> bool: ...

        def _armed_ids(self, b: _Builder) -> frozenset[str]: ...

        def _bare_the(self, tok: Token, coordinated: bool = False) -> bool: ...

        def _builder(self, key: str, name: str, kind: str) -> _Builder: ...

        def _clause_agent(self, tok: Token, b: _Builder, strict: bool = False) -> bool: ...

        def _head_token(self, start: int, end: int) -> Token | None: ...

        def _is_subject(self, tok: Token | None) -> bool: ...

        def _is_taken(self, start: int, end: int) -> bool: ...

        def _members(self, b: _Builder) -> bool: ...

        def _mention(self, b: _Builder, start: int, end: int, subject: bool, how: str) -> None: ...

        def _of_governor(self, tok: Token) -> Token | None: ...

        def _verb_of(self, tok: Token) -> int: ...

        def _window_mentions(self, tok: Token) -> list[tuple[int, int, _Builder]]: ...

    def declared_fighters(self) -> None:
        """A named private person the text declares a fighter ("Khan was an Isis fighter",
        "Doe, who is a jihadist,") is an armed man (REB), of the nationality found for
        him.  Only a copula whose subject is the person's name (or "who" after it),
        neither negated nor hedged ("alleged", "former"); a civilian (CVL) or sectorless
        person only: a role the text gave stands."""
        for tok in self.doc.tokens:
            if tok.dep != "attr" or tok.lemma.lower() not in _DECLARED_FIGHTER_NOUNS:
                continue
            verb = self.doc.tokens[tok.head]
            kids = [self.doc.tokens[c] for c in self.doc.children(verb.i)]
            mods = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
            if verb.lemma.lower() != "be" or any(k.dep == "neg" for k in kids):
                continue
            if any(m.lower in _HEDGED_FIGHTER_WORDS for m in mods):
                continue
            subj = next((k for k in kids if k.dep == "nsubj"), None)
            if subj is not None and subj.lower == "who" and verb.dep == "relcl":
                subj = self.doc.tokens[verb.head]
            if subj is None or subj.ent_type != "PERSON":
                continue
            for b in self.builders.values():
                if (
                    b.kind == "person"
                    and set(b.sector) <= {"CVL"}
                    and any(s <= subj.start < e for s, e, _x, _y in b.mentions)
                ):
                    b.sector = ["REB"]
                    b.filled.append("declared a fighter")

    def dominant_group_men(self) -> None:
        """Unnamed fighters of the armed group an article is about ("retreating fighters",
        "snipers", "two female suicide bombers", "killed 60,000 fighters" in an article on
        Isis's last stand) are that group's: a transnational group's men have no country
        the text could give them, and its code is the only one a coder has.  Only for a
        group with no state's code (Isis, al-Qaida) that the article is about
        (:meth:`_article_group`), and only bare nouns for armed men: not qualified by a
        people, state, owner or creed ("Kurdish fighters", "its fighters", "Islamist
        extremists"), not in a clause that names the group itself (the other side:
        "fighters sought to dislodge the extremists") or another armed group or men
        (whose men they may be), not inside a phrase about a state's or group's forces
        ("the SDF, a force that includes Arab fighters"), not attacking a place by its
        name ("bombers attacked Paris": whose, the article must say), and not in a clause
        of what may or must be ("these fighters must be tried": of a kind, not a
        deed).  Then a bare "the group" whose passage names no other organisation than
        that group (its men coded so just above) is the group too."""
        self._members_of_armed_groups()
        group = self._article_group()
        if group is None:
            return
        ids = self._armed_ids(group)
        found: list[tuple[Token, int]] = []
        for tok in self.doc.tokens:
            start = self._armed_man(tok, group, ids)
            if start is not None:
                found.append((tok, start))
        men: list[_Builder] = []
        entry = self.kb.get(group.identifier or group.affiliation or "")
        affiliation = entry.id if entry is not None else group.identifier or group.affiliation
        found_at = {t.i for t, _s in found}
        for tok, start in found:
            owner = [b for b in self.builders.values() if self._headed_by(b, tok)]
            if not owner and self._is_taken(tok.start, tok.end):
                continue  # inside another actor's words ("civilians and families of fighters")
            if owner:
                b = owner[0]
                if b.code is not None or not b.key.startswith("role|"):
                    continue
                heads = [self._head_token(s, e) for s, e, _t, _subj in b.mentions]
                nouns = [h for h in heads if h is not None and h.pos in ("NOUN", "PROPN")]
                if any(h.i not in found_at for h in nouns):
                    continue  # one actor for "fighters" elsewhere too: not all the group's
                b.code, b.affiliation = group.code, b.affiliation or affiliation
                if "REB" not in b.sector:
                    b.sector.append("REB")
                b.filled.append("armed men: the article's armed group")
                men.append(b)
                continue
            plural = tok.tag in ("NNS", "NNPS")
            label = self.doc.text[start : tok.end]
            key = f"role|{group.code}|REB|{tok.lemma.lower()}|{'p' if plural else 's'}|@{start}"
            b = self._builder(key, label, "group" if plural else "person")
            b.absorb(group.code, ["REB"], None, affiliation, tok.lemma.lower())
            self._mention(
                b, start, tok.end, self._is_subject(tok), "armed men: the article's armed group"
            )
            men.append(b)
        self._dominant_group_definites(group, men)

    def _members_of_armed_groups(self) -> None:
        """Members or men of an armed group of no state's code named in their "of" phrase
        ("senior members of the group", "former members of Isis") left uncoded are the
        group's (REB): its code is the only one they have.  Only nouns with no sector of
        their own or the group's (not "families of the group": no role), and only where
        every mention of the actor is so owned (one actor for "members" elsewhere)."""
        for b in list(self.builders.values()):
            if b.code is not None or not b.key.startswith("role|") or b.private:
                continue
            if not set(b.sector) <= {"REB"}:
                continue
            owners: list[_Builder] = []
            for s, e, _t, _subj in b.mentions:
                head = self._head_token(s, e)
                owner = self._armed_of_owner(head) if head is not None else None
                if owner is None:
                    owners = []
                    break
                owners.append(owner)
            if not owners or len({id(o) for o in owners}) != 1:
                continue
            group = owners[0]
            b.absorb(group.code, ["REB"], None, group.affiliation, None)
            b.filled.append("member of a named armed group")

    def _armed_of_owner(self, head: Token) -> _Builder | None:
        """The armed group of no state's code a noun's "of" phrase names ("members of the
        group", "fighters of Isis"), as resolved here; None otherwise."""
        if head.lemma.lower() not in _MEMBER_NOUNS | _ARMED_MEN_NOUNS:
            return None
        for obj in _of_objects(self.doc, head):
            b = self._actor_at(obj)
            if (
                b is not None
                and b.key.startswith("org|")
                and self._armed(b)
                and b.code in _NON_STATES
            ):
                return b
        return None

    def _article_group(self) -> _Builder | None:
        """The armed group of no state's code that the article is about: named (any form:
        names, "its", "the group") four times at least, three times as often as any other
        such group, and more often than any armed group of a state (the SDF named as often
        is as much the article's topic: its men are as likely meant).  A state's armed
        group named less often is the group's enemy, a side like a state's army."""
        counts: dict[frozenset[str], int] = {}
        picks: dict[frozenset[str], _Builder] = {}
        stateless: dict[frozenset[str], bool] = {}
        for key in self.order:
            b = self.builders[key]
            if not ((key.startswith("org|") and self._armed(b)) or self._members(b)):
                continue
            ids = self._armed_ids(b)
            counts[ids] = counts.get(ids, 0) + len(b.mentions)
            if key.startswith("org|") and b.code:
                picks.setdefault(ids, b)
                stateless[ids] = b.code in _NON_STATES
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][0] not in picks or not stateless.get(ranked[0][0]):
            return None
        top, n = ranked[0]
        if n < _ARMED_MEN_MIN:
            return None
        for ids, m in ranked[1:]:
            if m >= n or (stateless.get(ids, True) and n < _ARMED_MEN_SHARE * m):
                return None
        return picks[top]

    def _armed_man(self, tok: Token, group: _Builder, ids: frozenset[str]) -> int | None:
        """Where the mention of unnamed armed men headed by ``tok`` starts, if they are
        ``group``'s by :meth:`dominant_group_men`; None otherwise."""
        lemma = tok.lemma.lower()
        if tok.pos != "NOUN" or lemma not in _ARMED_MEN_NOUNS:
            return None
        if tok.dep in ("compound", "amod", "nmod", "poss") or _before_hyphen(self.doc, tok):
            return None  # "fighter jets", "militant-held"
        whole = self._of_governor(tok)
        if whole is not None and whole.pos == "NOUN" and whole.lemma.lower() not in _QUANTITY_WORDS:
            return None  # "families of fighters": other people, whose words they are
        kids = [self.doc.tokens[c] for c in self.doc.children(tok.i)]
        mods = [k for k in kids if k.i < tok.i and k.dep not in ("det", "punct")]
        if lemma == "bomber" and tok.tag != "NN" and not any(k.lower == "suicide" for k in mods):
            return None  # "bombers" are as often aircraft
        for k in mods:
            sub = [self.doc.tokens[j] for j in self.doc.subtree(k.i)]
            if any(
                t.ent_type in ("NORP", "GPE", "ORG", "PERSON", "LOC")
                or t.tag in ("PRP$", "POS")
                or t.lower in _ARMED_MEN_QUALIFIERS
                or self.kb.by_adjective(t.text) is not None
                or self.kb.people_states(t.text)
                for t in sub
            ):
                return None  # "Kurdish fighters", "its fighters", "Islamist extremists"
        for k in kids:
            if k.i < tok.i or k.dep not in ("relcl", "acl", "prep", "appos"):
                continue
            for j in self.doc.subtree(k.i):
                t = self.doc.tokens[j]
                b = self._actor_at(t) if t.pos in ("NOUN", "PROPN", "PRON") else None
                if b is None:
                    if (
                        t.pos == "NOUN"
                        and t.lemma.lower() in _ARMED_MEN_NOUNS | {"rebel", "militia"}
                        and self._verb_between(t, tok)
                    ):
                        return None  # "fighters trying to dislodge the extremists"
                    continue
                if b is group or self._armed_ids(b) == ids:
                    if self._verb_between(t, tok):
                        return None  # "fighters trying to dislodge the extremists"
                    continue  # "fighters loyal to Isis"
                if "CVL" in b.sector or b.private or b.kind == "person":
                    continue  # "the fighter who enslaved her": a victim
                if k.dep == "prep" and k.lower in _LOCATIVE_PREPS and t.ent_type in ("GPE", "LOC"):
                    continue  # "extremists in Syria's Deir ez-Zor province": where they are
                by = self.doc.tokens[t.head]
                if (
                    t.dep == "pobj"
                    and by.lower == "by"
                    and by.head == k.i
                    and k.tag == "VBN"
                    and b.code not in (None, *_NON_STATES)
                ):
                    continue  # "fighters held by the SDF": their captors, a state's side
                return None  # "extremists who surround the Turkish government": theirs
        sent = self.doc.sentences[tok.sent]
        toks = self.doc.sentence_tokens(sent)
        # what may or must be: of a kind, not a deed
        verb = self.doc.tokens[self._verb_of(tok)]
        if any(self.doc.tokens[c].tag == "MD" for c in self.doc.children(verb.i)):
            return None
        above = {tok.i}
        up = tok
        while up.head != up.i:
            up = self.doc.tokens[up.head]
            above.add(up.i)
        own = set(self.doc.subtree(tok.i))
        for t in toks:
            if t.i in own:
                continue
            b = self._actor_at(t)
            if b is not None and self._headed_by(b, tok):
                continue  # the men's own actor ("the jihadists ... their")
            if b is not None:
                if b is group or self._armed_ids(b) == ids:
                    if not self._against(t):
                        return None  # the group itself is named: the other side, perhaps
                    continue
                armed = (b.key.startswith("org|") and self._armed(b)) or bool(
                    set(b.sector) & (_PLACED_ARMED_SECTORS | {"PRM"})
                )
                if armed and (b.code is None or b.code in _NON_STATES):
                    return None  # another armed group's men, perhaps
                if t.i in above and b.code is not None and set(b.sector) & {"MIL", "REB"}:
                    return None  # "the SDF, a force that includes Arab fighters"
                if t.ent_type == "GPE" and t.dep == "dobj" and tok.dep == "nsubj":
                    return None  # "bombers attacked Paris": whose, the article must say
            elif (
                t.pos == "NOUN"
                and t.i != tok.i
                and (t.lemma.lower() in _ARMED_MEN_NOUNS | {"rebel", "militia", "militiaman"})
                and t.head != tok.i  # "snipers and gunmen": one side
                and tok.head != t.i
            ):
                return None  # "fighters ... to dislodge the extremists": the other side
        # no other group of no state's code in the passage
        first = self.doc.sentences[max(tok.sent - 2, 0)].start
        for b in self.builders.values():
            if b is group or self._armed_ids(b) == ids or not b.key.startswith("org|"):
                continue
            if not self._armed(b) or (b.code and b.code not in _NON_STATES):
                continue
            if any(first <= s < sent.end for s, _e, _t, _subj in b.mentions):
                return None
        first_tok = min([tok.i, *(k.i for k in mods)])
        return self.doc.tokens[first_tok].start

    def _headed_by(self, b: _Builder, tok: Token) -> bool:
        """Whether one of ``b``'s mentions has ``tok`` as its head."""
        return any(
            (h := self._head_token(s, e)) is not None and h.i == tok.i
            for s, e, _t, _subj in b.mentions
        )

    def _verb_between(self, t: Token, tok: Token) -> bool:
        """Whether a verb stands on the way up from ``t`` to ``tok`` (its noun)."""
        up = t
        while up.head != up.i and up.head != tok.i:
            up = self.doc.tokens[up.head]
            if up.pos in ("VERB", "AUX"):
                return True
        return False

    def _against(self, t: Token) -> bool:
        """A mention that says whom another party opposes: "the coalition against Isis",
        "anti-Isis forces"."""
        head = self.doc.tokens[t.head]
        if t.dep == "pobj" and head.lower in ("against", "versus"):
            return True
        return (t.i > 0 and self.doc.tokens[t.i - 1].lower in ("anti", "counter")) or (
            t.i > 1
            and self.doc.tokens[t.i - 1].text in ("-", "\u2010", "\u2011")
            and self.doc.tokens[t.i - 2].lower in ("anti", "counter")
        )

    def _dominant_group_definites(self, group: _Builder, men: list[_Builder]) -> None:
        """A bare "the group" (or "the insurgent group") left open whose passage (its
        sentence and the two before, as for :meth:`_salient_armed`) names the article's
        armed group, by its name or its men (:meth:`dominant_group_men`: "snipers ... the
        jihadists ... the group"), and no other organisation or armed men of no state, nor
        "a group" of anything; "the insurgent group" also not beside any other armed men
        (a state's too: "Hamas fighters")."""
        ours = {id(b) for b in men} | {id(group)}
        ids = self._armed_ids(group)
        for tok in self.doc.tokens:
            if tok.tag != "NN" or _DEFINITE_NOUNS.get(tok.lemma.lower()) != "group":
                continue
            if self._is_taken(tok.start, tok.end):
                continue
            # "the insurgent group", "the jihadist group" describe it as "the group" does
            described = not self._bare_the(tok)
            if described and not self._armed_description(tok):
                continue
            window = [
                b
                for s, _e, b in self._window_mentions(tok)
                if (sent := self.doc.sentence_of(s)) is not None and tok.sent - sent.index <= 2
            ]
            if not any(id(b) in ours or self._armed_ids(b) == ids for b in window):
                continue
            if any(
                id(b) not in ours
                and self._armed_ids(b) != ids
                and (
                    b.key.startswith("org|")
                    or (set(b.sector) & _PLACED_ARMED_SECTORS and b.code in (None, *_NON_STATES))
                )
                for b in window
            ):
                continue  # another organisation, or other armed men, the group may be
            if described and any(
                id(b) not in ours and self._armed_ids(b) != ids and "REB" in b.sector
                for b in window
            ):
                continue  # "Hamas fighters ... the insurgent group": any armed group's men
            first = self.doc.sentences[max(tok.sent - 2, 0)].start
            if any(
                t.lemma.lower() == tok.lemma.lower() and t.i != tok.i
                for t in self.doc.tokens_in(first, tok.start)
            ):
                continue  # "a group of women ... the group"
            if self._clause_agent(tok, group):
                continue  # "Isis said the group ...": some other group
            dets = [d for c in self.doc.children(tok.i) if (d := self.doc.tokens[c]).lower == "the"]
            start = dets[0].start if dets else tok.start
            self._mention(
                group, start, tok.end, self._is_subject(tok), "the NOUN -> article's group"
            )

    def _of_armed_group(self, tok: Token) -> bool:
        """Whether the noun's "of" phrase names an armed group, by its name or as "the
        group" ("members of Isis", "members of the group"): not a state's body."""
        for obj in _of_objects(self.doc, tok):
            if obj.lemma.lower() in _ARMED_GROUP_NOUNS and self._bare_the(obj):
                return True
            b = self._actor_at(obj)
            if b is not None and self._armed(b) and b.code in (None, *_NON_STATES):
                return True
        return False
