"""PETRARCH/TABARI actor dictionaries: parsing, and conversion to PLOVER codes.

The Phoenix/PETRARCH actor dictionaries (MIT licence, Open Event Data Alliance, 2014) list
actors as blocks: a name line, synonyms ``+NAME``, and CAMEO codes, optionally restricted to
a period (``[RUSGOV >080508]``, ``[USAELI 20090120-20170120]``)::

    VLADIMIR_PUTIN_  # CountryInfo.txt
    +PRESIDENT_PUTIN
    [RUSELI 991231-000507]
    [RUSGOV >080508]

:func:`parse_dictionary` reads the blocks; :class:`Converter` turns them into people (one
row per role period, PLOVER country code and sectors) and organisations.  Used by
``scripts/build_people_kb.py`` (the packaged ``people.tsv``/``groups.tsv``) and by
``newsevents actors import-dictionary`` (user files).  The conversion rules are documented in
``newsevents/data/kb/README.md``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PEOPLE_COLUMNS = ("id", "name", "aliases", "code", "sector", "start", "end", "office", "cameo")
GROUP_COLUMNS = ("id", "name", "aliases", "kind", "code", "sector", "cameo")

# ---------------------------------------------------------------------------------------------
# CAMEO -> PLOVER code tables
# ---------------------------------------------------------------------------------------------

# CAMEO country codes that are not the PLOVER (ISO alpha-3) code of the same state; predecessor
# states go to their COW continuation, dependencies to the controlling state (PLOVER 5.1).
COUNTRY_OVERRIDE = {
    "TMP": "TLS",  # East Timor
    "KSV": "KOS",  # Kosovo (PLOVER's own code)
    "ANG": "AGO",  # Angola (old code)
    "ROM": "ROU",  # Romania (old ISO code)
    "ZAR": "COD",  # Zaire
    "USR": "RUS",  # USSR
    "SUN": "RUS",  # USSR
    "YUG": "SRB",  # Yugoslavia
    "SCG": "SRB",  # Serbia and Montenegro
    "FRY": "SRB",  # Federal Republic of Yugoslavia
    "CSK": "CZE",  # Czechoslovakia
    "DDR": "DEU",  # East Germany
    "AIA": "GBR",
    "BMU": "GBR",
    "CYM": "GBR",
    "GGY": "GBR",
    "ABW": "NLD",
    "COK": "NZL",
    "PRI": "USA",
    "GLP": "FRA",
}

# CAMEO agent code -> PLOVER sector (manual Table 5.2 and note 4: CAMEO MED is media = JRN,
# CAMEO HLH is health = MED; INS and SEP fold into REB, note 3; UNR, unrecognised, is PRE).
SECTOR_MAP = {
    "GOV": "GOV",
    "MIL": "MIL",
    "LEG": "LEG",
    "JUD": "JUD",
    "COP": "COP",
    "SPY": "SPY",
    "REB": "REB",
    "INS": "REB",
    "SEP": "REB",
    "OPP": "OPP",
    "PTY": "PTY",
    "ELI": "ELI",
    "BUS": "BUS",
    "CVL": "CVL",
    "REF": "REF",
    "CRM": "CRM",
    "EDU": "EDU",
    "LAB": "LAB",
    "AGR": "AGR",
    "UAF": "UAF",
    "PRM": "PRM",
    "MED": "JRN",
    "HLH": "MED",
    "UNR": "PRE",
    "SET": "CVL",  # settlers
    "HRI": "SOC",  # human-rights groups
    "ENV": "SOC",  # environmental groups
    "DEV": "SOC",  # development organisations
    "NGO": "SOC",  # a domestic NGO
    "REL": "REL",
}
# CAMEO religion codes: the organisation is religious (PLOVER REL) when one comes first.
RELIGIONS = frozenset(
    {"MUS", "CHR", "JEW", "HIN", "BUD", "SIK", "JAN", "BAH", "ZRO", "CTH", "PRO", "ORT", "SHI"}
    | {"SUN", "SFI", "ALE", "DOX", "CON", "ITH", "MOS"}
)
# After a state sector (GOV, MIL...) a CAMEO agent is a portfolio ("GOVHLH": health minister),
# not a second sector; only these further sectors are kept.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
KEEP_AFTER_STATE = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "ELI"})
# Sectors an IGO (UN body, EU institution...) or a multinational corporation can carry.
IGO_SECTORS = frozenset({"JUD", "LEG", "MIL", "COP", "SPY", "MED", "ELI"})
MNC_SECTORS = frozenset({"JRN", "MED"})
ARMED_SECTORS = frozenset({"REB", "UAF", "PRM", "CRM"})

# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------

PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "du", "la"}
    | {"le", "y", "e", "bin", "ibn", "bint", "ben", "al", "el", "of", "the", "and", "for"}
    | {"in", "on", "at", "to", "a", "an", "des", "di", "ter", "ul", "ud"}
)
# Words of a title that may precede a person's name ("PRESIDENT_VLADIMIR_PUTIN").
TITLE_WORDS = frozenset(
    {"president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general"}
    | {"secretary-general", "king", "queen", "prince", "princess", "emir", "sultan", "sheikh"}
    | {"shaikh", "mr", "mr.", "mrs", "mrs.", "ms", "dr", "dr.", "sir", "lord", "gen", "gen."}
    | {"senator", "sen.", "governor", "gov.", "former", "ayatollah", "chairman", "leader"}
    | {"foreign", "defense", "defence", "ambassador", "envoy", "president-elect", "speaker"}
    | {"supreme", "deputy", "spokesman", "colonel", "col.", "admiral", "commander", "cardinal"}
    | {"pope", "bishop", "rev.", "reverend", "imam", "mullah", "chief", "director", "judge"}
)
# Heads of generic title entries ("UN_SECRETARY_GENERAL", "GERMAN_CHANCELLOR"): these name an
# office, not a person or an organisation, and are left to roles.tsv.
TITLE_HEADS = frozenset(
    {"president", "vice president", "vice-president", "president-elect", "prime minister"}
    | {"premier", "chancellor", "king", "queen", "monarch", "emir", "sultan", "minister"}
    | {"secretary", "secretary general", "secretary-general", "attorney general", "spokesman"}
    | {"spokeswoman", "spokesperson", "ambassador", "envoy", "chief", "director", "governor"}
    | {"mayor", "senator", "speaker", "chairman", "commander", "peacekeeper", "peacekeepers"}
    | {"leader", "adviser", "advisor", "representative", "official", "officials", "diplomat"}
)
# Words that make a name an organisation rather than a person.
ORG_WORDS = frozenset(
    {"republic", "army", "front", "party", "movement", "administration", "government"}
    | {"ministry", "council", "committee", "organization", "organisation", "union"}
    | {"brigade", "brigades", "group", "groups", "association", "agency", "commission"}
    | {"fund", "bank", "court", "office", "institute", "foundation", "league", "alliance"}
    | {"forces", "force", "police", "service", "services", "corporation", "company", "inc"}
    | {"ltd", "news", "times", "post", "press", "church", "society", "center", "centre"}
    | {"federation", "national", "international", "department", "authority", "board"}
    | {"assembly", "parliament", "congress", "university", "network", "programme", "program"}
    | {"liberation", "resistance", "revolutionary", "islamic", "militia", "cells", "cell"}
    | {"faction", "regime", "coalition", "bureau", "secretariat", "institution", "trust"}
    | {"corp", "co", "llc", "plc", "ag", "gmbh", "holdings", "industries", "farms", "systems"}
    | {"technologies", "energy", "resources", "airlines", "motors", "foods", "bancorp", "capital"}
    | {"pharmaceuticals", "group", "partners", "communications", "media", "radio", "television"}
    | {"catholic", "orthodox", "protestant", "muslim", "muslims", "jewish", "hindu", "sikh"}
    | {"hospital", "school", "academy", "mission", "relief", "aid", "rights", "watch", "project"}
)
_NOISE_COMMENT = re.compile(
    r"countryinfo|igorulers|ngo_actors|https?:|\b(?:kkl|mleh|bk|cta|pas)\b|n\.d|not sure|"
    r"\best\.|iffy|debatable|famous|need|fix|todo|\?|^\W*$",
    re.IGNORECASE,
)
_HEADER_OFFICE = re.compile(
    r"president|prime minister|chancellor|secretar|attorney|ambassador|chiefs? of staff|"
    r"advis[oe]r|representative|director|monarch|premier|federal reserve",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z0-9&.\-]{2,5}$")
_PAREN = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^()]+)\)\s*$")
_CODE_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_DATE = re.compile(r"^\d{6}$|^\d{8}$")


# Two-letter onsets common in (romanised) names; a short organisation name starting with any
# other consonant pair, or with two vowels, is read as an acronym ("DGSE", "IAEA").
_ONSETS = frozenset(
    [
        "bl",
        "br",
        "ch",
        "cl",
        "cr",
        "dh",
        "dj",
        "dr",
        "dz",
        "fl",
        "fr",
        "gh",
        "gl",
        "gr",
        "kh",
        "kl",
        "kr",
        "ph",
        "pl",
        "pr",
        "qu",
        "sc",
        "sh",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "st",
        "sv",
        "sw",
        "sz",
        "th",
        "tr",
        "ts",
        "tw",
        "tz",
        "wh",
        "wr",
        "zh",
    ]
)
_DIPHTHONGS = frozenset(["ai", "au", "ea", "ee", "ei", "eu", "ie", "oa", "oi", "ou", "ue"])
_ROMAN = re.compile(r"(?i)I{2,3}|IV|VI{1,3}|IX")  # Elizabeth II (not a lone I or V)
_ABBREVIATION = re.compile(r"[A-Z][A-Z.]{1,6}")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")


def nice_case(
    name: str, *, acronyms: frozenset[str] = frozenset(), organisation: bool = False
) -> str:
    """``VLADIMIR PUTIN`` -> ``Vladimir Putin``; particles lowercase, initials and acronyms
    (``acronyms``: upper-case forms such as US, UN) kept upper-case."""
    words = name.split()
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        if word.upper() in acronyms or _INITIALS.fullmatch(word) or (i and _ROMAN.fullmatch(word)):
            out.append(word.upper())
        elif lower in PARTICLES and (i > 0 or (organisation and lower == "the" and len(words) > 1)):
            out.append(lower)
        elif organisation and _looks_like_acronym(word, single=len(words) == 1):
            out.append(word.upper())
        else:
            out.append(_case_word(word, first=i == 0))
    return " ".join(out)


def _looks_like_acronym(word: str, *, single: bool) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word).lower()
    if not letters or word.lower() in PARTICLES:
        return False
    if re.search(r"[0-9/&]", word) or not re.search(r"[aeiouy]", letters):
        return True
    if len(letters) == 2 and not single:
        return True
    if len(letters) > 5 or len(letters) < 3:
        return False
    pair, vowels = letters[:2], "aeiou"
    both_consonants = pair[0] not in vowels and pair[1] not in vowels + "y"
    both_vowels = pair[0] in vowels and pair[1] in vowels
    return (both_consonants and pair not in _ONSETS) or (both_vowels and pair not in _DIPHTHONGS)


def _case_word(word: str, *, first: bool) -> str:
    parts = re.split(r"([\-'/])", word.lower())
    cased: list[str] = []
    for j, part in enumerate(parts):
        if part in {"-", "'", "/"} or not part:
            cased.append(part)
            continue
        prev_sep = parts[j - 1] if j > 0 else ""
        if prev_sep == "'" and len(parts[j - 2]) != 1:  # Apo's, Qa'ud; but O'Brien, D'Alema
            cased.append(part)
        elif j == 0 and part in {"al", "el"} and len(parts) > 2 and parts[1] == "-" and not first:
            cased.append(part)  # al-Qassam
        elif part.startswith("mc") and len(part) > 3:
            cased.append("Mc" + part[2:].capitalize())
        else:
            cased.append(part.capitalize())
    return "".join(cased)


def clean_name(raw: str) -> str:
    """A dictionary phrase (``GEORGE_W._BUSH_``) as words (``GEORGE W. BUSH``)."""
    text = raw.replace("_", " ").strip()
    return " ".join(text.split())


def split_nickname(name: str) -> tuple[str, str]:
    """``TZIPORA "TZIPI" LIVNI`` -> (``TZIPORA LIVNI``, ``TZIPI LIVNI``); no quotes: (name, "")."""
    match = re.search(r'"([^"]+)"', name)
    if not match:
        return name.replace('"', ""), ""
    nick = match[1].strip()
    bare = " ".join((name[: match.start()] + " " + name[match.end() :]).split())
    after = name[match.end() :].split()
    return bare, f"{nick} {after[-1]}" if after else nick


def name_key(text: str) -> str:
    """Matching key: no diacritics, casefolded, hyphens and periods removed."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"[\-\u2010-\u2015]+", " ", plain).replace(".", "")
    key = " ".join(plain.split())
    return key[4:] if key.startswith("the ") else key


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "x"


