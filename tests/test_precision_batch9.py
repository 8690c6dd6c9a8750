"""Mechanisms behind the wrong edges of audit batch 9 (gold/README.md), on small texts written
for them: each wrong reading makes no edge (or an unasserted one), its true twin still makes its
edge."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill the text brings up between the named one and "the law" is the law meant
        (
            "The DREAM Act stalled in Congress.\n\nThe ruling striking down much of the "
            "Arizona immigration law was a blow to Republicans, who had touted the law as a "
            "model.",
            set(),
        ),
        (
            "The DREAM Act stalled in Congress.\n\nThe ruling was a blow to Republicans, who "
            "had touted the law as a model.",
            {("Republican Party", "endorses", "DREAM Act")},
        ),
        # a possessed "their bill" whose text names a bill only paragraphs later is another
        (
            "Republicans want to vote on a tax-cut bill next week.\n\nDemocrats said "
            "Republicans were proud of their bill.\n\nThe vote is on Tuesday.\n\nThe Senate is "
            "split.\n\nIn 2010 Democrats passed Obamacare anyway.",
            set(),
        ),
        (
            "Mitch McConnell announced today that the Senate passed his legislation to renew "
            "sanctions against Burma.\n\nThe Burmese Freedom and Democracy Act passed "
            "unanimously.",
            {("Mitch McConnell", "endorses", "Burmese Freedom and Democracy Act")},
        ),
        # "the probe" after another investigation the text describes, when the one it would
        # take is only described too
        (
            "Nancy Pelosi said there need not be any investigation into why the administration "
            "said what it said.\n\nThe administration buried the murder in a private "
            "investigation.\n\nDemocrats decried the probe as a witch hunt.",
            set(),
        ),
        (
            "Nancy Pelosi said there need not be any investigation into why the administration "
            "said what it said.\n\nDemocrats decried the probe as a witch hunt.",
            {
                (
                    "Democratic Party",
                    "criticizes",
                    "any investigation into why the administration said what it said",
                )
            },
        ),
        # a physical attack and a business rivalry are no stances
        (
            "After Syrian dictator Bashar al-Assad launched a chemical attack on Syrians in "
            "April 2017, Trump demanded a response.",
            set(),
        ),
        (
            "Bashar al-Assad launched an attack on Donald Trump in a speech.",
            {("Bashar al-Assad", "criticizes", "Donald Trump")},
        ),
        ("Stuart Stevens has been a professional rival of Mike Murphy in the past.", set()),
        (
            "Stuart Stevens has been a rival of Mike Murphy in the past.",
            {("Stuart Stevens", "opposes", "Mike Murphy")},
        ),
        # a receptacle noun disparages its "for" complement, not what it describes
        (
            'Sen. John Cornyn referred to the Senate as a "graveyard" for "disastrous socialist '
            'policies."',
            set(),
        ),
        (
            "Donald Trump described the U.S. as the \"dumping ground for everybody else's "
            'problems".',
            set(),
        ),
        (
            'Sen. John Cornyn referred to Nancy Pelosi as a "disaster" for the country.',
            {("John Cornyn", "criticizes", "Nancy Pelosi")},
        ),
        # a causative's complement is an effect sought, not the speaker's judgement
        (
            '"These are fabricated stories told to make Donald Trump look bad," Sarah Sanders '
            "said.",
            set(),
        ),
        (
            '"Donald Trump looks bad," Sarah Sanders said.',
            {("Sarah Sanders", "criticizes", "Donald Trump")},
        ),
        # a bare "Unlike" before the parser's subject makes it a foil, not a subject
        (
            "Unlike Sen. John McCain, Sen. Susan Collins endorsed Donald Trump.",
            {("Susan Collins", "endorses", "Donald Trump")},
        ),
        (
            "Like Sen. John McCain, Sen. Susan Collins endorsed Donald Trump.",
            {
                ("John McCain", "endorses", "Donald Trump"),
                ("Susan Collins", "endorses", "Donald Trump"),
            },
        ),
    ],
)
def test_batch9_mechanisms(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        # a passive report is no fact the text vouches for
        ('John Kelly was said to have called Donald Trump an "idiot."', False),
        ('John Kelly called Donald Trump an "idiot."', True),
        # "plan on" + gerund is "plan to": hedged, and its negation reaches the gerund
        ("Rand Paul said he does not plan on criticizing Donald Trump.", False),
        ("Rand Paul insisted on criticizing Donald Trump.", True),
    ],
)
def test_batch9_modality(extractor: Extractor, text: str, asserted: bool) -> None:
    assert flagged(extractor, text) == {
        ("John Kelly" if "Kelly" in text else "Rand Paul", "criticizes", "Donald Trump", asserted)
    }
