"""Quotes and their speakers, on short texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.parsed import ParsedDoc
from newsevents.quotes import find_quotes
from newsevents.records import Quote

Parse = Callable[[str], ParsedDoc]


@pytest.fixture(scope="module")
def parse() -> Parse:
    from newsevents.nlp import parse_one

    return parse_one


def quotes(parse: Parse, text: str) -> list[Quote]:
    found = find_quotes(parse(text))
    for q in found:  # the offsets are exact for the content and the speaker
        assert text[q.start : q.end] == q.text
        if q.speaker_text is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return found


def only(found: list[Quote], fragment: str) -> Quote:
    hits = [q for q in found if fragment in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


def test_quote_then_he_said(parse: Parse) -> None:
    text = (
        "Foreign Minister Anna Berg arrived in Vilnius on Monday. "
        "“We will not accept this ultimatum,” he said."
    )
    [q] = quotes(parse, text)
    assert q.text == "We will not accept this ultimatum"
    assert (q.kind, q.cue, q.speaker_text) == ("direct", "said", "he")
    assert q.speaker_start == text.index("he said")


def test_name_said_colon(parse: Parse) -> None:
    text = (
        "Prime Minister Tomas Kral said: “Our troops will stay in the region "
        "until the border is secure.”"
    )
    [q] = quotes(parse, text)
    assert q.text.startswith("Our troops") and q.text.endswith("secure.")
    assert (q.kind, q.cue, q.speaker_text) == ("direct", "said", "Prime Minister Tomas Kral")


def test_interrupted_quote_has_one_speaker(parse: Parse) -> None:
    text = (
        "“The talks were difficult,” the ambassador said, “but we reached an "
        "agreement on the main points.”"
    )
    found = quotes(parse, text)
    assert [q.text for q in found] == [
        "The talks were difficult",
        "but we reached an agreement on the main points.",
    ]
    assert {q.speaker_text for q in found} == {"the ambassador"}
    assert {q.speaker_start for q in found} == {text.index("the ambassador")}


def test_multi_sentence_quote(parse: Parse) -> None:
    text = (
        "“The ceasefire is holding. Both sides have withdrawn heavy weapons. We expect "
        "the monitors to arrive next week,” the UN envoy told reporters in Geneva."
    )
    [q] = quotes(parse, text)
    assert q.text.startswith("The ceasefire") and q.text.endswith("next week")
    assert (q.cue, q.speaker_text) == ("told", "the UN envoy")


def test_quote_continues_in_next_paragraph_only(parse: Parse) -> None:
    text = (
        "“Our army is ready to defend the border,” said General Ivan Petrov.\n\n"
        "“We have moved two brigades to the north and more will follow.”\n\n"
        "The meeting ended without a joint statement.\n\n"
        "“Nobody here wants another war in this valley.”"
    )
    found = quotes(parse, text)
    assert only(found, "Our army").speaker_text == "General Ivan Petrov"
    follow = only(found, "two brigades")
    assert (follow.kind, follow.speaker_text) == ("direct", "General Ivan Petrov")
    assert follow.speaker_start == text.index("General")
    # narrative in between: the last quote must not inherit the general's words
    assert only(found, "Nobody here").speaker_text is None


def test_according_to(parse: Parse) -> None:
    text = (
        "“There is no military solution to this conflict,” according to the UN envoy. "
        "The troops will stay “for as long as the negotiations require,” according "
        "to the defence ministry."
    )
    found = quotes(parse, text)
    first = only(found, "no military solution")
    assert (first.kind, first.cue, first.speaker_text) == (
        "direct",
        "according to",
        "the UN envoy",
    )
    second = only(found, "as long as")
    assert (second.kind, second.speaker_text) == ("mixed", "the defence ministry")


def test_partial_quote_is_mixed(parse: Parse) -> None:
    # PolNeAR's convention: the content of a mixed quote is the whole reported clause
    text = (
        "Russian President Vladimir Putin said the agreement was “a historic step towards "
        "lasting peace in the region.”"
    )
    [q] = quotes(parse, text)
    assert q.text == "the agreement was “a historic step towards lasting peace in the region.”"
    assert (q.kind, q.cue, q.speaker_text) == ("mixed", "said", "Russian President Vladimir Putin")


def test_adding_that_takes_the_subject_of_the_main_verb(parse: Parse) -> None:
    text = (
        "The Lithuanian minister welcomed the vote, adding that “the decision of the "
        "parliament opens a new chapter.”"
    )
    q = only(quotes(parse, text), "new chapter")
    assert (q.kind, q.cue, q.speaker_text) == ("mixed", "adding", "The Lithuanian minister")


def test_scare_quotes_and_titles_are_not_quotes(parse: Parse) -> None:
    text = (
        "Critics gathered outside the so-called “peace plan” talks on Tuesday. The newspaper "
        "“Pravda” covered the vote. Her Latvian “counterpart” stayed at home."
    )
    assert quotes(parse, text) == []


def test_straight_quotes(parse: Parse) -> None:
    text = 'The mayor was defiant. "We are ready to talk to anyone," the mayor said.'
    [q] = quotes(parse, text)
    assert q.text == "We are ready to talk to anyone"
    assert (q.kind, q.speaker_text) == ("direct", "the mayor")


def test_apostrophes_inside_quotes(parse: Parse) -> None:
    text = (
        "“The region’s future depends on Moscow’s goodwill, and we don’t forget that,” "
        "the Abkhaz leader said. ‘We won’t back down,’ she added."
    )
    found = quotes(parse, text)
    first = only(found, "region’s future")
    assert first.text.endswith("forget that")
    assert first.speaker_text == "the Abkhaz leader"
    single = only(found, "back down")
    assert (single.text, single.speaker_text) == ("We won’t back down", "she")


def test_quoted_as_saying(parse: Parse) -> None:
    text = "Kral was quoted as saying “the border will remain closed until further notice.”"
    [q] = quotes(parse, text)
    assert (q.cue, q.speaker_text) == ("quoted as saying", "Kral")


def test_short_direct_quote_with_cue(parse: Parse) -> None:
    text = "Asked about the sanctions, the minister paused. “Absolutely not,” she replied."
    [q] = quotes(parse, text)
    assert (q.text, q.cue, q.speaker_text) == ("Absolutely not", "replied", "she")


def test_quote_running_over_two_paragraphs(parse: Parse) -> None:
    # the convention: no closing mark at the end of a paragraph the quote continues past
    text = (
        "“We will not give up a single village. The army is ready.\n\n"
        "“Every soldier knows what is at stake,” said Defence Minister Ali Karimov."
    )
    found = quotes(parse, text)
    assert [q.text for q in found] == [
        "We will not give up a single village. The army is ready.",
        "Every soldier knows what is at stake",
    ]
    assert {q.speaker_text for q in found} == {"Defence Minister Ali Karimov"}


def test_speaker_without_relative_clause(parse: Parse) -> None:
    text = (
        "“This is unacceptable,” the Kremlin, which rarely comments on such reports, "
        "said in a statement."
    )
    q = only(quotes(parse, text), "unacceptable")
    assert (q.text, q.cue, q.speaker_text) == ("This is unacceptable", "said", "the Kremlin")


def test_guillemets(parse: Parse) -> None:
    text = "Lavrov said the West had chosen «a dangerous path of escalation in Europe»."
    [q] = quotes(parse, text)
    assert (q.text, q.kind, q.speaker_text) == (
        "the West had chosen «a dangerous path of escalation in Europe»",
        "mixed",
        "Lavrov",
    )


# ---------------------------------------------------------------- direct: marks and bylines


def test_typewriter_quote_marks(parse: Parse) -> None:
    text = "''We will not raise taxes,'' said Governor Ellen Marsh. ``This budget is balanced.''"
    found = quotes(parse, text)
    assert [q.text for q in found] == ["We will not raise taxes", "This budget is balanced."]
    assert {(q.kind, q.speaker_text) for q in found} == {("direct", "Governor Ellen Marsh")}


def test_apostrophes_are_not_typewriter_marks(parse: Parse) -> None:
    text = "The mayor's plan isn't ready. ''It will be,'' her deputy said."
    [q] = quotes(parse, text)
    assert (q.text, q.speaker_text) == ("It will be", "her deputy")


def test_dash_bylines(parse: Parse) -> None:
    text = (
        "“Our schools need more teachers.” ― Maria Lopez\n"
        "“The city has forgotten us.”\u00a0― Tomas de Vries.\n"
        "“Nobody asked the farmers.” — Ines Okafor"
    )
    found = quotes(parse, text)
    assert [(q.text, q.speaker_text) for q in found] == [
        ("Our schools need more teachers.", "Maria Lopez"),
        ("The city has forgotten us.", "Tomas de Vries"),
        ("Nobody asked the farmers.", "Ines Okafor"),
    ]
    assert {q.cue for q in found} <= {"―", "—"}


def test_dash_then_a_sentence_is_no_byline(parse: Parse) -> None:
    text = "“We are closing the factory.” — Director Paul Kern later told the workers the same."
    [q] = quotes(parse, text)
    assert (q.cue, q.speaker_text) == (None, None)


def test_continuation_after_an_abbreviated_title(parse: Parse) -> None:
    text = "“The port will reopen next month,” Mr. Haddad said. “But the tariffs will stay.”"
    found = quotes(parse, text)
    assert [q.speaker_text for q in found] == ["Mr. Haddad", "Mr. Haddad"]
    assert found[1].speaker_start == text.index("Mr. Haddad")


def test_continuation_after_a_question(parse: Parse) -> None:
    text = "“Why should we wait?” the senator asked. “The voters want answers now.”"
    found = quotes(parse, text)
    assert [q.speaker_text for q in found] == ["the senator", "the senator"]


def test_no_continuation_over_narrative(parse: Parse) -> None:
    text = (
        "“We will win,” the coach said after the match. The team flew home on Sunday. "
        "“Nobody expected this result from such a young team.”"
    )
    found = quotes(parse, text)
    assert only(found, "We will win").speaker_text == "the coach"
    assert only(found, "Nobody expected").speaker_text is None


def test_subject_inside_the_quote_is_skipped(parse: Parse) -> None:
    text = "“If the talks fail, it will be a disaster for the region,” said Minister Olga Petrenko."
    [q] = quotes(parse, text)
    assert q.speaker_text == "Minister Olga Petrenko"


def test_transcript_labels(parse: Parse) -> None:
    text = '"KOVAC: We are ready to sign the deal today.\n"BERG: Then let us do it."'
    found = quotes(parse, text)
    assert [(q.speaker_text, q.cue) for q in found] == [("KOVAC", ":"), ("BERG", ":")]
    assert found[1].speaker_start == text.index("BERG")


# ---------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The finance minister said that the budget deficit would shrink next year.",
            "that the budget deficit would shrink next year",
            "said",
            "The finance minister",
        ),
        (
            "Mayor Lena Hart told reporters the bridge would reopen in May.",
            "the bridge would reopen in May",
            "told",
            "Mayor Lena Hart",
        ),
        (
            "The ceasefire has collapsed, the army said on Tuesday.",
            "The ceasefire has collapsed",
            "said",
            "the army",
        ),
        (
            "According to the electoral commission, turnout reached 64 percent.",
            "turnout reached 64 percent",
            "According to",
            "the electoral commission",
        ),
        (
            "Turnout reached 64 percent, according to the electoral commission.",
            "Turnout reached 64 percent",
            "according to",
            "the electoral commission",
        ),
        (
            "In the words of the mayor, the new stadium is a gift to the city.",
            "the new stadium is a gift to the city",
            "In the words of",
            "the mayor",
        ),
        (
            "The senator asked whether the treaty had been ratified.",
            "whether the treaty had been ratified",
            "asked",
            "The senator",
        ),
        (
            "The prime minister vowed to rebuild the damaged schools.",
            "to rebuild the damaged schools",
            "vowed",
            "The prime minister",
        ),
        (
            "The union urged the government to raise the minimum wage.",
            "the government to raise the minimum wage",
            "urged",
            "The union",
        ),
        (
            "The ministry denied the allegations of torture.",
            "the allegations of torture",
            "denied",
            "The ministry",
        ),
        (
            "The council called for an independent investigation into the fire.",
            "an independent investigation into the fire",
            "called for",
            "The council",
        ),
        (
            "He believes the deal will hold.",
            "the deal will hold",
            "believes",
            "He",
        ),
        (
            "The report says unemployment fell to 4 percent.",
            "unemployment fell to 4 percent",
            "says",
            "The report",
        ),
        (
            "Berg's claim that the vote was rigged drew sharp criticism.",
            "that the vote was rigged",
            "claim",
            "Berg",
        ),
        (
            "Kovac: Opposition Will Boycott Parliament",
            "Opposition Will Boycott Parliament",
            ":",
            "Kovac",
        ),
    ],
)
def test_indirect_speech(parse: Parse, text: str, content: str, cue: str, speaker: str) -> None:
    [q] = quotes(parse, text)
    assert (q.kind, q.text, q.cue, q.speaker_text) == ("indirect", content, cue, speaker)


def test_interrupting_attribution(parse: Parse) -> None:
    text = "The economy, the governor insisted, is stronger than ever."
    [q] = quotes(parse, text)
    assert q.text == "The economy, the governor insisted, is stronger than ever"
    assert (q.kind, q.cue, q.speaker_text) == ("indirect", "insisted", "the governor")


def test_relative_clause_speaker_runs_to_the_pronoun(parse: Parse) -> None:
    text = "Anna Berg, who said the plan would fail, resigned on Friday."
    [q] = quotes(parse, text)
    assert (q.text, q.speaker_text) == ("the plan would fail", "Anna Berg, who")


def test_block_quote_after_a_colon(parse: Parse) -> None:
    text = "The governor added:\n\nThe road will be finished before the winter comes.\n"
    [q] = quotes(parse, text)
    assert (q.kind, q.text, q.speaker_text) == (
        "indirect",
        "The road will be finished before the winter comes.",
        "The governor",
    )


def test_not_speech(parse: Parse) -> None:
    text = (
        "It seems that the rain will not stop. This means that the harvest is lost. "
        "The farmers raised money for a new barn."
    )
    assert quotes(parse, text) == []


def test_reported_clause_filled_by_a_quote_stays_direct(parse: Parse) -> None:
    text = "The minister said: “We will build the road before the winter.”"
    [q] = quotes(parse, text)
    assert (q.kind, q.text, q.speaker_text) == (
        "direct",
        "We will build the road before the winter.",
        "The minister",
    )


def test_nested_reports_each_have_their_speaker(parse: Parse) -> None:
    text = "The lawyer said the mayor had claimed that the contract was legal."
    found = quotes(parse, text)
    outer = only(found, "the mayor had claimed")
    inner = next(q for q in found if q.text == "that the contract was legal")
    assert (outer.speaker_text, inner.speaker_text) == ("The lawyer", "the mayor")


def test_mixed_clause_keeps_the_marks_of_its_quote(parse: Parse) -> None:
    text = "“Prices will fall sharply” after the harvest, the minister said."
    [q] = quotes(parse, text)  # the quoted fragment is part of the clause, not a second quote
    assert (q.kind, q.text, q.speaker_text) == (
        "mixed",
        "“Prices will fall sharply” after the harvest",
        "the minister",
    )


def test_source_phrase_reports_its_own_clause_only(parse: Parse) -> None:
    text = (
        "Putin met Bibilov in Moscow, which, in the words of the Kremlin, was “a useful meeting.”"
    )
    [q] = quotes(parse, text)
    assert q.text == "which, in the words of the Kremlin, was “a useful meeting.”"
    assert (q.kind, q.cue, q.speaker_text) == ("mixed", "in the words of", "the Kremlin")
