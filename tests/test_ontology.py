"""Tests for the packaged event ontology (CAMEO, PLOVER, mapping) and trigger lexicon."""

from __future__ import annotations

import re

import pytest

from newsevents.coding.lexicon import Lexicon, Trigger
from newsevents.coding.ontology import Ontology, default_cameo, parent_code, read_tsv


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.default()


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def mapping_rows() -> list[dict[str, str]]:
    cols = ("code", "event", "mode", "context")
    return [*read_tsv("cameo2plover.tsv", cols), *read_tsv("cameo2plover_extra.tsv", cols)]


# CAMEO ---------------------------------------------------------------------------------
def test_cameo_codebook_is_complete(onto: Ontology) -> None:
    codes = onto.cameo_codes
    assert len(codes) == len(set(codes))
    assert {c for c in codes if len(c) == 2} == {f"{i:02d}" for i in range(1, 21)}
    assert len(codes) > 300
    for c in codes:
        assert re.fullmatch(r"\d{2,4}", c)
        parent = parent_code(c)
        assert parent is None or parent in codes, c


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("010", 0.0),
        ("040", 1.0),
        ("042", 1.9),
        ("043", 2.8),
        ("057", 8.0),
        ("111", -2.0),
        ("190", -10.0),
        ("0874", 10.0),
        ("163", -8.0),
    ],
)
def test_known_goldstein_values(onto: Ontology, code: str, value: float) -> None:
    assert onto.goldstein(code) == value


def test_goldstein_range_and_sign(onto: Ontology) -> None:
    for c in onto.cameo_codes:
        g = onto.goldstein(c)
        assert -10.0 <= g <= 10.0
        root = int(c[:2])
        if 3 <= root <= 8:
            assert g > 0, c
        elif root >= 9:
            assert g < 0, c


def test_quad_classes_follow_roots(onto: Ontology) -> None:
    expected = {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}
    for c in onto.cameo_codes:
        rec = onto.cameo(c)
        assert int(rec.root) in expected[rec.quad], c
        assert rec.penta == (0 if rec.root in ("01", "02") else rec.quad)


def test_unknown_cameo_code_raises(onto: Ontology) -> None:
    with pytest.raises(KeyError):
        onto.cameo("999")
    with pytest.raises(KeyError):
        onto.to_plover("0999")


# PLOVER --------------------------------------------------------------------------------
def test_sixteen_plover_events_with_quads(onto: Ontology) -> None:
    assert len(onto.plover_events) == 16
    assert {e: onto.plover_quad(e) for e in ("AGREE", "AID", "ACCUSE", "ASSAULT")} == {
        "AGREE": 1,
        "AID": 2,
        "ACCUSE": 3,
        "ASSAULT": 4,
    }
    assert sorted({onto.plover_quad(e) for e in onto.plover_events}) == [1, 2, 3, 4]


def test_mapping_rows_use_valid_events_modes_contexts(onto: Ontology) -> None:
    for r in mapping_rows():
        assert r["code"] in onto.cameo_codes, r
        assert r["event"] in onto.plover_events, r
        if r["mode"]:
            assert r["mode"] in onto.plover_modes(r["event"]), r
        for ctx in filter(None, r["context"].split(";")):
            assert ctx in onto.plover_contexts, r


def test_official_mappings(onto: Ontology) -> None:
    for code in ("040", "042", "043"):
        assert onto.to_plover(code).event == "CONSULT"
    assert onto.to_plover("041").mode == "phone"
    assert onto.to_plover("057").event == "SUPPORT"  # the table: sign agreement -> SUPPORT
    assert onto.to_plover("030").event == "AGREE"
    assert onto.to_plover("190").event == "ASSAULT"
    assert onto.to_plover("173") == onto.to_plover("173")  # cached, frozen value
    arrest = onto.to_plover("173")
    assert (arrest.event, arrest.mode, arrest.context) == ("COERCE", "arrest", ("legal",))
    assert onto.to_plover("0871").mode == "ceasefire"
    assert onto.to_plover("112").event == "ACCUSE"
    assert onto.to_plover("163").event == "COERCE"  # as the official table says
    assert onto.to_plover("094").context == ("military", "legal")
    assert all(onto.to_plover(c).official for c in ("040", "0841", "2042"))


def test_parent_fallback_and_dropped_codes(onto: Ontology) -> None:
    # 1951 has no row of its own in the official table: the extra table or 195 answers.
    assert onto.to_plover("1951").event == "ASSAULT"
    assert onto.to_plover("1834").event == onto.to_plover("183").event
    # Statements (01) are dropped by PLOVER.
    assert onto.try_plover("010") is None
    with pytest.raises(KeyError):
        onto.to_plover("016")
    # Appeals (02) map to REQUEST as a documented project extension.
    appeal = onto.to_plover("0253")
    assert (appeal.event, appeal.mode, appeal.official) == ("REQUEST", "yield", False)


def test_plover_quads_agree_with_cameo_direction(onto: Ontology) -> None:
    """Cooperation codes map to cooperative PLOVER events and conflict codes to conflict.

    Appeals (02) are skipped: neutral in the five-class scheme, REQUEST (3) in PLOVER.
    """
    for code in onto.cameo_codes:
        m = onto.try_plover(code)
        if m is None or onto.cameo(code).penta == 0:
            continue
        cameo_coop = onto.cameo(code).quad <= 2
        assert (onto.plover_quad(m.event) <= 2) == cameo_coop, (code, m.event)


