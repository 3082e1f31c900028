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
    text = (
        "Russian President Vladimir Putin said the agreement was “a historic step towards "
        "lasting peace in the region.”"
    )
    [q] = quotes(parse, text)
    assert q.text == "a historic step towards lasting peace in the region."
    assert (q.kind, q.cue, q.speaker_text) == ("mixed", "said", "Russian President Vladimir Putin")


def test_adding_that_takes_the_subject_of_the_main_verb(parse: Parse) -> None:
    text = (
        "The Lithuanian minister welcomed the vote, adding that “the decision of the "
        "parliament opens a new chapter.”"
    )
    [q] = quotes(parse, text)
    assert (q.kind, q.cue, q.speaker_text) == ("mixed", "adding", "The Lithuanian minister")


def test_scare_quotes_and_titles_are_not_quotes(parse: Parse) -> None:
    text = (
        "Critics rejected the so-called “peace plan” on Tuesday. The newspaper “Pravda” "
        "covered the vote. Her Latvian “counterpart” declined to comment."
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
    [q] = quotes(parse, text)
    assert (q.text, q.cue, q.speaker_text) == ("This is unacceptable", "said", "the Kremlin")


def test_guillemets(parse: Parse) -> None:
    text = "Lavrov said the West had chosen «a dangerous path of escalation in Europe»."
    [q] = quotes(parse, text)
    assert (q.text, q.kind, q.speaker_text) == (
        "a dangerous path of escalation in Europe",
        "mixed",
        "Lavrov",
    )
