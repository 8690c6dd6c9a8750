"""Session 33's lexical forms (lexical33, patterns/relations_expressions33.jsonl): a stance noun
carried by a noun of expression ("public statements of support for Sessions"), a complaint whose
"that" clause names its target ("accusations from Democrats that he abused his office"), and the
verbs of complaint with that clause ("complained that Google was censoring favorable stories").
Sentences after those of the readable articles where the census found the forms."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_noun_of_expression_carries_the_stance(nlp):
    ex = Extractor(nlp)
    text = (
        "Majority Whip John Cornyn has joined Sen. Ben Sasse in making public statements of "
        "support for Jeff Sessions in recent days."
    )
    assert ("John Cornyn", "endorses", "Jeff Sessions") in edges(ex, text)
    text = "Ben Carson, who issued a statement of praise for Roy Moore on Friday, spoke later."
    assert ("Ben Carson", "endorses", "Roy Moore") in edges(ex, text)
    text = "Mike Pompeo issued no statement of support for Marie Yovanovitch."
    assert ("Mike Pompeo", "endorses", "Marie Yovanovitch") not in edges(ex, text)


def test_a_complaint_names_its_target_in_its_that_clause(nlp):
    ex = Extractor(nlp)
    text = "Donald Trump complained that Google was censoring favorable stories about him."
    assert ("Donald Trump", "criticizes", "Google") in edges(ex, text)
    text = "Democrats complained that James Comey used a different standard in those cases."
    assert ("Democratic Party", "criticizes", "James Comey") in edges(ex, text)
    # a party told by its members' plural (spaCy's NORP) is a target, a people is not (below)
    text = "Democrats complained that Republicans broke traditions on access to documents."
    assert ("Democratic Party", "criticizes", "Republican Party") in edges(ex, text)
    text = (
        "Donald Trump looked to counterpunch accusations from Democrats that he abused his "
        "office and obstructed Congress."
    )
    assert ("Democratic Party", "criticizes", "Donald Trump") in edges(ex, text)
    # the complaint is the stance, not the judgement words inside its clause
    text = (
        "Donald Trump called Andrew Cuomo on Monday, complaining that Cuomo made it seem like "
        "Washington had abandoned him."
    )
    assert edges(ex, text) == {("Donald Trump", "criticizes", "Andrew Cuomo")}


def test_no_complaint_against_a_victim_a_people_or_a_relative_clause(nlp):
    ex = Extractor(nlp)
    # a passive subject is the complaint's victim; a people is the wronged; "that" as a
    # relative pronoun makes no content clause
    for text in (
        "Nancy Pelosi complained that Adam Schiff was treated unfairly by the committee.",
        "Representative Luis Gutierrez of Illinois complained that Hispanics got short shrift.",
        "The criticism from Democrats that Donald Trump dismissed was loud.",
    ):
        assert not any(r == "criticizes" for _, r, _ in edges(ex, text)), text
