"""Stances on a measure told by the gerund clause of its act (``act_measures.gerund_measure``,
``patterns/relations_gerunds38.jsonl``): "opposes legalizing same-sex marriage", "his call for
closing the Guantanamo Bay detention facility", "voted against expanding background checks".
Sentences in the style of the unread allsides and BASIL articles (written for these tests)."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Enzi opposes legalizing same-sex marriage.",
            ("Enzi", "opposes", "legalizing same-sex marriage"),
        ),
        (
            "Representative Raul Labrador also supports expanding foreign worker visa programs.",
            ("Raul Labrador", "endorses", "expanding foreign worker visa programs"),
        ),
        (
            "President Barack Obama's repeated call for raising the federal minimum wage has "
            "gone nowhere.",
            ("Barack Obama", "endorses", "raising the federal minimum wage"),
        ),
        (
            "As governor of Arkansas, Mike Huckabee called for lifting the economic embargo of "
            "Cuba.",
            ("Mike Huckabee", "endorses", "lifting the economic embargo of Cuba"),
        ),
        (
            "Senator Kelly Ayotte voted against expanding background checks on all firearms sales.",
            ("Kelly Ayotte", "opposes", "expanding background checks on all firearms sales"),
        ),
        (
            "Speaker Nancy Pelosi's staunch opposition to funding the wall leaves some lawmakers "
            "wondering.",
            ("Nancy Pelosi", "opposes", "funding the wall"),
        ),
    ],
)
def test_a_stance_on_a_gerund_measure(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sessions also said he does not favor banning Muslim immigrants from the U.S.",
        "Governor Bruce Rauner said he would support raising the state minimum if conditions "
        "were met.",
    ],
)
def test_a_denied_or_possible_stance_is_no_edge(extractor: Extractor, text: str) -> None:
    assert not any(asserted and "ing " in obj for _, _, obj, asserted in flagged(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # the object is a law the text names: the stance is on the law, not a new measure
        "Senator Lisa Murkowski opposed repealing Obamacare.",
        # a gerund with no stance word over it is no measure
        "Senator Lisa Murkowski spent the day raising money for her campaign.",
        # a reference as the object
        "George Bush opposed extending it.",
    ],
)
def test_no_gerund_measure_without_a_stance_and_a_common_noun_object(
    extractor: Extractor, text: str
) -> None:
    assert not any("ing " in obj for _, _, obj, _ in flagged(extractor, text))
