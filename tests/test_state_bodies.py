"""A court or legislature named with its state or its circuit is a body of its own
(polkg/extract/state_bodies.py, the circuit patterns of bodies.jsonl; docs/precision.md
"Session 34"): Wikinews wn2020_044, allsides 5JnXCGh0h5d8iiq0 (fresh32) and Senate-release
sentences (recall-senate_press Kyl475)."""

from __future__ import annotations

from rule_edges import edges, types_and_edges

from polkg.extract import Extractor


def test_a_state_supreme_court_is_not_the_us_one(extractor: Extractor) -> None:
    text = (
        "The decision was challenged in court, and the Wisconsin Supreme Court ruled Evers "
        "lacked authority to single-handedly reschedule Wisconsin's election. The United States "
        "Supreme Court later ruled against Conley's extension of absentee voting as well."
    )
    types, _ = types_and_edges(extractor, text)
    assert types.get("Wisconsin Supreme Court") == "GovernmentBody"
    assert types.get("Supreme Court") == "GovernmentBody"  # the United States Supreme Court


def test_a_possessive_state_court_is_the_object(extractor: Extractor) -> None:
    text = (
        "Senator Jon Kyl criticized Massachusetts' Supreme Court for inventing imaginary "
        "provisions in the state constitution."
    )
    assert ("Jon Kyl", "criticizes", "Massachusetts Supreme Court") in edges(extractor, text)


def test_a_state_chamber_as_head_but_not_a_senate_race(extractor: Extractor) -> None:
    text = (
        "Governor Tony Evers criticized the Wisconsin Senate. Roy Moore won the Alabama Senate "
        "race. The Virginia House of Delegates met on Monday."
    )
    types, found = types_and_edges(extractor, text)
    assert ("Tony Evers", "criticizes", "Wisconsin Senate") in found
    assert "Virginia House of Delegates" in types
    assert "Alabama Senate" not in types
    assert not any(name.startswith("Alabama") for name in types if types[name] == "GovernmentBody")


def test_a_circuit_court_by_its_number(extractor: Extractor) -> None:
    text = (
        "Trump went after the judge at the White House while railing against the 9th Circuit "
        "Court of Appeals, which hears cases appealed by the district court in California. "
        "President Trump attacked the Ninth Circuit again on Tuesday. The U.S. Court of "
        "Appeals for the D.C. Circuit ruled against him."
    )
    types, found = types_and_edges(extractor, text)
    assert types.get("9th Circuit") == "GovernmentBody"
    assert types.get("D.C. Circuit") == "GovernmentBody"
    assert "U.S. Circuit Court of Appeals" not in types  # the model's cut name
    assert ("Donald Trump", "criticizes", "9th Circuit") in found
