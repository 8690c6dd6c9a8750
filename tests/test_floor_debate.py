"""A face-off in a debate on a legislative floor is no electoral contest
(``senses.floor_debate``): audit batch 12's floor debate, written anew, and the candidates'
debates and floor speeches that stay."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


def test_a_floor_debate_is_no_contest(extractor: Extractor):
    found = edges(
        extractor,
        "The quarrel moved onto the Senate floor on Monday, with Mr. Reid facing off against "
        "Sen. Mitch McConnell, the chamber's top Republican, in a bitter head-to-head debate.",
    )
    assert not {t for t in found if t[1] == "opposes"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Ted Cruz faced off against Beto O'Rourke in a testy debate in San Antonio in the "
            "Senate race.",
            ("Ted Cruz", "opposes", "Beto O'Rourke"),
        ),
        (
            "A day later Joe Biden and Paul Ryan faced off in their sole debate of the campaign.",
            ("Joe Biden", "opposes", "Paul Ryan"),
        ),
        (
            "Democrats took the Senate floor and spoke all night against DeVos.",
            ("Democratic Party", "opposes", "DeVos"),
        ),
    ],
)
def test_contests_and_floor_speeches_stay(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
):
    assert triple in edges(extractor, text)
