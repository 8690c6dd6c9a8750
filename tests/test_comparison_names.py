"""A lone name after "wannabe", "would-be", "latter-day" or "modern-day" is a figure of
comparison, nobody the text speaks of (``persons.PersonClusters._compared``,
``entities_words.json`` ``comparison_modifiers``): audit batch 4's and fresh30's tweet on Trump,
written anew, and the name that stays a person."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

WANNABE = (
    '"The good news out of this power grab is it will split off some Republicans from this '
    'wannabe Franco," tweeted John Weaver, a strategist for John Kasich.'
)


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        (WANNABE, False),
        ("John Weaver criticized a latter-day Franco on Tuesday.", False),  # hyphenated
        ("John Weaver criticized Franco on Tuesday.", True),
    ],
)
def test_a_compared_name_is_nobody(extractor: Extractor, text: str, aimed: bool):
    assert (("John Weaver", "criticizes", "Franco") in edges(extractor, text)) is aimed
