"""A city an attack falls on is a participant coded by its country with no sector (PLOVER:
a place attacked stands for its country's people there); a capital attacked is the city,
not its government, while a capital that speaks, acts or is addressed stays the government
("Moscow denied", "talks with Beijing").  Short texts written for these tests."""

from __future__ import annotations

import pytest

_FORCE = ("ASSAULT", "COERCE")


def _target(rules_code, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, code, sectors) of the recipients of the text's first act of force."""
    ev = next(e for e in rules_code(text) if e.event in _FORCE)
    return [(r.entity_text, r.code, tuple(r.sector)) for r in ev.recipient]


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        # capitals as objects, after "at/on", in passives and conjoined
        ("Israeli jets struck Beirut on Monday.", "Beirut", "LBN"),
        ("Israeli warplanes bombed Damascus on Friday.", "Damascus", "SYR"),
        ("Militants attacked Kabul last week.", "Kabul", "AFG"),
        ("The Taliban captured Kabul in August.", "Kabul", "AFG"),
        ("Saudi jets pounded Sanaa overnight.", "Sanaa", "YEM"),
        ("Rebels fired rockets at Baghdad.", "Baghdad", "IRQ"),
        ("Russia fired missiles at Kyiv overnight.", "Kyiv", "UKR"),
        ("Houthi rebels launched drones at Riyadh on Sunday.", "Riyadh", "SAU"),
        ("Israel launched airstrikes on Damascus.", "Damascus", "SYR"),
        ("Israel carried out airstrikes on Beirut.", "Beirut", "LBN"),
        ("Russia launched a missile attack on Kyiv.", "Kyiv", "UKR"),
        ("Kyiv was shelled overnight.", "Kyiv", "UKR"),
        ("Baghdad was hit by rockets on Sunday.", "Baghdad", "IRQ"),
        ("Damascus was shelled by rebels.", "Damascus", "SYR"),
        # other cities, some of which the parser takes for a people
        ("Rebels shelled Aleppo.", "Aleppo", "SYR"),
        ("The army shelled Homs and Aleppo.", "Aleppo", "SYR"),
        ("Government forces launched an assault on Mosul.", "Mosul", "IRQ"),
        ("Houthi rebels fired rockets at Tel Aviv.", "Tel Aviv", "ISR"),
        ("Boko Haram attacked Maiduguri on Sunday.", "Maiduguri", "NGA"),
        ("Israel bombed Gaza City overnight.", "Gaza City", "PSE"),
    ],
)
def test_an_attacked_city_is_its_country_with_no_sector(rules_code, text, city, code):
    assert (city, code, ()) in _target(rules_code, text)


def test_the_weapon_an_attack_is_made_with_is_no_target(rules_code):
    found = _target(rules_code, "Russia attacked Damascus with missiles.")
    assert [t for t, _c, _s in found] == ["Damascus"]


def test_a_partner_after_with_stays_a_target(rules_code):
    # "clashed with police": "with" names the other side, not a weapon
    ev = next(e for e in rules_code("Protesters clashed with police in Nairobi."))
    assert "police" in [r.entity_text for r in ev.recipient]


def test_an_accused_capital_stays_the_government(rules_code):
    ev = next(e for e in rules_code("Moscow accused Kyiv of shelling the plant."))
    assert [(a.code, tuple(a.sector)) for a in ev.actor] == [("RUS", ("GOV",))]
    assert [(r.code, tuple(r.sector)) for r in ev.recipient] == [("UKR", ("GOV",))]


def test_a_capital_addressed_stays_the_government(rules_code):
    ev = next(e for e in rules_code("The United States held talks with Beijing."))
    assert ("CHN", ("GOV",)) in [(r.code, tuple(r.sector)) for r in ev.recipient]


def test_a_capital_where_talks_are_held_is_no_government(rules_code):
    # "talks in Beirut": a locative, never the Lebanese government
    for ev in rules_code("Officials held talks in Beirut."):
        assert all("GOV" not in r.sector for r in ev.recipient if r.code == "LBN")


def test_a_measure_that_hits_a_capital_is_no_attack_on_the_city():
    # "sanctions hit Moscow": the state the measure falls on, not the city
    from actor_helpers import mention

    assert mention("Western sanctions hit Moscow hard.", "Moscow") == ("RUS", {"GOV"})


@pytest.mark.parametrize(
    ("text", "capital", "code"),
    [
        # words, not force: a person or civil officer attacks, a reason or a speech
        ("Trump attacked Beijing over its trade policy.", "Beijing", "CHN"),
        ("The minister attacked Kyiv in a speech.", "Kyiv", "UKR"),
        ("The president attacked Moscow for its interference.", "Moscow", "RUS"),
        # a measure, not a strike
        ("Washington hit Moscow with new sanctions.", "Moscow", "RUS"),
        ("Moscow was hit by new sanctions.", "Moscow", "RUS"),
    ],
)
def test_a_capital_attacked_in_words_or_by_measures_stays_the_government(capital, text, code):
    from actor_helpers import mention

    assert mention(text, capital) == (code, {"GOV"})


def test_a_time_after_for_keeps_the_attack_on_the_city(rules_code):
    assert ("Kabul", "AFG", ()) in _target(rules_code, "Militants attacked Kabul for hours.")
