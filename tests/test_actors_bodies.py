"""State bodies named after a country, "X-led" leaders and nationals' armed groups, on
short texts written for these tests."""

from __future__ import annotations

from actor_helpers import actor_of, actors_of


def test_untagged_state_body_takes_its_country_and_sector():
    idx = actors_of("The Kenya Anti-Corruption Commission charged the governor on Monday.")
    a = actor_of(idx, "Kenya Anti-Corruption Commission")
    assert a is not None and a.code == "KEN" and "GOV" in a.sector


def test_company_named_after_a_country_is_no_government():
    idx = actors_of("Kenya Airways cancelled flights to Lagos.")
    for a in idx.actors:
        assert "GOV" not in a.sector


def test_leader_of_x_led_compound_is_a_mention_of_the_state():
    idx = actors_of("Saudi-led air strikes killed 12 civilians in Yemen.")
    a = actor_of(idx, "Saudi")
    assert a is not None and a.code == "SAU"
    idx = actors_of("The Russian-led alliance sent troops to the border.")
    a = actor_of(idx, "Russian")
    assert a is not None and a.code == "RUS"


def test_x_backed_patron_is_no_mention():
    idx = actors_of("US-backed forces captured the town.")
    assert actor_of(idx, "US") is None
    assert all(a.code != "USA" for a in idx.actors)


def test_nationals_extremists_are_their_own_armed_group():
    idx = actors_of("Croatian extremists attacked a church near the border.")
    a = actor_of(idx, "Croatian extremists")
    assert a is not None and a.code == "HRV" and "REB" in a.sector
    assert a.kind != "state"
