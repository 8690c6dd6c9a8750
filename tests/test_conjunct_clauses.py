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


def test_tensed_verb_after_a_modals_infinitive_is_the_speakers_own(extractor: Extractor) -> None:
    # audit batch 2/5 (BBC): the parser coordinates "attacked" with "set out", under "would"
    text = (
        "Tony Blair said Labour would set out workable plans for tackling immigration abuse "
        "in the next few weeks and attacked the Tory plans."
    )
    assert ("Tony Blair", "criticizes", "Conservative Party", True) in flagged(extractor, text)


def test_a_form_without_tense_stays_under_the_modal(extractor: Extractor) -> None:
    # "hit" may be the infinitive: one chain under "would", not a deed reported as done
    text = "Ted Cruz said Marco Rubio would get angry and hit Donald Trump."
    assert ("Marco Rubio", "criticizes", "Donald Trump", True) not in flagged(extractor, text)
