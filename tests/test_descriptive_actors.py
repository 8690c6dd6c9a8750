"""Actors the text describes instead of naming (polkg/extract/descriptive_actors.py): described
bills and investigations, and a person's campaign as an organisation."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document

# Sentences in the style of the allsides and Senate press corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution told by its relative clause
        (
            "Sen. Johnny Isakson voted against a nonbinding resolution that condemned the "
            "President's strategy of sending additional troops to Iraq.",
            (
                "Johnny Isakson",
                "opposes",
                "a nonbinding resolution that condemned the President's strategy of sending "
                "additional troops to Iraq",
            ),
        ),
        # a plan told by its infinitive; what follows the clause is not part of it
        (
            "Senator Ted Cruz endorsed a plan to phase out the subsidies, his aides said.",
            ("Ted Cruz", "endorses", "a plan to phase out the subsidies"),
        ),
        # investigations told by "into", even when the parser hangs "into" on the verb
        (
            "Attorney General Jeff Sessions recused himself from all investigations into the "
            "2016 campaign, including the special counsel's inquiry.",
            ("Jeff Sessions", "recused_from", "all investigations into the 2016 campaign"),
        ),
        # a campaign named by its candidate is an organisation
        (
            "Donald Trump spoke about Hillary Clinton in Ohio. He blamed the Clinton campaign "
            "for planting false stories about him.",
            ("Donald Trump", "criticizes", "Clinton campaign"),
        ),
        # session 26: a candidate the text names only in the campaign's name (a known surname)
        (
            "The Obama campaign immediately shot back, accusing Romney of empty promises.",
            ("Obama campaign", "criticizes", "Romney"),
        ),
        # the model reads a lone "Trump" as an organisation (or an adjective): still his
        (
            "The Trump presidential campaign attacked Hillary Clinton on Tuesday.",
            ("Trump campaign", "criticizes", "Hillary Clinton"),
        ),
        # a headline's bare "Sanders campaign"
        (
            "Sanders campaign accuses Clinton of ducking debates as Wisconsin battle looms",
            ("Sanders campaign", "criticizes", "Clinton"),
        ),
        # "the X camp" is the campaign, one node with "the X campaign"
        (
            "Donald Trump spoke in Ohio. The Clinton camp attacked Trump on Sunday.",
            ("Clinton campaign", "criticizes", "Donald Trump"),
        ),
        # a full name before "campaign" whose given name the person layer left unowned
        (
            "Hillary Clinton spoke in Ohio. Later the Hillary Clinton campaign attacked "
            "Donald Trump.",
            ("Hillary Clinton campaign", "criticizes", "Donald Trump"),
        ),
    ],
)
def test_described_actors_take_part_in_relations(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_a_long_description_is_cut_at_its_trailing_as_adjunct(extractor: Extractor) -> None:
    """Over ``max_tokens``, a described bill ends before an "as part of ..." adjunct of its
    clause instead of being dropped (a tune-a Senate release); within the limit it is kept."""
    text = (
        "Sen. Johnny Isakson today criticized a Senate resolution opposing President Bush's plan "
        "to send more than 20,000 additional troops to Iraq as part of a strategy to help the "
        "Iraqi government assume more control and more accountability for securing the country."
    )
    resolution = (
        "a Senate resolution opposing President Bush's plan to send more than 20,000 additional "
        "troops to Iraq"
    )
    assert ("Johnny Isakson", "criticizes", resolution) in edges(extractor, text)
    short = "Sen. Johnny Isakson criticized a resolution to send troops to Iraq as part of a plan."
    assert (
        "Johnny Isakson",
        "criticizes",
        "a resolution to send troops to Iraq as part of a plan",
    ) in edges(extractor, short)


def test_described_bill_is_its_own_entity(extractor: Extractor) -> None:
    text = (
        "Republican Senator John McCain announced his opposition to a measure to repeal and "
        "replace the healthcare law."
    )
    result = extractor.process(Document(id="d", text=text))
    described = [e for e in result.entities if e.type == "Legislation"]
    assert [e.name for e in described] == ["a measure to repeal and replace the healthcare law"]


@pytest.mark.parametrize(
    "text",
    [
        # a pointed-back bill is a reference (a possessed plan is possessed_plans.py's)
        "Senator Chuck Schumer said he opposes this measure to cut Medicaid.",
        # a bill that is no bill in particular
        "Senator Chuck Schumer opposes any measure that would cut Medicaid.",
        # an all-caps headline is no description
        "SCHUMER OPPOSES RESOLUTION CONDEMNING PRESIDENT'S STRATEGY",
    ],
)
def test_no_described_bill(extractor: Extractor, text: str) -> None:
    result = extractor.process(Document(id="d", text=text))
    assert not [e for e in result.entities if e.type == "Legislation"]


TEXT_INTRODUCED = "Senator Lisa Murkowski today introduced a measure to increase food donations."


def test_authorship_reaches_a_described_bill_only_told_by_its_act(extractor: Extractor) -> None:
    """A bill a clause tells by what it does is as specific as a name, so its sponsor backs it
    (session 40, ``authored_bills``); a bill told only by who handles it stays out: a release
    names that one elsewhere."""
    result = extractor.process(Document(id="d", text=TEXT_INTRODUCED))
    assert [e.name for e in result.entities if e.type == "Legislation"] == [
        "a measure to increase food donations"
    ]
    assert ("Lisa Murkowski", "endorses", "a measure to increase food donations") in edges(
        extractor, TEXT_INTRODUCED
    )
    handled = "Senator Lisa Murkowski sponsored the resolution we will be voting on."
    assert not [e for e in edges(extractor, handled) if e[1] == "endorses"]


def test_the_bill_refers_to_the_named_bill_not_a_described_one(extractor: Extractor) -> None:
    text = (
        "Senator Dianne Feinstein opposed a plan to sell public land. The Clean Air Reform Act "
        "passed the House on Monday. Feinstein voted against the bill on Tuesday."
    )
    found = edges(extractor, text)
    assert ("Dianne Feinstein", "opposes", "a plan to sell public land") in found
    assert ("Dianne Feinstein", "opposes", "Clean Air Reform Act") in found


def test_an_amendment_is_not_a_described_bill(extractor: Extractor) -> None:
    """ "The amendment" is not "a measure that would ..." the text described: "the
    amendment", "the bill" refer back to named bills only."""
    text = (
        "Senator Dianne Feinstein offered an amendment to a measure that would "
        "allow states to continue the program. The amendment was endorsed by the American "
        "Association of Homes and Services for the Aging."
    )
    found = edges(extractor, text)
    assert not [e for e in found if e[0].startswith("American Association")]