# ---------------------------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawCode:
    text: str  # the CAMEO code, e.g. RUSGOV
    restriction: str  # "", ">080508", "<990101", "700101-990809"
    comment: str  # comment on the same line, if the line holds only codes


@dataclass
class RawEntry:
    names: list[str]
    source: str
    line: int
    comment: str = ""
    header: str = ""  # office named by the section header above the entry, if any
    header_line: int = 0
    codes: list[RawCode] = field(default_factory=list)


def _split_comment(line: str) -> tuple[str, list[str]]:
    content, _, rest = line.partition("#")
    comments = [part.strip() for part in rest.split("#")] if rest else []
    return content, [c for c in comments if c]


def _useful_comment(comments: Iterable[str]) -> str:
    for comment in comments:
        first = re.split(r"\.\s", comment, maxsplit=1)[0].strip().rstrip(".")
        if first and not _NOISE_COMMENT.search(first):
            return first
    return ""


def _parse_codes(content: str, comment: str) -> list[RawCode]:
    codes: list[RawCode] = []
    for block in _CODE_BLOCK.findall(content):
        parts = block.split(None, 1)
        if not parts or not re.fullmatch(r"[A-Z]+", parts[0]) or parts[0] == "---":
            continue
        restriction = parts[1].replace(" ", "") if len(parts) > 1 else ""
        codes.append(RawCode(parts[0], restriction, comment))
    return codes


