"""Judgements about a named actor, quoted or reported ("X said Y is dishonest")."""

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


def test_judgements_reported_speech(extractor: Extractor) -> None:
    text = "Tory leader Michael Howard said Tony Blair was wrong about the war."
    assert flagged(extractor, text) == {("Michael Howard", "criticizes", "Tony Blair", True)}
    text = "Michael Howard did not say Tony Blair was wrong about the war."
    assert flagged(extractor, text) == {("Michael Howard", "criticizes", "Tony Blair", False)}
    assert flagged(extractor, "Michael Howard said Tony Blair was right about the war.") == set()


def test_judgements_quoted_words_from_unseen_news(extractor: Extractor) -> None:
    text = (
        '"The allegations against Roy Moore are deeply disturbing and disqualifying," '
        "John McCain said."
    )
    assert flagged(extractor, text) == {("John McCain", "criticizes", "Roy Moore", True)}
