"""Which of several named bills "the bill" means: the one the text introduces (press releases
that also name the law their bill amends or the amendment it repeals; Senate releases of the
corpus, shortened)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

HUTCHISON = (
    "I object strongly to the methods used by the Department of Justice to review my "
    "legislation, S. 3661, to repeal the Wright Amendment.\n The Commerce Committee voted 21-1 "
    "to approve my legislation."
)

SENTENCING = (
    "Four senior members of the Senate Judiciary Committee today introduced the Fairness in "
    "Drug Sentencing Act to correct the disparity in sentencing under the Anti-Drug Abuse Act "
    "of 1986.\n The National Association of Police Organizations supports the bill."
)


def test_my_legislation_is_the_bill_introduced_not_the_amendment_it_repeals(nlp):
    found = edges(Extractor(nlp), HUTCHISON, "2006-08-01")
    assert ("Commerce Committee", "endorses", "S. 3661") in found
    assert not any(o == "Wright Amendment" and r == "endorses" for _s, r, o in found)


def test_the_bill_is_the_one_introduced_not_the_law_it_amends(nlp):
    found = edges(Extractor(nlp), SENTENCING, "2007-07-25")
    assert (
        "National Association of Police Organizations",
        "endorses",
        "Fairness in Drug Sentencing Act",
    ) in found


def test_two_bills_introduced_leave_the_bill_unresolved(nlp):
    text = SENTENCING.replace(
        "to correct the disparity in sentencing under", "and introduced"
    ).replace("of 1986", "as well")
    found = edges(Extractor(nlp), text, "2007-07-25")
    assert not any(s == "National Association of Police Organizations" for s, _r, _o in found)


def test_the_law_may_be_the_law_in_force(nlp):
    text = SENTENCING.replace("supports the bill", "opposes the law")
    found = edges(Extractor(nlp), text, "2007-07-25")
    assert not any(s == "National Association of Police Organizations" for s, _r, _o in found)


LAW_IN_FORCE = (
    "Senators Feinstein and Boxer today urged Majority Leader Bill Frist to oppose the National "
    "Uniformity for Food Act.\n For example, a recent California law prohibits the sale of "
    "imported Mexican candy containing lead. California's law imposes a fine for the sale of "
    "such candy.\n The Consumers Union opposes this legislation."
)


def test_a_law_in_force_is_no_rival_of_this_legislation(nlp):
    found = edges(Extractor(nlp), LAW_IN_FORCE, "2006-02-17")
    assert ("Consumers Union", "opposes", "National Uniformity for Food Act") in found


def test_a_law_in_force_still_rivals_the_law(nlp):
    text = LAW_IN_FORCE.replace("opposes this legislation", "opposes the law")
    found = edges(Extractor(nlp), text, "2006-02-17")
    assert ("Consumers Union", "opposes", "National Uniformity for Food Act") not in found
