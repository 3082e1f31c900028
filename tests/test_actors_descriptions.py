"""A definite description with a demonym names the person named just before it."""

from __future__ import annotations

import pytest

from actor_helpers import actors_of, named


def code_of(text: str, name: str) -> str | None:
    return named(actors_of(text), name).code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Marta Kowalczyk was detained at the airport on Friday. "
            "The 29-year-old Canadian said she had been questioned for hours.",
            "CAN",
        ),
        (
            "Police released Marta Kowalczyk after two days. "
            "The Briton had travelled to the region for work.",
            "GBR",
        ),
        (
            "Marta Kowalczyk was freed on Monday. "
            "The Canadian woman thanked the officials who helped her.",
            "CAN",
        ),
    ],
)
def test_description_gives_the_named_person_a_country(text: str, code: str) -> None:
    assert code_of(text, "Kowalczyk") == code


@pytest.mark.parametrize(
    "text",
    [
        # indefinite: a new person
        "Marta Kowalczyk was detained at the airport on Friday. "
        "An American said she had been questioned for hours.",
        # two people named just before: no telling which
        "Marta Kowalczyk met Jonas Lindqvist in the capital. "
        "The Canadian said the talks had gone well.",
        # plural
        "Marta Kowalczyk was detained at the airport on Friday. "
        "The Canadians said they had been questioned for hours.",
        # gender disagrees with the title
        "Mr Kowalczyk was detained at the airport on Friday. "
        "The Canadian woman said she had been questioned for hours.",
    ],
)
def test_no_country_without_one_fitting_antecedent(text: str) -> None:
    assert code_of(text, "Kowalczyk") is None


@pytest.mark.parametrize(
    "text",
    [
        "Marta Kowalczyk was detained at the airport on Friday. "
        "The second Canadian said she had been questioned for hours.",
        "Marta Kowalczyk was detained at the airport on Friday. "
        "The Canadian woman, who asked not to be named, said the guards were rough.",
        "Marta Kowalczyk was detained at the airport on Friday. "
        "The Canadian-born woman said she had been questioned for hours.",
    ],
)
def test_description_of_someone_else(text: str) -> None:
    assert code_of(text, "Kowalczyk") is None
