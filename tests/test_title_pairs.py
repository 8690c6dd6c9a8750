"""A lone English word the model calls a person, joined by "and" to another capitalised English
word it tags as nothing, is a title ("Fire and Fury"), not a person
(``persons.PersonClusters._titled_pair``, ``entities_words.json`` ``title_conjunctions``):
audit batch 5's sentence on Wolff's book, written anew, and two surnames joined by "and",
which stay persons."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "edge", "found"),
    [
        (
            "Wolff's hearsay Fire and Fury suggested that Trump was a dangerous liar.",
            ("Fire", "criticizes", "Trump"),
            False,
        ),
        ("Senators Brown and Warren criticized Trump.", ("Warren", "criticizes", "Trump"), True),
        ("Senators Brown and Warren criticized Trump.", ("Brown", "criticizes", "Trump"), True),
    ],
)
def test_a_title_of_two_words_is_no_person(
    extractor: Extractor, text: str, edge: tuple[str, str, str], found: bool
):
    assert (edge in edges(extractor, text)) is found
