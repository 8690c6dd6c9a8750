"""Failed tallies ("X's sums do not add up") as criticism, and coordinated reporting speakers."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the BBC politics corpus (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported clause; a party modifier owns the figures; the negation is the judgement
        (
            "Chancellor Gordon Brown said the Lib Dem figures did not add up.",
            {("Gordon Brown", "criticizes", "Liberal Democrats", True)},
        ),
        # inside the quotation, the possessor owns the sums
        (
            "Paul Boateng said: \"The Lib Dems' sums don't add up.\"",
            {("Paul Boateng", "criticizes", "Liberal Democrats", True)},
        ),
        # "none of" is the judgement
        (
            'Paul Boateng said: "None of the Tories\' figures add up."',
            {("Paul Boateng", "criticizes", "Conservative Party", True)},
        ),
        # a coordinated subject says it together
        (
            "Labour and the Liberal Democrats have said the Tories' sums do not add up.",
            {
                ("Labour Party", "criticizes", "Conservative Party", True),
                ("Liberal Democrats", "criticizes", "Conservative Party", True),
            },
        ),
        # the speech verb's own negation still reads
        (
            "Gordon Brown did not say the Lib Dem figures did not add up.",
            {("Gordon Brown", "criticizes", "Liberal Democrats", False)},
        ),
    ],
)
def test_tallies_criticize_the_owner(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no negation: no charge
        'Tony Blair said: "The day the Tory sums add up, pigs will fly."',
        # the sums of nobody named
        "Gordon Brown said the sums do not add up.",
        # a story, not an actor's numbers
        "Gordon Brown said the Lib Dem story did not add up.",
    ],
)
def test_tallies_need_a_failed_tally_of_an_owner(extractor: Extractor, text: str) -> None:
    assert not {t for t in flagged(extractor, text) if t[1] == "criticizes" and t[3]}


def test_tallies_quote_introduced_after_belongs_to_the_next_quote(extractor: Extractor) -> None:
    text = (
        'Paul Boateng said: "None of the Tories\' figures add up." Liberal Democrat leader '
        'Charles Kennedy added: "People will not be fooled."'
    )
    edges = flagged(extractor, text)
    assert ("Paul Boateng", "criticizes", "Conservative Party", True) in edges
    assert not {e for e in edges if e[0] == "Charles Kennedy"}
