"""Idioms of political criticism (``patterns/judgement_idioms.json``), read where the phrases
derived from BASIL are read: the verb phrase of a named subject in a quotation, a copula's
complement; never negated."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_an_idiom_in_the_verb_phrase_judges_its_subject(extractor: Extractor) -> None:
    text = (
        "\u201cIt is increasingly obvious that Eric Holder has something to hide,\u201d "
        "Jim Sensenbrenner said."
    )
    assert edges(extractor, text) == {("Jim Sensenbrenner", "criticizes", "Eric Holder")}
    text = (
        '"The Bush Administration turned a blind eye to the concerns of dairy farmers," '
        "Russ Feingold said."
    )
    assert edges(extractor, text) == {("Russ Feingold", "criticizes", "Bush Administration")}


def test_an_idiom_in_another_inflection_and_denied(extractor: Extractor) -> None:
    lost = '"The Republican Party has lost its way," Senator Harry Reid said.'
    assert edges(extractor, lost) == {("Harry Reid", "criticizes", "Republican Party")}
    kept = '"The Republican Party has not lost its way," Senator Harry Reid said.'
    assert edges(extractor, kept) == set()


def test_a_reported_idiom_counts_only_in_quotation_marks(extractor: Extractor) -> None:
    triple = ("Sean Spicer", "criticizes", "Democratic Party")
    quoted = '"Democrats are playing politics," White House Press Secretary Sean Spicer said.'
    assert edges(extractor, quoted) == {triple}
    marked = 'Sean Spicer said Democrats were "playing politics" with the nomination.'
    assert edges(extractor, marked) == {triple}
    # the reporter's wording: no quotation marks, no judgement read
    reported = "White House Press Secretary Sean Spicer said Democrats are playing politics."
    assert edges(extractor, reported) == set()
