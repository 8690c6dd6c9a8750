"""A possessed bill noun is the one named bill its possessor owns by the text ("Isakson's
border security amendment" is the Isakson amendment; "Cantwell's measure" the act she
introduced), or a named bill whose name carries its topic ("Obama's jobs bill", the American
Jobs Act); an owner of no named bill keeps none (texts shortened from the corpora)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

ISAKSON = (
    "Sen. Saxby Chambliss, R-Ga., today took to the Senate floor to express his support for "
    "Sen. Johnny Isakson's border security amendment to the immigration reform bill.\n "
    "The Isakson amendment would require that the border be secured first."
)

JOBS = (
    "President Barack Obama urged lawmakers on Wednesday to move on the transportation funding "
    "portion of his jobs bill.\n Republicans have blocked the American Jobs Act as a whole."
)


def test_a_possessed_amendment_is_the_one_named_for_its_owner(nlp):
    found = edges(Extractor(nlp), ISAKSON, "2006-05-16")
    assert ("Saxby Chambliss", "endorses", "Isakson amendment") in found


def test_another_owner_keeps_no_named_amendment(nlp):
    text = ISAKSON.replace("Sen. Johnny Isakson's", "Sen. Jeff Sessions's")
    found = edges(Extractor(nlp), text, "2006-05-16")
    assert ("Saxby Chambliss", "endorses", "Isakson amendment") not in found


def test_a_topic_in_the_name_makes_the_possessed_bill_the_named_one(nlp):
    found = edges(Extractor(nlp), JOBS, "2011-10-12")
    assert ("Barack Obama", "endorses", "American Jobs Act") in found


def test_a_topic_the_name_lacks_keeps_the_bill_unnamed(nlp):
    found = edges(Extractor(nlp), JOBS.replace("jobs bill", "tax-cut bill"), "2011-10-12")
    assert ("Barack Obama", "endorses", "American Jobs Act") not in found
