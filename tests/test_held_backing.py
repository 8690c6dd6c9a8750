"""A backing one holds is the backer's stance (relations_held17.jsonl): "X has / enjoys / has
retained / boasts the backing of Y" -> Y endorses X, as "X won the support of Y" does
(sentences of audit articles, shortened)."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Roy Moore has retained the backing of President Donald Trump.",
            ("Donald Trump", "endorses", "Roy Moore"),
        ),
        (
            "Mark Harris is a pastor. Harris enjoys the support of a high-profile fellow pastor: "
            "former Arkansas Gov. Mike Huckabee.",
            ("Mike Huckabee", "endorses", "Mark Harris"),
        ),
        (
            "Kemp has the backing of Herschel Walker, while Stacey Abrams boasts the endorsement "
            "of Oprah Winfrey.",
            ("Oprah Winfrey", "endorses", "Stacey Abrams"),
        ),
        (
            "In North Carolina, former state Sen. Cal Cunningham, who had the support of the "
            "DSCC, won the Democratic primary.",
            ("DSCC", "endorses", "Cal Cunningham"),
        ),
    ],
)
def test_a_held_backing_is_the_backers_endorsement(nlp, text, triple):
    assert triple in edges(Extractor(nlp), text, "2018-06-01")


def test_a_backing_only_supposed_is_no_edge(nlp):
    text = "If Mitt Romney had the backing of Jim Risch, he would win Idaho."
    found = flagged(Extractor(nlp), text)
    assert ("Jim Risch", "endorses", "Mitt Romney", True) not in found


def test_a_voting_blocs_support_is_no_endorsement(nlp):
    text = (
        "President Barack Obama became president because he had the support of "
        "African-Americans, McMullin says."
    )
    found = edges(Extractor(nlp), text, "2016-10-20")
    assert not any(r == "endorses" and o == "Barack Obama" for _, r, o in found)
