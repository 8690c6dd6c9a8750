"""Mechanisms behind the wrong edges of audit batch 8 and the classes left from batch 7
(gold/README.md), on small texts written for them: each wrong reading makes no edge (or the
right one), its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

# a text that names only the president's daughter in full, and him by title and surname
_DAUGHTER_ONLY = (
    "President Trump offered his backing to the Senate candidate on Monday, the White House "
    "said.\n\n"
    "Trump also urged his Twitter followers to vote for Roy Moore on the morning of the "
    "election.\n\n"
    "Ivanka Trump, the president's daughter, said there was a special place in hell for "
    "people who prey on children."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantifier the parser calls an adjective makes a party's lawmakers some of them
        (
            "Several GOP lawmakers quickly denounced Donald Trump's comments on Sunday.",
            set(),
        ),
        (
            "Multiple Republican lawmakers called on Roy Moore to step aside from the race.",
            set(),
        ),
        # "President Trump" beside a text's only full name "Ivanka Trump" is her father, and so
        # is the bare "Trump" after him
        (
            _DAUGHTER_ONLY,
            {("Donald Trump", "endorses", "Roy Moore")},
        ),
        # a name in a dash aside is no subject: the "He" after it is the possessor before it
        (
            "Barack Obama rarely talks about race in public.\n\n"
            "His rare remarks on racial controversy — think Harvard professor Henry Louis "
            "Gates — can ignite fierce debates. He mocked Donald Trump at a Washington dinner "
            "in front of Republican guests.",
            {("Barack Obama", "criticizes", "Donald Trump")},
        ),
        # a possessed effort narrowed by its matter, or statements called false, back that
        # matter or those statements, not their owner
        (
            "John McCain championed George W. Bush's comprehensive immigration overhaul effort.",
            set(),
        ),
        (
            "Mike Pence was publicly backing Michael Flynn's false statements.",
            set(),
        ),
        # a past act the speaker reports is no call to fire anyone
        (
            "President Donald Trump told NBC News he fired FBI Director James Comey, in part, "
            "because of the Russia probe.",
            set(),
        ),
        # the one urged to fire is the infinitive's subject, never its object "him"
        (
            "Scott Pruitt faced new questions on Thursday. On Friday, the Wall Street Journal "
            "reported that Chief of Staff John F. Kelly urged President Trump to fire him.",
            {("John F. Kelly", "criticizes", "Scott Pruitt")},
        ),
    ],
)
def test_batch8_wrong_readings(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the true twins: the party's lawmakers uncounted, "Frist's efforts" backed, Donald
        # Trump named in full beside his daughter, a subject outside any aside
        (
            "Republican lawmakers quickly denounced Donald Trump's comments on Sunday.",
            {("Republican Party", "criticizes", "Donald Trump")},
        ),
        (
            "John McCain has long supported Bill Frist's efforts.",
            {("John McCain", "endorses", "Bill Frist")},
        ),
        (
            "Donald Trump urged his Twitter followers to vote for Roy Moore.\n\n"
            "Ivanka Trump said there was a special place in hell for people who prey on "
            "children.",
            {("Donald Trump", "endorses", "Roy Moore")},
        ),
        (
            "Henry Louis Gates rarely talks about basketball in public.\n\n"
            "Gates, a Harvard professor, can be blunt. He mocked Donald Trump at a Washington "
            "dinner in front of Republican guests.",
            {("Henry Louis Gates", "criticizes", "Donald Trump")},
        ),
        (
            "Donald Trump urged voters to reject Roy Moore.",
            {("Donald Trump", "criticizes", "Roy Moore")},
        ),
    ],
)
def test_batch8_true_twins(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected
