"""A race-result verb under a clause whose subject looks at a poll tells a standing, not a race
(``senses.poll_sense``, ``senses.json`` ``poll_nouns``): audit batch 8's preference poll, written
anew, and the results that stay."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "In Iowa, a look at presidential preferences showed Hillary Clinton beating Joe Biden "
        "60 to 18.",
        "The results of the survey show Hillary Clinton beating Joe Biden by ten points.",
    ],
)
def test_a_poll_in_the_subjects_phrase_is_a_standing(extractor: Extractor, text: str):
    assert ("Hillary Clinton", "opposes", "Joe Biden") not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton, defying the pundits and polls to the end, defeated Joe Biden in the "
        "Iowa caucuses.",
        "Hillary Clinton defeated Joe Biden in the Iowa caucuses.",
    ],
)
def test_a_result_stays(extractor: Extractor, text: str):
    assert ("Hillary Clinton", "opposes", "Joe Biden") in edges(extractor, text)
