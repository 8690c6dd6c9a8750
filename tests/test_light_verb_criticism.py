"""Criticism stated by a light verb and a stance noun (relations_light18.jsonl): "pinned the blame
on X", "had harsh words for X", "reserved his criticism for X", "took issue with X", "expressed
anger at X" -> criticizes, whether the parser hangs the target's preposition on the verb or on the
noun (sentences of audit articles, shortened)."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Marc Short pinned the blame on Senate Minority Leader Charles E. Schumer, saying the "
            "New York Democrat had run a campaign of obstruction.",
            ("Marc Short", "criticizes", "Charles E. Schumer"),
        ),
        (
            "The president's daughter, Ivanka Trump, had some harsh words for Roy Moore.",
            ("Ivanka Trump", "criticizes", "Roy Moore"),
        ),
        (
            "Mitt Romney reserved his harshest criticism for Barack Obama.",
            ("Mitt Romney", "criticizes", "Barack Obama"),
        ),
        (
            "Kellyanne Conway took issue last week with White House press secretary Josh "
            "Earnest's performance behind the lectern.",
            ("Kellyanne Conway", "criticizes", "Josh Earnest"),
        ),
        (
            "President Donald Trump has publicly and privately expressed anger at Attorney "
            "General Jeff Sessions over his recusal.",
            ("Donald Trump", "criticizes", "Jeff Sessions"),
        ),
        (
            "House Democrats expressed dissatisfaction with John Bolton over his unwillingness "
            "to testify.",
            ("House Democrats", "criticizes", "John Bolton"),
        ),
    ],
)
def test_a_light_verb_criticism_criticizes_its_target(nlp, text, triple):
    assert triple in edges(Extractor(nlp), text, "2018-06-01")


@pytest.mark.parametrize(
    "text",
    [
        # "words for X" without a harsh adjective is no stance
        "Ivanka Trump had words for Roy Moore after the rally.",
        # "no blame" is none
        "Mitt Romney placed no blame on Barack Obama.",
        # a feeling about something else is no criticism of the person beside it
        "Mitt Romney expressed frustration at the pace of the talks with Barack Obama.",
    ],
)
def test_a_light_verb_without_its_stance_is_no_edge(nlp, text):
    found = edges(Extractor(nlp), text, "2018-06-01")
    assert not any(r == "criticizes" for _, r, _ in found)


def test_the_verbs_negation_reaches_the_noun(nlp):
    text = "Barack Obama said he did not place blame on Mitt Romney."
    found = flagged(Extractor(nlp), text)
    assert ("Barack Obama", "criticizes", "Mitt Romney", True) not in found
