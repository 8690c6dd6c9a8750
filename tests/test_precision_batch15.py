"""Mechanisms behind the wrong edges of audit batch 15 (gold/README.md), on short texts written
for them: each wrong reading makes no edge (or another, right one), its true twin still makes
its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words said in someone's defence: the one wronged is not the one judged
        ('"Flynn lied and they destroyed his life," Trump said.', set()),
        (
            '"Flynn lied, and it destroyed his life, and I think it is a shame," Trump said.',
            set(),
        ),
        ("Donald Trump said Michael Flynn lied and they destroyed his life.", set()),
        ('"Flynn lied to the FBI," Trump said.', {("Trump", "criticizes", "Flynn")}),
        (
            '"Flynn lied and he ruined his own career," Trump said.',
            {("Trump", "criticizes", "Flynn")},
        ),
        (
            "Jimmy Carter spoke about Donald Trump. Carter told the Times's Maureen Dowd that "
            "Trump has been treated worse by the media than any other president he can remember.",
            set(),
        ),
        # the speaker's "my sister" before a quoted "she": the relative with her family name
        (
            "Liz Cheney is running for the Senate. Mary Cheney, married to Heather Poe since "
            '2012, posted to her page: "For the record, I love my sister, but she is dead wrong '
            'on the issue of marriage."',
            {("Mary Cheney", "criticizes", "Liz Cheney")},
        ),
        (
            "Mary Cheney, married to Heather Poe since 2012, posted to her page: "
            '"For the record, I love my sister, but she is dead wrong on the issue of marriage."',
            set(),
        ),
        (
            "Mary Cheney, married to Heather Poe since 2012, posted to her page: "
            '"For the record, she is dead wrong on the issue of marriage."',
            {("Mary Cheney", "criticizes", "Heather Poe")},
        ),
        # a party's members in a congressional body are the party (session 20's convention,
        # gold/README.md "Party groups in Congress"); members of a state's delegation are some
        (
            "In a letter dated Thursday, the GOP committee members accused Adam Schiff of "
            "standing at the center of a media campaign.",
            {("Republican Party", "criticizes", "Adam Schiff")},
        ),
        (
            "The Texas GOP delegation members accused Adam Schiff of lying.",
            set(),
        ),
        (
            "Republican lawmakers praised Donald Trump.",
            {("Republican Party", "endorses", "Donald Trump")},
        ),
        # "comes after" of an act or a text is a time, no attack
        (
            "President Donald Trump spoke on Friday.\n\nThe president's tweet comes after the "
            "State Department, in a Friday news dump, released a batch of emails.",
            set(),
        ),
        (
            "Donald Trump came after the State Department on Friday.",
            {("Donald Trump", "criticizes", "State Department")},
        ),
        # some party members besides others named are a part of the party
        ("Other Republicans quickly criticized Bruce Braley.", set()),
    ],
)
def test_batch15_mechanism(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected
