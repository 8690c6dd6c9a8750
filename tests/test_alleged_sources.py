"""A claim whose source the text calls alleged is no statement (``alleged_sources.alleged_source``,
``patterns/alleged_sources.json``): BASIL's Cheney sentence, written anew, leaves the stance an
alleged poll gives her unasserted; the same sentence with a poll the text vouches for, and an
alleged person's own words, keep theirs."""

from __future__ import annotations

import pytest
from rule_edges import positive_and_unasserted

from polkg.extract import Extractor

EDGE = ("Liz Cheney", "endorses", "abortion")


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        (
            "Liz Cheney is running in Wyoming. Cheney sought to explain her views after an "
            'alleged survey in Casper said she "supports abortion and backs higher taxes."',
            False,
        ),
        (
            "Liz Cheney is running in Wyoming. A purported memo from her staff said Cheney "
            "supports abortion.",
            False,
        ),
        (
            "Liz Cheney is running in Wyoming. A memo from her staff said Cheney supports "
            "abortion.",
            True,
        ),
    ],
)
def test_an_alleged_source_asserts_nothing(extractor: Extractor, text: str, asserted: bool):
    positive, unasserted = positive_and_unasserted(extractor, text)
    assert (EDGE in positive) is asserted
    assert (EDGE in unasserted) is not asserted