def _is_header(comment_line: str) -> bool:
    text = comment_line.lstrip("#").strip()
    return bool(text) and not re.match(r"^[+\[\t]|^[A-Z][A-Z_.'\-]+_\s|.*\[", text)


def _singular_header(text: str) -> str:
    """``U.S. Secretaries of State`` -> ``U.S. Secretary of State``."""
    text = re.sub(r"\[s\]", "", text)
    rough = re.match(r"(?i)roughly (?:following order of )?(.*?)(?: in order)?$", text)
    if rough:
        text = rough[1][:1].upper() + rough[1][1:]
        text = re.sub(r"\b(prime|vice) ([a-z])", lambda m: f"{m[1]} {m[2].upper()}", text)
    words = text.split()
    out = []
    done = False
    for word in words:
        if not done and word.endswith("ies") and len(word) > 4:
            out.append(word[:-3] + "y")
            done = True
        elif not done and word.endswith("s") and not word.endswith("ss") and word[0].isupper():
            if word.lower() in {"states", "us", "u.s."}:
                out.append(word)
                continue
            out.append(word[:-1])
            done = True
        else:
            out.append(word)
    return " ".join(out)


def _names(part: str) -> list[str]:
    out: list[str] = []
    for piece in part.split("+"):
        name, nickname = split_nickname(clean_name(piece))
        out.extend(n for n in (name, nickname) if n)
    return out


