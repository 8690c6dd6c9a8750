"""Bills and policies as objects (issue 12, cause 6): a UK bill named "the X Bill", named
agreements and policies, and "the bill" among several named laws as the one named before it.
The texts are short versions of audit articles (BBC, Senate press releases, allsides)."""

from __future__ import annotations

from rule_edges import flagged, types_and_edges

from polkg.extract import Extractor

UK_BILL = (
    "The government published the Mental Capacity Bill on Monday.\n"
    "The British Medical Association also backs the Mental Capacity Bill, its chairman said."
)

STEVENS = (
    "The Senate Commerce Committee today approved the Magnuson-Stevens Fishery Conservation and "
    "Management Reauthorization Act of 2005 by voice vote. The bill was introduced by Sen. Ted "
    "Stevens (R-Alaska) and Sen. Daniel Inouye (D-Hawaii).\n"
    "The Magnuson-Stevens Act, originally enacted in 1976, was most recently amended through the "
    "Sustainable Fisheries Act in 1996."
)


def test_a_bill_named_the_uk_way_is_a_law_its_backers_back(nlp):
    types, found = types_and_edges(Extractor(nlp), UK_BILL)
    assert types.get("Mental Capacity Bill") == "Legislation"
    assert ("British Medical Association", "endorses", "Mental Capacity Bill") in found


def test_a_one_word_uk_bill_after_an_adjective_is_named(nlp):
    text = "A shortened Finance Bill would have to be rushed through Parliament, Labour said."
    types, _ = types_and_edges(Extractor(nlp), text)
    assert types.get("Finance Bill") == "Legislation"


def test_a_person_called_bill_is_no_bill(nlp):
    text = (
        "New York City Mayor Bill de Blasio criticized the plan. Democratic Sen. Bill Nelson "
        "backed Hillary Clinton, and a shortened Assembly Bill 1899 passed."
    )
    types, found = types_and_edges(Extractor(nlp), text)
    assert not any(name.endswith("Bill") for name in types)
    assert ("Bill Nelson", "endorses", "Hillary Clinton") in found


def test_a_bill_of_rights_is_not_cut_at_bill(nlp):
    text = "Howie Hawkins renewed his support for an Economic Bill of Rights."
    types, _ = types_and_edges(Extractor(nlp), text)
    assert "Economic Bill" not in types


def test_named_agreements_are_laws_one_opposes(nlp):
    text = (
        "Donald Trump stood with Ted Cruz at a Capitol Hill rally last month in opposition to "
        "the Iran deal. She supported NAFTA in the 1990s."
    )
    types, found = types_and_edges(Extractor(nlp), text)
    assert types.get("Iran nuclear deal", types.get("Iran deal")) == "Legislation"
    assert types.get("NAFTA") == "Legislation"
    assert any(s == "Donald Trump" and r == "opposes" and "Iran" in o for s, r, o in found)


def test_the_bill_is_the_one_law_named_before_it(nlp):
    _, found = types_and_edges(Extractor(nlp), STEVENS, "2005-12-15")
    law = "Magnuson-Stevens Fishery Conservation and Management Reauthorization Act of 2005"
    assert ("Ted Stevens", "endorses", law) in found
    assert ("Daniel Inouye", "endorses", law) in found
    assert not any(o == "Sustainable Fisheries Act" for _, _, o in found)


def test_the_bill_stays_open_with_two_laws_named_before_it(nlp):
    text = (
        "Congress passed the Clean Air Act in 1970 and the Clean Water Act in 1972. The bill "
        "was introduced by Sen. Ted Stevens (R-Alaska)."
    )
    _, found = types_and_edges(Extractor(nlp), text, "2005-12-15")
    assert not any(s == "Ted Stevens" for s, _, _ in found)


def test_a_headline_infinitive_states_no_act_yet(nlp):
    found = flagged(Extractor(nlp), "Obama to endorse Hillary Clinton.")
    assert ("Obama", "endorses", "Hillary Clinton", False) in found
    found = flagged(Extractor(nlp), "Gov. Jan Brewer to veto a controversial SB1062 bill.")
    assert not any(positive for s, _, _, positive in found if s == "Jan Brewer")
