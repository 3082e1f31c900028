"""A KB person in a sentence about a stated past year takes the office held that year, not
the one on the article's date ("In 1985 Saddam Hussein ordered ..." in a 2017 article: a
sitting president then).  Short texts written for these tests."""

from __future__ import annotations

from datetime import date

from actor_helpers import mention
from newsevents.nlp import parse_one
from newsevents.resolve.actors import _stated_periods

_WHEN = date(2017, 10, 3)  # Saddam Hussein held no office then: a former official (ELI)


def _sector(text: str, words: str) -> set[str]:
    found = mention(text, words, _WHEN)
    assert found is not None and found[0] == "IRQ"
    return found[1]


def test_a_stated_past_year_gives_the_office_held_then():
    assert _sector("In 1985 Saddam Hussein ordered air raids on Iranian cities.", "Saddam") == {
        "GOV"
    }


def test_without_a_year_the_article_date_stands():
    assert _sector("Saddam Hussein ordered air raids on Iranian cities.", "Saddam") == {"ELI"}


def test_a_decade_counts():
    text = "Kurdish leaders fought each other in the 1990s, when Saddam Hussein sent troops north."
    assert _sector(text, "Saddam") == {"GOV"}


def test_a_year_in_which_the_office_changed_says_nothing():
    # he took power in July 1979: the year alone does not tell which office he then held
    assert _sector("In 1979 Saddam Hussein purged the ruling party.", "Saddam") == {"ELI"}


def test_a_clear_year_beside_an_open_one_decides():
    text = "In 1979 Saddam Hussein took power and in 1980 launched a war on Iran."
    assert _sector(text, "Saddam") == {"GOV"}


def test_since_reaches_into_the_present_and_is_not_read():
    assert _sector("Since 1985 Saddam Hussein has been reviled by Kurds.", "Saddam") == {"ELI"}


def test_a_year_in_a_clause_on_the_name_is_not_the_sentences_time():
    text = "Saddam Hussein, whose army invaded Iran in 1980, is still reviled by many Kurds."
    assert _sector(text, "Saddam") == {"ELI"}


def test_only_the_dated_mention_changes():
    text = (
        "In 1988 Saddam Hussein ordered attacks on Kurdish villages. "
        "Many Kurds still blame Saddam Hussein for their losses."
    )
    assert _sector(text, "Saddam Hussein ordered") == {"GOV"}
    assert _sector(text, "Saddam Hussein for") == {"ELI"}


def test_stated_periods_read_years_months_and_decades_before_the_article():
    text = (
        "They met in March 1975, fought in the early 1990s, lost in the 1985 election "
        "and will vote in 2018."
    )
    doc = parse_one(text)
    periods = {(t.text, a, b) for t, a, b in _stated_periods(doc, doc.sentences[0], _WHEN)}
    assert periods == {
        ("1975", date(1975, 3, 1), date(1975, 3, 31)),
        ("1990s", date(1990, 1, 1), date(1993, 12, 31)),
    }


def test_a_year_the_kb_does_not_cover_says_nothing():
    # his first dated office starts in 1955: the KB cannot tell what he was in 1950
    assert _sector("In 1950 Saddam Hussein joined a secret cell.", "Saddam") == {"ELI"}
