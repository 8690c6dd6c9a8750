"""'The party' as a reference to the party the nearest sentence before names (bbc_politics:
the 2005 Conservative spring forum, Labour and Tory tax claims)."""

from __future__ import annotations

from referents import named as named_as

from polkg.extract import Extractor
from polkg.model import Document

FORUM = (
    "A Tory government would sort out the shambles of immigration, he said. "
    "Michael Howard will address the delegates in a lunchtime speech. "
    "His welcome address had to be postponed after he stayed in London to lead the party's "
    "opposition to the Prevention of Terrorism Bill."
)


def test_the_party_is_the_party_of_the_nearest_sentence_naming_one(nlp):
    assert named_as(nlp, FORUM, "party") == ["Conservative Party"]
    result = Extractor(nlp).process(Document(id="t", text=FORUM))
    edges = {(a.subject, a.relation, a.object) for a in result.assertions if a.positive}
    assert ("Conservative Party", "opposes", "Prevention of Terrorism Bill") in edges


def test_the_party_with_two_parties_before_is_nobody(nlp):
    text = FORUM.replace("A Tory government would", "Labour and the Tories would")
    assert named_as(nlp, text, "party") == [None]


def test_the_parties_that_speak_are_not_the_party(nlp):
    text = (
        "Mr Blair derided Tory claims they could cut pounds 35bn in wasteful spending. "
        "Labour and the Liberal Democrats have said the party's sums do not add up."
    )
    assert named_as(nlp, text, "party") == ["Conservative Party"]


def test_a_qualified_party_is_no_reference(nlp):
    text = "A Tory government would sort out immigration. The other party said it would not."
    assert named_as(nlp, text, "party") == [None]
