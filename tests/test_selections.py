"""Choosing a running mate or a nominee backs the one chosen (patterns/relations_selections23.jsonl;
constructions.json selection_verbs, selection_roles, party_nominating_verbs)."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_running_mate_chosen_by_the_candidate(nlp):
    ex = Extractor(nlp)
    assert ("Joe Biden", "endorses", "Kamala Harris") in edges(
        ex, "Joe Biden named Senator Kamala Harris of California as his running mate."
    )
    assert ("Howie Hawkins", "endorses", "Angela Walker") in edges(
        ex, "Howie Hawkins selected Angela Walker to be his running mate."
    )
    # the parser reads "Biden named" as "a man named": the name before it still chooses
    assert ("Joe Biden", "endorses", "Kamala Harris") in edges(
        ex, "Joe Biden won. Biden named Senator Kamala Harris of California as his running mate."
    )


def test_the_possessor_of_the_role_chooses_in_the_passive(nlp):
    ex = Extractor(nlp)
    assert ("Libertarian Party", "endorses", "Spike Cohen") in edges(
        ex,
        "Podcaster Spike Cohen, originally the running mate of Vermin Supreme, was picked to be "
        "the Libertarian Party's vice presidential nominee.",
    )
    assert ("Libertarian Party", "endorses", "Jo Jorgensen") in edges(
        ex, "Four years later, the Libertarian Party tapped Jo Jorgensen to be its nominee."
    )


def test_a_party_nominating_a_candidate(nlp):
    ex = Extractor(nlp)
    assert ("Green Party", "endorses", "Jill Stein") in edges(
        ex, "The Green Party nominated Jill Stein as its presidential candidate."
    )
    # a president nominating an official is no party's nomination
    assert not edges(ex, "Donald Trump nominated Brett Kavanaugh to the Supreme Court.")


def test_other_roles_and_unasserted_choices(nlp):
    ex = Extractor(nlp)
    assert not edges(ex, "Time magazine named Donald Trump as its Person of the Year.")
    # the choice is read, and not asserted (negated, expected, an open "whether")
    for text, chooser, chosen in (
        (
            "Donald Trump did not pick Chris Christie as his running mate.",
            "Donald Trump",
            "Chris Christie",
        ),
        (
            "Donald Trump is expected to pick Mike Pence as his running mate.",
            "Donald Trump",
            "Mike Pence",
        ),
        (
            "Whether or not Stacey Abrams is chosen as Joe Biden's running mate, she has moved on.",
            "Joe Biden",
            "Stacey Abrams",
        ),
    ):
        assert flagged(ex, text) == {(chooser, "endorses", chosen, False)}, text
