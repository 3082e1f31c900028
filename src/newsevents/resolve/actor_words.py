"""Word tables of the actor stage: pronouns, titles, nouns for people and bodies, and the
few text helpers its modules share (hyphens, normalised keys).

Kept apart from :mod:`newsevents.resolve.actors` so that the rules read as rules and the
lists can be reviewed (and extended) on their own.
"""

from __future__ import annotations

import re

from newsevents.parsed import ParsedDoc, Token

#: dependency labels of a token standing as a participant, not a location
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "poss", "agent", "dative", "appos"}
#: prepositions after which a capital names a government ("talks with Moscow")
_PARTNER_PREPS = {"with", "against", "by", "between", "on", "toward", "towards", "for"}
#: pronouns resolved to an actor, by what they can name: m/f a person, it a state or
#: organisation, they a plural group ("we"/"I" name a speaker and are left alone)
_PRONOUN_CLASS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "it": "it",
    "its": "it",
    "they": "they",
    "them": "they",
    "their": "they",
}
_MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "mister", "sheikh"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "lady", "queen", "princess", "dame", "madam"}
#: forms of address before a bare surname ("Mrs May"): no office, only the person
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mister", "madam"}
_MALE_NOUNS = {
    "man",
    "boy",
    "father",
    "husband",
    "son",
    "brother",
    "king",
    "prince",
    "spokesman",
    "chairman",
    "businessman",
    "congressman",
    "uncle",
    "grandfather",
    "nephew",
    "gentleman",
}
_FEMALE_NOUNS = {
    "woman",
    "girl",
    "mother",
    "wife",
    "daughter",
    "sister",
    "queen",
    "princess",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "congresswoman",
    "aunt",
    "grandmother",
    "niece",
    "schoolgirl",
    "widow",
    "lady",
}
#: prepositions after which a state is a place, not a party ("fighting inside Syria")
_PLACE_PREPS = {"in", "inside", "into", "to", "from", "across", "near", "within", "through"}
#: prepositions saying where something is (not where it goes or comes from: "handed over to
#: Iraq" does not place the giver there)
_LOCATIVE_PREPS = {"in", "inside", "near", "across", "within", "throughout", "around", "at"}
#: prepositions of a path: a state after them is where someone goes or comes from
_PATH_PREPS = {"to", "into", "from", "towards", "toward"}
#: "the border with Iraq": the state after them is a place, not a party
_BORDER_NOUNS = {"border", "frontier", "boundary"}
#: "Kurdish-led forces": a participle after a people's name that makes the people the noun's
_LED_WORDS = {"led", "dominated"}
#: endings of nouns for people ("photojournalist", "politician", "spokesperson")
_PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "person")
#: verbs that introduce a quotation: their subject is its speaker
_SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "announce",
    "write",
    "warn",
    "insist",
    "claim",
    "explain",
    "argue",
    "note",
    "suggest",
    "continue",
    "ask",
    "reply",
    "comment",
    "recall",
    "admit",
    "acknowledge",
    "tweet",
    "urge",
    "stress",
    "conclude",
}
#: verbs whose "it" subject is usually no participant: "it is unclear", "it seems"
_NONREFERENTIAL_IT_HEADS = {
    "be",
    "seem",
    "appear",
    "become",
    "remain",
    "happen",
    "take",
    "mean",
    "follow",
    "come",
    "mark",
    "signal",
    "reflect",
    "represent",
    "suggest",
    "sound",
    "look",
    "feel",
    "prompt",
    "trigger",
    "spark",
    "underline",
    "highlight",
    "raise",
    "matter",
    "help",
    "cost",
}
#: entity types of words that are never what a pronoun names
_NOT_REFERENT_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
#: dependency labels of a noun that could be a pronoun's antecedent
_REFERENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "pobj", "conj", "poss"}
#: verbs whose object is a destination, not a party ("visited Garissa")
_MOVEMENT_VERBS = {
    "visit",
    "tour",
    "enter",
    "leave",
    "reach",
    "arrive",
    "travel",
    "fly",
    "return",
    "flee",
}
#: purposes of a visit that make the capitals visited the governments addressed:
#: "toured Washington and Paris to press the case", "visited Beijing to lobby for ..."
#: (not "seek": "flew to Paris to seek treatment" is a journey)
_LOBBY_VERBS = frozenset({"press", "lobby", "urge", "persuade", "convince", "plead", "canvass"})
#: verbs of force whose object is a place taken as the target ("shelled Kashmir")
_FORCE_VERBS = {
    "invade",
    "bomb",
    "shell",
    "occupy",
    "capture",
    "surround",
    "besiege",
    # taking a town is no act on its government ("rebels seized Tripoli")
    "seize",
    "storm",
    "overrun",
    "raid",
    "recapture",
    "retake",
    "liberate",
}
#: verbs whose object is a place: a capital there is a destination, not a government
_PLACE_VERBS = _MOVEMENT_VERBS | _FORCE_VERBS
#: verbs of coming to stay whose "in"/"at" phrase is where a journey ends, not where the
#: people are from ("arrived in Germany", "settled in Canada", "resettled in Norway");
#: not "landed" (shells land, and their victims are of the place).  "returned to X", "fled
#: to X", "moved to X" need no entry: "to" is a path already (no place for the mover); a
#: return "home" to one's own country is read as an origin (origins.py)
_ARRIVAL_VERBS = frozenset(
    {"arrive", "settle", "resettle", "relocate", "emigrate", "immigrate", "disembark"}
)
#: nouns for refugees: a people's noun they modify, or that stands in apposition to it or
#: as its predicate, names refugees ("refugee families", "eight men, all refugees")
_REFUGEE_NOUNS = frozenset({"refugee", "asylum seeker", "asylum-seeker"})
#: what people flee that makes them refugees or displaced ("men who fled the war")
_FLED_THINGS = frozenset(
    {"war", "conflict", "fighting", "violence", "persecution", "bombing", "bombardment"}
)
#: verbs of flight
_FLIGHT_VERBS = frozenset({"flee", "escape"})
#: nouns of protection sought abroad: "sought asylum in Germany" (not "refuge": people
#: "take refuge in a mosque" in their own town)
_ASYLUM_NOUNS = frozenset({"asylum", "resettlement"})
#: modifiers that place a body outside the article's own country ("overseas governments",
#: "foreign officials"): never given the focus country
_ELSEWHERE_MODIFIERS = {
    "foreign",
    "overseas",
    "other",
    "western",
    "international",
    "neighbouring",
    "neighboring",
    "allied",
    "world",
}
#: role nouns naming a government as a whole: merged with seats and capitals
_GOVERNMENT_NOUNS = {
    "government",
    "administration",
    "cabinet",
    "authorities",
    "regime",
    "authority",
    "executive",
}
#: role nouns naming an institution rather than a person
_INSTITUTION_NOUNS = _GOVERNMENT_NOUNS | {
    "ministry",
    "army",
    "military",
    "police",
    "parliament",
    "court",
    "party",
    "navy",
    "council",
    "committee",
    "commission",
    "assembly",
    "congress",
    "senate",
    "legislature",
    "opposition",
    "forces",
    "force",
    "agency",
    "department",
    "office",
    "embassy",
    "junta",
}
#: military equipment: a country only from the text ("US jets"), never the article's focus
_EQUIPMENT_ROLES = {
    "aircraft",
    "jet",
    "fighter jet",
    "drone",
    "helicopter",
    "airstrike",
    "air strike",
    "air power",
    "gunship",
    "warplane",
    "warship",
    "missile",
    "rocket",
    "artillery",
}
_POSSESSIVES = {"its", "their", "our", "my", "your", "his", "her"}
#: faiths and sects: a NORP qualifier that says nothing of where people live ("Sunni
#: tribesmen in Anbar", "Christian villagers"), unlike a nationality
_FAITH_WORDS = frozenset(
    {
        "sunni",
        "sunnis",
        "shia",
        "shiite",
        "shi'ite",
        "muslim",
        "christian",
        "catholic",
        "protestant",
        "orthodox",
        "coptic",
        "evangelical",
        "hindu",
        "sikh",
        "buddhist",
        "alawite",
        "druze",
        "yazidi",
        "ismaili",
        "salafist",
        "salafi",
        "islamist",
        "jewish",
        "mormon",
        "anglican",
        "lutheran",
        "methodist",
        "baptist",
        "pentecostal",
    }
)
#: prepositions inside a title before a name ("envoy for Syria", "President of Russia")
_TITLE_PREPS = {"for", "to", "of", "on"}
#: clauses inside an apposition, which describe what a person did rather than who they are
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp"}
_TITLE_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "HYPH", "``", "''"}
_QUOTE_CHARS = "\"“”‘’'«»"
#: codes in the PLOVER country field that are not states
_NON_STATES = {"IGO", "NGO", "UNO", "EUR", "IMG", "MNC"}
#: sectors of a state's institutions: an unqualified "minister" belongs to the focus country
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
#: roles that belong to the body named after them ("members of Congress", "forces of
#: President X"), unlike "victims of", "critics of", "refugees from"
_MEMBER_ROLES = {"member", "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson"}
_MEMBER_SECTORS = STATE_SECTORS | {"REB", "PRM", "PTY", "OPP", "INS"}
#: roles of bodies that sit in one country: "the court in Turkey" is Turkish (not troops)
_SEATED_SECTORS = frozenset({"LEG", "JUD", "COP"})
#: armed men coded by the state they fight in ("rebels in Mali"), unlike troops
_PLACED_ARMED_SECTORS = frozenset({"REB", "INS", "UAF"})
#: seats of international courts: "the Hague court" is no Dutch court
_INTERNATIONAL_SEATS = frozenset({"hague", "strasbourg", "luxembourg", "arusha", "geneva"})
#: institutions often abroad: "the embassy in Moscow", "forces in Syria"
_FOREIGN_SEATED = frozenset(
    {"embassy", "forces", "force", "army", "military", "navy", "office", "opposition", "party"}
)
#: sectors of private people who take the country where they act ("protesters")
#: and police, who act where they serve ("police in Nairobi"); not courts, which may be
#: international where they sit ("the court in Strasbourg")
_PLACED_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "REL", "MED", "COP"})
#: nouns counting people ("thousands of students", "a crowd of protesters")
_QUANTITY_WORDS = frozenset(
    {"thousand", "hundred", "dozen", "million", "score", "lot", "crowd", "handful", "number"}
)
#: prepositions of an act's target or agent ("fired at protesters", "killed by police")
_TARGET_PREPS = frozenset({"at", "on", "against", "by", "upon"})
#: bodies of those sectors, things more than people: placed only as subjects
_PLACED_BODIES = frozenset(
    {"hospital", "school", "university", "church", "mosque", "union", "trade union"}
)
#: people often foreigners or incomers where they are: no country from the place
_FOREIGN_PEOPLE = frozenset(
    {
        "tourist",
        "pilgrim",
        "hostage",
        "passenger",
        "national",
        "foreigner",
        "expat",
        "visitor",
        "settler",
        "colonist",
        "immigrant",
        "exile",
        "missionary",
        "volunteer",
    }
)
#: words before such people that say they come from elsewhere ("aid workers")
_INCOMER_MODIFIERS = frozenset({"aid", "humanitarian", "relief", "visiting", "expatriate"})
#: words of a sentence about people abroad: the place gives no nationality
_FOREIGN_WORDS = frozenset(
    {"foreign", "foreigner", "expatriate", "expat", "repatriate", "repatriation", "deport"}
)
#: share of the coded mentions a country needs to be the article's focus
_FOCUS_SHARE = 0.6
#: "her Latvian counterpart": the peer of an official, in news a government official
#: words before a title that make it another office: "vice president", "deputy minister"
_SUBORDINATE_TITLES = frozenset(
    {"vice", "deputy", "assistant", "under", "junior", "shadow", "former", "acting", "ex"}
)
_PEER_ROLES = {"counterpart", "colleague", "opposite number"}
_LEADER_ROLES = {"president", "leader", "prime minister", "premier", "chancellor", "head"}
#: nouns a demonym qualifies as an identity, not as a doer ("British citizenship")
_IDENTITY_NOUNS = {
    "citizenship",
    "nationality",
    "passport",
    "language",
    "descent",
    "origin",
    "heritage",
    "accent",
    "name",
    "culture",
    "cuisine",
    "food",
    "style",
    "flag",
    "national",
    "citizen",
    # a people living elsewhere: PLOVER codes by residence, which the demonym does not give
    "population",
    "community",
    "minority",
    "diaspora",
    "immigrant",
    "emigrant",
    "emigre",
    "expatriate",
    "exile",
    "settler",
}
_ADJECTIVE_HOW = "kb adjective on a noun"
#: mentions that repeat a state or group: not counted for the article's focus country
_PLACE_HOW = "place as participant"
_UNWEIGHED_HOW = ("pronoun (it)", "pronoun (they)", "the NOUN", _PLACE_HOW)
#: heads of organisation names that roles.tsv leaves out (it holds "court", "union"...):
#: "the Kenya Anti-Corruption Commission" is a government body
_ORG_HEAD_SECTORS = {
    "commission": ("GOV",),
    "agency": ("GOV",),
    "authority": ("GOV",),
    "bureau": ("GOV",),
    "directorate": ("GOV",),
    "inspectorate": ("GOV",),
}
#: heads of a state body's name: "the Kenya Anti-Corruption Commission", "the Ghana Revenue
#: Authority" (not "Kenya Airways", "the Syrian Observatory", "Save the Children UK")
_STATE_BODY_HEADS = {
    "commission",
    "authority",
    "agency",
    "bureau",
    "directorate",
    "inspectorate",
    "police",
    "army",
    "navy",
    "ministry",
    "council",
    "court",
    "tribunal",
    "service",
    "board",
}
#: "anti-Syria journalist", "pro-Russian rebels": a stance, not membership
_STANCE_BEFORE = re.compile(r"\b(?:anti|pro)\s?[-\u2010\u2011]\s?$", re.IGNORECASE)
#: "US-backed forces", "Israeli-occupied West Bank": the name is a patron or occupier
_STANCE_AFTER = re.compile(
    r"\s?[-\u2010\u2011]\s?(?:backed|sponsored|supported|funded|financed|trained|armed|"
    r"allied|aligned|friendly|inspired|occupied|controlled|held|annexed|influenced)\b",
    re.IGNORECASE,
)


