"""Cues that do not govern a narrated stance (``polkg/extract/narrated_cues.py``, lexical34): a
hedge of a quotation the parser hung the narrated clause on, and "until"/"once" before an event
told in the past. Sentences from the readable fresh samples (fresh s27, fresh32) or written for
these tests."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

SUPPORT = ("Mitch McConnell", "endorses", "Jeff Sessions")
ENDORSED = ("Donald Trump", "endorses", "Ron DeSantis")


def _asserted(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> bool | None:
    """True: asserted; False: made but negated or hedged; None: not made."""
    found = {t[:3]: t[3] for t in flagged(extractor, text)}
    return found.get(triple)


def test_quoted_hedge_does_not_govern_the_narration(extractor: Extractor) -> None:
    # fresh32 (allsides): "maintains" is parsed as the complement of the quoted "think"
    text = (
        "Jeff Sessions maintains the critical support of Senate Majority Leader Mitch McConnell "
        "(R-Ky.), who told reporters Tuesday, \u201cI have total confidence in the attorney "
        "general; I think he ought to stay exactly where he is.\u201d"
    )
    assert _asserted(extractor, text, SUPPORT) is True


def test_a_hedge_inside_the_same_quotation_still_governs(extractor: Extractor) -> None:
    text = "\u201cI think Mitch McConnell may support Jeff Sessions,\u201d John Cornyn said."
    assert _asserted(extractor, text, SUPPORT) is not True


def test_until_before_a_past_event(extractor: Extractor) -> None:
    # fresh s27 (allsides)
    text = (
        "Ron DeSantis was trailing his Republican opponent, former Rep. Adam Putnam, by double "
        "digits in the polls until Donald Trump endorsed him."
    )
    assert _asserted(extractor, text, ENDORSED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Ron DeSantis will keep trailing Adam Putnam in the polls until Donald Trump endorses him.",
        "Ron DeSantis would keep trailing Adam Putnam in polls until Donald Trump endorsed him.",
        "Ron DeSantis could win the primary once Donald Trump endorsed him.",
    ],
)
def test_until_before_a_condition(extractor: Extractor, text: str) -> None:
    assert _asserted(extractor, text, ENDORSED) is not True
