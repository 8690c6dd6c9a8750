"""Plans and bills the text tells by their owner (polkg/extract/possessed_plans.py): the object
of an opposition or a backing no proxy reads, while a criticized plan still stands for its owner.
Sentences in the style of the Senate press releases and the allsides corpus (written for these
tests, after releases of the session-25 recall sample and audit batches 2 and 4)."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor
from polkg.model import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opposition has no proxy noun for a plan: the plan is the object
        (
            "Sen. Ron Wyden opposed the Pentagon's proposal to close the air base.",
            ("Ron Wyden", "opposes", "Pentagon's proposal to close the air base"),
        ),
        # a backed strategy is no endorsement proxy: the strategy, not the President
        (
            "President Bush will send more troops to Iraq. Sen. Johnny Isakson supports the "
            "President's strategy as the best hope for the Iraqi government.",
            ("Johnny Isakson", "endorses", "President's strategy"),
        ),
        # a bill noun, in a text that names no law
        (
            "Sen. Harry Reid opposed the Administration's prescription drug bill because it was "
            "unnecessarily complicated.",
            ("Harry Reid", "opposes", "Administration's prescription drug bill"),
        ),
        # a party's plan backed is a measure, never the party: now the plan itself
        (
            "The Trump administration on Tuesday formally backed the House GOP's plan to repeal "
            "the health care law.",
            ("Trump administration", "endorses", "House GOP's plan to repeal the health care law"),
        ),
    ],
)
def test_a_possessed_plan_is_the_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_a_criticized_plan_still_stands_for_its_owner(extractor: Extractor) -> None:
    """ "criticized Obama's plan" is Obama (``criticism_proxies``), not the plan."""
    for text, owner in [
        ("Sen. Mitch McConnell criticized President Barack Obama's plan.", "Barack Obama"),
        ("Senator Chuck Schumer criticized Donald Trump's plan to cut Medicaid.", "Donald Trump"),
    ]:
        found = edges(extractor, text)
        assert any(obj == owner for _, rel, obj in found if rel == "criticizes")
        assert not any(obj.endswith("plan") for _, _, obj in found)


def test_a_bill_noun_is_the_named_bill_where_the_text_names_one(extractor: Extractor) -> None:
    """In a release naming its act, "Cantwell's measure" is no new bill (``bill_heads``)."""
    text = (
        "Sen. Maria Cantwell introduced the Fuel Economy Truth in Labeling Act last month. "
        "AAA endorsed Cantwell's measure on Monday."
    )
    result = extractor.process(Document(id="d", text=text))
    assert "Cantwell's measure" not in {e.name for e in result.entities}
    plans = {"Pentagon's proposal"}
    other = extractor.process(
        Document(id="e", text="Sen. Ron Wyden opposed the Pentagon's proposal on Monday.")
    )
    assert plans <= {e.name for e in other.entities}


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun's plan names nobody
        "Sen. Ron Wyden spoke on Monday. He opposed his proposal to close the base.",
        # a plan given its name by an apposition is the named plan's
        "Sen. Ron Wyden opposed the President's plan, the Clear Skies Initiative, on Monday.",
    ],
)
def test_no_plan_without_a_named_owner_or_with_a_name(extractor: Extractor, text: str) -> None:
    result = extractor.process(Document(id="d", text=text))
    assert not any(e.name.endswith(("proposal", "plan")) for e in result.entities)


def test_support_conditioned_on_progress_is_not_given(extractor: Extractor) -> None:
    """A stance noun governed by "condition" is conditional support (``noun_governor_hedges``)."""
    text = (
        "President Bush will send more troops to Iraq. Sen. Pete Domenici said his support for "
        "the President's new strategy for Iraq is conditioned on seeing measurable progress."
    )
    found = flagged(extractor, text)
    assert ("Pete Domenici", "endorses", "President's new strategy", False) in found
    assert ("Pete Domenici", "endorses", "President's new strategy", True) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 27: a ban, a wall, cuts are plans of their owner (audit batches 9, 14, 3);
        # session 35: named with what the "on" phrase after the head says the ban is
        (
            "Mattis opposed Trump's proposed ban on transgender service members.",
            ("Mattis", "opposes", "Trump's proposed ban on transgender service members"),
        ),
        (
            "Beto O'Rourke not only opposes President Trump's border wall but also said he "
            "would tear down existing fencing.",
            ("Beto O'Rourke", "opposes", "President Trump's border wall"),
        ),
        (
            "Sen. Robert C. Byrd wrote to oppose the Bush Administration's proposed cuts.",
            ("Robert C. Byrd", "opposes", "Bush Administration's proposed cuts"),
        ),
        # a number before the head is no other owner (audit batch 13)
        (
            "But Republicans oppose Mr. Obama's $447 billion job-creation plan.",
            ("Republican Party", "opposes", "Mr. Obama's $447 billion job-creation plan"),
        ),
    ],
)
def test_more_plan_heads(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in edges(extractor, text)


def test_criticized_cuts_and_deals_stand_for_their_owner(extractor: Extractor) -> None:
    """The new plan heads are criticism proxies too: "attacked Trump's tax cuts" is Trump."""
    found = edges(extractor, "Senate Democrats attacked Donald Trump's tax cuts on Monday.")
    assert any(obj == "Donald Trump" for _, rel, obj in found if rel == "criticizes")
    assert not any(obj.endswith("cuts") for _, _, obj in found)


def test_nobody_opposes_his_own_plan(extractor: Extractor) -> None:
    """A plan's owner is not its opponent, whatever the subject resolved to (Wikinews: "Theresa
    May appointed him Foreign Secretary, ... resigning in protest to May's negotiated Brexit
    agreement" gave May's protest against her own agreement)."""
    text = (
        "Boris Johnson became Prime Minister on Wednesday. Following the UK's Brexit vote, "
        "Theresa May appointed him Foreign Secretary, which he served as until 2018, resigning "
        "in protest to May's negotiated Brexit agreement."
    )
    assert not any(rel == "opposes" for _, rel, _ in edges(extractor, text))
