"""Actor lookup (newsevents.resolve.lookup), user actor files and the PETRARCH importer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import ConfigError
from newsevents.resolve.actors import ActorResolver
from newsevents.resolve.kb import ExtraName, KnowledgeBase
from newsevents.resolve.lookup import Lookup, LookupQuery, lookup_actor
from newsevents.resolve.petrarch import convert_dictionary
from newsevents.resolve.userkb import (
    COLUMNS,
    UserEntry,
    append_entries,
    check_entry,
    load_knowledge,
    read_user_file,
)

DAY = date(2017, 11, 14)


@pytest.fixture(autouse=True)
def _no_user_file(monkeypatch):
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE", raising=False)


def _write(path: Path, rows: list[list[str]], header: tuple[str, ...] = COLUMNS) -> Path:
    path.write_text("\n".join("\t".join(r) for r in [list(header), *rows]) + "\n", encoding="utf-8")
    return path


# -- the knowledge base, whole text ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "sector", "kind", "matched_by"),
    [
        ("Russia", "RUS", (), "state", "country name"),
        ("Russian", "RUS", (), "group", "demonym"),
        ("Moscow", "RUS", ("GOV",), "state", "capital (metonymy)"),
        ("the Kremlin", "RUS", ("GOV",), "state", "seat of government"),
        ("South Ossetia", "GEO", ("PRE",), "state", "disputed entity name"),
        ("South Ossetian", "GEO", ("PRE",), "group", "demonym"),
        ("Tskhinvali", "GEO", ("GOV", "PRE"), "state", "capital (metonymy)"),
        ("NATO", "IGO", (), "organisation", "IGO name"),
        ("the United Nations", "UNO", (), "organisation", "IGO name"),
    ],
)
def test_knowledge_base_names(lookup, text, code, sector, kind, matched_by):
    found = lookup.one(text, when=DAY)
    assert (found.code, found.sector, found.kind, found.matched_by) == (
        code,
        sector,
        kind,
        matched_by,
    )
    assert found.query == text


def test_capital_metonymy_is_named_as_the_government(lookup):
    found = lookup.one("Moscow")
    assert found.name == "Russia (government)"
    assert found.identifier == "RUS"


def test_ambiguous_country_name_says_so(lookup):
    assert lookup.one("Georgia").matched_by == "country name (ambiguous form)"


def test_person_with_the_office_held_on_the_date(lookup):
    found = lookup.one("Vladimir Putin", when=DAY)
    assert (found.code, found.sector, found.kind) == ("RUS", ("GOV",), "person")
    assert found.identifier == "vladimir-putin"
    assert found.matched_by.startswith("person (dated office ")
    # before his first office the dictionaries list him as an elite (ELI), dated to 1999
    early = lookup.one("Vladimir Putin", when=date(1995, 1, 1))
    assert early.sector == ("ELI",)
    assert early.matched_by == "person (dated office 1970-01-01..1999-08-09)"


def test_alias_and_surname_alone(lookup, tmp_path):
    found = lookup.one("Putin", when=DAY)
    assert found.identifier == "vladimir-putin"
    assert found.matched_by.startswith("person alias (dated office")  # the dictionary's +PUTIN
    path = _write(
        tmp_path / "actors.tsv",
        [["", "Tamar Kvlividze", "", "person", "GEO", "GOV", "2016-01-01", "", "", ""]],
    )
    knowledge = load_knowledge(path)
    found = Lookup(knowledge.kb, knowledge.people).one("Kvlividze", when=DAY)
    assert found.name == "Tamar Kvlividze"
    assert found.matched_by == "person by surname (dated office 2016-01-01..)"


def test_organisation_by_name(lookup):
    found = lookup.one("Hamas")
    assert (found.code, found.kind, found.matched_by) == ("PSE", "organisation", "armed group name")


# -- parsing the text: titles, role nouns --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "sector", "matched_by"),
    [
        ("Nigerian soldiers", "NGA", ("MIL",), "role noun + adjective"),
        ("four Saudi men", "SAU", ("CVL",), "demonym (people)"),
        ("the Tskhinvali leader", "GEO", ("GOV", "PRE"), "role noun + capital"),
        ("South Ossetian leader", "GEO", ("GOV", "PRE"), "role noun + adjective"),
        ("Nigerian Defence Minister Tamuno Briggs", "NGA", ("GOV", "MIL"), "title before name"),
        ("the leader of South Ossetia", "GEO", ("GOV", "PRE"), "role noun + named owner"),
        ("soldiers", None, ("MIL",), "role noun"),
    ],
)
def test_title_and_role_patterns(lookup, text, code, sector, matched_by):
    found = lookup.one(text, when=DAY)
    assert (found.code, found.sector, found.matched_by) == (code, sector, matched_by)


def test_title_before_name_finds_the_person_of_the_knowledge_base(lookup):
    found = lookup.one("Russian Foreign Minister Sergei Lavrov", when=DAY)
    assert (found.name, found.code, found.sector) == ("Sergei Lavrov", "RUS", ("GOV",))
    assert found.identifier == "sergey-lavrov"  # the KB spells him Sergey, Sergei an alias
    assert found.office == "Foreign Minister"
    assert found.matched_by == "title before name"


def test_unknown_name_is_not_found(lookup):
    assert lookup.one("Tamuno Briggs").matched_by == "not found"


def test_nothing_found(lookup):
    found = lookup.one("he")
    assert found.matched_by == "not found"
    assert not found.found
    assert found.to_dict() == {
        "query": "he",
        "name": None,
        "code": None,
        "sector": [],
        "office": None,
        "identifierId": None,
        "kind": None,
        "matchedBy": "not found",
    }


# -- with a context sentence ----------------------------------------------------------------

CONTEXT = (
    "Russian President Vladimir Putin received the Abkhaz leader in Sochi on Monday, "
    "and he promised new loans to Sukhumi."
)


def test_pronoun_resolves_through_the_context(lookup):
    found = lookup.one("he", when=DAY, context=CONTEXT)
    assert (found.name, found.code, found.sector) == ("Vladimir Putin", "RUS", ("GOV",))
    assert found.identifier == "vladimir-putin"
    assert found.matched_by == "context: coreference (pronoun) to 'Vladimir Putin'"


def test_role_noun_in_context(lookup):
    found = lookup.one("the Abkhaz leader", when=DAY, context=CONTEXT)
    assert (found.code, found.sector) == ("GEO", ("GOV", "PRE"))
    assert found.matched_by == "context: role noun + adjective"


def test_title_in_context_covers_the_surname(lookup):
    found = lookup.one("Putin", when=DAY, context=CONTEXT)
    assert found.name == "Vladimir Putin"
    assert found.matched_by == "context: title before name"


def test_text_that_is_no_actor_in_context_falls_back(lookup):
    found = lookup.one("Sochi", when=DAY, context=CONTEXT)
    assert found.matched_by == "not found; no actor at this place in the context"
    missing = lookup.one("Moscow", context=CONTEXT)
    assert missing.code == "RUS"
    assert missing.matched_by == "capital (metonymy); text not found in the context"


def test_many_queries_keep_their_order(lookup):
    queries = [
        LookupQuery("Nigerian soldiers"),
        LookupQuery("he", DAY, CONTEXT),
        LookupQuery("Russia"),
        LookupQuery("zzqx"),
    ]
    codes = [r.code for r in lookup.many(queries)]
    assert codes == ["NGA", "RUS", "RUS", None]


# -- user actor files --------------------------------------------------------------------------


def test_user_file_adds_people_groups_and_state_names(tmp_path):
    path = _write(
        tmp_path / "actors.tsv",
        [
            ["", "Tamar Kvlividze", "Kvlividze", "person", "GEO", "GOV", "2016-01-01", "", "", ""],
            ["", "Tamar Kvlividze", "", "person", "GEO", "ELI", "", "2015-12-31", "", ""],
            ["", "Red Valley Brigade", "RVB", "armed", "NGA", "REB", "", "", "", ""],
            [
                "stone-house",
                "the Stone House",
                "Stone House",
                "state",
                "NGA",
                "GOV",
                "",
                "",
                "",
                "",
            ],
        ],
    )
    knowledge = load_knowledge(path)
    engine = Lookup(knowledge.kb, knowledge.people)
    person = engine.one("Tamar Kvlividze", when=DAY)
    assert (person.code, person.sector, person.identifier) == ("GEO", ("GOV",), "tamar-kvlividze")
    assert engine.one("Tamar Kvlividze", when=date(2015, 6, 1)).sector == ("ELI",)
    group = engine.one("RVB")
    assert (group.name, group.code, group.sector) == ("Red Valley Brigade", "NGA", ("REB",))
    seat = engine.one("the Stone House")
    assert (seat.code, seat.sector, seat.matched_by) == ("NGA", ("GOV",), "seat of government")
    # the packaged data is unchanged
    assert KnowledgeBase.default().by_name("Stone House") is None


def test_user_state_name_is_found_in_running_text(tmp_path):
    path = _write(
        tmp_path / "actors.tsv",
        [["stone-house", "the Stone House", "", "state", "NGA", "GOV", "", "", "", ""]],
    )
    kb = KnowledgeBase.with_extra([ExtraName("stone-house", "the Stone House", "NGA", ("GOV",))])
    assert [(e.id, how) for _s, _e, e, how in kb.longest_match("Critics of the Stone House")] == [
        ("stone-house", "seat")
    ]
    knowledge = load_knowledge(path)
    from newsevents.nlp import parse_one

    doc = parse_one("The Stone House rejected the offer on Monday.")
    actors = ActorResolver(knowledge.kb, knowledge.people).resolve(doc).actors
    assert [(a.name, a.code, a.sector) for a in actors][:1] == [
        ("Nigeria (government)", "NGA", ("GOV",))
    ]


def test_user_person_rows_override_the_packaged_offices_from_their_start(tmp_path):
    path = _write(
        tmp_path / "actors.tsv",
        [["", "Vladimir Putin", "", "person", "RUS", "GOV", "2030-01-01", "", "Chair", ""]],
    )
    knowledge = load_knowledge(path)
    engine = Lookup(knowledge.kb, knowledge.people)
    later = engine.one("Vladimir Putin", when=date(2031, 1, 1))
    assert (later.office, later.identifier) == ("Chair", "vladimir-putin")
    assert later.matched_by == "person (dated office 2030-01-01..)"
    assert engine.one("Vladimir Putin", when=DAY).office != "Chair"


def test_packaged_people_format_is_read_as_people(tmp_path):
    header = ("id", "name", "aliases", "code", "sector", "start", "end", "office", "cameo")
    path = _write(
        tmp_path / "people.tsv",
        [["p1", "Lena Ostrova", "", "UKR", "LEG", "2019-08-29", "", "", ""]],
        header,
    )
    [entry] = read_user_file(path)
    assert (entry.kind, entry.code, entry.sector, entry.start) == (
        "person",
        "UKR",
        ("LEG",),
        date(2019, 8, 29),
    )
    assert entry.origin == f"{path}:2"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (UserEntry("x", "X", "person", "RU"), "unknown country code 'RU' (did you mean RUS?)"),
        (UserEntry("x", "X", "person", "XXX"), "unknown country code 'XXX':"),
        (UserEntry("x", "X", "person", "RUS", ("GOVT",)), "unknown sector code 'GOVT'"),
        (UserEntry("x", "X", "robot", "RUS"), "unknown kind 'robot'"),
        (
            UserEntry("x", "X", "person", "RUS", (), (), date(2020, 1, 2), date(2020, 1, 1)),
            "end 2020-01-01 is before start 2020-01-02",
        ),
        (
            UserEntry("x", "X", "state", "RUS", (), (), date(2020, 1, 1)),
            "start, end and office are for people",
        ),
        (UserEntry("x", "A;B", "person", "RUS"), "';' separates aliases"),
    ],
)
def test_bad_entries_are_rejected(entry, message):
    with pytest.raises(ConfigError, match=None) as info:
        check_entry(entry)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_file_names_the_line(tmp_path):
    path = _write(
        tmp_path / "actors.tsv",
        [
            ["", "Ok Person", "", "person", "RUS", "GOV", "", "", "", ""],
            ["", "Bad Person", "", "person", "ZZZ", "GOV", "", "", "", ""],
        ],
    )
    with pytest.raises(ConfigError, match=r"actors.tsv:3: unknown country code 'ZZZ'"):
        load_knowledge(path)
    _write(path, [["", "Bad Date", "", "person", "RUS", "", "2020-13-01", "", "", ""]])
    with pytest.raises(ConfigError, match=r"actors.tsv:2: start '2020-13-01' is not a date"):
        read_user_file(path)


def test_append_writes_the_header_once(tmp_path):
    path = tmp_path / "sub" / "actors.tsv"
    append_entries(path, [UserEntry("a", "A Person", "person", "RUS", ("GOV",))])
    append_entries(path, [UserEntry("b", "B Group", "armed", "NGA", ("REB",), ("BG",))])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert lines[1:] == [
        "a\tA Person\t\tperson\tRUS\tGOV\t\t\t\t",
        "b\tB Group\tBG\tarmed\tNGA\tREB\t\t\t\t",
    ]
    other = _write(tmp_path / "other.tsv", [], ("name", "code"))
    with pytest.raises(ConfigError, match="add to a new file"):
        append_entries(other, [UserEntry("a", "A", "person", "RUS")])


def test_environment_variable_names_the_default_user_file(tmp_path, monkeypatch):
    path = _write(
        tmp_path / "actors.tsv",
        [["", "Red Valley Brigade", "RVB", "armed", "NGA", "REB", "", "", "", ""]],
    )
    monkeypatch.setenv("NEWSEVENTS_ACTORS_FILE", str(path))
    assert lookup_actor("RVB").code == "NGA"
    monkeypatch.delenv("NEWSEVENTS_ACTORS_FILE")
    assert lookup_actor("RVB").code != "NGA"


# -- PETRARCH dictionaries ---------------------------------------------------------------------

DICTIONARY = """\
# invented entries in the PETRARCH actor format
TAMAR_KVLIVIDZE_  # Minister of Culture
+KVLIVIDZE_
[GEOGOV 160101-191231]
[GEOELI >200101]