#: "the government", "the group" without modifiers: what kind of actor they take up
_DEFINITE_NOUNS = {
    "government": "government",
    "regime": "government",
    "administration": "government",
    "cabinet": "government",
    "authority": "government",
    "ministry": "ministry",
    "party": "party",
    "company": "company",
    "firm": "company",
    "group": "group",
    "organisation": "group",
    "organization": "group",
    "movement": "group",
}
#: descriptions of an armed group named before: "the militants", "the jihadist group"
_ARMED_PLURALS = {"militant", "extremist", "jihadist", "jihadi", "insurgent"}
_ARMED_MODIFIERS = {
    "militant",
    "jihadist",
    "jihadi",
    "extremist",
    "terrorist",
    "terror",
    "insurgent",
    "armed",
    "islamist",
}
_ARMED_GROUP_NOUNS = {"group", "organisation", "organization", "movement"}
_STATE_BODY_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
#: role nouns that name a body, not a person: "Begum, a British citizen" makes a name the
#: model took for an organisation a person; "Acme, a British company" does not
_BODY_NOUNS = (
    _INSTITUTION_NOUNS
    | set(_DEFINITE_NOUNS)
    | {
        "bank",
        "broadcaster",
        "business",
        "cartel",
        "channel",
        "charity",
        "church",
        "clergy",
        "corporation",
        "delegation",
        "gang",
        "hospital",
        "intelligence",
        "media",
        "militia",
        "mosque",
        "network",
        "newspaper",
        "outlet",
        "people",
        "religious",
        "school",
        "television",
        "union",
        "university",
        "website",
    }
)
#: prepositions after a person that say where they come from: "a man from Leeds",
#: "Ahmed Khan, of Bradford," (not the verb's: "fled from Syria", "released from prison")
_ORIGIN_PREPS = {"from", "of"}
#: nouns whose demonym states a person's nationality ("a Nigerian national")
_CITIZEN_NOUNS = {"national", "citizen", "passport-holder", "subject"}
#: nouns of where a person lives ("her home in Leeds")
_HOME_NOUNS = {"home", "hometown", "town", "village"}
#: verbs of going home ("she wants to come home to Britain")
_HOMING_VERBS = {"come", "go", "return", "want", "hope", "wish", "plan"}
#: verbs of a relative clause saying where someone is from ("who is from Leeds")
_ORIGIN_VERBS = {"be", "come", "hail"}
#: entity labels of a modifier that is no place of origin even where a gazetteer has its
#: name ("the Bush administration": a Būsh in Egypt)
_NOT_PLACE_ENTS = {"PERSON", "ORG", "NORP"}
#: nouns for a place in an apposition ("Tripoli, the north Lebanese port")
_PORT_NOUNS = frozenset({"port", "town", "village", "capital", "stronghold", "enclave", "hub"})
#: words naming a part of a country ("South Lebanon", "northern Mali")
_COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "northern",
        "southern",
        "eastern",
        "western",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    }
)
#: "from the town of Leeds": the place is the object of "of" after these
_PLACE_NOUNS = {
    "area",
    "borough",
    "city",
    "county",
    "district",
    "province",
    "region",
    "suburb",
    "town",
    "village",
}
#: nouns for people in general that name several people even in the singular
_COLLECTIVE_NOUNS = {"family", "couple", "household"}

