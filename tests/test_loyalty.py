"""A backer who will not, or refuses to, desert a candidate backs him (patterns/
relations_loyalty19.jsonl): the negation belongs to the rule, any other cue still counts."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_refusing_to_abandon_a_candidate_backs_him(nlp):
    text = "Republicans refused to abandon Donald Trump after the tape emerged."
    assert ("Republican Party", "endorses", "Donald Trump") in edges(Extractor(nlp), text)


def test_not_abandoning_a_candidate_backs_him(nlp):
    text = "Mitch McConnell did not abandon Luther Strange."
    assert ("Mitch McConnell", "endorses", "Luther Strange") in edges(Extractor(nlp), text)


def test_abandoning_is_no_backing_and_cues_beyond_the_rule_count(nlp):
    for text in (
        "Mitch McConnell abandoned Luther Strange.",
        "Mitch McConnell did not refuse to abandon Luther Strange.",
        "Mitch McConnell will not abandon Luther Strange if he loses.",
        "Republicans should not abandon Donald Trump.",
    ):
        found = flagged(Extractor(nlp), text)
        assert not any(rel == "endorses" and positive for _, rel, _, positive in found), text


def test_refusing_to_disavow_is_no_backing(nlp):
    text = "Donald Trump refused to disavow David Duke."
    assert not any(rel == "endorses" for _, rel, _ in edges(Extractor(nlp), text))
