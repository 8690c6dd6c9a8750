"""Contractions written with a typographic apostrophe get their straight twin's lemma
(contractions.py): "She’s not honest" is a copula, as "She's not honest" is."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.contractions import contraction_lemma


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "pos", "tag", "lemma"),
    [
        ("’s", "VERB", "VBZ", "be"),
        ("’re", "AUX", "VBP", "be"),
        ("’m", "AUX", "VBP", "be"),
        ("’ve", "AUX", "VBP", "have"),
        ("’ll", "AUX", "MD", "will"),
        ("’d", "AUX", "MD", "would"),
        ("’d", "AUX", "VBD", "have"),  # "I’d gone": spaCy's "'d" VBD is "have"
        ("’s", "PART", "POS", None),  # "Trump’s": a possessive keeps its lemma
        ("'s", "AUX", "VBZ", None),  # the straight form is spaCy's own business
        ("’em", "PRON", "PRP", None),
    ],
)
def test_contraction_lemma(text: str, pos: str, tag: str, lemma: str | None) -> None:
    assert contraction_lemma(text, pos, tag) == lemma


def test_the_pipeline_lemmatizes_a_typographic_copula(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("She’s not honest, and they’re wrong.")
    assert [t.lemma_ for t in doc if t.text in {"’s", "’re"}] == ["be", "be"]


# allsides fresh29 (oZ3zADiZ4E9rMxJw, readable): the page's own curly apostrophes
GINSBERG = (
    "“I just don’t trust Hillary Clinton. She’s not honest,” said Jane Ginsberg, 53, "
    "a housewife with four children."
)


def test_a_typographic_copula_carries_a_denied_virtue(extractor: Extractor) -> None:
    assert ("Jane Ginsberg", "criticizes", "Hillary Clinton") in edges(extractor, GINSBERG)
    # the same text with straight apostrophes reads alike
    straight = GINSBERG.replace("’", "'")
    assert ("Jane Ginsberg", "criticizes", "Hillary Clinton") in edges(extractor, straight)


def test_a_typographic_copula_carries_quoted_praise(extractor: Extractor) -> None:
    # audit batch 6 (50UWepbNGu5GlGUL); the sentence before written for the test
    text = (
        "Christopher Wray met senators on Thursday. "
        "“He’s an outstanding lawyer,” Chris Christie told reporters."
    )
    assert ("Chris Christie", "endorses", "Christopher Wray") in edges(extractor, text)
