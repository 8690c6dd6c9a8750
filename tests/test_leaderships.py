"""A party's or chamber's leadership as a group actor (polkg/extract/leaderships.py,
docs/precision.md "Session 33"): Wikinews and Senate press-release sentences the gold
annotates (fresh30 wn2020_112, McConnell198)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def _organizations(extractor: Extractor, text: str) -> set[str]:
    result = extractor.process(Document(id="t", text=text))
    return {e.name for e in result.entities if e.type == "Organization"}


def test_a_party_leadership_is_the_object(extractor: Extractor) -> None:
    text = (
        "US President Donald Trump spoke on Monday. The president has blamed Democratic "
        "leadership for violence and unrest in various US cities throughout 2020."
    )
    assert ("Donald Trump", "criticizes", "Democratic leadership") in edges(extractor, text)


def test_a_leadership_is_the_subject(extractor: Extractor) -> None:
    text = (
        "Early last month, the Republican Leadership proposed the Kids First Act, which "
        "allocates new funds for outreach and enrollment."
    )
    assert ("Republican Leadership", "endorses", "Kids First Act") in edges(extractor, text)


def test_chamber_and_stacked_modifiers(extractor: Extractor) -> None:
    text = (
        "Senate leadership has failed to bring the Warner resolution to a vote. The House "
        "Republican leadership met on Tuesday."
    )
    assert {"Senate leadership", "House Republican leadership"} <= _organizations(extractor, text)


def test_names_races_and_possessed_leaderships_are_left_alone(extractor: Extractor) -> None:
    text = (
        "The Senate Leadership Fund spent heavily. The GOP leadership race begins. Both "
        "parties' leadership met. Congressional leadership met too."
    )
    organizations = _organizations(extractor, text)
    assert "Senate Leadership Fund" in organizations
    assert not {"GOP leadership", "Congressional leadership"} & organizations
    assert not any(name.endswith("leadership") for name in organizations)