def parse_dictionary(text: str, source: str) -> Iterator[RawEntry]:
    """Actor blocks of one dictionary file, in order."""
    current: RawEntry | None = None
    header, header_line = "", 0
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.rstrip("\r\n")
        if not line.strip():
            if current is not None:
                yield current
                current = None
            header = ""
            continue
        if line.lstrip().startswith("#"):
            if line.startswith("#") and _is_header(line):
                head = line.lstrip("#").strip()
                header = _singular_header(head) if _HEADER_OFFICE.search(head) else ""
                header_line = number
            continue
        content, comments = _split_comment(line)
        if not content.strip():
            continue
        stripped = content.strip()
        name_part = stripped.split("[", 1)[0].strip()
        if stripped.startswith("+"):
            if current is not None:
                current.names.extend(_names(name_part))
                current.codes.extend(_parse_codes(content, _useful_comment(comments)))
            continue
        if not name_part:  # a code line
            if current is not None:
                current.codes.extend(_parse_codes(content, _useful_comment(comments)))
            continue
        codes = _parse_codes(content, "")
        if current is not None and not current.codes and not codes:
            current.names.extend(_names(name_part))  # consecutive names share the codes
            continue
        if current is not None:
            yield current
        current = RawEntry(
            names=_names(name_part),
            source=source,
            line=number,
            comment=_useful_comment(comments),
            header=header,
            header_line=header_line,
            codes=codes,
        )
    if current is not None:
        yield current


# ---------------------------------------------------------------------------------------------
# conversion
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Converted:
    code: str  # PLOVER country field; "" for none
    sector: tuple[str, ...]


def parse_date(text: str) -> date:
    """TABARI dates: YYYYMMDD, or YYMMDD with 00-30 read as 20YY (as KEDS/TABARI/PETRARCH)."""
    if not _DATE.match(text):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_restriction(text: str) -> tuple[date | None, date | None]:
    """``>D`` from D on, ``<D`` up to D, ``D1-D2`` both inclusive (as PETRARCH)."""
    if not text:
        return None, None
    if text.startswith(">"):
        return parse_date(text[1:]), None
    if text.startswith("<"):
        return None, parse_date(text[1:])
    first, sep, second = text.partition("-")
    if not sep:
        raise ValueError(f"bad restriction {text!r}")
    start, end = parse_date(first), parse_date(second)
    if start and end and end < start:
        raise ValueError(f"reversed period {text!r}")
    return start, end