# roles presiding over a body, which take the body's sector ("the Senate president": LEG)
_PRESIDING_ROLES = frozenset(
    {"president", "chairman", "chairwoman", "chairperson", "chair", "head", "speaker"}
)
#: roles that head a body, not a state: "the director of Kenya's wildlife service" is the
#: service's; "the director of Kenya" is no one's
_BODY_CHIEFS = _PRESIDING_ROLES | {
    "director",
    "director-general",
    "director general",
    "secretary general",
    "secretary-general",
    "chief executive",
    "dean",
    "rector",
    "commissioner",
}
#: a state's services and departments after "of" ("the director of the Kenya Wildlife
#: Service", "the head of Nigeria's customs service") are government bodies
_STATE_SERVICE_HEADS = {"service": ("GOV",), "department": ("GOV",)}
#: role nouns for bodies that _BODY_NOUNS lacks: "the airline Air Peace" names no person
_BODY_TITLES = frozenset({"airline", "lender", "contractor", "tribunal"})
#: roles that speak for the body after "for": "a spokesman for the Kenyan police" is COP
_SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: role names of bodies a role noun names, which "it" can take up: "the coast guard said it"
_INSTITUTION_ROLES = frozenset({"coast guard", "national guard"})

#: verbs whose object is the place a violent act falls on ("shelled the town")
_ASSAULT_VERBS = frozenset(
    {
        "attack",
        "bomb",
        "bombard",
        "shell",
        "pound",
        "strike",
        "hit",
        "target",
        "besiege",
        "storm",
        "raid",
        "invade",
        "capture",
        "seize",
        "overrun",
        "recapture",
        "retake",
        "blockade",
    }
)
#: nouns of a violent act whose "on", "against", "into" or "of" names the place it
#: falls on ("the offensive on Manbij", "an incursion into the enclave", "the siege of X")
_ASSAULT_NOUNS = frozenset(
    {
        "attack",
        "assault",
        "offensive",
        "bombardment",
        "bombing",
        "shelling",
        "siege",
        "invasion",
        "incursion",
        "strike",
        "airstrike",
        "raid",
        "capture",
        "operation",
    }
)


