"""An undated text is set when its persons held the offices it speaks of: "the chancellor", whom
of its persons only Gordon Brown ever was, sets it in his chancellorship, so "the prime minister"
there is Tony Blair, though Brown held that office too, later."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

# Sentences in the style of the BBC politics corpus (written for these tests; no date).


def test_undated_era_prime_minister_of_the_chancellors_days(extractor: Extractor) -> None:
    text = (
        "Labour and the Tories have clashed over Gordon Brown's Budget. Tony Blair spoke in "
        "London. Appearing at a Labour poster launch, the prime minister attacked Michael Howard. "
        "The chancellor was there too."
    )
    assert ("Tony Blair", "criticizes", "Michael Howard") in edges(extractor, text)


def test_undated_era_needs_the_other_office(extractor: Extractor) -> None:
    # nothing says when the text is set: either of the two may be "the prime minister"
    text = (
        "Labour and the Tories have clashed over Gordon Brown's Budget. Tony Blair spoke in "
        "London. Appearing at a Labour poster launch, the prime minister attacked Michael Howard."
    )
    found = {e for e in edges(extractor, text) if e[2] == "Michael Howard"}
    assert not found
