"""A party word apposed to a name the entity layer does not know ("Stan Brand, a Democrat")
tells that person's party; it is neither the speaker nor any actor
(``arguments.ArgumentResolver._resolve_one``, ``party_members``): audit batch 6's quotation,
written anew, and a known name with the same apposition, which stays the speaker."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "edge", "found"),
    [
        (
            '"Obama overstepped his authority," said former counsel Sam Brand, a Democrat.',
            ("Democratic Party", "criticizes", "Obama"),
            False,
        ),
        (
            '"Obama overstepped his authority," said Nancy Pelosi, a Democrat.',
            ("Nancy Pelosi", "criticizes", "Obama"),
            True,
        ),
    ],
)
def test_a_party_member_apposition_is_no_speaker(
    extractor: Extractor, text: str, edge: tuple[str, str, str], found: bool
):
    assert (edge in edges(extractor, text)) is found
