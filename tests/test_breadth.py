"""Breadth rules and entity patterns found by error category on train.jsonl's tune part."""

from __future__ import annotations

import pytest
from rule_edges import types_and_edges as run

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_breadth_dismiss_as_is_criticism(extractor: Extractor) -> None:
    text = 'The Lib Dem leader Charles Kennedy dismissed the Conservatives as a "fading" force.'
    assert ("Charles Kennedy", "criticizes", "Conservative Party") in run(extractor, text)[1]
    # dismissing a case or a charge is no judgement of an actor
    text = "Judge Amy Berman dismissed the case against Paul Manafort as moot."
    assert not run(extractor, text)[1]


def test_breadth_cast_vote_for_and_against(extractor: Extractor) -> None:
    text = "Mark Pryor cast the deciding vote for Obamacare in a state where the law is unpopular."
    assert run(extractor, text)[1] == {("Mark Pryor", "endorses", "Obamacare")}


def test_breadth_bills_are_legislation(extractor: Extractor) -> None:
    text = "Chuck Schumer said Democrats blocked the JUSTICE Act and the Prevention of Terror Bill."
    types, edges = run(extractor, text)
    assert types["JUSTICE Act"] == types["Prevention of Terror Bill"] == "Legislation"
    assert ("Democratic Party", "opposes", "JUSTICE Act") in edges
    types, edges = run(extractor, "Toni Atkins supported SB 50. Senator Bill Nelson backed S.2156.")
    assert types["SB 50"] == types["S.2156"] == "Legislation" and types["Bill Nelson"] == "Person"
    assert edges == {("Toni Atkins", "endorses", "SB 50"), ("Bill Nelson", "endorses", "S.2156")}


def test_breadth_party_modifier_of_criticized_claims(extractor: Extractor) -> None:
    types, edges = run(extractor, "Tony Blair attacked Tory policies on Monday.")
    assert types.get("Conservative Party") == "PoliticalParty"
    assert edges == {("Tony Blair", "criticizes", "Conservative Party")}
    # the administration of a person is an actor of its own
    _, edges = run(extractor, "Tony Blair criticized the Trump administration on Monday.")
    assert edges == {("Tony Blair", "criticizes", "Trump administration")}


def test_breadth_defeat_with_a_senator_and_criticism_of_an_investigation(
    extractor: Extractor,
) -> None:
    text = "Roy Moore defeated former Sen. Luther Strange in 2017 despite the party's support."
    assert ("Roy Moore", "opposes", "Luther Strange") in run(extractor, text)[1]
    text = "Donald Trump has scaled up his attacks of the Mueller investigation in recent days."
    types, found = run(extractor, text)
    assert [(s, r) for s, r, o in found if types.get(o) == "Investigation"] == [
        ("Donald Trump", "criticizes")
    ]


def test_breadth_lock_horns_with_an_opponent(extractor: Extractor) -> None:
    text = "Tom Cotton officially moves on to lock horns with Senator Mark Pryor in November."
    assert run(extractor, text)[1] == {("Tom Cotton", "opposes", "Mark Pryor")}


def test_breadth_backing_someones_efforts_backs_them(extractor: Extractor) -> None:
    text = "Pat Roberts said he has long supported Majority Leader Bill Frist's efforts on judges."
    assert ("Pat Roberts", "endorses", "Bill Frist") in run(extractor, text)[1]
    text = "Norm Coleman has commended President George Bush's efforts to cut the deficit."
    assert not any(o == "George Bush" for _, _, o in run(extractor, text)[1])