@pytest.mark.parametrize(
    "text",
    [
        "Attorney General Jeff Sessions recused himself from the Russia inquiries.",
        "Attorney General Jeff Sessions recused himself from Russia probes last year.",
    ],
)
def test_plural_investigations_are_the_named_investigation(extractor: Extractor, text: str) -> None:
    """ "Russia inquiries" is the Russia investigation (patterns/entities.jsonl plurals)."""
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Last week, Mr. Jeff Sessions recused himself from any investigations involving the "
        "Trump campaign's contacts with Russia.",
        "Jeff Sessions recused himself from a federal investigation into the Trump "
        "administration's dealings with Russians.",
    ],
)
def test_a_described_probe_of_a_known_topic_is_that_probe(extractor: Extractor, text: str) -> None:
    """A described probe whose words name Russia is the Russia investigation, one node with
    the patterns' "Russia probe" (``descriptive_actors.json`` ``topic_probes``), not a node
    per phrase; a probe of another topic keeps its phrase (the first parametrised test)."""
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Labour campaign attacked Michael Howard on Sunday.",  # a party's campaign
        "Negative campaign ads attacked Michael Howard on Sunday.",  # no name before it
        "The November campaign attacked Michael Howard on Sunday.",  # a month
    ],
)
def test_no_campaign_without_a_candidate(extractor: Extractor, text: str) -> None:
    """Only a candidate's name makes a campaign an actor: a party, a month or a capitalised
    sentence opener before "campaign" makes none."""
    result = extractor.process(Document(id="d", text=text))
    assert not [e for e in result.entities if e.name.endswith("campaign")]
