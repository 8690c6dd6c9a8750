"""Praise inside a belief someone would have others hold ("We're supposed to believe that X is
a great ...", "would have us believe") is disputed, not given
(``imposed_beliefs.imposed_belief_over`` in ``relations._praised``, ``cues_modality.json``
``imposed_belief_verbs``): audit batch 10's sarcasm, written anew, and the plain praise, which
stays."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"We are asked to believe that Joe Biden is a great leader," Donald Trump said.', False),
        ('"Joe Biden is a great leader," Donald Trump said.', True),
    ],
)
def test_praise_in_an_imposed_belief_is_not_given(extractor: Extractor, text: str, found: bool):
    assert (("Donald Trump", "endorses", "Joe Biden") in edges(extractor, text)) is found
