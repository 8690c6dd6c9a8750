"""A condition told without "if", by an auxiliary before its own subject
(``polkg/extract/inverted_conditions.py``): "... promised to work to oust him as leader should he
get to the Senate" (audit batch 4, an allsides article: the sentences here are written for these
tests in its form), and the inversions that are no condition."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor
from polkg.extract.cues import default_cues
from polkg.extract.inverted_conditions import inverted_condition, is_question

UNSEAT = ("Kelly Ayotte", "opposes", "Chuck Schumer")
CRITICIZE = ("Kelly Ayotte", "criticizes", "Jeanne Shaheen")
ENDORSE = ("Kelly Ayotte", "endorses", "Chuck Schumer")


def _asserted(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> bool | None:
    """True: asserted; False: made but negated or hedged; None: not made."""
    found = {t[:3]: t[3] for t in flagged(extractor, text)}
    return found.get(triple)


def test_should_before_its_subject_conditions_the_stance(extractor: Extractor) -> None:
    # the parser makes "win" a conjunct of the first verb; on main the unseating was asserted
    text = (
        "Kelly Ayotte has criticized Jeanne Shaheen for her record and vowed to work to unseat "
        "Chuck Schumer as leader should she win the seat."
    )
    assert _asserted(extractor, text, UNSEAT) is False
    # the conjunct before the condition is told as done
    assert _asserted(extractor, text, CRITICIZE) is True


@pytest.mark.parametrize(
    ("text", "auxiliary", "verb"),
    [
        ("Kelly Ayotte would oppose the bill were it to reach the floor.", "were", "oppose"),
        ("Kelly Ayotte would have endorsed him had he asked for it.", "had", "endorsed"),
        (
            "Kelly Ayotte said she would not have chosen Chuck Schumer as her deputy had she "
            "known he would quit.",
            "had",
            "chosen",
        ),
        (
            "Kelly Ayotte promised to oust him as leader should he get to the Senate.",
            "should",
            "oust",
        ),
    ],
)
def test_the_condition_governs_the_verb(nlp, text: str, auxiliary: str, verb: str) -> None:
    doc = nlp(text)
    anchor = next(t for t in doc if t.text == verb)
    assert inverted_condition(anchor, default_cues()) == auxiliary


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # an inversion after "as", "never": a comparison, an emphasis
        ("Kelly Ayotte endorsed Chuck Schumer, as had Jeanne Shaheen.", "endorsed"),
        ("Kelly Ayotte endorsed Chuck Schumer, and never had she sounded so sure.", "endorsed"),
        # a copula before its subject without "to": a locative inversion
        (
            "Among the senators who endorsed Chuck Schumer were Kelly Ayotte and Jeanne Shaheen.",
            "endorsed",
        ),
        # the condition before the verb: the parse's "if" reading, not this guard
        ("Had he asked for it, Kelly Ayotte would have endorsed him.", "endorsed"),
        # the condition ends the complement clause after the speech verb, not the speech
        (
            "Kelly Ayotte said she would not have chosen Chuck Schumer as her deputy had she "
            "known he would quit.",
            "said",
        ),
        # no inversion: "had" after its subject
        ("Kelly Ayotte endorsed Chuck Schumer after he had asked for it.", "endorsed"),
    ],
)
def test_no_condition(nlp, text: str, verb: str) -> None:
    doc = nlp(text)
    anchor = next(t for t in doc if t.text == verb)
    assert inverted_condition(anchor, default_cues()) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kelly Ayotte endorsed Chuck Schumer, as had Jeanne Shaheen.",
        "Among the senators who endorsed Chuck Schumer were Kelly Ayotte and Jeanne Shaheen.",
    ],
)
def test_no_condition_keeps_the_edge(extractor: Extractor, text: str) -> None:
    assert _asserted(extractor, text, ENDORSE) is True


def test_an_auxiliary_opening_the_sentence_asks(nlp) -> None:
    doc = nlp("Did Kelly Ayotte go on CNN and attack the president, nope.")
    assert is_question(doc[3])
    assert not is_question(nlp("Kelly Ayotte went on CNN and attacked the president.")[3])
