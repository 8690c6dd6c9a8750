"""Cues the parser hangs away from the clause they govern (``polkg/extract/misread_cues.py``):
each wrong audit edge's form (batches 2, 3, 4, 5; allsides articles, so the sentences here are
written for these tests), and the readings that stay asserted."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor


def _asserted(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> bool | None:
    """True: asserted; False: made but negated or hedged; None: not made."""
    found = {t[:3]: t[3] for t in flagged(extractor, text)}
    return found.get(triple)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a bullet glyph makes the parser read "Whether" as the subject's determiner
        (
            "\u25ba Whether Donald Trump had expressed anger at Jeff Sessions for recusing "
            "himself; and",
            ("Donald Trump", "criticizes", "Jeff Sessions"),
        ),
        # the "that" clause hung on "cheered", the adverb on "said"
        (
            "The crowd cheered as Mike Lee said, incorrectly, that Paul Ryan had just called on "
            "Jeff Sessions to resign from his post.",
            ("Paul Ryan", "criticizes", "Jeff Sessions"),
        ),
        # "at" hung on "taking", not on "look"
        (
            "Del Marsh told reporters he is taking a look at running against Doug Jones.",
            ("Del Marsh", "opposes", "Doug Jones"),
        ),
        # "forced" tagged as a past form after the passive "being booted"
        (
            "Scott Walker was facing the prospect of being booted from the debate and forced "
            "to spar with Lindsey Graham at the small table.",
            ("Scott Walker", "criticizes", "Lindsey Graham"),
        ),
    ],
)
def test_misread_cue_unasserts(extractor: Extractor, text: str, triple: tuple[str, str, str]):
    assert _asserted(extractor, text, triple) is False


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Donald Trump had expressed anger at Jeff Sessions for recusing himself.",
            ("Donald Trump", "criticizes", "Jeff Sessions"),
        ),
        # an adverb before no complement clause
        (
            "The crowd cheered incorrectly, and Paul Ryan called on Jeff Sessions to resign "
            "from his post.",
            ("Paul Ryan", "criticizes", "Jeff Sessions"),
        ),
        (
            "Del Marsh took a seat and attacked Doug Jones.",
            ("Del Marsh", "criticizes", "Doug Jones"),
        ),
        # a conjunct with its own subject is out of the preposition's reach
        (
            "Scott Walker faced the prospect of being booted from the debate, but he sparred "
            "with Lindsey Graham anyway.",
            ("Scott Walker", "criticizes", "Lindsey Graham"),
        ),
    ],
)
def test_the_plain_statement_stays(extractor: Extractor, text: str, triple: tuple[str, str, str]):
    assert _asserted(extractor, text, triple) is True


def test_no_evidence_denies_its_content(nlp) -> None:
    from polkg.extract.cues import modality

    doc = nlp("Paul Ryan said he had seen no evidence that Donald Trump attacked Mitch McConnell.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert modality(attacked, "criticizes").negated
    doc = nlp("Paul Ryan said he had seen evidence that Donald Trump attacked Mitch McConnell.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert not modality(attacked, "criticizes").negated
    # a clause of its own inside the denied content is told (audit batch 12's form)
    doc = nlp("There is no evidence Joe Biden did what Donald Trump has accused him of doing.")
    accused = next(t for t in doc if t.text == "accused")
    assert not modality(accused, "criticizes").negated