def convert_code(cameo: str, countries: frozenset[str], inherited: str = "") -> Converted | None:
    """A CAMEO actor code as a PLOVER country code and sectors; None if it has no country.

    ``inherited`` is the country of an earlier code of the same actor, used for a bare agent
    code (``[ELI]`` after ``[IGOUNO 970101-061231]``)."""
    chunks = [cameo[i : i + 3] for i in range(0, len(cameo) - len(cameo) % 3, 3)]
    if not chunks or len(cameo) % 3:
        return None
    head, rest = chunks[0], chunks[1:]
    family = "state"
    if head in countries or head in COUNTRY_OVERRIDE:
        code = COUNTRY_OVERRIDE.get(head, head)
    elif head == "IGO":
        code = "UNO" if rest[:1] == ["UNO"] else "EUR" if "EEC" in rest else "IGO"
        family = "igo"
    elif head in {"NGO", "MNC", "IMG"}:
        code = head
        family = head.lower()
    elif head == "INT":
        code = ""
        family = "int"
    elif head in SECTOR_MAP or head in RELIGIONS:
        code, rest = inherited, chunks
        family = "igo" if inherited in {"IGO", "UNO", "EUR"} else "bare"
    else:
        return None  # regions (AFR, WEU, MEA...), fictional or unknown countries
    sectors: list[str] = []
    for position, chunk in enumerate(rest):
        if chunk in RELIGIONS and not sectors and family in {"state", "ngo", "bare", "int"}:
            sector = "REL" if position == 0 else ""
        else:
            sector = SECTOR_MAP.get(chunk, "")
        if not sector or sector in sectors:
            continue
        if family == "igo" and sector not in IGO_SECTORS:
            continue
        if family == "mnc" and sector not in MNC_SECTORS:
            continue
        if family == "ngo" and sector == "SOC":
            continue
        if sectors and sectors[0] in STATE_SECTORS and sector not in KEEP_AFTER_STATE:
            continue
        if sectors and sectors[0] == "REL" and sector not in ARMED_SECTORS:
            continue
        sectors.append(sector)
    if family in {"int", "bare"} and not code:
        if not any(s in ARMED_SECTORS for s in sectors):
            return None
        code = "IMG"
    if code == "IMG" and not any(s in ARMED_SECTORS for s in sectors):
        sectors.insert(0, "REB")
    if sectors[:2] in (["GOV", "LEG"], ["GOV", "JUD"]):
        del sectors[0]  # CAMEO GOVLEG/GOVJUD: legislators, judges (PLOVER LEG, JUD)
    return Converted(code, tuple(sectors))


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    aliases: tuple[str, ...]
    code: str
    sector: tuple[str, ...]
    start: date | None
    end: date | None
    office: str
    cameo: str

    def cells(self) -> list[str]:
        return [
            self.id,
            self.name,
            ";".join(self.aliases),
            self.code,
            ";".join(self.sector),
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.office,
            self.cameo,
        ]


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    code: str
    sector: tuple[str, ...]
    cameo: str

    def cells(self) -> list[str]:
        return [
            self.id,
            self.name,
            ";".join(self.aliases),
            self.kind,
            self.code,
            ";".join(self.sector),
            self.cameo,
        ]


@dataclass
class Stats:
    entries: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [f"entries: {dict(sorted(self.entries.items()))}"]
        out.append(f"codes: {dict(sorted(self.codes.items()))}")
        top = ", ".join(f"{k}:{v}" for k, v in self.unmapped.most_common(25))
        out.append(f"unconverted code heads: {top}")
        return out


@dataclass
class _Role:
    code: str
    sector: tuple[str, ...]
    start: date | None
    end: date | None
    office: str
    cameo: str


def _title_entry(names: list[str]) -> bool:
    key = name_key(names[0])
    return any(key == h or key.endswith(" " + h) for h in TITLE_HEADS)


def _words(name: str) -> list[str]:
    return name_key(name).replace("(", " ").replace(")", " ").split()


def _org_like(names: Iterable[str]) -> bool:
    return any(word in ORG_WORDS for name in names for word in _words(name))


def _split_paren(name: str) -> tuple[str, str]:
    """``BASQUE FATHERLAND AND FREEDOM (ETA)`` -> (base, "ETA"); other brackets stay."""
    match = _PAREN.match(name)
    if match and _ACRONYM.match(match["inner"]) and match["base"]:
        return match["base"], match["inner"]
    return name, ""


