"""Criticism drawn "from" a critic whose target is not the drawing verb's subject
(``patterns/relations_reactions34.jsonl``, lexical34): a participle set after a clause, whose
target is that clause's subject, and a dative. Sentences from readable allsides articles or
written for these tests."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # allsides (audit): the participle after the clause its target is the subject of
        (
            "U.S. President Donald Trump appealed to Attorney General Jeff Sessions to end an "
            "investigation into Russia's role in the 2016 election, drawing a rebuke from his "
            "fellow Republicans in Congress who said the probe must go on.",
            ("Republican Party", "criticizes", "Donald Trump"),
        ),
        (
            "Sen. Ted Cruz called Majority Leader Mitch McConnell a liar on the Senate floor, "
            "earning a sharp rebuke from Sen. John McCain.",
            ("John McCain", "criticizes", "Ted Cruz"),
        ),
        # allsides (audit): a dative
        (
            "This accusation startled virtually everyone and earned Cruz a rebuke from committee "
            "chairman John McCain.",
            ("John McCain", "criticizes", "Cruz"),
        ),
    ],
)
def test_drawn_criticism_targets_the_drawer(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ted Cruz called Majority Leader Mitch McConnell a liar on the Senate floor, "
        "drawing little criticism from Sen. John McCain.",
        "Sen. Ted Cruz called Majority Leader Mitch McConnell a liar on the Senate floor, "
        "hoping to avoid a rebuke from Sen. John McCain.",
    ],
)
def test_no_criticism_drawn(extractor: Extractor, text: str) -> None:
    assert not any(e[0] == "John McCain" and e[1] == "criticizes" for e in edges(extractor, text))
