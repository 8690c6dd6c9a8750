"""Mechanisms behind the wrong edges of audit batch 6 (gold/README.md), on sentences like its
own: each wrong reading makes no edge (or the right one), its true twin still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of preventing negate their "from" gerund
        (
            "Kellyanne Conway promoted Republican candidate Roy Moore and discouraged voters "
            "from supporting Democratic candidate Doug Jones.",
            set(),
        ),
        # an infinitive the parser hangs on the copula keeps its adjective's "not ready"
        (
            "Donald Trump won the primary. House Speaker Paul Ryan, speaking earlier on CNN, "
            "said Thursday he’s not “ready” at this point to support or endorse Trump.",
            set(),
        ),
        # a reason clause inside a report is reported too
        (
            "Pressure mounted following reports that Jeff Sessions offered his resignation "
            "because Donald Trump blamed Sessions for recusing himself.",
            set(),
        ),
        (
            "Donald Trump blamed Jeff Sessions for the Russia problems.",
            {("Donald Trump", "criticizes", "Jeff Sessions")},
        ),
    ],
)
def test_negated_and_reported_statements(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in favour of" on a passive verb: the one dropped favours nobody
        (
            "Gordon Brown will play a central role in the campaign, despite being sidelined as "
            "campaign chief in favour of Alan Milburn.",
            set(),
        ),
        (
            "Gordon Brown spoke in favour of Alan Milburn.",
            {("Gordon Brown", "endorses", "Alan Milburn")},
        ),
        # what one tells has happened is no demand; telling someone to resign is
        (
            '"Attorney General Bill Barr told us that Geoffrey Berman had resigned," Jerrold '
            "Nadler said.",
            set(),
        ),
        (
            "Jerrold Nadler told Bill Barr to resign.",
            {("Jerrold Nadler", "criticizes", "Bill Barr")},
        ),
        # squaring up against someone is a confrontation, not a two-sided race
        (
            "Senate Republicans remember Bob Corker, a GOP colleague who squared up against "
            "President Donald Trump and retired.",
            {("Bob Corker", "opposes", "Donald Trump")},
        ),
        (
            "Bob Corker squared off against Phil Bredesen in the Senate race.",
            {
                ("Bob Corker", "opposes", "Phil Bredesen"),
                ("Phil Bredesen", "opposes", "Bob Corker"),
            },
        ),
        # a name apposed to a business noun is an investment, not a political stance
        (
            "Josh Harder, the venture capitalist who backed the meal kit service Blue Apron, is "
            "running against Jeff Denham.",
            {("Josh Harder", "opposes", "Jeff Denham")},
        ),
    ],
)
def test_senses_and_directions(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a super PAC apposed to its adviser is the organisation his title names
        (
            "Andy Surabian, the senior advisor to the Great America Alliance, a pro-Trump "
            "superPAC that backed Roy Moore, saw the results as a precursor.",
            {("Great America Alliance", "endorses", "Roy Moore")},
        ),
        # a singular noun apposed to one conjunct describes that conjunct only
        (
            "State Rep. Brad Jacobsen, who sponsored H.B. 5061, and state Sen. Darwin Booher, "
            "sponsor of S.B. 803, both said they were disappointed.",
            {
                ("Brad Jacobsen", "endorses", "H.B. 5061"),
                ("Darwin Booher", "endorses", "S.B. 803"),
            },
        ),
        # a party tag the parser made a conjunct is no name: the apposition is the senator's
        (
            "The vote suffered a blistering rebuke from Rep. Alexandria Ocasio-Cortez, D-N.Y., "
            "a co-sponsor of the Green New Deal.",
            {("Alexandria Ocasio-Cortez", "endorses", "Green New Deal")},
        ),
        # support for someone's record backs the record, not the person
        (
            "Republicans have shown impatience with Scott Pruitt despite their support for "
            "Pruitt's regulatory record.",
            set(),
        ),
        # a plural after "X-backed" is some of a group (a faction), not the group
        (
            "Manafort had ties to operatives connected to Vladimir Putin, especially "
            "Kremlin-backed Ukrainians.",
            set(),
        ),
        (
            "Viktor Yanukovich led the Kremlin-backed Party of Regions.",
            {("Kremlin", "endorses", "Party of Regions")},
        ),
    ],
)
def test_actors_and_objects(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural named after a state or a city is its residents, not a group actor
        (
            "Montana Secretary of State Corey Stapleton said BIPA is supported overwhelmingly "
            "by Montanans.",
            set(),
        ),
        (
            "This year, Alexander Gagay from Yekaterinburg said he came to support his fellow "
            "Yekaterinburgers.",
            set(),
        ),
        ("Muslims criticized Donald Trump.", {("Muslims", "criticizes", "Donald Trump")}),
        # a generic organisation noun alone is no name
        (
            "Walmart has a PAC. In 2014, the PAC spent about $1.3 million to support "
            "Republicans and around $970,000 for Democrats.",
            set(),
        ),
        (
            "The Walmart PAC backed Republicans.",
            {("Walmart PAC", "endorses", "Republican Party")},
        ),
        # the "to" clause on what one describes or judges is someone else's act
        (
            "Rand Paul on Tuesday described the use of intelligence apparatus to attack Donald "
            'Trump as "sour grapes on the way out the door."',
            set(),
        ),
        (
            "Rand Paul defended his decision to attack Donald Trump.",
            {("Rand Paul", "criticizes", "Donald Trump")},
        ),
        # committing to an act is a pledge, not the act
        (
            "Hillary Clinton was under investigation. At his confirmation hearing, Jeff Sessions "
            "committed to stepping aside from any investigations related to Hillary Clinton.",
            set(),
        ),
        (
            "Hillary Clinton was under investigation. At his confirmation hearing, Jeff Sessions "
            "stepped aside from any investigations related to Hillary Clinton.",
            {("Jeff Sessions", "recused_from", "any investigations related to Hillary Clinton")},
        ),
    ],
)
def test_populations_generic_nouns_and_appraised_acts(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected
