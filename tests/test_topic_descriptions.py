"""A party head ("the Tory leader") as the person the text goes on about, though it never gives
his party, on real-style news text (BBC politics, the Conservatives and ID cards, 2004)."""

from __future__ import annotations

from referents import named as named_as

from polkg.extract import Extractor
from polkg.model import Document

HOWARD = (
    "Michael Howard has denied his shadow cabinet was split over its decision to back "
    "controversial Labour plans to introduce ID cards. "
    "The Tory leader said his front bench team had reached a collective view. "
    "He had decided to support the plans as the police said they would help fight terror."
)


def test_party_head_after_a_sentence_about_one_person_is_that_person(nlp):
    assert named_as(nlp, HOWARD, "leader") == ["Michael Howard"]
    assert named_as(nlp, HOWARD, "He") == ["Michael Howard"]


def test_party_head_makes_the_edge_of_the_pronoun_after_it(nlp):
    result = Extractor(nlp).process(Document(id="t", text=HOWARD))
    edges = {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}
    assert any(s == "Michael Howard" and r == "endorses" for s, r, _ in edges), edges


def test_spokesman_is_someone_else(nlp):
    text = HOWARD.replace("The Tory leader", "The Tory spokesman")
    assert named_as(nlp, text, "spokesman") == [None]


def test_party_head_needs_the_person_as_the_subject_right_before(nlp):
    # Howard is the object of the sentence before: the leader may be anyone
    text = HOWARD.replace(
        "Michael Howard has denied his shadow cabinet was split",
        "Critics have accused Michael Howard of splitting his shadow cabinet",
    )
    assert named_as(nlp, text, "leader") == [None]


def test_party_head_is_nobody_beside_a_second_person(nlp):
    text = HOWARD.replace("controversial Labour plans", "Charles Clarke's plans")
    assert named_as(nlp, text, "leader") == [None]
