"""A demand for someone's resignation (or ouster, removal, impeachment ...) told with a
possessor criticizes the possessor; the one who demands is the subject of the demanding verb
("Elijah Cummings also called for Sessions' resignation"). Session 42 (lexical42): the rule
``criticize.demand.resignation`` had looked for its holder on the noun ("resignation"), whose
only possessor is the target, so it never fired in any text."""

from __future__ import annotations

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor


def test_a_demanded_resignation_criticizes_the_possessor(extractor: Extractor) -> None:
    for text, holder, target in (
        (
            "Elijah Cummings, a Maryland Democrat, also called for Jeff Sessions' resignation.",
            "Elijah Cummings",
            "Jeff Sessions",
        ),
        (
            "Paul Ryan became the highest-ranking lawmaker to call for Kathleen Sebelius's "
            "resignation.",
            "Paul Ryan",
            "Kathleen Sebelius",
        ),
        ("Senator John Smith demanded Jeff Sessions's resignation.", "John Smith", "Jeff Sessions"),
        (
            "Melinda Pierce of the Sierra Club called for Scott Pruitt's ouster.",
            "Melinda Pierce",
            "Scott Pruitt",
        ),
    ):
        assert (holder, "criticizes", target) in edges(extractor, text), text


def test_a_denied_or_hedged_demand_is_no_edge(extractor: Extractor) -> None:
    for text in (
        "Senator John Smith did not call for Jeff Sessions's resignation.",
        "Senator John Smith may call for Jeff Sessions's resignation.",
    ):
        asserted, unasserted = positive_and_unasserted(extractor, text)
        assert ("John Smith", "criticizes", "Jeff Sessions") in unasserted, text
        assert ("John Smith", "criticizes", "Jeff Sessions") not in asserted, text
