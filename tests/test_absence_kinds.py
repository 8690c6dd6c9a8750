"""A noun phrase whose modifier carries "no" ('a "no deal" Brexit', "a no deal Brexit") names a
kind defined by what it lacks, not the entity it ends in (``absence_kinds.kind_without``,
``arguments_words.json`` ``absence_determiners``): fresh38's wikinews sentence, written anew in
both parses the model gives, and the bare entity and a name that begins with "No", which stay."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "edge", "found"),
    [
        (
            'The Commons has voted against a "no deal" Brexit twice.',
            ("House of Commons", "opposes", "Brexit"),
            False,
        ),
        ("Theresa May opposes a no deal Brexit.", ("Theresa May", "opposes", "Brexit"), False),
        ("Theresa May opposes Brexit.", ("Theresa May", "opposes", "Brexit"), True),
        (
            "Bush signed the No Child Left Behind Act. Kennedy supported the No Child Left "
            "Behind Act.",
            ("Kennedy", "endorses", "No Child Left Behind Act"),
            True,
        ),
    ],
)
def test_a_kind_without_is_not_the_entity(
    extractor: Extractor, text: str, edge: tuple[str, str, str], found: bool
):
    assert (edge in edges(extractor, text)) is found
