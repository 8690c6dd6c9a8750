"""Bills the text describes but does not name (descriptive_actors.py ``bill_heads``, session 28):
"legislation reauthorizing ...", "a bill that would ...", "an amendment that would ..." are
Legislation entities named by their phrase in a text that names no law, and a later bare "the
bill" refers back to the one so described (described_references.py). Sentences in the style of
the Senate press releases and allsides (written for these tests)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def _laws(extractor: Extractor, text: str) -> list[str]:
    result = extractor.process(Document(id="d", text=text))
    return [e.name for e in result.entities if e.type == "Legislation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause (Senate fresh sample, Rockefeller; Snowe)
        (
            "Senator Olympia Snowe voted for a bipartisan bill reauthorizing SCHIP.",
            ("Olympia Snowe", "endorses", "a bipartisan bill reauthorizing SCHIP"),
        ),
        # a relative clause with "would"
        (
            "President George W. Bush vetoed a bill that would give children health insurance.",
            ("George W. Bush", "opposes", "a bill that would give children health insurance"),
        ),
        # an infinitive, object of a vote (audit batch 3)
        (
            "Dan Bishop voted against a bill to inform patients about low-cost drugs.",
            ("Dan Bishop", "opposes", "a bill to inform patients about low-cost drugs"),
        ),
        # after a named law, a bill brought up anew with "a" is another one (audit batch 3)
        (
            "President Donald Trump touted the First Step Act. William Barr opposed a 2015 bill "
            "that contained many of the same key elements as the First Step Act.",
            (
                "William Barr",
                "opposes",
                "a 2015 bill that contained many of the same key elements as the First Step Act",
            ),
        ),
        # an amendment
        (
            "Senator Tim Johnson supported an amendment that would direct the Treasury "
            "Department to study foreign holdings of U.S. debt.",
            (
                "Tim Johnson",
                "endorses",
                "an amendment that would direct the Treasury Department to study foreign "
                "holdings of U.S. debt",
            ),
        ),
    ],
)
def test_a_described_bill_is_the_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_the_bill_refers_back_to_the_one_described_bill(extractor: Extractor) -> None:
    """ "the legislation" after "legislation that protects ..." in a text naming no law
    (audit batch 6: Mike Lee blocked the Mueller bill)."""
    text = (
        "Senators Jeff Flake and Chris Coons pushed legislation that protects special counsel "
        "Robert Mueller. Senator Mike Lee opposed the legislation on Wednesday."
    )
    described = "legislation that protects special counsel Robert Mueller"
    assert ("Mike Lee", "opposes", described) in edges(extractor, text)


def test_a_text_naming_a_law_keeps_its_bill_nouns_to_it(extractor: Extractor) -> None:
    """Where the text names a law, "introduced legislation that would ..." is as a rule that
    law told before its name (session 7): no described bill, the named one is the object."""
    text = (
        "Senator Jeff Bingaman introduced legislation that would create a wilderness area. "
        "The Ojito Wilderness Act passed the Senate on Monday. Senator John McCain opposed "
        "the bill."
    )
    assert _laws(extractor, text) == ["Ojito Wilderness Act"]
    assert ("John McCain", "opposes", "Ojito Wilderness Act") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun before the head names the bill by its matter: the clause is comment
        "Senator Pete Domenici will push for federal energy legislation that will give our "
        "nation a better approach.",
        # a bill someone is asked to pass does not exist yet (audit batch 4: Jenkins)
        "Rep. Lynn Jenkins urged the Senate to pass legislation that resolves the issue.",
        # a description cut inside a list of names ("sponsored by Kyl (R-AZ) and ...")
        "Congress approved legislation sponsored in the Senate by Sens. Jon Kyl (R-AZ) and "
        "Dianne Feinstein (D-Calif.) to give victims of violent crime a set of rights.",
        # a bill that is no bill in particular
        "Senator Chuck Schumer opposes any bill that would cut Medicaid.",
    ],
)
def test_no_described_bill(extractor: Extractor, text: str) -> None:
    assert _laws(extractor, text) == []


def test_negated_support_of_a_described_bill_is_no_edge(extractor: Extractor) -> None:
    text = "Senator Tim Johnson did not support a bill that would raise the debt limit."
    assert _laws(extractor, text) == ["a bill that would raise the debt limit"]
    assert not edges(extractor, text)


def test_a_description_ends_before_the_next_clause_of_its_verb(extractor: Extractor) -> None:
    """ "voting against a bill to ... and opposing Medicaid expansion": the gerund conjunct is
    the voter's next act, also when the bill hangs on a preposition."""
    text = (
        "McCready attacked Dan Bishop for voting against a bill to inform patients about "
        "low-cost prescription drugs and opposing Medicaid expansion."
    )
    assert _laws(extractor, text) == ["a bill to inform patients about low-cost prescription drugs"]
