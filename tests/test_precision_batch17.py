"""Mechanisms behind the wrong edges of audit batch 17 (NewsMTSC sentences, gold/README.md), on
short real sentences: each wrong reading makes no edge (or an unasserted one), its true twin
still makes its edge."""

from __future__ import annotations

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor


def test_a_presumed_name_is_not_who_was_praised(extractor: Extractor) -> None:
    triple = ("Trump", "endorses", "Dunkin")
    guessed = (
        "Trump also praised \u201cmy pilot\u201d \u2014 presumably Dunkin \u2014 during the same "
        "meeting."
    )
    assert positive_and_unasserted(extractor, guessed) == (set(), {triple})
    named = "Trump also praised \u201cmy pilot\u201d \u2014 Dunkin \u2014 during the same meeting."
    assert positive_and_unasserted(extractor, named) == ({triple}, set())


def test_the_act_an_occasion_calls_for_is_not_done(extractor: Extractor) -> None:
    triple = ("Rubio", "criticizes", "Trump")
    expected = "And when it came time for Rubio to attack Trump, he \u2026 defended Jeb Bush."
    assert positive_and_unasserted(extractor, expected) == (set(), {triple})
    done = "And when Rubio attacked Trump, he \u2026 defended Jeb Bush."
    assert positive_and_unasserted(extractor, done) == ({triple}, set())
    called_for = "It is time for Republicans to denounce Donald Trump."
    assert positive_and_unasserted(extractor, called_for) == (
        set(),
        {("Republican Party", "criticizes", "Donald Trump")},
    )
    # the time one uses is no occasion: the attack is made
    used = "Donald Trump used the time to attack Hillary Clinton."
    assert edges(extractor, used) == {("Donald Trump", "criticizes", "Hillary Clinton")}


def test_an_alternative_is_another_actor(extractor: Extractor) -> None:
    # "neither A nor one of X's defenders, B": the defender is B, never the alternative A
    text = (
        "Neither the White House press secretary, Stephanie Grisham, nor one of Mr. Trump\u2019s "
        "most visible television defenders, Kellyanne Conway, weighed in on Monday."
    )
    assert edges(extractor, text) == set()
    text = "Kellyanne Conway, one of Donald Trump's most visible defenders, weighed in."
    assert edges(extractor, text) == {("Kellyanne Conway", "endorses", "Donald Trump")}


def test_the_parties_of_a_judged_link_are_not_judged(extractor: Extractor) -> None:
    text = (
        "Barbara Boxer was also critical of the comment, saying on Twitter, \u201cIsrael is the "
        "only democracy in the Middle East and any linkage between Israel and apartheid is "
        "nonsensical and ridiculous.\u201d"
    )
    assert edges(extractor, text) == set()
    text = '"The policies of Barack Obama are nonsensical and ridiculous," Barbara Boxer said.'
    assert edges(extractor, text) == {("Barbara Boxer", "criticizes", "Barack Obama")}


def test_one_who_fights_for_others_is_not_disparaged(extractor: Extractor) -> None:
    assert (
        edges(extractor, "But Warren called Clinton \u201ca woman who fights for all of us.\u201d")
        == set()
    )
    text = "Elizabeth Warren called Hillary Clinton a disgrace."
    assert edges(extractor, text) == {("Elizabeth Warren", "criticizes", "Hillary Clinton")}
