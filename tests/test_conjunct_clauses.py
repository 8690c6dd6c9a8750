"""What the first of two coordinated clauses says about the second: a modal verb reaches a
conjunct that shares its subject, never one with a subject of its own."""

from __future__ import annotations

from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides corpus (written for these tests).


def test_own_subject_is_out_of_the_modals_reach(extractor: Extractor) -> None:
    text = "Donald Trump might win the primary, but Ted Cruz endorsed Marco Rubio."
    assert ("Ted Cruz", "endorses", "Marco Rubio", True) in flagged(extractor, text)


def test_shared_subject_shares_the_modal(extractor: Extractor) -> None:
    text = "Ted Cruz may criticize Donald Trump and then endorse Marco Rubio."
    found = flagged(extractor, text)
    assert ("Ted Cruz", "endorses", "Marco Rubio", False) in found
    assert ("Ted Cruz", "endorses", "Marco Rubio", True) not in found
