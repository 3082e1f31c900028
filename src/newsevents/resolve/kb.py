"""The packaged actor knowledge base: countries, disputed entities, seats of government, IGOs.

Data files live in ``newsevents/data/kb`` (columns documented in its README.md).  The KB
answers two kinds of question:

* lookups of one surface form (``by_name``, ``by_adjective``, ``by_capital``, ``role``):
  case-insensitive, tolerant of a leading "the", curly apostrophes, hyphens and diacritics;
* ``longest_match`` over running text: token-based, case-sensitive on the KB spelling
  (so "turkey" and "us" are not countries) with ALL-CAPS and sentence-initial variants.

Metonymy is left to the caller: ``by_capital("Moscow")`` returns the Russia entry and the
caller adds the GOV sector; a seat ("the Kremlin") already carries its sector.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["ExtraName", "KBEntry", "KnowledgeBase", "Role"]


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    name: str
    kind: str  # country | disputed | seat | igo | ngo | capital | party
    code: str  # PLOVER country code: ISO alpha-3, KOS, or IGO/UNO/EUR/NGO
    sector: tuple[str, ...]
    geonameid: int | None
    lat: float | None
    lon: float | None
    claimed_by: str | None = None  # disputed entities: the claiming country's code
    cameo: str | None = None  # IGOs/NGOs: the CAMEO actor code, where the manual gives one


@dataclass(frozen=True, slots=True)
class ExtraName:
    """A name standing for a state or one of its bodies, added on top of the packaged data
    (user actor files): loaded like a seat of government, so "the Elysee" or "Burma" match in
    running text with its code and sectors.  Packaged forms win over added ones."""

    id: str
    name: str
    code: str
    sector: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    sector: tuple[str, ...]  # empty: inherits the sector of the organisation it belongs to
    leader: bool  # the role heads the government or organisation it is attached to
    #: a title only one country uses ("home secretary": GBR), for roles the text leaves
    #: without a country
    country: str | None = None
    #: a noun of the converted CAMEO agents table ("oligarch", "carmaker"): it says the
    #: sector, but in running text it names an actor only with an owner ("Russian oligarchs")
    needs_owner: bool = False


# How a surface form points at an entry; lower number wins when two forms collide.
#: parties.tsv ``government`` value of a party that has not held the national government
NEVER_GOVERNED = "-"
_PRIORITY = {"name": 0, "seat": 1, "adjective": 2, "capital": 3}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[\-\u2010-\u2015]+")
# Word tokens (combining marks kept inside words) or single punctuation characters; hyphens
# and dashes separate tokens like spaces so "Nagorno-Karabakh" matches "Nagorno Karabakh".
_TOKEN = re.compile(r"[^\W_][\w\u0300-\u036f]*|[^\w\s\-\u2010-\u2015]")
# Modifiers that keep a role's meaning ("acting president") vs. ones that demote it.
_KEEP_MODIFIERS = frozenset({"acting", "interim", "new", "incoming", "current", "then", "top"})
_FORMER_MODIFIERS = frozenset({"former", "ex", "ousted", "exiled", "deposed", "late"})
# "a retired general", "a retired judge": no longer in office, like "former", but said of
# careers (soldiers, judges, police, officials) more than of elected offices
_RETIRED_MODIFIERS = frozenset({"retired", "onetime", "one time", "erstwhile"})
# Sectors a former holder leaves for ELI: PLOVER's ELI is former government officials,
# including the armed forces; "a former rebel" or "a former journalist" is not ELI
_STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# A household is no body with a sector: its members are private people ("family members",
# "household members": CVL); a "clan" can be a party's or a tribe's, so it is left out.
# Also the actor stage's plain families ("members of his family": ``actors._Run._of_kin``)
KIN_BODIES = frozenset({"family", "household"})
# Rank-and-file members of a force hold no office: "a former British soldier" or "an
# ex-policeman" is a private person now (CVL), not an elite; officers of rank ("a former
# general", "a retired colonel", "a former army officer", "ex-police chief") stay ELI
_RANK_AND_FILE = frozenset(
    {"soldier", "troop", "troops", "serviceman", "servicemen", "service member", "marine"}
    | {"paratrooper", "commando", "conscript", "reservist", "sailor", "airman", "trooper"}
    | {"policeman", "policemen", "policewoman", "police officer", "gendarme", "constable"}
    | {"border guard", "border guards", "prison guard", "peacekeeper", "peacekeepers"}
)
# Words of rank before a rank noun that name no body: "deputy leader" is not LEG ("deputy")
_RANK_WORDS = frozenset(
    {"deputy", "vice", "assistant", "under", "junior", "senior", "top", "co", "joint"}
    | {"regional", "local", "national", "provincial", "district", "high", "ranking", "chief"}
)
# Heads naming someone by rank in a body, whose sector is the body's when a body word comes
# before them: "business leaders" BUS, "union leaders" LAB, "rebel commander" REB,
# "intelligence officials" SPY, "party officials" PTY
_GENERIC_HEADS = frozenset(
    {"leader", "official", "commander", "chief", "head", "boss", "figure", "representative"}
    | {"elder", "executive", "delegate", "delegation", "negotiator", "member", "envoy"}
    | {"activist", "spokesman", "spokeswoman", "spokesperson", "leadership", "director"}
    | {"officer", "worker"}
    # an armed man is unidentified only until a body names him: "cartel gunmen" CRM
    | {"gunman", "gunmen"}
)
#: plural endings tried, in order, when a role or agent noun is not found as written
_PLURALS = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""))
#: people nouns are tried without the "-es" rule (as before roles and agents shared this)
_NOUN_PLURALS = (("men", "man"), ("ies", "y"), ("s", ""))
# Country codes of older CAMEO/TABARI data that are not the ISO alpha-3 code of the state
# (the PETRARCH conversion's table plus the legacy codes of older coded data sets): a code
# lookup answers the state so that such data compares with ours.
_LEGACY_CODES = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "TMP": "TLS",
    "KSV": "KOS",
    "ANG": "AGO",
    "ROM": "ROU",
    "ZAR": "COD",
    "USR": "RUS",
    "SUN": "RUS",
    "YUG": "SRB",
    "SCG": "SRB",
    "FRY": "SRB",
    "CSK": "CZE",
    "DDR": "DEU",
}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(text: str) -> str:
    """Lookup key: folded, lowercased, hyphens as spaces, without a leading "the"."""
    key = " ".join(_DASHES.sub(" ", _strip_marks(text)).casefold().split())
    return key[4:] if key.startswith("the ") else key


def _core(form: str) -> str:
    """A KB form as it appears in running text: without a leading "the"."""
    form = form.strip()  # a capitalised "The" is part of the name: The Hague, The Gambia
    return form[4:] if form.startswith("the ") else form


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _int(cell: str) -> int | None:
    return int(cell) if cell.strip() else None


def _float(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


def _rows(root: Traversable, name: str) -> Iterator[dict[str, str]]:
    text = root.joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


class KnowledgeBase:
    """Countries, disputed entities, seats of government, IGOs/NGOs and role nouns."""

    def __init__(self, root: Traversable, extra: Iterable[ExtraName] = ()) -> None:
        self.entries: dict[str, KBEntry] = {}
        self._capitals: dict[str, KBEntry] = {}
        self._capital_ids: dict[int, KBEntry] | None = None  # by GeoNames id, lazily
        # how -> lookup key -> entry, for the case-insensitive lookups (first form wins)
        self._lookup: dict[str, dict[str, KBEntry]] = {h: {} for h in _PRIORITY}
        self._forms: list[tuple[str, KBEntry, str]] = []  # (surface form, entry, how)
        self.sectors: frozenset[str] = frozenset(r["code"] for r in _rows(root, "sectors.tsv"))
        self._ambiguous: dict[str, str] = {
            _key(r["form"]): r["policy"] for r in _rows(root, "ambiguous.tsv")
        }
        self._roles: dict[str, Role] = {}
        for row in _rows(root, "roles.tsv"):
            role = Role(
                row["role"],
                tuple(_split(row["sector"])),
                row["leader"] == "1",
                row.get("country") or None,
            )
            self._roles.setdefault(_key(row["role"]), role)
        # words of role names ("prime", "minister"): title words, never a person's name
        self.role_words: frozenset[str] = frozenset(w for k in self._roles for w in k.split())
        # nouns for people in general ("men", "families"): roles only inside an article, where
        # a demonym makes them a national group ("four Saudi men"); not for one-off lookups
        self._people_nouns: dict[str, Role] = {}
        if root.joinpath("people_nouns.tsv").is_file():
            for row in _rows(root, "people_nouns.tsv"):
                noun = Role(row["noun"], tuple(_split(row["sector"])), False)
                self._people_nouns.setdefault(_key(row["noun"]), noun)
        # nouns for kinds of people and bodies converted from the CAMEO agents dictionary
        # ("tycoon" BUS, "tribal elder" CVL): the sector of a noun the tables above lack
        # words that before a rank noun name its body but are no role alone ("farm leaders")
        self._modifiers: dict[str, tuple[str, ...]] = {}
        if root.joinpath("role_modifiers.tsv").is_file():
            for row in _rows(root, "role_modifiers.tsv"):
                self._modifiers.setdefault(_key(row["word"]), tuple(_split(row["sector"])))
        self._agents: dict[str, Role] = {}
        if root.joinpath("agents.tsv").is_file():
            for row in _rows(root, "agents.tsv"):
                agent = Role(row["noun"], tuple(_split(row["sector"])), False, needs_owner=True)
                self._agents.setdefault(_key(row["noun"]), agent)
        self._load_countries(root)
        self._load_disputed(root)
        self._load_seats(root)
        self._load_igos(root)
        self._party_terms: dict[str, tuple[tuple[date, date], ...]] = {}
        self._never_governed: set[str] = set()
        self._load_parties(root)
        # sub-national regions and peoples of one country: a separate table that only
        # lookups consult ("Tigrayan forces"), kept out of running-text matching and of
        # the places code, which geocode regions themselves
        self._regions: dict[str, KBEntry] = {}
        # names and aliases (not adjectives) of regions one state holds: "a court in Dagestan"
        self._region_names: dict[str, KBEntry] = {}
        self._load_regions(root)
        # peoples living in several states ("Kurdish", "Pashtuns"): the states they live in
        self._peoples: dict[str, tuple[str, ...]] = {}
        if root.joinpath("peoples.tsv").is_file():
            for row in _rows(root, "peoples.tsv"):
                for form in [row["name"], *_split(row["adjectives"])]:
                    self._peoples.setdefault(_key(form), tuple(_split(row["codes"])))
        for added in extra:
            self._add(
                KBEntry(added.id, added.name, "seat", added.code, added.sector, None, None, None),
                [added.name, *added.aliases],
                (),
            )
        self._by_code = {e.code: e for e in self.entries.values() if e.kind == "country"}
        for old, new in _LEGACY_CODES.items():
            if new in self._by_code:
                self._by_code.setdefault(old, self._by_code[new])
        self._iso2 = {r["iso2"]: r["code"] for r in _rows(root, "countries.tsv")}
        self._index = self._build_index()
        # one-word country names, demonyms and capitals by first letter, for misspellings
        self._near: dict[str, list[tuple[str, KBEntry, str]]] = {}
        for form, entry, how in self._forms:
            key = _key(form)
            if (
                how in ("name", "adjective", "capital")
                and entry.kind in ("country", "disputed", "capital")
                and len(key) >= 5
                and key.isalpha()
                and self._ambiguous.get(key) is None
            ):
                self._near.setdefault(key[0], []).append((key, entry, how))

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The packaged KB, loaded once per process."""
        return _default()

    @classmethod
    def with_extra(cls, extra: Iterable[ExtraName]) -> KnowledgeBase:
        """The packaged KB plus ``extra`` names (a new instance; the default is untouched)."""
        extra = tuple(extra)
        return cls(resources.files("newsevents") / "data" / "kb", extra) if extra else _default()

    # -- loading ---------------------------------------------------------------------------

    def _add(self, entry: KBEntry, names: Iterable[str], adjectives: Iterable[str]) -> None:
        if entry.id in self.entries:
            raise ValueError(f"duplicate knowledge-base id {entry.id!r}")
        self.entries[entry.id] = entry
        how = "seat" if entry.kind == "seat" else "name"
        for form in names:
            self._add_form(form, entry, how)
        for form in adjectives:
            self._add_form(form, entry, "adjective")

    def _add_form(self, form: str, entry: KBEntry, how: str) -> None:
        self._lookup[how].setdefault(_key(form), entry)
        self._forms.append((_core(form), entry, how))

    def _add_capital(self, owner: KBEntry, row: dict[str, str]) -> None:
        names = _split(row["capitals"])
        if not names:
            return
        capital = KBEntry(
            id=f"{owner.id}:capital",
            name=names[0],
            kind="capital",
            code=owner.code,
            sector=(),
            geonameid=_int(row["capital_geonameid"]),
            lat=_float(row["capital_lat"]),
            lon=_float(row["capital_lon"]),
            claimed_by=owner.claimed_by,
        )
        self._capitals[owner.id] = capital
        for form in names:
            self._lookup["capital"].setdefault(_key(form), owner)
            self._forms.append((_core(form), owner, "capital"))

    def _load_countries(self, root: Traversable) -> None:
        for row in _rows(root, "countries.tsv"):
            entry = KBEntry(
                id=row["code"],
                name=row["name"],
                kind="country",
                code=row["code"],
                sector=(),
                geonameid=_int(row["geonameid"]),
                lat=None,
                lon=None,
            )
            names = [row["name"], *_split(row["aliases"])]
            self._add(entry, names, _split(row["adjectives"]))
            self._add_capital(entry, row)

    def _load_disputed(self, root: Traversable) -> None:
        for row in _rows(root, "disputed.tsv"):
            entry = KBEntry(
                id=row["id"],
                name=row["name"],
                kind="disputed",
                code=row["claimed_by"],
                sector=tuple(_split(row["sector"])),
                geonameid=_int(row["geonameid"]),
                lat=_float(row["lat"]),
                lon=_float(row["lon"]),
                claimed_by=row["claimed_by"],
            )
            self._add(entry, [row["name"], *_split(row["aliases"])], _split(row["adjectives"]))
            self._add_capital(entry, row)

    def _load_seats(self, root: Traversable) -> None:
        for row in _rows(root, "seats.tsv"):
            entry = KBEntry(
                id=row["id"],
                name=row["name"],
                kind="seat",
                code=row["code"],
                sector=tuple(_split(row["sector"])),
                geonameid=None,
                lat=None,
                lon=None,
            )
            self._add(entry, [row["name"], *_split(row["aliases"])], ())

    def _load_parties(self, root: Traversable) -> None:
        if not root.joinpath("parties.tsv").is_file():
            return
        for row in _rows(root, "parties.tsv"):
            entry = KBEntry(row["id"], row["name"], "party", row["code"], (), None, None, None)
            self._add(entry, [row["name"], *_split(row["aliases"])], _split(row["adjectives"]))
            if row["government"].strip() == NEVER_GOVERNED:
                self._never_governed.add(entry.id)
                continue
            terms = []
            for period in _split(row["government"]):
                first, _, last = period.partition("..")
                terms.append(
                    (
                        date.fromisoformat(first) if first else date.min,
                        date.fromisoformat(last) if last else date.max,
                    )
                )
            self._party_terms[entry.id] = tuple(terms)

    def party_sector(self, entry: KBEntry, when: date | None) -> tuple[str, ...]:
        """A party's sectors on ``when``: ``PTY`` while it holds the government (the head of
        government or, for the US, the presidency), ``OPP;PTY`` outside it; without a date or
        a record of its terms, ``PTY``; one recorded as never in government, ``OPP;PTY``."""
        if entry.id in self._never_governed:
            return ("OPP", "PTY")
        terms = self._party_terms.get(entry.id, ())
        if when is None or not terms:
            return ("PTY",)
        if any(first <= when <= last for first, last in terms):
            return ("PTY",)
        return ("OPP", "PTY")

    def _load_igos(self, root: Traversable) -> None:
        for row in _rows(root, "igos.tsv"):
            entry = KBEntry(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                code=row["code"],
                sector=tuple(_split(row["sector"])),
                geonameid=None,
                lat=None,
                lon=None,
                cameo=row["cameo"] or None,
            )
            self._add(entry, [row["name"], *_split(row["aliases"])], ())

    def _load_regions(self, root: Traversable) -> None:
        if not root.joinpath("regions.tsv").is_file():
            return
        for row in _rows(root, "regions.tsv"):
            entry = KBEntry(row["id"], row["name"], "region", row["code"], (), None, None, None)
            forms = [row["name"], *_split(row["aliases"]), *_split(row["adjectives"])]
            for form in forms:
                self._regions.setdefault(_key(form), entry)
            if (row.get("contested") or "").strip():
                continue  # held by another state than its code's ("police in Crimea")
            for form in [row["name"], *_split(row["aliases"])]:
                self._region_names.setdefault(_key(form), entry)

    # -- lookups ---------------------------------------------------------------------------

    def region(self, text: str) -> KBEntry | None:
        """A sub-national region or a people living in one country, by name or adjective
        ("Catalan", "Tigrayans", "Gaza" -> an entry of kind "region" with the country's
        code); multi-country peoples (Kurds, Pashtuns) are not listed."""
        return self._find_in(self._regions, text)

    def held_region(self, text: str) -> KBEntry | None:
        """A region by its name or alias (not an adjective) that the state of its code
        holds ("Dagestan", "Gaza Strip"); None for contested ones (Crimea, Donbas)."""
        return self._find_in(self._region_names, text)

    def capital_of(self, geonameid: int | None) -> KBEntry | None:
        """The country whose capital is the GeoNames place ``geonameid``: for spellings
        the gazetteer's alternate names know and this table does not ("Khatmandu")."""
        if geonameid is None:
            return None
        if self._capital_ids is None:
            self._capital_ids = {
                c.geonameid: self.entries[owner]
                for owner, c in self._capitals.items()
                if c.geonameid is not None and owner in self.entries
            }
        return self._capital_ids.get(geonameid)

    def people_states(self, text: str) -> tuple[str, ...]:
        """The states a people of several states lives in, by its name or adjective
        ("Kurdish" -> SYR, IRQ, TUR, IRN); empty for anything else.  Which one a mention
        means is for the context to say (:mod:`newsevents.resolve.actors`)."""
        key = _key(text)
        found = self._peoples.get(key, ())
        if not found and key.endswith("'s"):  # "the Kurds'"
            found = self._peoples.get(key[:-2], ())
        return found

    def country_codes(self) -> tuple[str, ...]:
        """Every country's code (legacy CAMEO codes left out)."""
        return tuple(sorted({e.code for e in self._by_code.values()}))

    def regions_in(self, text: str) -> list[tuple[int, int, KBEntry]]:
        """Regions and peoples named in ``text`` (longest of up to three words first)."""
        spans = [m.span() for m in _TOKEN.finditer(text)]
        found: list[tuple[int, int, KBEntry]] = []
        i = 0
        while i < len(spans):
            for n in (3, 2, 1):
                if i + n > len(spans):
                    continue
                s, e = spans[i][0], spans[i + n - 1][1]
                entry = self._find_in(self._regions, text[s:e])
                if entry is not None and text[s : s + 1].isupper():
                    found.append((s, e, entry))
                    i += n
                    break
            else:
                i += 1
        return found

    @staticmethod
    def _find_in(table: dict[str, KBEntry], text: str) -> KBEntry | None:
        key = _key(text)
        found = table.get(key)
        if found is None and key.endswith("'s"):  # "Gaza's"
            found = table.get(key[:-2])
        return found

    def get(self, entry_id: str) -> KBEntry | None:
        """An entry by its KB id ("RUS", "south-ossetia", "kremlin", "nato")."""
        return self.entries.get(entry_id)

    def by_code(self, code: str) -> KBEntry | None:
        """A country by ISO alpha-3 (or PLOVER "KOS"), alpha-2 or legacy CAMEO code ("JAP")."""
        code = code.strip().upper()
        return self._by_code.get(code) or self._by_code.get(self._iso2.get(code, ""))

    def _find(self, how: str, text: str) -> KBEntry | None:
        key = _key(text)
        found = self._lookup[how].get(key)
        if found is None and key.endswith("'s"):  # "Russia's", "the Kremlin's"
            found = self._lookup[how].get(key[:-2])
        return found

    def by_name(self, text: str) -> KBEntry | None:
        """Country, disputed entity, IGO/NGO or seat by name ("Russia", "the Kremlin")."""
        return self._find("name", text) or self._find("seat", text)

    def by_adjective(self, text: str) -> KBEntry | None:
        """Country or disputed entity by demonym/adjective ("Russian", "South Ossetian")."""
        return self._find("adjective", text)

    def by_capital(self, text: str) -> KBEntry | None:
        """The country or disputed entity whose capital is named ("Moscow" -> Russia)."""
        return self._find("capital", text)

    def capital(self, entry: KBEntry | str) -> KBEntry | None:
        """The capital city (kind "capital", with GeoNames id) of a country/disputed entity."""
        return self._capitals.get(entry if isinstance(entry, str) else entry.id)

    def names_of(self, entry: KBEntry | str) -> list[str]:
        """The names, adjectives and capitals an entry is known by (KB spelling, in order)."""
        entry_id = entry if isinstance(entry, str) else entry.id
        return list(dict.fromkeys(form for form, e, _how in self._forms if e.id == entry_id))

    def is_ambiguous(self, form: str) -> bool:
        """Whether a surface form has common non-KB readings (Georgia, Jordan, Chad...)."""
        return _key(form) in self._ambiguous

    def needs_context(self, form: str, entry: KBEntry) -> bool:
        """Whether a form names its entry only where the article names the country too:
        parties ("Labour", "Republicans") and forms of policy ``context`` ("Senate")."""
        return entry.kind == "party" or self._ambiguous.get(_key(form)) == "context"

    def role(self, text: str, *, people_nouns: bool = False) -> Role | None:
        """Sector and leadership of a role noun: "soldiers" -> MIL, "president" -> GOV.
        ``people_nouns`` also answers nouns for people in general ("men": CVL) and, failing
        those, the nouns of the converted agents table ("oligarchs": BUS)."""
        words = _key(text).split()
        if people_nouns and words and self.role(text) is None:
            found = self._noun_exact(words[-1])
            if found is not None:
                return found
            for i in range(len(words)):
                found = self._agent_exact(" ".join(words[i:]))
                if found is not None:
                    # "opposition politicians" OPP, "cartel bosses" CRM: the body's sector
                    body = self._body_sector(words[:i])
                    return Role(found.name, body, False, needs_owner=True) if body else found
            return None
        for i in range(len(words)):
            found = self._role_exact(" ".join(words[i:]))
            if found is None:
                continue
            dropped = [w for w in words[:i] if w not in _KEEP_MODIFIERS]
            if "shadow" in dropped:  # "the shadow home secretary": the opposition's
                return Role(found.name, ("OPP",), False, found.country)
            role = found
            owner = " ".join(dropped)  # "Russian president": the owner, not a modifier
            body = self._body_sector(dropped) if not found.sector or _generic(found) else ()
            if body:
                # "a foreign ministry spokesman", "business leaders", "rebel commander": the
                # body's sector
                role = Role(found.name, body, False, found.country)
            elif dropped and not any(owner in self._lookup[h] for h in _PRIORITY):
                role = Role(found.name, found.sector, False, found.country)  # "deputy president"
            return _former(role, dropped)
        return None

    def _body_sector(self, words: list[str]) -> tuple[str, ...]:
        """Sector of the body named by the words before a rank noun ("trade union", "army",
        "farm"): the longest run ending before the noun that is a role or a body modifier;
        nothing where a KB name comes first ("European Union leaders": the EU's)."""
        words = [w for w in words if w not in _FORMER_MODIFIERS | _RETIRED_MODIFIERS]
        for j in range(len(words)):
            phrase = " ".join(words[j:])
            if any(phrase in self._lookup[h] for h in _PRIORITY):
                return ()
            if words[j] in _RANK_WORDS:
                continue
            if phrase in KIN_BODIES:
                # "family members", "Syrian family members": private people; not "royal
                # family members" (a qualified family may rule)
                owner = " ".join(words[:j])
                plain = not owner or any(owner in self._lookup[h] for h in _PRIORITY)
                return ("CVL",) if plain else ()
            body = self._role_exact(phrase)
            if body is not None and body.sector:
                return body.sector
            sector = self._modifiers.get(phrase)
            if sector:
                return sector
        return ()

    def _noun_exact(self, key: str) -> Role | None:
        return _singular_lookup(self._people_nouns, key, _NOUN_PLURALS)

    def _agent_exact(self, key: str) -> Role | None:
        return _singular_lookup(self._agents, key, _PLURALS)

    def _role_exact(self, key: str) -> Role | None:
        return _singular_lookup(self._roles, key, _PLURALS)

    # -- running text ----------------------------------------------------------------------

    def _build_index(self) -> dict[str, list[tuple[tuple[str, ...], KBEntry, str]]]:
        best: dict[tuple[str, ...], tuple[int, int, KBEntry, str]] = {}
        for order, (form, entry, how) in enumerate(self._forms):
            if self._ambiguous.get(_key(form)) == "lookup_only":
                continue
            variants = _variants(form)
            words = form.split()
            if entry.kind == "igo" and len(words) > 1:
                for spelt in _spellings(form):
                    variants |= _variants(spelt)
            if entry.kind == "igo" and len(words) > 1 and words[0][:1].isupper():
                # house styles lower-case the rest: "the European parliament", "UN security
                # council"; the first word's capital keeps common phrases out
                variants.add(" ".join([words[0], *(w.lower() for w in words[1:])]))
            for variant in variants:
                toks = tuple(_strip_marks(t) for t in _TOKEN.findall(variant))
                cand = (_PRIORITY[how], order, entry, how)
                if toks and (toks not in best or cand[:2] < best[toks][:2]):
                    best[toks] = cand
        index: dict[str, list[tuple[tuple[str, ...], KBEntry, str]]] = {}
        for toks, (_, _, entry, how) in best.items():
            index.setdefault(toks[0], []).append((toks, entry, how))
        for cands in index.values():
            cands.sort(key=lambda c: -len(c[0]))
        return index

    def misspelt(self, word: str) -> tuple[KBEntry, str] | None:
        """The one country, demonym or capital a capitalised unknown word misspells by a
        letter more or less, or two swapped, inside it ("Ethopia", "Afganistan", "Quatar",
        "Phillippines"): (entry, how).  The first letter and the last two must agree, so
        "Indiana", "Hollande" and "Parish" stay what they are; a word near two entries is
        left alone."""
        if len(word) < 6 or not word.isalpha() or not word[0].isupper() or word.isupper():
            return None
        key = _key(word)
        if _strip_marks(word) in self._index:
            return None
        found = {
            (entry.id, how): (entry, how)
            for form, entry, how in self._near.get(key[0], ())
            if abs(len(form) - len(key)) <= 1 and _one_edit_inside(key, form)
        }
        entries = {entry.id for entry, _how in found.values()}
        return next(iter(found.values())) if len(entries) == 1 else None

    def longest_match(
        self, text: str, start: int = 0, *, misspelt: bool = False
    ) -> list[tuple[int, int, KBEntry, str]]:
        """Non-overlapping KB mentions in ``text`` from ``start``, longest match first;
        with ``misspelt``, a word one letter off a country's name, demonym or capital
        counts as it (:meth:`misspelt`).

        Returns ``(start, end, entry, how)`` with ``how`` one of "name", "adjective",
        "capital", "seat"; offsets are ``str`` indices, half-open.
        """
        spans = [m.span() for m in _TOKEN.finditer(text, start)]
        keys = [_strip_marks(text[s:e]) for s, e in spans]
        found: list[tuple[int, int, KBEntry, str]] = []
        i = 0
        while i < len(keys):
            for toks, entry, how in self._index.get(keys[i], ()):
                n = len(toks)
                if tuple(keys[i : i + n]) == toks:
                    found.append((spans[i][0], spans[i + n - 1][1], entry, how))
                    i += n
                    break
            else:
                near = self.misspelt(text[spans[i][0] : spans[i][1]]) if misspelt else None
                if near is not None:
                    found.append((spans[i][0], spans[i][1], near[0], near[1]))
                i += 1
        return found


