"""A stance on a plan the text tells by its owner holds for the plan, and the owner backs it
(polkg/extract/plan_stances.py, session 35). Sentences written for these tests after the fresh
samples' BBC and Senate-release forms ("who backs Mr Phillips' proposal of shortlists",
"joined with colleagues to successfully oppose the President's proposal to eliminate EDA")."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_a_backed_proposal_is_backed_and_its_owner_proposed_it(extractor: Extractor) -> None:
    found = edges(extractor, "Labour MP Diane Abbott backs Mr Phillips' proposal of shortlists.")
    plan = "Mr Phillips' proposal of shortlists"
    assert ("Diane Abbott", "endorses", plan) in found  # the measure itself
    assert ("Diane Abbott", "endorses", "Phillips") in found  # the owner, as before (proxy)
    assert ("Phillips", "endorses", plan) in found  # its proposer


def test_an_opposed_proposal_is_its_proposers(extractor: Extractor) -> None:
    text = "Sen. Tim Johnson opposed President George W. Bush's proposal to eliminate the EDA."
    found = edges(extractor, text)
    plans = {o for s, r, o in found if s == "Tim Johnson" and r == "opposes"}
    assert len(plans) == 1 and plans.pop().startswith("President George W. Bush's proposal")
    assert any(s == "George W. Bush" and r == "endorses" for s, r, _ in found)


def test_no_reading_of_a_negated_stance_and_no_proposer_from_it(extractor: Extractor) -> None:
    text = "Labour MP Diane Abbott does not back Mr Phillips' proposal of shortlists."
    found = flagged(extractor, text)
    assert not any(t[3] for t in found)


def test_a_line_of_policy_is_its_owners_only(extractor: Extractor) -> None:
    """ "Walker's policies" is no measure (``measure_heads``): the owner, no plan edge."""
    found = edges(extractor, "Sen. Ron Johnson backed Gov. Scott Walker's policies on Monday.")
    assert not any("policies" in o for _, _, o in found)


def test_a_day_after_the_head_is_no_part_of_its_name(extractor: Extractor) -> None:
    found = edges(extractor, "Sen. Ron Wyden opposed the Pentagon's proposal on Monday.")
    assert ("Ron Wyden", "opposes", "Pentagon's proposal") in found
