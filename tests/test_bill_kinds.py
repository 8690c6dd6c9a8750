"""Which named laws "this legislation" can refer back to: a bill, never a constitution or a
state proposition named beside it, and one bill named in its full and its acronym form counts
once (a Senate press release of tune-a and one of the audit articles, shortened)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.bill_kinds import same_bills
from polkg.model import EntityRecord

FEINSTEIN = (
    "Sens. Dianne Feinstein and Barbara Boxer today urged Senate Majority Leader Bill Frist to "
    "oppose legislation aimed at rolling back food safety laws such as California's Proposition "
    "65.\n The Senators asked Frist to join them in opposition to the National Uniformity for "
    "Food Act when it comes to the Senate. The legislation passed the House Energy and Commerce "
    'Committee last December.\n "Consumers deserve to know if their food contains chemicals," '
    'Senator Feinstein said. "This legislation recklessly endangers the health of Americans."'
)

DEWINE = (
    "Sen. Mike DeWine (R-OH) today announced that the Wayne Township Fire Department will "
    "receive $86,876 as part of his Firefighter Investment and Response Enhancement (FIRE) Act.\n"
    " Senator DeWine wrote and passed the FIRE Act (S. 1941) in 2000, establishing a grant "
    "program for local fire departments. Senator DeWine's legislation increased the federal "
    "commitment to firefighting."
)


def _bill_edges(found: set[tuple[str, str, str]], subject: str) -> set[tuple[str, str]]:
    return {(r, o) for s, r, o in found if s == subject and "Act" in o}


def test_a_proposition_named_beside_the_bill_is_not_what_this_legislation_means(nlp):
    found = edges(Extractor(nlp), FEINSTEIN, "2006-02-17")
    assert ("criticizes", "National Uniformity for Food Act") in _bill_edges(
        found, "Dianne Feinstein"
    )


def test_without_the_proposition_the_one_bill_was_already_meant(nlp):
    text = FEINSTEIN.replace(" such as California's Proposition 65", "")
    found = edges(Extractor(nlp), text, "2006-02-17")
    assert ("criticizes", "National Uniformity for Food Act") in _bill_edges(
        found, "Dianne Feinstein"
    )


def test_a_bill_and_the_acronym_it_defines_are_one_bill(nlp):
    found = edges(Extractor(nlp), DEWINE, "2005-01-12")
    assert any(r == "endorses" and "FIRE" in o for r, o in _bill_edges(found, "Mike DeWine"))


def _bills(*names: str) -> list[EntityRecord]:
    return [EntityRecord(name=n, type="Legislation") for n in names]


def test_short_forms_fold_into_the_name_that_defines_them():
    kept = same_bills(_bills("Jumpstart Our Business Strength (JOBS) Act", "JOBS Act", "JOBS bill"))
    assert [b.name for b in kept] == ["Jumpstart Our Business Strength (JOBS) Act"]
    kept = same_bills(_bills("Magnuson-Stevens Act", "Magnuson -Stevens Act"))
    assert len(kept) == 1


def test_bills_the_text_does_not_define_as_one_stay_apart():
    # the entity layer keeps these apart; a generic noun near them stays unresolved
    assert len(same_bills(_bills("Affordable Care Act", "Obamacare"))) == 2
    assert len(same_bills(_bills("Identity Cards Bill", "ID cards bill"))) == 2
    assert len(same_bills(_bills("Sustainable Fisheries Act", "FISA"))) == 2


REID = (
    "Senate Majority Leader Harry Reid of Nevada made the following statement today on the "
    "floor of the U.S. Senate on the Levin/Reed Amendment to the Defense Authorization Act.\n"
    ' "I stand today with my colleagues, Senators Levin and Reed, in support of this '
    'amendment."'
)


def test_this_amendment_is_the_one_named_amendment_not_the_act_it_amends(nlp):
    # Reid270 (an audit batch's Senate release), shortened (bills32)
    found = edges(Extractor(nlp), REID)
    assert ("Harry Reid", "endorses", "Levin/Reed Amendment") in found
    assert ("Harry Reid", "endorses", "Defense Authorization Act") not in found