def _one_edit_inside(word: str, form: str) -> bool:
    """Whether ``word`` is ``form`` with one letter added or dropped or two swapped, past
    the first letter and before the last two (a changed letter makes names: "Marian")."""
    if word == form:
        return False
    p = 0
    while p < min(len(word), len(form)) and word[p] == form[p]:
        p += 1
    q = 0
    while q < min(len(word), len(form)) - p and word[-1 - q] == form[-1 - q]:
        q += 1
    if p < 1 or q < 2:
        return False
    a, b = word[p : len(word) - q], form[p : len(form) - q]
    if len(a) + len(b) == 1:
        return True
    return len(a) == len(b) == 2 and a == b[::-1]


def _singular_lookup(
    table: dict[str, Role], key: str, plurals: tuple[tuple[str, str], ...]
) -> Role | None:
    """``table[key]``, else the entry of its singular by the first ending that gives one."""
    if key in table:
        return table[key]
    for suffix, repl in plurals:
        if key.endswith(suffix) and key[: -len(suffix)] + repl in table:
            return table[key[: -len(suffix)] + repl]
    return None


def _generic(role: Role) -> bool:
    """A rank in a body rather than an office ("leader", "official", "commander")."""
    return role.name in _GENERIC_HEADS or role.name.rstrip("s") in _GENERIC_HEADS


