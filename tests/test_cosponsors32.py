"""A sponsor verb's "with" names co-sponsors, who share the sponsor's edge (session 32,
docs/group-members.md "Session 32", ``companions._cosponsors``). Sentences from readable
articles (fresh30 Stevens377, audit Jeffords146), names as there, and their minimal pairs."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

ACT = "Magnuson-Stevens Fishery Conservation and Management Reauthorization Act of 2005"


def test_a_passive_sponsor_verb_shares_its_edge_with_the_with_names(
    extractor: Extractor,
) -> None:
    text = (
        f"Sen. Ted Stevens introduced the {ACT} today. The bill was introduced by Commerce "
        "Committee Chairman Sen. Ted Stevens (R-Alaska) and Sen. Daniel Inouye (D-Hawaii), with "
        "Sens. Trent Lott (R-Miss.), John Kerry (D-Mass.) and Barbara Boxer (D-Calif.) joining "
        "as cosponsors."
    )
    found = edges(extractor, text)
    for sponsor in ("Ted Stevens", "Daniel Inouye", "Trent Lott", "John Kerry", "Barbara Boxer"):
        assert (sponsor, "endorses", ACT) in found


def test_an_active_sponsor_verb_shares_its_edge_with_the_with_name(extractor: Extractor) -> None:
    text = (
        "Sen. Jim Jeffords said the report illustrates the need for the Kids Safe Chemicals "
        "Act, which he introduced with Senator Frank Lautenberg last week."
    )
    found = edges(extractor, text)
    assert ("Jim Jeffords", "endorses", "Kids Safe Chemicals Act") in found
    assert ("Frank Lautenberg", "endorses", "Kids Safe Chemicals Act") in found


def test_a_with_phrase_of_another_verb_is_no_cosponsor(extractor: Extractor) -> None:
    # "praise" is no sponsor verb: its "with" is a circumstance, not a shared act
    text = (
        "Sen. Jim Jeffords praised the Kids Safe Chemicals Act at a meeting with Senator "
        "Frank Lautenberg last week."
    )
    found = edges(extractor, text)
    assert ("Frank Lautenberg", "endorses", "Kids Safe Chemicals Act") not in found


def test_a_with_phrase_that_names_nobody_adds_nobody(extractor: Extractor) -> None:
    text = "Sen. Jim Jeffords introduced the Kids Safe Chemicals Act with bipartisan support."
    found = edges(extractor, text)
    assert {s for s, r, o in found if o == "Kids Safe Chemicals Act"} == {"Jim Jeffords"}


def test_a_companion_group_lends_its_listed_members(extractor: Extractor) -> None:
    # "along with many cosponsors, including my good friends Senator Feinstein and Senator
    # McCain, I introduced this bill" (fresh31 McConnell484): the group's listed members
    text = (
        "Sen. Susan Collins, along with several Republicans, including Sen. Lisa Murkowski, "
        "opposed the DREAM Act."
    )
    found = edges(extractor, text)
    assert ("Susan Collins", "opposes", "DREAM Act") in found
    assert ("Lisa Murkowski", "opposes", "DREAM Act") in found


LETTERS = [
    "A letter from Sen. Ron Johnson urged Congress to pass the DREAM Act.",
    "The letter, signed by Sens. Ron Johnson, Rob Portman and James Lankford, urged Congress "
    "to pass the DREAM Act.",
    "Sens. Ron Johnson, Rob Portman and James Lankford signed a letter urging Congress to pass "
    "the DREAM Act.",
]


def test_a_letter_that_asks_for_a_bill_speaks_for_its_signers(extractor: Extractor) -> None:
    for text in LETTERS:
        found = edges(extractor, text)
        assert ("Ron Johnson", "endorses", "DREAM Act") in found, text
        if "Portman" in text:
            assert ("Rob Portman", "endorses", "DREAM Act") in found, text
            assert ("James Lankford", "endorses", "DREAM Act") in found, text


def test_a_letter_asked_for_is_not_the_askers(extractor: Extractor) -> None:
    # the demand: Congress is asked to sign, the asker backs nothing by it
    text = "Sen. Ron Johnson urged Rob Portman to sign a letter supporting the DREAM Act."
    found = edges(extractor, text)
    assert ("Rob Portman", "endorses", "DREAM Act") not in found


def test_a_sponsor_participle_after_the_clause_names_co_sponsors(extractor: Extractor) -> None:
    # fresh32 senate Domenici119 (session 33, lists33): "introduced" hangs on "is"
    act = "National Affordable Housing Trust Fund Act of 2007"
    text = (
        "Sen. Pete Domenici today said he is a strong supporter of affordable housing. "
        f"Domenici is an original cosponsor of the {act}, introduced in the Senate today with "
        "Senators John Kerry (D-Mass.), Bernie Sanders (I-Vt.), Charles Schumer (D-NY), and "
        "Olympia Snowe (R-Me.)."
    )
    found = edges(extractor, text)
    for senator in (
        "Pete Domenici",
        "John Kerry",
        "Bernie Sanders",
        "Charles Schumer",
        "Olympia Snowe",
    ):
        assert (senator, "endorses", act) in found


def test_a_participle_of_another_verb_names_no_co_sponsor(extractor: Extractor) -> None:
    act = "National Affordable Housing Trust Fund Act of 2007"
    text = (
        f"Sen. Pete Domenici is an original cosponsor of the {act}, discussed in the Senate today "
        "with Senators John Kerry (D-Mass.) and Olympia Snowe (R-Me.)."
    )
    found = edges(extractor, text)
    assert ("John Kerry", "endorses", act) not in found
