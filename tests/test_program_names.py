"""Programme and fund names kept whole (polkg/extract/program_names.py, session 34): sentences
of the fresh32 Senate sample's releases (Salazar71, Mikulski152), readable since session 33."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.model import Document


def _names(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in extractor.process(Document(id="t", text=text)).entities}


def test_a_fund_name_keeps_its_and(extractor: Extractor) -> None:
    text = (
        '"I am also supportive of this bill because it creates the first dedicated revenue '
        "stream for the stateside program of the Land and Water Conservation Fund."
    )
    names = _names(extractor, text)
    assert "Land and Water Conservation Fund" in names
    assert "Water Conservation Fund" not in names


def test_a_program_name_keeps_its_possessive(extractor: Extractor) -> None:
    text = (
        "Mikulski (D-Md.) joined a group of her colleagues in sending a letter to Senate "
        "Majority Leader Bill Frist (R-Tenn.) and Minority Leader Harry Reid (D-Nev.), calling "
        "for them to address the funding shortfall for the State Children's Health Insurance "
        "Program (SCHIP) for fiscal year 2007 before Congress adjourns."
    )
    names = _names(extractor, text)
    assert "State Children's Health Insurance Program" in names
    assert "State Children" not in names


def test_an_owner_before_a_possessive_is_still_cut(extractor: Extractor) -> None:
    """A possessive after a place or an organisation is its owner's: no programme name."""
    from polkg.extract.program_names import keeps_possessive

    doc = extractor.nlp("the Florida's Water Program and the Women's Fund")
    assert not keeps_possessive(doc, 1, 2, 5)  # "Florida's Water Program"
    assert keeps_possessive(doc, 7, 8, 10)  # "Women's Fund"
