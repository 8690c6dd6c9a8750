"""Predicate nominals that state a stance: "she was a Trump supporter", "Finn, a veteran GOP
campaign hand and outspoken Trump critic" (sentences from the allsides corpus)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from the moment" is a time, not the one who voices the support
        (
            "Kathleen Willey met Donald Trump on Sunday. Willey said she was a Trump supporter "
            "from the moment he announced his candidacy in June 2015.",
            {("Kathleen Willey", "endorses", "Donald Trump")},
        ),
        # the second conjunct of an apposition describes the same person
        (
            'Mindy Finn spoke in Utah. "What they tell us," says Finn, a veteran GOP campaign '
            "hand and outspoken Trump critic from the start of his campaign, \"is you've been "
            'offering a glimmer of light."',
            {("Mindy Finn", "criticizes", "Trump")},
        ),
    ],
)
def test_predicate_nominal_stance(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= edges(extractor, text)


def test_listed_rival_keeps_its_own_apposition(extractor: Extractor) -> None:
    text = (
        "Hillary Clinton adopted some of the populist rhetoric of Donald Trump and her former "
        "primary rival, Bernie Sanders, saying that she is running against the wealthy."
    )
    found = edges(extractor, text)
    assert ("Bernie Sanders", "opposes", "Hillary Clinton") in found
    assert ("Donald Trump", "opposes", "Hillary Clinton") not in found