RED_VALLEY_BRIGADE_ (RVB)
+RED_VALLEY_FIGHTERS_
[NGAREB]

ATLANTIS_FRONT_
[ATLREB]
"""


def test_petrarch_dictionary_conversion():
    people, groups, stats = convert_dictionary(DICTIONARY, "test.actors.txt")
    assert [
        (p.id, p.name, p.aliases, p.code, p.sector, p.start, p.end, p.office) for p in people
    ] == [
        (
            "tamar-kvlividze",
            "Tamar Kvlividze",
            ("Kvlividze",),
            "GEO",
            ("GOV",),
            date(2016, 1, 1),
            date(2019, 12, 31),
            "Minister of Culture",
        ),
        (
            "tamar-kvlividze",
            "Tamar Kvlividze",
            ("Kvlividze",),
            "GEO",
            ("ELI",),
            date(2020, 1, 1),
            None,
            "",
        ),
    ]
    assert [(g.name, g.aliases, g.kind, g.code, g.sector, g.cameo) for g in groups] == [
        ("Red Valley Brigade", ("Red Valley Fighters", "RVB"), "armed", "NGA", ("REB",), "NGAREB")
    ]
    # ATL is no country: the entry cannot be converted
    assert stats.entries["group without convertible code"] == 1


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("Estonian Union of Dockworkers", "EST", "LAB"),
        ("Kenya Anti-Fraud Commission", "KEN", "GOV"),
        ("anti-Syria journalist", None, "JRN"),
        ("US-backed rebels", None, "REB"),
    ],
)
def test_organisation_state_words_and_stances(lookup, text, code, sector):
    found = lookup.one(text)
    assert found.code == code and found.sector[:1] == (sector,)


def test_title_of_country_and_misspelt_leader(lookup):
    assert lookup.one("King Hassan of Morocco", when=date(1990, 5, 1)).code == "MAR"
    assert lookup.one("President Francois Mitterand", when=date(1990, 5, 1)).code == "FRA"


@pytest.mark.parametrize(
    ("text", "when", "code", "sector"),
    [
        ("Tigrayan forces", None, "ETH", "MIL"),  # a region's adjective: the KB table
        ("Rohingya refugees", None, "MMR", "REF"),  # a people of one country
        ("Bavarian officials", None, "DEU", "GOV"),  # the gazetteer's province
        ("the Catalan government", None, "ESP", "GOV"),  # not a Chilean surname
        ("M23 rebels", None, "COD", "REB"),  # a group the parser did not tag
        ("the Wagner mercenaries", None, "RUS", "PRM"),
        ("Islamic Jihad", None, "PSE", "REB"),  # the Palestinian group in modern news
        ("the Taliban", date(2023, 1, 1), "AFG", "GOV"),  # governing from 2021-08-15
        ("the Taliban", date(2019, 1, 1), "AFG", "REB"),
        ("a Chinese foreign ministry spokesman", None, "CHN", "GOV"),
        ("the Myanmar junta", None, "MMR", "MIL"),
        ("Israeli settlers", None, "ISR", "CVL"),
        ("the Chinese coast guard", None, "CHN", "MIL"),
        ("Santiago Peña", date(2024, 1, 1), "PRY", "GOV"),  # a name owns no capital
    ],
)
def test_breadth_of_lookups(lookup, text, when, code, sector):
    found = lookup.one(text, when=when)
    assert (found.code, found.sector[:1]) == (code, (sector,)), found


def test_kurds_stay_uncoded(lookup):
    assert lookup.one("Kurdish fighters").code is None


def test_context_occurrence_without_the_article(lookup):
    found = lookup.one(
        "the Guardian Council", context="Iran's Guardian Council disqualified the candidates."
    )
    assert found.code == "IRN" and "text not found" not in found.matched_by


@pytest.mark.parametrize(
    ("text", "context", "code", "sector", "matched_by"),
    [
        (
            "Okonjo",
            "Whether the minister can exclude Okonjo, a British citizen, from returning is moot.",
            "GBR",
            ("CVL",),
            "context: apposition",
        ),
        (
            "the man",
            "A man from Leeds was charged.",
            "GBR",
            ("CVL",),
            "context: noun for people + origin (Leeds)",
        ),
        ("the man", "A man fled from Syria.", None, ("CVL",), "context: noun for people"),
    ],
)
def test_people_the_knowledge_base_does_not_know(lookup, text, context, code, sector, matched_by):
    found = lookup.one(text, context=context)
    assert (found.code, found.sector, found.matched_by) == (code, sector, matched_by)


@pytest.mark.parametrize(
    ("text", "context", "code", "sector"),
    [
        # a hyphenated title keeps the possessive country ("ex" and "-" are tokens)
        ("ex-president", "Freedonia's ex-president was jailed.", None, ("ELI",)),
        ("ex-president", "Peru's ex-president was jailed on Tuesday.", "PER", ("ELI",)),
        ("vice-president", "The vice-president of Kenya resigned.", "KEN", ("GOV",)),
        ("a retired general", "A retired general from Chile wrote the letter.", "CHL", ("ELI",)),
        ("business leaders", "Danish business leaders met the minister.", "DNK", ("BUS",)),
        # a known armed group on an event noun is the doer inside the noun phrase
        ("Taliban", "A Taliban ambush on a convoy killed four guards.", "AFG", ("REB",)),
        ("al-Shabaab", "An al-Shabaab raid hit the base at dawn.", "SOM", ("REB",)),
        # an agents-table noun with a country; a court named before "of COUNTRY"
        ("Ghanaian carmakers", "Ghanaian carmakers asked for tariffs.", "GHA", ("BUS",)),
        ("the Supreme Court", "The Supreme Court of Kenya annulled the vote.", "KEN", ("JUD",)),
    ],
)
def test_role_phrases_in_context(lookup, text, context, code, sector):
    found = lookup.one(text, context=context)
    assert (found.code, found.sector) == (code, sector), found.matched_by


def test_agents_noun_without_owner_is_no_actor_in_running_text(lookup):
    found = lookup.one("the automaker", context="The automaker said sales fell.")
    assert "no actor at this place" in found.matched_by  # falls back to the text alone
    assert found.sector == ("BUS",)
