"""Measures the text names by the act they are ("a ban on smoking in public places", "the
restoration of diplomatic ties with Cuba": ``descriptive_actors``, ``action_heads``) and an
actor's decision or promise to act ("Garcetti's decision to cut $150 million from the police
budget": ``possessed_plans``, ``act_heads``). Sentences in the style of the fresh samples'
allsides, BBC and Senate articles (written for these tests)."""

from __future__ import annotations

import pytest
from rule_edges import edges, types_and_edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Michael Howard supports a reduction in the legal limit from 24 weeks to 20.",
            ("Michael Howard", "endorses", "a reduction in the legal limit from 24 weeks to 20"),
        ),
        (
            "Sen. Rick Santorum voiced his strong support for the reauthorization of the "
            "Abandoned Mine Land (AML) fund.",
            (
                "Rick Santorum",
                "endorses",
                "the reauthorization of the Abandoned Mine Land (AML) fund",
            ),
        ),
        (
            "Sen. Marco Rubio opposes the restoration of diplomatic ties with Cuba.",
            ("Marco Rubio", "opposes", "the restoration of diplomatic ties with Cuba"),
        ),
        (
            "Nicola Sturgeon backed a ban on smoking in public places.",
            ("Nicola Sturgeon", "endorses", "a ban on smoking in public places"),
        ),
    ],
)
def test_a_measure_named_by_its_act_is_the_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_a_decision_to_act_is_its_makers_measure(extractor: Extractor) -> None:
    """The praised decision is the object, and its maker backs it (``plan_stances``)."""
    decision = (
        "Los Angeles Mayor Eric Garcetti's decision to cut $150 million from the Los Angeles "
        "Police Department's budget"
    )
    found = edges(extractor, f"Sen. Kamala Harris applauded {decision}.")
    assert ("Kamala Harris", "endorses", decision) in found
    assert ("Eric Garcetti", "endorses", decision) in found


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Kamala Harris applauded Mayor Eric Garcetti's decision to attend the rally.",
        "Sen. Kamala Harris praised Mayor Eric Garcetti's decision.",
    ],
)
def test_a_decision_to_do_anything_else_is_no_measure(extractor: Extractor, text: str) -> None:
    types, found = types_and_edges(extractor, text)
    assert not any("decision" in name for name, etype in types.items() if etype == "Legislation")
    assert not any("decision" in obj for _, _, obj in found)


def test_an_actors_ban_stands_for_the_actor(extractor: Extractor) -> None:
    """ "the Tory ban on ...": an actor's name before the head leaves it that actor's proxy."""
    types, _ = types_and_edges(extractor, "Labour attacked the Tory ban on fox hunting.")
    assert not any(name.endswith("fox hunting") for name in types)
