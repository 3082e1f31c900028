"""The default event coder: a trigger lexicon plus the dependency parse.

For each sentence it finds trigger verbs and event nouns (``triggers.tsv``),
reads actor and recipient from the syntax (subject, passive agent, object,
"with"/"between" phrases, coordination, inherited subjects of "X met Y to
discuss"), maps them to resolved actors, then dates, places and qualifies the
event (modality).  Every decision is written into ``explanation``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsevents.coding.base import CodingContext, register_coder
from newsevents.coding.lexicon import OBJECT_SLOT, Lexicon, Trigger
from newsevents.coding.nouns import is_inanimate
from newsevents.coding.ontology import Ontology
from newsevents.parsed import ParsedDoc, Sentence, Token
from newsevents.records import Actor, Cameo, Event, EventActor, Place, TextInfo, TimeExpr
from newsevents.resolve.actors import STATE_SECTORS
from newsevents.resolve.kb import KnowledgeBase
from newsevents.settings import Settings

_SUBJ = {"nsubj", "nsubjpass"}
_RECIPIENT_PREPS = {"with", "to", "against", "on", "toward", "towards", "at", "from", "for", "into"}
_NOUN_PARTY_PREPS = {"with", "between", "to", "against", "among", "from"}
#: acts two parties do together ("X and Y agreed/met/signed"): intents to cooperate,
#: consultations, material cooperation, improved relations, signed agreements
_MUTUAL_CODES = ("03", "04", "06", "050", "057")
#: appeals and demands: the subject of the clause they govern is the one asked
_ASKING_CODES = ("02", "10")
#: endings of nouns for people ("prisoner", "inspector", "detainee", "journalist")
_PERSON_SUFFIXES = ("er", "or", "ee", "ist", "ant")
#: prepositions naming whose a thing is ("the appeal of X", "a protest by X", "an offer from
#: X"), between whom ("the rift between X and Y") or for whom ("an aid programme for X")
_OWNER_PREPS = {"of", "by", "from", "between", "among", "for"}
_INTENT_GOVERNORS = {
    "plan",
    "intend",
    "promise",
    "pledge",
    "vow",
    "aim",
    "hope",
    "want",
    "seek",
    "expect",
    "prepare",
    "agree",
    # not "decide": "decided to lift the sanctions" is coded as the lifting
    "offer",
    "threaten",
    "propose",
    "wish",
    "mean",
    "try",
    "swear",
}
#: "is willing to withdraw": readiness is an offer, coded as intent
_READY_ADJECTIVES = {"willing", "ready", "prepared", "eager", "determined", "keen", "set"}
# "X is guilty of violating", "X was responsible for the killings": the act is X's
_CULPABLE_ADJECTIVES = {"guilty", "responsible", "culpable", "accountable"}
#: confidence factor of an act inside another act's clause (see _rank_subordinates)
_SUBORDINATE_RANK = 0.8
#: verbs of sending people or arms, which serve the purpose they are sent for
_SENDING_VERBS = {"send", "dispatch", "deploy"}
#: meetings of several parties by nature: "attended the summit" needs no named partner
_GATHERINGS = {"summit", "conference"}
_VISIT_CODES = {"042", "043", "044"}
#: nouns for a person that name no role ("the man is accused in X")
_PLAIN_PERSON_NOUNS = {"man", "woman", "boy", "girl", "child", "person", "teenager", "son",
                       "daughter", "husband", "wife", "mother", "father", "brother",
                       "sister"}  # fmt: skip
#: people named by whose they are ("his fiancee"): the person, never the owner, is a party
_KIN_OBJECT_NOUNS = _PLAIN_PERSON_NOUNS | {
    "fiancee", "fiancée", "fiance", "fiancé", "partner", "parent", "sibling", "relative",
    "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandmother",
    "grandfather", "baby", "family", "friend", "bodyguard",
}  # fmt: skip
_COPULAS = {"be", "remain", "become", "stand"}
#: verbs of being somewhere ("to be in X", "to remain in X")
_BEING_VERBS = {"be", "remain", "stay"}
#: endings of nouns for acts ("partitioning", "occupation", "division"), and nouns with
#: those endings that name places ("the nation of X", "the crossing of X")
_ACT_NOUN_ENDINGS = ("ing", "tion", "sion")
_PLACE_NOUNS_LIKE_ACTS = {"nation", "station", "location", "building", "crossing"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
#: modals of possibility, ability and obligation: "could attack", "can be detained", "should
#: resign" report no act
_HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "ought", "can"}
#: negated, these refuse ("would not", "cannot accept", "could not agree")
_REFUSING_AUX = {"would", "can", "ca", "could"}
_LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "within"}
# prepositions that give where an act happens or is aimed, searched deep in the clause
_PLACE_PREPS = {"in", "to", "into", "across", "throughout", "inside", "within"}
#: CAMEO codes for intending (03x), threatening (13x) and refusing (12x) an act,
#: by the CAMEO root of the act itself
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_THREAT_CODES = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}
_REJECT_CODES = {
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "121",
    "08": "124",
}
#: CAMEO codes (accuse, sue) whose "with" names the charge, not a partner: "charged X
#: with fraud"; a protest lodged "with X" still has X as its partner
_CHARGE_CODES = ("112", "115")
#: deploying peacekeepers or forces (CAMEO 074, 15x): "troops were deployed" names the
#: deploying side by its forces, not a target
_SELF_DEPLOY_CODES = ("074", "15")
#: withdrawals and retreats: "from X" on their noun is what is left, not the doer
_LEAVING_CODES = ("087",)
_REFUSAL_GOVERNORS = {"refuse", "fail", "decline", "reject"}
#: verbs whose passive subject does their infinitive: "X was forced/allowed to leave"
_CONTROL_VERBS = {
    "force",
    "allow",
    "permit",
    "compel",
    "oblige",
    "order",
    "authorize",
    "authorise",
    "empower",
    "mandate",
    "require",
    "pressure",
    "persuade",
    "encourage",
    "invite",
    "instruct",
}
#: acts only people do (protests, strikes, rallies): a thing as their subject is
#: another sense of the verb ("the figures demonstrate")
_PEOPLE_ONLY_CODES = ("14",)
#: verbs whose subject is given to: the giver is in their "from" phrase
_RECEIVING_VERBS = {"receive", "get", "obtain", "secure"}
# verbs that voice a stance named by their object ("expressed its support")
_EXPRESSING_VERBS = {
    "express",
    "reiterate",
    "reaffirm",
    "voice",
    "declare",
    "pledge",
    "promise",
    "affirm",
    "renew",
    "convey",
}
_CURB_NOUNS = {
    "ban",
    "embargo",
    "sanction",
    "restriction",
    "curb",
    "tariff",
    "moratorium",
    "blockade",
    "boycott",
    "limit",
    "measure",
}
# nouns naming others by their tie to someone ("its allies", "his counterpart")
_RELATIONAL_NOUNS = {
    "ally",
    "partner",
    "neighbour",
    "neighbor",
    "counterpart",
    "rival",
    "enemy",
    "foe",
    "opponent",
    "adversary",
}
_AIMED_PREPS = {"against", "with", "by", "on", "upon", "to", "at"}
_IMPOSING_VERBS = {"impose", "place", "put", "slap", "levy", "enforce"}
_DEPLOYED_NOUNS = {"mission", "operation", "presence"}
_FORCE_NOUNS = {"force", "unit", "battalion", "brigade", "reservist", "contingent", "reinforcement"}
#: verbs that send a weapon at a target or into place: what they take as object is the means
#: ("fired a missile at a tanker", "dropped bombs on X", "deployed sarin gas")
_LAUNCHING_VERBS = {
    "fire", "launch", "lob", "drop", "hurl", "throw", "rain", "unleash", "shoot", "use",
    "detonate", "deploy",
}  # fmt: skip
#: what is fired, dropped or thrown: munitions and projectiles (not the craft that carry
#: them, which can be shot down: "drone" only counts as launched or fired)
_MUNITION_NOUNS = {
    "missile", "rocket", "shell", "mortar", "bomb", "grenade", "artillery", "salvo",
    "barrage", "projectile", "munition", "ordnance", "torpedo", "warhead", "bullet",
    "pellet", "gas", "teargas", "cannon", "canister", "firebomb", "explosive", "flare",
    "stone", "rock", "brick", "bottle", "cocktail", "volley", "ammunition", "napalm",
}  # fmt: skip
#: "fired live rounds": a round is a munition only with a word that says so
_ROUND_WORDS = {"mortar", "artillery", "tank", "live", "rubber", "plastic", "shotgun", "gun"}
#: what an attack is made "with" ("attacked X with drones"): never a party
_WIELDED_NOUNS = _MUNITION_NOUNS | {
    "drone", "weapon", "gun", "rifle", "knife", "machete", "firearm", "gunfire",
}  # fmt: skip
#: where a fired weapon is sent: its target
_AIMING_PREPS = {"at", "on", "upon", "into", "toward", "towards", "against"}
#: "in protest at X", "in defiance of X": the noun's object is whom the act is aimed at
_STANCE_NOUNS = {
    "protest",
    "defiance",
    "support",
    "solidarity",
    "retaliation",
    "opposition",
    "response",
    "reaction",
}
#: prepositions introducing a topic or reason rather than a party
_TOPIC_PREPS = {"for", "about", "over"}
#: prepositions naming who presses in "despite pressure from X"
_DEFIER_PREPS = {"from", "by", "of"}
#: endings of abstract nouns ("proposal", "decision", "agreement", "madness")
_ABSTRACT_SUFFIXES = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ism",
    "ship",
    "al",
    "ure",
)
#: nouns with those endings that name groups of people, not ideas
_GROUP_NOUNS = {
    "nation",
    "union",
    "opposition",
    "administration",
    "coalition",
    "federation",
    "delegation",
    "commission",
    "organisation",
    "organization",
    "association",
    "population",
    "community",
    "minority",
    "majority",
    "authority",
    "movement",
    "department",
    "government",
    "parliament",
    "ministry",
    "legislature",
    "tribunal",
    "council",
    "general",
    "admiral",
    "official",
    "rival",
    "criminal",
    "national",
}
#: nouns counting a group: the participant is in their "of" phrase
_QUANTITY_NOUNS = {
    "thousand",
    "hundred",
    "dozen",
    "million",
    "group",
    "number",
    "crowd",
    "band",
    "majority",
    "handful",
    "score",
    "wave",
    "team",
    "delegation",
    "contingent",
}
#: entity types that name no participant
_NOT_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
#: modifiers that make state agents someone else's than the article's country
_FOREIGN_MODIFIERS = frozenset({"foreign", "international", "overseas", "western", "allied"})
#: nouns too vague or abstract to stand for a participant
_NOT_ACTOR_NOUNS = {
    "thing",
    "way",
    "time",
    "one",
    "lot",
    "part",
    "kind",
    "year",
    "day",
    "week",
    "month",
    "plan",
    "idea",
    "issue",
    "matter",
    "question",
    "statement",
    "report",
    "step",
    "move",
    "effort",
    "decision",
    "policy",
    "number",
    "fact",
    "case",
    "situation",
    "deal",
    # what is met or fulfilled, not who: "to meet the health needs of refugees"
    "need",
    "requirement",
    "target",
    "deadline",
    "goal",
    "expectation",
    "standard",
    "obligation",
    "criterion",
    "condition",
}
#: ambiguous verbs whose bare sense needs a participant as object: "met the minister"
#: is a meeting, "met the deadline" or "met his golden rule" is not; "targeted rebels"
#: is an attack, "to target seats" is not; "fought the rebels" is, "fight the epidemic",
#: "fight crime" or "fight the seat" is not
_PARTY_OBJECT_VERBS = {"meet", "target", "call", "reinstate", "fight"}
#: of those, verbs that need the object: "X called" or "X was reinstated" alone is no act
_OBJECT_NEEDED_VERBS = {"call"}
#: verbs of permitting: "allowed X to enter" yields to X (a party must be let do something)
_PERMIT_VERBS = {"allow", "permit"}
#: "allow me to say", "permit us to": a turn of phrase, nobody is let do anything
_SPEAKER_PRONOUNS = {"me", "us", "you"}
#: role sectors of the general public: "calling people/residents" canvasses, no party is met
_PUBLIC_SECTORS = {"CVL"}
#: verbs that (bare) move armed forces: an abstract object is another sense
_FORCE_VERBS = {"reinforce"}
#: endings of nouns for commitments and qualities ("commitment", "readiness", "unity")
_QUALITY_SUFFIXES = ("ment", "ness", "ity", "ship", "ism", "ance", "ence")
#: what a campaign or policy "targets": no attack
_AIMED_AT_NOUNS = {"seat", "voter", "vote", "constituency", "marginal", "tax", "duty", "rate",
                   "inflation", "market", "audience", "sector", "budget", "deficit", "spending",
                   "growth", "price", "cost", "saving", "cut", "reduction", "figure", "goal",
                   "customer", "consumer"}  # fmt: skip
#: what one refuses to take in, not someone's proposal: "refuse food and fluids"
_CONSUMED_NOUNS = {
    "food",
    "water",
    "fluid",
    "drink",
    "meal",
    "medicine",
    "medication",
    "drug",
    "treatment",
    "nourishment",
    "nutrition",
    "sustenance",
}
#: entity types that name a participant or a place an act can be aimed at
_PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
#: nouns whose "to" phrase names a thing, not a purpose: "defences to murder", "access to
#: water", "the road to peace"; a verb the parser reads after them is that noun's object
_TO_NOUNS = {
    "defence",
    "defense",
    "access",
    "answer",
    "solution",
    "alternative",
    "exception",
    "objection",
    "resistance",
    "road",
    "route",
    "path",
    "key",
    "threat",
    "damage",
}
#: verbs that only carry an event noun: "launched an attack", "staged a protest"
_LIGHT_VERBS = {
    "carry",
    "launch",
    "stage",
    "conduct",
    "mount",
    "hold",
    "make",
    "begin",
    "start",
    "organise",
    "organize",
    "unleash",
    "wage",
    "perform",
    "undertake",
    "pay",
    "give",
    "open",
    "join",
    "announce",
    "order",
    # continuing or stepping up an act is the act: "continued their attacks on X"
    "continue",
    "resume",
    "commence",
    "intensify",
    "escalate",
    "step",
    "renew",
    "initiate",
    "attend",  # "attended a NATO summit"
    "lead",  # "led the attacks on X", "led the talks"
    "complete",  # "completed their withdrawal from X"
    "head",  # "is heading an inquiry into X", "headed the talks"
    "provide",  # "provided donations to X"
    "extend",
    # issuing or voicing a stance is the stance: "issued an arrest warrant", "expressed
    # its condemnation of X", "reiterated its demand that ..."
    "issue",
    "express",
    "voice",
    "reiterate",
    "repeat",
    "lodge",
    "file",
    "enforce",
    "prolong",
    # "declared a ceasefire", "declared a state of emergency"
    "declare",
}
#: modal auxiliaries of obligation: "X said Y must withdraw" is X's demand of Y
_DEONTIC_AUX = {"must"}
#: "X claimed that they had attacked Y": a doer's claim of its own act is a claim of
#: responsibility (CAMEO 015), a statement
_CLAIM_VERBS = {"claim", "admit", "acknowledge", "confess"}
_SELF_PRONOUNS = {"they", "it", "we", "he", "she", "i"}
#: nouns a thing is bundled in: "the government's aid package" is the government's aid
_BUNDLE_NOUNS = {"package", "programme", "program", "shipment", "consignment", "convoy"}
#: sectors whose role noun, modifying an event noun, names its doer: "a regime offensive",
#: "a police crackdown", "a rebel attack" (not "a prisoner release", "an opposition crackdown")
_DOER_SECTORS = STATE_SECTORS | {"REB"}
#: "X was the first (country) to recognise Y": X did it
_ORDER_WORDS = {"first", "last", "latest", "only", "second", "third", "next"}
#: "by doing": the means, done by the governing verb's subject ("after meeting X" is
#: background, left to its own clause)
_MEANS_PREPS = {"by"}
#: "took steps/measures/a position to disperse X": the taker does it
_TAKING_VERBS = {"take"}
#: a statement verb's dependents that are not what it states
_NOT_CONTENT_DEPS = {
    "nsubj", "nsubjpass", "csubj", "conj", "cc", "parataxis", "punct", "advcl", "mark", "aux",
    "auxpass", "neg", "advmod", "npadvmod", "prt",
}  # fmt: skip
_CLAUSE_CONTENT_DEPS = {"xcomp", "ccomp", "pcomp"}
_DEMAND_CODE = "100"
#: "critics say X ...": what a party's critics say of it is criticism (CAMEO 111)
_CRITIC_NOUNS = {"critic", "detractor", "opponent"}
_CRITICISM_CODE, _CRITICISM_WEIGHT = "111", 0.7
#: "X said Y was responsible/behind the attack": blaming a party accuses it (CAMEO 112)
_BLAME_CODE, _BLAME_WEIGHT = "112", 0.75
_DEMAND_WEIGHT = 0.8
#: verbs whose subject undergoes the event noun they take: "faces criticism"
_UNDERGO_VERBS = {"face", "receive", "draw", "attract", "suffer", "endure", "incur"}
#: documents whose issuer does what the document does: "passed a resolution condemning X"
_DOCUMENT_NOUNS = {
    "resolution",
    "report",
    "statement",
    "letter",
    "declaration",
    "communique",
    "motion",
    "bill",
    "order",
    "decree",
    "memo",
}
#: "after the talks", "following the meeting": the sentence continues an earlier event
_BACK_REFERENCE_PREPS = {"after", "following", "during", "at", "before", "since", "on"}
#: a short report's first dated event (within its first sentences) dates the rest
_LEAD_SENTENCES = 6
_SHORT_ARTICLE = 30
_YEAR_LEVEL = {"quarter", "season"}
#: precisions whose value is a date an event can carry
_DATE_PRECISIONS = {"day", "week", "month", "year", "decade", "century"}


@dataclass
class Candidate:
    trigger: Trigger
    token: Token
    words: list[Token]  # trigger words: the verb and the words its trigger requires
    nominal: bool


class RuleCoder:
    """Lexicon + syntax coder; the fast default."""

    name = "rules"

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.lexicon = Lexicon.default()
        self.ontology = Ontology.default()
        self.kb = KnowledgeBase.default()

    # -- entry point --------------------------------------------------------
    def code(self, ctx: CodingContext) -> list[Event]:
        return [ev for ev, _ in self.coded(ctx)]

    def coded(self, ctx: CodingContext) -> list[tuple[Event, Trigger]]:
        """The events with the lexicon trigger each was coded from (for the hybrid
        coder, which trusts an unambiguous trigger over its classifier)."""
        events: list[tuple[Event, Trigger]] = []
        dated: list[Event] = []  # events with a date of their own, in text order
        for sent in ctx.doc.sentences:
            found: list[tuple[Event, Trigger]] = []
            anchors: list[int] = []
            for cand in self._candidates(ctx.doc, sent.first, sent.last):
                ev = self._build(ctx, cand, sent.index, dated, len(events) + len(found) + 1)
                if ev is None:
                    continue
                k = _duplicate_of(ev, [f for f, _ in found])
                if k is None:
                    found.append((ev, cand.trigger))
                    anchors.append(cand.token.i)
                elif _more_specific(ev, cand.trigger, *found[k]):
                    # "agreed to lend $1bn": the complement's act (033) says what the
                    # generic agreement (030) is
                    found[k] = (replace(ev, id=found[k][0].id), cand.trigger)
                    anchors[k] = cand.token.i
            found = _rank_subordinates(ctx.doc, found, anchors)
            for ev, trig in found:
                if ev.confidence >= self.settings.min_confidence:
                    events.append((ev, trig))
                    if _own_date(ev):
                        dated.append(ev)
        return _merge_repeats(events)

    # -- triggers -----------------------------------------------------------
    def _candidates(self, doc: ParsedDoc, first: int, last: int) -> list[Candidate]:
        return self._scan(doc, first, last)[0]

    def statement_tokens(self, doc: ParsedDoc, sent: Sentence) -> set[int]:
        """The sentence's statement verbs (CAMEO 01x: "denied charges", "is considering",
        "claimed that they ...") and the words they state, which hold no act of their own."""
        return self._scan(doc, sent.first, sent.last)[1]

    def _scan(self, doc: ParsedDoc, first: int, last: int) -> tuple[list[Candidate], set[int]]:
        out: list[Candidate] = []
        used: set[int] = set()
        # statement verbs: "denied charges that ..." (True: what they state is any
        # dependent), "is considering sending aid" (False: only a clause)
        said: list[tuple[Token, bool]] = []
        for tok in doc.tokens[first:last]:
            if tok.pos == "VERB" or (tok.pos == "AUX" and tok.dep == "ROOT"):
                lemma = self.lexicon.verb_lemma(tok.lemma, tok.text)
                speech = self.lexicon.is_speech_verb(lemma)
                particles = {
                    doc.tokens[c].lower for c in doc.children(tok.i) if doc.tokens[c].dep == "prt"
                }
                statement = False
                stated: bool | None = None  # a statement row (01x) matched: with words?
                if self._noun_after_to(doc, tok):
                    continue  # "partial defences to murder": the parser's verb is a noun
                for trig in self.lexicon.verb_triggers(lemma):
                    if speech and not trig.requires:
                        continue  # "said" alone is a statement; "announced a ceasefire" is not
                    if particles and not any(particles & slot for slot in trig.slots()):
                        continue  # a phrasal verb is another verb: "struck down" a law
                    if statement and not trig.requires:
                        break  # "declined to comment" is a statement, not a bare "declined"
                    words = self._requirements(doc, tok, trig)
                    if words is None:
                        continue
                    if not trig.requires and not self._object_fits(doc, tok, lemma):
                        continue  # "would meet his golden rule": no one is met
                    if self.ontology.try_plover(trig.cameo) is None:
                        # CAMEO 01x statements have no PLOVER event.  A matched statement
                        # ("declined to comment", "expressed concern") outranks the verb's
                        # bare sense ("declined": rejected) but not a specific act
                        statement = statement or bool(trig.requires)
                        stated = bool(stated or trig.requires)
                        if trig.requires:
                            # "rejected accusations": the denied noun is no event of its own
                            used.update(w.i for w in words)
                        continue
                    out.append(Candidate(trig, tok, [tok, *words], False))
                    used.update(w.i for w in words)
                    break
                else:
                    if speech and not statement:
                        demand = self._demand(doc, tok, lemma) or _speech_accusation(
                            doc, tok, lemma
                        )
                        if demand is not None:
                            out.append(demand)
                if out and out[-1].token.i == tok.i:
                    continue
                if stated is not None:
                    said.append((tok, stated))
                elif lemma in _CLAIM_VERBS and _self_claim(doc, tok):
                    said.append((tok, False))
        for tok in doc.tokens[first:last]:
            if tok.pos not in ("NOUN", "PROPN") or tok.i in used:
                continue
            context = _noun_context(doc, tok)
            around = {w.lemma.lower() for w in context} | {w.lower for w in context}
            trigs = [
                t
                for t in self.lexicon.noun_triggers(tok.lemma.lower())
                if t.matches(around) and self.ontology.try_plover(t.cameo) is not None
            ]
            if trigs:
                # "cessation of hostilities": a required word is no event of its own
                slots = frozenset().union(*trigs[0].slots()) if trigs[0].requires else set()
                used.update(w.i for w in context if w.lemma.lower() in slots or w.lower in slots)
                obj = tok
                while obj.dep == "conj" and obj.head != obj.i:
                    obj = doc.tokens[obj.head]  # "expressed its rejection and condemnation"
                head = doc.tokens[obj.head]
                if obj.dep == "dobj" and head.lemma.lower() in _LIGHT_VERBS:
                    # "carried out an attack", "held talks": the verb brings the doer
                    out.append(Candidate(trigs[0], head, [head, tok], False))
                else:
                    out.append(Candidate(trigs[0], tok, [tok], True))
        # what is denied, claimed, considered or regretted is the statement's content,
        # not an act: "denied charges that it attacked X", "is considering sending aid"
        content = _statement_content(doc, said)
        out = [c for c in out if c.token.i not in content]
        return sorted(out, key=lambda c: c.token.i), content

    def _demand(self, doc: ParsedDoc, verb: Token, lemma: str) -> Candidate | None:
        """ "X said Y must withdraw": a speech verb whose complement clause is obliged by
        "must" is the speaker's demand (CAMEO 100) of the clause's subject."""
        for c in doc.children(verb.i):
            clause = doc.tokens[c]
            if clause.dep != "ccomp" or _first_person_subject(doc, clause):
                continue  # "we must be optimistic" exhorts the speaker's own side
            for g in doc.children(c):
                modal = doc.tokens[g]
                if modal.dep == "aux" and modal.lower in _DEONTIC_AUX:
                    trig = Trigger("verb", lemma, (modal.lower,), _DEMAND_CODE, _DEMAND_WEIGHT)
                    return Candidate(trig, verb, [verb, modal], False)
        return None

    def _object_fits(self, doc: ParsedDoc, verb: Token, lemma: str) -> bool:
        """Whether an ambiguous verb's object is what its event sense acts on: a
        participant for "meet" and "target", no food or medicine for "refuse"."""
        if lemma in _PERMIT_VERBS:
            return self._permitted(doc, verb)
        if lemma not in _PARTY_OBJECT_VERBS and lemma not in _FORCE_VERBS and lemma != "refuse":
            return True
        passive = any(doc.tokens[c].dep == "auxpass" for c in doc.children(verb.i))
        deps = ("nsubjpass",) if passive else ("dobj",)
        objs = [doc.tokens[c] for c in doc.children(verb.i) if doc.tokens[c].dep in deps]
        if lemma in _OBJECT_NEEDED_VERBS and (
            not objs
            or passive
            or any(doc.tokens[c].dep in ("oprd", "ccomp", "xcomp") for c in doc.children(verb.i))
        ):
            # "called X on Friday" is a phone call; "called X a liar", a "called" with
            # no object or "was called" names none
            return False
        if not objs:
            return True  # "the two leaders met", "refused to comment"
        obj = _substance(doc, objs[0])
        if lemma in _OBJECT_NEEDED_VERBS:
            role = self.kb.role(obj.lemma.lower())
            if self.lexicon.noun_triggers(obj.lemma.lower()) or (
                role is not None
                and bool(role.sector)
                and set(role.sector) <= _PUBLIC_SECTORS
                and obj.pos != "PROPN"
            ):
                return False  # "called an emergency NATO meeting" convenes it; "calling
                # people" canvasses
        if lemma == "refuse":
            return obj.lemma.lower() not in _CONSUMED_NOUNS
        if lemma in _FORCE_VERBS:
            # "reinforced its positions" moves forces; "reinforced its commitment" does not
            word = obj.lemma.lower()
            return not word.endswith(_QUALITY_SUFFIXES) or word in _GROUP_NOUNS
        if lemma == "target":
            # "targeted a hospital" is an attack on a thing; "to target seats" or "target
            # stamp duty" aims at votes and policies
            return obj.lemma.lower() not in _AIMED_AT_NOUNS or self._party_word(doc, obj)
        return self._party_word(doc, obj)

    def _permitted(self, doc: ParsedDoc, verb: Token) -> bool:
        """Whether "allow"/"permit" lets a party do something: "allowed X to enter" (X the
        object, or the parser's subject of the infinitive); not "allowed the sale of arms",
        "allow me to say" or a passive "was allowed to" (the subject acts)."""
        kids = [doc.tokens[c] for c in doc.children(verb.i)]
        if any(k.dep == "auxpass" for k in kids):
            return False
        parties = [k for k in kids if k.dep == "dobj"] + [
            g
            for k in kids
            if k.dep == "ccomp" and _infinitive(doc, k)
            for g in (doc.tokens[c] for c in doc.children(k.i))
            if g.dep == "nsubj"
        ]
        if not parties or parties[0].lower in _SPEAKER_PRONOUNS:
            return False
        if not any(k.dep in ("xcomp", "ccomp") and _infinitive(doc, k) for k in kids):
            return False
        party = _substance(doc, parties[0])
        role = self.kb.role(party.lemma.lower())
        if role is not None and role.sector and set(role.sector) <= _PUBLIC_SECTORS:
            return False  # "would allow people to swap payments": a policy, not a concession
        # "the bill/rules would allow X to ...": a law permits, no party yields
        doers = self._subjects(doc, verb)[0]
        if any(
            d.lemma.lower() in _DOCUMENT_NOUNS
            or (d.pos == "NOUN" and self.kb.role(d.lemma.lower()) is None and is_inanimate(d.lemma))
            for d in doers
        ):
            return False
        return self._party_word(doc, party)

    def _party_word(self, doc: ParsedDoc, tok: Token) -> bool:
        """Whether a noun phrase names a person, group, state or place."""
        if tok.pos in ("PROPN", "PRON") or tok.ent_type in _PARTY_ENTS or self._actorish(tok):
            return True
        return tok.lemma.lower() in _GROUP_NOUNS or any(
            doc.tokens[c].dep in ("amod", "compound", "poss")
            and doc.tokens[c].ent_type in _PARTY_ENTS
            for c in doc.children(tok.i)
        )

    @staticmethod
    def _noun_after_to(doc: ParsedDoc, verb: Token) -> bool:
        """ "partial defences to murder": an object-less infinitive whose "to" follows a
        noun taking a "to" phrase is that noun's complement (a noun), not a clause."""
        if verb.tag != "VB" or verb.i < 2:
            return False
        to, noun = doc.tokens[verb.i - 1], doc.tokens[verb.i - 2]
        if to.lower != "to" or to.head != verb.i or noun.lemma.lower() not in _TO_NOUNS:
            return False
        return not any(
            doc.tokens[c].dep in ("dobj", "ccomp", "xcomp") for c in doc.children(verb.i)
        )

    def _requirements(self, doc: ParsedDoc, verb: Token, trig: Trigger) -> list[Token] | None:
        """Tokens satisfying ``trig.requires`` around ``verb``, or None if unmet."""
        if not trig.requires:
            return []
        related: list[Token] = []
        for c in doc.children(verb.i):
            t = doc.tokens[c]
            if t.dep in ("nsubj", "csubj", "parataxis"):
                # "embassies will close": the doer is not what the verb acts on, nor is
                # an attribution ("refused to allow X, a witness said")
                continue
            if t.dep == "conj" or (t.dep == "advcl" and not _purpose(doc, t)):
                continue  # "rejected the results, claiming fraud": another clause's words
            if (
                t.dep == "ccomp"
                and self.lexicon.is_speech_verb(verb.lemma.lower())
                and not _infinitive(doc, t)
                and any(doc.tokens[g].dep in _SUBJ for g in doc.children(c))
            ):
                # "announced it would boycott X" states an act of the clause's own (coded
                # there, with its tense); "announced a boycott" is the act
                continue
            related.append(t)
            if t.dep in ("prep", "dobj", "nsubjpass", "xcomp", "attr", "dative"):
                related.extend(doc.tokens[g] for g in doc.children(c))
            if t.dep == "prep":
                # the prepositional object's noun phrase: "used civilians as human shields"
                for g in doc.children(c):
                    if doc.tokens[g].dep == "pobj":
                        related.extend(
                            doc.tokens[k]
                            for k in _np_words(doc, g, depth=1)
                            if doc.tokens[k].ent_type not in ("DATE", "TIME")  # "March 1"
                        )
            if t.dep in ("dobj", "nsubjpass", "attr"):
                # inside the object's noun phrase: "provide 25,000 tons of food aid"
                related.extend(doc.tokens[g] for g in _np_words(doc, c))
            if t.dep == "oprd":
                # what the object is called: "called X a very stupid guy" (the parser may
                # read the object itself as the predicate and the slur as its apposition)
                related.extend(doc.tokens[g] for g in doc.subtree(c) if g != c)
            if t.dep == "ccomp" and _infinitive(doc, t):
                # "declared a state of siege to begin at midnight": the parser makes the
                # declared thing the subject of the infinitive ("welcomed X to mediate"
                # asks a party, it welcomes no visit)
                for g in doc.children(c):
                    if doc.tokens[g].dep in _SUBJ and not self._party_word(doc, doc.tokens[g]):
                        related.append(doc.tokens[g])
                        related.extend(doc.tokens[k] for k in _np_words(doc, g))
        # words after the verb first: "fired on a convoy", not "On Tuesday ... fired"
        related.sort(key=lambda t: (t.i < verb.i, abs(t.i - verb.i)))
        hits: list[Token] = []
        for slot in trig.slots():
            if OBJECT_SLOT in slot:
                # "returned the artefacts to Y", "were returned": the verb acts on a thing
                # ("returned to Brazil" names only where its subject went)
                if not any(t.dep in ("dobj", "nsubjpass") and t.head == verb.i for t in related):
                    return None
                continue
            hit = next(
                (
                    t
                    for t in related
                    if (t.lemma.lower() in slot or t.lower in slot) and self._fits(doc, t, trig)
                ),
                None,
            )
            if hit is None:
                return None
            hits.append(hit)
        return hits

    def _fits(self, doc: ParsedDoc, word: Token, trig: Trigger) -> bool:
        """Whether a required preposition really introduces what the trigger needs."""
        if word.lower == "free" and word.dep == "amod":
            # "agreed a free trade deal": no one is freed ("let free activists" misparsed)
            head = doc.tokens[word.head]
            return head.pos == "PROPN" or self._party_word(doc, head)
        if word.dep == "aux" and trig.cameo.startswith("04"):
            return False  # "trains pilots to fly jets": an infinitive's "to" is no "fly to"
        if (
            word.dep == "compound"
            and trig.cameo[:2] in _FORCE_ROOTS
            and (word.lemma.lower() in _MUNITION_NOUNS or word.lemma.lower() == "drone")
        ):
            # "launched a drone programme", "dropped the bomb inquiry": a weapon naming
            # another thing is not what is fired ("artillery shells", "rocket attacks" are)
            head = doc.tokens[word.head]
            lemma = head.lemma.lower()
            return (
                lemma in _MUNITION_NOUNS
                or lemma in ("round", "fire")
                or any(t.cameo[:2] in _FORCE_ROOTS for t in self.lexicon.noun_triggers(lemma))
            )
        if word.dep != "prep":
            return True
        if word.lemma.lower() != word.lower:
            return False  # "according to", "following": a preposition, not the lemma's word
        objs = _pobjs(doc, word.i)
        if any(o.ent_type in ("DATE", "TIME") for o in objs):
            return False  # "called ... on Tuesday" is no "call on"
        if (
            word.lower == "with"
            and not trig.cameo.startswith(_CHARGE_CODES)
            and self.ontology.try_plover(trig.cameo) is not None
        ):
            # "agreed with the assessment": a statement row (01x) needs no party
            return self._has_party(doc, word)  # "spoke with sincerity" is no meeting
        return True

    def _has_party(self, doc: ParsedDoc, prep: Token) -> bool:
        """Whether a preposition's object is a person, group or state (not a manner)."""
        for c in doc.children(prep.i):
            t = doc.tokens[c]
            if t.dep == "pobj" and (
                t.ent_type in ("PERSON", "ORG", "GPE", "NORP")
                or t.pos in ("PROPN", "PRON")
                or any(doc.tokens[j].ent_type for j in doc.subtree(t.i))
                or self._actorish(t)
            ):
                return True
        return False

    def _doer_role(self, tok: Token) -> bool:
        """Whether a noun names state forces or rebels, who do what an event noun it
        modifies names ("an army offensive"), unlike those it is done to ("a prisoner
        release", "an opposition crackdown")."""
        role = self.kb.role(tok.lemma.lower())
        return role is not None and bool(set(role.sector) & _DOER_SECTORS)

    def _actorish(self, tok: Token) -> bool:
        kb = self.kb
        return kb.role(tok.lemma.lower()) is not None or kb.by_name(tok.text) is not None

    # -- arguments ----------------------------------------------------------
    def _subjects(self, doc: ParsedDoc, verb: Token) -> tuple[list[Token], bool]:
        """Subjects of ``verb`` (inherited through xcomp/conj/advcl); True if passive."""
        tok = verb
        controlled = False  # reached through an infinitive: "X was forced to withdraw"
        own_passive = any(doc.tokens[c].dep == "auxpass" for c in doc.children(verb.i))
        stance = False
        if own_passive and verb.lemma.lower() == "oppose":
            kids = [doc.tokens[c] for c in doc.children(verb.i)]
            if any(k.dep == "prep" and k.lower == "to" for k in kids) and not any(
                k.dep == "agent" for k in kids
            ):
                # "X is opposed to Y" states X's stance (no one opposes X)
                own_passive, stance = False, True
        for _ in range(4):
            subs = [doc.tokens[c] for c in doc.children(tok.i) if doc.tokens[c].dep in _SUBJ]
            if subs:
                # "are to be offered": the subject sits on "are", the passive on the trigger;
                # "X was allowed to flout Y": the passive's subject does the infinitive
                passive = own_passive or (
                    subs[0].dep == "nsubjpass" and not controlled and not stance
                )
                return _with_conjuncts(doc, subs), passive
            # an infinitive, a coordinated verb or a present participle shares its
            # governor's subject ("X met Y to discuss", "..., killing three"); a
            # passive participle ("Asked if ...") or a subordinate clause does not
            # and so does an infinitive of purpose ("sent a team to investigate")
            # ("funding is in place to support" names no doer of "support")
            gov = doc.tokens[tok.head]
            shares = tok.dep in ("xcomp", "conj") or (
                tok.dep == "advcl"
                and (tok.tag == "VBG" or (_purpose(doc, tok) and gov.pos == "VERB"))
            )
            if shares and tok.head != tok.i:
                # ("were reported killed" keeps its passive: no "to"; "is expected to attack"
                # predicts, and so names no doer)
                controlled = controlled or (
                    tok.dep == "xcomp"
                    and doc.tokens[tok.head].lemma.lower() in _CONTROL_VERBS
                    and any(
                        doc.tokens[c].dep == "aux" and doc.tokens[c].lower == "to"
                        for c in doc.children(tok.i)
                    )
                )
                ing = tok.dep == "conj" and tok.tag == "VBG"
                tok = doc.tokens[tok.head]
                while ing and _infinitive(doc, tok) and tok.head != tok.i:
                    # "would allow X to intervene to prevent harm as well as outlawing Y":
                    # an -ing form is no conjunct of a "to" infinitive; it coordinates
                    # with the finite verb above ("would allow ... as well as outlawing")
                    tok = doc.tokens[tok.head]
                if (
                    tok.pos == "ADJ"
                    and tok.dep == "acomp"
                    and tok.lower in _READY_ADJECTIVES
                    and tok.head != tok.i
                ):
                    # "X is willing to withdraw": X withdraws (an offer, coded as intent);
                    # "X is likely/able to ..." states no act of X's
                    tok = doc.tokens[tok.head]
                if tok.pos not in ("VERB", "AUX"):
                    break
                continue
            if tok.dep in ("relcl", "acl") and _infinitive(doc, tok) and tok.head != tok.i:
                noun = doc.tokens[tok.head]
                gov = doc.tokens[noun.head]
                ranked = noun.dep == "attr" and gov.lemma.lower() in _COPULAS
                taken = noun.dep == "dobj" and gov.lemma.lower() in _TAKING_VERBS
                if (
                    ranked
                    and (
                        noun.lower in _ORDER_WORDS
                        or any(doc.tokens[c].lower in _ORDER_WORDS for c in doc.children(noun.i))
                    )
                ) or (taken and not self._party_word(doc, noun)):
                    # "X was the first (country) to recognise Y", "police took steps to
                    # disperse the crowd": the subject of "be"/"take" does it ("the plan to
                    # attack" names no doer)
                    tok = gov
                    continue
            if tok.dep == "relcl":
                return [doc.tokens[tok.head]], False
            if (
                tok.dep == "acomp"
                and tok.tag == "VBN"
                and doc.tokens[tok.head].lemma.lower() in _COPULAS
                and tok.head != tok.i
            ):
                # "X is opposed to Y": a stative participle after "be" is the copula
                # subject's own stance (no passive: X opposes)
                subs = [doc.tokens[c] for c in doc.children(tok.head) if doc.tokens[c].dep in _SUBJ]
                if subs:
                    return _with_conjuncts(doc, subs), False
            if tok.dep == "pcomp" and tok.tag == "VBG":
                # "X and Y are guilty of violating the ceasefire": X and Y violated it
                subs = _predicated_subjects(doc, tok)
                if subs:
                    return subs, False
                prep = doc.tokens[tok.head]
                if (
                    prep.lower in _MEANS_PREPS
                    and prep.dep == "prep"
                    and doc.tokens[prep.head].pos in ("VERB", "AUX")
                    and doc.tokens[prep.head].tag != "VB"
                    and prep.head != prep.i
                ):
                    # "X responded by expelling Y": the means is the main clause subject's
                    # (not an infinitive's: "it is time for X to commit by pledging ...")
                    tok = doc.tokens[prep.head]
                    continue
            if tok.dep == "acl" and tok.tag in ("VBD", "VBN", "VBZ", "VBP"):
                head = doc.tokens[tok.head]
                finite = (
                    head.dep in _SUBJ
                    and head.i < tok.i
                    and (tok.tag != "VBN" or _finite_participle(doc, tok))
                )
                if (head.dep == "ROOT" or finite) and head.pos in ("NOUN", "PROPN"):
                    # "A delegation of X called on Y": the parser hung the sentence's only
                    # finite verb on its subject ("X, called Y to ..., his office said");
                    # a past participle there is a reduced relative ("troops sent to X")
                    return _with_conjuncts(doc, [head]), False
            if tok.dep == "acl" and tok.tag == "VBG":
                doc_noun = doc.tokens[tok.head]
                if (
                    doc_noun.lemma.lower() in _DOCUMENT_NOUNS
                    and doc_noun.dep == "dobj"
                    and doc_noun.head != doc_noun.i
                ):
                    # "passed a resolution criticizing X": the issuer criticises
                    tok = doc.tokens[doc_noun.head]
                    continue
            break
        return _stranded_subject(doc, tok), False

    def verb_arguments(
        self, doc: ParsedDoc, cand: Candidate
    ) -> tuple[list[Token], list[Token], list[str]]:
        verb = cand.token
        how: list[str] = []
        subjects, passive = self._subjects(doc, verb)
        actors: list[Token] = []
        recipients: list[Token] = []
        trigger_words = {w.i for w in cand.words}
        for w in cand.words:
            # "expressed its rejection and condemnation": the coordinated event nouns
            while w.dep == "conj" and w.head != w.i and w.pos in ("NOUN", "PROPN"):
                w = doc.tokens[w.head]
                trigger_words.add(w.i)
        if passive:
            agents = [
                doc.tokens[g]
                for c in doc.children(verb.i)
                if doc.tokens[c].dep == "agent"
                for g in doc.children(c)
                if doc.tokens[g].dep == "pobj"
            ]
            actors = _with_conjuncts(doc, agents)
            recipients = [s for s in subjects if s.i not in trigger_words]
            how.append("passive: agent is the actor")
            if not agents and cand.trigger.cameo.startswith(_SELF_DEPLOY_CODES):
                # "Russian soldiers were deployed", "peacekeepers are being sent": with
                # no agent named, the forces moved act for the state they serve
                actors, recipients = list(subjects), []
                how.append("passive deployment: the forces deployed are the actor")
        else:
            actors = subjects
        fired_by = [_firers(doc, t) for t in actors]
        if any(fired_by):
            # "a missile fired by X hit Y": the weapon stands for whoever fired it
            actors = [f for t, fs in zip(actors, fired_by, strict=True) for f in (fs or [t])]
            how.append("actor: who fired the weapon")
        objects = [
            doc.tokens[c]
            for c in doc.children(verb.i)
            if doc.tokens[c].dep in ("dobj", "dative", "iobj") and c not in trigger_words
        ]
        if cand.trigger.cameo.startswith(_SELF_DEPLOY_CODES):
            # "mobilized the army for an assault on X", "sent troops to X": the forces
            # moved are the doer's own; whom they are moved against is the target
            objects = [o for o in objects if not self._forces(o)]
        if not cand.trigger.cameo.startswith(_SELF_DEPLOY_CODES):
            # "freed 37 prisoners", "expelled aid workers": an object the trigger requires
            # is its target unless it names an act itself ("held talks", "imposed a curfew")
            objects += [
                w
                for w in cand.words
                if w.dep == "dobj"
                and w.head == verb.i
                and w.pos in ("NOUN", "PROPN")
                and not self.lexicon.noun_triggers(w.lemma.lower())
                # "promised Washington's support": a stance voiced, not a party
                and verb.lemma.lower() not in _EXPRESSING_VERBS
                # a person or group, not what is given or taken ("gave concessions")
                and (
                    self._party_word(doc, w)
                    or self.kb.role(w.lemma.lower()) is not None
                    or _person_noun(w)
                )
                # "withdrew its troops": the doer's own
                and not any(
                    doc.tokens[c].dep == "poss" and doc.tokens[c].pos == "PRON"
                    for c in doc.children(w.i)
                )
            ]
        if cand.trigger.cameo.startswith(_ASKING_CODES):
            # "demanded that the minister resign": who is asked to act is addressed
            objects += [
                doc.tokens[g]
                for c in doc.children(verb.i)
                if doc.tokens[c].dep == "ccomp"
                and doc.tokens[c].pos in ("VERB", "AUX")
                and not _question(doc, doc.tokens[c])  # "asked X how Y would ..."
                for g in doc.children(c)
                if doc.tokens[g].dep in _SUBJ and doc.tokens[g].pos != "PRON"
            ]
        if not passive and not objects:
            # "denounced as a crime X's suppression of Y": a heavy object moved after the
            # "as" phrase, which the parser hangs on it as an apposition
            objects += [
                doc.tokens[a]
                for c in doc.children(verb.i)
                if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "as"
                for g in doc.children(c)
                if doc.tokens[g].dep == "pobj"
                for a in doc.children(g)
                if doc.tokens[a].dep == "appos" and doc.tokens[a].pos == "NOUN"
            ]
        # "found X guilty", "held X responsible": the small clause's subject
        objects += [
            doc.tokens[g]
            for c in doc.children(verb.i)
            if doc.tokens[c].dep in ("ccomp", "oprd") and doc.tokens[c].pos == "ADJ"
            for g in doc.children(c)
            if doc.tokens[g].dep == "nsubj"
        ]
        recipients.extend(_with_conjuncts(doc, objects))
        # prepositional partners on the verb or on the trigger's object noun
        holders = [verb] + [doc.tokens[w.i] for w in cand.words if w.i != verb.i]
        for h in holders:
            preps = _RECIPIENT_PREPS if h is verb else _RECIPIENT_PREPS | {"between", "among"}
            if cand.trigger.cameo.startswith(_CHARGE_CODES):
                preps = preps - {"with"}  # "charged with fraud": the charge, not a party
            for c in doc.children(h.i):
                p = doc.tokens[c]
                if p.dep == "prep" and p.lower in preps:
                    objs = _pobjs(doc, c)
                    for o in _with_conjuncts(doc, objs or _stranded_object(doc, p)):
                        # "went on strike": the act is no target, but "agreed to US
                        # mediation" names a party inside it
                        recipients.extend(_noun_parties(doc, o) if o.i in trigger_words else [o])
            if h is not verb:
                recipients.extend(_clause_subjects(doc, h))  # "its demand that the US ease"
            if h is not verb and h.pos == "NOUN" and h.dep in ("dobj", "nsubjpass"):
                # "attended an OPEC meeting", "a meeting of NATO": the body that meets;
                # "expelled two Russian diplomats", "rejected X's proposal": whose they are
                parties = _noun_parties(doc, h)
                if verb.lemma.lower() in _EXPRESSING_VERBS:
                    # "expressed Egypt's solidarity", "reiterated the UN's commitment":
                    # whose the stance is does it, it is not its target
                    parties = [p for p in parties if p.dep != "poss"]
                recipients.extend(parties)
        # (the weapon may be a word of the trigger itself: "missiles were fired at X")
        fired = [r for r in recipients if _munition(doc, verb, r)]
        fired += [w for w in cand.words if w not in fired and _munition(doc, verb, w)]
        if fired:
            # "fired a missile at a tanker", "rockets were fired into X": the weapon is the
            # means; the target is what it is aimed at, whether the parser hangs "at X" on
            # the verb (found above) or on the weapon
            # "fired rockets from Gaza into X": where it is fired from is no target either
            origins = {verb.i} | {m.i for m in fired}
            recipients = [
                r
                for r in recipients
                if r not in fired
                and not (
                    r.dep == "pobj"
                    and doc.tokens[r.head].lower == "from"
                    and doc.tokens[r.head].head in origins
                )
            ]
            for m in fired:
                for c in doc.children(m.i):
                    if doc.tokens[c].dep == "prep" and doc.tokens[c].lower in _AIMING_PREPS:
                        recipients += [
                            t for t in _with_conjuncts(doc, _pobjs(doc, c)) if t not in recipients
                        ]
            how.append("the weapon fired is the means, not the target")
        force = cand.trigger.cameo.startswith(_FORCE_ROOTS)
        wielded = [r for r in recipients if _wielded(doc, verb, r)] if force else []
        if wielded:
            # "attacked X with drones", "targeted X with missiles": the weapon an attack is
            # made with is its means, not a second target
            recipients = [r for r in recipients if r not in wielded]
            how.append("the weapon used is the means, not the target")
        if (
            not passive
            and len(actors) > 1
            and (actors[0].pos in ("PROPN", "NOUN") or actors[0].ent_type in ("NORP", "GPE"))
            and all(a.dep == "conj" for a in actors[1:])
            and (
                cand.trigger.cameo.startswith(_MUTUAL_CODES)
                # "agreed to lift the ban on X's goods": a target of the act itself
                or (_agreed_act(doc, verb) and not self._deeper_party(doc, verb, recipients))
            )
            and not any(self._party_word(doc, r) for r in recipients if not _topic(doc, r))
        ):
            # "X and Y agreed to hold talks", "X and Y signed a treaty": each party is the
            # other's partner; the dyad is coded from the first named to the others
            actors, recipients = actors[:1], actors[1:] + recipients
            how.append("coordinated subjects: the first acts toward the others")
        elif (
            not passive
            and len(actors) == 1
            and (
                cand.trigger.cameo.startswith(_MUTUAL_CODES)
                or (_agreed_act(doc, verb) and not self._deeper_party(doc, verb, recipients))
            )
            and not any(self._party_word(doc, r) for r in recipients if not _topic(doc, r))
        ):
            # "UK and EU negotiators agreed a deal": the sides are the head's joined names
            names = [
                m
                for c in doc.children(actors[0].i)
                if (m := doc.tokens[c]).dep in ("compound", "amod", "nmod") and m.pos == "PROPN"
            ]
            sides = _with_conjuncts(doc, names[:1])
            if len(sides) == 1 and len(names) > 1:
                # the parser may hang both names on the head, the first with the "and"
                joined = any(doc.tokens[g].dep == "cc" for g in doc.children(names[0].i))
                sides = names if joined else []
            if len(sides) > 1 and all(t.pos == "PROPN" for t in sides):
                actors, recipients = sides[:1], sides[1:] + recipients
                how.append("coordinated names of the doers: the first acts toward the others")
        return actors, recipients, how

    def _deeper_party(self, doc: ParsedDoc, verb: Token, objects: list[Token]) -> bool:
        """Whether a recipient or a second-choice one names a party, even what the act is
        on ("lift tariffs on X goods")."""
        found = objects + _deeper_partners(doc, verb, objects)
        # "a ban on imports of X goods": whose the thing is
        found += [o for t in objects for o in _prep_objects(doc, t.i, ("of",))]
        return any(self._party_word(doc, t) for t in found)

    def recipients(
        self,
        ctx: CodingContext,
        verb: Token,
        r_toks: list[Token],
        known: set[str],
        how: list[str],
        *,
        places: bool = False,
    ) -> list[EventActor]:
        """The recipients of an event: the verb's objects and partners, and when none of
        them is a known actor, a known actor one step further in ("offered to hand over
        to Britain", "pledged aid to Mozambique")."""
        objects = r_toks  # the words themselves: their partners are searched below
        r_toks = [p for t in r_toks for p in self._through_thing(ctx, t)]
        out = [
            r
            for r in self.resolve_parties(ctx, r_toks, strict=False)
            if not r.actor_id or r.actor_id not in known
        ]
        if any(r.code for r in out):
            # "aid to an orphanage in X and a credit union in Y": a target with no country
            # of its own is in the place its own phrase names, beside one that has one
            return [r if r.code else _sited(ctx, self.kb, r) for r in out]
        taken = known | {r.actor_id for r in out if r.actor_id}
        extra: list[EventActor] = []
        for t in _deeper_partners(ctx.doc, verb, objects):
            for p in self._through_thing(ctx, t):
                for r in self.resolve_parties(ctx, [p]):
                    if (
                        r.actor_id
                        and r.actor_id not in taken
                        # a named party no country is known for stands when nothing else
                        # does ("for an assault against X"), but not what a clause makes
                        # or hits ("agreed to set up the X Centre"), nor a common noun
                        # ("to return to their families")
                        and (r.code or (not out and _aimed_at(ctx.doc, t) and _named(ctx.doc, p)))
                    ):
                        taken.add(r.actor_id)
                        extra.append(r)
        if not out and not extra:
            # "opened fire to disperse demonstrators": with no object of its own, the people
            # its purpose reaches are its target even with no country known
            purposed = [
                ctx.doc.tokens[g]
                for c in ctx.doc.children(verb.i)
                if ctx.doc.tokens[c].dep == "advcl" and _purpose(ctx.doc, ctx.doc.tokens[c])
                for g in ctx.doc.children(c)
                if ctx.doc.tokens[g].dep == "dobj"
            ]
            for t in _with_conjuncts(ctx.doc, purposed):
                for r in self.resolve_parties(ctx, [t]):
                    if r.actor_id not in taken and self._people(ctx.doc, r):
                        if r.actor_id:
                            taken.add(r.actor_id)
                        extra.append(r)
        if any(r.code for r in extra):
            extra = [r for r in extra if r.code]
        if extra:
            note = "recipient: from the object's partner or the clause the verb governs"
            if note not in how:  # asked again for a place when none is coded
                how.append(note)
            return out + extra
        # "will not end the strike until the authorities act": whom the condition is put
        # to is the target even when no country is known for it
        put_to = [
            r
            for r in self.resolve_parties(
                ctx, _condition_subjects(ctx.doc, [verb, *_governed_clauses(ctx.doc, verb)])
            )
            if r.actor_id not in taken and not self._thing(ctx.doc, r)
        ]
        if put_to:  # (nothing in ``out`` is coded: that returned above)
            note = "recipient: whom the condition is put to"
            if note not in how:  # asked again for a place when none is coded
                how.append(note)
            return out + put_to
        if not places:
            return out
        if any(self._located_person(ctx.doc, verb, r) for r in out):
            return out
        # "demonstrated in Serbia", "imposed a curfew in Cizre": with no party named,
        # the state where the act happens is its target (as wire-event coding has it)
        located: list[EventActor] = []
        unplaced: list[EventActor] = []
        spots = _locations(ctx.doc, verb, objects)
        # deeper down only when no person is named as the target ("helped X stay in the UK")
        if not spots and all(self._thing(ctx.doc, r) for r in out):
            spots = _farther_places(ctx.doc, verb)
            # "vetoed a Security Council resolution censuring ... in Panama": a party named
            # on the way down is nearer the act than a place below it
            # ("visit relatives in Cuba": people of the place itself do not hide it)
            first = spots[0].i if spots else None
            here = _place_party(ctx, spots[0]) if spots else None
            if first is not None and any(
                (aid := ctx.actors.at(t.start, t.end)) is not None
                and aid not in taken
                and (a := ctx.actors.by_id(aid)) is not None
                and a.code
                and (here is None or a.code != here.code)
                and _place_party(ctx, t) is None
                for t in _farther_words(ctx.doc, verb, first)
            ):
                spots = []
        for tok in spots:
            named = next(iter(self.resolve_parties(ctx, [tok])), None)
            party = named if named is not None and named.code else _place_party(ctx, tok)
            if party is not None and party.code and party.actor_id not in taken - {None}:
                located.append(party)
            elif named is not None and named.actor_id is None:
                # "a curfew in Kashmir": a place no country is given for is still the target
                unplaced.append(named)
        located = [p for p in located or unplaced if all(p.start != o.start for o in out)]
        if located:
            how.append(_PLACE_NOTE)
        return out + located[:1]

    def _located_person(self, doc: ParsedDoc, verb: Token, party: EventActor) -> bool:
        """Whether an uncoded target is a person the act is done to, so that a place in the
        sentence only says where that person was: a named person ("visited X at a jail in
        Y") or the people a passive verb acts on ("the man is accused in Y").  Their country
        is their own, not the place's.  Groups named by an active verb stay placed ("a
        truce with forces in east Bosnia": the forces are the place's), and so do things
        ("a curfew was imposed in Y": the place itself is what the act is on)."""
        toks = doc.tokens_in(party.start, party.end)
        if party.code or not toks:
            return False
        head = toks[-1]
        if head.ent_type == "PERSON" and head.pos == "PROPN":
            return True
        passive = any(doc.tokens[c].dep in ("auxpass", "nsubjpass") for c in doc.children(verb.i))
        return passive and (
            self._people(doc, party)
            or _person_noun(head)
            or head.lemma.lower() in _PLAIN_PERSON_NOUNS
            or head.ent_type == "PERSON"
        )

    def _forces(self, tok: Token) -> bool:
        """Whether a noun names armed forces ("troops", "the army", "two battalions")."""
        lemma = tok.lemma.lower()
        role = self.kb.role(lemma)
        return lemma in _FORCE_NOUNS or (role is not None and "MIL" in role.sector)

    def _through_thing(self, ctx: CodingContext, tok: Token, depth: int = 2) -> list[Token]:
        """The party a thing's noun phrase names stands for the thing as a recipient:
        "rejected the appeal of the student", "condemned a protest by farmers",
        "shelled positions of the army", "faulted X's decision"."""
        doc = ctx.doc
        lemma = tok.lemma.lower()
        if tok.pos == "NOUN" and (lemma in _DEPLOYED_NOUNS or tok.lower == "force"):
            # "troops for the UN force in South Sudan": the country a force serves in
            # (not "Moslem forces in X", a party)
            at = [
                p
                for c in doc.children(tok.i)
                if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "in"
                for g in doc.children(c)
                if doc.tokens[g].dep == "pobj"
                for p in _named_place(doc, doc.tokens[g])
            ]
            if at:
                return at[:1]
        sub = _substance(doc, tok)
        if sub is not tok:
            # "tortured scores of Sierra Leonean and Liberian refugees": all that are counted
            return [
                t
                for t in _with_conjuncts(doc, [sub])
                # "a team of experts, equipment and drugs": the people, not the goods
                if t is sub or not (t.pos == "NOUN" and is_inanimate(t.lemma.lower()))
            ]
        if (
            depth == 0
            or tok.pos != "NOUN"
            or tok.ent_type
            or not tok.text.islower()
            or lemma in _GROUP_NOUNS
            or lemma in _QUANTITY_NOUNS
            or self.kb.role(lemma) is not None
            # "the Bosnian town of X", "the JIA demand for ...": an actor in the phrase
            # itself is what the phrase stands for
            or any(
                ctx.actors.at(doc.tokens[j].start, doc.tokens[j].end) is not None
                for j in _np_tokens(doc, tok)
            )
        ):
            return [tok]
        inner: list[Token] = []
        for c in doc.children(tok.i):
            t = doc.tokens[c]
            if t.dep == "poss" and t.pos != "PRON":
                inner.append(t)
            elif t.dep == "prep" and t.lower in _OWNER_PREPS:
                inner.extend(_with_conjuncts(doc, _pobjs(doc, c)))
            elif t.dep == "amod" and t.lower == "led":
                # "the US-led war", "a Saudi-led coalition": its leader stands for it
                inner.extend(
                    doc.tokens[g]
                    for g in doc.children(c)
                    if doc.tokens[g].dep in ("npadvmod", "compound", "nmod")
                    and doc.tokens[g].pos == "PROPN"
                )
            elif t.dep in ("acl", "ccomp") and t.pos in ("VERB", "AUX"):
                # "threats made by X": the participle's agent; "claims that two soldiers
                # abused children": whom the claim is about; "a force made up of X troops"
                for g in doc.children(c):
                    arg = doc.tokens[g]
                    if arg.dep in _SUBJ:
                        inner.append(arg)
                    elif (arg.dep == "agent" and t.tag == "VBN") or (
                        t.dep == "acl" and arg.dep == "prep" and arg.lower == "of"
                    ):
                        inner.extend(
                            _with_conjuncts(
                                doc,
                                [
                                    doc.tokens[o]
                                    for o in doc.children(g)
                                    if doc.tokens[o].dep == "pobj"
                                ],
                            )
                        )
        found = [
            p
            for t in inner
            for p in self._through_thing(ctx, _substance(doc, t), depth - 1)
            if p.pos != "PRON"  # "held by them": the doer, named elsewhere
            and (
                self._party_word(doc, p)
                or self.kb.role(p.lemma.lower()) is not None
                # "the demands of the truck drivers"
                or _person_noun(p)
                # "crimes committed by Croat forces": a mention of a state's actor
                or self._coded_mention(ctx, p)
            )
        ]
        return found or [tok]

    @staticmethod
    def _coded_mention(ctx: CodingContext, tok: Token) -> bool:
        aid = ctx.actors.at(tok.start, tok.end)
        actor = ctx.actors.by_id(aid) if aid else None
        return actor is not None and bool(actor.code)

    def _noun_arguments(
        self, doc: ParsedDoc, noun: Token, leaving: bool = False, force: bool = False
    ) -> tuple[list[Token], list[Token]]:
        """Doers and targets of an event noun; ``leaving`` for withdrawals, whose "from X"
        is the place or party left ("the withdrawal of US troops from Iraq"); ``force`` for
        attacks, whose "on X" is the target ("an air strike on X")."""
        actors: list[Token] = []
        recipients: list[Token] = []
        for c in doc.children(noun.i):
            t = doc.tokens[c]
            if t.dep == "poss" or (t.dep in ("amod", "compound") and t.pos in ("PROPN", "ADJ")):
                actors.append(t)
            elif t.dep == "amod" and t.lower == "led":
                # "a Saudi-led strike": who leads the act does it
                actors.extend(
                    doc.tokens[g]
                    for g in doc.children(c)
                    if doc.tokens[g].dep in ("npadvmod", "compound", "nmod")
                    and doc.tokens[g].pos in ("PROPN", "NOUN")
                )
            elif t.dep == "prep" and (t.lower in _NOUN_PARTY_PREPS or (force and t.lower == "on")):
                objs = _with_conjuncts(doc, _pobjs(doc, c))
                if t.lower in ("between", "among") or (t.lower == "from" and not leaving):
                    # "talks between X and Y"; "criticism from X", "aid from X": the source
                    actors.extend(objs)
                else:
                    recipients.extend(objs)
            elif t.dep == "prep" and t.lower == "by":
                actors.extend(_pobjs(doc, c))
        head = doc.tokens[noun.head]
        if not actors:
            # "a regime offensive", "a police crackdown" (one doer: "a Syrian army
            # offensive" is not a pair)
            actors.extend(
                doc.tokens[c]
                for c in doc.children(noun.i)
                if doc.tokens[c].dep == "compound"
                and doc.tokens[c].pos == "NOUN"
                and self._doer_role(doc.tokens[c])
            )
        if not actors and noun.dep == "compound" and head.lemma.lower() in _BUNDLE_NOUNS:
            # "the government's aid package": whose the package is gives the aid
            actors.extend(
                doc.tokens[c]
                for c in doc.children(head.i)
                if doc.tokens[c].dep == "poss"
                or (doc.tokens[c].dep in ("amod", "compound") and doc.tokens[c].pos == "PROPN")
            )
        if not actors:
            actors.extend(_predicated_subjects(doc, noun))
        recipients.extend(_clause_subjects(doc, noun))
        if noun.dep == "dobj" and head.lemma.lower() in _UNDERGO_VERBS:
            # "Iran faces criticism from X": the subject of "face" is the one criticised
            recipients.extend(
                doc.tokens[c] for c in doc.children(head.i) if doc.tokens[c].dep == "nsubj"
            )
        return actors, recipients

    def resolve_parties(
        self, ctx: CodingContext, toks: list[Token], *, strict: bool = True
    ) -> list[EventActor]:
        """Participants for argument tokens.  Uncovered words are kept without a code;
        ``strict`` keeps only those that can name a participant (for actors)."""
        out: list[EventActor] = []
        seen: set[str] = set()
        for tok in toks:
            tok = _substance(ctx.doc, tok)
            if tok.dep == "dative" and tok.pos == "ADP":
                # "granted asylum to X": the parser hangs "to" itself as the dative
                objs = [ctx.doc.tokens[c] for c in ctx.doc.children(tok.i)]
                tok = next((o for o in objs if o.dep == "pobj"), tok)
            aid = ctx.actors.at(tok.start, tok.end)
            span: tuple[int, int] | None = None
            if aid is None:
                # "Russian officials", "the Kremlin's envoy": look inside the noun phrase
                for j in _np_tokens(ctx.doc, tok):
                    t = ctx.doc.tokens[j]
                    if t.pos == "PRON" and tok.lemma.lower() in _RELATIONAL_NOUNS:
                        continue  # "Kuwait and its allies": its allies are others
                    aid = ctx.actors.at(t.start, t.end)
                    if aid:
                        span = ctx.actors.mention_span(t.start, t.end)
                        break
            else:
                span = ctx.actors.mention_span(tok.start, tok.end)
            if aid is None:
                head = ctx.doc.tokens[tok.head]
                if tok.dep == "pobj" and head.lower in _TOPIC_PREPS:
                    continue  # "thanked X for the invitation": a reason, not a party
                unknown = self._unresolved(ctx.doc, tok, strict, ctx.actors.focus)
                if unknown is not None and all(
                    (o.start, o.end) != (unknown.start, unknown.end) for o in out
                ):
                    out.append(_placed(ctx, self.kb, tok, unknown))
                continue
            if aid in seen or span is None:
                continue
            actor = ctx.actors.by_id(aid)
            if actor is None:
                continue
            seen.add(aid)
            span = _named_mention(ctx, actor, span)
            party = EventActor(
                actor_id=aid,
                code=actor.code,
                sector=actor.sector,
                entity_text=ctx.doc.text[span[0] : span[1]],
                start=span[0],
                end=span[1],
            )
            out.append(party if actor.code else _placed(ctx, self.kb, tok, party))
        return out

    def _under_request(self, doc: ParsedDoc, trigger: Token) -> bool:
        """Whether the trigger is what another verb asks or demands ("urged X to leave",
        "the demand that X leave", "X said Y must leave")."""
        while trigger.dep == "conj" and trigger.head != trigger.i:
            trigger = doc.tokens[trigger.head]  # "must ensure security and provide aid"
        purpose = trigger.dep == "advcl" and _purpose(doc, trigger)
        if (trigger.dep not in ("xcomp", "ccomp", "acl") and not purpose) or (
            trigger.head == trigger.i
        ):
            return False
        gov = doc.tokens[trigger.head]
        if gov.pos in ("NOUN", "PROPN"):
            return any(
                t.cameo[:2] in ("02", "10") and not t.requires
                for t in self.lexicon.noun_triggers(gov.lemma.lower())
            )
        if trigger.dep == "ccomp" and self.lexicon.is_speech_verb(gov.lemma.lower()):
            return not _first_person_subject(doc, trigger) and any(
                doc.tokens[c].dep == "aux" and doc.tokens[c].lower in _DEONTIC_AUX
                for c in doc.children(trigger.i)
            )
        if any(
            doc.tokens[c].dep == "mark" and doc.tokens[c].lower == "for"
            for c in doc.children(trigger.i)
        ):
            # "calling for him to apologise": the parser hangs "for" on the clause asked for
            return any(
                t.cameo[:2] in ("02", "10") and any("for" in slot for slot in t.slots())
                for t in self.lexicon.verb_triggers(gov.lemma.lower())
            )
        # "urged X to leave", "called on X to leave": a request verb, bare or with the
        # words its request sense requires
        return any(
            t.cameo[:2] in ("02", "10") and self._own_requirements(doc, gov, t)
            for t in self.lexicon.verb_triggers(gov.lemma.lower())
        )

    def _own_requirements(self, doc: ParsedDoc, verb: Token, trig: Trigger) -> bool:
        """Whether ``trig``'s required words hang on ``verb`` itself: "called on X to
        go", not "called X to apologise for ..." (whose "for" is the clause's)."""
        words = self._requirements(doc, verb, trig)
        return words is not None and all(w.head == verb.i for w in words)

    @staticmethod
    def _implicit_recipient(cand: Candidate, event: str, actor: list[EventActor]) -> bool:
        """Whether an event whose type needs a recipient stands without one: "provided
        humanitarian assistance", "imposed sanctions" by a known doer name the act
        unambiguously even when the text leaves the beneficiary or target implicit.
        A meeting still takes two, and a bare verb ("helped") is too vague alone; but a
        known party holding meetings or attending a summit meets whoever the others are
        (a visit, 042-044, still needs its host: "undertook short visits" campaigns)."""
        if event == "CONSULT":
            return (
                not cand.nominal
                and cand.trigger.cameo not in _VISIT_CODES
                and cand.trigger.weight >= 0.8
                and any(a.actor_id for a in actor)
                and any(w.tag == "NNS" or w.lemma.lower() in _GATHERINGS for w in cand.words[1:])
            )
        return (
            event != "CONSULT"
            and bool(cand.trigger.requires)
            and cand.trigger.weight >= 0.8
            and any(a.actor_id for a in actor)
        )

    def _recode(
        self, code: str, modality: str, trigger: Token, doc: ParsedDoc
    ) -> tuple[str, list[str]]:
        """CAMEO's convention for acts not (yet) done: a promised visit is an intent to
        meet (03x), a threatened attack a threat (13x), a refused release a rejection
        (12x).  Returns the code to use and a note for the explanation."""
        root = code[:2]
        quad = self.ontology.cameo(code).quad
        if modality == "future":
            if quad in (1, 2) and root in _INTENT_CODES:
                new = _INTENT_CODES[root]
                return new, [f"recoded {code} -> {new}: a promise or plan is an intent"]
            if quad in (3, 4) and root in _THREAT_CODES:
                new = _THREAT_CODES[root]
                return new, [f"recoded {code} -> {new}: a threatened act is a threat"]
        if modality == "negated" and quad in (1, 2) and root in _REJECT_CODES:
            kids = {doc.tokens[c].lower for c in doc.children(trigger.i)}
            governors = _complement_governors(doc, trigger)
            gov = governors[0].lemma.lower() if governors else ""
            if governors:
                # "will not go to Moscow to meet X": the tense sits on the governing verb
                kids |= {doc.tokens[c].lower for c in doc.children(governors[0].i)}
            # "cannot accept", and any withheld concession ("did not give permission",
            # "has not released"), refuse as much as "will not"
            if kids & (_FUTURE_AUX | _REFUSING_AUX) or root == "08" or gov in _REFUSAL_GOVERNORS:
                new = _REJECT_CODES[root]
                return new, [f"recoded {code} -> {new}: refusing to cooperate is a rejection"]
        return code, []

    def _unresolved(
        self, doc: ParsedDoc, tok: Token, strict: bool, focus: str | None = None
    ) -> EventActor | None:
        """A participant no actor covers ("striking workers"): kept, without a code."""
        if tok.pos not in ("NOUN", "PROPN") or tok.ent_type in _NOT_ACTOR_ENTS:
            return None
        lemma = tok.lemma.lower()
        if lemma in _NOT_ACTOR_NOUNS:
            return None
        role = self.kb.role(lemma)
        # only words that can name a participant: names, roles, groups of people;
        # "met with disapproval" or "condemned the document" have no second party
        if (
            strict
            and lemma.endswith(_ABSTRACT_SUFFIXES)
            and not (
                tok.pos == "PROPN"
                or tok.ent_type in ("PERSON", "ORG", "NORP", "GPE", "FAC")
                or role is not None
                or lemma in _GROUP_NOUNS
            )
        ):
            return None  # "proposals met with disapproval": an abstract noun does nothing
        words = [tok.i] + [
            c
            for c in doc.children(tok.i)
            if c < tok.i and doc.tokens[c].dep in ("amod", "compound", "nmod", "nummod")
        ]
        first = min(words)
        while first < tok.i and doc.tokens[first].pos in ("PUNCT", "DET"):
            first += 1
        start, end = doc.tokens[first].start, tok.end
        sector = role.sector if role else ()
        # "police", "troops" with no country: the article's country, when it has one; not
        # "foreign mercenaries", "international troops": someone else's
        foreign = any(doc.tokens[w].lower in _FOREIGN_MODIFIERS for w in words)
        code = focus if focus and set(sector) & STATE_SECTORS and not foreign else None
        return EventActor(
            actor_id=None,
            code=code,
            sector=sector,
            entity_text=doc.text[start:end],
            start=start,
            end=end,
        )

    def _thing(self, doc: ParsedDoc, party: EventActor) -> bool:
        """An uncovered participant whose head is a common noun that names no person,
        group or place ("the car bomb", "the extraction process")."""
        if party.actor_id is not None or party.code:
            return False
        toks = doc.tokens_in(party.start, party.end)
        if not toks:
            return False
        head = toks[-1]
        lemma = head.lemma.lower()
        return (
            head.pos == "NOUN"
            and not head.ent_type
            and head.text.islower()  # "ICE", "Flying Aid": names the tagger missed
            and lemma not in _QUANTITY_NOUNS  # "a majority of the guards"
            and self.kb.role(lemma) is None
            and is_inanimate(lemma)
        )

    # -- building an event --------------------------------------------------
    @staticmethod
    def _giver(
        doc: ParsedDoc, verb: Token, a_toks: list[Token], r_toks: list[Token], how: list[str]
    ) -> tuple[list[Token], list[Token]]:
        """ "X received aid from Y": Y gives and X is given to (no giver named: no doer)."""
        givers = _prep_objects(doc, verb.i, ("from",))
        givers = _with_conjuncts(doc, givers)
        how.append("receiving: the giver is the actor, the receiver the recipient")
        return givers, a_toks + [r for r in r_toks if r not in givers]

    def _build(
        self, ctx: CodingContext, cand: Candidate, sent_index: int, dated: list[Event], n: int
    ) -> Event | None:
        doc = ctx.doc
        described: list[Token] = []
        if cand.nominal:
            a_toks, r_toks = self._noun_arguments(
                doc,
                cand.token,
                leaving=cand.trigger.cameo.startswith(_LEAVING_CODES),
                force=cand.trigger.cameo[:2] in _FORCE_ROOTS,
            )
            how: list[str] = []
            if cand.token.lemma.lower().endswith(_PERSON_SUFFIXES):
                # "X remains the largest donor of aid": the agent noun is said of X
                described = _described_by(doc, cand.token)
                a_toks = described + a_toks
        else:
            a_toks, r_toks, how = self.verb_arguments(doc, cand)
            if cand.token.lemma.lower() in _RECEIVING_VERBS and cand.trigger.cameo[:2] == "07":
                a_toks, r_toks = self._giver(doc, cand.token, a_toks, r_toks, how)
        actor = self.resolve_parties(ctx, a_toks)
        known = {a.actor_id for a in actor if a.actor_id}
        recipient = self.recipients(ctx, cand.token, r_toks, known, how)
        if not actor and not recipient:
            return None
        if not actor and any(h.startswith("recipient: from the object") for h in how):
            return None  # "deals are being sought to allow the UK to ...": no doer, no object
        if not actor and not any("passive" in h for h in how):
            return None  # an active verb whose doer we could not find: too uncertain
        if (
            cand.nominal
            and not (actor and recipient)
            and len(actor) < 2
            and not (actor and (described or _predicated_subjects(doc, cand.token)))
        ):
            # a bare "the meeting" refers back; it is not a new event, but "X is guilty
            # of the killings" asserts X's act
            return None
        if not cand.nominal and self._under_request(doc, cand.token):
            return None  # "urged X to withdraw": the request is the event, not the withdrawal
        modality, why_modality = modality_of(ctx, cand.token)
        code, why_recode = self._recode(cand.trigger.cameo, modality, cand.token, doc)
        cameo = self.ontology.cameo(code)
        plover = self.ontology.try_plover(code)
        if plover is None:
            return None
        pair_needed = (
            plover.event == "CONSULT"  # a meeting or visit takes two
            or self.ontology.plover_event(plover.event).requires_recipient
        )
        if (
            pair_needed
            and len(actor) + len(recipient) < 2
            and not self._implicit_recipient(cand, plover.event, actor)
            # "X is the largest donor": the agent noun names the act without its beneficiary
            and not (described and plover.event != "CONSULT" and any(a.actor_id for a in actor))
        ):
            return None
        if not actor and modality not in ("asserted", "reported"):
            return None  # "how Britain could be defended": no doer and no fact
        # "a car bomb killed...": the subject shows the act happened, but a thing is no
        # actor; "a bombing by X" names its doer
        things = [a for a in actor if self._thing(doc, a)]
        if things:
            actor = [a for a in actor if a not in things]
            actor += self.resolve_parties(ctx, [t for a in things for t in _agents(doc, a)])
            if not actor and not cand.nominal and code[:2] in _PEOPLE_ONLY_CODES:
                return None  # "the funding demonstrates X's commitment": only people protest
            if not actor and not recipient:
                return None  # "the rules allow ...": a thing did it, to no one
        if not any(r.code for r in recipient):
            # a place is a target, never the second party a meeting needs
            recipient = self.recipients(ctx, cand.token, r_toks, known, how, places=True)
        if code.startswith("12") and not any(r.actor_id for r in recipient):
            # "declined to resign despite pressure from X": a refusal defies X
            defied = self._defied(ctx, cand.token)
            if defied:
                recipient = defied + recipient
                how.append("recipient: the party the refusal defies ('despite')")
        if code.startswith("09"):
            # "investigating war crimes by X against Y": an inquiry targets the doers
            # (the parser often hangs "by" on the verb: "investigating killings by
            # police"; in the active voice that is still the object's doer)
            active = not any(doc.tokens[c].dep == "auxpass" for c in doc.children(cand.token.i))
            doers = [
                a
                for w in cand.words
                if w.pos == "NOUN" or (w is cand.token and active and not cand.nominal)
                for c in doc.children(w.i)
                if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "by"
                for a in self.resolve_parties(ctx, _pobjs(doc, c))
                # (its own nationals too: "Croatia is investigating crimes by Croatians")
                if a.code
            ]
            if doers:
                recipient = doers
                how.append("recipient: the doers of the act under inquiry")
        actor, recipient = self.home_country(ctx, actor, recipient, how)
        date, precision, why_date, anchor = self.event_date(ctx, cand.token, sent_index, dated)
        place, why_place = self.event_place(ctx, cand.token, anchor)
        if (
            not actor
            and (
                code[:2] in _FORCE_ROOTS
                or (code[:2] in _STATE_FORCE_ROOTS and any("passive" in h for h in how))
            )
            and place is not None
            and place.code
            and why_place.startswith("location: from")
            # "rockets were fired into X": where a weapon is sent is where it lands, not
            # where those who sent it were
            and not _aimed_at_place(doc, cand.token, place.start, place.end)
            # the state's own people or forces struck at home were not struck by it
            and not any(
                r.code == place.code
                and r.actor_id is not None
                and (r.start, r.end) != (place.start, place.end)
                for r in recipient
            )
        ):
            # "a roadside bomb near X killed three US soldiers", "were killed by a bomb in
            # X", "was arrested in X": the doers nobody names are coded by the country where
            # they struck (its authorities, for an arrest)
            actor = [EventActor(None, place.code, (), place.text, place.start, place.end)]
            # ("a journalist was killed in X": the people struck there are X's own too)
            recipient = [
                replace(r, code=place.code) if self._home_party(doc, r, common=True) else r
                for r in recipient
                if (r.start, r.end) != (place.start, place.end)
            ]
            how.append("actor: the unnamed doers, by the place of the act")
        sent = doc.sentences[sent_index]
        words = sorted(cand.words, key=lambda t: t.i)
        event_text = " ".join(w.text for w in words)
        confidence = cand.trigger.weight * (1.0 if actor and recipient else 0.8)
        if "publication" in why_date:
            confidence *= 0.9
        explanation = "; ".join(
            [
                f"{plover.event} (CAMEO {cameo.code} {cameo.name!r}) from "
                f"{'noun' if cand.nominal else 'verb'} {event_text!r}",
                "actor: " + (", ".join(f"{a.entity_text!r}" for a in actor) or "none"),
                "recipient: " + (", ".join(f"{r.entity_text!r}" for r in recipient) or "none"),
                *how,
                *why_recode,
                why_date,
                why_place,
                why_modality,
            ]
        )
        return Event(
            id=f"{ctx.article.id}-E{n}",
            date=date,
            date_precision=precision,
            event=plover.event,
            mode=plover.mode,
            context=plover.context,
            quad_code=self.ontology.plover_quad(plover.event),
            cameo=Cameo(cameo.code, cameo.goldstein),
            actor=tuple(actor),
            recipient=tuple(recipient),
            event_text=event_text,
            event_loc=place,
            modality=modality,
            confidence=round(min(1.0, confidence), 3),
            explanation=explanation,
            text_info=TextInfo(sent_index, sent.start, sent.end),
            trigger_start=words[0].start,
            trigger_end=words[-1].end,
            reported_by=self._reporter(ctx, cand.token) if modality == "reported" else None,
        )

    def _defied(self, ctx: CodingContext, trigger: Token) -> list[EventActor]:
        """Parties named in a "despite" phrase on the trigger or a verb it completes
        ("refused despite US pressure", "declined to quit despite calls by X to go")."""
        doc = ctx.doc
        heads = [trigger]
        while heads[-1].dep in ("xcomp", "ccomp", "conj") and len(heads) < 3:
            heads.append(doc.tokens[heads[-1].head])
        toks: list[Token] = []
        for head in heads:
            for c in doc.children(head.i):
                prep = doc.tokens[c]
                if prep.lower != "despite" or prep.dep != "prep":
                    continue
                for o in doc.children(prep.i):
                    obj = doc.tokens[o]
                    if obj.dep != "pobj":
                        continue
                    toks.append(obj)
                    # "pressure from X", "calls by X", "objections of X": X does the pressing
                    for p in doc.children(obj.i):
                        if doc.tokens[p].dep == "prep" and doc.tokens[p].lower in _DEFIER_PREPS:
                            toks += [
                                doc.tokens[j]
                                for j in doc.children(p)
                                if doc.tokens[j].dep == "pobj"
                            ]
        # only named or known parties: "despite the rain", "despite pressure" defy no one
        out: list[EventActor] = []
        for tok in toks:
            named = tok.pos == "PROPN" or tok.ent_type in ("PERSON", "ORG", "NORP", "GPE")
            out += [
                a
                for a in self.resolve_parties(ctx, [tok])
                if (a.actor_id or a.code or named) and a not in out
            ]
        return out

    def home_country(
        self,
        ctx: CodingContext,
        actor: list[EventActor],
        recipient: list[EventActor],
        how: list[str],
    ) -> tuple[list[EventActor], list[EventActor]]:
        """A party outside the state with no country of its own (fundamentalists, rebels,
        an opposition party, a judge, a newspaper) that acts toward a state's own body or
        in a place takes that country, and so does one such a body acts on: "fundamentalists
        demand the resignation of the Algerian president", "rebels attacked Juba", "the
        government accepted demands from the rebels" (domestic actors, as wire-event
        coding has it).  Officials and forces deal with other states as often as with their
        own, and visitors are abroad, so they take nothing."""
        doc = ctx.doc
        if any(a.code for a in actor) != any(r.code for r in recipient):
            places: list[EventActor] = []
            if any(a.code for a in actor):
                side, others = recipient, [a for a in actor if _state_body(doc, a)]
            else:
                # the place found for the act (always the last recipient) places a group,
                # not a named person ("X appealed for inspectors to be given time in Y")
                places = recipient[-1:] if _PLACE_NOTE in how and recipient[-1].code else []
                side, others = actor, [r for r in recipient if _state_body(doc, r)]
                if all(set(a.sector) & _DOMESTIC_SECTORS for a in actor):
                    # parties, the opposition and rebels contend for their own state:
                    # "the X party will boycott Algeria's elections"
                    others += [r for r in recipient if _state_itself(ctx, r)]
            codes = {o.code for o in others if o.code}
            place_codes = {p.code for p in places if p.code}
            if len(codes) == 1 or (not codes and len(place_codes) == 1):
                common = not codes  # only a group takes the place of the act
                code = (codes or place_codes).pop()
                placed = [
                    replace(p, code=code) if self._home_party(doc, p, common=common) else p
                    for p in side
                ]
                if placed != side:
                    how.append(f"{code}: a party outside the state takes the country it faces")
                    if side is actor:
                        actor = placed
                    else:
                        recipient = placed
        return actor, recipient

    def _people(self, doc: ParsedDoc, party: EventActor) -> bool:
        """A common noun for people or a group of them ("demonstrators", "the militias")."""
        toks = doc.tokens_in(party.start, party.end)
        if not toks or toks[-1].pos != "NOUN" or party.code:
            return False
        lemma = toks[-1].lemma.lower()
        return (
            self.kb.role(lemma) is not None
            or lemma in _GROUP_NOUNS
            or (lemma.endswith(_MEMBER_SUFFIXES) and not is_inanimate(lemma))
        )

    def _home_party(self, doc: ParsedDoc, party: EventActor, common: bool = False) -> bool:
        """An uncoded party of people outside the state: a group or people's noun, or
        (unless ``common``) a name with a non-state role ("Judge X", "the X party")."""
        if party.code or self._thing(doc, party):
            return False
        toks = doc.tokens_in(party.start, party.end)
        if not toks:
            return False
        head = toks[-1]
        lemma = head.lemma.lower()
        sectors = set(party.sector)
        if sectors & _NON_HOME_SECTORS or lemma in _NOT_AT_HOME_NOUNS:
            return False
        if "REF" in sectors and any(
            doc.tokens[c].dep == "prep" and doc.tokens[c].lower in _LOCATIVE_PARTY_PREPS
            for c in doc.children(head.i)
        ):
            # "refugees in Lebanon" protesting to its government are its guests, not its
            # people (but "Chechen refugees" protesting to Moscow are Russia's)
            return False
        if any(t.lower in _FOREIGN_WORDS for t in toks):
            return False  # "foreign journalists", "international monitors"
        if head.pos == "NOUN":
            return self._people(doc, party)  # (not any "-er"/"-or" word: "terror", "powers")
        return bool(sectors) and not common

    def _reporter(self, ctx: CodingContext, trigger: Token) -> EventActor | None:
        """Who reports a reported event: the quote's speaker, or the subject of the
        speech verb whose clause holds the trigger."""
        doc = ctx.doc
        for q in ctx.quotes:
            if q.start <= trigger.start < q.end and q.speaker_start is not None:
                end = q.speaker_end if q.speaker_end is not None else q.speaker_start
                return self._party_at(ctx, q.speaker_start, end)
        for j in doc.ancestors(trigger.i):
            g = doc.tokens[j]
            if g.pos == "VERB" and self.lexicon.is_speech_verb(g.lemma.lower()):
                subs = [doc.tokens[c] for c in doc.children(j) if doc.tokens[c].dep == "nsubj"]
                found = self.resolve_parties(ctx, subs[:1])
                return found[0] if found else None
        return None

    def _party_at(self, ctx: CodingContext, start: int, end: int) -> EventActor | None:
        aid = ctx.actors.at(start, end)
        actor = ctx.actors.by_id(aid) if aid else None
        span = ctx.actors.mention_span(start, end) if aid else None
        if actor is None or span is None:
            return EventActor(None, None, (), ctx.doc.text[start:end], start, end)
        return EventActor(
            aid, actor.code, actor.sector, ctx.doc.text[span[0] : span[1]], span[0], span[1]
        )

    def _governed(self, doc: ParsedDoc, start: int, end: int, trigger: Token) -> bool:
        """Whether the phrase at ``[start, end)`` hangs off ``trigger`` in the parse."""
        toks = doc.tokens_in(start, end)
        if not toks:
            return False
        head = next(
            (t for t in toks if t.head not in {x.i for x in toks} or t.head == t.i), toks[-1]
        )
        for a in doc.ancestors(head.i):
            if a == trigger.i:
                return True
            if doc.tokens[a].pos == "VERB":
                return False
        return False

    def event_date(
        self, ctx: CodingContext, trigger: Token, sent_index: int, dated: list[Event]
    ) -> tuple[str | None, str | None, str, Event | None]:
        """The event's date, why, and the earlier event it was taken from (if any).

        In order: a time expression hanging off the trigger, one in its sentence, an
        earlier event the sentence refers back to ("following the meeting"), an event
        dated in the previous two sentences, the lead event of a short article, and
        last the publication date, flagged as such.
        """
        sent = ctx.doc.sentences[sent_index]
        usable = [
            t
            for t in ctx.times
            if t.value
            and (t.precision in _DATE_PRECISIONS or t.precision in _YEAR_LEVEL)
            and sent.start <= t.start < sent.end
        ]
        attached = [t for t in usable if self._governed(ctx.doc, t.start, t.end, trigger)]
        pick: TimeExpr | None = None
        if attached:
            pick = attached[0]
        elif usable:
            pick = min(usable, key=lambda t: abs(t.start - trigger.start))
        if pick is not None and pick.value:
            if pick.precision in _YEAR_LEVEL:
                # a quarter or season dates an event to its year: 2016-Q1 -> 2016
                return pick.value[:4], "year", f"date: from {pick.text!r}", None
            return pick.value, pick.precision, f"date: from {pick.text!r}", None
        anchor, how = self._anchor(ctx.doc, sent_index, dated)
        if anchor is not None and anchor.date:
            why = f"date: {anchor.date} inherited from {how} {anchor.id}"
            return anchor.date, anchor.date_precision, why, anchor
        pub = ctx.article.published
        if pub is not None:
            why = "date: publication date (no date in the text)"
            return pub.date().isoformat(), "day", why, None
        return None, None, "date: unknown (no date in the text, no publication date)", None

    def _anchor(
        self, doc: ParsedDoc, sent_index: int, dated: list[Event]
    ) -> tuple[Event | None, str]:
        earlier = [e for e in dated if e.text_info.sequence < sent_index]
        if not earlier:
            return None, ""
        sent = doc.sentences[sent_index]
        for tok in doc.sentence_tokens(sent):
            if tok.dep != "prep" or tok.lower not in _BACK_REFERENCE_PREPS:
                continue
            for c in doc.children(tok.i):
                noun = doc.tokens[c]
                trigs = self.lexicon.noun_triggers(noun.lemma.lower()) if noun.dep == "pobj" else []
                plover = self.ontology.try_plover(trigs[0].cameo) if trigs else None
                if plover is not None:
                    same = [e for e in earlier if e.event == plover.event]
                    if same:
                        return same[-1], f"the {noun.text} it follows,"
        last = earlier[-1]
        if sent_index - last.text_info.sequence <= 2:
            return last, "the event just before,"
        lead = dated[0]
        if lead.text_info.sequence <= _LEAD_SENTENCES and len(doc.sentences) <= _SHORT_ARTICLE:
            return lead, "the lead event of this short report,"
        return None, ""

    def event_place(
        self, ctx: CodingContext, trigger: Token, anchor: Event | None
    ) -> tuple[Place | None, str]:
        doc = ctx.doc
        sent = doc.sentences[trigger.sent]
        in_sent = [
            p
            for p in ctx.places
            if sent.start <= p.start < sent.end
            and not p.adjectival  # "Russian" says whose, not where
        ]

        def locative(p: Place) -> bool:
            for t in doc.tokens_in(p.start, p.end):
                if t.dep != "pobj":
                    continue
                prep = doc.tokens[t.head]
                if prep.lower == "of" and doc.tokens[prep.head].dep == "pobj":
                    prep = doc.tokens[doc.tokens[prep.head].head]  # "in the city of Kirkuk"
                if prep.lower == "of" and doc.tokens[prep.head].dep == "prep":
                    prep = doc.tokens[prep.head]  # "outside of Basra"
                if prep.lower in _LOCATIVE_PREPS:
                    return True
            return False

        attached = [
            p for p in in_sent if locative(p) and self._governed(doc, p.start, p.end, trigger)
        ]
        if attached:
            return attached[0], f"location: from {attached[0].text!r}"
        loose = [p for p in in_sent if locative(p)]
        if loose:
            p = min(loose, key=lambda p: abs(p.start - trigger.start))
            return p, f"location: {p.text!r} in the same sentence"
        if (
            anchor is not None
            and anchor.event_loc is not None
            and anchor.text_info.sequence == trigger.sent
        ):
            # only within the sentence: the event a date was taken from may lie elsewhere
            return anchor.event_loc, f"location: inherited from {anchor.id}"
        return None, "location: none stated"


def _person_noun(tok: Token) -> bool:
    """A noun with a person's ending that WordNet does not list as a thing only
    ("prisoner", "detainee", "truck drivers"; not "powder")."""
    return tok.lemma.lower().endswith(_PERSON_SUFFIXES) and not is_inanimate(tok.lemma)


def _agents(doc: ParsedDoc, party: EventActor) -> list[Token]:
    """The doer a thing's noun phrase names: "(a bombing) by the group", "a Taliban
    (attack)", "the army's (offensive)"."""
    toks = doc.tokens_in(party.start, party.end)
    if not toks:
        return []
    out: list[Token] = []
    for c in doc.children(toks[-1].i):
        child = doc.tokens[c]
        if child.dep == "prep" and child.lower == "by":
            out += _pobjs(doc, c)
        elif child.dep in ("compound", "poss") and (
            child.pos == "PROPN" or child.ent_type in ("ORG", "NORP", "GPE")
        ):
            out.append(child)
    return out


def _stranded_subject(doc: ParsedDoc, verb: Token) -> list[Token]:
    """The subject the parser hung elsewhere: a sentence's finite main verb with no
    subject, right after a name ("On a visit to X, President Y voiced ...", "USAID
    provided ..." with the acronym read as an adverb), has that name as its subject."""
    if verb.dep != "ROOT" or verb.tag not in ("VBD", "VBZ", "VBP"):
        return []
    j = verb.i - 1
    while (
        j >= 0 and doc.tokens[j].pos in ("ADV", "AUX", "PART") and doc.tokens[j].sent == verb.sent
    ):
        j -= 1  # "USAID has provided", "X also said"
    if j < 0 or doc.tokens[j].sent != verb.sent:
        return []
    name = doc.tokens[j]
    if name.ent_type in _NOT_ACTOR_ENTS or (name.head == verb.i and name.dep == "npadvmod"):
        return []  # "On Friday provided", "Yesterday said"
    acronym = name.text.isupper() and name.text.isalpha() and len(name.text) > 1
    return [name] if name.pos == "PROPN" or acronym else []


def _speech_accusation(doc: ParsedDoc, verb: Token, lemma: str) -> Candidate | None:
    """A statement that accuses: "critics say X ..." criticises (111); "the government
    said the rebels were responsible / behind the attack" blames them (112), unless a
    pronoun may be the speaker's own side ("they were responsible": a claim) or it is
    negated ("were not behind")."""
    kids = [doc.tokens[c] for c in doc.children(verb.i)]
    clauses = [k for k in kids if k.dep == "ccomp"]
    if not clauses:
        return None
    critics = [k for k in kids if k.dep == "nsubj" and k.lemma.lower() in _CRITIC_NOUNS]
    if critics and not any(
        doc.tokens[c].dep in ("poss", "compound", "amod", "prep")
        for c in doc.children(critics[0].i)
    ):
        # whose critics they are ("X's critics", "Kremlin critics", "critics of X") is
        # their target, which the actor finder would take for their side: left uncoded
        trig = Trigger(
            "verb", lemma, (critics[0].lemma.lower(),), _CRITICISM_CODE, _CRITICISM_WEIGHT
        )
        return Candidate(trig, verb, [verb, critics[0]], False)
    for clause in clauses:
        if clause.lemma.lower() not in _COPULAS:
            continue
        parts = [doc.tokens[c] for c in doc.children(clause.i)]
        subject = [p for p in parts if p.dep == "nsubj"]
        if not subject or subject[0].pos == "PRON" or any(p.dep == "neg" for p in parts):
            continue
        blame = [
            p
            for p in parts
            if (p.dep == "acomp" and p.lower == "responsible" and not _duty(doc, p))
            or (p.dep == "prep" and p.lower == "behind")
        ]
        if blame:
            trig = Trigger("verb", lemma, (blame[0].lower,), _BLAME_CODE, _BLAME_WEIGHT)
            return Candidate(trig, verb, [verb, blame[0]], False)
    return None


def _duty(doc: ParsedDoc, adj: Token) -> bool:
    """ "responsible for education" names a duty; "responsible (for the attack / for
    killing X)" an act."""
    for c in doc.children(adj.i):
        if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "for":
            objs = [doc.tokens[g] for g in doc.children(c)]
            return not any(o.dep == "pcomp" or o.pos == "VERB" for o in objs) and not any(
                o.dep == "pobj" and Lexicon.default().noun_triggers(o.lemma.lower()) for o in objs
            )
    return False


def _self_claim(doc: ParsedDoc, verb: Token) -> bool:
    """Whether ``verb`` ("claimed") governs a clause whose subject is a pronoun: the
    speaker's claim of its own act ("claimed that they had attacked the base")."""
    for c in doc.children(verb.i):
        if doc.tokens[c].dep != "ccomp":
            continue
        for g in doc.children(c):
            if (
                doc.tokens[g].dep in ("nsubj", "nsubjpass")
                and doc.tokens[g].lower in _SELF_PRONOUNS
            ):
                return True
    return False


def _statement_content(doc: ParsedDoc, verbs: list[tuple[Token, bool]]) -> set[int]:
    """Statement verbs and what they state: their objects, complements and prepositional
    phrases (only their clauses where ``any_dependent`` is False: "considering a
    resolution demanding X" names a resolution), not their subjects or coordinated clauses."""
    out: set[int] = set()
    for verb, any_dependent in verbs:
        out.add(verb.i)
        for c in doc.children(verb.i):
            dep = doc.tokens[c].dep
            if dep in _CLAUSE_CONTENT_DEPS or (any_dependent and dep not in _NOT_CONTENT_DEPS):
                out.update(doc.subtree(c))
    return out


def _noun_context(doc: ParsedDoc, noun: Token) -> list[Token]:
    """Words an event noun's requirements may name: its modifiers and the objects of its
    prepositions ("cessation of hostilities", "deployment of peacekeepers")."""
    words: list[Token] = []
    for c in doc.children(noun.i):
        t = doc.tokens[c]
        words.append(t)
        if t.dep == "prep":
            for g in doc.children(c):
                if doc.tokens[g].dep == "pobj":
                    words.append(doc.tokens[g])
                    words.extend(doc.tokens[k] for k in _np_words(doc, g, depth=1))
    return words


def _predicated_subjects(doc: ParsedDoc, word: Token) -> list[Token]:
    """The subject a culpability adjective predicates an act of: "X is guilty of
    violating ...", "X was responsible for the killings".  Empty otherwise (a predicate
    noun such as "his comments were a recognition that ..." names no act of its own)."""
    head = doc.tokens[word.head]
    if word.dep not in ("pobj", "pcomp") or head.dep != "prep" or head.head == head.i:
        return []
    adj = doc.tokens[head.head]
    if adj.pos != "ADJ" or adj.dep != "acomp" or adj.lower not in _CULPABLE_ADJECTIVES:
        return []
    verb = doc.tokens[adj.head]
    if verb.lemma.lower() not in _COPULAS or adj.head == adj.i:
        return []
    return _with_conjuncts(
        doc, [doc.tokens[c] for c in doc.children(verb.i) if doc.tokens[c].dep == "nsubj"]
    )


def _described_by(doc: ParsedDoc, noun: Token) -> list[Token]:
    """The subject a predicate noun describes: "X is the largest donor", "X remains one
    of the main donors"; empty when the noun is no predicate."""
    word = noun
    head = doc.tokens[word.head]
    if word.dep == "pobj" and head.lower == "of" and head.head != head.i:
        word = doc.tokens[head.head]  # "one of the donors"
        if word.lower != "one" or word.dep != "attr":
            return []
    if word.dep != "attr" or word.head == word.i:
        return []
    verb = doc.tokens[word.head]
    if verb.lemma.lower() not in _COPULAS:
        return []
    return _with_conjuncts(
        doc, [doc.tokens[c] for c in doc.children(verb.i) if doc.tokens[c].dep == "nsubj"]
    )


def _question(doc: ParsedDoc, clause: Token) -> bool:
    """Whether a complement clause is an indirect question ("how X would ...", "whether
    X will ..."): its subject is talked about, not addressed."""
    return any(
        doc.tokens[c].tag in ("WRB", "WP", "WDT")
        or (doc.tokens[c].dep == "mark" and doc.tokens[c].lower in ("if", "whether"))
        for c in doc.children(clause.i)
    )


def _topic(doc: ParsedDoc, tok: Token) -> bool:
    """Whether ``tok`` is what an act is about ("information on X", "talks over X")."""
    head = doc.tokens[tok.head]
    return tok.dep == "pobj" and head.lower in _TOPIC_PREPS | {"on"}


def _first_person_subject(doc: ParsedDoc, clause: Token) -> bool:
    return any(
        doc.tokens[c].dep in _SUBJ and doc.tokens[c].lower in ("we", "i")
        for c in doc.children(clause.i)
    )


def _clause_subjects(doc: ParsedDoc, noun: Token) -> list[Token]:
    """Who is to act in a noun's clause: "the demand that the US ease sanctions"."""
    return _with_conjuncts(
        doc,
        [
            doc.tokens[g]
            for c in doc.children(noun.i)
            if doc.tokens[c].dep in ("acl", "ccomp") and doc.tokens[c].pos in ("VERB", "AUX")
            for g in doc.children(c)
            if doc.tokens[g].dep == "nsubj"
        ],
    )


#: verbs whose coordinated subjects undertake the clause they govern together
_JOINT_VERBS = {"agree"}


def _agreed_act(doc: ParsedDoc, verb: Token) -> bool:
    """Whether the act is what its doers agree on: "X and Y agreed to end the fighting",
    "agreed to give concessions" -- each undertakes it toward the other."""
    return (
        verb.dep == "xcomp"
        and verb.head != verb.i
        and doc.tokens[verb.head].lemma.lower() in _JOINT_VERBS
    )


def _stranded_object(doc: ParsedDoc, prep: Token) -> list[Token]:
    """The object of a preposition the parser left bare, read as the subject of a
    reduced relative after it: "granted asylum to [five officers holed up in X]"; not an
    absolute "with" clause ("with a bomber blowing himself up")."""
    if prep.lower == "with":
        return []
    after = prep.i + 1
    return [
        t
        for t in doc.tokens[after : after + 16]
        if t.dep in _SUBJ
        and t.pos in ("NOUN", "PROPN")
        and min(doc.subtree(t.i)) == after
        and doc.tokens[t.head].dep in ("advcl", "relcl", "acl", "ccomp", "pcomp")
    ][:1]


def _with_conjuncts(doc: ParsedDoc, toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    stack = list(toks)
    while stack:
        t = stack.pop(0)
        if t not in out:
            out.append(t)
        stack.extend(doc.tokens[c] for c in doc.children(t.i) if doc.tokens[c].dep == "conj")
    return out


def _deeper_partners(doc: ParsedDoc, verb: Token, objects: list[Token]) -> list[Token]:
    """Second-choice recipients: partners of the verb's objects ("aid to X", "offered
    concessions to X") and the objects and partners of the clause it governs ("agreed
    to provide aid for X")."""
    out: list[Token] = []

    def partners(head: Token, preps: set[str]) -> None:
        for c in doc.children(head.i):
            p = doc.tokens[c]
            if p.dep == "prep" and p.lower in preps:
                objs = _pobjs(doc, c)
                out.extend(_with_conjuncts(doc, objs))

    def owners(head: Token) -> None:
        # "rejected X's proposal", "rejected calls by X": whose the proposal is; but
        # "released his fiancee": the person is the party, not whose relative she is
        if head.lemma.lower() in _KIN_OBJECT_NOUNS:
            return
        out.extend(doc.tokens[c] for c in doc.children(head.i) if doc.tokens[c].dep == "poss")
        partners(head, {"by"})

    def aimed(head: Token) -> None:
        # "lift the ban on X", "remove sanctions against X": whom the curb is aimed at
        if head.lemma.lower() in _CURB_NOUNS:
            partners(head, {"on", "against", "upon"})

    def imposers(head: Token) -> None:
        # "lifted the sanctions imposed on X", "eased curbs placed on X": whom the
        # participle's act was aimed at
        for c in doc.children(head.i):
            # "the embargo it has imposed on X" too
            if (doc.tokens[c].dep == "acl" and doc.tokens[c].tag == "VBN") or (
                doc.tokens[c].dep == "relcl" and doc.tokens[c].lemma.lower() in _IMPOSING_VERBS
            ):
                partners(doc.tokens[c], {"on", "against", "upon"})

    for obj in objects:
        partners(obj, _NOUN_PARTY_PREPS | {"for"})
        owners(obj)
        imposers(obj)
        aimed(obj)
        # "announced a suspension of air links with X", "the lifting of sanctions on X":
        # the act's noun is named through "of"; its partner is the target
        for c in doc.children(obj.i):
            if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "of":
                for g in doc.children(c):
                    if doc.tokens[g].dep == "pobj" and doc.tokens[g].pos == "NOUN":
                        partners(doc.tokens[g], {"with", "between", "against", "to"})
                        aimed(doc.tokens[g])
    clauses = _governed_clauses(doc, verb)
    verb_objects = [doc.tokens[c] for c in doc.children(verb.i) if doc.tokens[c].dep == "dobj"]
    for obj in verb_objects:
        if obj not in objects:
            imposers(obj)  # "lifted the sanctions imposed on X": the act's own noun
    for head in [verb, *verb_objects]:
        for c in doc.children(head.i):
            p = doc.tokens[c]
            # "a hunger strike in protest at X's refusal", "in defiance of X", "stopped
            # work in response to X's decision"
            if p.dep == "prep" and p.lower == "in":
                for g in doc.children(c):
                    if doc.tokens[g].lemma.lower() in _STANCE_NOUNS:
                        partners(doc.tokens[g], {"of", "at", "against", "with", "to"})
            # "called off the strike after talks with X": the other side of what ended it
            elif p.dep == "prep" and p.lower in ("after", "following") and head is verb:
                for g in doc.children(c):
                    if doc.tokens[g].dep == "pobj" and doc.tokens[g].pos == "NOUN":
                        partners(doc.tokens[g], {"with", "between"})
                    elif doc.tokens[g].dep == "pcomp" and doc.tokens[g].pos == "VERB":
                        # "after reaching agreement with X", "after meeting with X"
                        partners(doc.tokens[g], {"with"})
                        for o in doc.children(g):
                            if doc.tokens[o].dep == "dobj":
                                partners(doc.tokens[o], {"with", "between"})
            # "mobilized troops for an assault against X": whom the purpose is aimed at
            elif p.dep == "prep" and p.lower == "for":
                for g in doc.children(c):
                    if doc.tokens[g].dep == "pobj" and doc.tokens[g].pos == "NOUN":
                        partners(doc.tokens[g], {"against", "on"})
    for clause in clauses:
        # "demanded that the US cancel the sale": who is to act is the one addressed
        subjects = [
            doc.tokens[c]
            for c in doc.children(clause.i)
            if clause.dep == "ccomp" and doc.tokens[c].dep == "nsubj"
        ]
        out.extend(_with_conjuncts(doc, subjects))
        objs = [
            doc.tokens[c]
            for c in doc.children(clause.i)
            if doc.tokens[c].dep in ("dobj", "dative", "iobj")
        ]
        out.extend(_with_conjuncts(doc, objs))
        partners(clause, _RECIPIENT_PREPS)
        # "refused to commit to assistance to X": the partner of the act's noun the
        # clause goes to
        objs += [
            doc.tokens[g]
            for c in doc.children(clause.i)
            if doc.tokens[c].dep == "prep" and doc.tokens[c].lower in ("to", "for")
            for g in doc.children(c)
            if doc.tokens[g].dep == "pobj" and doc.tokens[g].pos == "NOUN"
        ]
        for obj in objs:
            partners(obj, _NOUN_PARTY_PREPS | {"for"})
            owners(obj)
            imposers(obj)
            aimed(obj)
    out.extend(_condition_subjects(doc, [verb, *clauses]))
    if verb.dep == "advcl" and verb.head != verb.i and _purpose(doc, verb):
        # "called X to congratulate him", "phoned X to express support": whom the
        # purpose clause's act is for is whom its governing act reaches
        out.extend(
            _with_conjuncts(
                doc,
                [
                    doc.tokens[c]
                    for c in doc.children(verb.head)
                    # the parser may call the object "oprd" ("X, called Y to ...")
                    if doc.tokens[c].dep in ("dobj", "oprd")
                    and doc.tokens[c].pos in ("PROPN", "NOUN")
                ],
            )
        )
    return out


def _aimed_at(doc: ParsedDoc, tok: Token) -> bool:
    """Whether a deeper partner is whom an act is aimed at or put to ("an assault
    against X", "talks with X", "demands met by X"), not what a clause makes or is
    for ("agreed to set up the X Centre", "aid for X Relief")."""
    if tok.dep == "pobj":
        return doc.tokens[tok.head].lower in _AIMED_PREPS
    return tok.dep in _SUBJ or tok.dep == "poss"


def _named(doc: ParsedDoc, tok: Token) -> bool:
    """Whether a word is a name or carries one ("Hamas", "Kurdish fighters")."""
    return (
        tok.pos == "PROPN"
        or tok.ent_type in _PARTY_ENTS
        or any(
            doc.tokens[c].dep in ("amod", "compound")
            and doc.tokens[c].ent_type in ("NORP", "GPE", "ORG")
            for c in doc.children(tok.i)
        )
    )


def _governed_clauses(doc: ParsedDoc, verb: Token) -> list[Token]:
    """The clauses a verb governs ("agreed to provide"), of purpose ("sent troops to
    help") and one level further ("refused to allow UN planes to land"), but not what
    is said or asked about ("refused to say whether X would stay")."""
    clauses = [
        doc.tokens[c]
        for c in doc.children(verb.i)
        if (
            doc.tokens[c].dep in ("xcomp", "ccomp")
            or (doc.tokens[c].dep == "advcl" and _purpose(doc, doc.tokens[c]))
        )
        and doc.tokens[c].pos in ("VERB", "AUX")
    ]
    return clauses + [
        doc.tokens[c]
        for clause in clauses
        if not Lexicon.default().is_speech_verb(clause.lemma.lower())
        for c in doc.children(clause.i)
        if doc.tokens[c].dep in ("xcomp", "ccomp") and doc.tokens[c].pos in ("VERB", "AUX")
    ]


def _condition_subjects(doc: ParsedDoc, heads: list[Token]) -> list[Token]:
    """Whom a condition is put to: "threatened to strike unless Israel withdrew", "will
    not end the strike until the authorities meet our demands"."""
    out: list[Token] = []
    for head in heads:
        for c in doc.children(head.i):
            cond = doc.tokens[c]
            marks = {doc.tokens[m].lower for m in doc.children(c) if doc.tokens[m].dep == "mark"}
            if cond.dep == "advcl" and marks & {"if", "unless", "until"}:
                out.extend(doc.tokens[g] for g in doc.children(c) if doc.tokens[g].dep == "nsubj")
                # "until our demands are met by the authorities": who is to meet them
                out.extend(
                    doc.tokens[o]
                    for g in doc.children(c)
                    if doc.tokens[g].dep == "agent"
                    for o in doc.children(g)
                    if doc.tokens[o].dep == "pobj"
                )
    return out


def _place_party(ctx: CodingContext, tok: Token) -> EventActor | None:
    """A resolved place (not a demonym) at ``tok``, as a party coded by its country."""
    for p in ctx.places:
        if p.start < tok.end and tok.start < p.end and p.code and not p.adjectival:
            return EventActor(None, p.code, (), p.text, p.start, p.end)
    return None


#: prepositions of a group's own phrase that tie it to a country or a body
_PLACING_PREPS = {"in", "of", "from", "throughout", "across", "inside", "to"}
#: ... to a place ("rebels in X", "students throughout X", "inhabitants of X")
_PLACE_PARTY_PREPS = {"in", "of", "from", "throughout", "across", "inside"}
#: ... to a body or person it belongs to ("workers of X", "activists from X", "loyal to X")
_OWNER_PARTY_PREPS = {"of", "from", "to"}
#: words of a group's phrase that say where it belongs ("based in X", "loyal to X"), not
#: where it was sent ("troops sent to X", "observers deployed in X")
_BELONGING_WORDS = {"base", "live", "reside", "operate", "loyal", "affiliate", "link", "ally",
                    "flee", "belong", "native"}  # fmt: skip
#: people often in a country not their own: armed forces and spies, envoys, visitors
#: (refugees: where they are is their host, not their state: "refugees in Lebanon")
_OUTSIDER_SECTORS = {"MIL", "SPY", "REF"}
_VISITOR_NOUNS = {"diplomat", "envoy", "ambassador", "consul", "emissary", "observer", "monitor",
                  "inspector", "investigator", "mediator", "delegate", "delegation", "tourist",
                  "visitor", "expert", "adviser", "advisor", "volunteer", "contractor",
                  "correspondent", "peacekeeper"}  # fmt: skip
#: people named by whom they act on, not whom they belong to: "critics of X", "the
#: kidnappers of X", "victims of X"
_NON_MEMBER_NOUNS = {"critic", "opponent", "enemy", "foe", "rival", "victim", "hostage",
                     "captor", "kidnapper", "abductor", "killer", "murderer", "attacker",
                     "assailant", "assassin", "detractor", "challenger", "accuser"}  # fmt: skip
_PLACE_NOTE = "recipient: the place where the act happens"
#: endings of nouns for followers and members ("fundamentalist", "militant", "refugee")
_MEMBER_SUFFIXES = ("ist", "ee", "ant", "ian", "ite")
#: CAMEO roots of force (assault, fight, mass violence)
_FORCE_ROOTS = ("18", "19", "20")
#: ... and of coercion only a state uses (arrests, expulsions, bans), when passive
_STATE_FORCE_ROOTS = ("17",)
#: sectors of a state's own civil body, whose country a party outside the state facing
#: it takes
_HOME_STATE_SECTORS = {"GOV", "LEG", "JUD", "COP"}
#: sectors of parties that contend for their own state (parties, opposition, rebels)
_DOMESTIC_SECTORS = {"PTY", "OPP", "REB"}
#: sectors of parties that deal with other states as often as with their own
_NON_HOME_SECTORS = {"GOV", "LEG", "MIL", "SPY", "COP", "IGO", "NGO"}
#: people away from home, and bodies that may work anywhere ("a rights organisation")
_NON_HOME_NOUNS = {"immigrant", "migrant", "emigrant", "expatriate", "foreigner", "exile",
                   "organization", "organisation", "agency", "charity", "committee",
                   "commission", "watchdog", "mission", "team"}  # fmt: skip
_NOT_AT_HOME_NOUNS = _VISITOR_NOUNS | _NON_HOME_NOUNS
#: a state's bodies that often act abroad: those they act on are not placed by them
#: (an embassy or consulate is its state's body abroad: "militants fired at the US embassy
#: in Baghdad" are not American)
_ABROAD_BODY_NOUNS = {"agency", "mission", "team", "embassy", "consulate"}
#: the places of a state: a party that attacks or contests them contends for that state
#: ("rebels shelled Syrian towns"), unlike its ships, bases or interests anywhere
_STATE_PLACE_NOUNS = {
    "territory", "soil", "land", "town", "city", "village", "capital", "region", "province",
    "district", "border", "frontier", "airspace",
    "election", "vote", "poll", "referendum", "parliament", "constitution",
}  # fmt: skip
#: words that put a group abroad ("foreign journalists")
_FOREIGN_WORDS = {"foreign", "international", "overseas", "expatriate", "exiled", "visiting"}
#: prepositions that say where a group is, not whose it is
_LOCATIVE_PARTY_PREPS = {"in", "throughout", "across", "inside"}


#: dependents naming what a noun phrase is part of ("Gaza residents", "X Association
#: officials")
_NAME_DEPS = {"compound", "nmod"}


def _placed(ctx: CodingContext, kb: KnowledgeBase, tok: Token, party: EventActor) -> EventActor:
    """An uncoded group or person takes the country its own phrase places it in or
    ties it to: "rebels in the Ivory Coast", "militias in Tripoli", "workers of the
    X Company of Tehran", "supporters of President X", "militants loyal to X"."""
    doc = ctx.doc
    lemma = tok.lemma.lower()
    groups = _GROUP_NOUNS | _QUANTITY_NOUNS  # "opposition groups in X"
    if tok.pos != "NOUN" or not (
        kb.role(lemma) is not None or lemma in groups or _person_noun(tok)
    ):
        return party
    role = kb.role(lemma)
    # "peacekeepers in X", "observers in X": where they are is not whose they are
    outsider = (
        lemma in _VISITOR_NOUNS
        or bool(set(party.sector) & _OUTSIDER_SECTORS)  # "refugee families" (REF)
        or (role is not None and bool(set(role.sector) & _OUTSIDER_SECTORS))
        # "refugee populations in Lebanon": refugees, hosted there
        or any(
            doc.tokens[c].lemma.lower() == "refugee" and doc.tokens[c].dep in ("compound", "amod")
            for c in doc.children(tok.i)
        )
    )
    # "Montenegro Municipality Association officials", "Gaza residents": a place named
    # in the noun phrase itself
    # (not "Iran-backed militias", "anti-Syria journalists": a modifier's own word)
    names = [doc.tokens[c] for c in doc.children(tok.i) if doc.tokens[c].dep in _NAME_DEPS]
    while names:
        t = names.pop()
        # not a person's name ("Bush administration officials") nor a dateline
        # ("PARIS (Reuters) - Fighters ...")
        named = t.ent_type != "PERSON" and not (t.text.isupper() and len(t.text) > 3)
        if named and (pl := _place_party(ctx, t)) is not None:
            return replace(party, code=pl.code)
        names += [doc.tokens[c] for c in doc.children(t.i) if doc.tokens[c].dep in _NAME_DEPS]
    for c in doc.children(tok.i):
        p = doc.tokens[c]
        heads = [p] if p.lower != "to" else []  # "released X to Y": Y receives X
        # "refugees fleeing the war in Liberia": where they fled from is theirs (only a
        # participle's own phrases are read below, and of flight verbs only "flee" is a
        # belonging word)
        fled = p.dep == "acl" and p.lemma.lower() == "flee"
        if p.dep in ("acl", "amod") and p.pos in ("VERB", "ADJ"):
            # "a newspaper based in X", "guerrillas operating in X", "loyal to X"
            heads = [
                doc.tokens[g]
                for g in doc.children(c)
                if doc.tokens[g].dep == "prep" and p.lemma.lower() in _BELONGING_WORDS
            ]
        for h in heads:
            if h.dep != "prep" or h.lower not in _PLACING_PREPS:
                continue
            for g in doc.children(h.i):
                obj = doc.tokens[g]
                if obj.dep != "pobj":
                    continue
                owner = h.lower in _OWNER_PARTY_PREPS and lemma not in _NON_MEMBER_NOUNS
                code = _owner_code(ctx, obj) if owner else None
                if (
                    code is None
                    and h.lower in _PLACE_PARTY_PREPS
                    and not (outsider and h.lower in _LOCATIVE_PARTY_PREPS and not fled)
                    and not (h.lower == "of" and lemma in _NON_MEMBER_NOUNS)
                ):
                    code = next(
                        (
                            pl.code
                            for t in _named_place(doc, obj)
                            if (pl := _place_party(ctx, t)) is not None
                        ),
                        None,
                    )
                if code:
                    return replace(party, code=code)
    return party


def _state_body(doc: ParsedDoc, party: EventActor) -> bool:
    """A state's own civil body or officer, at home (not its forces or spies, nor a body
    that works anywhere: the people "the Spanish maritime rescue agency" saves at sea are
    not Spanish)."""
    sectors = set(party.sector)
    if not (
        party.code
        and party.actor_id is not None
        and sectors & _HOME_STATE_SECTORS
        and not sectors & _OUTSIDER_SECTORS
    ):
        return False
    toks = doc.tokens_in(party.start, party.end)
    head = toks[-1] if toks else None
    # the slot may be the demonym alone ("Spanish" of "the Spanish rescue agency")
    while head is not None and head.dep in ("amod", "compound") and head.head > head.i:
        head = doc.tokens[head.head]
    return head is None or head.lemma.lower() not in _ABROAD_BODY_NOUNS


def _state_itself(ctx: CodingContext, party: EventActor) -> bool:
    """Whether a party is a state named as such ("Algeria", "Algeria's elections")."""
    actor = ctx.actors.by_id(party.actor_id) if party.actor_id else None
    if actor is None or actor.kind != "state" or not party.code:
        return False
    # a demonym or name on another noun names the state only for its places and its own
    # polity ("Syrian towns", "Algerian elections"), not for its things abroad: the rebels
    # who "targeted Israeli shipping" or fired at "US warships" are not Israeli or American
    toks = ctx.doc.tokens_in(party.start, party.end)
    head = toks[-1] if toks else None
    if head is None or head.dep not in ("amod", "compound", "nmod") or head.head < head.i:
        return True  # the mention names the state itself ("Israel", "the country")
    while head.dep in ("amod", "compound", "nmod") and head.head > head.i:
        head = ctx.doc.tokens[head.head]
    return head.pos == "PROPN" or head.lemma.lower() in _STATE_PLACE_NOUNS


def _named_mention(ctx: CodingContext, actor: Actor, span: tuple[int, int]) -> tuple[int, int]:
    """For a pronoun ("X said he would ..."), the actor's nearest named mention before it in
    the same sentence: the party shown by its name."""
    doc = ctx.doc
    toks = doc.tokens_in(span[0], span[1])
    if not toks or any(t.pos != "PRON" for t in toks):
        return span
    sent = doc.sentences[toks[0].sent]
    named = [
        (m.start, m.end)
        for m in actor.mentions
        if sent.start <= m.start
        and m.end <= span[0]
        and (words := doc.tokens_in(m.start, m.end))
        and any(t.pos != "PRON" and t.pos != "DET" for t in words)
    ]
    return max(named) if named else span


def _sited(ctx: CodingContext, kb: KnowledgeBase, party: EventActor) -> EventActor:
    """An uncoded target takes the place named "in" its own phrase ("an orphanage in X",
    "a school at Y"), unless it names people often abroad ("peacekeepers in X")."""
    doc = ctx.doc
    toks = doc.tokens_in(party.start, party.end)
    if not toks or toks[-1].pos not in ("NOUN", "PROPN"):
        return party
    head = toks[-1]
    role = kb.role(head.lemma.lower())
    if head.lemma.lower() in _VISITOR_NOUNS or (
        role is not None and set(role.sector) & _OUTSIDER_SECTORS
    ):
        return party
    for c in doc.children(head.i):
        prep = doc.tokens[c]
        if prep.dep != "prep" or prep.lower not in ("in", "at", "inside"):
            continue
        for g in doc.children(c):
            if doc.tokens[g].dep != "pobj":
                continue
            for t in _named_place(doc, doc.tokens[g]):
                if (pl := _place_party(ctx, t)) is not None:
                    return replace(party, code=pl.code)
    return party


def _owner_code(ctx: CodingContext, tok: Token) -> str | None:
    """The country of the coded actor a phrase names ("the X Company", "President X")."""
    aid = ctx.actors.at(tok.start, tok.end)
    if aid is None:
        for j in _np_tokens(ctx.doc, tok):
            t = ctx.doc.tokens[j]
            if t.pos != "PRON" and (aid := ctx.actors.at(t.start, t.end)) is not None:
                break
    actor = ctx.actors.by_id(aid) if aid else None
    return actor.code if actor is not None else None


#: words opening a clause of the same moment as the act ("when they blew up ... in X")
_MOMENT_WORDS = {"when", "while", "as"}


def _locations(doc: ParsedDoc, verb: Token, objects: list[Token]) -> list[Token]:
    """Named places "in" which the verb, its objects (the act's own noun too: "imposed a
    curfew in X") or its complement clause act."""
    heads = [verb, *objects]
    heads += [
        doc.tokens[c]
        for c in doc.children(verb.i)
        if doc.tokens[c].dep in ("xcomp", "ccomp") and doc.tokens[c].pos in ("VERB", "AUX")
    ]
    heads += [doc.tokens[c] for h in heads[len(objects) + 1 :] for c in doc.children(h.i)
              if doc.tokens[c].dep == "dobj"]  # fmt: skip
    heads += [doc.tokens[c] for c in doc.children(verb.i)
              if doc.tokens[c].dep == "dobj" and doc.tokens[c] not in heads]  # fmt: skip
    # "killed 23 people when they blew themselves up in X": the clause of the same moment
    heads += [doc.tokens[c] for c in doc.children(verb.i)
              if doc.tokens[c].dep == "advcl"
              and any(doc.tokens[m].dep in ("advmod", "mark")
                      and doc.tokens[m].lower in _MOMENT_WORDS
                      for m in doc.children(c))]  # fmt: skip
    # "remained on alert in X", "agreed to a ceasefire in X": the act's noun after a
    # preposition; "eased the curfew imposed in X": the participle on the act's noun
    heads += _prep_objects(doc, verb.i, ("on", "to"))
    heads += [doc.tokens[c] for h in heads[1:] for c in doc.children(h.i)
              if doc.tokens[c].dep == "acl" and doc.tokens[c].tag == "VBN"]  # fmt: skip
    out: list[Token] = []
    if verb.dep == "advcl" and verb.head != verb.i and _purpose(doc, verb):
        # "sent experts to X to investigate": the purpose is served where they are sent
        gov = doc.tokens[verb.head]
        # the parser may hang "to X" on what is sent ("a team of experts to X")
        sent = [gov.i, *(c for c in doc.children(gov.i) if doc.tokens[c].dep == "dobj")]
        sent += [g for j in sent[1:] for g in _np_words(doc, j)]
        out += [
            p
            for j in sent
            for c in doc.children(j)
            if doc.tokens[c].dep == "prep" and doc.tokens[c].lower in ("to", "into")
            for g in doc.children(c)
            if doc.tokens[g].dep == "pobj"
            for p in _named_place(doc, doc.tokens[g])
        ]
    for h in heads:
        for c in doc.children(h.i):
            p = doc.tokens[c]
            if p.dep == "prep" and p.lower == "in":
                for o in _pobjs(doc, c):
                    out.extend(_named_place(doc, o))
            elif p.dep == "relcl" and h is not verb and h.pos == "NOUN":
                # "a general strike that shut down X", "a storm which hit X": the place the
                # act itself ("that", "which") struck
                subs = [doc.tokens[g] for g in doc.children(c) if doc.tokens[g].dep in _SUBJ]
                if subs and all(t.lower in ("that", "which") for t in subs):
                    out.extend(
                        t
                        for g in doc.children(c)
                        if doc.tokens[g].dep == "dobj"
                        for t in _named_place(doc, doc.tokens[g])
                    )
    return out


def _farther_places(doc: ParsedDoc, verb: Token) -> list[Token]:
    """Named places a preposition gives anywhere below the act's word, nearest first:
    "aid for those affected in Yemen", "donor of assistance in Iraq", "withdraw as soon as
    a force is sent to Lebanon".  The doer's own phrase and other events' clauses joined
    by "and" are not searched."""
    out: list[Token] = []
    queue = [
        c
        for c in doc.children(verb.i)
        if doc.tokens[c].dep not in _SUBJ and doc.tokens[c].dep not in ("conj", "cc")
    ]
    while queue:
        tok = doc.tokens[queue.pop(0)]
        if tok.dep == "prep" and tok.lower in _PLACE_PREPS:
            for o in _pobjs(doc, tok.i):
                out.extend(_named_place(doc, o))
        if _searched_below(doc, tok):
            queue.extend(c for c in doc.children(tok.i) if doc.tokens[c].dep not in _SUBJ)
    return out


def _searched_below(doc: ParsedDoc, tok: Token) -> bool:
    """Whether the search for an act's farther place goes on below ``tok``: not into a
    clause that only says where someone is ("refused to take back fighters, of whom 150
    are thought to be in X", "sought approval for its troops to remain in X"): being
    somewhere is a state, not what the act is done to.  (Other clauses still lead to the
    act's target: "gave money to promote investment in X", "after protests calling for
    his removal in X".)"""
    return not (
        tok.pos in ("VERB", "AUX")
        and tok.dep not in ("aux", "auxpass")
        and tok.lemma.lower() in _BEING_VERBS
    )


def _farther_words(doc: ParsedDoc, verb: Token, stop: int) -> list[Token]:
    """The words below the act's word met before ``stop`` in the search of
    ``_farther_places`` (the doer's phrase and joined clauses left out)."""
    out: list[Token] = []
    queue = [
        c
        for c in doc.children(verb.i)
        if doc.tokens[c].dep not in _SUBJ and doc.tokens[c].dep not in ("conj", "cc")
    ]
    while queue and queue[0] != stop:
        tok = doc.tokens[queue.pop(0)]
        out.append(tok)
        if _searched_below(doc, tok):
            queue.extend(c for c in doc.children(tok.i) if doc.tokens[c].dep not in _SUBJ)
    return out


def _named_place(doc: ParsedDoc, tok: Token) -> list[Token]:
    """The named place a locative phrase gives: "Kashmir", "the town of Cizre", "parts of
    Kashmir", "the capital Kabul"."""
    if tok.ent_type in ("GPE", "LOC"):
        return [tok]
    out: list[Token] = []
    for c in doc.children(tok.i):
        t = doc.tokens[c]
        if t.dep == "appos":
            out.append(t)
        elif t.dep == "prep" and t.lower == "of" and not _act_noun(tok):
            out.extend(_pobjs(doc, c))
    return [t for t in out if t.ent_type in ("GPE", "LOC")]


def _act_noun(tok: Token) -> bool:
    """Whether a noun names an act ("the partitioning of X", "the occupation of X"): its
    "of" phrase is what the act is on, not the place a locative phrase names (as in "the
    town of X", "parts of X")."""
    lemma = tok.lemma.lower()
    return (
        tok.pos == "NOUN"
        and lemma.endswith(_ACT_NOUN_ENDINGS)
        and lemma not in _PLACE_NOUNS_LIKE_ACTS
    )


def _noun_parties(doc: ParsedDoc, noun: Token) -> list[Token]:
    """Names inside a trigger noun's phrase: "an OPEC meeting", "a meeting of NATO",
    "Iraq's proposal", "two Russian diplomats", "a call by X"."""
    out: list[Token] = []
    for c in doc.children(noun.i):
        t = doc.tokens[c]
        if (
            (t.dep == "compound" and t.pos == "PROPN")
            or t.dep == "poss"
            or (t.dep == "amod" and t.ent_type in ("NORP", "GPE"))
        ):
            out.append(t)
        elif t.dep == "prep" and t.lower in ("of", "by", "from"):
            out.extend(_pobjs(doc, c))
    return out


def _purpose(doc: ParsedDoc, clause: Token) -> bool:
    """Whether an adverbial clause is an infinitive of purpose: "sent troops to help"."""
    return any(
        doc.tokens[c].dep == "aux" and doc.tokens[c].lower == "to" for c in doc.children(clause.i)
    )


def _finite_participle(doc: ParsedDoc, verb: Token) -> bool:
    """Whether a participle the parser hung on a noun is the clause's finite verb: set off
    by a comma and taking an object ("Khan, called Erdogan on Friday to ..."; the parser may
    call it "oprd"), which a
    reduced relative ("the troops sent to X") does not."""
    kids = [doc.tokens[c] for c in doc.children(verb.i)]
    return (
        verb.i > 0
        and doc.tokens[verb.i - 1].lower == ","
        and any(k.dep in ("dobj", "oprd") and k.pos in ("PROPN", "NOUN") for k in kids)
        and not any(k.dep == "auxpass" for k in kids)
    )


def _infinitive(doc: ParsedDoc, verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to intervene")."""
    return verb.tag == "VB" and any(
        doc.tokens[c].dep == "aux" and doc.tokens[c].lower == "to" for c in doc.children(verb.i)
    )


def _substance(doc: ParsedDoc, tok: Token) -> Token:
    """The word naming the participant: "thousands of Kurds" -> Kurds; "it" in
    "Japan said it had halted aid" -> Japan."""
    if tok.lemma.lower() in _QUANTITY_NOUNS or tok.ent_type == "CARDINAL":
        for c in doc.children(tok.i):
            if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "of":
                objs = [g for g in doc.children(c) if doc.tokens[g].dep == "pobj"]
                if objs:
                    return doc.tokens[objs[0]]
    if tok.lower in ("it", "they", "we") and tok.dep == "nsubj":
        clause = doc.tokens[tok.head]
        if clause.dep == "ccomp" and clause.head != clause.i:
            speaker = [
                doc.tokens[c]
                for c in doc.children(clause.head)
                if doc.tokens[c].dep == "nsubj" and doc.tokens[c].pos in ("PROPN", "NOUN")
            ]
            if speaker:
                return speaker[0]
    return tok


def _np_words(doc: ParsedDoc, head: int, depth: int = 3) -> list[int]:
    """Nouns and modifiers of a noun phrase, through "of" phrases, without clauses."""
    out: list[int] = []
    frontier = [head]
    for _ in range(depth):
        nxt: list[int] = []
        for i in frontier:
            for c in doc.children(i):
                t = doc.tokens[c]
                if t.dep in ("compound", "amod", "pobj", "nmod") or (
                    t.dep == "prep" and t.lower == "of"
                ):
                    out.append(c)
                    nxt.append(c)
        frontier = nxt
    return out


def _munition(doc: ParsedDoc, verb: Token, tok: Token) -> bool:
    """Whether ``tok`` is a weapon that ``verb`` sends at a target ("fired a missile",
    "launched a salvo of rockets", "fired live rounds").  Only for verbs of firing and
    throwing, and not "shot down a drone", "shot a protester": what is shot down or
    shot is hit."""
    lemma = verb.lemma.lower()
    if lemma not in _LAUNCHING_VERBS or tok.pos != "NOUN":
        return False
    if lemma == "shoot" and any(
        doc.tokens[c].dep == "prt" and doc.tokens[c].lower == "down" for c in doc.children(verb.i)
    ):
        return False
    # "a salvo of missiles", "a barrage of rockets"
    heads = [tok, *_prep_objects(doc, tok.i, ("of",))]
    for h in heads:
        word = h.lemma.lower()
        if word in _MUNITION_NOUNS:
            return True
        if word == "drone" and lemma in ("launch", "fire"):
            return True
        if word == "round" and any(doc.tokens[c].lower in _ROUND_WORDS for c in doc.children(h.i)):
            return True
    return False


def _wielded(doc: ParsedDoc, verb: Token, tok: Token) -> bool:
    """Whether ``tok`` is the weapon after the verb's own "with" ("attacked X with
    drones"): a munition or weapon noun, not a party ("clashed with police")."""
    prep = doc.tokens[tok.head]
    return (
        tok.dep == "pobj"
        and tok.pos == "NOUN"
        and prep.lower == "with"
        and prep.head == verb.i
        and tok.lemma.lower() in _WIELDED_NOUNS
    )


def _firers(doc: ParsedDoc, tok: Token) -> list[Token]:
    """Who a weapon's participle says fired it: "a missile fired by X", "rockets launched
    by X" (the agent of a verb of firing on a munition noun; no one for "a missile fired
    from X", which says only where from)."""
    if tok.pos != "NOUN":
        return []
    out: list[Token] = []
    for c in doc.children(tok.i):
        verb = doc.tokens[c]
        if verb.dep == "acl" and verb.tag == "VBN" and _munition(doc, verb, tok):
            for a in doc.children(c):
                if doc.tokens[a].dep == "agent":
                    out += _with_conjuncts(doc, _pobjs(doc, a))
    return out


def _aimed_at_place(doc: ParsedDoc, verb: Token, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is what a verb of firing is aimed at ("fired at
    X", "rockets were fired into X", "fired missiles toward X")."""
    if verb.lemma.lower() not in _LAUNCHING_VERBS:
        return False
    for tok in doc.tokens_in(start, end):
        prep = doc.tokens[tok.head]
        if tok.dep == "pobj" and prep.lower in _AIMING_PREPS and prep.head != prep.i:
            head = doc.tokens[prep.head]
            if head is verb or _munition(doc, verb, head):
                return True
    return False


def _pobjs(doc: ParsedDoc, prep: int) -> list[Token]:
    """The objects of a preposition ("on [X]")."""
    return [doc.tokens[g] for g in doc.children(prep) if doc.tokens[g].dep == "pobj"]


def _prep_objects(doc: ParsedDoc, head: int, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``head``'s prepositions among ``preps`` ("received aid from [X]")."""
    return [
        o
        for c in doc.children(head)
        if doc.tokens[c].dep == "prep" and doc.tokens[c].lower in preps
        for o in _pobjs(doc, c)
    ]


def _np_tokens(doc: ParsedDoc, head: Token) -> list[int]:
    """Tokens of ``head``'s noun phrase, without clauses and prepositional phrases."""
    out = [head.i]
    for c in doc.children(head.i):
        if doc.tokens[c].dep in ("amod", "compound", "poss", "nmod", "appos"):
            out.extend(doc.subtree(c))
    return sorted(out, key=lambda j: -j)  # nearest the head first


def modality_of(ctx: CodingContext, trigger: Token) -> tuple[str, str]:
    doc = ctx.doc
    chain = [trigger.i, *doc.ancestors(trigger.i)]
    # the clause of the trigger, up to the first finite governing verb
    kids = {doc.tokens[c].lower: doc.tokens[c] for c in doc.children(trigger.i)}
    deps = {doc.tokens[c].dep for c in doc.children(trigger.i)}
    if "neg" in deps:
        return "negated", "modality: negated"
    for c in doc.children(trigger.i):
        arg = doc.tokens[c]
        if arg.dep in ("nsubj", "nsubjpass", "dobj") and any(
            doc.tokens[d].dep == "det" and doc.tokens[d].lower == "no" for d in doc.children(c)
        ):
            # "no deadline had been set", "sent no troops", "no one was hurt"
            return "negated", f"modality: negated ('no {arg.text}')"
    governors = _complement_governors(doc, trigger)
    for g in governors:
        # "did not agree to meet": the negation sits on the governing verb
        if any(doc.tokens[c].dep == "neg" for c in doc.children(g.i)):
            return "negated", f"modality: negated ({g.text!r} is negated)"
        if g.lemma.lower() in _REFUSAL_GOVERNORS:
            return "negated", f"modality: negated ({g.text!r})"
    if (
        "if" in kids
        or "unless" in kids
        or "whether" in kids
        or any(k in _HYPOTHETICAL_AUX for k in kids)
    ):
        return "hypothetical", "modality: hypothetical (conditional or modal verb)"
    for g in governors[:1]:
        # "could be used to threaten Taiwan", "might try to attack": the modal sits on
        # the verb whose infinitive the trigger is
        if any(
            doc.tokens[c].dep in ("aux", "auxpass") and doc.tokens[c].lower in _HYPOTHETICAL_AUX
            for c in doc.children(g.i)
        ):
            return "hypothetical", f"modality: hypothetical (modal on {g.text!r})"
    if any(k in _FUTURE_AUX for k in kids) or "would" in kids:
        return "future", "modality: future (auxiliary)"
    for gov in governors:
        if gov.lemma.lower() in _INTENT_GOVERNORS or gov.lower in _READY_ADJECTIVES:
            # "plans to visit", "is willing to withdraw", "agreed to allow aid workers to
            # deliver aid": an intent or offer, not an act
            return "future", f"modality: future (intent: {gov.text!r})"
    for q in ctx.quotes:
        if q.kind != "direct" and q.speaker_start is not None and q.speaker_start >= q.end:
            continue  # "X met Y, the ministry said": wire style, judged below as asserted
        if q.start <= trigger.start < q.end:
            who = q.speaker_text or "an unnamed speaker"
            return "reported", f"modality: reported (quoted, speaker {who!r})"
    lex = Lexicon.default()
    for j in chain[1:]:
        g = doc.tokens[j]
        if g.pos == "VERB" and lex.is_speech_verb(g.lemma.lower()):
            if g.i > trigger.i:
                # "X met Y on Monday, the ministry said": wire style attributes a fact
                # to its source after stating it; the author reports it as fact
                return "asserted", f"modality: asserted (attributed: {g.text!r})"
            return "reported", f"modality: reported (clause of {g.text!r})"
    return "asserted", "modality: asserted"


def _complement_governors(doc: ParsedDoc, trigger: Token, depth: int = 3) -> list[Token]:
    """The verbs (or readiness adjectives) whose infinitive complement the trigger is,
    nearest first: "agreed to allow X to deliver" -> allow, agreed; a coordinated verb
    shares its first conjunct's governors ("agreed to share and cooperate")."""
    tok = trigger
    while tok.dep == "conj" and tok.head != tok.i and doc.tokens[tok.head].pos == "VERB":
        tok = doc.tokens[tok.head]
    out: list[Token] = []
    while (
        (tok.dep == "xcomp" or (tok.dep in ("ccomp", "advcl") and _purpose(doc, tok)))
        and tok.head != tok.i
        and len(out) < depth
    ):
        # an infinitive complement, with or without its own subject ("allow X to go")
        tok = doc.tokens[tok.head]
        out.append(tok)
    return out


def _rank_subordinates(
    doc: ParsedDoc, found: list[tuple[Event, Trigger]], anchors: list[int]
) -> list[tuple[Event, Trigger]]:
    """An act inside the clause of another act of the sentence is its background ("ordered
    the release of a man who had been arrested", "dismissed the plan, claiming militias
    were preparing to attack"): it ranks below the act that governs it.  Coordinated acts
    ("freed X but is still detaining Y") stay equals, and so does the purpose of a call or
    meeting, which is what it was about ("called X to congratulate him").  A sending is only
    the means of its purpose ("sent experts to investigate", "sent jets to bomb X"): the
    purpose outranks it."""
    heads = set(anchors)
    consults = {i for (ev, _), i in zip(found, anchors, strict=True) if ev.event == "CONSULT"}
    senders = {i for i in anchors if doc.tokens[i].lemma.lower() in _SENDING_VERBS}
    served: set[int] = set()  # senders with a coded purpose
    governed_by: list[bool] = []
    for i in anchors:
        j, crossed, governed = i, False, False
        for _ in range(12):
            tok = doc.tokens[j]
            if tok.head == j:
                break
            crossed = crossed or tok.dep != "conj"
            j = tok.head
            if j in heads and j != i and crossed:
                tok = doc.tokens[i]
                purpose = tok.head == j and tok.dep in ("advcl", "xcomp") and _purpose(doc, tok)
                if purpose and j in senders:
                    served.add(j)
                governed = not (purpose and (j in consults or j in senders))
                break
        governed_by.append(governed)
    out: list[tuple[Event, Trigger]] = []
    for (ev, trig), i, governed in zip(found, anchors, governed_by, strict=True):
        if governed or i in served:
            ev = replace(ev, confidence=round(ev.confidence * _SUBORDINATE_RANK, 3))
        out.append((ev, trig))
    return out


def _duplicate_of(ev: Event, found: list[Event]) -> int | None:
    """Index of an event of this sentence with the same type whose participants include
    ``ev``'s: the same act, already coded."""
    parts = {a.actor_id for a in ev.actor} | {r.actor_id for r in ev.recipient}
    for k, other in enumerate(found):
        if other.event != ev.event:
            continue
        others = {a.actor_id for a in other.actor} | {r.actor_id for r in other.recipient}
        if parts <= others:
            return k
    return None


def _more_specific(ev: Event, trig: Trigger, old: Event, old_trig: Trigger) -> bool:
    """Whether ``ev`` names the same act as ``old`` more precisely: a sub-code of a
    generic one ("030" -> "033") from a stronger trigger."""
    generic = old.cameo.code.rstrip("0")
    return (
        ev.cameo.code != old.cameo.code
        and ev.cameo.code.startswith(generic)
        and len(ev.cameo.code.rstrip("0")) > len(generic)
        and trig.weight > old_trig.weight
    )


def _own_date(ev: Event) -> bool:
    return "date: from" in ev.explanation


def _merge_repeats(events: list[tuple[Event, Trigger]]) -> list[tuple[Event, Trigger]]:
    """Drop an event that repeats another of the article without a date of its own.

    A headline ("X Meets Y") and the lead ("X met Y on Tuesday") report one meeting;
    the repeat without its own date would otherwise carry the publication date.
    """

    def key(ev: Event) -> tuple[str, frozenset[str | None], frozenset[str | None]]:
        return (
            ev.event,
            frozenset(a.actor_id for a in ev.actor),
            frozenset(r.actor_id for r in ev.recipient),
        )

    dated = {key(ev) for ev, _ in events if _own_date(ev)}
    return [(ev, t) for ev, t in events if _own_date(ev) or key(ev) not in dated]


@register_coder("rules")
def _rules_factory(settings: Settings) -> RuleCoder:
    return RuleCoder(settings)
