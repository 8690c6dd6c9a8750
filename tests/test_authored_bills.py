"""Sponsorship of a bill described by what it does, and the name of such a bill
(polkg/extract/authored_bills.py, session 40, measures40)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document

# Sentences in the style of the Senate press and allsides corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senators Herb Kohl and Chuck Grassley have introduced legislation to explicitly "
            "prohibit brand-name drug manufacturers from using pay-off agreements.",
            (
                "Chuck Grassley",
                "endorses",
                "legislation to explicitly prohibit brand-name drug manufacturers from using "
                "pay-off agreements",
            ),
        ),
        (
            "Senator Dick Durbin introduced legislation aimed at giving federal judges more "
            "discretion in sentencing.",
            (
                "Dick Durbin",
                "endorses",
                "legislation aimed at giving federal judges more discretion in sentencing",
            ),
        ),
        (
            "Senator Barbara Mikulski introduced legislation to fully fill the FY07 shortfalls "
            "before we adjourn.",
            ("Barbara Mikulski", "endorses", "legislation to fully fill the FY07 shortfalls"),
        ),
    ],
)
def test_a_sponsor_backs_a_bill_told_by_its_act(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells who handles the bill, not what it does
        "Senator Al D'Amato is the author of the resolution we will be voting on.",
        "Senator Al D'Amato sponsored a bill introduced last week.",
        # a plan: described as often as a political line
        "Senator Al D'Amato authored a plan to cut taxes.",
        # a chamber never introduces a bill, its members do (here a misparse's subject)
        "On the day the House of Representatives was to debate and vote on articles of "
        "impeachment against Trump, Rep. Tulsi Gabbard, D-Hawaii, introduced a resolution to "
        "censure him.",
    ],
)
def test_no_sponsorship_of_a_bill_told_otherwise(extractor: Extractor, text: str) -> None:
    assert not any(rel == "endorses" for _, rel, _ in edges(extractor, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a purpose adjunct of the act is cut from the name
        (
            "When Democrats rejected Kids First, Republicans introduced a bill to simply extend "
            "the current program to cover kids at risk of losing coverage until the debate is "
            "resolved.",
            "a bill to simply extend the current program",
        ),
        # an object-control verb's infinitive is the act itself
        (
            "Senator Tim Johnson supported an amendment that would direct the Treasury Department "
            "to study foreign holdings of U.S. debt.",
            "an amendment that would direct the Treasury Department to study foreign holdings of "
            "U.S. debt",
        ),
        # an infinitive on the object says what the object is
        (
            "Senator Johnny Isakson criticized a Senate resolution opposing President Bush's plan "
            "to send more troops to Iraq.",
            "a Senate resolution opposing President Bush's plan to send more troops to Iraq",
        ),
    ],
)
def test_the_name_of_a_bill_told_by_its_act(extractor: Extractor, text: str, name: str) -> None:
    result = extractor.process(Document(id="t", text=text))
    assert name in {e.name for e in result.entities if e.type == "Legislation"}
