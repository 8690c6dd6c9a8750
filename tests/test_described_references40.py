"""A bare definite measure noun refers back to the one measure the text described before it
(``polkg.extract.described_references``, session 40): a bill noun to another bill noun's
measure, a plan noun to any measure, and in a text that names a law too when the described
measure came after the last law named before the reference. Sentences written for these tests
in the style of the senate press releases and BBC stories."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bill noun refers back to another bill noun's measure (kin heads)
        (
            "Sen. Ron Wyden introduced legislation to require voting by mail in all states. "
            "Senate Majority Leader Mitch McConnell opposed the measure.",
            ("Mitch McConnell", "opposes", "legislation to require voting by mail in all states"),
        ),
        # a plan noun refers back to any one measure, in either number
        (
            "Chancellor Gordon Brown set out a plan to freeze the foreign debts of the affected "
            "nations. Tory leader Michael Howard also backed the proposals.",
            (
                "Michael Howard",
                "endorses",
                "a plan to freeze the foreign debts of the affected nations",
            ),
        ),
        # a law named before the described measure leaves the reference to the measure
        (
            "The Senate passed the Clean Air Act in 1990. On Thursday Sen. Daniel Akaka "
            "introduced a measure that would delay the new citizenship rule. Sen. Patty Murray "
            "backed the measure.",
            ("Patty Murray", "endorses", "a measure that would delay the new citizenship rule"),
        ),
    ],
)
def test_a_bare_measure_noun_refers_back_to_the_described_measure(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a law named between the described measure and the reference: the law is meant
        "Sen. Daniel Akaka introduced a measure that would delay the new citizenship rule. "
        "The House then passed the Clean Air Act. Sen. Patty Murray backed the measure.",
        # two described measures compete
        "Sen. Ron Wyden introduced legislation to require voting by mail in all states. "
        "Sen. Roy Blunt introduced a bill to ban drop boxes. Mitch McConnell opposed the measure.",
        # another bill noun is no plan's back-reference the other way round
        "Chancellor Gordon Brown set out a plan to freeze the foreign debts of the affected "
        "nations. Tory leader Michael Howard also backed the bill.",
    ],
)
def test_no_reference_back_where_another_measure_may_be_meant(
    extractor: Extractor, text: str
) -> None:
    assert not any(
        o.startswith(("a measure", "legislation", "a plan")) and s != "Gordon Brown"
        for s, _r, o in edges(extractor, text)
        if s not in ("Daniel Akaka", "Ron Wyden", "Roy Blunt")
    )
