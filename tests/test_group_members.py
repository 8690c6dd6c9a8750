"""The names a sentence gives as some of X's critics, backers or opponents share their stance
on X ("Trump's critics include Paul Ryan", "Ryan is among Trump's critics"): the rules of
patterns/relations_members19.jsonl, negated on their verb."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_critics_include_names_the_critics(nlp):
    for text in (
        "Donald Trump's critics include Paul Ryan and Mitch McConnell.",
        "Critics of Donald Trump include Paul Ryan and Mitch McConnell.",
        "Paul Ryan and Mitch McConnell are among Donald Trump's critics.",
    ):
        found = edges(Extractor(nlp), text)
        assert ("Paul Ryan", "criticizes", "Donald Trump") in found, text
        assert ("Mitch McConnell", "criticizes", "Donald Trump") in found, text


def test_among_the_backers_are_named_backers(nlp):
    text = "Among Donald Trump's supporters are Paul Ryan and Mitch McConnell."
    found = edges(Extractor(nlp), text)
    assert ("Paul Ryan", "endorses", "Donald Trump") in found
    assert ("Mitch McConnell", "endorses", "Donald Trump") in found


def test_a_negated_include_is_no_membership(nlp):
    text = "Donald Trump's critics don't include Paul Ryan."
    assert ("Paul Ryan", "criticizes", "Donald Trump", True) not in flagged(Extractor(nlp), text)


def test_a_group_of_another_kind_is_no_stance(nlp):
    text = "Donald Trump's advisers include Paul Ryan and Mitch McConnell."
    assert not edges(Extractor(nlp), text)
