"""Deeds that stand for their doer when criticized: the manner of a deed ("the way X did Y")
names the doer in its relative clause, and a party's campaign commitments and stance are the
party's own ("attacked Labour's pledges", "criticised the Lib Dem stance")."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

# Sentences from the BBC audit articles (batches 1-5) and allsides (batch 11), or in their style.


def test_the_way_names_the_doer(extractor: Extractor) -> None:
    text = (
        "Former civil service chief Lord Butler has criticised "
        "the way Tony Blair's government operates."
    )
    assert ("Lord Butler", "criticizes", "Tony Blair") in edges(extractor, text)
    text = "Eric Holder criticized the way Darrell Issa conducted himself."
    assert ("Eric Holder", "criticizes", "Darrell Issa") in edges(extractor, text)


def test_a_passive_manner_clause_names_no_doer(extractor: Extractor) -> None:
    text = "Eric Holder criticized the way the investigation was handled by James Comey."
    assert not any(e[1] == "criticizes" for e in edges(extractor, text))


def test_a_partys_commitments_and_stance_are_its_own(extractor: Extractor) -> None:
    text = "The Tories criticised the Lib Dem stance on Europe."
    assert ("Conservative Party", "criticizes", "Liberal Democrats") in edges(extractor, text)
    text = 'Labour criticised "extravagant" Tory promises on policing.'
    assert ("Labour Party", "criticizes", "Conservative Party") in edges(extractor, text)
    text = "Liam Fox attacked Labour's six new pledges as vacuous."
    assert ("Liam Fox", "criticizes", "Labour Party") in edges(extractor, text)


def test_praise_of_a_stance_is_no_criticism(extractor: Extractor) -> None:
    text = "The Tories welcomed the Lib Dem stance on Europe."
    assert ("Conservative Party", "criticizes", "Liberal Democrats") not in edges(extractor, text)
