"""A candidate's lead over another in polls (``patterns/relations_leads15.jsonl``): the nominal
form of ``oppose.contest.poll_lead``, symmetric, persons only, in a sentence about polls or
points. Sentences from tune-a and the audit articles (shortened) or written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # tune-a: gold Ted Cruz opposes Donald Trump (required), the reverse acceptable
        (
            "The first big test comes with Monday's caucuses in Iowa, where Mr. Donald Trump "
            "holds a slim but persistent lead in polls over Sen. Ted Cruz, another insurgent "
            "candidate.",
            ("Ted Cruz", "Donald Trump"),
        ),
        # audit: the lead noun's "over" hung on the noun itself
        (
            "Joe Biden has an 18-point lead over Sen. Bernie Sanders, according to a Clemson "
            "University poll.",
            ("Bernie Sanders", "Joe Biden"),
        ),
        # "over" hung on the verb; "edge" as the lead noun
        (
            "Hillary Clinton built a double-digit edge over Donald Trump among women, the "
            "survey found.",
            ("Donald Trump", "Hillary Clinton"),
        ),
        # the possessive form
        (
            "Joe Biden's lead over Bernie Sanders in the national polls has grown to 10 points.",
            ("Bernie Sanders", "Joe Biden"),
        ),
    ],
)
def test_a_lead_over_a_rival_is_a_contest_both_ways(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    trailer, leader = pair
    found = edges(extractor, text)
    assert (trailer, "opposes", leader) in found
    assert (leader, "opposes", trailer) in found


def test_a_lead_outside_polls_or_between_parties_is_no_edge(extractor: Extractor) -> None:
    # no poll or points in the sentence: "an advantage over" is no contest by itself
    assert not edges(
        extractor, "Hillary Clinton has an advantage over Donald Trump on the economy."
    )
    # parties are left to other rules (persons only)
    assert not edges(
        extractor, "Republicans hold a 5-point edge over Democrats in the generic ballot poll."
    )


def test_a_lead_one_could_build_is_hedged(extractor: Extractor) -> None:
    found = flagged(extractor, "Hillary Clinton could build a lead over Donald Trump in the polls.")
    assert ("Hillary Clinton", "opposes", "Donald Trump", False) in found
    assert not any(positive for *_, positive in found)
