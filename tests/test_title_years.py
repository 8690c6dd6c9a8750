"""An act the text writes with its year is named with it (polkg/extract/title_years.py,
docs/precision.md "Session 31"): real-style sentences from Senate press releases."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def _legislation(extractor: Extractor, text: str) -> dict[str, list[str]]:
    result = extractor.process(Document(id="t", text=text))
    return {e.name: e.aliases for e in result.entities if e.type == "Legislation"}


def test_an_act_written_with_its_year_is_named_with_it(extractor: Extractor) -> None:
    text = (
        "The Senate Commerce Committee today approved the Magnuson-Stevens Fishery Conservation "
        "and Management Reauthorization Act of 2005 by voice vote. The bill was introduced by "
        "Sen. Ted Stevens (R-Alaska)."
    )
    name = "Magnuson-Stevens Fishery Conservation and Management Reauthorization Act of 2005"
    assert ("Ted Stevens", "endorses", name) in edges(extractor, text)
    laws = _legislation(extractor, text)
    # the short title stays an alias
    assert "Magnuson-Stevens Fishery Conservation and Management Reauthorization Act" in laws[name]


def test_later_mentions_without_the_year_are_the_same_act(extractor: Extractor) -> None:
    text = (
        "Sen. Saxby Chambliss introduced the Cellulosic Ethanol Incentive Act of 2007 this week. "
        "The Cellulosic Ethanol Incentive Act would promote regional diversity in biofuels."
    )
    assert set(_legislation(extractor, text)) == {"Cellulosic Ethanol Incentive Act of 2007"}


def test_two_years_or_no_year_leave_the_title_alone(extractor: Extractor) -> None:
    text = (
        "The Energy Policy Act of 2005 replaced parts of the Energy Policy Act of 1992, and "
        "the Clean Air Act still applies."
    )
    assert set(_legislation(extractor, text)) == {"Energy Policy Act", "Clean Air Act"}


def test_a_canonically_named_law_keeps_its_name(extractor: Extractor) -> None:
    text = "Senator Mitch McConnell opposed the Affordable Care Act of 2010 from the start."
    assert "Affordable Care Act" in _legislation(extractor, text)
