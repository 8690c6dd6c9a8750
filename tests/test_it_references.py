""" "It" as a reference: the one non-person entity its sentence (or the one before) names before
it, and nothing where another noun phrase, a person's clause or a dummy subject stands in the
way (``it_references``)."""

from __future__ import annotations

from polkg.extract import Extractor
from polkg.model import Document


def _edges(nlp, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    result = Extractor(nlp).process(Document(id="t", text=text))
    return {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}


def test_it_is_the_one_thing_named_before_it(nlp):
    # fresh28 allsides: "He declared NATO relevant, after trashing it repeatedly"
    text = "Donald Trump declared NATO relevant, after trashing it repeatedly on the trail."
    assert ("Donald Trump", "criticizes", "NATO") in _edges(nlp, text)


def test_it_reported_by_an_organisation_is_that_organisation(nlp):
    text = "The Club for Growth announced it had formally endorsed Ted Cruz on Wednesday."
    assert any(
        s == "Club for Growth" and r == "endorses" and o == "Ted Cruz"
        for s, r, o in _edges(nlp, text)
    )


def test_another_noun_phrase_before_it_leaves_it_open(nlp):
    # the column is meant, which no entity holds; NATO must not stand in for it
    text = "Asked about the column at a NATO event, Donald Trump attacked it."
    assert not any(o == "NATO" for _s, _r, o in _edges(nlp, text))


def test_an_object_it_is_not_its_own_clause_subject(nlp):
    text = "Donald Trump said the National Rifle Association would never support it."
    assert not any(o == "National Rifle Association" for _s, _r, o in _edges(nlp, text))


def test_a_dummy_subject_is_nobody(nlp):
    text = "NATO met on Monday. It is unfair to criticize Donald Trump for his remarks."
    assert not any(s == "NATO" for s, _r, _o in _edges(nlp, text))


def test_the_sentence_before_counts_only_in_the_same_paragraph(nlp):
    apart = "The Affordable Care Act was signed in March.\n\nDonald Trump attacked it."
    assert not any(o == "Affordable Care Act" for _s, _r, o in _edges(nlp, apart))
    one_thing = "The Affordable Care Act was signed in March. Donald Trump attacked it."
    assert ("Donald Trump", "criticizes", "Affordable Care Act") in _edges(nlp, one_thing)


def test_it_continues_a_measure_noun_for_the_one_named_measure(nlp):
    text = (
        "Senator Jane Smith introduced the Clean Water Act on Monday. "
        "I am very pleased that this legislation has broad-based support. "
        "It has received endorsements from the Sierra Club and the National Farmers Union."
    )
    edges = _edges(nlp, text)
    assert ("Sierra Club", "endorses", "Clean Water Act") in edges
    assert ("National Farmers Union", "endorses", "Clean Water Act") in edges


def test_it_for_a_bill_noun_is_the_one_named_bill(nlp):
    text = (
        "The House passed the Clean Water Act on Monday. The bill now goes to the Senate, "
        "where Senator Mitch McConnell has vowed to block it."
    )
    assert ("Mitch McConnell", "opposes", "Clean Water Act") in _edges(nlp, text)


def test_it_after_a_bill_noun_with_two_named_bills_stays_open(nlp):
    text = (
        "The House passed the Clean Water Act and the Clean Air Act on Monday. The bill now "
        "goes to the Senate, where Senator Mitch McConnell has vowed to block it."
    )
    assert not any(s == "Mitch McConnell" for s, _r, _o in _edges(nlp, text))


def test_it_continues_a_named_measure_subject(nlp):
    # fresh39 allsides (session 40): the window's one measure subject is named, not a bill
    # noun; continued_types are lower-case words and the entity's type is "Legislation"
    text = (
        "But the Coburn amendment to ban public spending on political conventions achieved "
        "near-unanimous support, with lawmakers approving it 95-4. It has received "
        "endorsements from the National Taxpayers Union."
    )
    assert ("National Taxpayers Union", "endorses", "Coburn amendment") in _edges(nlp, text)
