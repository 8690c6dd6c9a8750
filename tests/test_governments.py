"""Governments, UK parties and policies as actors (actors.py, patterns/governments.json,
policies.jsonl, bodies_uk.jsonl; demonyms from PETRARCH2 in countries.json).

The Afghan sentences are adapted from Wikinews, "Car bomb ramming attack kills dozens at military
base in Maidan Wardak, Afghanistan" (2019, CC BY 2.5); the BBC-style ones are written for the test.
"""

from __future__ import annotations

import pytest
from rule_edges import types_and_edges as run

from polkg.extract import Extractor
from polkg.extract.countries import demonym_code, government_name
from polkg.model import Document


def test_governments_demonyms_and_names_come_from_petrarch() -> None:
    assert demonym_code("Afghan") == "AFG"
    assert demonym_code("British") == "GBR"
    assert demonym_code("Turkish") == "TUR"
    assert demonym_code("Afghanestan") is None  # a misspelling of the name, no adjective
    assert government_name("GBR") == "UK government"
    assert government_name("AFG") == "Afghan government"
    # the dictionary also spells "TURKEI_", "AUSTRALAI_": the everyday demonym names the government
    assert government_name("TUR") == "Turkish government"
    assert government_name("AUS") == "Australian government"


def test_governments_bare_government_of_a_uk_article_is_the_uk_government(
    extractor: Extractor,
) -> None:
    text = (
        "The Tories want a referendum on the EU constitution. "
        "Tory leader Michael Howard criticised the government for claiming the constitution "
        "would make Europe easier to understand."
    )
    types, edges = run(extractor, text)
    assert types["UK government"] == "GovernmentBody"
    assert ("Michael Howard", "criticizes", "UK government") in edges


def test_governments_bare_ministers_of_a_uk_article_are_the_uk_government(
    extractor: Extractor,
) -> None:
    # BBC style (audit batch 2): "ministers" with no determiner is the government that governs
    text = (
        "Tory leader Michael Howard spoke in the Commons. He accused ministers of wasting "
        "money on unsuccessful attempts to curb truancy."
    )
    types, edges = run(extractor, text)
    assert types["UK government"] == "GovernmentBody"
    assert ("Michael Howard", "criticizes", "UK government") in edges


@pytest.mark.parametrize(
    "text",
    [
        # a devolved executive's article: its ministers, not the UK government's
        "Tory leader Michael Howard spoke. The Scottish Executive said it would act. He "
        "accused ministers of wasting money on unsuccessful attempts to curb truancy.",
        # a part of them, or ministers of a party, are no government
        "Tory leader Michael Howard said lots of ministers believe Tony Blair will go.",
        "Tory leader Michael Howard accused Labour ministers of complacency.",
        # clergy in an American text
        "The US government said it would act. Republican senator Ted Cruz praised ministers "
        "for their work with the poor.",
    ],
)
def test_governments_other_ministers_are_not_the_government(
    extractor: Extractor, text: str
) -> None:
    result = extractor.process(Document(id="d", text=text))
    assert not any("ministers" in e.aliases for e in result.entities)


def test_governments_named_government_gives_the_bare_one_its_country(
    extractor: Extractor,
) -> None:
    text = (
        "Sharif Hotak, a member of the provincial council in Maidan Wardak, said the Afghan "
        "government had not protected the base. Hotak also criticised the central government "
        "for hiding accurate casualty figures."
    )
    types, edges = run(extractor, text)
    assert types["Afghan government"] == "GovernmentBody"
    assert ("Sharif Hotak", "criticizes", "Afghan government") in edges


def test_governments_two_countries_leave_the_bare_government_alone(
    extractor: Extractor,
) -> None:
    text = (
        "Labour said the Iraqi government needed more time. "
        "Tory leader Michael Howard criticised the government for its delay."
    )
    types, edges = run(extractor, text)
    assert types.get("Iraqi government") == "GovernmentBody"
    assert "UK government" not in types
    assert not {e for e in edges if e[2] in ("UK government", "Iraqi government")}