def _canonical_person(names: list[str]) -> str:
    """The first name, less a leading title when a synonym spells the bare name."""
    first = names[0]
    words = first.split()
    others = {name_key(n) for n in names[1:]}
    for cut in range(1, len(words) - 1):
        if any(w.lower() in TITLE_WORDS for w in words[:cut]):
            rest = " ".join(words[cut:])
            if name_key(rest) in others:
                return rest
    return first


def _unique(names: Iterable[str], exclude: str) -> tuple[str, ...]:
    seen = {name_key(exclude)}
    out: list[str] = []
    for name in names:
        key = name_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return tuple(out)


@dataclass
class _Person:
    name: str  # canonical, as in the dictionary
    names: list[str]
    roles: list[_Role]
    source: str

    def countries(self) -> set[str]:
        return {role.code for role in self.roles}


@dataclass
class _Group:
    name: str
    names: list[str]
    acronyms: set[str]
    kind: str
    converted: Converted
    cameo: str


class Converter:
    """Turns parsed dictionary entries into person and group rows."""

    def __init__(
        self,
        countries: frozenset[str],
        acronyms: frozenset[str] = frozenset(),
        places: frozenset[str] = frozenset(),
    ) -> None:
        self.countries = countries
        self.acronyms = acronyms
        self.places = places  # lower-case words of country names and demonyms
        self.stats = Stats()
        self._first_names: Counter[str] = Counter()
        self._people: dict[str, list[_Person]] = {}
        self._groups: dict[tuple[str, str], _Group] = {}
        self._sections: dict[tuple[str, int], list[tuple[date, date]]] = {}
        self._closed: set[tuple[str, int]] = set()

    # -- classification ------------------------------------------------------------------------

    def seed_first_names(self, names: Iterable[str]) -> None:
        """Count the first words of known people's names (``Vladimir Putin`` -> vladimir)."""
        for name in names:
            words = _words(name)
            if len(words) >= 2:
                self._first_names[words[0]] += 1

    def learn_first_names(self, entries: Iterable[RawEntry]) -> None:
        """First names of the dated (surely personal) entries, to recognise undated people."""
        for entry in entries:
            if any(code.restriction for code in entry.codes) and not _org_like(entry.names):
                words = _words(entry.names[0])
                if len(words) >= 2:
                    self._first_names[words[0]] += 1

    def _person_like(self, name: str) -> bool:
        """Two to four words, a known first name, no organisation or place word."""
        words = _words(name)
        return (
            2 <= len(words) <= 4
            and self._first_names[words[0]] >= 3
            and words[0] not in PARTICLES
            and len(set(words)) == len(words)
            and not any(w in ORG_WORDS or w in self.places for w in words)
        )

    def _is_person(self, entry: RawEntry) -> bool:
        names = entry.names
        if "CountryInfo" in entry.comment or "IGOrulers" in entry.comment:
            return True
        if _title_entry(names) or _org_like(names[:1]) or _place_code(entry.codes[0]):
            return False
        if any(code.text.startswith("MNC") for code in entry.codes):
            return False  # companies (some named after people, some once state-owned)
        if any(code.restriction for code in entry.codes):
            return True
        if all(code.text.endswith("ELI") for code in entry.codes):
            return True  # former officials
        # the militant-groups file lists its people with dates; its undated entries are groups
        return not entry.source.endswith("MilNonState.actors.txt") and self._person_like(names[0])

    # -- people --------------------------------------------------------------------------------

    def _roles(self, entry: RawEntry) -> list[_Role]:
        roles: list[_Role] = []
        inherited = ""
        for raw in entry.codes:
            converted = convert_code(raw.text, self.countries, inherited)
            if converted is None or not converted.code:
                self.stats.codes["no country"] += 1
                self.stats.unmapped[raw.text[:3]] += 1
                continue
            inherited = converted.code
            try:
                start, end = parse_restriction(raw.restriction)
            except ValueError:
                self.stats.codes["bad date"] += 1
                continue
            self.stats.codes["converted"] += 1
            roles.append(_Role(converted.code, converted.sector, start, end, raw.comment, raw.text))
        key = (entry.source, entry.header_line)
        section = self._sections.setdefault(key, []) if key not in self._closed else None
        try:
            _fill_offices(entry, roles, section)
        except _SectionClosed:
            self._closed.add(key)
        return roles

    def _add_person(self, name: str, names: list[str], roles: list[_Role], source: str) -> None:
        """Merge with a namesake sharing a country, or the only namesake from another file."""
        key = name_key(name)
        namesakes = self._people.setdefault(key, [])
        codes = {role.code for role in roles}
        match = next((p for p in namesakes if p.countries() & codes), None)
        if match is None and len(namesakes) == 1 and namesakes[0].source != source:
            match = namesakes[0]
        if match is None:
            self.stats.entries["person"] += 1
            namesakes.append(_Person(name, list(names), list(roles), source))
            return
        self.stats.entries["person duplicate merged"] += 1
        match.names.extend(names)
        match.roles.extend(roles)

    # -- groups --------------------------------------------------------------------------------

    def _group_code(self, entry: RawEntry) -> Converted | None:
        for raw in entry.codes:
            converted = convert_code(raw.text, self.countries)
            if converted is not None and converted.code:
                self.stats.codes["converted"] += 1
                return converted
            self.stats.unmapped[raw.text[:3]] += 1
        self.stats.codes["no country"] += 1
        return None

    def _add_group(self, entry: RawEntry, converted: Converted) -> None:
        base, acronym = _split_paren(entry.names[0])
        names = [base]
        acronyms = {acronym} if acronym else set()
        for other in entry.names[1:]:
            other_base, other_acronym = _split_paren(other)
            names.append(other_base)
            if other_acronym:
                acronyms.add(other_acronym)
        gkey = (name_key(base), converted.code)
        if gkey in self._groups:
            self.stats.entries["group duplicate merged"] += 1
            self._groups[gkey].names.extend(names)
            self._groups[gkey].acronyms |= acronyms
            return
        self.stats.entries["group"] += 1
        kind = _kind(converted)
        self._groups[gkey] = _Group(base, names, acronyms, kind, converted, entry.codes[0].text)

    # -- main ----------------------------------------------------------------------------------

    def convert(self, entries: list[RawEntry]) -> tuple[list[PersonRow], list[GroupRow]]:
        self.learn_first_names(entries)
        deferred: list[tuple[RawEntry, Converted]] = []
        for entry in entries:
            self.stats.entries["total"] += 1
            if not entry.codes:
                self.stats.entries["no codes"] += 1
            elif self._is_person(entry):
                roles = self._roles(entry)
                if roles:
                    self._add_person(
                        _canonical_person(entry.names), entry.names, roles, entry.source
                    )
                else:
                    self.stats.entries["person without convertible role"] += 1
            elif _title_entry(entry.names):
                self.stats.entries["generic title (skipped)"] += 1
            elif (converted := self._group_code(entry)) is None:
                self.stats.entries["group without convertible code"] += 1
            elif not converted.sector and converted.code in self.countries:
                self.stats.entries["country or place (skipped)"] += 1
            else:
                deferred.append((entry, converted))
        for entry, converted in deferred:  # after the people, so members merge with them
            self._add_group(entry, converted)
        return self._person_rows(), self._group_rows()

    def _person_rows(self) -> list[PersonRow]:
        rows: list[PersonRow] = []
        used: set[str] = set()
        for namesakes in self._people.values():
            for person in namesakes:
                name = nice_case(person.name, acronyms=self.acronyms)
                pid = _unique_id(slug(name), person.roles[0].code, used)
                cased = (nice_case(n, acronyms=self.acronyms) for n in person.names)
                aliases = _unique(cased, name)
                seen: set[tuple[object, ...]] = set()
                for role in person.roles:
                    ident = (role.code, role.sector, role.start, role.end)
                    if ident in seen:
                        continue
                    seen.add(ident)
                    rows.append(
                        PersonRow(
                            pid,
                            name,
                            aliases,
                            role.code,
                            role.sector,
                            role.start,
                            role.end,
                            role.office,
                            role.cameo,
                        )
                    )
        return rows

    def _group_rows(self) -> list[GroupRow]:
        rows: list[GroupRow] = []
        used: set[str] = set()
        for group in self._groups.values():
            name = nice_case(group.name, acronyms=self.acronyms, organisation=True)
            gid = _unique_id(slug(name), group.converted.code, used)
            cased = [nice_case(n, acronyms=self.acronyms, organisation=True) for n in group.names]
            aliases = _unique([*cased, *sorted(group.acronyms)], name)
            converted = group.converted
            rows.append(
                GroupRow(
                    gid, name, aliases, group.kind, converted.code, converted.sector, group.cameo
                )
            )
        return rows


