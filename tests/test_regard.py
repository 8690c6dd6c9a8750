"""The regard one holds for someone is praise (patterns/relations_regard23.jsonl; constructions.json
regard_nouns, regard_verbs, regarded_qualities)."""

from __future__ import annotations

from rule_edges import edges, flagged

from polkg.extract import Extractor


def test_regard_held_for_a_person_endorses(nlp):
    ex = Extractor(nlp)
    assert edges(ex, "Sen. Orrin Hatch said he has great respect for Carl Levin.") == {
        ("Orrin Hatch", "endorses", "Carl Levin")
    }
    # a nominee's letter of support: the regard for his integrity is regard for him
    assert ("Seth Waxman", "endorses", "Tom Griffith") in edges(
        ex,
        "Seth Waxman said of Tom Griffith's nomination, \"I have the highest regard for his "
        'integrity."',
    )


def test_regard_for_what_a_person_has_is_not_for_the_person(nlp):
    ex = Extractor(nlp)
    assert not edges(ex, "Sen. Orrin Hatch said he has great respect for Carl Levin's family.")


def test_denied_scant_or_hedged_regard_is_no_praise(nlp):
    ex = Extractor(nlp)
    for text in (
        "Sen. Orrin Hatch said he has no respect for Carl Levin.",
        "Sen. Orrin Hatch does not have much respect for Carl Levin.",
        "Sen. Orrin Hatch may have respect for Carl Levin.",
    ):
        # the regard is read, and not asserted (a rule that read nothing would pass a test
        # that only asked for no asserted edge)
        assert flagged(ex, text) == {("Orrin Hatch", "endorses", "Carl Levin", False)}, text
    assert not edges(ex, "Sen. Orrin Hatch said he had little respect for Carl Levin.")


def test_regard_a_quote_denies_its_subject_criticizes_it(nlp):
    # the quoted subject said to hold no regard is charged with it (quotes.denied_regard):
    # Boxer on the National Uniformity for Food Act (tune-a Feinstein_17Feb2006)
    ex = Extractor(nlp)
    assert ("Nancy Pelosi", "criticizes", "Donald Trump") in edges(
        ex, 'Nancy Pelosi said: "Donald Trump shows no respect for the law."'
    )
    assert ("Nancy Pelosi", "criticizes", "Donald Trump") in edges(
        ex, '"Donald Trump does not have any respect for the law," said Nancy Pelosi.'
    )
    # regard held is no charge, and two negations read no way
    assert not edges(ex, 'Nancy Pelosi said: "Donald Trump shows great respect for the law."')
    assert not edges(
        ex, 'Nancy Pelosi said: "It is not true that Donald Trump shows no respect for the law."'
    )
