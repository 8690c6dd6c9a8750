"""A quoted label that takes a complement right after its closing quotation mark ('"the key" to
stopping Trump') describes a role, not a name, so it is no epithet (``epithets._completed``):
audit batch 4's memo sentence, written anew, makes no criticism of the one it calls the key; a
quoted label with a circumstance after it ('"a sleaze" during a news conference') and a bare
nickname stay epithets."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "edge", "found"),
    [
        (
            "John Kasich is running. His strategist Jane Porter issued a memo calling Kasich "
            '"the key" to stopping Trump.',
            ("Jane Porter", "criticizes", "John Kasich"),
            False,
        ),
        (
            'Donald Trump called ABC News reporter Tom Llamas "a sleaze" during a news conference.',
            ("Donald Trump", "criticizes", "Tom Llamas"),
            True,
        ),
        (
            'Donald Trump called Kim Jong Un "Rocket Man" at the rally.',
            ("Donald Trump", "criticizes", "Kim Jong Un"),
            True,
        ),
    ],
)
def test_a_completed_label_is_no_epithet(
    extractor: Extractor, text: str, edge: tuple[str, str, str], found: bool
):
    assert (edge in edges(extractor, text)) is found