def _place_code(code: RawCode) -> bool:
    """The code of a place: a country with no sector (``[MNE]``, ``[BIHSRP]``)."""
    if code.text[:3] in {"IGO", "NGO", "MNC", "IMG"}:
        return False
    chunks = [code.text[i : i + 3] for i in range(3, len(code.text), 3)]
    return not any(chunk in SECTOR_MAP or chunk in RELIGIONS for chunk in chunks)


def _fill_offices(
    entry: RawEntry, roles: list[_Role], section: list[tuple[date, date]] | None
) -> None:
    """Name the office of a person's lone non-ELI role from a note on the entry's name line
    or from the section header above it ("# U.S. Secretaries of State").

    A header names an office with one holder at a time, so it holds while each new holder's
    term overlaps no term of the people listed before in the section; at the first overlap
    the section has turned into a general list and the header stops (``section``: the terms
    seen so far; None once closed)."""
    offices = [r for r in roles if r.sector[:1] != ("ELI",) and r.start]
    holding = [r for r in offices if not r.office]
    distinct = {(r.code, r.sector) for r in roles if r.sector[:1] != ("ELI",)}
    lone = holding[0] if len(holding) == 1 and len(distinct) == 1 else None
    if lone is not None and entry.comment:
        lone.office = entry.comment
    elif lone is not None and lone.start and entry.header and section is not None:
        start, end = lone.start, lone.end or date.max
        if any(start < other_end and other_start < end for other_start, other_end in section):
            raise _SectionClosed
        lone.office = entry.header
    if section is not None:
        section.extend((r.start, r.end or date.max) for r in offices if r.start)


