"""Counterfactual blame ("X should have done Y") and the quote attribution it relies on."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides and BBC corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the judged clause is partly quoted, the speaker after it
        (
            'Ken Livingstone "should have withdrawn the comment immediately" once he realised '
            "the journalist was Jewish, said Tony Blair.",
            {("Tony Blair", "criticizes", "Ken Livingstone", True)},
        ),
        # inside the quotation; the negation is part of the blame
        (
            '"Jeff Sessions should have never recused himself," Donald Trump told reporters.',
            {("Donald Trump", "criticizes", "Jeff Sessions", True)},
        ),
        # reported speech
        (
            "Susan Collins said the House of Representatives should have pursued those "
            "witnesses in court.",
            {("Susan Collins", "criticizes", "House of Representatives", True)},
        ),
    ],
)
def test_counterfactual_blames_the_subject(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # passive: someone else should have acted
        '"Jeff Sessions should have been consulted," Donald Trump said.',
        # a wish for the subject, not blame
        '"Roy Moore should have won the primary," Steve Bannon said.',
        # a question asks
        '"Should Jeff Sessions have recused himself?" Donald Trump asked.',
        # a subordinate clause is not the speaker's claim
        '"We lost because Mitt Romney should have campaigned harder," Paul Ryan said.',
    ],
)
def test_counterfactual_needs_an_active_statement(extractor: Extractor, text: str) -> None:
    assert not any(positive for *_, positive in flagged(extractor, text))


def test_speaker_described_by_party_is_not_the_party(extractor: Extractor) -> None:
    """ "The Kentucky Republican said ..." names a person the text does not resolve here, never
    the Republican Party."""
    text = 'The Kentucky Republican said Barack Obama "should have kept his mouth shut."'
    assert flagged(extractor, text) == set()
