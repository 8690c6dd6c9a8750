"""Organisations the model leaves untyped: an acronym as a clause's argument, a name the text
calls an organisation in an apposition (organization_mentions.py)."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.model import Document


def _result(nlp, text: str):  # type: ignore[no-untyped-def]
    return Extractor(nlp).process(Document(id="t", text=text))


def _edges(nlp, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(a.subject, a.relation, a.object) for a in _result(nlp, text).assertions if a.positive}


def test_an_acronym_the_model_calls_a_person_is_an_organisation(nlp):
    text = "The Heritage Foundation criticized MEK for those ties in a 2011 paper."
    assert ("Heritage Foundation", "criticizes", "MEK") in _edges(nlp, text)


def test_an_acronym_in_a_capitalised_headline_is_no_organisation(nlp):
    text = "SENATORS PRAISE CREDITORS FOR SUPPORTING DELTA AS STAND-ALONE CARRIER"
    types = {e.name: e.type for e in _result(nlp, text).entities}
    assert "DELTA" not in types


def test_listed_acronyms_are_no_organisation(nlp):
    text = "The CEO criticized the plan on Monday."
    assert all(e.name != "CEO" for e in _result(nlp, text).entities)


def test_a_name_apposed_to_an_organisation_noun_is_that_organisation(nlp):
    text = (
        "Foreign Policy for America, a nonpartisan advocacy organization, accused Trump of "
        "trashing America's essential values."
    )
    assert ("Foreign Policy for America", "criticizes", "Trump") in _edges(nlp, text)


def test_a_probe_launched_into_an_organisation_is_no_criticism(nlp):
    text = (
        "The Justice Department reopened its inquiry this year. The department has launched "
        "a new probe into the Clinton Foundation."
    )
    assert not any(r == "criticizes" for _s, r, _o in _edges(nlp, text))