class _SectionClosed(Exception):
    """A header section whose entries stopped being successive office holders."""


def _kind(converted: Converted) -> str:
    if converted.code == "IMG" or any(s in ARMED_SECTORS for s in converted.sector):
        return "armed"
    if converted.code == "MNC":
        return "company"
    if converted.code in {"IGO", "UNO", "EUR"}:
        return "igo"
    if converted.code == "NGO":
        return "ngo"
    return "organisation"


def _unique_id(base: str, code: str, used: set[str]) -> str:
    candidate = base
    if candidate in used:
        candidate = f"{base}-{code.lower()}" if code else base
    number = 2
    while candidate in used:
        candidate = f"{base}-{number}"
        number += 1
    used.add(candidate)
    return candidate


# ---------------------------------------------------------------------------------------------
# what the conversion takes from the knowledge base
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KBFacts:
    """What the converter takes from the rest of the KB."""

    countries: frozenset[str]  # PLOVER country codes
    acronyms: frozenset[str]  # upper-case abbreviations the KB spells (US, U.S., UN, NATO)
    places: frozenset[str]  # lower-case words of country names and demonyms


def read_kb(kb_dir: Path | Traversable | None = None) -> KBFacts:
    """Country codes, acronyms and place words of a KB directory (default: the packaged one)."""
    root = kb_dir if kb_dir is not None else resources.files("newsevents") / "data" / "kb"
    codes: set[str] = set()
    acronyms: set[str] = set()
    places: set[str] = set()
    for row in _tsv(root, "countries.tsv"):
        codes.add(row["code"])
        forms = [row["name"], *row["aliases"].split(";"), *row["adjectives"].split(";")]
        acronyms.update(f.strip() for f in forms if re.fullmatch(r"[A-Z][A-Z.]{1,6}", f.strip()))
        places.update(w for f in forms for w in name_key(f).split() if len(w) > 3)
    for row in _tsv(root, "igos.tsv"):
        for form in [row["name"], *row["aliases"].split(";")]:
            if _ABBREVIATION.fullmatch(form.strip()):
                acronyms.add(form.strip())
    places -= {"republic", "kingdom", "state", "states", "united", "democratic", "people's"}
    return KBFacts(frozenset(codes), frozenset(acronyms), frozenset(places))


def _tsv(root: Path | Traversable, name: str) -> Iterator[dict[str, str]]:
    text = root.joinpath(name).read_text(encoding="utf-8")
    yield from csv.DictReader(text.splitlines(), delimiter="\t")


def code_chunks(text: str) -> Counter[str]:
    """The 3-letter code chunks used in the ``[...]`` code blocks of a dictionary text."""
    found: Counter[str] = Counter()
    for block in _CODE_BLOCK.findall(text):
        code = block.replace("~", "").strip()
        for i in range(0, len(code) - len(code) % 3, 3):
            found[code[i : i + 3]] += 1
    return found


def convert_dictionary(
    text: str, source: str, facts: KBFacts | None = None, first_names: Iterable[str] = ()
) -> tuple[list[PersonRow], list[GroupRow], Stats]:
    """People and organisations of one dictionary text (``source``: its file name).

    ``first_names``: first names known elsewhere (the packaged people), so that undated
    people of a small dictionary are still recognised as people."""
    facts = facts or read_kb()
    converter = Converter(facts.countries, facts.acronyms, facts.places)
    converter.seed_first_names(first_names)
    people, groups = converter.convert(list(parse_dictionary(text, source)))
    return people, groups, converter.stats
