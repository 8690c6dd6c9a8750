"""A vote told by its answer opposes (or backs) what the roll call told before voted on
(session 33, docs/group-members.md "Session 33", ``vote_answers.py``). The Wray roll call is
fresh31 allsides 910vr's, as there; the others are minimal pairs in its style."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor

WRAY = (
    "The Senate on Tuesday confirmed Christopher Wray as the new director of the FBI. Senators "
    "voted 92-5 to confirm Wray, a former assistant attorney general who served under Comey, to "
    "a 10-year term. Democratic Sens. Kirsten Gillibrand of New York, Ed Markey of "
    "Massachusetts, Jeff Merkley of Oregon, Elizabeth Warren of Massachusetts, and Ron Wyden of "
    'Oregon voted "no."'
)
CAFA = "Class Action Fairness Act"


def test_a_no_vote_opposes_what_the_roll_call_before_confirmed(extractor: Extractor) -> None:
    found = edges(extractor, WRAY)
    for senator in ("Kirsten Gillibrand", "Ed Markey", "Jeff Merkley", "Elizabeth Warren"):
        assert (senator, "opposes", "Christopher Wray") in found
    assert ("Ron Wyden", "opposes", "Christopher Wray") in found


def test_a_yes_vote_backs_what_the_roll_call_passed(extractor: Extractor) -> None:
    text = f"The Senate voted 72-26 to pass the {CAFA}. Sen. Harry Reid voted yes."
    assert ("Harry Reid", "endorses", CAFA) in edges(extractor, text)


def test_an_answer_on_a_named_bill_needs_no_roll_call_before(extractor: Extractor) -> None:
    text = f"Sen. Harry Reid voted no on the {CAFA}."
    assert ("Harry Reid", "opposes", CAFA) in edges(extractor, text)


def test_a_no_to_a_vote_against_the_bill_is_not_read(extractor: Extractor) -> None:
    # a "no" to blocking the bill would back it: the nearest act decides, and nothing is read
    text = f"Senators voted 52-48 to block the {CAFA}. Sen. Harry Reid voted no."
    found = {t[:3] for t in flagged(extractor, text)}
    assert ("Harry Reid", "opposes", CAFA) not in found
    assert ("Harry Reid", "endorses", CAFA) not in found


def test_an_answer_with_a_clause_of_its_own_is_that_clause(extractor: Extractor) -> None:
    # "voted yes to advance the nomination": the answer answers its own clause
    text = f"The Senate voted 72-26 to pass the {CAFA}. Sen. Harry Reid voted yes to adjourn."
    assert ("Harry Reid", "endorses", CAFA) not in edges(extractor, text)


def test_a_negated_answer_vote_is_not_asserted(extractor: Extractor) -> None:
    text = f"The Senate voted 72-26 to pass the {CAFA}. Sen. Harry Reid did not vote no."
    assert ("Harry Reid", "opposes", CAFA) not in edges(extractor, text)
