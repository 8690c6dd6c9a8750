"""An actor's deed judged by a word that judges acts is criticism of the actor: "Trump's decision
was a mistake", "the attorney general made a terrible mistake", "This is Tony Blair's cheap
gesture", "called his anticipated proposal 'a non-starter'" (deed_judgements.py); a deed done
to the possessor, a bare deed, a person and the speaker's own mistake are not judged so."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor
from polkg.extract.deed_judgements import deed_word, is_deed, owns_deed
from polkg.extract.syntax import hyphenated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an erring noun as the copula complement of a possessed deed, in a reported clause
        (
            "Steve Bannon said Donald Trump's decision was a mistake.",
            {("Steve Bannon", "criticizes", "Donald Trump", True)},
        ),
        # the judging adjective of the complement noun, on a deed no judged_deeds word names
        (
            "Steve Bannon said Donald Trump's firing of James Comey was the worst decision in "
            "modern political history.",
            {("Steve Bannon", "criticizes", "Donald Trump", True)},
        ),
        # real text (audit batch 2): a deed pejorative in a quotation
        (
            "Jack Law, chief executive of Alcohol Focus Scotland, said Jack McConnell's comment "
            'was "ill-advised".',
            {("Jack Law", "criticizes", "Jack McConnell", True)},
        ),
        # real text (audit batch 16): "hurtful" judges a deed, not a person
        (
            "In an interview with BBC on Wednesday, Cindy McCain, 64, said Donald Trump's "
            '"inappropriate" remarks were hurtful for her family.',
            {("Cindy McCain", "criticizes", "Donald Trump", True)},
        ),
        # an erring noun the actor made
        (
            "Chuck Schumer said Jeff Sessions made a terrible mistake.",
            {("Chuck Schumer", "criticizes", "Jeff Sessions", True)},
        ),
        # real text (recall sample, BBC): a deed pejorative on a possessed deed in a quotation
        (
            "Michael Ancram said: \"This is Tony Blair's cheap gesture to the pro-constitution "
            'lobby while he runs scared of a debate on Europe he knows he cannot win."',
            {("Michael Ancram", "criticizes", "Tony Blair", True)},
        ),
        # an owned deed described by an erring noun
        (
            'Nancy Pelosi called Donald Trump\'s anticipated proposal "a non-starter."',
            {("Nancy Pelosi", "criticizes", "Donald Trump", True)},
        ),
    ],
)
def test_deed_judged(extractor: Extractor, text: str, expected: set) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the possessor of a deed done to him is not its doer
        "Steve Bannon said James Comey's firing was a mistake.",
        # a person is no deed: an erring noun of a person is left to the word lists of persons
        "Steve Bannon said Donald Trump was a mistake.",
        # the speaker's own mistake ("we" is his party)
        '"We made a terrible mistake," Labour leader Tony Blair said.',
        # a bare deed leaves its doer to the text before, too far for these words
        'Nancy Pelosi called the proposal "a non-starter."',
    ],
)
def test_deed_not_judged(extractor: Extractor, text: str) -> None:
    assert {t for t in flagged(extractor, text) if t[3]} == set()


def test_a_mistake_denied_is_no_criticism(extractor: Extractor) -> None:
    found = flagged(extractor, 'Steve Bannon said Donald Trump is not making a "mistake."')
    assert ("Steve Bannon", "criticizes", "Donald Trump", True) not in found


def test_deed_nouns_and_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Trump's firing of Comey and Comey's firing were an ill-advised move.")
    firing_of, firing, ill, move = doc[2], doc[8], doc[11], doc[14]
    assert (firing_of.text, firing.text, ill.text, move.text) == ("firing", "firing", "ill", "move")
    assert is_deed(firing_of) and owns_deed(firing_of)
    assert not is_deed(firing)  # done to Comey: no "of" object
    assert hyphenated(ill) == "ill-advised" and deed_word(ill)
    assert hyphenated(move) == "" and not deed_word(move)
    assert is_deed(move) and not owns_deed(move)
