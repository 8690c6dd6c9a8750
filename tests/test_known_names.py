"""Bare surnames of known politicians are persons whatever the model tags them."""

from __future__ import annotations

import pytest

from polkg.extract import Extractor
from polkg.extract.known_names import is_known_surname
from polkg.model import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_known_names_list_has_politicians_not_words() -> None:
    assert is_known_surname("Trump") and is_known_surname("Sessions")
    assert is_known_surname("Merkel") and is_known_surname("Blair")  # from PETRARCH2's actors
    assert not is_known_surname("trump")  # as written
    assert not is_known_surname("Ford")  # a company first
    assert not is_known_surname("Paul")  # a given name


def test_known_names_bare_surnames_make_an_edge(extractor: Extractor) -> None:
    result = extractor.process(Document(id="d", text="Trump slammed Sessions on Friday."))
    assert {e.name: e.type for e in result.entities} == {"Trump": "Person", "Sessions": "Person"}
    assert [(a.subject, a.relation, a.object) for a in result.assertions] == [
        ("Trump", "criticizes", "Sessions")
    ]


def test_known_names_not_before_a_name_or_after_an_article(extractor: Extractor) -> None:
    text = "Brown University praised the Trump administration, and the Cotton harvest was late."
    types = {e.name: e.type for e in extractor.process(Document(id="d", text=text)).entities}
    assert "Brown" not in types and types.get("Cotton") != "Person"
    assert types["Trump administration"] == "GovernmentBody"


def test_known_names_compound_of_a_person_noun(extractor: Extractor) -> None:
    text = "Kathleen Willey said she was a Trump supporter from the start."
    types = {e.name: e.type for e in extractor.process(Document(id="d", text=text)).entities}
    assert types["Trump"] == "Person"
