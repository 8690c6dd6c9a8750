"""Session 33's lexical census (lexical33): a name ending in "s" made possessive by a bare
apostrophe ("Sessions’ opposition to the Voting Rights Act", fresh31 allsides) is often parsed as
the noun's nmod, and no possessive rule saw its possessor (``bare_possessives``). Sentences after
the readable articles where the form was missed."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.bare_possessives import mark_bare_possessives


def test_a_bare_apostrophe_makes_a_possessor(nlp):
    text = (
        "Trump's pick has drawn widespread outrage because of Sessions’ opposition to the "
        "Voting Rights Act."
    )
    doc = nlp(text)
    name = next(t for t in doc if t.text == "Sessions")
    assert name.dep_ == "nmod"  # the parse this module mends
    assert mark_bare_possessives(doc) == 1
    assert name.dep_ == "poss"
    assert ("Sessions", "opposes", "Voting Rights Act") in edges(Extractor(nlp), text)


def test_only_a_name_before_the_noun_it_modifies(nlp):
    # a plural noun's apostrophe, a quotation mark after a name, a name that is a compound of
    # another name: nothing is relabelled
    for text in (
        "The senators’ opposition to the bill was clear.",
        "He called the plan 'a gift to the Koch brothers' and left.",
        "The Sessions 'hearing' was long.",
    ):
        assert mark_bare_possessives(nlp(text)) == 0, text
