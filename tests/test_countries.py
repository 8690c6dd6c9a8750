"""Countries as actors (patterns/countries.json from PETRARCH2's Phoenix dictionary)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.countries import country_code, physical_between_states
from polkg.model import Document


def test_countries_names_and_short_forms_have_codes() -> None:
    assert country_code("Saudi Arabia") == "SAU"
    assert country_code("the United States") == country_code("U.S.") == "USA"
    assert country_code("Russia") == country_code("Russian Federation") == "RUS"
    assert country_code("Britain") == "GBR"
    assert country_code("Ukraine") == "UKR"  # its code is on its own line in the dictionary
    # a US state, a city and a demonym are not countries
    assert country_code("Georgia") is None
    assert country_code("London") is None
    assert country_code("British") is None


def test_countries_acting_state_is_a_country_actor(extractor: Extractor) -> None:
    text = "China criticized Japan over the visit to the shrine."
    result = extractor.process(Document(id="d", text=text))
    assert {e.name: e.type for e in result.entities} == {"China": "Country", "Japan": "Country"}
    assert edges(extractor, text) == {("China", "criticizes", "Japan")}


def test_countries_force_between_states_is_no_criticism(extractor: Extractor) -> None:
    assert edges(extractor, "Russia attacked Ukraine on Thursday, killing 12 people.") == set()
    assert physical_between_states("attack", "Country", "Country")
    assert not physical_between_states("attack", "Person", "Person")
    assert not physical_between_states("criticize", "Country", "Person")


def test_countries_are_not_opposed_like_candidates(extractor: Extractor) -> None:
    text = "Sanders has long opposed America's wars in Latin America, Elizabeth Warren said."
    assert not {e for e in edges(extractor, text) if e[1] == "opposes"}
