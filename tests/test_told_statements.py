"""A "that" clause with do-support tells the hearer a statement, no demand on him (the
``unless`` of the demand rules' clause complements, ``patterns/relations*.jsonl``): audit batch
7's interview answer, written anew, and the demands that stay."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Clinton told NBC's Craig Melvin that no, he didn't ever personally apologize to the "
            "intern because he had already apologized.",
            ("Clinton", "criticizes", "Craig Melvin"),
        ),
        (
            "Schumer told Trump that he did not resign over the scandal.",
            ("Schumer", "criticizes", "Trump"),
        ),
    ],
)
def test_a_statement_told_is_no_demand(extractor: Extractor, text: str, triple):
    assert triple not in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pelosi told Trump that he should resign.",
        "Pelosi called on Trump to resign.",
        "Pelosi told Trump to resign.",
    ],
)
def test_demands_stay(extractor: Extractor, text: str):
    assert ("Pelosi", "criticizes", "Trump") in edges(extractor, text)
