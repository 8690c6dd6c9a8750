"""A verb after "rather than" is the alternative not taken (alternatives.rejected_alternative,
cues_modality.json ``rejected_alternative_words``). The sentence is shaped on a NewsMTSC one
(audit text: "encouraged primary voters in the district to leave ballots blank rather than vote
for Jones"); its twin without "rather than" keeps its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

REJECTED = (
    "Republicans have indeed roundly rejected Jones, saying he had no place in their party, "
    "denounced his candidacy,"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{REJECTED} ran robocalls against him at one point and even encouraged primary "
            "voters in the district to leave ballots blank rather than vote for Roy Moore.",
            set(),
        ),
        (
            f"{REJECTED} ran robocalls against him at one point and even encouraged primary "
            "voters in the district to vote for Roy Moore.",
            {("Republican Party", "endorses", "Roy Moore")},
        ),
    ],
)
def test_rejected_alternatives_rather_than(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {e for e in edges(extractor, text) if e[2] == "Roy Moore"} == expected
