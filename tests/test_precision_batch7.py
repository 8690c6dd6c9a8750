"""Mechanisms behind the wrong edges of audit batch 7 (gold/README.md), on sentences like its
own: each wrong reading makes no edge (or the right one), its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title abbreviation cut from its full stop ends no name: "Virginia Lt" is nobody
        (
            "Vanessa Tyson, a professor who has accused Virginia Lt. Gov. Justin Fairfax (D) "
            "of sexual assault, issued her first statement Wednesday.",
            {("Vanessa Tyson", "criticizes", "Justin Fairfax")},
        ),
        # a photo credit run into a caption is not the subject of the caption's verb
        (
            "Patrik Jonsson/The Christian Science Monitor Tiffany Cowley came to her first "
            "political event in Morrow, Ga., on Oct. 9, to support Stacey Abrams.",
            set(),
        ),
        # nor does a credited photographer's bare surname become a person ("the president"
        # stays the one of the text, not ambiguous with a famous President Wilson)
        (
            "President Donald Trump offered Democrats a deal on Saturday.\n\n"
            "Mark Wilson/Getty Images\n\n"
            "House Speaker Nancy Pelosi criticized the president's proposal Tuesday.",
            {("Nancy Pelosi", "criticizes", "Donald Trump")},
        ),
        # a party's wing is some of the party, whatever the parser tags "left"
        (
            'Donald Trump lambasted "far-left Democrats" for trying to hide the numbers.',
            set(),
        ),
    ],
)
def test_batch7_wrong_readings(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the true twins: the caption's own subject, and a title written out, still count
        (
            "Patrik Jonsson came to her first political event in Morrow, Ga., on Oct. 9, to "
            "support Stacey Abrams.",
            {("Patrik Jonsson", "endorses", "Stacey Abrams")},
        ),
        (
            "Donald Trump lambasted Democrats for trying to hide the numbers.",
            {("Donald Trump", "criticizes", "Democratic Party")},
        ),
        (
            "Vanessa Tyson has accused Lieutenant Governor Justin Fairfax of sexual assault.",
            {("Vanessa Tyson", "criticizes", "Justin Fairfax")},
        ),
    ],
)
def test_batch7_true_twins(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected
