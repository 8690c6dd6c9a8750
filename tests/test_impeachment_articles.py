"""Articles of impeachment are a measure stances are taken on ("opposed both articles of
impeachment", "mocked the articles of impeachment"): a named measure of
patterns/policies.jsonl (session 41, measures41; fresh39 wn2019_169, fresh34 q4lP), named as the
text writes it ("an article of impeachment" is one article)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

# Sentences in the style of the Wikinews and allsides corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both "
            "articles of impeachment.",
            ("Jeff Van Drew", "opposes", "articles of impeachment"),
        ),
        (
            "President Trump mocked the articles of impeachment that Democrats plan to bring "
            "against him.",
            ("Donald Trump", "criticizes", "articles of impeachment"),
        ),
        (
            "Representative Al Green of Texas introduced an article of impeachment on Thursday.",
            ("Al Green", "endorses", "article of impeachment"),
        ),
    ],
)
def test_articles_of_impeachment_are_an_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_an_undecided_vote_on_the_articles_is_no_edge(extractor: Extractor) -> None:
    text = (
        "Tulsi Gabbard has declined to say whether she will vote for either article of impeachment."
    )
    assert not [e for e in edges(extractor, text) if "impeachment" in e[2]]
