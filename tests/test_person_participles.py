"""A participle on a noun of persons is the persons' own act: their possessor is whom they serve,
not the one acting (``syntax._noun_clause_subject``, ``entities_words.json`` ``human_nouns``).
Audit batch 6's donors, written anew, and the speech nouns whose possessor still speaks."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Republicans will pick a nominee in the spring. Cruz faces a hard race, with many of "
            "the party's biggest donors throwing their support to Jeb Bush.",
            ("Republican Party", "endorses", "Jeb Bush"),
        ),
        (
            "The Republican Party picks its nominee in the spring. Cruz faces a hard race, with "
            "many of the party's biggest donors throwing their support to Jeb Bush.",
            ("Republican Party", "endorses", "Jeb Bush"),
        ),
        (
            "The Republican Party met on Friday. The party's donors, throwing their support to "
            "Jeb Bush, left early.",
            ("Republican Party", "endorses", "Jeb Bush"),
        ),
    ],
)
def test_a_person_nouns_possessor_does_not_act(extractor: Extractor, text: str, triple):
    assert triple not in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The Democrats cited a tweet from Warren criticizing Jamie Dimon.",
            ("Warren", "criticizes", "Jamie Dimon"),
        ),
        (
            "The senators cited Senator Warren's letter criticizing Jamie Dimon.",
            ("Warren", "criticizes", "Jamie Dimon"),
        ),
    ],
)
def test_a_speech_nouns_author_still_speaks(extractor: Extractor, text: str, triple):
    assert triple in edges(extractor, text)
