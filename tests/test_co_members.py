"""Co-members of one list are not each other's target (``polkg/extract/co_members.py``): the
critics an audit article lists after "critics of the efforts" (batch 15, BASIL; written anew
here), and the constructions whose object is the subject's conjunct by the rule itself."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # critic_named: the list apposed to "critics", "the efforts" resolved onto its first name
        "Attorney General Eric Holder told two of the most outspoken critics of the surveillance "
        "efforts, Senators Ron Wyden of Oregon and Mark Udall of Colorado, that it was legal.",
        # critic_of: the same list read as the critics' subject, "the program" as its first name
        "Eric Holder met the critics of the program, Senators Ron Wyden and Mark Udall, on "
        "Tuesday.",
        "Ronald Weich wrote to the fiercest critics of the effort, Sens. Ron Wyden and Mark Udall, "
        "in October.",
    ],
)
def test_listed_critics_do_not_criticize_each_other(extractor: Extractor, text: str):
    found = edges(extractor, text)
    assert ("Mark Udall", "criticizes", "Ron Wyden") not in found
    assert ("Ron Wyden", "criticizes", "Mark Udall") not in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the rule's own object is the subject's conjunct: both sides of a race
        (
            "The Senate race between Doug Jones and Roy Moore was close.",
            ("Doug Jones", "opposes", "Roy Moore"),
        ),
        (
            "The Senate race between Doug Jones and Roy Moore was close.",
            ("Roy Moore", "opposes", "Doug Jones"),
        ),
        # a named target outside the list stays
        (
            "Senators Ron Wyden and Mark Udall, both critics of Eric Holder, wrote a letter.",
            ("Mark Udall", "criticizes", "Eric Holder"),
        ),
    ],
)
def test_targets_outside_the_list_stay(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
):
    assert triple in edges(extractor, text)