def _former(role: Role, modifiers: list[str]) -> Role:
    """ "former president", "ex-minister", "a retired general": ELI where the office was a
    state's (or takes its body's sector: "former spokesman"); "a former rebel" keeps REB."""
    mods = set(modifiers)
    retired = bool(mods & _RETIRED_MODIFIERS) or "one time" in " ".join(modifiers)
    if not (mods & _FORMER_MODIFIERS or retired):
        return role
    if role.name in _RANK_AND_FILE and set(role.sector) <= {"MIL", "COP"}:
        return Role(role.name, ("CVL",), False, role.country)
    if not role.sector or set(role.sector) & _STATE_OFFICE_SECTORS:
        return Role(role.name, ("ELI",), False)
    return Role(role.name, role.sector, False, role.country)


def _variants(form: str) -> set[str]:
    """Spellings of a form to match in running text: as written, sentence-initial, ALL CAPS."""
    variants = {form, form[:1].upper() + form[1:]}
    if sum(ch.isalpha() for ch in form) >= 4:
        variants.add(form.upper())
    return variants


def _spellings(form: str) -> set[str]:
    """An organisation's name in its British and American spellings ("International Labor
    Organization"): every word swapped, or one; parties stay apart ("Labor" is not UK
    Labour)."""
    words = form.split(" ")
    out = {" ".join(_SPELLINGS.get(w, w) for w in words)}
    for i, word in enumerate(words):
        if word in _SPELLINGS:
            out.add(" ".join([*words[:i], _SPELLINGS[word], *words[i + 1 :]]))
    out.discard(form)
    return out


_BRITISH_AMERICAN = {
    "Labour": "Labor",
    "Organisation": "Organization",
    "Defence": "Defense",
    "Centre": "Center",
    "Programme": "Program",
}
_SPELLINGS = {**_BRITISH_AMERICAN, **{v: k for k, v in _BRITISH_AMERICAN.items()}}


@functools.lru_cache(maxsize=1)
def _default() -> KnowledgeBase:
    return KnowledgeBase(resources.files("newsevents") / "data" / "kb")
