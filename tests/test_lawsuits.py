"""A lawsuit or petition against a government body or an officeholder is opposition to it
(patterns/relations_lawsuits34.jsonl; docs/wikinews-recall.md "Session 34"; gold/README.md,
freshcheck33's lawsuit decision). The Puerto Rico sentences are from Wikinews, "Puerto Rico
Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor" (2019, CC BY 2.5,
Wikinews contributors); the others are written for the test in the corpora's style."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_a_lawsuit_filed_by_a_chamber_against_an_officeholder(nlp):
    ex = Extractor(nlp)
    found = edges(
        ex,
        "On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a "
        "lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi over his "
        "claim to the governorship.",
    )
    assert {(s, r, o) for s, r, o in found if r == "opposes" and o == "Pedro Pierluisi"}
    # the court ruled on the suit: it filed nothing
    assert not {t for t in found if t[0].startswith("Supreme Court") and t[1] == "opposes"}


def test_suing_or_filing_a_lawsuit_against_a_body_or_a_person(nlp):
    ex = Extractor(nlp)
    assert ("Xavier Becerra", "opposes", "Trump administration") in edges(
        ex, "California Attorney General Xavier Becerra sued the Trump administration on Monday."
    )
    assert ("Scott Pruitt", "opposes", "Environmental Protection Agency") in edges(
        ex, "Scott Pruitt filed numerous lawsuits against the Environmental Protection Agency."
    )
    assert ("Thomas Rivera Schatz", "opposes", "Pedro Pierluisi") in edges(
        ex, "Senate President Thomas Rivera Schatz filed the lawsuit against Pedro Pierluisi."
    )


def test_no_suit_no_opposition(nlp):
    ex = Extractor(nlp)
    # a suit not brought is no opposition
    assert ("Xavier Becerra", "opposes", "Trump administration", True) not in flagged(
        ex, "California Attorney General Xavier Becerra did not sue the Trump administration."
    )
    # the suit's subject matter is no defendant, and a company is neither body nor person
    assert not {
        e
        for e in edges(ex, "Senator Ted Cruz sued Google over its search results.")
        if e[1] == "opposes"
    }
