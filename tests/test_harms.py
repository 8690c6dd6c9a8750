"""Harm an actor does or is said to bring is criticism by whoever says so: "This legislation
endangers ...", "said Labour would raise taxes", "said Conservative policies would cause economic
failure"; a party's own member stating its tax policy charges nobody."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

UK = "Tory leader Michael Howard held a rally with Labour leaders on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tax charge foretold with "would": the warning is asserted
        (
            "Tory leader Michael Howard said Labour would raise taxes in its Budget.",
            {("Michael Howard", "criticizes", "Labour Party", True)},
        ),
        # a causing verb with a negative object, the party named by its adjective on a deed
        (
            UK + "Tony Blair has said Conservative policies would cause economic failure.",
            {("Tony Blair", "criticizes", "Conservative Party", True)},
        ),
        # a disparaging verb foretold is no longer hedged by "would" ...
        (
            "Tory leader Michael Howard said Labour would wreck the economy.",
            {("Michael Howard", "criticizes", "Labour Party", True)},
        ),
        # ... but "could" and an "if" still hedge
        (
            '"Elizabeth Warren could hurt the economy," Donald Trump said.',
            {("Donald Trump", "criticizes", "Elizabeth Warren", False)},
        ),
        # a party's own leader stating its tax policy is no charge against it
        ("Labour leader Tony Blair said Labour would raise taxes on the rich.", set()),
        # a good outcome caused is no harm
        ("Barack Obama said the Republican plan would create jobs.", set()),
    ],
)
def test_foretold_harm(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected


def test_harm_verb_in_a_quoted_statement(extractor: Extractor) -> None:
    text = (
        "Sen. Dianne Feinstein urged the Senate to reject the National Uniformity for Food Act.\n"
        '"This legislation recklessly endangers the health of Americans," Senator Feinstein said.'
    )
    found = flagged(extractor, text)
    assert ("Dianne Feinstein", "criticizes", "National Uniformity for Food Act", True) in found


def test_an_ergative_harm_verb_needs_an_object(extractor: Extractor) -> None:
    """ "Erode" with an object after it does harm; without one its subject suffers a loss (a
    Senate release: "that the United States' leadership ... is eroding", the "that" misread as
    its object)."""
    text = (
        "\"The report made plain that the United States' leadership in science and technology "
        'is eroding," Mitch McConnell said.'
    )
    assert flagged(extractor, text) == set()
    text = '"President Bush\'s budget erodes the benefits of our veterans," Mitch McConnell said.'
    assert ("Mitch McConnell", "criticizes", "Bush", True) in flagged(extractor, text)