def test_plover_scores(onto: Ontology) -> None:
    assert onto.plover_score("CONSULT") == 2.5
    assert onto.plover_score("CONSULT", "visit") == 4
    assert onto.plover_score("ASSAULT", "unconventional") == -10
    assert onto.plover_score("ASSAULT", "no-such-mode") == onto.plover_score("ASSAULT")


# Lexicon -------------------------------------------------------------------------------
def verb(lex: Lexicon, lemma: str, *context: str) -> str | None:
    t = lex.match_verb(lemma, context)
    return t.cameo if t else None


def noun(lex: Lexicon, lemma: str, *context: str) -> str | None:
    t = lex.match_noun(lemma, context)
    return t.cameo if t else None


def test_trigger_codes_exist_and_rows_are_well_formed(onto: Ontology, lex: Lexicon) -> None:
    assert len(lex) >= 300
    seen = set()
    for t in lex.triggers:
        assert t.cameo in onto.cameo_codes, t
        assert 0.0 < t.weight <= 1.0, t
        assert re.fullmatch(r"[a-z]+", t.lemma), t
        for slot in t.requires:
            assert all(re.fullmatch(r"[a-z]+", w) for w in slot.split("|")), t
        key = (t.kind, t.lemma, t.requires)
        assert key not in seen, key
        seen.add(key)


def test_lexicon_covers_every_cameo_root_and_plover_event(onto: Ontology, lex: Lexicon) -> None:
    roots = {t.cameo[:2] for t in lex.triggers}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    events = {m.event for t in lex.triggers if (m := onto.try_plover(t.cameo)) is not None}
    assert events == set(onto.plover_events)


def test_meet_and_consult_triggers(lex: Lexicon) -> None:
    assert verb(lex, "meet", "with", "president") in ("040", "044")
    assert verb(lex, "visit") == "042"
    assert verb(lex, "host") == "043"
    assert verb(lex, "hold", "talk") == "046"
    assert verb(lex, "talk", "by", "phone") == "041"
    assert noun(lex, "summit") == "040"


def test_sign_agreement_needs_the_object(lex: Lexicon) -> None:
    assert verb(lex, "sign", "agreement") == "057"
    assert verb(lex, "sign", "memorandum", "on", "trade") == "057"
    bare = lex.match_verb("sign", ["decree"])
    assert bare is not None and bare.weight < 0.5
    first = lex.verb_triggers("sign")[0]
    assert first.requires, "triggers with requirements come first"


def test_conflict_triggers(lex: Lexicon) -> None:
    assert verb(lex, "accuse") == "112"
    assert verb(lex, "accuse", "of", "espionage") == "1125"
    assert verb(lex, "condemn") == "111"
    assert verb(lex, "impose", "sanction") == "163"
    assert verb(lex, "recall", "ambassador") == "161"
    assert verb(lex, "arrest") == "173"
    assert verb(lex, "shell") == "194"
    assert verb(lex, "threaten", "sanction") == "1312"
    assert verb(lex, "violate", "ceasefire") == "196"
    assert verb(lex, "strike", "deal") == "057"


def test_multi_slot_requirements(lex: Lexicon) -> None:
    assert verb(lex, "call", "off", "strike") == "082"
    assert verb(lex, "call", "on", "release") == "0253"
    assert verb(lex, "go", "on", "hunger", "strike") == "142"
    assert verb(lex, "go", "on", "strike") == "143"
    assert lex.match_verb("go", ["to", "school"]) is None
    t = Trigger("verb", "x", ("off", "strike|protest"), "082", 0.9)
    assert t.matches(["Off", "protest"]) and not t.matches(["protest"])


def test_noun_triggers(lex: Lexicon) -> None:
    assert noun(lex, "talk") == "046"
    assert noun(lex, "ceasefire") == "0871"
    assert noun(lex, "fire", "cease") == "0871"
    assert lex.match_noun("fire") is None
    assert noun(lex, "strike", "hunger") == "142"
    assert noun(lex, "strike", "air") == "195"
    assert noun(lex, "sanction") == "163"
    assert noun(lex, "Arrest") == "173"
    assert lex.noun_triggers("no-such-noun") == []


def test_speech_verbs(onto: Ontology, lex: Lexicon) -> None:
    assert lex.is_speech_verb("say") and lex.is_speech_verb("Tell")
    assert not lex.is_speech_verb("attack")
    assert lex.verb_triggers("say") == []  # a statement alone is not a substantive event
    speech = [t for t in lex.triggers if t.kind == "speech"]
    assert speech and all(onto.try_plover(t.cameo) is None for t in speech)


def test_default_cameo_codes_convert_back_to_their_type(onto):
    # the code the hybrid and llm coders use when nothing finer is known
    for event in onto.plover_events:
        code = default_cameo(onto, event)
        mapping = onto.try_plover(code)
        assert mapping is not None and mapping.event == event, (event, code)
        for mode in onto.plover_modes(event):
            assert onto.to_plover(default_cameo(onto, event, mode)).event == event
    assert default_cameo(onto, "ACCUSE") == "11"  # disapprove, not "09" investigate
    assert default_cameo(onto, "CONSULT", "phone") == "041"