def office_is(office: str, role_words: list[str]) -> bool:
    """Whether an office ends in the role's words ("U.S. President" for "president", not
    "Vice President")."""
    words = re.sub(r"[^\w\s]", " ", office.lower()).split()
    n = len(role_words)
    if words[-n:] != role_words:
        return False
    return len(words) == n or words[-n - 1] not in _SUBORDINATE_TITLES


def is_stance(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` stands in "anti-Syria", "pro-Moscow" or
    "US-backed": it says whom a role opposes, supports or is supported by, not whose it is."""
    before = text[max(0, start - 6) : start]
    return bool(_STANCE_BEFORE.search(before) or _STANCE_AFTER.match(text, end))


#: heads of a company's name that roles.tsv lacks ("company", "bank", "airline" are there):
#: a state's name or demonym before one of them names a firm, not the state ("Kenya Power",
#: "Rwanda Air", "Indian Oil", "Pakistan State Oil": BUS). Not "group" (a study or campaign
#: group: "the Iraq Study Group"), "energy", "lines" or "pipeline", which also head
#: ministries, advocacy bodies and places' names.
BUSINESS_HEADS = frozenset(
    {
        "air",
        "airways",
        "electricity",
        "gas",
        "holdings",
        "inc",
        "industries",
        "limited",
        "llc",
        "lng",
        "ltd",
        "motors",
        "oil",
        "petrochemicals",
        "petroleum",
        "plc",
        "power",
        "railways",
        "steel",
        "telecom",
        "telecoms",
        "telecommunications",
    }
)

#: countries whose bare "Bank of COUNTRY" is a commercial bank, not the central bank
#: ("Bank of Ireland": the Central Bank of Ireland; "Bank of India": the Reserve Bank of
#: India; "Bank of Georgia": the National Bank of Georgia). Any other bare "Bank of Ghana",
#: "Bank of Korea", "Bank of Italy" is the state's central bank: GOV, not BUS.
COMMERCIAL_BANK_OF = frozenset({"USA", "CHN", "IND", "IRL", "CYP", "GEO", "PSE", "BTN", "LKA"})

#: bodies a role word names beside a demonym on another noun ("a Turkish military assault")
_MODIFIER_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD"})
#: prepositions on a people's role noun that say where those people are ("Kurdish forces
#: in Syria"); not "near"/"across", which a border puts on either side
_OWN_PLACE_PREPS = frozenset({"in", "inside", "within", "throughout"})
#: nouns for armed men with no name of their own (:meth:`_Run.dominant_group_men`);
#: not "terrorist" (said of anyone a government brands so) nor "gunman" (any criminal)
_ARMED_MEN_NOUNS = frozenset(
    {"fighter", "militant", "jihadist", "jihadi", "extremist", "insurgent", "sniper", "bomber"}
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(_QUOTE_CHARS + " ")).lower()


def _before_hyphen(doc: ParsedDoc, tok: Token) -> bool:
    """ "rebel-held": the word opens a hyphenated modifier."""
    if tok.i + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[tok.i + 1]
    return nxt.text in ("-", "\u2010", "\u2011") and nxt.start == tok.end


def _after_hyphen(doc: ParsedDoc, tok: Token) -> bool:
    """The second half of a hyphenated word: "pro-regime", "anti-regime"."""
    return tok.i > 0 and doc.tokens[tok.i - 1].text in ("-", "\u2010", "\u2011")


def _of_objects(doc: ParsedDoc, tok: Token) -> list[Token]:
    """The objects of the noun's own "of" phrases ("members of the group": [group])."""
    return [
        doc.tokens[g]
        for c in doc.children(tok.i)
        if doc.tokens[c].dep == "prep" and doc.tokens[c].lower == "of"
        for g in doc.children(c)
        if doc.tokens[g].dep == "pobj"
    ]
