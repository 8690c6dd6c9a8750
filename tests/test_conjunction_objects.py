"""A subordinating conjunction the parser labelled a verb's object names nobody
(``syntax.object_of``): in "so concerned ... that he spent a lot of money urging voters to
remove D'Amato" the "that" of the result clause is no controller of "urging", whose subject is
the spender. fresh37's floor speech, written anew, and an object that still controls."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_a_result_clauses_that_controls_nothing(extractor: Extractor):
    text = (
        "First Lady Hillary Rodham Clinton visited Albany. Yet because my friend was so "
        "concerned with Senator Al D'Amato chairing the NRSC while he was investigating the "
        "First Lady that he spent a lot of money urging New Yorkers to remove Senator D'Amato "
        "from office."
    )
    assert ("Hillary Rodham Clinton", "criticizes", "Al D'Amato") not in edges(extractor, text)


def test_a_named_object_still_controls(extractor: Extractor):
    text = "The ad shows Chuck Schumer attacking Al D'Amato."
    assert ("Chuck Schumer", "criticizes", "Al D'Amato") in edges(extractor, text)
