"""A singular pronoun bound by a partitive quantifier ("one of them", "each of the senators") is
the member nobody names, no named person of the group (``pronoun_binding.bound_by_quantifier``,
``arguments_words.json`` ``partitive_quantifiers``). Audit batch 7's form, written anew, and the
pronouns that keep their antecedent."""

from __future__ import annotations

import pytest
from rule_edges import edges
from spacy.language import Language

from polkg.extract import Extractor
from polkg.extract.pronoun_binding import bound_by_quantifier


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Warren, Sanders and Booker spoke. One of them was not shy about his disdain for "
            "Trump.",
            ("Warren", "criticizes", "Trump"),
        ),
        (
            "Warren, Sanders and Booker spoke. One of them was not shy about his disdain for "
            "Trump.",
            ("Booker", "criticizes", "Trump"),
        ),
    ],
)
def test_a_quantified_member_is_nobody_named(extractor: Extractor, text: str, triple):
    assert triple not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Warren, Sanders and Booker spoke. One of them, Booker, was not shy about his disdain "
        "for Trump.",
        "Booker spoke. He was not shy about his disdain for Trump.",
    ],
)
def test_a_named_or_plain_antecedent_stays(extractor: Extractor, text: str):
    assert ("Booker", "criticizes", "Trump") in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "pronoun", "bound"),
    [
        ("One of them said he opposed the bill.", "he", True),
        ("Each of the senators praised his staff.", "his", True),
        ("One of them, Smith, said he opposed the bill.", "he", False),
        ("Smith said he opposed the bill.", "he", False),
        ("Many of them said they opposed the bill.", "they", False),
    ],
)
def test_bound_by_quantifier(nlp: Language, text: str, pronoun: str, bound: bool):
    token = next(t for t in nlp(text) if t.lower_ == pronoun)
    assert bound_by_quantifier(token) is bound