def test_governments_us_article_without_a_named_government_has_none(
    extractor: Extractor,
) -> None:
    text = "Sen. Ted Cruz criticized the government for the shutdown, Republicans said."
    types, edges = run(extractor, text)
    assert not [name for name, kind in types.items() if "government" in name]
    assert edges == set()


def test_governments_government_plans_are_plans_not_the_government(
    extractor: Extractor,
) -> None:
    text = "The Conservatives criticised the government plans on Monday evening."
    types, edges = run(extractor, text)
    assert "UK government" not in types


def test_governments_policy_name_and_its_generic_references(extractor: Extractor) -> None:
    text = (
        "Tory sources say senior party figures had argued against the ID card scheme. "
        "The Lib Dems have pledged to oppose the bill when it is debated next Monday. "
        "Lib Dem home affairs spokesman Mark Oaten branded the ID scheme a waste of money. "
        "Tory ex-minister Douglas Hogg said he opposed the plans for ID cards."
    )
    types, edges = run(extractor, text)
    assert types["ID card scheme"] == "Legislation"
    assert "ID scheme" not in types  # the shorter name is the same scheme
    assert ("Liberal Democrats", "opposes", "ID card scheme") in edges
    assert ("Douglas Hogg", "opposes", "ID card scheme") in edges


def test_governments_uk_parties_and_houses_are_not_american(extractor: Extractor) -> None:
    text = (
        "Liberal Democrat leader Charles Kennedy spoke in the House of Commons. "
        "Some 32 Labour MPs voted against the anti-terrorism legislation last week."
    )
    result = extractor.process(Document(id="d", text=text))
    types = {e.name: e.type for e in result.entities}
    kennedy = next(e for e in result.entities if e.name == "Charles Kennedy")
    assert kennedy.party == "Liberal Democrats"
    assert "Democratic Party" not in types
    assert types["House of Commons"] == "GovernmentBody"
    assert "House of Representatives" not in types
    assert "MPs" not in types
    assert types["anti-terrorism legislation"] == "Legislation"


def test_governments_devolved_executives_are_bodies(extractor: Extractor) -> None:
    # the spaCy model leaves "the Scottish Executive" untyped in most BBC articles that name it
    text = (
        "The Conservatives accuse the Scottish Executive of using the council tax to raise "
        "funds. The Welsh Assembly Government said the situation was unacceptable."
    )
    types, edges = run(extractor, text)
    assert types["Scottish Executive"] == "GovernmentBody"
    assert types["Welsh Assembly Government"] == "GovernmentBody"
    assert "Welsh Assembly" not in types
    assert ("Conservative Party", "criticizes", "Scottish Executive") in edges


def test_governments_party_groups_stand_for_the_party(extractor: Extractor) -> None:
    # Wikinews, "U.S. House formalizes rules for Trump impeachment proceedings" (2019, CC BY 2.5)
    text = (
        "The House voted on rules for the impeachment inquiry. "
        "Republican Representatives attacked the impeachment inquiry."
    )
    _, edges = run(extractor, text)
    assert ("Republican Party", "criticizes", "impeachment inquiry") in edges
    _, edges = run(extractor, "Democratic lawmakers criticized Mitch McConnell over the delay.")
    assert ("Democratic Party", "criticizes", "Mitch McConnell") in edges
    # "Labour MPs have angrily criticised Tony Blair" (fresh29 bbc_politics_257): the party, by
    # the session-20 decision the coordinator confirmed in session 34 (the model tags "MPs" NNP)
    _, edges = run(extractor, "Labour MPs have angrily criticised Tony Blair and Gordon Brown.")
    assert edges == {
        ("Labour Party", "criticizes", "Tony Blair"),
        ("Labour Party", "criticizes", "Gordon Brown"),
    }
    # counted or restricted members are some of the party, not the party
    for text in (
        "Some 32 Labour MPs criticised Tony Blair over the war.",
        "Two Labour MPs criticised Tony Blair over the war.",
        "The Republican senators from Ohio criticized Joe Biden.",
    ):
        assert run(extractor, text)[1] == set(), text


