"""Predicative stance forms and the defence of a measure (relations_predicative16.jsonl): each
rule on news-style text, with the readings it must not make."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_supportive_of_is_backing(extractor: Extractor) -> None:
    text = "Susan Collins remained supportive of Brett Kavanaugh throughout the hearings."
    assert ("Susan Collins", "endorses", "Brett Kavanaugh") in edges(extractor, text)
    text = "Susan Collins was not supportive of Brett Kavanaugh."
    assert ("Susan Collins", "endorses", "Brett Kavanaugh", False) in flagged(extractor, text)


def test_opposed_to_a_bill_as_adjective_or_passive_root(extractor: Extractor) -> None:
    text = "The White House also stands opposed to the Affordable Care Act."
    assert ("White House", "opposes", "Affordable Care Act") in edges(extractor, text)
    text = "Susan Collins is opposed to the Affordable Care Act."
    assert ("Susan Collins", "opposes", "Affordable Care Act") in edges(extractor, text)


def test_defending_a_measure_is_backing_it(extractor: Extractor) -> None:
    text = (
        "Prime Minister Tony Blair has defended the Licensing Act, saying it is wrong to deny "
        "people the relaxed hours enjoyed elsewhere in Europe."
    )
    assert ("Tony Blair", "endorses", "Licensing Act") in edges(extractor, text)
    text = "The Affordable Care Act was defended by Nancy Pelosi."
    assert ("Nancy Pelosi", "endorses", "Affordable Care Act") in edges(extractor, text)


def test_defending_a_person_or_an_aim_to_defend_is_no_edge(extractor: Extractor) -> None:
    # a person defended is only required=false in the guidelines: left out
    assert not edges(extractor, "Mitch McConnell defended Brett Kavanaugh.")
    # a "to"-infinitive is an aim or an oath, not the act
    text = "Nancy Pelosi called upon Republicans to join us to defend the Affordable Care Act."
    assert not edges(extractor, text)
