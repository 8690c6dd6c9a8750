"""A participle after a document's addressee is the document's: the parser hangs "opposing this
legislation" on the nearest noun, the addressee of "a memorandum from Lockyer to members of the
California delegation", and the addressee would have opposed the bill (a Senate release of
tune-a, shortened)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

BILL = "The National Uniformity for Food Act passed the House in March.\n "


def test_the_memorandum_opposes_for_its_author(extractor: Extractor) -> None:
    text = BILL + (
        "We are attaching a recent memorandum from California Attorney General Bill Lockyer to "
        "members of the California congressional delegation opposing this legislation."
    )
    found = edges(extractor, text)
    assert ("Bill Lockyer", "opposes", "National Uniformity for Food Act") in found


def test_a_letter_sent_to_members_opposes_for_its_sender(extractor: Extractor) -> None:
    text = BILL + (
        "Senator Feinstein sent a letter to members of the Senate Judiciary Committee opposing "
        "the legislation."
    )
    found = edges(extractor, text)
    assert ("Feinstein", "opposes", "National Uniformity for Food Act") in found


def test_an_addressee_never_takes_the_documents_stance(extractor: Extractor) -> None:
    text = BILL + (
        "Bill Frist received a letter from an unnamed group to the Majority Leader Bill Frist "
        "opposing the legislation."
    )
    found = edges(extractor, text)
    assert not any(s == "Bill Frist" for s, _r, _o in found)