def test_governments_the_government_of_a_leader_is_the_leader(extractor: Extractor) -> None:
    # Wikinews, "Oil facilities in Saudi Arabia hit by drone attacks" (2019, CC BY 2.5)
    text = (
        "In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi "
        "against the Houthi rebellion."
    )
    types, edges = run(extractor, text)
    assert types["Saudi Arabia"] == "Country"
    assert ("Saudi Arabia", "endorses", "Abdrabbuh Mansur Hadi") in edges


def test_governments_uk_titles_give_offices_parties_and_references(
    extractor: Extractor,
) -> None:
    text = (
        "Home Secretary Charles Clarke spoke on Monday. The home secretary criticised the Tories."
    )
    _, edges = run(extractor, text)
    assert ("Charles Clarke", "criticizes", "Conservative Party") in edges
    # "co-chairman" is a title, and the party before it is the person's: the article's
    # politics are British, so "the government" is the UK government
    result = extractor.process(
        Document(id="d", text="Tory co-chairman Liam Fox attacked the government on Friday.")
    )
    fox = next(e for e in result.entities if e.name == "Liam Fox")
    assert fox.party == "Conservative Party"
    assert {(a.subject, a.object) for a in result.assertions if a.positive} == {
        ("Liam Fox", "UK government")
    }


def test_governments_the_party_is_the_party_of_its_clause_subject(extractor: Extractor) -> None:
    text = (
        "Opinion polls suggest the Tories still lag behind Labour on health. "
        "Conservative leader Michael Howard stayed in London to lead the party's opposition "
        "to the Prevention of Terrorism Bill."
    )
    _, edges = run(extractor, text)
    assert ("Conservative Party", "opposes", "Prevention of Terrorism Bill") in edges
    assert ("Labour Party", "opposes", "Prevention of Terrorism Bill") not in edges
    # without a party of its own the subject leaves "the party" alone (the leader's own
    # opposition, read through "lead ... opposition to", is his)
    text = (
        "Opinion polls suggest the Tories still lag behind Labour on health. "
        "Michael Howard stayed in London to lead the party's opposition "
        "to the Prevention of Terrorism Bill."
    )
    opposing = {e[0] for e in run(extractor, text)[1] if e[1] == "opposes"}
    assert not opposing & {"Labour Party", "Conservative Party"}


def test_governments_conservative_is_the_party_only_in_uk_politics(extractor: Extractor) -> None:
    uk = (
        "Labour and the Lib Dems have published their plans. "
        "Tony Blair attacked Conservative plans on tax."
    )
    types, edges = run(extractor, uk)
    assert types["Conservative Party"] == "PoliticalParty"
    assert ("Tony Blair", "criticizes", "Conservative Party") in edges
    # an adjective in a US article, or a word of a longer name, is no party
    us = (
        "Republicans gathered in Maryland. Conservative commentators attacked Joe Biden's plans. "
        "Speakers at the Conservative Political Action Conference praised Donald Trump."
    )
    types, edges = run(extractor, us)
    assert "Conservative Party" not in types
    assert all("Conservative Party" not in edge for edge in edges)


def test_party_groups_in_congress_and_coordinated_parties(extractor: Extractor) -> None:
    # gold/README.md "Party groups in Congress": members placed in Congress are the party, and
    # "Republican and Democratic lawmakers" are both parties' members
    _, edges = run(extractor, "Republican members of Congress criticized Joe Biden on Monday.")
    assert ("Republican Party", "criticizes", "Joe Biden") in edges
    _, edges = run(extractor, "Republican and Democratic lawmakers rebuked Donald Trump.")
    assert {("Republican Party", "criticizes", "Donald Trump")} | {
        ("Democratic Party", "criticizes", "Donald Trump")
    } <= edges
    for text in (
        "Republican members of the Virginia House of Delegates criticized Joe Biden.",
        "Republican lawmakers in Texas criticized Joe Biden.",
    ):
        assert run(extractor, text)[1] == set(), text
