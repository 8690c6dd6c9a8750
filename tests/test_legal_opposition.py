"""Formal acts against a law or an agreement are opposition to it
(patterns/relations_legal32.jsonl; docs/wikinews-recall.md "Session 32"): a lawsuit over a law,
a veto, a state's withdrawal from an agreement. Sentences from the corpora (wn2020_038, audit
articles) or in their style."""

from __future__ import annotations

from rule_edges import edges, flagged, types_and_edges

from polkg.extract import Extractor


def test_a_lawsuit_over_a_law_opposes_it(nlp):
    ex = Extractor(nlp)
    found = edges(
        ex,
        "On Thursday, the American Civil Liberties Union of Montana and Native American Rights "
        "Fund filed a lawsuit against the state of Montana over its 2018 Ballot Interference "
        "Prevention Act (BIPA), saying it would prevent many Native Americans from voting.",
    )
    # both filers, the state chapter named in full (patterns/organizations.jsonl)
    assert (
        "American Civil Liberties Union of Montana",
        "opposes",
        "Ballot Interference Prevention Act",
    ) in found
    assert ("Native American Rights Fund", "opposes", "Ballot Interference Prevention Act") in found
    assert ("Justice Department", "opposes", "Affordable Care Act") in edges(
        ex, "The Justice Department filed its lawsuit challenging the Affordable Care Act."
    )
    assert ("Planned Parenthood", "opposes", "Affordable Care Act") in edges(
        ex, "Planned Parenthood sued the Trump administration over the Affordable Care Act."
    )


def test_a_lawsuit_against_a_person_or_not_filed_is_no_opposition_to_a_law(nlp):
    ex = Extractor(nlp)
    # the defendant is no law: the suit opposes the person (relations_lawsuits34.jsonl), no law
    found = edges(ex, "Stormy Daniels filed a lawsuit against Donald Trump.")
    opposed = {e for e in found if e[1] == "opposes"}
    assert opposed == {("Stormy Daniels", "opposes", "Donald Trump")}
    assert ("Planned Parenthood", "opposes", "Affordable Care Act", False) in flagged(
        ex, "Planned Parenthood did not sue over the Affordable Care Act."
    )


def test_a_veto_of_a_bill(nlp):
    ex = Extractor(nlp)
    assert ("Jan Brewer", "opposes", "Arizona Religious Freedom Restoration Act") in edges(
        ex,
        "Governor Jan Brewer's veto of the Arizona Religious Freedom Restoration Act angered "
        "conservatives.",
    )


def test_withdrawing_from_an_agreement_opposes_it(nlp):
    ex = Extractor(nlp)
    assert ("Donald Trump", "opposes", "Iran nuclear deal") in edges(
        ex, "President Donald Trump withdrew the United States from the Iran nuclear deal in 2018."
    )
    assert ("Trump", "opposes", "Paris Agreement") in edges(
        ex, "Trump pulled out of the Paris Agreement."
    )
    assert ("Trump", "opposes", "Paris Climate Accord") in edges(
        ex, "Trump's withdrawal from the Paris Climate Accord angered Democrats."
    )
    # support withdrawn from a law is no withdrawal from it
    assert not edges(ex, "Senator John Smith withdrew his support from the Affordable Care Act.")


def test_a_demanded_exit_is_no_opposition(nlp):
    ex = Extractor(nlp)
    # the second "for X to ..." of a demand is demanded too (cues._second_for_infinitive)
    found = flagged(
        ex,
        "Others call for all of President Obama's executive orders to be reversed and for the "
        "U.S. to exit the North American Free Trade Agreement, or NAFTA.",
    )
    assert ("U.S.", "opposes", "North American Free Trade Agreement", False) in found
    assert ("U.S.", "opposes", "North American Free Trade Agreement", True) not in found
    assert ("Trump", "opposes", "NAFTA", False) in flagged(
        ex, "Trump said he would withdraw from NAFTA."
    )


def test_a_state_chapter_of_an_organisation_is_named_in_full(nlp):
    ex = Extractor(nlp)
    types, _ = types_and_edges(
        ex, "The American Civil Liberties Union of New York criticized Governor Andrew Cuomo."
    )
    assert types.get("American Civil Liberties Union of New York") == "Organization"
