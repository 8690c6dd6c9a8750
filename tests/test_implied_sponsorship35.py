"""A co-sponsorship told without its bill backs the measure the text has just told of (session
35, docs/group-members.md "Session 35", ``implied_sponsorship``): "thank my Senate colleagues
Mr. Kerry, ... and Ms. Landrieu for co-sponsoring as well" (fresh33 Cantwell432), "Senator
Pete Domenici was a cosponsor" (audit Bingaman462). Sentences written for the tests in the
releases' style, with their minimal pairs."""

from __future__ import annotations

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor

ACT = "Whaling Protection Act"


def test_thanked_colleagues_for_co_sponsoring_back_the_bill_told_before(
    extractor: Extractor,
) -> None:
    text = (
        f"I am pleased to join Senator Snowe in submitting the {ACT}. I wish to also thank my "
        "Senate colleagues Mr. Kerry, Ms. Dole, Ms. Boxer, and Ms. Landrieu for co-sponsoring "
        "as well."
    )
    found = edges(extractor, text)
    for cosponsor in ("Kerry", "Dole", "Boxer", "Landrieu"):
        assert (cosponsor, "endorses", ACT) in found


def test_a_cosponsor_noun_without_a_bill_backs_the_bill_named_before(
    extractor: Extractor,
) -> None:
    text = (
        'Senator Jeff Bingaman introduced the Aquifer Assessment Act in March. "This '
        'legislation will help water managers," Bingaman said. Senator Pete Domenici was a '
        "cosponsor."
    )
    assert ("Pete Domenici", "endorses", "Aquifer Assessment Act") in edges(extractor, text)


def test_a_cosponsor_in_a_relative_clause_and_in_an_as_phrase(extractor: Extractor) -> None:
    text = (
        'Senator Tom Harkin praised the Farm Security Act on Tuesday. "It is a good bill," '
        "said Senator Chuck Grassley, who is a co-sponsor. Senator Ken Salazar signed on as a "
        "co-sponsor."
    )
    found = edges(extractor, text)
    assert ("Chuck Grassley", "endorses", "Farm Security Act") in found
    assert ("Ken Salazar", "endorses", "Farm Security Act") in found


def test_the_nearest_measure_decides(extractor: Extractor) -> None:
    # two bills before the co-sponsorship: the nearer one is co-sponsored, never the other
    text = (
        "Senator Jeff Bingaman introduced the Aquifer Assessment Act in March. In May he "
        "introduced the Border Water Act. Senator Pete Domenici was a cosponsor."
    )
    found = edges(extractor, text)
    assert ("Pete Domenici", "endorses", "Border Water Act") in found
    assert ("Pete Domenici", "endorses", "Aquifer Assessment Act") not in found


def test_a_bill_noun_that_is_no_entity_gives_nothing(extractor: Extractor) -> None:
    # the nearest measure is an unnamed bill: the named act further back is not what was
    # co-sponsored
    text = (
        "Senator Jeff Bingaman praised the Aquifer Assessment Act in March. In May he "
        "introduced a bill that would fund border wells. Senator Pete Domenici was a cosponsor."
    )
    found = edges(extractor, text)
    assert ("Pete Domenici", "endorses", "Aquifer Assessment Act") not in found


def test_a_negated_or_hoped_for_cosponsorship_is_no_edge(extractor: Extractor) -> None:
    text = (
        "Senator Jeff Bingaman introduced the Aquifer Assessment Act in March. Senator Pete "
        "Domenici did not co-sponsor. Senator Tom Udall may be a cosponsor."
    )
    positive, unasserted = positive_and_unasserted(extractor, text)
    assert ("Pete Domenici", "endorses", "Aquifer Assessment Act") not in positive
    assert ("Tom Udall", "endorses", "Aquifer Assessment Act") not in positive
    # both are read, and kept as statements not made
    assert ("Pete Domenici", "endorses", "Aquifer Assessment Act") in unasserted
    assert ("Tom Udall", "endorses", "Aquifer Assessment Act") in unasserted


def test_a_cosponsor_with_its_own_bill_is_read_as_before(extractor: Extractor) -> None:
    # "a cosponsor of X" names its bill: the bill told before is not co-sponsored
    text = (
        "Senator Jeff Bingaman introduced the Aquifer Assessment Act in March. Senator Pete "
        "Domenici was a cosponsor of the Border Water Act."
    )
    found = edges(extractor, text)
    assert ("Pete Domenici", "endorses", "Border Water Act") in found
    assert ("Pete Domenici", "endorses", "Aquifer Assessment Act") not in found


def test_an_event_sponsor_is_no_cosponsor(extractor: Extractor) -> None:
    # a bare "sponsor" sponsors events as often as bills: not read
    text = (
        "Senator Jeff Bingaman introduced the Aquifer Assessment Act in March. The Sierra Club "
        "was a sponsor."
    )
    assert ("Sierra Club", "endorses", "Aquifer Assessment Act") not in edges(extractor, text)
