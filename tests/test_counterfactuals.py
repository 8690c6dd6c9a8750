"""Counterfactual blame ("X should have done Y") and the quote attribution it relies on."""

from __future__ import annotations

import pytest

from polkg.extract import Extractor
from polkg.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def flagged(extractor: Extractor, text: str) -> set[tuple[str, str, str, bool]]:
    result = extractor.process(Document(id="d", text=text))
    return {(a.subject, a.relation, a.object, a.positive) for a in result.assertions}


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


def test_alternatives_are_no_assertion(extractor: Extractor) -> None:
    text = (
        '"Either Jeff Sessions lied or he is being framed," Richard Painter, who served as '
        "chief ethics lawyer for President George W. Bush, wrote on Twitter."
    )
    assert not any(positive for *_, positive in flagged(extractor, text))
    text = '"Jeff Sessions is a liar," Richard Painter, a former ethics lawyer, wrote on Twitter.'
    assert flagged(extractor, text) == {("Richard Painter", "criticizes", "Jeff Sessions", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle's implied subject
        (
            "Iowa Republican chairman Jeff Kaufmann rebuked Donald Trump by tweeting, "
            '"Ted Cruz is a liar."',
            ("Jeff Kaufmann", "criticizes", "Ted Cruz", True),
        ),
        # "according to"
        (
            'According to David Kendall, "Ted Cruz is a liar."',
            ("David Kendall", "criticizes", "Ted Cruz", True),
        ),
        # the speaker and the verb far after the quote, past an apposition
        (
            '"Ted Cruz is a liar," Rep. Tom Cole (R-Okla.), an ally of GOP leadership, '
            "told The Hill.",
            ("Tom Cole", "criticizes", "Ted Cruz", True),
        ),
        # a paragraph ending in a colon introduces the next paragraph's quotation
        (
            'Senator Barbara Mikulski explained in a statement:\n"Ted Cruz is a liar."',
            ("Barbara Mikulski", "criticizes", "Ted Cruz", True),
        ),
    ],
)
def test_quote_attribution(
    extractor: Extractor, text: str, expected: tuple[str, str, str, bool]
) -> None:
    assert expected in flagged(extractor, text)
